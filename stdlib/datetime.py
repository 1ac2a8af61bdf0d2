"""Dates, times and time zones (CPython's `datetime`, in the subset).

All calendar arithmetic is exact integer arithmetic on the proleptic
Gregorian calendar (ordinal 1 is 0001-01-01).  Conversions to and from POSIX
timestamps in UTC never go through the C library, so they are exact for
negative timestamps and far years too.  piepie's `time` module has no
`localtime`, so "local time" (naive `timestamp()`, `fromtimestamp()` without
tz, `astimezone()` of naive values) is UTC, which is what CPython gives on a
machine whose TZ is UTC.
"""

import time as _time
import math as _math

__all__ = ["date", "datetime", "time", "timedelta", "timezone", "tzinfo",
           "MINYEAR", "MAXYEAR", "UTC"]

MINYEAR = 1
MAXYEAR = 9999
_MAXORDINAL = 3652059
_EPOCH_ORDINAL = 719163

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
del _dbm, _dim

_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
               "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June",
                   "July", "August", "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                 "Saturday", "Sunday"]


# -- calendar helpers ---------------------------------------------------------

def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    """(year, month, day) of proleptic Gregorian ordinal n."""
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _iso_week1_monday(year):
    first_day = _ymd2ord(year, 1, 1)
    first_weekday = (first_day + 6) % 7
    week1monday = first_day - first_weekday
    if first_weekday > 3:
        week1monday += 7
    return week1monday


def _check_int(value):
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        raise TypeError("'float' object cannot be interpreted as an integer")
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _check_date_fields(year, month, day):
    year = _check_int(year)
    month = _check_int(month)
    day = _check_int(day)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return year, month, day


def _check_time_fields(hour, minute, second, microsecond, fold):
    hour = _check_int(hour)
    minute = _check_int(minute)
    second = _check_int(second)
    microsecond = _check_int(microsecond)
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")
    if fold not in (0, 1):
        raise ValueError("fold must be either 0 or 1")
    return hour, minute, second, microsecond, fold


def _check_tzinfo_arg(tz):
    if tz is not None and not isinstance(tz, tzinfo):
        raise TypeError("tzinfo argument must be None or of a tzinfo subclass, not type '%s'"
                        % type(tz).__name__)


def _type_name(obj, public):
    """Name CPython shows in reprs: 'datetime.X' for its own types."""
    cls = type(obj)
    if cls is public:
        return "datetime." + cls.__name__
    return cls.__name__


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


def _divide_and_round(a, b):
    """a / b rounded half to even (integers)."""
    q, r = divmod(a, b)
    r *= 2
    greater_than_half = r > b if b > 0 else r < b
    if greater_than_half or r == b and q % 2 == 1:
        q += 1
    return q


def _float_ratio(x):
    """Exact (numerator, denominator) of a finite float."""
    if x != x or x in (float("inf"), float("-inf")):
        raise ValueError("cannot convert %s to integer ratio" % x)
    den = 1
    while x != int(x):
        x *= 2.0
        den *= 2
    return int(x), den


def _format_offset(off, sep=":"):
    """'+HH:MM[:SS[.ffffff]]' for a timedelta offset, '' for None."""
    if off is None:
        return ""
    if off.days < 0:
        sign = "-"
        off = -off
    else:
        sign = "+"
    hh, rest = divmod(off.days * 86400 + off.seconds, 3600)
    mm, ss = divmod(rest, 60)
    s = "%s%02d%s%02d" % (sign, hh, sep, mm)
    if ss or off.microseconds:
        s += "%s%02d" % (sep, ss)
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _format_time(hh, mm, ss, us, timespec="auto"):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    elif timespec == "milliseconds":
        us //= 1000
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


def _check_utc_offset(name, offset):
    if offset is None:
        return
    if not isinstance(offset, timedelta):
        raise TypeError("tzinfo.%s() must return None or timedelta, not '%s'"
                        % (name, type(offset).__name__))
    if not -timedelta(1) < offset < timedelta(1):
        raise ValueError("offset must be a timedelta strictly between "
                         "-timedelta(hours=24) and timedelta(hours=24).")


# -- strftime -----------------------------------------------------------------

def _strftime(fmt, y, mo, d, hh, mi, ss, us, weekday, yday, obj):
    """Expand strftime directives for the given broken-down time."""
    out = []
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c != "%" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        ch = fmt[i + 1]
        i += 2
        if ch == "Y":
            out.append("%d" % y if y >= 1000 else "%d" % y)
        elif ch == "m":
            out.append("%02d" % mo)
        elif ch == "d":
            out.append("%02d" % d)
        elif ch == "H":
            out.append("%02d" % hh)
        elif ch == "M":
            out.append("%02d" % mi)
        elif ch == "S":
            out.append("%02d" % ss)
        elif ch == "f":
            out.append("%06d" % us)
        elif ch == "y":
            out.append("%02d" % (y % 100))
        elif ch == "I":
            out.append("%02d" % (hh % 12 or 12))
        elif ch == "p":
            out.append("AM" if hh < 12 else "PM")
        elif ch == "a":
            out.append(_DAYNAMES[weekday])
        elif ch == "A":
            out.append(_FULLDAYNAMES[weekday])
        elif ch == "b" or ch == "h":
            out.append(_MONTHNAMES[mo])
        elif ch == "B":
            out.append(_FULLMONTHNAMES[mo])
        elif ch == "j":
            out.append("%03d" % yday)
        elif ch == "w":
            out.append("%d" % ((weekday + 1) % 7))
        elif ch == "u":
            out.append("%d" % (weekday + 1))
        elif ch == "U":
            out.append("%02d" % ((yday + 6 - (weekday + 1) % 7) // 7))
        elif ch == "W":
            out.append("%02d" % ((yday + 6 - weekday) // 7))
        elif ch == "G" or ch == "V":
            iso = _isocalendar(y, mo, d)
            out.append("%d" % iso[0] if ch == "G" else "%02d" % iso[1])
        elif ch == "c":
            out.append("%s %s %2d %02d:%02d:%02d %d" % (
                _DAYNAMES[weekday], _MONTHNAMES[mo], d, hh, mi, ss, y))
        elif ch == "x":
            out.append("%02d/%02d/%02d" % (mo, d, y % 100))
        elif ch == "X":
            out.append("%02d:%02d:%02d" % (hh, mi, ss))
        elif ch == "z":
            off = obj.utcoffset() if obj is not None else None
            out.append(_format_offset(off, ""))
        elif ch == "Z":
            name = obj.tzname() if obj is not None else None
            out.append(name or "")
        elif ch == "%":
            out.append("%")
        else:
            out.append("%" + ch)
    return "".join(out)


def _isocalendar(year, month, day):
    week1monday = _iso_week1_monday(year)
    today = _ymd2ord(year, month, day)
    week, day = divmod(today - week1monday, 7)
    if week < 0:
        year -= 1
        week1monday = _iso_week1_monday(year)
        week, day = divmod(today - week1monday, 7)
    elif week >= 52:
        if today >= _iso_week1_monday(year + 1):
            year += 1
            week = 0
    return year, week + 1, day + 1


# -- timedelta ----------------------------------------------------------------

_US_PER = {"weeks": 604800000000, "days": 86400000000, "hours": 3600000000,
           "minutes": 60000000, "seconds": 1000000, "milliseconds": 1000,
           "microseconds": 1}


class timedelta:
    """A duration: days, seconds and microseconds, normalized."""

    __piepie_tp_name__ = "datetime.timedelta"

    __slots__ = ("_days", "_seconds", "_microseconds", "_hashcode")

    def __new__(cls, days=0, seconds=0, microseconds=0, milliseconds=0,
                minutes=0, hours=0, weeks=0):
        if (type(days) is int and type(seconds) is int and type(microseconds) is int
                and type(milliseconds) is int and type(minutes) is int
                and type(hours) is int and type(weeks) is int):
            # Fast path (all exact ints): the same sum as the loop below.
            return cls._from_microseconds(
                days * 86400000000 + seconds * 1000000 + microseconds
                + milliseconds * 1000 + minutes * 60000000 + hours * 3600000000
                + weeks * 604800000000)
        exact = 0
        frac = 0.0
        for value, unit in ((days, 86400000000), (seconds, 1000000),
                            (microseconds, 1), (milliseconds, 1000),
                            (minutes, 60000000), (hours, 3600000000),
                            (weeks, 604800000000)):
            if isinstance(value, int):
                exact += value * unit
            elif isinstance(value, float):
                whole = int(value)
                exact += whole * unit
                frac += (value - whole) * unit
            else:
                raise TypeError("unsupported type for timedelta %s component: %s"
                                % (_unit_name(unit), type(value).__name__))
        if frac:
            whole = _math.floor(frac)
            exact += whole
            rest = frac - whole
            if rest > 0.5 or (rest == 0.5 and exact % 2 == 1):
                exact += 1
        return cls._from_microseconds(exact)

    @classmethod
    def _from_microseconds(cls, us):
        d, rest = divmod(us, 86400000000)
        s, us = divmod(rest, 1000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self = object.__new__(cls)
        self._days = d
        self._seconds = s
        self._microseconds = us
        self._hashcode = -1
        return self

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def _to_microseconds(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    def total_seconds(self):
        """Total duration in seconds (float)."""
        return self._to_microseconds() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "%s(%s)" % (_type_name(self, timedelta), ", ".join(args))

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            plural = "s" if abs(self._days) != 1 else ""
            s = ("%d day%s, " % (self._days, plural)) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() + other._to_microseconds())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() - other._to_microseconds())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_microseconds(-self._to_microseconds())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() * other)
        if isinstance(other, float):
            a, b = _float_ratio(other)
            return timedelta._from_microseconds(_divide_and_round(self._to_microseconds() * a, b))
        return NotImplemented

    __rmul__ = __mul__

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_microseconds() // other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(self._to_microseconds() // other)
        return NotImplemented

    def __truediv__(self, other):
        usec = self._to_microseconds()
        if isinstance(other, timedelta):
            return usec / other._to_microseconds()
        if isinstance(other, int):
            return timedelta._from_microseconds(_divide_and_round(usec, other))
        if isinstance(other, float):
            a, b = _float_ratio(other)
            return timedelta._from_microseconds(_divide_and_round(b * usec, a))
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_microseconds(self._to_microseconds() % other._to_microseconds())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_microseconds(), other._to_microseconds())
            return q, timedelta._from_microseconds(r)
        return NotImplemented

    def _key(self):
        return (self._days, self._seconds, self._microseconds)

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._key() == other._key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timedelta):
            return self._key() != other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return self._days != 0 or self._seconds != 0 or self._microseconds != 0

    def __reduce__(self):
        return (self.__class__, self._key())


def _unit_name(unit):
    for name in _US_PER:
        if _US_PER[name] == unit:
            return name
    return "?"


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59,
                          microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


# -- date -----------------------------------------------------------------------

class date:
    """A calendar date (year, month, day) in the proleptic Gregorian calendar."""

    __piepie_tp_name__ = "datetime.date"

    __slots__ = ("_year", "_month", "_day", "_hashcode")

    def __new__(cls, year, month=None, day=None):
        year, month, day = _check_date_fields(year, month, day)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hashcode = -1
        return self

    @classmethod
    def fromtimestamp(cls, t):
        """Local date of a POSIX timestamp (local time is UTC in piepie)."""
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        return cls(y, m, d)

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def fromordinal(cls, n):
        if not 1 <= n <= _MAXORDINAL:
            raise ValueError("ordinal must be >= 1")
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) not in (7, 8, 10):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        try:
            fields = _parse_isoformat_date(date_string)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(*fields)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        return cls(*_isocal_to_ymd(year, week, day))

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    def __repr__(self):
        return "%s(%d, %d, %d)" % (_type_name(self, date), self._year, self._month, self._day)

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[weekday - 1], _MONTHNAMES[self._month],
                                            self._day, self._year)

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, 0, 0, 0, 0,
                         self.weekday(), self._yday(), None)

    def __format__(self, fmt):
        if not isinstance(fmt, str):
            raise TypeError("must be str, not %s" % type(fmt).__name__)
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def _yday(self):
        return _days_before_month(self._year, self._month) + self._day

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def replace(self, year=None, month=None, day=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        return type(self)(year, month, day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def timetuple(self):
        """Return a time.struct_time for midnight of this date (tm_isdst -1)."""
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0,
                                  self.weekday(), self._yday(), -1))

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        return IsoCalendarDate(*_isocalendar(self._year, self._month, self._day))

    def _date_key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() == other._date_key()
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() != other._date_key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() < other._date_key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() <= other._date_key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() > other._date_key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._date_key() >= other._date_key()
        return NotImplemented

    def __hash__(self):
        return hash(self._date_key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("date value out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented

    def __reduce__(self):
        return (self.__class__, self._date_key())


class IsoCalendarDate(tuple):
    """(year, week, weekday) as returned by isocalendar()."""

    def __new__(cls, year, week, weekday):
        return tuple.__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "%s(year=%d, week=%d, weekday=%d)" % (
            _type_name(self, IsoCalendarDate), self[0], self[1], self[2])


def _isocal_to_ymd(year, week, day):
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("Year is out of range: %d" % year)
    if not 0 < week < 53:
        out_of_range = True
        if week == 53:
            first_weekday = _ymd2ord(year, 1, 1) % 7
            if first_weekday == 4 or (first_weekday == 3 and _is_leap(year)):
                out_of_range = False
        if out_of_range:
            raise ValueError("Invalid week: %d" % week)
    if not 0 < day < 8:
        raise ValueError("Invalid weekday: %d (range is [1, 7])" % day)
    day_1 = _iso_week1_monday(year)
    return _ord2ymd(day_1 + (week - 1) * 7 + (day - 1))


def _parse_digits(s, start, count):
    text = s[start:start + count]
    if len(text) != count:
        raise ValueError("short")
    for c in text:
        if c not in "0123456789":
            raise ValueError("not a digit")
    return int(text)


def _parse_isoformat_date(s):
    """(year, month, day) of YYYY-MM-DD, YYYYMMDD, YYYY-Www[-D] or YYYYWww[D]."""
    year = _parse_digits(s, 0, 4)
    has_sep = len(s) > 4 and s[4] == "-"
    pos = 5 if has_sep else 4
    if s[pos:pos + 1] == "W":
        pos += 1
        week = _parse_digits(s, pos, 2)
        pos += 2
        day = 1
        if len(s) > pos:
            if has_sep:
                if s[pos] != "-":
                    raise ValueError("bad separator")
                pos += 1
            day = _parse_digits(s, pos, 1)
            pos += 1
        if len(s) != pos:
            raise ValueError("extra")
        return _isocal_to_ymd(year, week, day)
    month = _parse_digits(s, pos, 2)
    pos += 2
    if has_sep:
        if s[pos:pos + 1] != "-":
            raise ValueError("bad separator")
        pos += 1
    day = _parse_digits(s, pos, 2)
    if len(s) != pos + 2:
        raise ValueError("extra")
    return year, month, day


def _parse_isoformat_time(s):
    """(hh, mm, ss, us, tzinfo) of an ISO 8601 time with optional offset."""
    tzpos = -1
    for i in range(len(s)):
        if s[i] in "+-Z":
            tzpos = i
            break
    timestr = s if tzpos < 0 else s[:tzpos]
    fields = _parse_hh_mm_ss_ff(timestr)
    tz = None
    if tzpos >= 0:
        tzstr = s[tzpos:]
        if tzstr == "Z":
            tz = timezone.utc
        else:
            if tzstr[0] == "Z":
                raise ValueError("bad tz")
            sign = -1 if tzstr[0] == "-" else 1
            hh, mm, ss, us = _parse_hh_mm_ss_ff(tzstr[1:])
            td = sign * timedelta(hours=hh, minutes=mm, seconds=ss, microseconds=us)
            tz = timezone.utc if not td else timezone(td)
    return fields[0], fields[1], fields[2], fields[3], tz


def _parse_hh_mm_ss_ff(s):
    n = len(s)
    values = [0, 0, 0, 0]
    pos = 0
    has_sep = None
    for comp in range(3):
        values[comp] = _parse_digits(s, pos, 2)
        pos += 2
        if pos >= n:
            break
        c = s[pos]
        if comp == 2:
            break
        if c == ":":
            if has_sep is False:
                raise ValueError("inconsistent separator")
            has_sep = True
            pos += 1
        elif c in ".,":
            break
        else:
            if has_sep:
                raise ValueError("inconsistent separator")
            has_sep = False
    if pos < n:
        if s[pos] not in ".,":
            raise ValueError("bad fraction")
        pos += 1
        digits = s[pos:]
        if not digits or len(digits) > 9 or not digits.isdigit():
            raise ValueError("bad fraction")
        frac = digits[:6]
        us = int(frac) * 10 ** (6 - len(frac))
        values[3] = us
    return values


# -- tzinfo and timezone ----------------------------------------------------------

class tzinfo:
    """Abstract base class for time zone info objects."""

    __piepie_tp_name__ = "datetime.tzinfo"

    __slots__ = ()

    def tzname(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement tzname()")

    def utcoffset(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement utcoffset()")

    def dst(self, dt):
        raise NotImplementedError("a tzinfo subclass must implement dst()")

    def fromutc(self, dt):
        """datetime in UTC -> datetime in local time (standard algorithm)."""
        if not isinstance(dt, datetime):
            raise TypeError("fromutc() requires a datetime argument")
        if dt.tzinfo is not self:
            raise ValueError("dt.tzinfo is not self")
        dtoff = dt.utcoffset()
        if dtoff is None:
            raise ValueError("fromutc() requires a non-None utcoffset() result")
        dtdst = dt.dst()
        if dtdst is None:
            raise ValueError("fromutc() requires a non-None dst() result")
        delta = dtoff - dtdst
        if delta:
            dt += delta
            dtdst = dt.dst()
            if dtdst is None:
                raise ValueError("fromutc(): dt.dst gave inconsistent results; cannot convert")
        return dt + dtdst


class timezone(tzinfo):
    """A fixed offset from UTC, with an optional name."""

    __piepie_tp_name__ = "datetime.timezone"

    __slots__ = ("_offset", "_name")

    def __new__(cls, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("timezone() argument 1 must be datetime.timedelta, not %s"
                            % type(offset).__name__)
        if name is not None and not isinstance(name, str):
            raise TypeError("timezone() argument 2 must be str, not %s" % type(name).__name__)
        if not -timedelta(1) < offset < timedelta(1):
            raise ValueError("offset must be a timedelta strictly between "
                             "-timedelta(hours=24) and timedelta(hours=24), not %r." % (offset,))
        if name is None and not offset and _UTC_SINGLETON:
            return _UTC_SINGLETON[0]
        self = tzinfo.__new__(cls)
        self._offset = offset
        self._name = name
        return self

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, timezone):
            return self._offset != other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "%s(%r)" % (_type_name(self, timezone), self._offset)
        return "%s(%r, %r)" % (_type_name(self, timezone), self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def utcoffset(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return self._offset
        raise TypeError("utcoffset() argument must be a datetime instance or None")

    def tzname(self, dt):
        if isinstance(dt, datetime) or dt is None:
            if self._name is None:
                return self._name_from_offset(self._offset)
            return self._name
        raise TypeError("tzname() argument must be a datetime instance or None")

    def dst(self, dt):
        if isinstance(dt, datetime) or dt is None:
            return None
        raise TypeError("dst() argument must be a datetime instance or None")

    def fromutc(self, dt):
        if isinstance(dt, datetime):
            if dt.tzinfo is not self:
                raise ValueError("fromutc: dt.tzinfo is not self")
            return dt + self._offset
        raise TypeError("fromutc() argument must be a datetime instance or None")

    @staticmethod
    def _name_from_offset(delta):
        if not delta:
            return "UTC"
        return "UTC" + _format_offset(delta)


_UTC_SINGLETON = []
timezone.utc = timezone(timedelta(0))
_UTC_SINGLETON.append(timezone.utc)
timezone.min = timezone(-timedelta(hours=23, minutes=59))
timezone.max = timezone(timedelta(hours=23, minutes=59))
UTC = timezone.utc


# -- time ---------------------------------------------------------------------

class time:
    """A time of day, optionally with a tzinfo."""

    __piepie_tp_name__ = "datetime.time"

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold", "_hashcode")

    def __new__(cls, hour=0, minute=0, second=0, microsecond=0, tzinfo=None, *, fold=0):
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    @classmethod
    def fromisoformat(cls, time_string):
        if not isinstance(time_string, str):
            raise TypeError("fromisoformat: argument must be str")
        s = time_string[1:] if time_string.startswith("T") else time_string
        try:
            hh, mm, ss, us, tz = _parse_isoformat_time(s)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (time_string,))
        return cls(hh, mm, ss, us, tz)

    @property
    def hour(self):
        return self._hour

    @property
    def minute(self):
        return self._minute

    @property
    def second(self):
        return self._second

    @property
    def microsecond(self):
        return self._microsecond

    @property
    def tzinfo(self):
        return self._tzinfo

    @property
    def fold(self):
        return self._fold

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(None)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        return self._tzinfo.tzname(None)

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(None)
        _check_utc_offset("dst", offset)
        return offset

    def __repr__(self):
        if self._microsecond != 0:
            s = ", %d, %d" % (self._second, self._microsecond)
        elif self._second != 0:
            s = ", %d" % self._second
        else:
            s = ""
        s = "%s(%d, %d%s)" % (_type_name(self, time), self._hour, self._minute, s)
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    __str__ = isoformat

    def strftime(self, fmt):
        return _strftime(fmt, 1900, 1, 1, self._hour, self._minute, self._second,
                         self._microsecond, 0, 1, self)

    def __format__(self, fmt):
        if len(fmt) != 0:
            return self.strftime(fmt)
        return str(self)

    def replace(self, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True, *, fold=None):
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(hour, minute, second, microsecond, tzinfo, fold=fold)

    def _cmp_time(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp((self._hour, self._minute, self._second, self._microsecond),
                        (other._hour, other._minute, other._second, other._microsecond))
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware times")
        myhhmm = self._hour * 60 + self._minute - myoff // timedelta(minutes=1)
        othhmm = other._hour * 60 + other._minute - otoff // timedelta(minutes=1)
        return _cmp((myhhmm, self._second, self._microsecond),
                    (othhmm, other._second, other._microsecond))

    def __eq__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other, allow_mixed=True) == 0
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other, allow_mixed=True) != 0
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other) < 0
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._cmp_time(other) >= 0
        return NotImplemented

    def __hash__(self):
        off = self.utcoffset()
        if not off:
            return hash((self._hour, self._minute, self._second, self._microsecond))
        us = ((self._hour * 60 + self._minute) * 60 + self._second) * 1000000 \
            + self._microsecond - off._to_microseconds()
        return hash(us)

    def __bool__(self):
        return True


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)


# -- datetime -----------------------------------------------------------------

def _utc_fields(t):
    """(y, m, d, hh, mm, ss, us) of POSIX timestamp t in UTC, exactly.

    Floats are split into whole seconds and microseconds rounded half to
    even, as CPython does; ints never go through floats.
    """
    if isinstance(t, int):
        secs = t
        us = 0
    elif isinstance(t, float):
        if t != t:
            raise ValueError("Invalid value NaN (not a number)")
        if not -9.223372036854776e18 < t < 9.223372036854776e18:
            raise OverflowError("timestamp out of range for platform time_t")
        secs = int(t)
        frac = t - secs
        us = round(frac * 1e6)
        if us >= 1000000:
            secs += 1
            us -= 1000000
        elif us < 0:
            secs -= 1
            us += 1000000
    else:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(t).__name__)
    if not -2 ** 63 <= secs < 2 ** 63:
        raise OverflowError("timestamp out of range for platform time_t")
    days, rest = divmod(secs, 86400)
    ordinal = days + _EPOCH_ORDINAL
    if not 1 <= ordinal <= _MAXORDINAL:
        raise ValueError("year %d is out of range" % _ord2ymd(ordinal)[0])
    y, m, d = _ord2ymd(ordinal)
    hh, rest = divmod(rest, 3600)
    mm, ss = divmod(rest, 60)
    return y, m, d, hh, mm, ss, us


class datetime(date):
    """A date and a time of day, optionally aware (with a tzinfo)."""

    __piepie_tp_name__ = "datetime.datetime"

    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo", "_fold")

    def __new__(cls, year, month=None, day=None, hour=0, minute=0, second=0,
                microsecond=0, tzinfo=None, *, fold=0):
        year, month, day = _check_date_fields(year, month, day)
        hour, minute, second, microsecond, fold = _check_time_fields(
            hour, minute, second, microsecond, fold)
        _check_tzinfo_arg(tzinfo)
        self = object.__new__(cls)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo
        self._fold = fold
        self._hashcode = -1
        return self

    hour = time.hour
    minute = time.minute
    second = time.second
    microsecond = time.microsecond
    tzinfo = time.tzinfo
    fold = time.fold

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        """datetime of POSIX timestamp t: in tz, or naive local (UTC) time."""
        _check_tzinfo_arg(tz)
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        result = cls(y, m, d, hh, mm, ss, us, tz)
        if tz is not None:
            result = tz.fromutc(result)
        return result

    @classmethod
    def utcfromtimestamp(cls, t):
        """Naive UTC datetime of POSIX timestamp t."""
        y, m, d, hh, mm, ss, us = _utc_fields(t)
        return cls(y, m, d, hh, mm, ss, us)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, date, time, tzinfo=True):
        if not isinstance(date, _DATE_CLASS):
            raise TypeError("combine() argument 1 must be datetime.date, not %s"
                            % type(date).__name__)
        if not isinstance(time, _TIME_CLASS):
            raise TypeError("combine() argument 2 must be datetime.time, not %s"
                            % type(time).__name__)
        if tzinfo is True:
            tzinfo = time.tzinfo
        return cls(date.year, date.month, date.day, time.hour, time.minute,
                   time.second, time.microsecond, tzinfo, fold=time.fold)

    @classmethod
    def fromisoformat(cls, date_string):
        if not isinstance(date_string, str):
            raise TypeError("fromisoformat: argument must be str")
        if len(date_string) < 7:
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        try:
            split = _find_isoformat_datetime_separator(date_string)
            y, m, d = _parse_isoformat_date(date_string[:split])
            tstr = date_string[split + 1:]
            if split < len(date_string):
                hh, mi, ss, us, tz = _parse_isoformat_time(tstr)
            else:
                hh = mi = ss = us = 0
                tz = None
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % (date_string,))
        return cls(y, m, d, hh, mi, ss, us, tz)

    @classmethod
    def strptime(cls, date_string, format):
        """Parse date_string according to format (common directives)."""
        return _strptime(cls, date_string, format)

    def timestamp(self):
        """POSIX timestamp (float); naive values are local time (UTC)."""
        if self._tzinfo is None:
            days = self.toordinal() - _EPOCH_ORDINAL
            secs = days * 86400 + self._hour * 3600 + self._minute * 60 + self._second
            return secs + self._microsecond / 1e6
        off = self.utcoffset()
        if off is None:
            off = timedelta(0)
        days = self.toordinal() - _EPOCH_ORDINAL
        us = ((days * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
              * 1000000 + self._microsecond - off._to_microseconds())
        return us / 10 ** 6

    def utctimetuple(self):
        """Return a time.struct_time in UTC (tm_isdst always 0)."""
        off = self.utcoffset()
        d = self
        if off:
            d = (self - off).replace(tzinfo=None)
        return _time.struct_time((d._year, d._month, d._day, d._hour, d._minute,
                                  d._second, d.weekday(), d._yday(), 0))

    def timetuple(self):
        """Return a time.struct_time; tm_isdst comes from dst() (-1 if None)."""
        dst = self.dst()
        if dst is None:
            flag = -1
        elif dst:
            flag = 1
        else:
            flag = 0
        return _time.struct_time((self._year, self._month, self._day, self._hour,
                                  self._minute, self._second, self.weekday(),
                                  self._yday(), flag))

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond, fold=self._fold)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond,
                    self._tzinfo, fold=self._fold)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None,
                second=None, microsecond=None, tzinfo=True, *, fold=None):
        if year is None:
            year = self._year
        if month is None:
            month = self._month
        if day is None:
            day = self._day
        if hour is None:
            hour = self._hour
        if minute is None:
            minute = self._minute
        if second is None:
            second = self._second
        if microsecond is None:
            microsecond = self._microsecond
        if tzinfo is True:
            tzinfo = self._tzinfo
        if fold is None:
            fold = self._fold
        return type(self)(year, month, day, hour, minute, second, microsecond,
                          tzinfo, fold=fold)

    def astimezone(self, tz=None):
        if tz is None:
            # The local zone; piepie's local time is UTC (see the module doc).
            tz = timezone(timedelta(0), "UTC")
        elif not isinstance(tz, tzinfo):
            raise TypeError("astimezone() argument 1 must be datetime.tzinfo, not %s"
                            % type(tz).__name__)
        mytz = self._tzinfo
        if mytz is None:
            offset = timedelta(0)
        else:
            offset = self.utcoffset()
            if offset is None:
                offset = timedelta(0)
        if tz is mytz:
            return self
        utc = (self - offset).replace(tzinfo=tz)
        return tz.fromutc(utc)

    def ctime(self):
        weekday = self.toordinal() % 7 or 7
        return "%s %s %2d %02d:%02d:%02d %04d" % (
            _DAYNAMES[weekday - 1], _MONTHNAMES[self._month], self._day,
            self._hour, self._minute, self._second, self._year)

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s" % (self._year, self._month, self._day, sep) + _format_time(
            self._hour, self._minute, self._second, self._microsecond, timespec)
        return s + _format_offset(self.utcoffset())

    def __repr__(self):
        fields = [self._year, self._month, self._day, self._hour, self._minute,
                  self._second, self._microsecond]
        if fields[-1] == 0:
            del fields[-1]
        if fields[-1] == 0:
            del fields[-1]
        s = "%s(%s)" % (_type_name(self, datetime), ", ".join([str(f) for f in fields]))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r" % self._tzinfo + ")"
        if self._fold:
            s = s[:-1] + ", fold=1)"
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def strftime(self, fmt):
        return _strftime(fmt, self._year, self._month, self._day, self._hour,
                         self._minute, self._second, self._microsecond,
                         self.weekday(), self._yday(), self)

    def utcoffset(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.utcoffset(self)
        _check_utc_offset("utcoffset", offset)
        return offset

    def tzname(self):
        if self._tzinfo is None:
            return None
        name = self._tzinfo.tzname(self)
        if name is not None and not isinstance(name, str):
            raise TypeError("tzinfo.tzname() must return None or a string, not '%s'"
                            % type(name).__name__)
        return name

    def dst(self):
        if self._tzinfo is None:
            return None
        offset = self._tzinfo.dst(self)
        _check_utc_offset("dst", offset)
        return offset

    def _local_us(self):
        days = self.toordinal()
        return ((days * 86400 + self._hour * 3600 + self._minute * 60 + self._second)
                * 1000000 + self._microsecond)

    def _cmp_dt(self, other, allow_mixed=False):
        mytz = self._tzinfo
        ottz = other._tzinfo
        myoff = otoff = None
        if mytz is ottz:
            base_compare = True
        else:
            myoff = self.utcoffset()
            otoff = other.utcoffset()
            base_compare = myoff == otoff
        if base_compare:
            return _cmp(self._local_us(), other._local_us())
        if myoff is None or otoff is None:
            if allow_mixed:
                return 2
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        diff = self - other
        if diff.days < 0:
            return -1
        return 1 if diff else 0

    def __eq__(self, other):
        if isinstance(other, datetime):
            return self._cmp_dt(other, allow_mixed=True) == 0
        if isinstance(other, date):
            return False
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, datetime):
            return self._cmp_dt(other, allow_mixed=True) != 0
        if isinstance(other, date):
            return True
        return NotImplemented

    def _order_check(self, other):
        if isinstance(other, datetime):
            return True
        if isinstance(other, date):
            raise TypeError("can't compare %s to %s" % (
                _type_name(self, datetime), _type_name(other, date)))
        return False

    def __lt__(self, other):
        if self._order_check(other):
            return self._cmp_dt(other) < 0
        return NotImplemented

    def __le__(self, other):
        if self._order_check(other):
            return self._cmp_dt(other) <= 0
        return NotImplemented

    def __gt__(self, other):
        if self._order_check(other):
            return self._cmp_dt(other) > 0
        return NotImplemented

    def __ge__(self, other):
        if self._order_check(other):
            return self._cmp_dt(other) >= 0
        return NotImplemented

    def __hash__(self):
        off = self.utcoffset()
        us = self._local_us()
        if off:
            us -= off._to_microseconds()
        return hash(us)

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = self._local_us() + other._to_microseconds()
        days, rest = divmod(us, 86400000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        secs, us = divmod(rest, 1000000)
        hh, secs = divmod(secs, 3600)
        mm, ss = divmod(secs, 60)
        return type(self)(y, m, d, hh, mm, ss, us, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if not isinstance(other, datetime):
            if isinstance(other, timedelta):
                return self + -other
            return NotImplemented
        base = self._local_us() - other._local_us()
        if self._tzinfo is other._tzinfo:
            return timedelta._from_microseconds(base)
        myoff = self.utcoffset()
        otoff = other.utcoffset()
        if myoff == otoff:
            return timedelta._from_microseconds(base)
        if myoff is None or otoff is None:
            raise TypeError("can't subtract offset-naive and offset-aware datetimes")
        return timedelta._from_microseconds(base - myoff._to_microseconds() + otoff._to_microseconds())

    def __reduce__(self):
        return (self.__class__, (self._year, self._month, self._day, self._hour,
                                 self._minute, self._second, self._microsecond, self._tzinfo))


_DATE_CLASS = date
_TIME_CLASS = time

datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


def _find_isoformat_datetime_separator(s):
    """Index of the date/time separator (len(s) if there is no time part)."""
    n = len(s)
    if n == 7:
        return 7
    if "-" in s[:5]:
        if s[4:5] != "-":
            raise ValueError("bad date")
        if s[5:6] == "W":
            if n < 8:
                raise ValueError("bad week")
            if n > 8 and s[8] == "-":
                return 10 if n >= 10 else 8
            return 8
        return 10 if n >= 10 else n
    if s[4:5] == "W":
        idx = 7
        if idx < n and s[idx] in "0123456789":
            idx += 1
        return idx
    return 8


# -- strptime -----------------------------------------------------------------

def _match_digits(s, pos, lo, hi):
    """Parse between lo and hi digits at pos; return (value, newpos) or None."""
    end = pos
    while end < len(s) and end - pos < hi and s[end] in "0123456789":
        end += 1
    if end - pos < lo:
        return None
    return int(s[pos:end]), end


def _match_name(s, pos, names):
    low = s[pos:].lower()
    best = None
    for idx in range(len(names)):
        name = names[idx]
        if name is not None and low.startswith(name.lower()):
            if best is None or len(name) > len(names[best]):
                best = idx
    if best is None:
        return None
    return best, pos + len(names[best])


def _strptime(cls, data, fmt, as_struct=False):
    if not isinstance(data, str):
        raise TypeError("strptime() argument 1 must be str, not %s" % type(data).__name__)
    if not isinstance(fmt, str):
        raise TypeError("strptime() argument 2 must be str, not %s" % type(fmt).__name__)
    year = None
    month = day = 1
    hour = minute = second = us = 0
    hour12 = None
    ampm = None
    yday = None
    weekday = None
    iso_year = None
    iso_week = None
    zone_utc = False
    week_of_year = None
    week_starts_monday = False
    tz = None
    pos = 0
    i = 0
    n = len(fmt)

    def mismatch():
        return ValueError("time data %r does not match format %r" % (data, fmt))

    while i < n:
        c = fmt[i]
        if c.isspace():
            while i < n and fmt[i].isspace():
                i += 1
            start = pos
            while pos < len(data) and data[pos].isspace():
                pos += 1
            if pos == start:
                raise mismatch()
            continue
        if c != "%":
            if pos >= len(data) or data[pos].lower() != c.lower():
                raise mismatch()
            pos += 1
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("stray %% in format '%s'" % fmt)
        d = fmt[i + 1]
        i += 2
        r = None
        if d == "Y":
            r = _match_digits(data, pos, 4, 4)
            if r:
                year = r[0]
        elif d == "y":
            r = _match_digits(data, pos, 2, 2)
            if r:
                year = r[0] + (1900 if r[0] >= 69 else 2000)
        elif d == "m":
            r = _match_digits(data, pos, 1, 2)
            if r and not 1 <= r[0] <= 12:
                r = None
            if r:
                month = r[0]
        elif d == "d":
            r = _match_digits(data, pos, 1, 2)
            if r and not 1 <= r[0] <= 31:
                r = None
            if r:
                day = r[0]
        elif d == "H":
            r = _match_digits(data, pos, 1, 2)
            if r and r[0] > 23:
                r = None
            if r:
                hour = r[0]
        elif d == "I":
            r = _match_digits(data, pos, 1, 2)
            if r and not 1 <= r[0] <= 12:
                r = None
            if r:
                hour12 = r[0]
        elif d == "M":
            r = _match_digits(data, pos, 1, 2)
            if r and r[0] > 59:
                r = None
            if r:
                minute = r[0]
        elif d == "S":
            r = _match_digits(data, pos, 1, 2)
            if r and r[0] > 61:
                r = None
            if r:
                second = r[0]
        elif d == "f":
            r = _match_digits(data, pos, 1, 6)
            if r:
                text = data[pos:r[1]]
                us = int(text + "0" * (6 - len(text)))
        elif d == "j":
            r = _match_digits(data, pos, 1, 3)
            if r and not 1 <= r[0] <= 366:
                r = None
            if r:
                yday = r[0]
        elif d == "p":
            r = _match_name(data, pos, ["am", "pm"])
            if r:
                ampm = r[0]
        elif d == "a":
            r = _match_name(data, pos, _DAYNAMES)
            if r:
                weekday = r[0]
        elif d == "A":
            r = _match_name(data, pos, _FULLDAYNAMES)
            if r:
                weekday = r[0]
        elif d == "b":
            r = _match_name(data, pos, _MONTHNAMES)
            if r:
                month = r[0]
        elif d == "B":
            r = _match_name(data, pos, _FULLMONTHNAMES)
            if r:
                month = r[0]
        elif d == "w":
            r = _match_digits(data, pos, 1, 1)
            if r and r[0] > 6:
                r = None
            if r:
                weekday = (r[0] + 6) % 7
        elif d == "u":
            r = _match_digits(data, pos, 1, 1)
            if r and not 1 <= r[0] <= 7:
                r = None
            if r:
                weekday = r[0] - 1
        elif d == "U" or d == "W":
            r = _match_digits(data, pos, 1, 2)
            if r and r[0] > 53:
                r = None
            if r:
                week_of_year = r[0]
                week_starts_monday = d == "W"
        elif d == "G":
            r = _match_digits(data, pos, 4, 4)
            if r:
                iso_year = r[0]
        elif d == "V":
            r = _match_digits(data, pos, 1, 2)
            if r and not 1 <= r[0] <= 53:
                r = None
            if r:
                iso_week = r[0]
        elif d == "z":
            r = _match_tz(data, pos)
            if r:
                tz = r[0]
        elif d == "Z":
            r = _match_name(data, pos, ["utc", "gmt"])
            if r:
                zone_utc = True
        elif d == "%":
            if data[pos:pos + 1] == "%":
                r = (None, pos + 1)
        else:
            raise ValueError("'%s' is a bad directive in format '%s'" % (d, "%" + d))
        if r is None:
            raise mismatch()
        pos = r[1]
    if pos != len(data):
        raise ValueError("unconverted data remains: %s" % data[pos:])
    if hour12 is not None:
        hour = hour12 % 12
        if ampm == 1:
            hour += 12
    weekday_hint = "('%A', '%a', '%w', or '%u')."
    if year is None and iso_year is not None:
        if iso_week is None or weekday is None:
            raise ValueError("ISO year directive '%G' must be used with the ISO week "
                             "directive '%V' and a weekday directive " + weekday_hint)
        if yday is not None:
            raise ValueError("Day of the year directive '%j' is not compatible with ISO "
                             "year directive '%G'. Use '%Y' instead.")
    elif week_of_year is None and iso_week is not None:
        if weekday is None:
            raise ValueError("ISO week directive '%V' must be used with the ISO year "
                             "directive '%G' and a weekday directive " + weekday_hint)
        raise ValueError("ISO week directive '%V' is incompatible with the year "
                         "directive '%Y'. Use the ISO year '%G' instead.")
    leap_default = False
    if year is None:
        year = 1900
        if month == 2 and day == 29:
            year = 1904
            leap_default = True
    if yday is None and weekday is not None:
        if week_of_year is not None:
            # Day of the year from a week number counted from the first
            # Monday (%W) or Sunday (%U) of the year.
            first = (_ymd2ord(year, 1, 1) + 6) % 7
            wd = weekday
            if not week_starts_monday:
                first = (first + 1) % 7
                wd = (wd + 1) % 7
            if week_of_year == 0:
                yday = 1 + wd - first
            else:
                yday = 1 + (7 - first) % 7 + 7 * (week_of_year - 1) + wd
        elif iso_year is not None and iso_week is not None:
            start = _iso_week1_monday(iso_year)
            o = start + 7 * (iso_week - 1) + weekday
            year = iso_year
            yday = o - _ymd2ord(year, 1, 1) + 1
        if yday is not None and yday <= 0:
            year -= 1
            yday += 366 if _is_leap(year) else 365
    if yday is not None:
        year, month, day = _ord2ymd(_ymd2ord(year, 1, 1) + yday - 1)
    if as_struct:
        # time.strptime: the fields as a struct_time; a %a/%A/%w/%u weekday
        # is kept as parsed, a Feb 29 without a year is accepted as 1900's.
        if day > _days_in_month(year, month):
            raise ValueError("day is out of range for month")
        o = _ymd2ord(year, month, day)
        if weekday is None:
            weekday = (o + 6) % 7
        yd = o - _ymd2ord(year, 1, 1) + 1
        if leap_default:
            year = 1900
        return _time.struct_time((year, month, day, hour, minute, second, weekday, yd,
                                  0 if zone_utc else -1))
    if leap_default:
        year = 1900
    if day > _days_in_month(year, month):
        raise ValueError("day is out of range for month")
    return cls(year, month, day, hour, minute, second, us, tz)


def _time_strptime(data_string, format="%a %b %d %H:%M:%S %Y"):
    """time.strptime (the native time module calls this)."""
    for index, arg in enumerate([data_string, format]):
        if not isinstance(arg, str):
            # CPython's _strptime words it this way (index from 0, the class).
            raise TypeError("strptime() argument %d must be str, not %s" % (index, type(arg)))
    return _strptime(None, data_string, format, True)


def _match_tz(s, pos):
    """Parse a %z value at pos: Z, +HHMM[SS[.ffffff]] or +HH:MM[:SS[.ffffff]]."""
    if s[pos:pos + 1] == "Z":
        return timezone.utc, pos + 1
    if s[pos:pos + 1] not in ("+", "-"):
        return None
    sign = -1 if s[pos] == "-" else 1
    p = pos + 1
    hh = _match_digits(s, p, 2, 2)
    if hh is None:
        return None
    p = hh[1]
    colon = s[p:p + 1] == ":"
    if colon:
        p += 1
    mm = _match_digits(s, p, 2, 2)
    if mm is None:
        return None
    p = mm[1]
    ss = 0
    us = 0
    if (colon and s[p:p + 1] == ":") or (not colon and s[p:p + 2].isdigit()):
        q = p + 1 if colon else p
        r = _match_digits(s, q, 2, 2)
        if r is not None:
            ss = r[0]
            p = r[1]
            if s[p:p + 1] == ".":
                f = _match_digits(s, p + 1, 1, 6)
                if f is not None:
                    text = s[p + 1:f[1]]
                    us = int(text + "0" * (6 - len(text)))
                    p = f[1]
    off = sign * timedelta(hours=hh[0], minutes=mm[0], seconds=ss, microseconds=us)
    return timezone(off), p
