# Indentation: any consistent amount, tabs, nested blocks with different widths
def one_space():
 return 'one space'
print(one_space())
def wide():
            return 'twelve spaces'
print(wide())
def mixed_levels(x):
  if x:
        for i in range(2):
         print('  level3', i)
  else:
      print('  else branch')
  return 'done'
print(mixed_levels(1), mixed_levels(0))
def tab_body():
	if True:
		return 'tab then two tabs'
print(tab_body())
class K:
	def m(self):
		x = [1,
    2,
  3]
		return x
print(K().m())
if True:
    pass

        
    # comment at other indentation
  # another
    print('blank and comment-only lines do not affect indentation')
def trailing_ws():   
    return 'trailing whitespace on header'   
print(trailing_ws())
x = 1; \
y = 2
print(x + y)
while x < 3: x += 1
print(x)
for c in 'ab': print(c, end=' ')
print()
if x: y = 'inline if'
print(y)
def f(): return 'inline def'
print(f())
class Inline: attr = 'inline class'
print(Inline.attr)
try: 1 / 0
except ZeroDivisionError: print('inline except')
