"""Toposort and rearrange (KANBO.md §1.2; §5 TestTopsort,
TestRearrangeOrderedStories) plus the two-disjoint-cycles defect fix."""

import heapq
import random
import unittest

from kanbo.entities import Card
from kanbo.ordering import rearrange, toposort, toposort_ids

from tests.support import LogCapture


def sort(pairs):
    """toposort_ids of [(id, succ), ...] in that input order."""
    ids = [p[0] for p in pairs]
    succ = {}
    for item, s in pairs:
        succ[item] = s
    with LogCapture("kanbo.ordering") as log:
        out = toposort_ids(ids, succ)
    return out, log.messages


class TestTopsort(unittest.TestCase):
    def test_nothing(self):
        self.assertEqual(sort([]), ([], []))

    def test_trivial(self):
        self.assertEqual(sort([(1, 2), (2, None), (3, 1)])[0], [3, 1, 2])

    def test_stable_when_no_succs(self):
        self.assertEqual(sort([(5, None), (3, 0), (9, None), (1, None)])[0], [5, 3, 9, 1])

    def test_break_cycles_if_necessary(self):
        out, messages = sort([(1, 2), (2, 3), (3, 2), (4, 1), (5, None)])
        self.assertEqual(sorted(out), [1, 2, 3, 4, 5])
        self.assertEqual(out, [4, 1, 5, 2, 3])
        self.assertEqual(len(messages), 1)
        self.assertIn("broke 1 cycle", messages[0])

    def test_break_cycle_of_totality(self):
        out, messages = sort([(1, 2), (2, 3), (3, 4), (4, 1)])
        self.assertEqual(out, [1, 2, 3, 4])
        self.assertEqual(len(messages), 1)

    def test_break_cycle_of_singleton(self):
        out, messages = sort([(1, None), (2, 2), (3, None)])
        self.assertEqual(out, [1, 3, 2])
        self.assertEqual(len(messages), 1)

    def test_two_disjoint_cycles(self):
        # The original emitted 1, 2, 1, 2 here.
        out, messages = sort([(1, 2), (2, 1), (3, 4), (4, 3)])
        self.assertEqual(out, [1, 2, 3, 4])
        self.assertIn("broke 2 cycle", messages[0])

    def test_many_disjoint_cycles_with_tails(self):
        pairs = []
        for k in range(50):
            a, b, tail = 3 * k + 1, 3 * k + 2, 3 * k + 3
            pairs += [(a, b), (b, a), (tail, a)]
        out, messages = sort(pairs)
        self.assertEqual(len(out), 150)
        self.assertEqual(sorted(out), list(range(1, 151)))
        # Tails come first (in-degree 0); then each cycle is opened once.
        self.assertEqual(out[:50], [3 * k + 3 for k in range(50)])
        self.assertIn("broke 50 cycle", messages[0])

    def test_cycle_entered_from_a_chain(self):
        # 1 -> 2 -> 3 -> 2: the cycle is opened at 2 only after 1 is out.
        out, messages = sort([(2, 3), (3, 2), (1, 2)])
        self.assertEqual(out, [1, 2, 3])

    def test_successor_outside_universe_is_ignored(self):
        self.assertEqual(sort([(1, 99), (2, 1)])[0], [2, 1])

    def test_sorts_objects(self):
        cards = [Card(1, 1, "a", "A", "", 3), Card(2, 1, "b", "B", "", None), Card(3, 1, "c", "C", "", 2)]
        self.assertEqual([c.name for c in toposort(cards)], ["a", "c", "b"])

    def test_matches_reference_on_random_graphs(self):
        rng = random.Random(11)
        for trial in range(200):
            n = rng.randrange(1, 40)
            ids = list(range(100, 100 + n))
            rng.shuffle(ids)
            succ = {}
            for x in ids:
                r = rng.random()
                succ[x] = None if r < 0.3 else ids[rng.randrange(n)]
            with LogCapture("kanbo.ordering"):
                got = toposort_ids(ids, succ)
            self.assertEqual(got, reference_toposort(ids, succ), (ids, succ))

    def test_long_chain_reversed_input(self):
        n = 5000
        pairs = [(i, i + 1 if i < n else None) for i in range(n, 0, -1)]
        self.assertEqual(sort(pairs)[0], list(range(1, n + 1)))


def reference_toposort(ids, succ):
    """The rule of KANBO.md §1.2, written plainly: a min-heap of input
    positions; when it empties, restart at the first item still waiting."""
    pos = dict([(ids[i], i) for i in range(len(ids))])
    indeg = [0] * len(ids)
    for x in ids:
        if succ[x] in pos:
            indeg[pos[succ[x]]] += 1
    heap = [i for i in range(len(ids)) if indeg[i] == 0]
    done = [False] * len(ids)
    out = []
    while len(out) < len(ids):
        if not heap:
            first = min([i for i in range(len(ids)) if not done[i]])
            indeg[first] = 0
            heap.append(first)
        i = heapq.heappop(heap)
        done[i] = True
        out.append(ids[i])
        s = succ[ids[i]]
        if s in pos and not done[pos[s]]:
            indeg[pos[s]] -= 1
            if indeg[pos[s]] == 0:
                heapq.heappush(heap, pos[s])
    return out


LETTERS = "ABCDEFG"


def arranged(sent, start=None):
    """Rearranges chain A..G (after the `start` changes) by the ids in
    `sent` (`-` is the end) and returns the toposort as a string."""
    succ = {}
    for i in range(len(LETTERS)):
        succ[LETTERS[i]] = LETTERS[i + 1] if i + 1 < len(LETTERS) else None
    if start:
        succ.update(start)
    ids = [None if x == "-" else x for x in sent.split()]
    changes = rearrange(succ, ids)
    succ.update(changes)
    with LogCapture("kanbo.ordering") as log:
        out = "".join(toposort_ids(list(LETTERS), succ))
    return out, log.messages


class TestRearrangeOrderedStories(unittest.TestCase):
    def check(self, sent, expected, start=None, cycles_allowed=False):
        out, messages = arranged(sent, start)
        self.assertEqual(out, expected)
        if not cycles_allowed:
            self.assertEqual(messages, [], "the rearranged order has a cycle")

    def test_nop_zero(self):
        self.check("", "ABCDEFG")

    def test_nop_one(self):
        self.check("A", "ABCDEFG")

    def test_exchange_two(self):
        self.check("F E", "ABCDFEG")

    def test_first_to_last(self):
        self.check("G A B", "GABCDEF")

    def test_gasther_and_plonk(self):
        self.check("B E A D", "CBEADFG")

    def test_dragon_drop_first_after_last(self):
        self.check("A -", "BCDEFGA")

    def test_does_not_faile_when_cycles(self):
        self.check("E G", "ABCDFEG", start={"G": "D"}, cycles_allowed=True)

    def test_copes_with_singleton_cycle(self):
        self.check("G D C", "ABEFGDC", start={"D": "D"}, cycles_allowed=True)

    def test_rearrange_everything(self):
        self.check("D E C A F B G", "DECAFBG")

    def test_dragon_drop_last_before_first(self):
        self.check("G A", "GABCDEF")

    def test_dragon_drop_middle_before_first(self):
        self.check("C A", "CABDEFG")

    def test_dragon_drop_second_before_first(self):
        self.check("B A", "BACDEFG")

    def test_dragon_drop_first_before_second(self):
        self.check("A B", "ABCDEFG")

    def test_dragon_drop_first_before_middle(self):
        self.check("A C", "BACDEFG")

    def test_dragon_drop_first_before_last(self):
        self.check("A G", "BCDEFAG")

    def test_dragon_drop_last_after_last(self):
        self.check("G -", "ABCDEFG")

    def test_dragon_drop_penultimate_after_last(self):
        self.check("F -", "ABCDEGF")

    def test_reverso(self):
        self.check("G F E D C B A", "GFEDCBA")


class TestRearrangeDetails(unittest.TestCase):
    def chain(self):
        return {"A": "B", "B": "C", "C": None}

    def test_changes_only_what_moves(self):
        self.assertEqual(rearrange(self.chain(), ["A", "B"]), {})
        self.assertEqual(rearrange(self.chain(), ["C", "A"]), {"B": None, "C": "A"})

    def test_input_is_not_modified(self):
        succ = self.chain()
        rearrange(succ, ["C", "A"])
        self.assertEqual(succ, self.chain())

    def test_end_repoints_every_tail(self):
        # Three unlinked cards: dropping one at the end rewrites the others.
        succ = {1: None, 2: None, 3: None}
        changes = rearrange(succ, [1, None])
        self.assertEqual(changes, {2: 1, 3: 1})
        succ.update(changes)
        self.assertEqual(toposort_ids([1, 2, 3], succ), [2, 3, 1])

    def test_falsy_successor_is_none(self):
        succ = {1: 0, 2: 0}
        self.assertEqual(rearrange(succ, [2, 1]), {2: 1})

    def test_unknown_id(self):
        with self.assertRaises(KeyError):
            rearrange(self.chain(), ["A", "Z"])
        with self.assertRaises(KeyError):
            rearrange(self.chain(), ["Z", "A"])

    def test_repeated_id(self):
        with self.assertRaises(ValueError):
            rearrange(self.chain(), ["A", "B", "A"])

    def test_none_before_the_end(self):
        with self.assertRaises(ValueError):
            rearrange(self.chain(), [None, "A"])

    def test_large_move_is_linear(self):
        n = 20000
        succ = {}
        for i in range(1, n + 1):
            succ[i] = i + 1 if i < n else None
        ids = list(range(n, 0, -2))  # every other card, reversed
        changes = rearrange(succ, ids)
        succ.update(changes)
        order = toposort_ids(list(range(1, n + 1)), succ)
        self.assertEqual(len(order), n)
        position = {}
        for i in range(n):
            position[order[i]] = i
        for k in range(len(ids) - 1):
            self.assertEqual(position[ids[k + 1]], position[ids[k]] + 1)


if __name__ == "__main__":
    unittest.main()
