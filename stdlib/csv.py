"""CSV reading and writing (CPython's `csv` and `_csv`, in the subset).

`reader`, `writer`, `DictReader`, `DictWriter`, dialects (`excel`,
`excel_tab`, `unix_dialect`, `register_dialect`, `get_dialect`, ...),
the quoting constants and `Error`. The reader is CPython's state machine
(quoted fields may hold delimiters, doubled quotes and newlines); the
writer quotes as CPython's does. Any iterable of strings works as input
and any object with `write()` as output. `Sniffer` is not provided.
"""

__all__ = [
    "QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
    "Error", "Dialect", "excel", "excel_tab", "unix_dialect",
    "reader", "writer", "DictReader", "DictWriter",
    "register_dialect", "get_dialect", "list_dialects", "unregister_dialect",
    "field_size_limit",
]

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

_field_limit = 128 * 1024


class Error(Exception):
    """Raised for malformed CSV input or impossible output."""


class Dialect:
    """Describes a CSV format; subclass it or pass keyword parameters."""

    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = None

    def __init__(self):
        if type(self) is not Dialect:
            self._valid = True
        _validate(_Params(self))


class excel(Dialect):
    """The usual properties of an Excel-generated CSV file."""

    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    """Excel-generated TAB-delimited files."""

    delimiter = "\t"


class unix_dialect(Dialect):
    """Usual properties of CSV files generated on UNIX systems."""

    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


class _Params:
    """The resolved parameters of a reader or writer."""

    def __init__(self, dialect=None, **kwargs):
        def pick(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None:
                value = getattr(dialect, name, None)
                if value is not None:
                    return value
            return default

        for name in kwargs:
            if name not in (
                "delimiter", "quotechar", "escapechar", "doublequote",
                "skipinitialspace", "lineterminator", "quoting", "strict",
            ):
                raise TypeError("'%s' is an invalid keyword argument for this function" % name)
        self.delimiter = pick("delimiter", ",")
        self.doublequote = bool(pick("doublequote", True))
        self.escapechar = pick("escapechar", None)
        self.lineterminator = pick("lineterminator", "\r\n")
        self.quoting = pick("quoting", QUOTE_MINIMAL)
        self.skipinitialspace = bool(pick("skipinitialspace", False))
        self.strict = bool(pick("strict", False))
        if "quotechar" in kwargs:
            self.quotechar = kwargs["quotechar"]
        elif dialect is not None:
            self.quotechar = getattr(dialect, "quotechar", '"')
        else:
            self.quotechar = '"'
        if self.quotechar is None and "quoting" not in kwargs:
            self.quoting = QUOTE_NONE


def _validate(p):
    def check_char(name, value, allow_none):
        if value is None and allow_none:
            return
        if not isinstance(value, str):
            raise TypeError('"%s" must be string, not %s' % (name, type(value).__name__))
        if len(value) != 1:
            raise TypeError('"%s" must be a 1-character string' % name)

    check_char("delimiter", p.delimiter, False)
    check_char("escapechar", p.escapechar, True)
    check_char("quotechar", p.quotechar, True)
    if not isinstance(p.lineterminator, str):
        raise TypeError('"lineterminator" must be a string')
    if p.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
        raise TypeError("bad \"quoting\" value")
    if p.quotechar is None and p.quoting != QUOTE_NONE:
        raise TypeError("quotechar must be set if quoting enabled")


def _resolve(dialect, kwargs):
    if isinstance(dialect, str):
        dialect = get_dialect(dialect)
    p = _Params(dialect, **kwargs)
    _validate(p)
    return p


def register_dialect(name, dialect=None, **fmtparams):
    """Register a dialect (a Dialect subclass or keyword parameters) by name."""
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    params = _resolve(dialect if dialect is not None else excel if not fmtparams else None, fmtparams)
    _dialects[name] = params


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect") from None


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    """Get (and optionally set) the largest field the reader accepts."""
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# ---- reading ----------------------------------------------------------------

_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8

_EOL = None


class _Reader:
    """Iterator over the records of an iterable of lines."""
    __piepie_tp_name__ = "_csv.reader"

    def __init__(self, iterable, params):
        self._input = iter(iterable)
        self.dialect = params
        self.line_num = 0
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD

    def __iter__(self):
        return self

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
            return
        if state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = "\n"
            self._add_char(c)
            self._state = _IN_FIELD
            return
        if state == _AFTER_ESCAPED_CRNL:
            if c is _EOL:
                return
            state = self._state = _IN_FIELD
        if state == _IN_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
            return
        if state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
            return
        if state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = "\n"
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
            return
        if state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
            return
        if state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error(
                    "new-line character seen in unquoted field - "
                    "do you need to open the file in universal-newline mode?"
                )

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error(
                    "iterator should return strings, not %s (the file should be opened in text mode)"
                    % type(line).__name__
                )
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


def reader(csvfile, dialect="excel", **fmtparams):
    """Iterate over the records (lists of strings) of an iterable of lines."""
    return _Reader(csvfile, _resolve(dialect, fmtparams))


# ---- writing ----------------------------------------------------------------


def _is_number(value):
    return isinstance(value, (int, float)) and value is not None


class _Writer:
    """Formats rows as CSV records onto a file-like object."""
    __piepie_tp_name__ = "_csv.writer"

    def __init__(self, fileobj, params):
        if not hasattr(fileobj, "write"):
            raise TypeError('argument 1 must have a "write" method')
        self._write = fileobj.write
        self.dialect = params

    def _quote_field(self, field, quoted, out):
        d = self.dialect
        special = d.delimiter + (d.escapechar or "") + (d.quotechar or "") + d.lineterminator + "\n\r"
        chars = []
        for c in field:
            want_escape = False
            if c in special:
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            chars.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    chars.append(d.escapechar)
            chars.append(c)
        text = "".join(chars)
        if quoted:
            text = d.quotechar + text + d.quotechar
        out.append(text)

    def writerow(self, row):
        """Write one row (an iterable of fields); returns what write() returned."""
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        out = []
        count = 0
        for field in fields:
            count += 1
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(field)
            elif d.quoting == QUOTE_ALL:
                quoted = True
            else:
                quoted = False
            if field is None:
                text = ""
            elif isinstance(field, str):
                text = field
            else:
                text = str(field)
            self._quote_field(text, quoted, out)
        line = d.delimiter.join(out)
        if count == 1 and line == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            line = d.quotechar * 2
        return self._write(line + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    """A writer formatting rows onto csvfile (anything with write())."""
    return _Writer(csvfile, _resolve(dialect, fmtparams))


# ---- dict interfaces --------------------------------------------------------


class DictReader:
    """Reads records as dicts keyed by the header row (or fieldnames)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    """Writes dicts as records, in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = [k for k in rowdict if k not in self.fieldnames]
            if wrong_fields:
                raise ValueError(
                    "dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields])
                )
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._dict_to_list(row) for row in rowdicts)


# CPython's reader and writer objects are the C types _csv.reader/_csv.writer.
for _cls, _name in ((_Reader, "reader"), (_Writer, "writer")):
    _cls.__name__ = _name
    _cls.__qualname__ = _name
    _cls.__module__ = "_csv"
del _cls, _name
