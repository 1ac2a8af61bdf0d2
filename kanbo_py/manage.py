"""Kanbo's command line (runs unchanged on CPython 3.11 and piepie):

    manage.py serve [--host H] [--port P] [--db FILE] [--workers N]
    manage.py createuser NAME --password PW [--full-name TEXT]
    manage.py seed --cards N [--owner NAME] [--name BOARD] [--seed S]
    manage.py export OWNER/BOARD [--csv] [-o FILE]
    manage.py import FILE --owner NAME [--name BOARD]

The database is `--db`, else $KANBO_DB, else kanbo_py/kanbo.db. `serve`
on a database without users creates the demo user and board first."""

import argparse
import logging
import os
import secrets
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
if HERE not in sys.path:
    sys.path.insert(0, HERE)

from kanbo.errors import KanboError  # noqa: E402
from kanbo.seed import seed_board  # noqa: E402
from kanbo.storage import open_repository  # noqa: E402
from kanbo.storage import transfer  # noqa: E402

DEMO_USER = "demo"
DEMO_PASSWORD = "kanbo-demo"
DEMO_BOARD = "demo"
DEMO_CARDS = 40


def db_path(args):
    if args.db:
        return args.db
    return os.environ.get("KANBO_DB") or os.path.join(HERE, "kanbo.db")


def site_secret(path):
    """$KANBO_SECRET, else a random secret kept in `<db>.secret`."""
    secret = os.environ.get("KANBO_SECRET")
    if secret:
        return secret
    secret_file = path + ".secret"
    if os.path.exists(secret_file):
        with open(secret_file) as f:
            secret = f.read().strip()
        if secret:
            return secret
    secret = secrets.token_hex(32)
    with open(secret_file, "w") as f:
        f.write(secret + "\n")
    return secret


def ensure_demo(repo):
    """Creates the demo user and board on a database without users;
    returns True if it did."""
    if repo.db.one("SELECT COUNT(*) FROM users")[0] > 0:
        return False
    user = repo.create_user(DEMO_USER, "Demo User", DEMO_PASSWORD)
    seed_board(repo, user, DEMO_BOARD, DEMO_CARDS, label="Kanbo demo board", is_public=True)
    return True


def cmd_serve(args):
    from kanbo.web.app import App
    from kanbo.web.server import serve

    path = db_path(args)
    repo = open_repository(path)
    created = ensure_demo(repo)
    repo.close()
    secret = site_secret(path)
    host = args.host
    shown = "localhost" if host in ("127.0.0.1", "0.0.0.0") else host

    def make_app():
        return App(open_repository(path), secret)

    def ready(address):
        print("Kanbo is serving on http://%s:%d/ (database %s, %d worker(s))" % (shown, address[1], path, args.workers))
        if created:
            print("Created the demo board: log in as %s with password %s" % (DEMO_USER, DEMO_PASSWORD))
        print("Demo board: http://%s:%d/%s/%s/grids/state/" % (shown, address[1], DEMO_USER, DEMO_BOARD))
        sys.stdout.flush()

    return serve(make_app, host, args.port, args.workers, on_ready=ready)


def cmd_createuser(args):
    password = args.password or os.environ.get("KANBO_PASSWORD")
    if not password:
        print("createuser: give --password or set KANBO_PASSWORD", file=sys.stderr)
        return 2
    repo = open_repository(db_path(args))
    user = repo.create_user(args.username, args.full_name or "", password)
    print("Created user %s" % user.username)
    return 0


def cmd_seed(args):
    repo = open_repository(db_path(args))
    ensure_demo(repo)
    owner = repo.get_user_by_name(args.owner)
    name = args.name or "seed-%d" % args.cards
    board = seed_board(repo, owner, name, args.cards, seed=args.seed)
    print("Seeded /%s/%s/ with %d cards" % (owner.username, board.name, args.cards))
    return 0


def _find_board(repo, ref):
    if "/" not in ref:
        raise KanboError("name the board as OWNER/BOARD")
    owner, name = ref.strip("/").split("/", 1)
    return repo.get_board(owner, name)


def cmd_export(args):
    repo = open_repository(db_path(args))
    board = _find_board(repo, args.board)
    text = transfer.export_csv(repo, board) if args.csv else transfer.export_json(repo, board)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")
    return 0


def cmd_import(args):
    repo = open_repository(db_path(args))
    owner = repo.get_user_by_name(args.owner)
    with open(args.file, encoding="utf-8") as f:
        text = f.read()
    board, skipped = transfer.import_board(repo, owner, text, args.name)
    print("Imported /%s/%s/" % (owner.username, board.name))
    if skipped:
        print("Skipped unknown members: %s" % ", ".join(skipped))
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(prog="manage.py", description="Kanbo command line")
    sub = parser.add_subparsers(dest="command")

    p = sub.add_parser("serve", help="run the web server")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--db")
    p.add_argument("--workers", type=int, default=1)

    p = sub.add_parser("createuser", help="create a local account")
    p.add_argument("username")
    p.add_argument("--password")
    p.add_argument("--full-name", dest="full_name")
    p.add_argument("--db")

    p = sub.add_parser("seed", help="create a seeded demo board")
    p.add_argument("--cards", type=int, default=1000)
    p.add_argument("--owner", default=DEMO_USER)
    p.add_argument("--name")
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--db")

    p = sub.add_parser("export", help="export a board as JSON (or CSV)")
    p.add_argument("board")
    p.add_argument("--csv", action="store_true")
    p.add_argument("-o", "--output")
    p.add_argument("--db")

    p = sub.add_parser("import", help="import a board exported as JSON")
    p.add_argument("file")
    p.add_argument("--owner", required=True)
    p.add_argument("--name")
    p.add_argument("--db")

    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    commands = {
        "serve": cmd_serve,
        "createuser": cmd_createuser,
        "seed": cmd_seed,
        "export": cmd_export,
        "import": cmd_import,
    }
    if args.command not in commands:
        parser.print_help()
        return 2
    try:
        return commands[args.command](args)
    except KanboError as e:
        print("%s: %s" % (args.command, e), file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
