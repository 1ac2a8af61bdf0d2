# Uncaught AttributeError and TypeError inside nested method calls
class Node:
    def __init__(self, value, next_node=None):
        self.value = value
        self.next = next_node

    def last(self):
        node = self
        while node.next is not None:
            node = node.next
        return node

    def second(self):
        return self.next.next.value


chain = Node(1, Node(2, Node(3)))
print(chain.last().value)
print(chain.second())
short = Node(1)
print(short.second())
