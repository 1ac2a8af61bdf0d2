"""The web application: a callable Request -> Response that loads the
session and user, checks CSRF on every write, dispatches through the
router and turns Kanbo's errors into answers (404, 403, 409, 410, login
redirects, 500 logged). Views live in pages.py, ajax.py, api.py and
accounts.py; static.py serves the CSS and script."""

import logging
import os
import urllib.parse

from ..errors import EventsExpired, NotFound, PermissionDenied, ValidationError, WipLimitExceeded
from ..permissions import can_read
from .http import HttpError, Response, json_response, redirect
from .router import MethodNotAllowed, NoRoute, Router
from .sessions import COOKIE, MAX_AGE, Session, Signer, csrf_ok
from .templates import Engine
from .server import error_page

log = logging.getLogger("kanbo.web")

HERE = os.path.dirname(os.path.abspath(__file__))
UNSAFE = ("POST", "PUT", "PATCH", "DELETE")


class LoginRequired(Exception):
    """Raised by a view for anonymous users: 302 to the login form."""


class App:
    """`repo` is the storage Repository; `secret` signs the cookies."""

    def __init__(self, repo, secret, poll_interval_ms=1500, poll=True):
        self.repo = repo
        self.signer = Signer(secret)
        self.templates = Engine(os.path.join(HERE, "templates"))
        self.static_dir = os.path.join(HERE, "static")
        self.poll_interval_ms = poll_interval_ms
        self.poll = poll
        self.router = Router()
        from . import accounts, ajax, api, pages, static

        static.register(self)
        accounts.register(self)
        ajax.register(self)
        api.register(self)
        pages.register(self)

    def route(self, methods, pattern, handler):
        self.router.add(methods, pattern, handler)

    # ----- dispatch

    def __call__(self, request):
        session = self.signer.loads(request.cookies.get(COOKIE, ""))
        if session is None:
            session = Session()
            session.dirty = True
        request.session = session
        request.user = None
        if session.uid is not None:
            try:
                request.user = self.repo.get_user(session.uid)
            except NotFound:
                session.uid = None
                session.dirty = True
        response = self._dispatch(request)
        if session.dirty:
            response.set_cookie(COOKIE, self.signer.dumps(session), MAX_AGE)
        return response

    def _dispatch(self, request):
        is_api = request.path.startswith("/api/")
        try:
            handler, params = self.router.match(request.method, request.path)
            if request.method in UNSAFE and not csrf_ok(request, request.session):
                raise PermissionDenied("The form was stale or forged (CSRF token missing or wrong); reload the page.")
            return handler(self, request, **params)
        except LoginRequired:
            if is_api:
                return json_response({"error": "log in first"}, 401)
            target = request.target
            if request.method != "GET":
                referer = urllib.parse.urlsplit(request.headers.get("referer", ""))
                target = (referer.path or "/") + ("?" + referer.query if referer.query else "")
            return redirect("/hello/login-form?next=" + urllib.parse.quote(target, safe="/"))
        except NoRoute:
            return self.error(request, 404, "There is no page at %s." % request.path)
        except MethodNotAllowed as e:
            response = self.error(request, 405, "This page does not accept %s." % request.method)
            response.header("Allow", ", ".join(e.allowed))
            return response
        except PermissionDenied as e:
            return self.error(request, 403, str(e))
        except NotFound as e:
            return self.error(request, 404, str(e))
        except WipLimitExceeded as e:
            return self.error(request, 409, str(e))
        except EventsExpired as e:
            return json_response({"ready": False, "expired": True, "error": str(e)}, 410)
        except ValidationError as e:
            if is_api:
                return json_response({"error": e.message, "field": e.field}, 400)
            return self.error(request, 400, e.message)
        except HttpError as e:
            if e.close:
                raise
            return self.error(request, e.status, e.message)

    def error(self, request, status, message):
        if request.path.startswith("/api/"):
            return json_response({"error": message}, status)
        return error_page(status, message)

    # ----- helpers for views

    def require_login(self, request):
        if request.user is None:
            raise LoginRequired()
        return request.user

    def readable(self, request, board, missing=None):
        """`board` if the request's user may read it; otherwise NotFound
        with the message `missing` (default: the one for an unknown board
        id), worded like an unknown object's so a private board's existence
        is not revealed (reads and writes alike)."""
        if board.is_private:
            access = self.repo.get_access(board, request.user)
            if not can_read(request.user, board, access):
                raise NotFound(missing or "there is no board %r" % (board.id,))
        return board

    def board_by_id(self, request, board_id, missing=None):
        """The board with id `board_id`, if the request's user may read it
        (see `readable`; `missing` words the NotFound, e.g. for a bag or
        card looked up by id)."""
        return self.readable(request, self.repo.get_board_by_id(board_id), missing)

    def visible_boards(self, request, boards):
        """The boards of a list the request's user may read."""
        return [b for b in boards if not b.is_private or self._may_read(request, b)]

    def _may_read(self, request, board):
        return can_read(request.user, board, self.repo.get_access(board, request.user))

    def flash(self, request, message):
        request.session.flash.append(message)
        request.session.dirty = True

    def render(self, request, template, title, status=200, **context):
        """The page `template` inside the site layout."""
        session = request.session
        messages = session.flash
        if messages:
            session.flash = []
            session.dirty = True
        context["user"] = request.user
        context["csrf_token"] = session.csrf
        context["title"] = title
        context["messages"] = messages
        context["path"] = request.target
        body = self.templates.render(template, context)
        context["content"] = body
        page = self.templates.render("base.html", context)
        return Response(page, status, headers=[("Cache-Control", "no-store")])
