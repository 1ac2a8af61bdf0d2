# while loops with else, break, continue
i = 0
while i < 5:
    i += 1
    if i == 3:
        continue
    print("i", i)
else:
    print("else runs: loop ended normally")
j = 0
while j < 10:
    if j == 4:
        print("breaking at", j)
        break
    j += 1
else:
    print("else skipped")
k = 10
while k < 5:
    print("never")
else:
    print("else runs even with zero iterations")
n = 0
while True:
    n += 1
    if n > 3:
        break
print("n", n)
# nested while with break only exiting inner
a = 0
while a < 3:
    b = 0
    while True:
        b += 1
        if b >= 2:
            break
    print("a", a, "b", b)
    a += 1
# while with complex condition
xs = [5, 3, 0, 2]
idx = 0
while idx < len(xs) and xs[idx]:
    print("value", xs[idx])
    idx += 1
print("stopped at", idx)
# continue in else-less loop with counter
count = 0
total = 0
while count < 10:
    count += 1
    if count % 2:
        continue
    total += count
print("even total", total)
# break inside try/finally in while
m = 0
while m < 5:
    try:
        m += 1
        if m == 2:
            break
    finally:
        print("finally", m)
else:
    print("not printed")
print("m", m)
# while-else with a break in else body is about outer loops
outer = 0
while outer < 3:
    inner = 0
    while inner < 2:
        inner += 1
    else:
        if outer == 1:
            print("break outer from inner else")
            break
    outer += 1
print("outer", outer)
