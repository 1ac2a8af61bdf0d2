"""Storage against real SQLite files: schema and migrations, pragmas,
repository operations (KANBO.md §1.1, §2, §7 delete/rename), constant
query counts, transactions, passwords."""

import os
import unittest

from kanbo.errors import DuplicateError, NotFound, ValidationError
from kanbo.ordering import toposort
from kanbo.storage import dialect, open_repository
from kanbo.storage.database import Database
from kanbo.storage.passwords import hash_password, verify_password
from kanbo.storage.schema import SchemaTooNew, current_version, migrate

from tests.support import RepoTestCase, TempDir


class TestSchema(unittest.TestCase):
    def setUp(self):
        self.tmp = TempDir()
        self.path = self.tmp.file("schema.db")

    def tearDown(self):
        self.tmp.cleanup()

    def test_new_database_is_migrated_with_wal_and_foreign_keys(self):
        db = Database(self.path)
        try:
            self.assertEqual(current_version(db.conn), dialect.SCHEMA_VERSION)
            self.assertEqual(dialect.journal_mode(db.conn), "wal")
            self.assertTrue(dialect.foreign_keys_on(db.conn))
            self.assertTrue(os.path.exists(self.path))
            names = set([r[0] for r in db.all("SELECT name FROM sqlite_master WHERE type = 'index'")])
            for index in ("access_board", "tags_succ", "cards_succ", "card_tags_tag"):
                self.assertIn(index, names)
        finally:
            db.close()

    def test_reopening_applies_nothing(self):
        Database(self.path).close()
        db = Database(self.path)
        try:
            self.assertEqual(migrate(db.conn), [])
        finally:
            db.close()

    def test_new_migration_is_applied_once(self):
        db = Database(self.path)
        try:
            nxt = dialect.SCHEMA_VERSION + 1
            extra = dialect.MIGRATIONS + [(nxt, ["CREATE TABLE extra (x INTEGER)"])]
            self.assertEqual(migrate(db.conn, extra), [nxt])
            self.assertEqual(current_version(db.conn), nxt)
            self.assertEqual(migrate(db.conn, extra), [])
            with self.assertRaises(SchemaTooNew):
                migrate(db.conn)
        finally:
            db.close()

    def test_failed_migration_rolls_back(self):
        db = Database(self.path)
        try:
            bad = dialect.MIGRATIONS + [(dialect.SCHEMA_VERSION + 1, ["CREATE TABLE extra2 (x INTEGER)", "NOT SQL"])]
            with self.assertRaises(dialect.Error):
                migrate(db.conn, bad)
            self.assertEqual(current_version(db.conn), dialect.SCHEMA_VERSION)
            self.assertIsNone(db.one("SELECT name FROM sqlite_master WHERE name = 'extra2'"))
        finally:
            db.close()

    def test_upgrade_from_version_1(self):
        conn = dialect.connect(self.path)
        self.assertEqual(migrate(conn, dialect.MIGRATIONS[:1]), [1])
        conn.execute("INSERT INTO users (username, full_name, date_joined) VALUES ('old', '', 'x')")
        conn.close()
        repo = open_repository(self.path)
        try:
            self.assertEqual(current_version(repo.db.conn), dialect.SCHEMA_VERSION)
            self.assertEqual(repo.get_user_by_name("old").username, "old")
            board = repo.create_board(repo.get_user_by_name("old"), "b")
            todo = repo.tags(repo.get_bag(board, "state"))[0]
            repo.set_wip_limit(todo, 3)
            self.assertEqual(repo.wip_limits(board), {todo.id: (3, False)})
        finally:
            repo.close()

    def test_data_survives_reopening(self):
        repo = open_repository(self.path)
        user = repo.create_user("alice")
        repo.create_board(user, "b")
        repo.close()
        repo = open_repository(self.path)
        try:
            self.assertEqual(repo.get_board("alice", "b").owner_name, "alice")
        finally:
            repo.close()


class TestUsers(RepoTestCase):
    def test_create_and_get(self):
        user = self.repo.create_user("alice", "Alice Liddell")
        self.assertEqual(self.repo.get_user(user.id).username, "alice")
        self.assertEqual(self.repo.get_user_by_name("alice").full_name, "Alice Liddell")
        self.assertIsNone(self.repo.find_user("bob"))
        with self.assertRaises(NotFound):
            self.repo.get_user_by_name("bob")
        self.assertTrue(user.date_joined.startswith("20"))

    def test_duplicate_username(self):
        self.repo.create_user("alice")
        with self.assertRaises(DuplicateError) as ctx:
            self.repo.create_user("alice")
        self.assertEqual(ctx.exception.message, "The username 'alice' is already taken.")

    def test_invalid_username(self):
        with self.assertRaises(ValidationError):
            self.repo.create_user("Alice")

    def test_from_display_name(self):
        first = self.repo.create_user_from_display_name("Zoë Ångström")
        self.assertEqual(first.username, "zoe-angstrom")
        self.assertEqual(first.full_name, "Zoë Ångström")
        second = self.repo.create_user_from_display_name("Zoë Ångström")
        self.assertEqual(len(second.username), 12 + 16)
        self.assertTrue(second.username.startswith("zoe-angstrom"))
        int(second.username[12:], 16)

    def test_passwords(self):
        user = self.repo.create_user("alice", password="correct horse", password_iterations=1000)
        self.assertEqual(self.repo.authenticate("alice", "correct horse"), user)
        self.assertIsNone(self.repo.authenticate("alice", "wrong horse"))
        self.assertIsNone(self.repo.authenticate("bob", "correct horse"))
        self.repo.set_password(user, "battery staple", 1000)
        self.assertIsNone(self.repo.authenticate("alice", "correct horse"))
        self.assertEqual(self.repo.authenticate("alice", "battery staple"), user)
        with self.assertRaises(ValidationError):
            self.repo.set_password(user, "short")
        nopass = self.repo.create_user("nopass")
        self.assertIsNone(self.repo.authenticate("nopass", ""))

    def test_profile(self):
        user = self.repo.create_user("alice")
        self.assertEqual(self.repo.get_profile(user).image_url, "")
        self.repo.set_profile(user, "al", "https://example.com/a.png")
        self.repo.set_profile(user, "ali", "https://example.com/b.png")
        profile = self.repo.get_profile(user)
        self.assertEqual((profile.nick, profile.image_url), ("ali", "https://example.com/b.png"))


class TestPasswordHashes(unittest.TestCase):
    def test_round_trip_and_salt(self):
        a = hash_password("secret pw", 1000)
        b = hash_password("secret pw", 1000)
        self.assertNotEqual(a, b)
        self.assertTrue(a.startswith("pbkdf2_sha256$1000$"))
        self.assertTrue(verify_password("secret pw", a))
        self.assertFalse(verify_password("secret pX", a))

    def test_known_vector(self):
        encoded = hash_password("password", 1, salt=b"salt")
        # RFC 6070-style check against hashlib itself (PBKDF2-HMAC-SHA256, c=1).
        self.assertEqual(encoded.split("$")[3], "120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b")

    def test_garbage(self):
        for encoded in ("", "md5$1$00$00", "pbkdf2_sha256$x$00$00", "pbkdf2_sha256$1$zz$00"):
            self.assertFalse(verify_password("pw", encoded))


class TestBoards(RepoTestCase):
    def setUp(self):
        RepoTestCase.setUp(self)
        self.alice = self.repo.create_user("alice")

    def test_new_board_gets_state_bag(self):
        board = self.repo.create_board(self.alice, "sprint", "Sprint 1")
        self.assertEqual((board.name, board.label, board.is_public, board.owner_name), ("sprint", "Sprint 1", False, "alice"))
        bags = self.repo.bags(board)
        self.assertEqual([b.name for b in bags], ["state"])
        self.assertEqual([t.name for t in self.repo.tags(bags[0])], ["todo", "doing", "done"])
        self.assertEqual(self.repo.tag_counts(board), {bags[0].id: 3})

    def test_duplicate_and_reserved_names(self):
        self.repo.create_board(self.alice, "sprint")
        with self.assertRaises(DuplicateError) as ctx:
            self.repo.create_board(self.alice, "sprint")
        self.assertEqual(ctx.exception.message, "You already have a board called 'sprint'.")
        bob = self.repo.create_user("bob")
        self.repo.create_board(bob, "sprint")
        with self.assertRaises(ValidationError):
            self.repo.create_board(self.alice, "new")

    def test_failed_create_leaves_nothing(self):
        self.repo.create_board(self.alice, "sprint")
        with self.assertRaises(DuplicateError):
            self.repo.create_board(self.alice, "sprint")
        self.assertEqual(self.repo.db.one("SELECT count(*) FROM bags")[0], 1)

    def test_boards_of(self):
        self.repo.create_board(self.alice, "one")
        self.repo.create_board(self.alice, "two")
        self.assertEqual([b.name for b in self.repo.boards_of(self.alice)], ["one", "two"])

    def test_rename_and_publish(self):
        self.repo.create_board(self.alice, "taken")
        board = self.repo.create_board(self.alice, "old")
        with self.assertRaises(DuplicateError):
            self.repo.update_board(board, name="taken")
        board = self.repo.update_board(board, name="renamed", is_public=True)
        self.assertEqual((board.name, board.is_public), ("renamed", True))
        with self.assertRaises(NotFound):
            self.repo.get_board("alice", "old")

    def test_delete_board_cascades(self):
        board = self.repo.create_board(self.alice, "doomed")
        bob = self.repo.create_user("bob")
        self.repo.set_access(board, bob)
        card = self.repo.create_card(board, "Card")
        self.repo.add_card_tag(card, self.repo.tags(self.repo.get_bag(board, "state"))[0])
        self.repo.move_card(self.repo.load_board(board), [card.id, None])
        self.repo.delete_board(board)
        for table in ("boards", "bags", "tags", "cards", "card_tags", "access", "events", "event_streams"):
            self.assertEqual(self.repo.db.one("SELECT count(*) FROM " + table)[0], 0, table)

    def test_bag_rename_and_duplicates(self):
        board = self.repo.create_board(self.alice, "b")
        bag = self.repo.create_bag(board, "kind", "bug story")
        with self.assertRaises(DuplicateError):
            self.repo.create_bag(board, "state")
        with self.assertRaises(DuplicateError):
            self.repo.rename_bag(bag, "state")
        self.assertEqual(self.repo.rename_bag(bag, "type").name, "type")
        with self.assertRaises(ValidationError):
            self.repo.create_bag(board, "x", "a A")
        with self.assertRaises(ValidationError):
            self.repo.create_bag(board, "y", ["a", "a"])
        self.assertEqual([b.name for b in self.repo.bags(board)], ["state", "type"])


class TestCards(RepoTestCase):
    def setUp(self):
        RepoTestCase.setUp(self)
        self.alice = self.repo.create_user("alice")
        self.board = self.repo.create_board(self.alice, "b")
        self.state = self.repo.get_bag(self.board, "state")
        self.todo, self.doing, self.done = self.repo.tags(self.state)

    def order(self):
        return [c.name for c in toposort(self.repo.load_board(self.board).cards)]

    def test_default_names_count_plus_one(self):
        a = self.repo.create_card(self.board, "First")
        b = self.repo.create_card(self.board, "Second", href="https://example.com")
        self.assertEqual((a.name, b.name, b.href), ("1", "2", "https://example.com"))
        self.assertEqual(self.repo.card_count(self.board), 2)
        self.assertEqual(self.repo.card_tag_ids(a), [])
        self.assertIsNone(a.succ_id)

    def test_duplicate_card_name(self):
        self.repo.create_card(self.board, "First", name="x")
        with self.assertRaises(DuplicateError):
            self.repo.create_card(self.board, "Again", name="x")

    def test_bulk_create_skips_blank_lines_and_used_names(self):
        self.repo.create_card(self.board, "Named two", name="2")
        cards = self.repo.create_cards(self.board, "alpha\n\n  \nbeta\ngamma\n")
        self.assertEqual([(c.name, c.label) for c in cards], [("3", "alpha"), ("4", "beta"), ("5", "gamma")])
        self.assertEqual(self.repo.card_count(self.board), 4)
        with self.assertRaises(ValidationError):
            self.repo.create_cards(self.board, "\n \n")

    def test_update_card(self):
        card = self.repo.create_card(self.board, "First")
        self.repo.create_card(self.board, "Second")
        card = self.repo.update_card(card, name="renamed", label="New label", href="")
        self.assertEqual((card.name, card.label, card.href), ("renamed", "New label", ""))
        with self.assertRaises(DuplicateError):
            self.repo.update_card(card, name="2")
        with self.assertRaises(ValidationError):
            self.repo.update_card(card, href="not a url")

    def test_delete_card_keeps_order(self):
        cards = [self.repo.create_card(self.board, "C%d" % i, name="c%d" % i) for i in range(4)]
        self.repo.rearrange_cards(self.board, [c.id for c in reversed(cards)])
        self.assertEqual(self.order(), ["c3", "c2", "c1", "c0"])
        self.repo.delete_card(self.repo.get_card(self.board, "c2"))
        self.assertEqual(self.order(), ["c3", "c1", "c0"])

    def test_one_tag_per_bag_in_the_database(self):
        card = self.repo.create_card(self.board, "Card")
        self.repo.add_card_tag(card, self.todo)
        self.repo.add_card_tag(card, self.done)
        self.assertEqual(self.repo.card_tag_ids(card), [self.done.id])
        with self.assertRaises(dialect.IntegrityError):
            self.repo.db.execute(dialect.CARD_TAG_SET, (card.id, self.state.id + 100, self.todo.id))

    def test_tag_of_another_board_rejected(self):
        other = self.repo.create_board(self.alice, "other")
        foreign = self.repo.tags(self.repo.get_bag(other, "state"))[0]
        card = self.repo.create_card(self.board, "Card")
        with self.assertRaises(NotFound):
            self.repo.add_card_tag(card, foreign)

    def test_rearrange_cards_persists(self):
        cards = [self.repo.create_card(self.board, "C%d" % i, name="c%d" % i) for i in range(3)]
        changes = self.repo.rearrange_cards(self.board, [cards[2].id, None])
        self.assertEqual(changes, {cards[0].id: cards[2].id, cards[1].id: cards[2].id})
        self.assertEqual(self.order(), ["c0", "c1", "c2"])
        with self.assertRaises(NotFound):
            self.repo.rearrange_cards(self.board, [cards[0].id, 9999])
        with self.assertRaises(ValidationError):
            self.repo.rearrange_cards(self.board, [cards[0].id, cards[0].id])

    def test_load_board_is_a_constant_number_of_queries(self):
        counts = []
        for n in (5, 200):
            board = self.repo.create_board(self.alice, "size%d" % n)
            self.repo.create_bag(board, "kind", "bug story")
            cards = self.repo.create_cards(board, "\n".join(["card %d" % i for i in range(n)]))
            for card in cards[::2]:
                self.repo.add_card_tag(card, self.repo.tags(self.repo.get_bag(board, "state"))[1])
            before = self.repo.db.query_count
            content = self.repo.load_board(board)
            counts.append(self.repo.db.query_count - before)
            self.assertEqual(len(content.cards), n)
            self.assertEqual(len(content.card_tags), (n + 1) // 2)
            self.assertEqual([t.name for t in content.bag_tags(content.bag_by_name["kind"])], ["bug", "story"])
        self.assertEqual(counts, [4, 4])

    def test_load_board_tag_order(self):
        self.repo.rearrange_tags(self.state, [self.done.id, self.todo.id])
        content = self.repo.load_board(self.board)
        self.assertEqual([t.name for t in content.bag_tags(self.state)], ["done", "todo", "doing"])


if __name__ == "__main__":
    unittest.main()
