from http import HTTPStatus
import http
import http.client

ok = HTTPStatus.OK
print(repr(ok), str(ok), format(ok), '%d %s' % (ok, ok), f'{ok}')
print(ok.value, ok.name, ok.phrase, ok.description)
print(ok == 200, ok + 1, isinstance(ok, int), ok is HTTPStatus(200), HTTPStatus(404) is HTTPStatus.NOT_FOUND)
print(HTTPStatus.NOT_FOUND.phrase, HTTPStatus(500).name, HTTPStatus.IM_A_TEAPOT.value, HTTPStatus(418).phrase)
print({ok: 'yes'}[200], sorted([HTTPStatus.CREATED, HTTPStatus.OK, 100]), int(HTTPStatus.FOUND))
print(HTTPStatus.TOO_MANY_REQUESTS.description, type(ok).__name__, HTTPStatus(HTTPStatus.OK))
print(len(HTTPStatus.__members__), list(HTTPStatus.__members__)[:3])
print([s.value for s in HTTPStatus.__members__.values() if 300 <= s < 310])
print(http.client.responses[200], http.client.responses[404], http.client.NOT_FOUND, len(http.client.responses))
try:
    HTTPStatus(999)
except ValueError as e:
    print('ValueError', e)
