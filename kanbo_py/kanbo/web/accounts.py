"""Accounts: the login form, login, logout and sign-up (local accounts
with PBKDF2 hashes from the storage layer). After each, a 302 to `?next`
(a local path only), else a Referer without "hello", else home."""

import secrets
import urllib.parse

from ..errors import ValidationError
from .http import redirect


def safe_next(value):
    """`value` if it is a local path (no scheme, no //host), else None."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return None


def next_location(request):
    target = safe_next(request.field("next") or request.arg("next"))
    if target:
        return target
    referer = request.headers.get("referer", "")
    if referer and "hello" not in referer:
        parts = urllib.parse.urlsplit(referer)
        host = request.headers.get("host", "")
        if parts.netloc == host and parts.path.startswith("/"):
            return parts.path + ("?" + parts.query if parts.query else "")
    return "/"


def start_session(request, user):
    """Logs `user` in with a fresh CSRF token (a token seen before the
    login is not valid after it)."""
    request.session.uid = user.id
    request.session.csrf = secrets.token_urlsafe(24)
    request.session.dirty = True


def login_form(app, request):
    if request.method == "POST":
        username = request.field("username").strip()
        user = app.repo.authenticate(username, request.field("password"))
        if user is None:
            return app.render(
                request,
                "login.html",
                "Log in",
                next=request.field("next"),
                username=username,
                error="Wrong username or password.",
            )
        start_session(request, user)
        app.flash(request, "Welcome, %s." % user.username)
        return redirect(next_location(request))
    return app.render(request, "login.html", "Log in", next=request.arg("next"), username="", error=None)


def logon_error(app, request):
    return app.render(
        request,
        "login.html",
        "Log in",
        next=request.arg("next"),
        username="",
        error="Logging in did not work; try again.",
    )


def logout(app, request):
    if request.method == "POST":
        request.session.uid = None
        request.session.dirty = True
        return redirect(next_location(request))
    return app.render(request, "logout.html", "Log out", next=request.arg("next"))


def create_user(app, request):
    errors = {}
    values = {"username": "", "full_name": ""}
    if request.method == "POST":
        values["username"] = request.field("username").strip()
        values["full_name"] = request.field("full_name").strip()
        password = request.field("password")
        if password != request.field("password2"):
            errors["password2"] = "The two passwords differ."
        else:
            try:
                user = app.repo.create_user(values["username"], values["full_name"], password)
            except ValidationError as e:
                errors[e.field or "username"] = e.message
            else:
                start_session(request, user)
                app.flash(request, "Welcome to Kanbo, %s." % user.username)
                return redirect(safe_next(request.field("next")) or "/%s/" % user.username)
    return app.render(request, "signup.html", "Sign up", errors=errors, values=values, next=request.arg("next"))


def logged_in(app, request):
    """Where the original's social login landed: on to `?next`."""
    return redirect(next_location(request))


def register(app):
    app.route("GET POST", "/hello/login-form", login_form)
    app.route("GET", "/hello/logon-error", logon_error)
    app.route("GET", "/hello/login-error", logon_error)
    app.route("GET POST", "/hello/logout", logout)
    app.route("GET", "/hello/logged-in", logged_in)
    app.route("GET POST", "/hello/create-user", create_user)
