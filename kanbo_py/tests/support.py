"""Helpers shared by the Kanbo tests: temporary folders for real SQLite
files, a log capture, and the fixtures of KANBO.md §5 (F16 and S)."""

import logging
import os
import socket
import unittest

from kanbo.entities import Bag, BoardContent, Card, Tag
from kanbo.storage import open_repository

def free_port():
    """A TCP port on 127.0.0.1 that was free a moment ago."""
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


_counter = [0]


def _temp_root():
    for candidate in (os.environ.get("TMPDIR"), "/tmp", os.getcwd()):
        if candidate and os.path.isdir(candidate):
            return candidate
    return os.getcwd()


class TempDir:
    """A fresh folder (unique name under $TMPDIR, /tmp or the working
    directory), removed with its files by cleanup()."""

    def __init__(self):
        _counter[0] += 1
        token = os.urandom(4).hex()
        self.path = os.path.join(_temp_root(), "kanbo-test-%d-%d-%s" % (os.getpid(), _counter[0], token))
        os.makedirs(self.path)

    def file(self, name):
        return os.path.join(self.path, name)

    def cleanup(self):
        if os.path.isdir(self.path):
            for name in os.listdir(self.path):
                os.remove(os.path.join(self.path, name))
            os.rmdir(self.path)


class LogCapture(logging.Handler):
    """Records the messages of one logger (and keeps them off stderr)."""

    def __init__(self, name):
        logging.Handler.__init__(self)
        self.logger = logging.getLogger(name)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())

    def __enter__(self):
        self.saved = self.logger.propagate
        self.logger.addHandler(self)
        self.logger.propagate = False
        return self

    def __exit__(self, *exc):
        self.logger.removeHandler(self)
        self.logger.propagate = self.saved
        return False


class RepoTestCase(unittest.TestCase):
    """A TestCase with `self.repo` on a new database file."""

    def setUp(self):
        self.tmp = TempDir()
        self.repo = open_repository(self.tmp.file("kanbo.db"), durable=False)

    def tearDown(self):
        self.repo.close()
        self.tmp.cleanup()


def make_f16(repo):
    """F16: user derpyhooves, board z, cards a..p in a chain; bag q (r for
    a-h, s for i-p), bag t (u for even positions, v for odd), bag w (none
    when i % 4 == 0, else x, y, z). Returns (user, board, {name: Card},
    {name: Tag}, {name: Bag})."""
    user = repo.create_user("derpyhooves")
    # As in the original fixture, q is the board's first bag.
    board = repo.create_board(user, "z", default_bag=False)
    bags = {}
    tags = {}
    for bag_name, tag_names in (("q", "r s"), ("t", "u v"), ("w", "x y z")):
        bag = repo.create_bag(board, bag_name, tag_names)
        bags[bag_name] = bag
        for tag in repo.tags(bag):
            tags[tag.name] = tag
    cards = {}
    names = "abcdefghijklmnop"
    for name in names:
        cards[name] = repo.create_card(board, "Card " + name, name=name)
    repo.rearrange_cards(board, [cards[n].id for n in names])
    for i in range(len(names)):
        card = cards[names[i]]
        repo.add_card_tag(card, tags["r"] if i < 8 else tags["s"])
        repo.add_card_tag(card, tags["u"] if i % 2 == 0 else tags["v"])
        if i % 4:
            repo.add_card_tag(card, tags["xyz"[i % 4 - 1]])
    return user, board, cards, tags, bags


def s_bags():
    """The bags of fixture S (pure objects): bagname (ape, bee), secondbag
    (cat, dog), thirdbag."""
    bags = [Bag(1, 7, "bagname"), Bag(2, 7, "secondbag"), Bag(3, 7, "thirdbag")]
    tags = [Tag(1, 1, "ape", 2, "bagname"), Tag(2, 1, "bee", None, "bagname"),
            Tag(3, 2, "cat", 4, "secondbag"), Tag(4, 2, "dog", None, "secondbag")]
    return bags, tags


def chain_content(names, tag_of=None, bags=(), tags=()):
    """A BoardContent whose cards (ids 1..n) are named by `names` and
    linked in that order; `tag_of(i)` gives the tag ids of card i."""
    cards = []
    card_tags = {}
    for i in range(len(names)):
        succ = i + 2 if i + 1 < len(names) else None
        cards.append(Card(i + 1, 7, names[i], names[i].upper(), "", succ))
        if tag_of is not None:
            card_tags[i + 1] = list(tag_of(i))
    return BoardContent(None, bags, tags, cards, card_tags)
