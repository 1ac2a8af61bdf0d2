#!/usr/bin/env python3
# -*- coding: utf-8 -*-
# Comments in all positions
print("a")  # trailing comment
# full line comment
    # indented comment line at module level is fine
print("b")
def f():
    # comment before body
    x = 1  # inline
# comment at column zero inside a function body
    return x  # return
print(f())
if True:
    pass
    # comment after pass
else:  # comment on else
    pass
x = [1,  # one
     # standalone inside brackets
     2]  # two
print(x)
s = "# not a comment"
print(s)
t = '''
# inside triple string
'''
print(repr(t))
print("end")  # "quotes" in 'comment'
# comment with unicode: café 中文 😀
#
#
print(len("#"))
class C:
    # class body comment
    a = 1  # attr
    # trailing class comment
print(C.a)
while False:  # never
    pass
print("done")  # final
# last line comment without newline at end
