import heapq

h = []
for x in [5, 3, 8, 1, 9, 2, 7, 3, 0, 6]:
    heapq.heappush(h, x)
    print(h)
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)

data = [9, 4, 7, 1, 8, 2, 2, 6, 3, 5, 0, 11, -3]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 10), data)
print(heapq.heappushpop(data, -5), data)
print(heapq.heappushpop(data, 4), data)
print(heapq.heappushpop([], 4))

words = "the quick brown fox jumps over the lazy dog again".split()
print(heapq.nlargest(3, [1, 5, 2, 8, 3, 8, 0]))
print(heapq.nsmallest(3, [1, 5, 2, 8, 3, 8, 0]))
print(heapq.nlargest(4, words, key=len))
print(heapq.nsmallest(4, words, key=len))
print(heapq.nlargest(1, words), heapq.nsmallest(1, words, key=len))
print(heapq.nlargest(0, words), heapq.nsmallest(20, words))
print(heapq.nlargest(2, iter([3, 1, 4, 1, 5, 9, 2, 6])))
print(heapq.nsmallest(3, (x * x % 7 for x in range(20))))
print(heapq.nlargest(3, []), heapq.nsmallest(2, iter([])))

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15])))
print(list(heapq.merge()))
print(list(heapq.merge([], [1], [])))
print(list(heapq.merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len)))
print(list(heapq.merge([7, 5, 1], [8, 3, 2], reverse=True)))
print(list(heapq.merge(['kangaroo', 'fish', 'cat'], ['horse', 'dog'], key=len, reverse=True)))

tasks = []
heapq.heappush(tasks, (2, 'write'))
heapq.heappush(tasks, (1, 'plan'))
heapq.heappush(tasks, (3, 'test'))
heapq.heappush(tasks, (1, 'coffee'))
while tasks:
    print(heapq.heappop(tasks))

for bad in [lambda: heapq.heappop([]), lambda: heapq.heapreplace([], 1),
            lambda: heapq.heappush((), 1), lambda: heapq.heapify({}),
            lambda: heapq.heappush([1, 'a'], 2)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
