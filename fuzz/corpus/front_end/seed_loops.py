# ranges in loops with negative and big steps.
for start, stop, step in [(0, 10, 1), (10, 0, -1), (0, 10, 4), (10, -10, -7), (5, 5, 1), (-3, 3, 2), (3, -3, -2), (0, 1, 100)]:
    out = []
    for i in range(start, stop, step):
        out.append(i)
    print(start, stop, step, out, len(range(start, stop, step)) == len(out))
total = 0
for i in range(1000000):
    total += i
print(total)
for i in range(3):
    for j in range(i, 3):
        print(i, j, end=" | ")
print()
acc = []
for i in range(10, 0, -2):
    if i == 4:
        continue
    acc.append(i)
else:
    acc.append("done")
print(acc)
for i in range(0):
    print("never")
else:
    print("empty loop else")
n = 5
r = range(n)
n = 10
print(list(r))
big = range(2**64, 2**64 + 3)
print([x - 2**64 for x in big], len(range(0, 2**70, 2**60)))
