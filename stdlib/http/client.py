"""The parts of CPython's `http.client` that need no networking: the
status-code constants and the `responses` table.  The HTTP connection
classes are not provided."""

from http import HTTPStatus

__all__ = ["responses"] + list(HTTPStatus.__members__)

responses = {}
for _m in HTTPStatus.__members__.values():
    globals()[_m.name] = _m
    responses[_m.value] = _m.phrase
del _m

HTTP_PORT = 80
HTTPS_PORT = 443
