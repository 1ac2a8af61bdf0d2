"""Event streams (KANBO.md §1.4; §5 TestEventRepeater, TestEventsAreSaved)."""

import json
import unittest

from kanbo.axes import AxisSpec
from kanbo.errors import EventsExpired
from kanbo.storage import EventStore, open_repository

from tests.support import RepoTestCase, TempDir, make_f16


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


class TestEventRepeater(unittest.TestCase):
    def setUp(self):
        self.tmp = TempDir()
        self.clock = Clock()
        self.repo = open_repository(self.tmp.file("events.db"), clock=self.clock)
        user = self.repo.create_user("owner")
        self.board_id = self.repo.create_board(user, "b").id
        self.store = self.repo.events
        self.others = []

    def tearDown(self):
        self.repo.close()
        for other in self.others:
            other.close()
        self.tmp.cleanup()

    def second_handle(self):
        other = open_repository(self.tmp.file("events.db"), clock=self.clock)
        self.others.append(other)
        return other.events

    def test_no_events(self):
        self.assertEqual(self.store.next_seq(self.board_id), 0)
        self.assertEqual(self.store.read(self.board_id, 0), ([], 0))

    def test_one_event(self):
        event = {"type": "rearrange", "board": self.board_id, "order": [1, None]}
        self.assertEqual(self.store.append(self.board_id, event), 0)
        other = self.second_handle()
        self.assertEqual(other.next_seq(self.board_id), 1)
        self.assertEqual(other.read_decoded(self.board_id, 0), ([event], 1))
        self.assertEqual(other.read(self.board_id, 1), ([], 1))

    def test_several_events(self):
        events = [{"type": "rearrange", "n": i, "text": "é\"<"} for i in range(3)]
        for e in events:
            self.store.append(self.board_id, e)
        for i in range(4):
            self.assertEqual(self.store.read(self.board_id, i), ([json.dumps(e) for e in events[i:]], 3))
        self.assertEqual(self.store.read(self.board_id, 10), ([], 3))

    def test_several_events_interrupted(self):
        events = [{"n": i} for i in range(4)]
        for e in events[:3]:
            self.store.append(self.board_id, e)
        self.clock.now += 121
        self.store.append(self.board_id, events[3])
        self.assertEqual(self.store.read(self.board_id, 3), ([json.dumps(events[3])], 4))

    def test_raises_when_request_is_too_late(self):
        for i in range(3):
            self.store.append(self.board_id, {"n": i})
        self.clock.now += 121
        with self.assertRaises(EventsExpired) as ctx:
            self.store.read(self.board_id, 0)
        self.assertEqual((ctx.exception.seq, ctx.exception.start), (0, 3))
        self.assertEqual(self.store.read(self.board_id, 3), ([], 3))
        self.store.append(self.board_id, {"n": 3})
        with self.assertRaises(EventsExpired):
            self.store.read(self.board_id, 2)

    def test_appends_refresh_expiry(self):
        for i in range(3):
            self.store.append(self.board_id, {"n": i})
            self.clock.now += 100
        self.assertEqual(len(self.store.read(self.board_id, 0)[0]), 3)

    def test_purge_expired(self):
        other_board = self.repo.create_board(self.repo.get_user_by_name("owner"), "c").id
        self.store.append(self.board_id, {"n": 0})
        self.store.append(self.board_id, {"n": 1})
        self.clock.now += 100
        self.store.append(other_board, {"m": 0})
        self.clock.now += 30
        self.assertEqual(self.store.purge_expired(), 2)
        self.assertEqual(self.store.read_decoded(other_board, 0), ([{"m": 0}], 1))
        self.assertEqual(self.store.read(self.board_id, 2), ([], 2))
        self.assertEqual(self.store.append(self.board_id, {"n": 2}), 2)
        self.assertEqual(self.store.read_decoded(self.board_id, 2), ([{"n": 2}], 3))

    def test_streams_are_per_board(self):
        other_board = self.repo.create_board(self.repo.get_user_by_name("owner"), "c").id
        self.store.append(self.board_id, {"n": 0})
        self.assertEqual(self.store.append(other_board, {"m": 0}), 0)
        self.assertEqual(self.store.read_decoded(other_board, 0), ([{"m": 0}], 1))


class TestEventsAreSaved(RepoTestCase):
    def test_card_arrangement_creates_events(self):
        user, board, cards, tags, bags = make_f16(self.repo)
        content = self.repo.load_board(board)
        spec = AxisSpec.parse("q", content.bags)
        b, a = cards["b"].id, cards["a"].id
        seq = self.repo.events.next_seq(board.id)
        self.repo.move_card(content, [b, a], b, ["q:s"], spec)
        events, next_seq = self.repo.events.read_decoded(board.id, seq)
        self.assertEqual(next_seq, seq + 1)
        self.assertEqual(
            events,
            [{"type": "rearrange", "board": board.id, "order": [b, a], "xaxis": [bags["q"].id],
              "yaxis": [], "dropped": b, "tags": [tags["s"].id]}],
        )

    def test_plain_rearrange_event_and_end(self):
        user, board, cards, tags, bags = make_f16(self.repo)
        content = self.repo.load_board(board)
        seq = self.repo.events.next_seq(board.id)
        event = self.repo.move_card(content, [cards["a"].id, None])
        self.assertEqual(event, {"type": "rearrange", "board": board.id, "order": [cards["a"].id, None]})
        self.assertEqual(self.repo.events.read_decoded(board.id, seq)[0], [event])

    def events_of(self, board, action):
        seq = self.repo.events.next_seq(board.id)
        result = action()
        return result, self.repo.events.read_decoded(board.id, seq)[0]

    def test_card_events(self):
        user = self.repo.create_user("alice")
        board = self.repo.create_board(user, "b")
        todo = self.repo.tags(self.repo.get_bag(board, "state"))[0]
        card, events = self.events_of(board, lambda: self.repo.create_card(board, "First", tags=[todo]))
        self.assertEqual(events, [{"type": "card-created", "board": board.id,
                                   "card": {"id": card.id, "name": "1", "label": "First", "href": "", "tags": [todo.id]}}])
        cards, events = self.events_of(board, lambda: self.repo.create_cards(board, "x\ny"))
        self.assertEqual([e["type"] for e in events], ["cards-created"])
        self.assertEqual([c["name"] for c in events[0]["cards"]], ["2", "3"])
        edited, events = self.events_of(board, lambda: self.repo.update_card(card, label="Renamed"))
        self.assertEqual(events[0]["type"], "card-edited")
        self.assertEqual(events[0]["card"]["label"], "Renamed")
        self.assertEqual(events[0]["card"]["tags"], [todo.id])
        _, events = self.events_of(board, lambda: self.repo.delete_card(edited))
        self.assertEqual(events, [{"type": "card-deleted", "board": board.id, "card": card.id}])

    def test_tags_arranged_event(self):
        user = self.repo.create_user("alice")
        board = self.repo.create_board(user, "b")
        bag = self.repo.get_bag(board, "state")
        todo, doing, done = self.repo.tags(bag)
        _, events = self.events_of(board, lambda: self.repo.rearrange_tags(bag, [done.id, todo.id]))
        self.assertEqual(events, [{"type": "tags-arranged", "board": board.id, "bag": bag.id,
                                   "order": [done.id, todo.id]}])

    def test_failed_action_emits_nothing(self):
        user = self.repo.create_user("alice")
        board = self.repo.create_board(user, "b")
        self.repo.create_card(board, "First", name="x")
        _, events = self.events_of(board, lambda: self.assertRaises(Exception, self.repo.create_card, board, "Dup", "x"))
        self.assertEqual(events, [])


if __name__ == "__main__":
    unittest.main()
