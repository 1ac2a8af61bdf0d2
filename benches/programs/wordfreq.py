"""List/dict/str-heavy benchmark: generate a pseudo-random English-looking
text, then tokenize it and count word, bigram and letter frequencies.

Measures: string concatenation and str.join, f-strings, str methods (split,
strip, lower, upper, capitalize, replace, startswith, endswith, find, count,
isalpha), slicing and [::-1], dict get/setdefault/items and `in`, lists of
tuples, sorted() with a key function, and list appends. The checksum is a
hand-rolled string hash (str hashes are randomized in CPython, so hash()
is never used).
"""
import sys

SYLLABLES = [
    "ka", "lo", "mi", "ren", "to", "sa", "vel", "dor", "an", "is",
    "ur", "pe", "qua", "zin", "tha", "ble", "mor", "ex", "fi", "gu",
    "ho", "ja", "ny", "ost", "ri", "ce", "wo", "yl", "bra", "ten",
]
PUNCT = [".", ".", ".", "!", "?", ";"]


class Rng:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_vocabulary(rng, size):
    words = []
    seen = {}
    while len(words) < size:
        parts = []
        for _ in range(1 + rng.below(3)):
            parts.append(SYLLABLES[rng.below(len(SYLLABLES))])
        w = "".join(parts)
        if w not in seen:
            seen[w] = True
            words.append(w)
    return words


def make_text(rng, vocab, nsentences):
    lines = []
    line = ""
    for _ in range(nsentences):
        count = 3 + rng.below(12)
        sentence = []
        for k in range(count):
            # Zipf-like skew: small indices are much more common.
            r = rng.below(len(vocab))
            r = rng.below(r + 1)
            word = vocab[r]
            if k == 0:
                word = word.capitalize()
            elif rng.below(40) == 0:
                word = word.upper()
            sentence.append(word)
            if k < count - 1 and rng.below(9) == 0:
                sentence.append(",")
        text = " ".join(sentence).replace(" ,", ",") + PUNCT[rng.below(len(PUNCT))]
        if len(line) + len(text) > 72:
            lines.append(line)
            line = text
        elif line:
            line += " " + text
        else:
            line = text
    if line:
        lines.append(line)
    return "\n".join(lines)


def tokenize(text):
    words = []
    for line in text.split("\n"):
        for raw in line.split():
            w = raw.strip(".,!?;").lower()
            if w:
                words.append(w)
    return words


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def count_bigrams(words):
    bigrams = {}
    prev = None
    for w in words:
        if prev is not None:
            key = prev + " " + w
            if key in bigrams:
                bigrams[key] += 1
            else:
                bigrams[key] = 1
        prev = w
    return bigrams


def letter_stats(words):
    letters = {}
    for w in words:
        for ch in w:
            letters.setdefault(ch, []).append(len(w))
    return {ch: (len(lens), sum(lens)) for ch, lens in letters.items()}


def by_count(item):
    return (-item[1], item[0])


def strhash(s, h=0):
    for ch in s:
        h = (h * 131 + ord(ch)) & 0xFFFFFFFF
    return h


def main(n):
    rng = Rng(12345)
    vocab = make_vocabulary(rng, 3000)
    text = make_text(rng, vocab, n)
    words = tokenize(text)
    counts = count_words(words)
    bigrams = count_bigrams(words)
    letters = letter_stats(words)

    top = sorted(counts.items(), key=by_count)[:10]
    top_bigrams = sorted(bigrams.items(), key=by_count)[:5]
    vowelly = sorted(w for w in counts if sum([w.count(v) for v in "aeiouy"]) * 2 > len(w))
    starts = sum(1 for w in words if w.startswith("ka"))
    ends = sum(1 for w in words if w.endswith("or"))
    exclaim = text.count("!")
    first_q = text.find("?")

    report = []
    for word, c in top:
        report.append(f"{word:>12} {c:6d}")
    for pair, c in top_bigrams:
        report.append(f"{pair!r:>24} {c}")
    for ch in sorted(letters):
        cnt, total = letters[ch]
        report.append(f"{ch}:{cnt}:{total}")
    ranked = sorted(counts.items(), key=by_count)
    report.append(",".join([f"{w}={c}" for w, c in ranked]))
    report_text = "\n".join(report)

    print(f"lines={text.count(chr(10)) + 1} chars={len(text)} words={len(words)}")
    print(f"distinct={len(counts)} bigrams={len(bigrams)} letters={len(letters)}")
    print(f"starts_ka={starts} ends_or={ends} exclaim={exclaim} first_q={first_q}")
    print("vowelly", vowelly[:6], len(vowelly))
    print(report_text[: report_text.find("\n", 200)])
    print(f"checksum {strhash(report_text, strhash(text[-5000:]))}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 40000)
