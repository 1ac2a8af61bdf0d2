"""Generational collection: objects that survived collections (old) are
given references to new (young) objects in every way a program mutates
them, and the new objects are reachable only through the old ones while
many young collections run. Each container kind is checked afterwards:
list items (append, index store, insert, slice store, sort), dict values
and keys, set members, instance attributes (map and dict forms),
__slots__ members, closure cells, a generator's suspended frame, a
class attribute, module globals, and a default argument list."""
import gc


class Plain:
    pass


class Slotted:
    __slots__ = ("a", "b")


def churn(n):
    """Allocate enough short-lived objects to run young collections."""
    junk = None
    for i in range(n):
        junk = [i, str(i), (i, i + 1), {"k": i}]
    return junk[0]


def fresh(tag, i):
    return {"tag": tag, "items": [tag * 2, str(i)], "pair": (tag, i)}


def make_counter():
    box = [None]
    def put(v):
        box[0] = v
    def get():
        return box[0]
    return put, get


def make_cell():
    value = None
    def put(v):
        nonlocal value
        value = v
    def get():
        return value
    return put, get


def gen_holder():
    held = []
    while True:
        v = yield len(held)
        held.append(v)
        if v is None:
            yield held


def defaults(x, acc=[]):
    acc.append(x)
    return acc


old_list = [0] * 50
old_dict = {}
old_set = set()
old_plain = Plain()
old_plain.first = 1
old_dict_attrs = Plain()
old_dict_attrs.__dict__["x"] = 0
old_slotted = Slotted()
counter_put, counter_get = make_counter()
cell_put, cell_get = make_cell()
holder = gen_holder()
next(holder)
GLOBAL_SLOT = None

# Make everything above old.
gc.collect()
churn(50000)

rounds = 40
for r in range(rounds):
    old_list.append(fresh("append", r))
    old_list[r % 50] = fresh("store", r)
    old_list.insert(0, fresh("insert", r))
    old_list[1:2] = [fresh("slice", r)]
    old_dict[r] = fresh("dict", r)
    old_dict[("key", str(r))] = r
    old_set.add(("member", str(r)))
    setattr(old_plain, "attr%d" % (r % 7), fresh("attr", r))
    old_dict_attrs.x = fresh("dictattr", r)
    old_slotted.a = fresh("slot", r)
    old_slotted.b = [fresh("slotlist", r)]
    counter_put(fresh("box", r))
    cell_put(fresh("cell", r))
    holder.send(fresh("gen", r))
    Plain.class_attr = fresh("class", r)
    GLOBAL_SLOT = fresh("global", r)
    defaults(fresh("default", r))
    churn(3000)

gc.collect()
churn(20000)


def check(v, tag):
    assert v["tag"] == tag, (v, tag)
    assert v["items"][0] == tag * 2
    return int(v["items"][1])


print(sum(check(v, "append") for v in old_list if isinstance(v, dict) and v["tag"] == "append"))
print(sorted(v["tag"] for v in old_list if isinstance(v, dict))[:5], len(old_list))
print(sum(check(v, "dict") for k, v in old_dict.items() if isinstance(k, int)))
print(sum(v for k, v in old_dict.items() if isinstance(k, tuple)))
print(len(old_set), sorted(old_set)[:3])
print(sorted(check(getattr(old_plain, "attr%d" % i), "attr") for i in range(7)))
print(check(old_dict_attrs.x, "dictattr"), check(old_slotted.a, "slot"))
print(check(old_slotted.b[0], "slotlist"), check(counter_get(), "box"), check(cell_get(), "cell"))
held = holder.send(None)
print(len(held), sum(check(v, "gen") for v in held[:-1]))
print(check(Plain.class_attr, "class"), check(GLOBAL_SLOT, "global"))
acc = defaults(fresh("default", 99))
print(len(acc), sum(check(v, "default") for v in acc))
old_list.sort(key=lambda v: str(v))
print(str(old_list[0])[:40], str(old_list[-1])[:40])
