"""open(newline=...): no translation with newline="", \r\n written for newline="\r\n"."""
with open("_tmp_file_newline.txt", "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open("_tmp_file_newline.txt", "rb") as f:
    print(f.read())
with open("_tmp_file_newline.txt", newline="") as f:
    print(repr(f.read()))
with open("_tmp_file_newline.txt") as f:
    print(repr(f.read()))
try:
    open("_tmp_file_newline.txt", newline="x")
except ValueError as e:
    print(e)
import os
os.remove("_tmp_file_newline.txt")
