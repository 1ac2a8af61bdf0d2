"""datetime timetuple/utctimetuple and random seeding from str/bytes (sha512, version 2)."""
import random
from datetime import date, datetime, timezone, timedelta
random.seed("abc"); print(random.random(), random.randint(1, 100))
random.seed(b"hello world"); print(random.random())
random.seed(bytearray(b"xyz")); print(random.getrandbits(64))
random.seed(""); print(random.random())
r = random.Random("kanbo"); print(r.choice("abcdef"), r.gauss(0, 1))
print(date(2024, 3, 1).timetuple())
print(datetime(2020, 12, 31, 23, 59, 58).timetuple())
t = datetime(2024, 1, 1, 1, 30, tzinfo=timezone(timedelta(hours=5))).utctimetuple()
print(t, t.tm_yday, t.tm_wday)
print(datetime(2024, 1, 1, 1, 30, tzinfo=timezone.utc).timetuple())
print(datetime(2024, 7, 4, 12).utctimetuple())
import time
print(time.strftime("%Y-%m-%d %H:%M:%S %j", datetime(2023, 5, 6, 7, 8, 9).timetuple()))
