# Larger int sets: order, membership, algebra.
primes = set(range(2, 200))
for p in range(2, 15):
    primes -= set(range(p * p, 200, p))
print(primes)
print(len(primes), 97 in primes, 91 in primes)
evens = set(range(0, 200, 2))
print(primes & evens, len(evens - primes), len(evens | primes))
squares = {i * i for i in range(-20, 21)}
print(squares)
mods = {i * 7919 % 1031 for i in range(100)}
print(len(mods), min(mods), max(mods), sum(mods))
print(sorted(mods)[:10])
cubes = {i ** 3 for i in range(-10, 11)}
print(cubes)
