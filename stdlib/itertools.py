"""Iterator building blocks (CPython's `itertools`, in the subset).

The iterators are classes with `__iter__`/`__next__` so their type names
match CPython's (`itertools.count`, `itertools.chain`, ...)."""


def _iter_arg(obj, fname):
    try:
        return iter(obj)
    except TypeError:
        raise TypeError("'" + type(obj).__name__ + "' object is not iterable") from None


def _index_arg(v, what):
    if not isinstance(v, int):
        raise TypeError("'" + type(v).__name__ + "' object cannot be interpreted as an integer")
    return v


class count:
    """Return a count object whose .__next__() method returns consecutive values."""
    __piepie_tp_name__ = "itertools.count"

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not isinstance(v, (int, float)):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        if isinstance(self._step, int) and self._step == 1 and not isinstance(self._step, bool):
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, self._step)


class cycle:
    """Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."""
    __piepie_tp_name__ = "itertools.cycle"

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._index = 0
        self._first = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._first:
            for x in self._it:
                self._saved.append(x)
                return x
            self._first = False
        if not self._saved:
            raise StopIteration
        x = self._saved[self._index]
        self._index = (self._index + 1) % len(self._saved)
        return x


class repeat:
    """repeat(object [,times]) -> create an iterator which returns the object
    for the specified number of times.  If not specified, returns the object
    endlessly."""
    __piepie_tp_name__ = "itertools.repeat"

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            _index_arg(times, "times")
            if times < 0:
                times = 0
        self._times = times

    def __iter__(self):
        return self

    def __next__(self):
        if self._times is None:
            return self._obj
        if self._times <= 0:
            raise StopIteration
        self._times -= 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._times)


class chain:
    """Return a chain object whose .__next__() method returns elements from the
    first iterable until it is exhausted, then elements from the next
    iterable, until all of the iterables are exhausted."""
    __piepie_tp_name__ = "itertools.chain"

    def __init__(self, *iterables):
        self._source = iter(iterables)
        self._active = None

    @classmethod
    def from_iterable(cls, iterable):
        """Alternative chain() constructor taking a single iterable argument that evaluates lazily."""
        self = cls.__new__(cls)
        self._source = iter(iterable)
        self._active = None
        return self

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            if self._active is None:
                if self._source is None:
                    raise StopIteration
                try:
                    nxt = next(self._source)
                except StopIteration:
                    self._source = None
                    raise
                self._active = iter(nxt)
            try:
                return next(self._active)
            except StopIteration:
                self._active = None


class islice:
    """islice(iterable, stop) --> islice object
    islice(iterable, start, stop[, step]) --> islice object"""
    __piepie_tp_name__ = "itertools.islice"

    def __init__(self, iterable, *args):
        if len(args) == 0:
            raise TypeError("islice expected at least 2 arguments, got 1")
        if len(args) > 3:
            raise TypeError("islice expected at most 4 arguments, got %d" % (len(args) + 1))
        s = slice(*args)
        start, stop, step = s.start, s.stop, s.step
        if len(args) == 1:
            start, stop, step = None, args[0], None
        if stop is not None:
            if not isinstance(stop, int) or stop < 0:
                raise ValueError("Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if start is None:
            start = 0
        elif not isinstance(start, int) or start < 0:
            raise ValueError("Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
        if step is None:
            step = 1
        elif not isinstance(step, int) or step <= 0:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._cnt = 0

    def __iter__(self):
        return self

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        stop = self._stop
        while self._cnt < self._next:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._cnt += 1
        if stop is not None and self._cnt >= stop:
            self._it = None
            raise StopIteration
        try:
            item = next(it)
        except StopIteration:
            self._it = None
            raise
        self._cnt += 1
        oldnext = self._next
        self._next += self._step
        if stop is not None and (self._next > stop or self._next < oldnext):
            self._next = stop
        return item


class _GenWrap:
    """Shared base: an iterator class whose items come from a generator."""

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._gen)


def _product_gen(pools):
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


class product(_GenWrap):
    """Cartesian product of input iterables.  Equivalent to nested for-loops."""
    __piepie_tp_name__ = "itertools.product"

    def __init__(self, *iterables, repeat=1):
        _index_arg(repeat, "repeat")
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(_iter_arg(p, "product")) for p in iterables] * repeat
        self._gen = _product_gen(pools)


def _permutations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


class permutations(_GenWrap):
    """Return successive r-length permutations of elements in the iterable."""
    __piepie_tp_name__ = "itertools.permutations"

    def __init__(self, iterable, r=None):
        pool = tuple(_iter_arg(iterable, "permutations"))
        if r is None:
            r = len(pool)
        else:
            if not isinstance(r, int):
                raise TypeError("Expected int as r")
            if r < 0:
                raise ValueError("r must be non-negative")
        self._gen = _permutations_gen(pool, r)


def _combinations_gen(pool, r):
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


class combinations(_GenWrap):
    """Return successive r-length combinations of elements in the iterable."""
    __piepie_tp_name__ = "itertools.combinations"

    def __init__(self, iterable, r):
        pool = tuple(_iter_arg(iterable, "combinations"))
        _index_arg(r, "r")
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = _combinations_gen(pool, r)


def _cwr_gen(pool, r):
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


class combinations_with_replacement(_GenWrap):
    """Return successive r-length combinations of elements in the iterable
    allowing individual elements to have successive repeats."""
    __piepie_tp_name__ = "itertools.combinations_with_replacement"

    def __init__(self, iterable, r):
        pool = tuple(_iter_arg(iterable, "combinations_with_replacement"))
        _index_arg(r, "r")
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = _cwr_gen(pool, r)


class groupby:
    """make an iterator that returns consecutive keys and groups from the iterable"""
    __piepie_tp_name__ = "itertools.groupby"

    def __init__(self, iterable, key=None):
        self._keyfunc = key
        self._it = iter(iterable)
        self._tgtkey = _marker
        self._currkey = _marker
        self._currvalue = _marker
        self._currgrouper = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._currgrouper = None
        while True:
            if self._currkey is _marker:
                pass
            elif self._tgtkey is _marker:
                break
            elif not (self._tgtkey == self._currkey):
                break
            self._step()
        self._tgtkey = self._currkey
        g = _grouper(self, self._tgtkey)
        self._currgrouper = g
        return (self._currkey, g)


_marker = object()


class _grouper:
    def __init__(self, parent, tgtkey):
        self._parent = parent
        self._tgtkey = tgtkey

    def __iter__(self):
        return self

    def __next__(self):
        p = self._parent
        if p._currgrouper is not self:
            raise StopIteration
        if p._currvalue is _marker:
            p._step()
        if not (self._tgtkey == p._currkey):
            raise StopIteration
        r = p._currvalue
        p._currvalue = _marker
        return r


def _accumulate_gen(it, func, initial):
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for element in it:
        total = total + element if func is None else func(total, element)
        yield total


class accumulate(_GenWrap):
    """Return series of accumulated sums (or other binary function results)."""
    __piepie_tp_name__ = "itertools.accumulate"

    def __init__(self, iterable, func=None, *, initial=None):
        self._gen = _accumulate_gen(iter(iterable), func, initial)


def _zip_longest_gen(its, fillvalue):
    num_active = len(its)
    if not num_active:
        return
    while True:
        values = []
        for i, it in enumerate(its):
            if it is None:
                values.append(fillvalue)
                continue
            try:
                value = next(it)
            except StopIteration:
                num_active -= 1
                if not num_active:
                    return
                its[i] = None
                value = fillvalue
            values.append(value)
        yield tuple(values)


class zip_longest(_GenWrap):
    """Return a zip_longest object whose .__next__() method returns a tuple where
    the i-th element comes from the i-th iterable argument."""
    __piepie_tp_name__ = "itertools.zip_longest"

    def __init__(self, *args, **kwargs):
        fillvalue = None
        for key in kwargs:
            if key != "fillvalue":
                raise TypeError("zip_longest() got an unexpected keyword argument")
            fillvalue = kwargs[key]
        its = []
        for a in args:
            try:
                its.append(iter(a))
            except TypeError:
                raise TypeError("'" + type(a).__name__ + "' object is not iterable") from None
        self._gen = _zip_longest_gen(its, fillvalue)


class starmap:
    """Return an iterator whose values are returned from the function evaluated
    with an argument tuple taken from the given sequence."""
    __piepie_tp_name__ = "itertools.starmap"

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class takewhile:
    """Return successive entries from an iterable as long as the predicate evaluates to true for each entry."""
    __piepie_tp_name__ = "itertools.takewhile"

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._stop = False

    def __iter__(self):
        return self

    def __next__(self):
        if self._stop:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._stop = True
        raise StopIteration


class dropwhile:
    """Drop items from the iterable while predicate(item) is true."""
    __piepie_tp_name__ = "itertools.dropwhile"

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._dropping = True

    def __iter__(self):
        return self

    def __next__(self):
        if self._dropping:
            for x in self._it:
                if not self._pred(x):
                    self._dropping = False
                    return x
            raise StopIteration
        return next(self._it)


class compress:
    """Return data elements corresponding to true selector elements."""
    __piepie_tp_name__ = "itertools.compress"

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            d = next(self._data)
            s = next(self._sel)
            if s:
                return d


class filterfalse:
    """Return those items of iterable for which function(item) is false."""
    __piepie_tp_name__ = "itertools.filterfalse"

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __iter__(self):
        return self

    def __next__(self):
        while True:
            x = next(self._it)
            if self._func is None:
                if not x:
                    return x
            elif not self._func(x):
                return x


class pairwise:
    """Return an iterator of overlapping pairs taken from the input iterator."""
    __piepie_tp_name__ = "itertools.pairwise"

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._old = _marker

    def __iter__(self):
        return self

    def __next__(self):
        if self._it is None:
            raise StopIteration
        if self._old is _marker:
            try:
                self._old = next(self._it)
            except StopIteration:
                self._it = None
                raise
        try:
            new = next(self._it)
        except StopIteration:
            self._it = None
            raise
        r = (self._old, new)
        self._old = new
        return r


class _tee_data:
    """The buffer shared by the iterators that tee() returns."""

    def __init__(self, it):
        self.it = it
        self.items = []
        self.base = 0


class _tee:
    def __init__(self, data, pos):
        self._data = data
        self._pos = pos

    def __iter__(self):
        return self

    def __next__(self):
        d = self._data
        i = self._pos - d.base
        if i < len(d.items):
            v = d.items[i]
        else:
            v = next(d.it)
            d.items.append(v)
        self._pos += 1
        return v

    def __copy__(self):
        return _tee(self._data, self._pos)



def tee(iterable, n=2):
    """Returns a tuple of n independent iterators."""
    _index_arg(n, "n")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    it = iter(iterable)
    if isinstance(it, _tee):
        first = it
    else:
        first = _tee(_tee_data(it), 0)
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))
