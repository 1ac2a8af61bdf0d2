"""dataclasses with typing.ClassVar: class variables are not fields; the minimal typing module."""
from dataclasses import dataclass, fields, asdict, replace
from typing import ClassVar
import typing


@dataclass
class Board:
    name: str
    limit: ClassVar[int] = 10
    kind: ClassVar = "board"
    cards: int = 0


b = Board("x", 3)
print(b, [f.name for f in fields(b)], asdict(b), Board.limit, b.kind, replace(b, cards=5))
print(repr(ClassVar), repr(ClassVar[int]), ClassVar[int] == ClassVar[int], ClassVar[Board])
print(Board.__match_args__)
try:
    Board("x", 1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    typing.ClassVar[int, str]
except TypeError as e:
    print("TypeError", e)
