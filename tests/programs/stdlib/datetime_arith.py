from datetime import datetime, date, time, timedelta, timezone

utc = timezone.utc
# Month/year boundaries and leap years, across many ordinals.
d = date(1999, 12, 25)
for step in [1, 7, 30, 59, 60, 365, 366, 1461, 36524, 146097]:
    e = d + timedelta(days=step)
    print(step, e, e.weekday(), e.isocalendar(), (e - d).days, date.fromordinal(e.toordinal()) == e)
for y in [1, 4, 100, 200, 400, 1600, 1900, 2000, 2100, 2400, 9999]:
    print(y, date(y, 2, 28) + timedelta(1), date(y, 12, 31).toordinal(), date(y, 1, 1).isocalendar())
for n in [1, 59, 60, 365, 366, 730120, 730121, 3652059, 146097, 146096, 36524, 36525]:
    print(n, date.fromordinal(n))

# Timestamps around many boundaries, including microsecond rounding.
for ts in [-1e-6, -1.000001, -0.9999995, 0.4999995, 59.9999999, 86399.9999996, 1e-6, 1.23456789,
           1577836799.9999999, 1577836800.0000004, -31536000.5, 32503680000, -62135596800.0,
           1.5e9, -1.5e9, 2 ** 31 - 0.5]:
    a = datetime.fromtimestamp(ts, utc)
    print(repr(ts), a.isoformat(), a.timestamp(), datetime.utcfromtimestamp(ts).microsecond)
for args in [(1970, 1, 1), (1969, 12, 31, 23, 59, 59, 999999), (2038, 1, 19, 3, 14, 8), (1900, 3, 1),
             (2000, 1, 1, 0, 0, 0, 1), (2024, 2, 29, 12, 30, 45, 123456), (1, 1, 2, 0, 0, 1)]:
    dt = datetime(*args, tzinfo=utc)
    print(dt, dt.timestamp(), datetime(*args).timestamp(), dt.timestamp() == datetime(*args).timestamp())

for ts in [1099511627776, -62135596801, 253402300800, 1e20, float("nan"), float("inf"), 2 ** 63, 9.3e18]:
    for conv in [lambda t: datetime.fromtimestamp(t, utc), datetime.utcfromtimestamp]:
        try:
            print(conv(ts))
        except (ValueError, OverflowError) as e:
            print(type(e).__name__, e)

# Aware arithmetic across zones.
tz_a = timezone(timedelta(hours=5, minutes=30), "IST")
tz_b = timezone(timedelta(hours=-8))
x = datetime(2024, 3, 31, 23, 45, tzinfo=tz_a)
y = x.astimezone(tz_b)
print(x, y, y.tzname(), x == y, x - y, y - x, (x + timedelta(minutes=30)).date(), x.astimezone(utc).date())
print(sorted([x, y.replace(minute=44), datetime(2024, 3, 31, 18, 15, tzinfo=utc)]))
print(datetime(2024, 1, 1).astimezone(utc), repr(datetime(2024, 1, 1, tzinfo=utc).astimezone()), str(datetime(2024, 1, 1).astimezone()))
print(x.utctimetuple if False else x.isoformat(timespec="minutes"), y.strftime("%Y-%m-%dT%H:%M:%S%z %Z"))

# timedelta arithmetic and formatting.
tds = [timedelta(days=-1, seconds=1), timedelta(microseconds=-999999), timedelta(hours=-25), timedelta(weeks=-1, days=3),
       timedelta(seconds=86399.9999995), timedelta(seconds=-0.0000005), timedelta(milliseconds=-1.5),
       timedelta(days=0.1), timedelta(minutes=1e-7), timedelta(hours=1 / 3)]
for td in tds:
    print(repr(td), td, td.total_seconds(), -td, abs(td), td * 2, td / 3, td // 2 if td.days >= 0 else td // 3)
a = timedelta(days=3, hours=7)
print(a // timedelta(hours=5), a % timedelta(hours=5), divmod(a, timedelta(days=1)), a / timedelta(minutes=1), a * 1.1)
print(timedelta(seconds=1) / 3, timedelta(seconds=1) / 0.3, timedelta(seconds=1) * (1 / 3), timedelta(0) == timedelta(), -timedelta(0))
print(max(tds), min(tds), sum(tds, timedelta()), timedelta(days=1) > timedelta(hours=23, minutes=59, seconds=59, microseconds=999999))

# Formatting helpers.
dt = datetime(2009, 7, 4, 5, 6, 7, 89)
for fmt in ["%Y-%m-%d", "%d/%m/%y %I:%M %p", "%A %B %d", "%a %b %j", "%H%M%S.%f", "%%Y", "%U %W %w %u", "%c", "%x %X", "week %V of %G"]:
    print(repr(fmt), dt.strftime(fmt), date(2009, 1, 1).strftime(fmt))
print(f"{dt:%Y}", "{:%H:%M}".format(dt), format(time(4, 5), "%H.%M"), str(time(4, 5, 6, 7)), dt.isoformat(timespec="hours"))
print(time(12).strftime("%I %p"), time(0).strftime("%I %p"), time(23, 59).strftime("%I:%M %p"), datetime(2021, 1, 3).strftime("%U %W %V %G"))
for s, f in [("2021-06-01 08:09:10.5", "%Y-%m-%d %H:%M:%S.%f"), ("1/2/2003", "%m/%d/%Y"), ("Jun 1 2005  1:33PM", "%b %d %Y %I:%M%p"),
             ("2020-366", "%Y-%j"), ("12 AM", "%I %p"), ("12 PM", "%I %p"), ("Monday 5 June 23", "%A %d %B %y"),
             ("2020-02-29", "%Y-%m-%d"), ("  7", "%d")]:
    try:
        print(repr(s), repr(datetime.strptime(s, f)))
    except ValueError as e:
        print(repr(s), "ValueError", e)
