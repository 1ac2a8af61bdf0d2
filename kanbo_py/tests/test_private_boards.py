"""Private boards (KANBO.md §7 "Private boards"): a board with
`is_private` is readable only by its owner and its members (read-only
members included); strangers and anonymous users get 404 on every read
path (pages, card forms, JSON API, event polling, export, search) and on
every write, and do not see it in board lists. Also: the schema migration
of an older database, export/import round trip, and the public-or-private
validation."""

import json

from kanbo.errors import ValidationError
from kanbo.storage import dialect
from kanbo.storage.repository import open_repository
from kanbo.storage.schema import current_version, migrate
from kanbo.storage.transfer import export_board, export_json, import_board

from tests.support import RepoTestCase, TempDir
from tests.webclient import WebTestCase

import unittest

READERS = ("alice", "bob", "dick")  # owner, member, read-only member
OUTSIDERS = ("charley", None)  # stranger, anonymous


class PrivateWebCase(WebTestCase):
    """The web fixture plus alice's private board `secret` with bob (may
    rearrange) and dick (read-only) as members; charley is a stranger."""

    def setUp(self):
        WebTestCase.setUp(self)
        repo = self.repo
        self.secret = repo.create_board(self.alice, "secret", "Hidden plans", is_private=True)
        repo.set_access(self.secret, self.bob, True)
        repo.set_access(self.secret, self.dick, False)
        self.sstate = repo.get_bag(self.secret, "state")
        self.stags = {}
        for tag in repo.tags(self.sstate):
            self.stags[tag.name] = tag
        self.scard = repo.create_card(self.secret, "Launch codes")
        repo.add_card_tag(self.scard, self.stags["todo"])

    def as_user(self, username):
        c = self.client()
        if username is not None:
            c.login(username)
        return c

    def read_paths(self):
        """Every GET that shows the private board's data."""
        b = self.secret.id
        return [
            "/alice/secret/",
            "/alice/secret/grids/state/",
            "/alice/secret/grids/state/?q=launch",
            "/alice/secret/bags/state/",
            "/alice/secret/popup-new/%s" % self.scard.name,
            "/alice/secret/export/json",
            "/alice/secret/export/csv",
            "/api/boards/%d" % b,
            "/api/boards/%d/bags" % b,
            "/api/boards/%d/cards" % b,
            "/api/boards/%d/grid" % b,
            "/api/boards/%d/grid?spec=state&q=launch" % b,
            "/api/boards/%d/events/0" % b,
            "/api/bags/%d" % self.sstate.id,
            "/api/tags/%d" % self.stags["todo"].id,
            "/api/cards/%d" % self.scard.id,
            "/boards/%d/jevents/0" % b,
        ]


class ReadPathTests(PrivateWebCase):
    def test_owner_and_members_read_every_path(self):
        for username in READERS:
            c = self.as_user(username)
            for path in self.read_paths():
                reply = c.get(path)
                self.assertEqual(reply.status, 200, "%s %s: %r" % (username, path, reply))
            root = c.get("/alice/secret/grids/")
            self.assertEqual(root.status, 302, username)

    def test_readers_see_the_data(self):
        for username in READERS:
            c = self.as_user(username)
            self.assertIn("Launch codes", c.get("/alice/secret/grids/state/").text)
            self.assertIn("Launch codes", c.get("/alice/secret/grids/state/?q=launch").text)
            self.assertIn("Launch codes", c.get("/alice/secret/export/csv").text)
            self.assertEqual(c.get("/api/cards/%d" % self.scard.id).json()["label"], "Launch codes")
            data = c.get("/api/boards/%d" % self.secret.id).json()
            self.assertEqual((data["is_private"], data["is_public"]), (True, False))
            self.assertIn("private", c.get("/alice/secret/").text)

    def test_outsiders_get_404_on_every_read_path(self):
        for username in OUTSIDERS:
            c = self.as_user(username)
            for path in self.read_paths() + ["/alice/secret/grids/"]:
                reply = c.get(path)
                self.assertEqual(reply.status, 404, "%s %s: %r" % (username, path, reply))
                self.assertNotIn("Launch codes", reply.text, path)
                self.assertNotIn("Hidden plans", reply.text, path)

    def test_404_is_worded_like_a_missing_board(self):
        c = self.as_user("charley")
        hidden = c.get("/api/boards/%d" % self.secret.id).json()
        missing = c.get("/api/boards/999").json()
        self.assertEqual(hidden["error"], "there is no board %r" % self.secret.id)
        self.assertEqual(missing["error"], "there is no board 999")
        self.assertEqual(c.get("/api/cards/%d" % self.scard.id).json()["error"], "there is no card %d" % self.scard.id)
        self.assertEqual(c.get("/api/bags/%d" % self.sstate.id).json()["error"], "there is no bag %d" % self.sstate.id)
        tag_id = self.stags["todo"].id
        self.assertEqual(c.get("/api/tags/%d" % tag_id).json()["error"], "there is no tag %d" % tag_id)
        for path in ("/alice/secret/", "/alice/secret/grids/state/", "/alice/secret/bags/state/delete"):
            hidden = c.get(path)
            missing = c.get(path.replace("secret", "nosuch"))
            self.assertEqual((hidden.status, hidden.text), (404, missing.text.replace("nosuch", "secret")), path)
        self.assertIn("there is no board alice/secret", c.get("/alice/secret/").text)

    def test_card_forms(self):
        grid = "/alice/secret/grids/state/"
        edit = grid + "%s/edit" % self.scard.name
        for path in (grid + "new", grid + "create", edit, "/alice/secret/popup-new"):
            self.assertEqual(self.as_user("alice").get(path).status, 200, path)
            self.assertEqual(self.as_user("bob").get(path).status, 200, path)
            self.assertEqual(self.as_user("dick").get(path).status, 403, path)
            for username in OUTSIDERS:
                self.assertEqual(self.as_user(username).get(path).status, 404, "%s %s" % (username, path))
        # Ordinary boards are unchanged: anonymous users are sent to log in.
        reply = self.as_user(None).get("/alice/derp/grids/state/new")
        self.assertEqual(reply.status, 302)
        self.assertIn("/hello/login-form", reply.header("location"))

    def test_settings_pages(self):
        for path in (
            "/alice/secret/edit",
            "/alice/secret/delete",
            "/alice/secret/bags/new",
            "/alice/secret/bags/state/delete",
            "/alice/secret/bags/state/tags/new",
            "/alice/secret/users/add",
        ):
            self.assertEqual(self.as_user("alice").get(path).status, 200, path)
            for username in OUTSIDERS:
                self.assertEqual(self.as_user(username).get(path).status, 404, "%s %s" % (username, path))

    def test_jarrange_get_reveals_nothing(self):
        path = "/boards/%d/grids/state/jarrange" % self.secret.id
        for username in OUTSIDERS:
            self.assertEqual(self.as_user(username).get(path).json(), {"success": False})
        self.assertEqual(self.as_user(None).get("/boards/999/grids/state/jarrange").json(), {"success": False})


class ListTests(PrivateWebCase):
    def test_profile_lists_private_board_only_to_readers(self):
        for username in READERS:
            text = self.as_user(username).get("/alice/").text
            self.assertIn("/alice/secret/", text, username)
            self.assertIn("/alice/derp/", text, username)
        for username in OUTSIDERS:
            text = self.as_user(username).get("/alice/").text
            self.assertNotIn("secret", text, username)
            self.assertIn("/alice/derp/", text, username)
            self.assertIn("/alice/pub/", text, username)

    def test_api_board_list(self):
        for username in READERS:
            names = [b["name"] for b in self.as_user(username).get("/api/boards?owner=alice").json()]
            self.assertEqual(names, ["derp", "pub", "secret"], username)
        for username in OUTSIDERS:
            names = [b["name"] for b in self.as_user(username).get("/api/boards?owner=alice").json()]
            self.assertEqual(names, ["derp", "pub"], username)
        own = [b["name"] for b in self.as_user("alice").get("/api/boards").json()]
        self.assertEqual(own, ["derp", "pub", "secret"])

    def test_home_hides_a_private_demo_board(self):
        self.repo.update_board(self.board, is_private=True)
        reply = self.as_user(None).get("/")
        self.assertEqual(reply.status, 200)
        self.assertNotIn("/alice/derp/", reply.text)
        self.assertIn("/alice/derp/", self.as_user("dick").get("/").text)


class WriteTests(PrivateWebCase):
    def writes(self):
        """(method, path, fields or JSON body) of writes on the private board."""
        b = self.secret.id
        order = "%d -" % self.scard.id
        return [
            ("POST", "/alice/secret/", {"username": "charley", "can_rearrange": "on"}),
            ("POST", "/alice/secret/edit", {"name": "secret", "label": "x"}),
            ("POST", "/alice/secret/delete", {}),
            ("POST", "/alice/secret/bags/new", {"name": "kind", "tags": "bug"}),
            ("POST", "/alice/secret/bags/state/edit", {"name": "stage"}),
            ("POST", "/alice/secret/bags/state/delete", {}),
            ("POST", "/alice/secret/bags/state/tags/new", {"name": "blocked"}),
            ("POST", "/alice/secret/bags/state/tags/todo/edit", {"name": "later"}),
            ("POST", "/alice/secret/bags/state/tags/todo/delete", {}),
            ("POST", "/alice/secret/members/bob/remove", {}),
            ("POST", "/alice/secret/grids/state/new", {"label": "x"}),
            ("POST", "/alice/secret/grids/state/create", {"cards": "x"}),
            ("POST", "/alice/secret/grids/state/%s/edit" % self.scard.name, {"label": "x"}),
            ("POST", "/alice/secret/grids/state/%s/delete" % self.scard.name, {}),
            ("POST", "/alice/secret/popup-new", {"label": "x"}),
            ("POST", "/boards/%d/arrangement" % b, {"order": order}),
            ("POST", "/boards/%d/grids/state/arrangement" % b, {"order": order}),
            ("POST", "/boards/%d/grids/state/jarrange" % b, {"order": order}),
            ("POST", "/bags/%d/arrangement" % self.sstate.id, {"order": ""}),
            ("POST", "/bags/%d/jarrange" % self.sstate.id, {"order": ""}),
            ("PATCH", "/api/boards/%d" % b, {"label": "x"}),
            ("DELETE", "/api/boards/%d" % b, {}),
            ("POST", "/api/boards/%d/bags" % b, {"name": "kind"}),
            ("POST", "/api/boards/%d/cards" % b, {"label": "x"}),
            ("POST", "/api/boards/%d/move" % b, {"order": [self.scard.id, None]}),
            ("PATCH", "/api/bags/%d" % self.sstate.id, {"name": "stage"}),
            ("DELETE", "/api/bags/%d" % self.sstate.id, {}),
            ("POST", "/api/bags/%d/tags" % self.sstate.id, {"name": "blocked"}),
            ("POST", "/api/bags/%d/order" % self.sstate.id, {"order": []}),
            ("PATCH", "/api/tags/%d" % self.stags["todo"].id, {"wip_limit": 1}),
            ("DELETE", "/api/tags/%d" % self.stags["todo"].id, {}),
            ("PATCH", "/api/cards/%d" % self.scard.id, {"label": "x"}),
            ("DELETE", "/api/cards/%d" % self.scard.id, {}),
        ]

    def send(self, c, method, path, data):
        if path.startswith("/api/"):
            return c.send_json(method, path, data)
        return c.post(path, data)

    def test_outsiders_get_404_on_every_write_and_nothing_changes(self):
        before = export_json(self.repo, self.secret)
        for username in OUTSIDERS:
            c = self.as_user(username)
            for method, path, data in self.writes():
                reply = self.send(c, method, path, data)
                self.assertEqual(reply.status, 404, "%s %s %s: %r" % (username, method, path, reply))
                self.assertNotIn("Launch codes", reply.text, path)
        self.assertEqual(export_json(self.repo, self.secret), before)

    def test_read_only_member_gets_403_not_404(self):
        c = self.as_user("dick")
        reply = c.post("/boards/%d/arrangement" % self.secret.id, {"order": "%d -" % self.scard.id})
        self.assertEqual(reply.status, 403)
        reply = c.send_json("POST", "/api/boards/%d/cards" % self.secret.id, {"label": "x"})
        self.assertEqual(reply.status, 403)

    def test_members_write_as_before(self):
        c = self.as_user("bob")
        reply = c.send_json("POST", "/api/boards/%d/cards" % self.secret.id, {"label": "From bob"})
        self.assertEqual(reply.status, 201)
        reply = c.post(
            "/boards/%d/grids/state/arrangement" % self.secret.id,
            {"dropped": str(self.scard.id), "tags": str(self.stags["done"].id)},
        )
        self.assertEqual(reply.status, 302)
        self.assertEqual(self.repo.card_tag_ids(self.scard), [self.stags["done"].id])
        events = c.get("/boards/%d/jevents/0" % self.secret.id).json()["events"]
        self.assertEqual(events[-1]["dropped"], self.scard.id)

    def test_removed_member_loses_access(self):
        self.repo.remove_member(self.secret, self.bob)
        self.assertEqual(self.as_user("bob").get("/alice/secret/").status, 404)


class SettingsTests(PrivateWebCase):
    def test_create_private_board_with_the_form(self):
        c = self.as_user("bob")
        reply = c.post("/bob/new", {"name": "diary", "label": "", "is_private": "on"})
        self.assertEqual(reply.status, 302)
        board = self.repo.get_board("bob", "diary")
        self.assertEqual((board.is_private, board.is_public), (True, False))
        self.assertEqual(self.as_user("alice").get("/bob/diary/").status, 404)
        self.assertEqual(c.get("/bob/diary/").status, 200)
        self.assertIn('name="is_private"', c.get("/bob/new").text)

    def test_create_ordinary_board_is_not_private(self):
        c = self.as_user("bob")
        self.assertEqual(c.post("/bob/new", {"name": "notes"}).status, 302)
        self.assertFalse(self.repo.get_board("bob", "notes").is_private)
        self.assertEqual(self.as_user(None).get("/bob/notes/").status, 200)

    def test_form_rejects_public_and_private(self):
        c = self.as_user("bob")
        reply = c.post("/bob/new", {"name": "both", "is_public": "on", "is_private": "on"})
        self.assertEqual(reply.status, 200)
        self.assertIn("cannot be both public and private", reply.text)
        self.assertEqual([b.name for b in self.repo.boards_of(self.bob)], [])

    def test_create_with_the_api(self):
        c = self.as_user("bob")
        reply = c.send_json("POST", "/api/boards", {"name": "diary", "is_private": True})
        self.assertEqual(reply.status, 201)
        self.assertEqual(reply.json()["is_private"], True)
        reply = c.send_json("POST", "/api/boards", {"name": "both", "is_private": True, "is_public": True})
        self.assertEqual(reply.status, 400)
        self.assertEqual(reply.json()["field"], "is_private")
        self.assertIn("both public and private", reply.json()["error"])
        reply = c.send_json("POST", "/api/boards", {"name": "plain"})
        self.assertEqual(reply.json()["is_private"], False)

    def test_owner_toggles_privacy_with_the_edit_form(self):
        c = self.as_user("alice")
        self.assertIn('name="is_private" checked', c.get("/alice/secret/edit").text)
        reply = c.post("/alice/secret/edit", {"name": "secret", "label": "Open now"})
        self.assertEqual(reply.status, 302)
        self.assertFalse(self.repo.get_board("alice", "secret").is_private)
        self.assertEqual(self.as_user(None).get("/alice/secret/").status, 200)
        reply = c.post("/alice/derp/edit", {"name": "derp", "label": "", "is_private": "on"})
        self.assertEqual(reply.status, 302)
        self.assertTrue(self.repo.get_board("alice", "derp").is_private)
        self.assertEqual(self.as_user("charley").get("/alice/derp/").status, 404)
        reply = c.post("/alice/pub/edit", {"name": "pub", "is_public": "on", "is_private": "on"})
        self.assertEqual(reply.status, 200)
        self.assertIn("cannot be both public and private", reply.text)
        self.assertFalse(self.repo.get_board("alice", "pub").is_private)

    def test_members_cannot_change_privacy(self):
        reply = self.as_user("bob").post("/alice/secret/edit", {"name": "secret"})
        self.assertEqual(reply.status, 403)
        reply = self.as_user("bob").send_json("PATCH", "/api/boards/%d" % self.secret.id, {"is_private": False})
        self.assertEqual(reply.status, 403)
        self.assertTrue(self.repo.get_board("alice", "secret").is_private)

    def test_owner_toggles_privacy_with_the_api(self):
        c = self.as_user("alice")
        path = "/api/boards/%d" % self.board.id
        self.assertEqual(c.send_json("PATCH", path, {"is_private": True}).json()["is_private"], True)
        self.assertEqual(c.send_json("PATCH", path, {"label": "kept"}).json()["is_private"], True)
        reply = c.send_json("PATCH", path, {"is_public": True})
        self.assertEqual(reply.status, 400)
        self.assertEqual(c.send_json("PATCH", path, {"is_private": False}).json()["is_private"], False)


class StorageTests(RepoTestCase):
    def setUp(self):
        RepoTestCase.setUp(self)
        self.owner = self.repo.create_user("owner")

    def test_default_is_not_private(self):
        board = self.repo.create_board(self.owner, "plain")
        self.assertFalse(board.is_private)
        self.assertFalse(self.repo.get_board_by_id(board.id).is_private)

    def test_public_and_private_is_rejected(self):
        with self.assertRaises(ValidationError) as caught:
            self.repo.create_board(self.owner, "both", is_public=True, is_private=True)
        self.assertEqual(caught.exception.field, "is_private")
        board = self.repo.create_board(self.owner, "pub", is_public=True)
        with self.assertRaises(ValidationError):
            self.repo.update_board(board, is_private=True)
        self.assertEqual(self.repo.update_board(board, is_public=False, is_private=True).is_private, True)

    def test_export_import_round_trip(self):
        board = self.repo.create_board(self.owner, "hidden", "Label", is_private=True)
        self.repo.create_card(board, "A card")
        exported = export_board(self.repo, board)
        self.assertEqual(exported["board"]["is_private"], True)
        copy, skipped = import_board(self.repo, self.owner, exported, name="copy")
        self.assertTrue(copy.is_private)
        again = export_board(self.repo, copy)
        exported["board"]["name"] = "copy"
        self.assertEqual(again, exported)
        text = export_json(self.repo, copy)
        other = self.repo.create_user("other")
        third, skipped = import_board(self.repo, other, text)
        self.assertEqual(export_json(self.repo, third), text)

    def test_round_trip_of_an_ordinary_board(self):
        board = self.repo.create_board(self.owner, "plain")
        exported = export_board(self.repo, board)
        self.assertEqual(exported["board"]["is_private"], False)
        copy, skipped = import_board(self.repo, self.owner, exported, name="copy")
        self.assertFalse(copy.is_private)

    def test_old_export_without_the_field_imports_as_not_private(self):
        board = self.repo.create_board(self.owner, "old")
        exported = export_board(self.repo, board)
        del exported["board"]["is_private"]
        copy, skipped = import_board(self.repo, self.owner, json.dumps(exported), name="copy")
        self.assertFalse(copy.is_private)
        self.assertEqual(export_board(self.repo, copy)["board"]["is_private"], False)


class MigrationTests(unittest.TestCase):
    def setUp(self):
        self.tmp = TempDir()
        self.path = self.tmp.file("old.db")

    def tearDown(self):
        self.tmp.cleanup()

    def test_version_2_database_upgrades(self):
        conn = dialect.connect(self.path)
        older = [m for m in dialect.MIGRATIONS if m[0] <= 2]
        self.assertEqual(migrate(conn, older), [1, 2])
        conn.execute("INSERT INTO users (id, username, date_joined) VALUES (1, 'olduser', '2020-01-01T00:00:00+00:00')")
        conn.execute(
            "INSERT INTO boards (id, owner_id, name, label, is_public, created, modified) "
            "VALUES (7, 1, 'legacy', 'Old board', 1, '2020-01-01T00:00:00+00:00', '2020-01-01T00:00:00+00:00')"
        )
        conn.execute(
            "INSERT INTO boards (id, owner_id, name, label, is_public, created, modified) "
            "VALUES (8, 1, 'members', '', 0, '2020-01-01T00:00:00+00:00', '2020-01-01T00:00:00+00:00')"
        )
        conn.close()
        repo = open_repository(self.path, durable=False)
        try:
            self.assertEqual(current_version(repo.db.conn), 3)
            self.assertEqual(dialect.SCHEMA_VERSION, 3)
            legacy = repo.get_board_by_id(7)
            self.assertEqual(
                (legacy.name, legacy.label, legacy.is_public, legacy.is_private), ("legacy", "Old board", True, False)
            )
            self.assertFalse(repo.get_board_by_id(8).is_private)
            owner = repo.get_user(1)
            made = repo.create_board(owner, "fresh", is_private=True)
            self.assertTrue(repo.get_board_by_id(made.id).is_private)
        finally:
            repo.close()
        repo = open_repository(self.path, durable=False)
        try:
            self.assertEqual(migrate(repo.db.conn), [])
            self.assertTrue(repo.get_board("olduser", "fresh").is_private)
        finally:
            repo.close()
