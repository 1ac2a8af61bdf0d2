# Recursive algorithms over recursive data structures
def tree_insert(tree, value):
    if tree is None:
        return [value, None, None]
    if value < tree[0]:
        tree[1] = tree_insert(tree[1], value)
    else:
        tree[2] = tree_insert(tree[2], value)
    return tree
def inorder(tree):
    if tree is None:
        return []
    return inorder(tree[1]) + [tree[0]] + inorder(tree[2])
def height(tree):
    return 0 if tree is None else 1 + max(height(tree[1]), height(tree[2]))
root = None
for v in [50, 30, 70, 20, 40, 60, 80, 35, 45, 65]:
    root = tree_insert(root, v)
print(inorder(root), height(root))
degenerate = None
for v in range(600):
    degenerate = tree_insert(degenerate, v)
print(height(degenerate), inorder(degenerate)[-3:])
def deep_copy(x):
    if isinstance(x, list):
        return [deep_copy(i) for i in x]
    if isinstance(x, dict):
        return {k: deep_copy(v) for k, v in x.items()}
    return x
data = {"a": [1, {"b": [2, 3]}], "c": {"d": {"e": [4]}}}
cp = deep_copy(data)
cp["a"][1]["b"].append(99)
print(data, cp)
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    left, right = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out = []
    i = j = 0
    while i < len(left) and j < len(right):
        if left[i] <= right[j]:
            out.append(left[i]); i += 1
        else:
            out.append(right[j]); j += 1
    return out + left[i:] + right[j:]
print(merge_sort([5, 2, 9, 1, 5, 6, 3, 8, 7, 4, 0]))
def quicksort(xs):
    if not xs:
        return []
    pivot, rest = xs[0], xs[1:]
    return quicksort([x for x in rest if x < pivot]) + [pivot] + quicksort([x for x in rest if x >= pivot])
print(quicksort([3, 6, 1, 8, 2, 9, 2]))
def count_paths(r, c, memo={}):
    if r == 0 or c == 0:
        return 1
    if (r, c) not in memo:
        memo[(r, c)] = count_paths(r - 1, c) + count_paths(r, c - 1)
    return memo[(r, c)]
print(count_paths(16, 16))
def nested_sum(x):
    return sum(nested_sum(i) for i in x) if isinstance(x, list) else x
print(nested_sum([1, [2, [3, [4, [5, [6]]]]], 7]))
def rec_gen(n):
    if n > 0:
        yield n
        yield from rec_gen(n - 1)
print(sum(rec_gen(300)), list(rec_gen(5)))
