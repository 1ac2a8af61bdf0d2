"""String building: renders reports the way template-free Python code does,
by += concatenation in loops, list-append-and-join, f-strings with format
specs, str.format, % formatting, padding (ljust/rjust/center/zfill), and
replace/upper/title, then measures the text.

Measures: str allocation and concatenation, formatting of ints and floats,
join of long lists, str methods, slicing.
"""
import sys


def lcg(seed):
    state = seed
    while True:
        state = (state * 1103515245 + 12345) % 2147483648
        yield state >> 4


NAMES = ["ada", "grace", "linus", "guido", "barbara", "ken", "dennis", "margaret",
         "edsger", "donald", "frances", "john"]


def table_concat(rows):
    out = ""
    out += "+" + "-" * 12 + "+" + "-" * 10 + "+" + "-" * 12 + "+\n"
    for name, qty, price in rows:
        out += "|" + name.ljust(12) + "|" + str(qty).rjust(10) + "|" + ("%.2f" % price).rjust(12) + "|\n"
    out += "+" + "-" * 36 + "+\n"
    return out


def table_join(rows):
    parts = [f"{'name':<12}{'qty':>8}{'price':>12}{'total':>14}"]
    total = 0.0
    for name, qty, price in rows:
        line_total = qty * price
        total += line_total
        parts.append(f"{name.title():<12}{qty:>8d}{price:>12.2f}{line_total:>14,.2f}")
    parts.append("{:<12}{:>34,.2f}".format("TOTAL", total))
    return "\n".join(parts) + "\n"


def csv_lines(rows):
    buf = []
    for i, (name, qty, price) in enumerate(rows):
        buf.append("%d,%s,%d,%.3f,%s" % (i, name, qty, price, str(i).zfill(6)))
    return "\n".join(buf)


def banner(text, width):
    line = "*" * width
    return "\n".join([line, text.upper().center(width, " "), line])


def escape_like(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main(n):
    rnd = lcg(99)
    check = 0
    total_len = 0
    for block in range(n):
        rows = []
        for _ in range(40):
            name = NAMES[next(rnd) % len(NAMES)] + str(next(rnd) % 100)
            qty = next(rnd) % 500
            price = (next(rnd) % 100000) / 100.0
            rows.append((name, qty, price))
        a = table_concat(rows)
        b = table_join(rows)
        c = csv_lines(rows)
        d = banner(f"block {block} <{len(a)}> & {len(b)}", 60)
        doc = escape_like(d) + "\n" + a + b + c
        total_len += len(doc)
        words = doc.split()
        check = (check * 31 + len(words) + doc.count("|") + doc.find("TOTAL")) % 1000000007
        if block % 50 == 0:
            check = (check + sum(ord(ch) for ch in doc[::13])) % 1000000007
    print("blocks", n, "characters", total_len)
    print("checksum", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 8000)
