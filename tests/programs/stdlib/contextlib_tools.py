from contextlib import contextmanager, suppress, closing, nullcontext, ExitStack
import contextlib


@contextmanager
def tag(name):
    print('<%s>' % name)
    try:
        yield name.upper()
    finally:
        print('</%s>' % name)


with tag('b') as t:
    print('inside', t)

try:
    with tag('i'):
        raise ValueError('boom')
except ValueError as e:
    print('caught outside', e)


@contextmanager
def swallow():
    try:
        yield
    except KeyError as e:
        print('swallowed', repr(e))


with swallow():
    raise KeyError('k')
print('after swallow')
try:
    with swallow():
        raise IndexError('not swallowed')
except IndexError as e:
    print('propagated', e)


@contextmanager
def no_yield():
    if False:
        yield


try:
    with no_yield():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def two_yields():
    yield 1
    yield 2


try:
    with two_yields():
        pass
except RuntimeError as e:
    print('RuntimeError', e)


@contextmanager
def transform():
    try:
        yield
    except ZeroDivisionError:
        raise ValueError('transformed')


try:
    with transform():
        1 / 0
except ValueError as e:
    print('ValueError', e, type(e.__context__).__name__)


@contextmanager
def ignoring_gen():
    try:
        yield
    except Exception:
        pass


with ignoring_gen():
    raise TypeError('gone')
print('gone ok')


@tag('deco')
def decorated(x):
    print('decorated body', x)
    return x * 2


print(decorated(21))
print(decorated(1))

with suppress(KeyError, IndexError):
    {}['x']
print('suppressed')
with suppress():
    pass
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print('not suppressed', e)


class Res:
    def __init__(self, n):
        self.n = n

    def close(self):
        print('closing', self.n)


with closing(Res(1)) as r:
    print('using', r.n)

with nullcontext(5) as v:
    print('null', v)
with nullcontext() as v:
    print('null', v)

with ExitStack() as stack:
    for i in range(3):
        stack.enter_context(tag('s%d' % i))
    stack.callback(print, 'callback', 'args', sep='-')
    print('body')


def exit_cb(t, e, tb):
    print('exit cb', t.__name__ if t else None)
    return True


with ExitStack() as stack:
    stack.push(exit_cb)
    raise RuntimeError('suppressed by exit_cb')
print('after stack')

with ExitStack() as stack:
    stack.enter_context(tag('kept'))
    moved = stack.pop_all()
print('moved out')
moved.close()

try:
    with ExitStack() as stack:
        stack.enter_context(42)
except TypeError as e:
    print('TypeError', e)


class Plain(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        print('plain exit')


with Plain() as p:
    print(type(p).__name__)

import io
import sys
buf = io.StringIO()
with contextlib.redirect_stdout(buf) as target:
    print('captured', 1, sep='|')
    sys.stdout.write('direct\n')
    print('same target', target is buf)
print('back', repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print('to stderr', file=sys.stderr)
print(repr(err.getvalue()))
