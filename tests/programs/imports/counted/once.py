print("counted.once top-level code runs")
loads = 0
loads += 1
items = []


def add(x):
    items.append(x)
    return len(items)
