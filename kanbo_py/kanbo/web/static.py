"""Static files (static/kanbo.css, static/board.js): served from memory
with an ETag (a hash of the content) and Cache-Control; a matching
If-None-Match gives 304."""

import hashlib
import os

from ..errors import NotFound
from .http import Response

TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".svg": "image/svg+xml"}


def register(app):
    cache = {}

    def serve_static(app, request, name):
        entry = cache.get(name)
        if entry is None:
            ext = os.path.splitext(name)[1]
            path = os.path.join(app.static_dir, name)
            if ext not in TYPES or not os.path.isfile(path):
                raise NotFound("there is no static file %r" % name)
            with open(path, "rb") as f:
                data = f.read()
            etag = '"%s"' % hashlib.sha256(data).hexdigest()[:20]
            entry = (data, etag, TYPES[ext])
            cache[name] = entry
        data, etag, kind = entry
        headers = [("ETag", etag), ("Cache-Control", "public, max-age=3600")]
        if request.headers.get("if-none-match") == etag:
            return Response(b"", 304, None, headers)
        return Response(data, 200, kind, headers)

    app.route("GET", "/static/<file:name>", serve_static)
