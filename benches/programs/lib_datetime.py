"""Library benchmark: datetime and timedelta arithmetic in a loop.

Walks a deterministic schedule of card due dates: datetime + timedelta
arithmetic, differences and total_seconds, naive and aware comparisons,
date ordinals and weekdays, isoformat / fromisoformat round trips,
strftime, UTC timestamps with timestamp() and fromtimestamp(tz=utc),
conversions between fixed-offset time zones, and sorting by datetime.

Measures: the datetime module (written in the subset on piepie, C in
CPython): small-object creation, divmod-heavy normalisation, calendar
arithmetic, string formatting and parsing.
"""
import sys
from datetime import date, datetime, timedelta, timezone


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state >> 8


def main(n):
    rnd = lcg(5)
    utc = timezone.utc
    zones = [timezone(timedelta(hours=h, minutes=m)) for h, m in ((-8, 0), (-3, -30), (0, 0), (1, 0), (5, 30), (9, 0))]
    start = datetime(2024, 1, 1, 9, 0, 0)
    check = 0
    late = 0
    weekend = 0
    seconds = 0
    stamps = 0
    dues = []
    for i in range(n):
        r = next(rnd)
        created = start + timedelta(days=r % 400, hours=(r >> 3) % 24, minutes=(r >> 8) % 60, seconds=r % 61)
        due = created + timedelta(days=(r >> 4) % 30, hours=(r >> 9) % 12, microseconds=(r % 1000) * 1000)
        done = created + timedelta(days=(r >> 6) % 35, seconds=(r >> 2) % 86400)
        if done > due:
            late += 1
        lead = done - created
        seconds += int(lead.total_seconds())
        if due.weekday() >= 5:
            weekend += 1
        text = due.isoformat()
        back = datetime.fromisoformat(text)
        if back != due:
            raise RuntimeError("isoformat round trip failed: " + text)
        aware = due.replace(tzinfo=zones[r % len(zones)])
        ts = aware.timestamp()
        again = datetime.fromtimestamp(ts, tz=utc)
        if again != aware:
            raise RuntimeError("timestamp round trip failed")
        stamps = (stamps + int(ts) % 100000) % 1000000007
        local = again.astimezone(zones[(r >> 3) % len(zones)])
        label = local.strftime("%Y-%m-%d %H:%M %a %b %j")
        check = (check * 31 + len(label) + local.hour * 60 + local.minute + ord(label[-5])) % 1000000007
        d = due.date()
        check = (check + d.toordinal() - date(2024, 1, 1).toordinal() + d.isoweekday()) % 1000000007
        if i % 50 == 0:
            dues.append(due)
    dues.sort()
    gaps = timedelta(0)
    for a, b in zip(dues, dues[1:]):
        gaps += b - a
    print("late", late, "weekend", weekend, "lead seconds", seconds)
    print("first", dues[0].isoformat(), "last", dues[-1].isoformat(), "gaps", gaps)
    print("checksum", (check + late + weekend + seconds + stamps) % 1000000007)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 120000)
