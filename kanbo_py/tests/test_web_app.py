"""The web application over real HTTP: pages, login and logout, CSRF,
login redirects, permissions on every write (403 / redirects as in
KANBO.md §3), escaping of user text, form re-rendering, the drag-and-drop
endpoints with their events, the event stream with 410 for expired
positions, autocomplete and the JSON API."""

import unittest
import urllib.parse

from kanbo.web.templates import Markup, TemplateError, compile_template, Engine

from tests.webclient import WebTestCase


class Clock:
    def __init__(self):
        self.now = 5000.0

    def __call__(self):
        return self.now


class PagesTests(WebTestCase):
    def test_home_profile_detail_grid_bag_pages(self):
        c = self.client()
        for path in (
            "/",
            "/alice/",
            "/alice/derp/",
            "/alice/derp/grids/state/",
            "/alice/derp/bags/state/",
            "/hello/login-form",
        ):
            reply = c.get(path)
            self.assertEqual(reply.status, 200, path)
            self.assertIn("<!DOCTYPE html>", reply.text)

    def test_grid_shows_cards_bins_tabs_and_fallback_forms(self):
        repo = self.repo
        kind = repo.create_bag(self.board, "kind", ["story", "bug"])
        repo.add_card_tag(self.cards[0], self.tags["doing"])
        repo.add_card_tag(self.cards[0], repo.tags(kind)[1])
        c = self.client()
        c.login("alice")
        text = c.get("/alice/derp/grids/state/").text
        self.assertIn('id="untagged-bin"', text)
        self.assertIn('id="bin-%d"' % self.tags["doing"].id, text)
        self.assertIn('id="card-%d"' % self.cards[0].id, text)
        self.assertIn('<span class="chip">kind:bug</span>', text)
        self.assertIn('href="/alice/derp/grids/state+kind/"', text)
        self.assertIn('action="/boards/%d/grids/state/arrangement"' % self.board.id, text)
        self.assertIn("click to edit", text)
        two_d = c.get("/alice/derp/grids/state+kind/").text
        self.assertIn('class="row-head"', two_d)
        self.assertIn('id="bin-%d-%d"' % (self.tags["doing"].id, repo.tags(kind)[1].id), two_d)
        edit = c.get("/alice/derp/grids/state;click=edit/").text
        self.assertIn('href="/alice/derp/grids/state;click=edit/%s/edit"' % self.cards[0].name, edit)

    def test_grid_filter_and_wip_limits(self):
        self.repo.set_wip_limit(self.tags["doing"], 1)
        self.repo.add_card_tag(self.cards[0], self.tags["doing"])
        self.repo.add_card_tag(self.cards[1], self.tags["doing"])
        c = self.client()
        text = c.get("/alice/derp/grids/state/?q=second").text
        self.assertIn("Card second", text)
        self.assertNotIn("Card first", text)
        self.assertIn("wip-over", text)
        self.assertIn("2 / 1", text)
        bad = c.get("/alice/derp/grids/state/?q=nobag:x")
        self.assertEqual(bad.status, 200)
        self.assertIn("There is no bag", bad.text)

    def test_user_text_is_escaped(self):
        evil = "<script>alert('x')</script>"
        self.repo.create_card(self.board, evil)
        self.repo.update_board(self.board, label=evil)
        c = self.client()
        for path in ("/alice/derp/grids/state/", "/alice/derp/"):
            text = c.get(path).text
            self.assertNotIn(evil, text)
            self.assertIn("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;", text)

    def test_anonymous_may_drag_on_public_boards_only(self):
        self.repo.create_card(self.pub, "public card")
        c = self.client()
        self.assertIn('draggable="true"', c.get("/alice/pub/grids/state/").text)
        self.assertIn('class="fallback"', c.get("/alice/pub/grids/state/").text)
        private = c.get("/alice/derp/grids/state/").text
        self.assertNotIn('draggable="true"', private)
        self.assertNotIn('class="fallback"', private)
        self.assertNotIn("New card", private)

    def test_canonical_grid_redirect(self):
        reply = self.client().get("/alice/derp/grids/")
        self.assertEqual((reply.status, reply.header("location")), (302, "/alice/derp/grids/state/"))


class AccountTests(WebTestCase):
    def test_login_logout(self):
        c = self.client()
        bad = c.post("/hello/login-form", {"username": "alice", "password": "wrong password"})
        self.assertEqual(bad.status, 200)
        self.assertIn("Wrong username or password", bad.text)
        good = c.post("/hello/login-form", {"username": "alice", "password": "correct horse", "next": "/alice/derp/"})
        self.assertEqual((good.status, good.header("location")), (302, "/alice/derp/"))
        cookie = good.header("set-cookie")
        self.assertIn("HttpOnly", cookie)
        self.assertIn("SameSite=Lax", cookie)
        self.assertIn("Log out", c.get("/alice/").text)
        out = c.post("/hello/logout", {"next": "/alice/"})
        self.assertEqual((out.status, out.header("location")), (302, "/alice/"))
        self.assertNotIn("Log out", c.get("/alice/").text)

    def test_next_must_be_local(self):
        c = self.client()
        self.assertEqual(c.get("/hello/logged-in?next=/alice/").header("location"), "/alice/")
        self.assertEqual(c.get("/hello/logged-in?next=http://evil.example/").header("location"), "/")
        reply = c.post(
            "/hello/login-form", {"username": "alice", "password": "correct horse", "next": "//evil.example/"}
        )
        self.assertEqual(reply.header("location"), "/")

    def test_tampered_cookie_is_ignored(self):
        c = self.client()
        c.login("alice")
        value = c.cookies["kanbo_session"]
        payload, sig = value.split(".")
        c.cookies["kanbo_session"] = payload + "." + ("0" * len(sig))
        self.assertNotIn("Log out", c.get("/").text)

    def test_signup(self):
        c = self.client()
        bad = c.post(
            "/hello/create-user", {"username": "Bad Name", "password": "longenough", "password2": "longenough"}
        )
        self.assertEqual(bad.status, 200)
        self.assertIn('class="error"', bad.text)
        good = c.post("/hello/create-user", {"username": "zed", "password": "longenough", "password2": "longenough"})
        self.assertEqual((good.status, good.header("location")), (302, "/zed/"))
        self.assertIn("Log out", c.get("/zed/").text)

    def test_login_required_redirects(self):
        c = self.client()
        for path in (
            "/alice/new",
            "/alice/derp/grids/state/new",
            "/alice/derp/bags/state/delete",
            "/alice/derp/bags/new",
        ):
            reply = c.get(path)
            self.assertEqual(reply.status, 302, path)
            self.assertEqual(reply.header("location"), "/hello/login-form?next=" + urllib.parse.quote(path, safe="/"))

    def test_csrf_missing_or_wrong_is_403(self):
        c = self.client()
        c.login("alice")
        fields = {"label": "sneaky"}
        self.assertEqual(c.post("/alice/derp/grids/state/new", fields, csrf=False).status, 403)
        fields["csrf_token"] = "wrong"
        self.assertEqual(c.post("/alice/derp/grids/state/new", fields).status, 403)
        other = self.client()
        fields["csrf_token"] = other.csrf()  # another session's token
        self.assertEqual(c.post("/alice/derp/grids/state/new", fields).status, 403)
        self.assertEqual(self.repo.card_count(self.board), 3)
        # an AJAX write without the header
        reply = c.post("/boards/%d/grids/state/jarrange" % self.board.id, {"order": "1 2"}, csrf=False)
        self.assertEqual(reply.status, 403)


class WriteTests(WebTestCase):
    def test_new_board(self):
        c = self.client()
        c.login("bob")
        self.assertEqual(c.get("/alice/new").header("location"), "/bob/new")
        bad = c.post("/bob/new", {"name": "Has Spaces"})
        self.assertEqual(bad.status, 200)
        self.assertIn('class="error"', bad.text)
        good = c.post("/bob/new", {"name": "work", "label": "Work"})
        self.assertEqual((good.status, good.header("location")), (302, "/bob/work/grids/state/"))
        board = self.repo.get_board("bob", "work")
        self.assertEqual([t.name for t in self.repo.tags(self.repo.get_bag(board, "state"))], ["todo", "doing", "done"])

    def test_new_card_edit_card_delete_card(self):
        c = self.client()
        c.login("bob")
        form = c.get("/alice/derp/grids/state/new")
        self.assertIn('value="4"', form.text)
        reply = c.post("/alice/derp/grids/state/new", {"name": "4", "label": "Fourth", "href": ""})
        self.assertEqual((reply.status, reply.header("location")), (302, "/alice/derp/grids/state/"))
        card = self.repo.get_card(self.board, "4")
        self.assertEqual(card.label, "Fourth")
        invalid = c.post("/alice/derp/grids/state/new", {"label": ""})
        self.assertEqual(invalid.status, 200)
        edit = c.post(
            "/alice/derp/grids/state;click=edit/4/edit",
            {"name": "four-x", "label": "Four", "href": "https://example.com/4"},
        )
        self.assertEqual(edit.header("location"), "/alice/derp/grids/state;click=edit/")
        self.assertEqual(self.repo.get_card(self.board, "four-x").href, "https://example.com/4")
        # hyphenated names are reachable
        self.assertEqual(c.get("/alice/derp/grids/state/four-x/edit").status, 200)
        gone = c.post("/alice/derp/grids/state/four-x/delete")
        self.assertEqual(gone.status, 302)
        self.assertEqual(self.repo.card_count(self.board), 3)

    def test_bookmarklet_popup(self):
        anon = self.client()
        self.assertEqual(anon.get("/alice/derp/popup-new?title=T").status, 302)
        c = self.client()
        c.login("bob")
        self.assertIn("javascript:(function(){", c.get("/alice/derp/").text)
        form = c.get("/alice/derp/popup-new?title=Page&h1=%3Cb%3EHeading&url=https%3A%2F%2Fexample.com%2Fa")
        self.assertEqual(form.status, 200)
        self.assertIn('value="&lt;b&gt;Heading"', form.text)
        self.assertIn('value="https://example.com/a"', form.text)
        made = c.post("/alice/derp/popup-new", {"label": "Read this", "href": "https://example.com/a"})
        self.assertEqual((made.status, made.header("location")), (302, "/alice/derp/popup-new/4"))
        ok = c.get("/alice/derp/popup-new/4")
        self.assertIn('data-close-after="7000"', ok.text)
        self.assertIn("Read this", ok.text)
        stranger = self.client()
        stranger.login("charley")
        self.assertEqual(stranger.post("/alice/derp/popup-new", {"label": "x"}).status, 403)

    def test_many_cards(self):
        c = self.client()
        c.login("alice")
        reply = c.post("/alice/derp/grids/state/create", {"labels": "one\n\n two \nthree\n"})
        self.assertEqual(reply.status, 302)
        self.assertIn("Added 3 card(s).", c.get(reply.header("location")).text)
        self.assertEqual(self.repo.card_count(self.board), 6)
        blank = c.post("/alice/derp/grids/state/create", {"labels": "  \n"})
        self.assertEqual(blank.status, 200)
        self.assertEqual(self.repo.card_count(self.board), 6)

    def test_card_writes_need_permission(self):
        for who in ("charley", "dick"):
            c = self.client()
            c.login(who)
            self.assertEqual(c.get("/alice/derp/grids/state/new").status, 403, who)
            self.assertEqual(c.post("/alice/derp/grids/state/new", {"label": "x"}).status, 403, who)
            self.assertEqual(c.post("/alice/derp/grids/state/create", {"labels": "x"}).status, 403, who)
            self.assertEqual(c.post("/alice/derp/grids/state/1/edit", {"label": "x"}).status, 403, who)
            self.assertEqual(c.post("/alice/derp/grids/state/1/delete").status, 403, who)
            self.assertEqual(c.post("/alice/derp/bags/new", {"name": "zzz"}).status, 403, who)
            self.assertEqual(c.post("/alice/derp/bags/state/tags/new", {"name": "zzz"}).status, 403, who)
        self.assertEqual(self.repo.card_count(self.board), 3)
        # anyone logged in may add cards to a public board
        c = self.client()
        c.login("charley")
        self.assertEqual(c.post("/alice/pub/grids/state/new", {"label": "public"}).status, 302)

    def test_bags_and_tags(self):
        c = self.client()
        c.login("bob")
        bad = c.post("/alice/derp/bags/new", {"name": "kind", "initial_tags": "Foo"})
        self.assertEqual(bad.status, 200)
        good = c.post("/alice/derp/bags/new", {"name": "kind", "initial_tags": "story\nbug"})
        self.assertEqual((good.status, good.header("location")), (302, "/alice/derp/"))
        kind = self.repo.get_bag(self.board, "kind")
        dup = c.post("/alice/derp/bags/kind/tags/new", {"name": "bug"})
        self.assertEqual(dup.status, 200)
        self.assertIn("already has a tag", dup.text)
        new = c.post("/alice/derp/bags/kind/tags/new", {"name": "spike"})
        self.assertEqual(new.header("location"), "/alice/derp/bags/kind/")
        self.assertEqual([t.name for t in self.repo.tags(kind)], ["story", "bug", "spike"])

    def test_rename_bag_and_tags(self):
        bob = self.client()
        bob.login("bob")
        self.assertEqual(bob.post("/alice/derp/bags/state/edit", {"name": "phase"}).status, 403)
        self.assertEqual(bob.post("/alice/derp/bags/state/tags/todo/edit", {"name": "later"}).status, 403)
        self.assertEqual(self.repo.get_tag(self.tags["todo"].id).name, "todo")  # renaming is the owner's
        self.assertEqual(bob.post("/alice/derp/bags/state/tags/todo/edit", {"wip_limit": "3"}).status, 302)
        self.assertEqual(self.repo.wip_limits(self.board), {self.tags["todo"].id: (3, False)})
        alice = self.client()
        alice.login("alice")
        reply = alice.post("/alice/derp/bags/state/edit", {"name": "phase"})
        self.assertEqual((reply.status, reply.header("location")), (302, "/alice/derp/bags/phase/"))
        alice.post("/alice/derp/bags/phase/tags/todo/edit", {"name": "later"})
        self.assertEqual(self.repo.get_tag(self.tags["todo"].id).name, "later")
        alice.post("/alice/derp/bags/phase/tags/later/delete")
        self.assertEqual([t.name for t in self.repo.tags(self.state)], ["doing", "done"])

    def test_delete_bag_rules(self):
        anon = self.client()
        self.assertEqual(anon.get("/alice/derp/bags/state/delete").status, 302)
        bob = self.client()
        bob.login("bob")
        reply = bob.get("/alice/derp/bags/state/delete")
        self.assertEqual((reply.status, reply.header("location")), (302, "/alice/derp/"))
        self.assertEqual(bob.post("/alice/derp/bags/state/delete").header("location"), "/alice/derp/")
        self.assertEqual(len(self.repo.bags(self.board)), 1)
        alice = self.client()
        alice.login("alice")
        self.assertEqual(alice.get("/alice/derp/bags/state/delete").status, 200)
        done = alice.post("/alice/derp/bags/state/delete")
        self.assertEqual((done.status, done.header("location")), (302, "/alice/derp/"))
        self.assertEqual(self.repo.bags(self.board), [])

    def test_members(self):
        alice = self.client()
        alice.login("alice")
        unknown = alice.post("/alice/derp/", {"username": "nobody", "can_rearrange": "on"})
        self.assertEqual(unknown.status, 200)
        self.assertIn("There is no user", unknown.text)
        added = alice.post("/alice/derp/", {"username": "charley", "can_rearrange": "on"})
        self.assertEqual(added.status, 302)
        self.assertIn("charley was added", alice.get("/alice/derp/").text)
        again = alice.post("/alice/derp/users/add", {"username": "charley"})
        self.assertEqual(again.status, 302)
        self.assertIn("was already a member", alice.get("/alice/derp/").text)
        self.assertFalse(self.repo.get_access(self.board, self.charley).can_rearrange)
        self.assertEqual(alice.get("/alice/derp/users/add").status, 200)
        removed = alice.post("/alice/derp/members/charley/remove")
        self.assertEqual(removed.status, 302)
        self.assertIsNone(self.repo.get_access(self.board, self.charley))
        # non-owners: ignored / redirected / forbidden
        bob = self.client()
        bob.login("bob")
        self.assertEqual(bob.post("/alice/derp/", {"username": "charley"}).status, 302)
        self.assertIsNone(self.repo.get_access(self.board, self.charley))
        self.assertEqual(bob.get("/alice/derp/users/add").header("location"), "/alice/derp/")
        self.assertEqual(bob.post("/alice/derp/members/dick/remove").status, 403)

    def test_board_settings_owner_only(self):
        bob = self.client()
        bob.login("bob")
        self.assertEqual(bob.post("/alice/derp/edit", {"name": "x"}).status, 403)
        self.assertEqual(bob.post("/alice/derp/delete").status, 403)
        alice = self.client()
        alice.login("alice")
        reply = alice.post("/alice/derp/edit", {"name": "renamed", "label": "New label"})
        self.assertEqual((reply.status, reply.header("location")), (302, "/alice/renamed/"))


class MoveAndEventTests(WebTestCase):
    event_options = {"ttl": 120.0}

    def setUp(self):
        self.clock = Clock()
        self.event_options = {"ttl": 120.0, "clock": self.clock}
        WebTestCase.setUp(self)

    def test_jarrange_moves_card_and_emits_event_seen_by_jevents(self):
        c = self.client()
        c.login("bob")
        first, second = self.cards[0], self.cards[1]
        start = self.repo.events.next_seq(self.board.id)
        reply = c.post(
            "/boards/%d/grids/state/jarrange" % self.board.id,
            {"order": "%d %d" % (second.id, first.id), "dropped": str(second.id), "tags": "state:doing"},
        )
        self.assertEqual(reply.status, 200)
        data = reply.json()
        self.assertTrue(data["success"])
        self.assertEqual(data["ids"], [second.id, first.id])
        self.assertEqual(data["dropped"]["id"], second.id)
        self.assertEqual(data["dropped"]["tags"], [{"id": self.tags["doing"].id, "name": "state:doing", "axis": True}])
        self.assertEqual(self.repo.card_tag_ids(second), [self.tags["doing"].id])
        events = c.get("/boards/%d/jevents/%d" % (self.board.id, start)).json()
        self.assertTrue(events["ready"])
        self.assertEqual(events["next"], "/boards/%d/jevents/%d" % (self.board.id, start + 1))
        self.assertEqual(
            events["events"],
            [
                {
                    "type": "rearrange",
                    "board": self.board.id,
                    "order": [second.id, first.id],
                    "xaxis": [self.state.id],
                    "yaxis": [],
                    "dropped": second.id,
                    "tags": [self.tags["doing"].id],
                }
            ],
        )
        self.assertEqual(c.get(events["next"]).json()["events"], [])

    def test_jarrange_get_and_permissions(self):
        url = "/boards/%d/grids/state/jarrange" % self.board.id
        anon = self.client()
        self.assertEqual(anon.get(url).json(), {"success": False})
        self.assertEqual(anon.post(url, {"order": "1 2"}).status, 403)
        dick = self.client()
        dick.login("dick")
        reply = dick.post(url, {"order": "%d %d" % (self.cards[1].id, self.cards[0].id)})
        self.assertEqual(reply.status, 403)
        self.assertIn("<!DOCTYPE html>", reply.text)
        # anonymous users may rearrange public boards
        card = self.repo.create_card(self.pub, "pub card")
        ok = anon.post(
            "/boards/%d/grids/state/jarrange" % self.pub.id,
            {"order": "%d -" % card.id, "dropped": str(card.id), "tags": ""},
        )
        self.assertEqual(ok.status, 200)
        # a card of another board cannot be dropped here
        bob = self.client()
        bob.login("bob")
        foreign = bob.post(url, {"order": "%d -" % card.id, "dropped": str(card.id), "tags": ""})
        self.assertEqual(foreign.status, 404)

    def test_fallback_arrangement_form(self):
        c = self.client()
        c.login("alice")
        reply = c.post(
            "/boards/%d/grids/state/arrangement" % self.board.id, {"card": self.cards[2].name, "tags": "state:done"}
        )
        self.assertEqual((reply.status, reply.header("location")), (302, "/alice/derp/grids/state/"))
        self.assertEqual(self.repo.card_tag_ids(self.cards[2]), [self.tags["done"].id])
        plain = c.post(
            "/boards/%d/arrangement" % self.board.id, {"order": "%d %d" % (self.cards[2].id, self.cards[0].id)}
        )
        self.assertEqual(plain.header("location"), "/alice/derp/")
        charley = self.client()
        charley.login("charley")
        self.assertEqual(charley.post("/boards/%d/arrangement" % self.board.id, {"order": "1 2"}).status, 403)

    def test_hard_wip_limit_refuses_drop_with_409(self):
        self.repo.set_wip_limit(self.tags["done"], 1, hard=True)
        self.repo.add_card_tag(self.cards[0], self.tags["done"])
        c = self.client()
        c.login("alice")
        reply = c.post(
            "/boards/%d/grids/state/jarrange" % self.board.id,
            {"order": "%d -" % self.cards[1].id, "dropped": str(self.cards[1].id), "tags": "state:done"},
        )
        self.assertEqual(reply.status, 409)
        self.assertEqual(self.repo.card_tag_ids(self.cards[1]), [])

    def test_expired_seq_is_410(self):
        c = self.client()
        c.login("alice")
        old = self.repo.events.next_seq(self.board.id)
        self.clock.now += 1000
        self.repo.create_card(self.board, "after expiry")
        reply = c.get("/boards/%d/jevents/%d" % (self.board.id, old - 1))
        self.assertEqual(reply.status, 410)
        self.assertTrue(reply.json()["expired"])
        self.assertEqual(c.get("/boards/999/jevents/0").status, 404)

    def test_tag_rearrange(self):
        c = self.client()
        c.login("bob")
        t = self.tags
        reply = c.post("/bags/%d/jarrange" % self.state.id, {"order": "%d %d" % (t["done"].id, t["todo"].id)})
        self.assertEqual(reply.json(), {"success": True, "ids": [t["done"].id, t["todo"].id]})
        self.assertEqual([x.name for x in self.repo.tags(self.state)], ["done", "todo", "doing"])
        form = c.post("/bags/%d/arrangement" % self.state.id, {"order": "%d -" % t["done"].id})
        self.assertEqual(form.header("location"), "/alice/derp/bags/state/")
        dick = self.client()
        dick.login("dick")
        self.assertEqual(dick.post("/bags/%d/jarrange" % self.state.id, {"order": "1 2"}).status, 403)


class AutocompleteAndApiTests(WebTestCase):
    def test_autocomplete(self):
        self.repo.create_user("boom")
        self.repo.create_user("boy69")
        anon = self.client()
        self.assertEqual(anon.get("/autocomplete/user?term=bo").status, 302)
        c = self.client()
        c.login("alice")
        reply = c.get("/autocomplete/user?term=bo")
        self.assertEqual(reply.header("content-type"), "application/json")
        self.assertEqual(
            reply.json(),
            [
                {"value": "bob", "label": "bob (Robert McSob)"},
                {"value": "boom", "label": "boom"},
                {"value": "boy69", "label": "boy69"},
            ],
        )
        self.assertEqual(c.get("/autocomplete/user?term=").json(), [])
        bob = self.client()
        bob.login("bob")
        self.assertEqual([u["value"] for u in bob.get("/autocomplete/user?term=bo").json()], ["boom", "boy69"])

    def test_api_read(self):
        c = self.client()
        board = c.get("/api/boards/%d" % self.board.id).json()
        self.assertEqual((board["owner"], board["name"], board["card_count"]), ("alice", "derp", 3))
        self.assertEqual([b["name"] for b in board["bags"]], ["state"])
        grid = c.get("/api/boards/%d/grid?spec=state" % self.board.id).json()
        self.assertEqual(grid["rows"][0]["bins"][0]["cards"], [card.id for card in self.cards])
        self.assertEqual(c.get("/api/boards/%d/grid?spec=nope" % self.board.id).status, 404)
        self.assertEqual(len(c.get("/api/boards/%d/cards" % self.board.id).json()), 3)
        self.assertEqual(c.get("/api/cards/99999").json(), {"error": "there is no card 99999"})
        self.assertEqual(c.get("/api/boards?owner=alice").status, 200)
        self.assertEqual(c.get("/api/boards").status, 401)

    def test_export_and_import(self):
        c = self.client()
        exported = c.get("/alice/derp/export/json")
        self.assertEqual(exported.header("content-type"), "application/json")
        self.assertIn('filename="alice-derp.json"', exported.header("content-disposition"))
        csv_reply = c.get("/alice/derp/export/csv")
        self.assertEqual(len(csv_reply.text.strip().splitlines()), 4)
        self.assertEqual(c.get("/alice/derp/export/xml").status, 404)
        self.assertEqual(c.send_json("POST", "/api/boards/import", {"data": exported.json()}).status, 401)
        c.login("bob")
        made = c.send_json("POST", "/api/boards/import", {"data": exported.json(), "name": "copy"})
        self.assertEqual(made.status, 201)
        self.assertEqual((made.json()["owner"], made.json()["name"]), ("bob", "copy"))
        again = c.get("/bob/copy/export/json").json()
        self.assertEqual(again["cards"], exported.json()["cards"])
        bad = c.send_json("POST", "/api/boards/import", {"data": {"nonsense": 1}})
        self.assertEqual(bad.status, 400)

    def test_api_writes_and_permissions(self):
        c = self.client()
        c.login("bob")
        made = c.send_json("POST", "/api/boards/%d/cards" % self.board.id, {"label": "via api", "tags": ["state:todo"]})
        self.assertEqual(made.status, 201)
        card = made.json()
        self.assertEqual(card["tags"], [self.tags["todo"].id])
        patched = c.send_json("PATCH", "/api/cards/%d" % card["id"], {"label": "changed"})
        self.assertEqual(patched.json()["label"], "changed")
        moved = c.send_json(
            "POST",
            "/api/boards/%d/move" % self.board.id,
            {"order": [card["id"], self.cards[0].id], "dropped": card["id"], "tags": ["state:done"], "spec": "state"},
        )
        self.assertEqual(moved.status, 200)
        self.assertEqual(self.repo.card_tag_ids(self.repo.get_card_by_id(card["id"])), [self.tags["done"].id])
        events = c.get("/api/boards/%d/events/0" % self.board.id).json()
        self.assertEqual([e["type"] for e in events["events"]][-3:], ["card-created", "card-edited", "rearrange"])
        self.assertEqual(
            c.send_json("POST", "/api/boards/%d/cards" % self.board.id, {"label": "x"}, csrf=False).status, 403
        )
        self.assertEqual(c.send_json("DELETE", "/api/boards/%d" % self.board.id, {}).status, 403)
        bag = c.send_json("POST", "/api/boards/%d/bags" % self.board.id, {"name": "kind", "tags": ["story", "bug"]})
        self.assertEqual(bag.status, 201)
        self.assertEqual([t["name"] for t in bag.json()["tags"]], ["story", "bug"])
        self.assertEqual(c.send_json("POST", "/api/boards/%d/bags" % self.board.id, {"name": "Bad"}).status, 400)
        deleted = c.send_json("DELETE", "/api/cards/%d" % card["id"], {})
        self.assertEqual(deleted.json(), {"deleted": card["id"]})
        stranger = self.client()
        stranger.login("charley")
        self.assertEqual(stranger.send_json("POST", "/api/boards/%d/cards" % self.board.id, {"label": "x"}).status, 403)
        anon = self.client()
        self.assertEqual(anon.send_json("POST", "/api/boards/%d/cards" % self.board.id, {"label": "x"}).status, 401)
        self.assertEqual(
            c.request("POST", "/api/boards/%d/cards" % self.board.id, b"{not json", {"X-CSRF-Token": c.csrf()}).status,
            400,
        )


class TemplateTests(unittest.TestCase):
    def test_engine(self):
        engine = Engine(".")
        out = engine.render_string(
            "{% for a, b in pairs %}{{ a }}={{ b }}"
            "{% if not loop_last and b > 1 %};{% endif %}{% else %}none{% endfor %}"
            "|{{ html }}|{{ safe|safe }}|{{ obj.name }}|{{ d.k|json }}"
            "|{% if x == 'y' %}yes{% elif x %}maybe{% else %}no{% endif %}",
            {
                "pairs": [("p", 1), ("q", 2)],
                "loop_last": False,
                "html": "<b>&",
                "safe": Markup("<i>"),
                "obj": type("O", (), {"name": 'n"'}),
                "d": {"k": [1, "a"]},
                "x": "z",
            },
        )
        self.assertEqual(out, "p=1q=2;|&lt;b&gt;&amp;|<i>|n&quot;|[1, &quot;a&quot;]|maybe")
        self.assertEqual(engine.render_string("{% for a in xs %}{{ a }}{% else %}none{% endfor %}", {"xs": []}), "none")
        for bad in ("{% if x %}", "{% endfor %}", "{% bogus %}", "{{ a b }}"):
            with self.assertRaises(TemplateError):
                compile_template(bad)
        with self.assertRaises(TemplateError):
            engine.render_string("{{ missing }}", {})
