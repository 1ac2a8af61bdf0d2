"""logging.LoggerAdapter and time.strptime."""
import logging
import sys
import time


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter("%(levelname)s %(name)s [%(user)s] %(funcName)s:%(lineno)d %(message)s"))
base = logging.getLogger("adapted")
base.addHandler(h)
base.propagate = False
base.setLevel(logging.DEBUG)
ad = logging.LoggerAdapter(base, {"user": "ann"})
ad.info("hello %s", "world")
ad.debug("dbg")
ad.warning("warn")


def work():
    ad.error("in work")


work()
try:
    1 / 0
except ZeroDivisionError:
    ad.exception("boom")


class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        kwargs["extra"] = {"user": "sys"}
        return "[%s] %s" % (self.extra["tag"], msg), kwargs


p = Prefixed(base, {"tag": "T"})
p.critical("crit")
ad.setLevel(logging.ERROR)
ad.info("hidden")
print("adapter", repr(ad), ad.name, ad.isEnabledFor(logging.ERROR), ad.getEffectiveLevel(), ad.hasHandlers())
for args in [("2020-02-29 10:11:12", "%Y-%m-%d %H:%M:%S"), ("Feb 29", "%b %d"), ("2020 +0530", "%Y %z"), ("x", "%Y"),
             ("Mon Jan  6 12:00:00 2020",), ("2020 UTC", "%Y %Z"), ("Mon 2020-01-01", "%a %Y-%m-%d"), ("2021-02-30", "%Y-%m-%d"),
             ("2020 100", "%Y %j"), ("12 PM", "%I %p"), (5, "%Y"), ("2020",)]:
    t("strptime %r" % (args,), lambda: time.strptime(*args))
st = time.strptime("2024-03-05", "%Y-%m-%d")
print("fields", st.tm_year, st.tm_mon, st.tm_mday, st.tm_wday, st.tm_yday, st.tm_isdst, time.strftime("%Y/%m/%d", st))
t("strptime fmt type", lambda: time.strptime("2020", 5))
