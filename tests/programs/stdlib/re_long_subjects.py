# piepie-test: no-gc-stress
"""re on long subjects: the matcher's explicit stack never hits the recursion limit."""
import re

print(re.match(r"(a+)+b", "a" * 20 + "b").span(), len(re.findall(r"\w+", "word " * 2000)))
print(len(re.match(r".*", "x" * 50000).group()), re.search(r"b", "a" * 30000 + "b").start())
print(re.match(r"(?:a|b)*c", "ab" * 10000 + "c").end(), re.fullmatch(r"[a-z]*", "q" * 20000) is not None)
text = "ab" * 20000
print(len(re.findall(r"ab", text)), re.fullmatch(r"(ab)*", text).span(1), re.match(r"(?:a|b)+?$", text[:5000]).end())
print(re.sub(r"\s+", " ", " x " * 5000).count("x"), len(re.split(r"b", text)), re.search(r"z|$", text).start())
