def f():
	x = 1
	if x:
		return "tabs"
	return "no"
print(f())
class C:
	def m(self):
		return 42
print(C().m())
for i in range(3):
	if i == 1:
		continue
	print("i", i)
x = [1,
	2,
		3]
print(x)
print("a\tb", "c	d")
if True:
        print("eight spaces")
if True:
	print("one tab")
while True:
	break
print("done")
