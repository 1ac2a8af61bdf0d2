# Deep but legal recursion under the default limit (1000)
import sys
print(sys.getrecursionlimit())
def depth(n):
    if n == 0:
        return 0
    return 1 + depth(n - 1)
print(depth(900))
def sum_to(n, acc=0):
    if n == 0:
        return acc
    return sum_to(n - 1, acc + n)
print(sum_to(900))
def build(n):
    return [] if n == 0 else [build(n - 1)]
nested = build(500)
count = 0
cur = nested
while cur:
    cur = cur[0]
    count += 1
print(count)
def count_nested(x):
    return 0 if not x else 1 + count_nested(x[0])
print(count_nested(nested))
def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)
print(len(str(fact(800))), str(fact(800))[:30])
def collatz_steps(n):
    if n == 1:
        return 0
    return 1 + collatz_steps(n // 2 if n % 2 == 0 else 3 * n + 1)
print([collatz_steps(n) for n in [1, 7, 27, 97]])
class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node
    def length(self):
        return 1 + (self.next.length() if self.next else 0)
    def total(self):
        return self.value + (self.next.total() if self.next else 0)
head = None
for i in range(800):
    head = Node(i, head)
print(head.length(), head.total())
