"""Signed session cookies and CSRF tokens.

The cookie holds `<payload>.<signature>`: the payload is base64url JSON
{uid, csrf, iat, flash}, the signature HMAC-SHA256 of it under the site secret.
Every visitor (anonymous too) gets a session with a CSRF token; forms
carry it in the field `csrf_token`, AJAX and API writes in the header
`X-CSRF-Token`. A tampered, malformed or expired cookie is ignored."""

import base64
import hashlib
import hmac
import json
import secrets
import time

COOKIE = "kanbo_session"
MAX_AGE = 14 * 24 * 3600
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"


class Session:
    def __init__(self, uid=None, csrf=None, issued=None, flash=None):
        self.uid = uid
        self.flash = list(flash) if flash else []
        self.csrf = csrf if csrf is not None else secrets.token_urlsafe(24)
        self.issued = issued if issued is not None else int(time.time())
        self.dirty = False


class Signer:
    def __init__(self, secret):
        if isinstance(secret, str):
            secret = secret.encode("utf-8")
        self.secret = secret

    def _sign(self, payload):
        return hmac.new(self.secret, payload.encode("ascii"), hashlib.sha256).hexdigest()

    def dumps(self, session):
        fields = {"uid": session.uid, "csrf": session.csrf, "iat": session.issued}
        if session.flash:
            fields["flash"] = session.flash
        data = json.dumps(fields, sort_keys=True)
        payload = base64.urlsafe_b64encode(data.encode("utf-8")).decode("ascii").rstrip("=")
        return payload + "." + self._sign(payload)

    def loads(self, cookie, now=None):
        """The Session of `cookie`, or None if it is not valid."""
        if not cookie or cookie.count(".") != 1:
            return None
        payload, signature = cookie.split(".")
        try:
            expected = self._sign(payload)
        except UnicodeEncodeError:
            return None
        if not hmac.compare_digest(expected, signature):
            return None
        try:
            padded = payload + "=" * (-len(payload) % 4)
            data = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")).decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            return None
        if not isinstance(data, dict):
            return None
        issued = data.get("iat")
        csrf = data.get("csrf")
        uid = data.get("uid")
        if not isinstance(issued, int) or not isinstance(csrf, str) or not (uid is None or isinstance(uid, int)):
            return None
        now = time.time() if now is None else now
        if now - issued > MAX_AGE:
            return None
        flash = data.get("flash", [])
        if not isinstance(flash, list) or not all([isinstance(m, str) for m in flash]):
            return None
        return Session(uid, csrf, issued, flash)


def csrf_ok(request, session):
    """Whether the request carries the session's CSRF token."""
    sent = request.headers.get(CSRF_HEADER)
    if not sent:
        sent = request.field(CSRF_FIELD)
    if not sent or session is None:
        return False
    return hmac.compare_digest(sent.encode("utf-8"), session.csrf.encode("utf-8"))
