"""Adversarial datetime checks: UTC conversions, aware/naive rules, iso and strftime/strptime."""
from datetime import date, time, datetime, timedelta, timezone

UTC = timezone.utc


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


# timestamp() and fromtimestamp(tz=utc) round trips
for ts in [0, 1, -1, 86399.5, 1e9, 1234567890.123456, 1700000000, -86400 * 365.25 * 50,
           2 ** 31, 2 ** 31 - 1, 253402300799, 0.000001, 1.0000005, -0.5, 951782400]:
    t("fts", lambda: datetime.fromtimestamp(ts, tz=UTC))
    t("fts2", lambda: datetime.fromtimestamp(ts, UTC).timestamp())
    t("utcfts", lambda: datetime.utcfromtimestamp(ts))
t("fts-big", lambda: datetime.fromtimestamp(1e20, tz=UTC))
t("fts-str", lambda: datetime.fromtimestamp("1", tz=UTC))
t("fts-tz", lambda: datetime.fromtimestamp(0, tz=5))
t("fts-offs", lambda: datetime.fromtimestamp(0, tz=timezone(timedelta(hours=5, minutes=30))))
t("fts-neg-offs", lambda: datetime.fromtimestamp(1700000000, tz=timezone(-timedelta(hours=8), "PST")))

for dt in [datetime(1970, 1, 1, tzinfo=UTC), datetime(2000, 2, 29, 12, 30, 15, 999999, tzinfo=UTC),
           datetime(2038, 1, 19, 3, 14, 8, tzinfo=UTC), datetime(1, 1, 1, tzinfo=UTC),
           datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
           datetime(2024, 3, 10, 2, 30, tzinfo=timezone(timedelta(hours=-5))),
           datetime(1969, 12, 31, 23, 59, 59, 500000, tzinfo=UTC)]:
    t("ts", lambda: dt.timestamp())
    t("utctt", lambda: tuple(dt.utctimetuple()))
    t("tt", lambda: tuple(dt.timetuple()))
    t("ast", lambda: dt.astimezone(timezone(timedelta(hours=3))))
    t("astutc", lambda: dt.astimezone(UTC))

# aware vs naive
a = datetime(2020, 1, 1, tzinfo=UTC)
n = datetime(2020, 1, 1)
t("a==n", lambda: a == n)
t("a!=n", lambda: a != n)
t("a<n", lambda: a < n)
t("n>=a", lambda: n >= a)
t("a-n", lambda: a - n)
t("n-a", lambda: n - a)
t("a-a", lambda: a - datetime(2019, 12, 31, 20, tzinfo=timezone(timedelta(hours=-5))))
t("a==other", lambda: a == datetime(2019, 12, 31, 19, tzinfo=timezone(timedelta(hours=-5))))
t("hash eq", lambda: hash(a) == hash(datetime(2019, 12, 31, 19, tzinfo=timezone(timedelta(hours=-5)))))
t("a<other", lambda: a < datetime(2019, 12, 31, 19, 0, 1, tzinfo=timezone(timedelta(hours=-5))))
t("time cmp", lambda: time(1, tzinfo=UTC) < time(2))
t("time eq", lambda: time(1, tzinfo=UTC) == time(1))
t("time aware cmp", lambda: time(1, tzinfo=UTC) < time(2, tzinfo=timezone(timedelta(hours=2))))
t("date<dt", lambda: date(2020, 1, 1) < datetime(2020, 1, 1))
t("date==dt", lambda: date(2020, 1, 1) == datetime(2020, 1, 1))
t("dt-date", lambda: datetime(2020, 1, 1) - date(2020, 1, 1))
t("date+td", lambda: date(2020, 1, 31) + timedelta(days=1, hours=23))
t("date-td", lambda: date(2020, 3, 1) - timedelta(days=1))
t("date-date", lambda: date(2020, 3, 1) - date(2019, 3, 1))
t("date+int", lambda: date(2020, 3, 1) + 1)
t("dt+dt", lambda: n + n)
t("td*float", lambda: timedelta(seconds=1) * 0.5)
t("td*float2", lambda: timedelta(days=1, microseconds=3) * 1.5)
t("td/td", lambda: timedelta(days=1) / timedelta(hours=7))
t("td//td", lambda: timedelta(days=1) // timedelta(hours=7))
t("td%td", lambda: timedelta(days=1) % timedelta(hours=7))
t("divmod", lambda: divmod(timedelta(days=1), timedelta(hours=7)))
t("td/int", lambda: timedelta(days=1) / 7)
t("td//int", lambda: timedelta(days=1) // 7)
t("td/0", lambda: timedelta(days=1) / 0)
t("td//0", lambda: timedelta(days=1) // 0)
t("-td", lambda: -timedelta(days=1, seconds=5))
t("abs", lambda: abs(timedelta(days=-1, seconds=5)))
t("str td", lambda: str(timedelta(days=-1, seconds=5)))
t("str td2", lambda: str(timedelta(days=2, microseconds=5)))
t("str td3", lambda: str(timedelta(days=-2, hours=-3)))
t("repr td0", lambda: timedelta())
t("td total", lambda: timedelta(days=1, microseconds=1).total_seconds())
t("td max", lambda: timedelta.max)
t("td min", lambda: timedelta.min)
t("td res", lambda: timedelta.resolution)
t("td overflow", lambda: timedelta(days=1000000000))
t("td overflow2", lambda: timedelta.max + timedelta(1))
t("td float args", lambda: timedelta(days=1.5, hours=0.25, microseconds=0.5))
t("td float args2", lambda: timedelta(microseconds=1.5))
t("td float args3", lambda: timedelta(microseconds=2.5))
t("td weeks", lambda: timedelta(weeks=1, milliseconds=1500))
t("td cmp", lambda: timedelta(1) < timedelta(2))
t("td cmp int", lambda: timedelta(1) < 2)
t("td eq int", lambda: timedelta(1) == 1)
t("td bool", lambda: bool(timedelta(0)))
t("dt overflow", lambda: datetime(9999, 12, 31) + timedelta(days=1))
t("date overflow", lambda: date(1, 1, 1) - timedelta(days=1))
t("bad month", lambda: date(2020, 13, 1))
t("bad day", lambda: date(2021, 2, 29))
t("bad year", lambda: date(0, 1, 1))
t("bad hour", lambda: time(24))
t("bad minute", lambda: time(1, 60))
t("bad second", lambda: time(1, 1, 60))
t("bad micro", lambda: time(1, 1, 1, 1000000))
t("bad fold", lambda: time(1, fold=2))
t("bad tz", lambda: time(1, tzinfo=1))
t("str year", lambda: date("2020", 1, 1))
t("float year", lambda: date(2020.0, 1, 1))
t("tz offset big", lambda: timezone(timedelta(hours=24)))
t("tz offset sub", lambda: timezone(timedelta(seconds=1.5)))
t("tz repr", lambda: timezone(timedelta(hours=-3, minutes=-30)))
t("tz repr name", lambda: timezone(timedelta(hours=1), "CET"))
t("tz str", lambda: str(timezone(timedelta(hours=-3, minutes=-30))))
t("tz str secs", lambda: str(timezone(timedelta(hours=1, seconds=5))))
t("tz str us", lambda: str(timezone(timedelta(hours=1, microseconds=5))))
t("tz utc repr", lambda: UTC)
t("tz utc str", lambda: str(UTC))
t("tz zero", lambda: timezone(timedelta(0)))
t("tz zero is utc", lambda: timezone(timedelta(0)) == UTC)
t("tz min", lambda: timezone.min)
t("tz max", lambda: timezone.max)
t("tzname", lambda: timezone(timedelta(hours=5)).tzname(None))

# isoformat variants
d = datetime(2021, 5, 6, 7, 8, 9, 12345, tzinfo=timezone(timedelta(hours=-2, minutes=-15)))
for ts_ in ["auto", "hours", "minutes", "seconds", "milliseconds", "microseconds"]:
    t("iso " + ts_, lambda: d.isoformat(timespec=ts_))
    t("tiso " + ts_, lambda: d.timetz().isoformat(timespec=ts_))
t("iso bad", lambda: d.isoformat(timespec="nanos"))
t("iso sep", lambda: d.isoformat(" "))
t("iso sep2", lambda: d.isoformat(sep="x"))
t("iso naive", lambda: datetime(2021, 5, 6).isoformat())
t("iso us0", lambda: datetime(2021, 5, 6, 1, 2, 3, 0).isoformat(timespec="microseconds"))
t("str dt", lambda: str(d))
t("str time", lambda: str(time(1, 2, 3, 4)))
t("repr time", lambda: time(1, 2, 0, 0, tzinfo=UTC))
t("repr time0", lambda: time())
t("repr dt", lambda: datetime(2020, 1, 1, 0, 0))
t("repr dt s", lambda: datetime(2020, 1, 1, 0, 0, 5))
t("repr dt us", lambda: datetime(2020, 1, 1, 0, 0, 0, 5))
t("repr fold", lambda: datetime(2020, 1, 1, fold=1))
t("date iso", lambda: date(5, 1, 2).isoformat())
for s in ["2021-05-06", "2021-05-06T07:08", "2021-05-06T07:08:09", "2021-05-06 07:08:09.123",
          "2021-05-06T07:08:09.123456", "2021-05-06T07:08:09+05:30", "2021-05-06T07:08:09-00:00",
          "2021-05-06T07:08:09Z", "2021-05-06T07:08:09.5Z", "2021-05-06T07", "20210506",
          "2021-05-06T07:08:09+0530", "2021-05-06T07:08:09+05", "2021-W01-1", "2021-05-06T07:08:09.1234567",
          "2021-05-06T24:00:00", "2021-13-06", "2021-05-06T07:08:09+05:30:15", "2021-05-06T07:08:09+05:30:15.5",
          "2021-05-06x07:08", "", "2021-5-6", "2021-05-06T07:08:09,123", "2021-05-06T070809",
          "2021-05-06T07:08:09 ", " 2021-05-06"]:
    t("dfi " + s, lambda: datetime.fromisoformat(s))
for s in ["2021-05-06", "20210506", "2021-W01-1", "2021-05", "2021-05-06T00", "2021-02-30", 5]:
    t("dafi " + str(s), lambda: date.fromisoformat(s))
for s in ["07:08", "07:08:09", "07:08:09.5", "07:08:09.123456+01:00", "T07:08", "07", "0708", "070809",
          "07:08:09Z", "25:00", "07:08:09.123", "07:08:09.1234"]:
    t("tfi " + s, lambda: time.fromisoformat(s))

# strftime directives
dd = datetime(2009, 1, 4, 5, 6, 7, 8900, tzinfo=timezone(timedelta(hours=5, minutes=30), "IST"))
for dirv in "aAwdbBmyYHIpMSfzZjUWcxX%GuV":
    t("strf %" + dirv, lambda: dd.strftime("%" + dirv))
t("strf naive z", lambda: datetime(2009, 1, 4).strftime("[%z][%Z]"))
t("strf mixed", lambda: dd.strftime("%Y-%m-%dT%H:%M:%S.%f%z literal %% %j"))
t("strf pm", lambda: datetime(2009, 1, 4, 12, 0).strftime("%I %p"))
t("strf am0", lambda: datetime(2009, 1, 4, 0, 0).strftime("%I %p"))
t("strf 13", lambda: datetime(2009, 1, 4, 13, 0).strftime("%I %p"))
t("date strf", lambda: date(2020, 12, 31).strftime("%j %U %W %a %H"))
t("time strf", lambda: time(13, 14, 15).strftime("%H %M %S %Y %d"))
t("format", lambda: format(dd, "%Y"))
t("format empty", lambda: format(dd, ""))
t("fstring", lambda: f"{dd:%d/%m}")
t("strf year small", lambda: datetime(5, 1, 1).strftime("%Y %y"))
for y in [2019, 2020, 2021, 2026, 2027]:
    for m, dday in [(1, 1), (12, 31), (12, 28), (1, 4)]:
        t("iso", lambda: (date(y, m, dday).isocalendar(), date(y, m, dday).strftime("%U %W %G %V %u")))
t("isocal attr", lambda: date(2021, 1, 1).isocalendar().week)
t("fromisocalendar", lambda: date.fromisocalendar(2020, 53, 7))
t("fromisocalendar bad", lambda: date.fromisocalendar(2021, 53, 1))

# strptime
for s, f in [("2020-01-02 03:04:05", "%Y-%m-%d %H:%M:%S"), ("02/01/20", "%d/%m/%y"), ("69", "%y"), ("68", "%y"),
             ("Jan 5 2020", "%b %d %Y"), ("january 5 2020", "%B %d %Y"), ("Mon Jan  6 2020", "%a %b %d %Y"),
             ("12 AM", "%I %p"), ("12 PM", "%I %p"), ("1 pm", "%I %p"), ("123456", "%f"), ("5", "%f"),
             ("2020-01-02T03:04:05+0530", "%Y-%m-%dT%H:%M:%S%z"), ("2020-01-02T03:04:05Z", "%Y-%m-%dT%H:%M:%S%z"),
             ("2020-01-02T03:04:05-05:00", "%Y-%m-%dT%H:%M:%S%z"), ("100", "%j"), ("2020 100", "%Y %j"),
             ("2020-01-02", "%Y-%m-%d %H"), ("2020-01-02 junk", "%Y-%m-%d"), ("2020-13-02", "%Y-%m-%d"),
             ("2020-02-30", "%Y-%m-%d"), ("%2020", "%%%Y"), ("  2020", "%Y"), ("2020  1", "%Y %m"),
             ("1:2:3", "%H:%M:%S"), ("24:00", "%H:%M"), ("UTC", "%Z"), ("2020 UTC", "%Y %Z"), ("x", "%Q"),
             ("2020", "%Y%"), ("2021 1 1", "%G %V %u"), ("2021 1 1", "%Y %U %w"), ("2021 01", "%Y %W")]:
    t("strp " + s + " | " + f, lambda: datetime.strptime(s, f))
t("strp type", lambda: datetime.strptime(5, "%Y"))

# misc constructors and methods
t("combine", lambda: datetime.combine(date(2020, 1, 1), time(5, tzinfo=UTC)))
t("combine tz", lambda: datetime.combine(date(2020, 1, 1), time(5), tzinfo=UTC))
t("replace tz", lambda: a.replace(tzinfo=None))
t("replace bad", lambda: a.replace(month=2, day=30))
t("date replace", lambda: date(2020, 1, 31).replace(month=2))
t("weekday", lambda: (date(2024, 2, 29).weekday(), date(2024, 2, 29).isoweekday()))
t("ctime", lambda: datetime(2024, 2, 9, 1, 2, 3).ctime())
t("date ctime", lambda: date(2024, 2, 9).ctime())
t("min max", lambda: (date.min, date.max, datetime.min, datetime.max, time.min, time.max))
t("resolution", lambda: (date.resolution, datetime.resolution, time.resolution))
t("ordinal", lambda: (date(2024, 2, 29).toordinal(), date.fromordinal(738945), datetime.fromordinal(5)))
t("ordinal bad", lambda: date.fromordinal(0))
t("attrs", lambda: (dd.year, dd.month, dd.day, dd.hour, dd.minute, dd.second, dd.microsecond, dd.tzinfo, dd.fold))
t("date of", lambda: (dd.date(), dd.time(), dd.timetz()))
t("utcoffset", lambda: (dd.utcoffset(), dd.dst(), dd.tzname(), n.utcoffset(), n.tzname()))
t("astimezone naive->utc type", lambda: type(datetime(2020, 1, 1, tzinfo=UTC).astimezone(UTC).tzinfo).__name__)
t("sort", lambda: sorted([datetime(2020, 1, 2), datetime(2019, 5, 5), datetime(2020, 1, 1, 23)]))
t("sort aware", lambda: sorted([datetime(2020, 1, 1, 10, tzinfo=timezone(timedelta(hours=9))),
                                datetime(2020, 1, 1, 2, tzinfo=UTC)]))
t("dict keys", lambda: len({datetime(2020, 1, 1, tzinfo=UTC): 1,
                            datetime(2020, 1, 1, 1, tzinfo=timezone(timedelta(hours=1))): 2}))
t("dt hash date", lambda: hash(date(2020, 1, 1)) == hash(date(2020, 1, 1)))
t("td hash", lambda: hash(timedelta(1)) == hash(timedelta(hours=24)))
t("isinstance", lambda: (isinstance(n, date), isinstance(date(1, 1, 1), datetime)))
t("td attrs", lambda: (timedelta(-1, 5, 7).days, timedelta(-1, 5, 7).seconds, timedelta(-1, 5, 7).microseconds))
t("td repr", lambda: [timedelta(seconds=5), timedelta(microseconds=-1), timedelta(days=1, seconds=1)])
t("date < str", lambda: date(2020, 1, 1) < "x")
t("date == str", lambda: date(2020, 1, 1) == "x")
t("time - time", lambda: time(1) - time(0))
t("time + td", lambda: time(1) + timedelta(1))
t("tz in dt repr", lambda: datetime(2020, 1, 1, tzinfo=timezone(timedelta(hours=2))))
t("utc repr dt", lambda: datetime(2020, 1, 1, tzinfo=UTC))
t("time utcoffset", lambda: time(1, tzinfo=timezone(timedelta(hours=2))).utcoffset())
t("time bool", lambda: bool(time(0)))
for s, f in [("2020 0 0", "%Y %U %w"), ("2020 0 0", "%Y %W %w"), ("2020 53 6", "%Y %U %w"), ("2019 0 1", "%Y %W %u"),
             ("2021 53 5", "%G %V %u"), ("2020 53 7", "%G %V %u"), ("2015 1 1", "%G %V %u"), ("2021 5", "%G %V"),
             ("2021 5 1", "%Y %V %u"), ("5 1", "%V %u"), ("2021 1 1 5", "%G %V %u %j"), ("Sunday 2020 10", "%A %Y %W"),
             ("7", "%w"), ("0", "%u"), ("12", "%I"), ("PM", "%p"), ("2020 366", "%Y %j"), ("2021 366", "%Y %j"),
             ("Feb 29", "%b %d"), ("+05:30:15", "%z"), ("+0530.15", "%z"), ("-00:00:00.123", "%z"), ("-00:00:00.5", "%z")]:
    t("strp2 " + s + " | " + f, lambda: datetime.strptime(s, f))
