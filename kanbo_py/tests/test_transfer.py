"""Board export and import (JSON round trip, CSV)."""

import json

from kanbo.errors import DuplicateError, ValidationError
from kanbo.ordering import toposort
from kanbo.seed import seed_board
from kanbo.storage.transfer import export_board, export_csv, export_json, import_board

from tests.support import LogCapture, RepoTestCase, make_f16


class TestExportImport(RepoTestCase):
    def setUp(self):
        RepoTestCase.setUp(self)
        self.user, self.board, self.cards, self.tags, self.bags = make_f16(self.repo)
        self.bob = self.repo.create_user("bob")
        self.repo.set_access(self.board, self.bob, False)
        self.repo.set_wip_limit(self.tags["r"], 4, hard=True)
        self.repo.update_card(self.cards["c"], href="https://example.com/c", label='Quote "this", please')
        self.repo.rearrange_tags(self.bags["w"], [self.tags["z"].id, self.tags["x"].id])

    def test_round_trip_is_exact(self):
        exported = export_board(self.repo, self.board)
        board, skipped = import_board(self.repo, self.user, exported, name="copy")
        self.assertEqual(skipped, [])
        again = export_board(self.repo, board)
        exported["board"]["name"] = "copy"
        self.assertEqual(again, exported)

    def test_json_text_round_trip(self):
        text = export_json(self.repo, self.board)
        other = self.repo.create_user("other")
        board, skipped = import_board(self.repo, other, text)
        self.assertEqual(board.name, "z")
        self.assertEqual(export_json(self.repo, board), text)
        self.assertEqual(json.loads(text)["bags"][2]["tags"][0]["name"], "z")

    def test_content_of_export(self):
        data = export_board(self.repo, self.board)
        self.assertEqual([b["name"] for b in data["bags"]], ["q", "t", "w"])
        self.assertEqual(data["bags"][0]["tags"][0], {"name": "r", "wip_limit": 4, "wip_hard": True})
        self.assertEqual(data["cards"][1], {"name": "b", "label": "Card b", "href": "", "succ": "c",
                                            "tags": ["q:r", "t:v", "w:x"]})
        self.assertEqual(data["members"], [{"username": "bob", "can_rearrange": False}])

    def test_cycles_survive(self):
        owner = self.repo.create_user("demo")
        board = seed_board(self.repo, owner, "demo", 300, seed=9)
        copy, _ = import_board(self.repo, owner, export_board(self.repo, board), name="copy")
        with LogCapture("kanbo.ordering"):
            a = [c.name for c in toposort(self.repo.load_board(board).cards)]
            b = [c.name for c in toposort(self.repo.load_board(copy).cards)]
        self.assertEqual(a, b)

    def test_missing_members_skipped(self):
        data = export_board(self.repo, self.board)
        data["members"].append({"username": "ghost", "can_rearrange": True})
        board, skipped = import_board(self.repo, self.user, data, name="copy")
        self.assertEqual(skipped, ["ghost"])

    def test_bad_files_change_nothing(self):
        boards_before = len(self.repo.boards_of(self.user))
        good = export_board(self.repo, self.board)
        bad_docs = ["not json", "[]", {"format": "other"}, dict(good, version=99)]
        broken = json.loads(json.dumps(good))
        broken["cards"][0]["succ"] = "nosuch"
        bad_docs.append(broken)
        broken = json.loads(json.dumps(good))
        broken["cards"][0]["tags"] = ["q:r", "q:s"]
        bad_docs.append(broken)
        broken = json.loads(json.dumps(good))
        broken["cards"][3]["tags"] = ["q:nosuch"]
        bad_docs.append(broken)
        for doc in bad_docs:
            with self.assertRaises(ValidationError):
                import_board(self.repo, self.user, doc, name="copy")
        with self.assertRaises(DuplicateError):
            import_board(self.repo, self.user, good)
        self.assertEqual(len(self.repo.boards_of(self.user)), boards_before)

    def test_csv(self):
        text = export_csv(self.repo, self.board)
        lines = text.split("\r\n")
        self.assertEqual(lines[0], "name,label,href,q,t,w")
        self.assertEqual(lines[1], "a,Card a,,r,u,")
        self.assertEqual(lines[3], 'c,"Quote ""this"", please",https://example.com/c,r,u,y')
        self.assertEqual(len(lines), 18)
