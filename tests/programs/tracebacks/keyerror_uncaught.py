# Uncaught KeyError shows the repr of the key
inventory = {"apple": 3, "pear": 0}
for item in ["apple", "pear", "banana"]:
    print(item, inventory[item])
