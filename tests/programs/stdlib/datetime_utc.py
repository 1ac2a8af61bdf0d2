from datetime import datetime, date, time, timedelta, timezone, tzinfo, UTC, MINYEAR, MAXYEAR
import datetime as dtmod

utc = timezone.utc
for ts in [0, 1, -1, 86399, 86400, -86400, 951782400, 951868800, 1700000000, 2147483647,
           2147483648, -2147483648, 4102444800, 253402300799, -62135596800, 1e9, 1.5, -1.5,
           1700000000.123456, 1700000000.9999995, -0.0000005, 0.0000005, -0.5, 1234567890.5,
           -1e-7, 1.0000015, 978307199.999999, 946684799.9999999, -86400.25]:
    a = datetime.fromtimestamp(ts, tz=utc)
    b = datetime.utcfromtimestamp(ts)
    print(ts, repr(a), b.isoformat(), a.timestamp(), b.replace(tzinfo=utc).timestamp())

for d in [datetime(1970, 1, 1, tzinfo=utc), datetime(2000, 2, 29, 23, 59, 59, 999999, tzinfo=utc),
          datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=utc), datetime(1, 1, 1, tzinfo=utc),
          datetime(9999, 12, 30, 23, 59, 59, 999999, tzinfo=utc),
          datetime(2024, 3, 10, 2, 30, tzinfo=timezone(timedelta(hours=-5))),
          datetime(2023, 12, 31, 23, 0, tzinfo=timezone(timedelta(hours=-2))),
          datetime(2024, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=5, minutes=45)))]:
    ts = d.timestamp()
    back = datetime.fromtimestamp(ts, utc)
    print(repr(d), ts, back, d.astimezone(utc), d == back)

print(datetime(2024, 5, 6, 7, 8, 9).timestamp(), datetime(1960, 1, 1, 0, 0, 0, 1).timestamp())
print(datetime.fromtimestamp(1700000000.25))
print(datetime.fromtimestamp(10**10, timezone(timedelta(hours=9), "JST")))

# timedelta
tds = [timedelta(), timedelta(1), timedelta(-1), timedelta(seconds=-1), timedelta(microseconds=-1),
       timedelta(days=1, seconds=5, microseconds=3), timedelta(hours=25, minutes=61, seconds=61),
       timedelta(weeks=2, milliseconds=1500), timedelta(days=-3, hours=4), timedelta(seconds=0.5),
       timedelta(days=1.5), timedelta(minutes=-0.25), timedelta(microseconds=1.5),
       timedelta(microseconds=2.5), timedelta(hours=1.0000001), timedelta(days=999999999)]
for td in tds:
    print(repr(td), str(td), td.days, td.seconds, td.microseconds, td.total_seconds(), bool(td))
a = timedelta(hours=5, microseconds=7)
b = timedelta(minutes=90)
print(a + b, a - b, b - a, -a, abs(-a), +a, a * 3, 3 * a, a * 0.5, a * -1.5, a / 2, a / 3, a / 0.3)
print(a / b, a // b, a % b, divmod(a, b), a // 7, b / timedelta(seconds=7))
print(a > b, a == timedelta(seconds=18000, microseconds=7), a != b, sorted([a, b, -a])[0])
print(timedelta.min, timedelta.max, timedelta.resolution, repr(timedelta.max))
print(hash(timedelta(1)) == hash(timedelta(hours=24)))
for bad in [lambda: timedelta(days=10 ** 9), lambda: timedelta.max + timedelta(1), lambda: timedelta(1) / 0,
            lambda: timedelta("1")]:
    try:
        print(bad())
    except (OverflowError, ZeroDivisionError, TypeError) as e:
        print(type(e).__name__, e)

# date
d = date(2024, 2, 29)
print(repr(d), str(d), d.isoformat(), d.year, d.month, d.day, d.weekday(), d.isoweekday())
print(d.isocalendar(), tuple(d.isocalendar()), d.isocalendar().week, d.toordinal(), d.ctime())
print(date.fromordinal(1), date.fromordinal(730120), date.fromordinal(3652059), date(1, 1, 1).toordinal())
print(d + timedelta(days=1), d - timedelta(days=366), d - date(2000, 1, 1), date(2000, 1, 1) - d)
print(d.replace(day=1), d.replace(year=2023, day=28), d > date(2024, 2, 28), d == date(2024, 2, 29))
print(date.fromisoformat("2021-12-31"), date.fromisoformat("20211231"), date.fromisoformat("2021-W01-1"))
print(date.fromisocalendar(2020, 53, 7), date(2020, 12, 31).isocalendar(), date(2021, 1, 3).isocalendar())
print(date(2018, 12, 31).isocalendar(), date(2005, 1, 1).isocalendar())
for y in [1900, 2000, 2100, 2023, 2024]:
    print(y, date(y, 12, 31).strftime("%j %U %W %a %A %b %B %y %Y %m %d %w %u %G %V"))
print(f"{d:%d/%m/%Y}", f"{d}", format(d, ""), d.strftime("%% %H:%M:%S %f %c %x %X [%z][%Z]"))
print(date.min, date.max, date.resolution, MINYEAR, MAXYEAR)
for bad in [lambda: date(2023, 2, 29), lambda: date(0, 1, 1), lambda: date(2023, 13, 1), lambda: date(10000, 1, 1),
            lambda: date(2023, 1, 0), lambda: date.max + timedelta(1), lambda: date.fromisoformat("2021-1-1"),
            lambda: date.fromisoformat(20210101), lambda: date.fromordinal(0), lambda: date(2023.0, 1, 1)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)

# time
for t in [time(), time(1), time(1, 2), time(1, 2, 3), time(1, 2, 3, 4), time(0, 0, 0, 5),
          time(12, 30, tzinfo=utc), time(23, 59, 59, 999999, timezone(timedelta(hours=-3, minutes=-30)))]:
    print(repr(t), str(t), t.isoformat("minutes"), t.utcoffset(), t.tzname())
t = time(13, 5, 9, 120000)
print(t.isoformat("hours"), t.isoformat("milliseconds"), t.isoformat("microseconds"), t.strftime("%I %p %H-%M-%S.%f"))
print(time.fromisoformat("04:23:01.000384"), time.fromisoformat("04:23+02:00"), time.fromisoformat("T042301"))
print(t.replace(hour=1), time.min, time.max, t < time(14), t == time(13, 5, 9, 120000))
for bad in [lambda: time(24), lambda: time(1, 60), lambda: time(1, 1, 60), lambda: time(1, 1, 1, 10 ** 6),
            lambda: time.fromisoformat("25:00"), lambda: t.isoformat("bad"), lambda: time(1) < time(1, tzinfo=utc)]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# timezone
tzs = [utc, timezone(timedelta(0)), timezone(timedelta(hours=1)), timezone(timedelta(hours=-5), "EST"),
       timezone(timedelta(hours=5, minutes=30)), timezone(timedelta(seconds=-61)),
       timezone(timedelta(microseconds=1)), timezone.min, timezone.max, UTC]
for z in tzs:
    print(repr(z), str(z), z.utcoffset(None), z.tzname(None), z.dst(None))
print(utc is UTC, timezone(timedelta(0)) is utc, timezone(timedelta(hours=1)) == timezone(timedelta(hours=1), "x"))
for bad in [lambda: timezone(5), lambda: timezone(timedelta(hours=24)), lambda: timezone(timedelta(hours=-25)),
            lambda: timezone(timedelta(1), "x")]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

# datetime basics
dt = datetime(2024, 1, 2, 3, 4, 5, 6)
print(repr(dt), str(dt), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.isoformat(timespec="milliseconds"))
print(repr(datetime(2024, 1, 2)), repr(datetime(2024, 1, 2, 3)), repr(datetime(2024, 1, 2, 0, 0, 5)),
      repr(datetime(2024, 1, 2, 0, 0, 0, 5, tzinfo=utc)), repr(datetime(2024, 1, 2, fold=1)))
print(dt.date(), dt.time(), dt.timetz(), dt.ctime(), dt.weekday(), dt.isocalendar(), dt.toordinal())
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %a %b %j %p %I %y %%"), f"{dt:%H.%M}")
aware = datetime(2024, 6, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))
print(aware, aware.utcoffset(), aware.tzname(), aware.dst(), aware.strftime("%z %Z"), aware.astimezone(utc))
print(aware.astimezone(timezone(timedelta(hours=-7), "PDT")), aware.astimezone(timezone(timedelta(hours=2))))
print(datetime.combine(date(2020, 1, 1), time(5, 6)), datetime.combine(date(2020, 1, 1), time(5, tzinfo=utc)))
print(datetime.combine(date(2020, 1, 1), time(5), tzinfo=utc), dt.replace(tzinfo=utc), dt.replace(month=12, second=0))
print(dt + timedelta(days=30, hours=23), dt - timedelta(days=2, microseconds=7), dt - datetime(2023, 1, 2))
print(datetime(2023, 12, 31, 23, 59, 59) + timedelta(seconds=1), datetime(2024, 1, 1) - timedelta(microseconds=1))
print(datetime(2024, 2, 28, 12) + timedelta(days=1), datetime(2023, 2, 28, 12) + timedelta(days=1))
print(aware - datetime(2024, 6, 1, 10, 0, tzinfo=utc), aware == datetime(2024, 6, 1, 10, 0, tzinfo=utc))
print(aware < datetime(2024, 6, 1, 10, 0, 1, tzinfo=utc), aware > datetime(2024, 6, 1, 9, 59, tzinfo=utc))
print(dt == dt.replace(tzinfo=utc), dt != dt.replace(tzinfo=utc), dt == date(2024, 1, 2), date(2024, 1, 2) == dt)
print(hash(aware) == hash(datetime(2024, 6, 1, 10, 0, tzinfo=utc)), len({aware, aware.astimezone(utc)}))
print(datetime.fromisoformat("2011-11-04"), datetime.fromisoformat("2011-11-04T00:05:23"),
      datetime.fromisoformat("2011-11-04 00:05:23.283"), repr(datetime.fromisoformat("2011-11-04T00:05:23Z")),
      datetime.fromisoformat("2011-11-04T00:05:23.283+00:00"), datetime.fromisoformat("2011-11-04T00:05:23-05:30"),
      datetime.fromisoformat("20111104T000523"), datetime.fromisoformat("2011-11-04T05"))
print(datetime.strptime("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"), datetime.strptime("5/3/24", "%d/%m/%y"))
print(repr(datetime.strptime("2024-03-05T14:07:09.5+0130", "%Y-%m-%dT%H:%M:%S.%f%z")),
      repr(datetime.strptime("2024-03-05 -05:00", "%Y-%m-%d %z")), repr(datetime.strptime("2024Z", "%Y%z")))
print(datetime.strptime("Tue Mar  5 02:07:09 PM 2024", "%a %b %d %I:%M:%S %p %Y"),
      datetime.strptime("March 5 1999 12 am", "%B %d %Y %I %p"), datetime.strptime("2024 060", "%Y %j"),
      datetime.strptime("10%", "%H%%"), datetime.strptime("69", "%y"), datetime.strptime("68", "%y"),
      datetime.strptime("12:30 UTC", "%H:%M %Z"))
for bad in [lambda: datetime.strptime("2024-13-01", "%Y-%m-%d"), lambda: datetime.strptime("2024-01-01 junk", "%Y-%m-%d"),
            lambda: datetime.strptime("2023-02-29", "%Y-%m-%d"), lambda: datetime.strptime("x", "%Y"),
            lambda: datetime.fromisoformat("2011-11-04T25:00"),
            lambda: datetime.fromisoformat("2021-02-30T10:00"), lambda: date.fromisoformat("2021-02-30"), lambda: datetime.fromisoformat("not a date"),
            lambda: dt < aware, lambda: dt - aware, lambda: aware - dt, lambda: dt > date(2024, 1, 1),
            lambda: datetime.max + timedelta(1), lambda: datetime.min - timedelta(microseconds=1),
            lambda: datetime(2024, 1, 1, 24), lambda: datetime(2024, 1, 1, tzinfo=5),
            lambda: datetime.combine(dt, 5), lambda: dtmod.tzinfo().utcoffset(None)]:
    try:
        print(bad())
    except (ValueError, TypeError, OverflowError, NotImplementedError) as e:
        print(type(e).__name__, e)


class FixedTZ(tzinfo):
    def __init__(self, hours, name):
        self.off = timedelta(hours=hours)
        self.name = name

    def utcoffset(self, dt):
        return self.off

    def tzname(self, dt):
        return self.name

    def dst(self, dt):
        return timedelta(0)

    def __repr__(self):
        return "FixedTZ(%s)" % self.name


z = FixedTZ(3, "MSK")
m = datetime(2024, 1, 1, 12, tzinfo=z)
print(repr(m), m, m.utcoffset(), m.tzname(), m.astimezone(utc), utc.fromutc(datetime(2024, 1, 1, tzinfo=utc)))
print(datetime(2024, 1, 1, 9, tzinfo=utc).astimezone(z), m.timestamp(), datetime.fromtimestamp(0, z))
print(type(datetime.now()).__name__, type(datetime.now(utc).tzinfo).__name__, type(datetime.utcnow()).__name__)
print(type(date.today()).__name__, (datetime.now(utc) - datetime.now(utc)) < timedelta(seconds=5))
print(datetime.min, datetime.max, datetime.resolution, isinstance(dt, date), issubclass(datetime, date))


class MyDate(date):
    pass


md = MyDate(2020, 5, 17)
print(repr(md), type(md + timedelta(1)).__name__, type(MyDate.fromordinal(5)).__name__)
