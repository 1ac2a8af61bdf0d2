"""datetime round 2: user tzinfo subclasses, subclasses of date/datetime, now()/today() shapes, more formatting."""
from datetime import date, time, datetime, timedelta, timezone, tzinfo, MINYEAR, MAXYEAR
import datetime as dtmod


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Fixed(tzinfo):
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
        return "Fixed(%s)" % self.name


class NoOffset(tzinfo):
    def utcoffset(self, dt):
        return None


class BadOffset(tzinfo):
    def utcoffset(self, dt):
        return timedelta(hours=25)


class StrOffset(tzinfo):
    def utcoffset(self, dt):
        return "x"


EST = Fixed(-5, "EST")
CET = Fixed(1, "CET")
d = datetime(2024, 3, 1, 12, 30, tzinfo=EST)
t("custom repr", lambda: d)
t("custom iso", lambda: (d.isoformat(), str(d), d.utcoffset(), d.tzname(), d.dst()))
t("custom strftime", lambda: d.strftime("%H:%M %z %Z"))
t("custom astimezone", lambda: d.astimezone(CET))
t("custom to utc", lambda: d.astimezone(timezone.utc))
t("custom timestamp", lambda: d.timestamp())
t("custom fts", lambda: datetime.fromtimestamp(0, tz=CET))
t("custom cmp", lambda: (d == datetime(2024, 3, 1, 18, 30, tzinfo=CET), d < datetime(2024, 3, 1, 18, 31, tzinfo=CET)))
t("custom sub", lambda: d - datetime(2024, 3, 1, 12, 30, tzinfo=CET))
t("custom utctimetuple", lambda: tuple(d.utctimetuple()))
t("none offset", lambda: (datetime(2024, 1, 1, tzinfo=NoOffset()).utcoffset(), datetime(2024, 1, 1, tzinfo=NoOffset()).isoformat()))
t("none offset cmp", lambda: datetime(2024, 1, 1, tzinfo=NoOffset()) == datetime(2024, 1, 1))
t("none offset sub aware", lambda: datetime(2024, 1, 1, tzinfo=NoOffset()) - datetime(2024, 1, 1, tzinfo=EST))
t("bad offset", lambda: datetime(2024, 1, 1, tzinfo=BadOffset()).utcoffset())
t("str offset", lambda: datetime(2024, 1, 1, tzinfo=StrOffset()).utcoffset())
t("abstract tzinfo", lambda: datetime(2024, 1, 1, tzinfo=tzinfo()).utcoffset())
t("time custom", lambda: (time(5, tzinfo=EST).isoformat(), time(5, tzinfo=EST).utcoffset(), time(5, tzinfo=EST).tzname()))
t("astimezone naive", lambda: datetime(2024, 1, 1, 12).astimezone(timezone.utc).tzinfo is timezone.utc)
t("astimezone same", lambda: d.astimezone(EST) is d)


class MyDate(date):
    def label(self):
        return "my " + self.isoformat()


class MyDT(datetime):
    pass


md = MyDate(2024, 2, 29)
t("subclass date", lambda: (md, md.label(), type(md + timedelta(1)).__name__, type(md.replace(day=1)).__name__))
t("subclass date classmethods", lambda: (type(MyDate.fromordinal(1)).__name__, type(MyDate.fromisoformat("2020-01-01")).__name__))
m = MyDT(2024, 1, 1, 10)
t("subclass dt", lambda: (m, type(m + timedelta(hours=1)).__name__, type(m - timedelta(1)).__name__, m - datetime(2024, 1, 1)))
t("subclass dt ctor", lambda: (type(MyDT.fromtimestamp(0, timezone.utc)).__name__, type(MyDT.strptime("2020", "%Y")).__name__,
                               type(MyDT.combine(date(2020, 1, 1), time())).__name__, type(MyDT.fromisoformat("2020-01-01")).__name__))
t("subclass astimezone", lambda: type(MyDT(2020, 1, 1, tzinfo=timezone.utc).astimezone(CET)).__name__)
t("subclass eq", lambda: (m == datetime(2024, 1, 1, 10), hash(m) == hash(datetime(2024, 1, 1, 10))))


class MyTD(timedelta):
    pass


t("subclass td", lambda: (MyTD(1), type(MyTD(1) + timedelta(1)).__name__, type(-MyTD(1)).__name__, type(MyTD(1) * 2).__name__))
now = datetime.now()
t("now shape", lambda: (type(now).__name__, now.tzinfo, datetime.now(timezone.utc).tzinfo, type(date.today()).__name__,
                        datetime.utcnow().tzinfo, datetime.now(EST).tzinfo))
t("now tz offset", lambda: abs((datetime.now(timezone.utc) - datetime.now(CET)).total_seconds()) < 5)
t("today vs now", lambda: abs((datetime.today() - datetime.now()).total_seconds()) < 5)
t("now bad tz", lambda: datetime.now(5))
t("consts", lambda: (MINYEAR, MAXYEAR, dtmod.UTC is timezone.utc if hasattr(dtmod, "UTC") else "no UTC"))
t("td str many", lambda: [str(timedelta(seconds=s)) for s in [0, 1, 59, 60, 3599, 3600, 86399, 86400, 86401, -1, -86401, 0.5, 1e-6]])
t("td repr many", lambda: [timedelta(days=d_, seconds=s, microseconds=u) for d_, s, u in [(0, 0, 1), (1, 0, 0), (-1, 86399, 999999), (0, 5, 0)]])
t("td rounding", lambda: [timedelta(microseconds=x) for x in [0.5, 1.5, 2.5, -0.5, -1.5, 0.4999999]])
t("td seconds float", lambda: [timedelta(seconds=x) for x in [0.1, 1e-7, 86400.0000001, -0.0000005]])
t("td mul round", lambda: [timedelta(microseconds=3) * f for f in [0.5, 1 / 3, 2.5]])
t("td div round", lambda: [timedelta(microseconds=7) / d_ for d_ in [2, 4, 2.0, 3]])
t("td floordiv neg", lambda: (timedelta(microseconds=-7) // 2, timedelta(days=-1) // timedelta(hours=5)))
t("td mod neg", lambda: timedelta(hours=-5) % timedelta(hours=3))
t("td cmp types", lambda: (timedelta(0) == 0, timedelta(1) != "x", timedelta(1) in {timedelta(hours=24)}))
t("td from kwargs mix", lambda: timedelta(weeks=-1, days=3.5, hours=-0.25, minutes=90, seconds=-3.25, milliseconds=1.5, microseconds=-1))
t("date fromtimestamp", lambda: date.fromtimestamp(86400 * 365) if False else "skip")
t("isoformat time variants", lambda: [time(1, 2, 3, us).isoformat() for us in [0, 1, 999999, 500000]])
t("time replace", lambda: (time(1, 2).replace(hour=5, tzinfo=timezone.utc), time(1).replace(fold=1).fold))
t("time fromisoformat tz", lambda: [time.fromisoformat(s) for s in ["12:00+00:00", "12:00:00-05:30", "12:00:00.5+01:00:30"]])
t("datetime fromisoformat variants", lambda: [datetime.fromisoformat(s) for s in ["2024-01-01T00:00:00.000+00:00", "2024-01-01 00:00:00+0000",
                                                                                      "2024-01-01T12", "2024-01-01T12:30:45.123456789"[:26]]])
t("strftime all dates", lambda: [date(2024, 1, d_).strftime("%a %A %w %u %U %W %V %G") for d_ in range(1, 8)])
t("strftime width", lambda: datetime(5, 1, 2, 3, 4, 5).strftime("%Y|%y|%m|%d|%H|%I|%M|%S|%f|%j|%c|%x|%X"))
t("strftime unknown", lambda: datetime(2024, 1, 1).strftime("%Q %E %O"))
t("strftime trailing %", lambda: datetime(2024, 1, 1).strftime("abc%"))
t("strftime unicode", lambda: datetime(2024, 1, 1).strftime("é %Y ✓"))
t("strftime pm", lambda: [datetime(2024, 1, 1, h).strftime("%I%p") for h in [0, 1, 11, 12, 13, 23]])
