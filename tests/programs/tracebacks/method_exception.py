# Uncaught exception raised inside methods of a class
class Stack:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty Stack")
        return self.items.pop()

    def pop_many(self, n):
        return [self.pop() for _ in range(n)]


s = Stack()
s.push(1)
s.push(2)
print(s.pop_many(2))
print(s.pop_many(1))
