from enum import Enum, IntEnum, StrEnum, auto


class Method(StrEnum):
    GET = auto()
    POST = "post"


print(Method.GET, repr(Method.GET), Method.POST.value, Method.GET == "get", Method("post"))
print(Method.GET.upper(), f"{Method.POST}", len(Method), isinstance(Method.GET, str))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3), repr(Animal))
Pets = Enum("Pets", ["DOG", "FISH"])
print(list(Pets))
Codes = IntEnum("Codes", [("OK", 200), ("NOT_FOUND", 404)])
print(Codes.OK + 0, Codes(404), repr(Codes.NOT_FOUND))
Vals = Enum("Vals", {"X": "x", "Y": "y"})
print(list(Vals), Vals.X.value)


class Weekday(Enum):
    MON = auto()
    TUE = auto()

    @classmethod
    def first(cls):
        return cls.MON

    def next(self):
        members = list(type(self))
        return members[(members.index(self) + 1) % len(members)]


print(Weekday.first(), Weekday.MON.next(), Weekday.TUE.next())
print(sorted(Weekday, key=lambda d: d.value, reverse=True))
print(Weekday.MON in list(Weekday), [d.name for d in reversed(Weekday)])
try:
    Weekday.MON.value = 5
except AttributeError:
    print("AttributeError")
try:
    del Weekday.MON
except AttributeError as e:
    print("AttributeError:", e)
