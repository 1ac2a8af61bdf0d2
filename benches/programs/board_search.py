"""Board-game search: negamax with alpha-beta pruning on Connect Four.

Searches a handful of opening positions of the 7x6 board to a fixed depth
with a window-scoring evaluation, a killer-style move ordering (centre
first) and a transposition table keyed by the board's two bitboards.

Measures: integer bit operations (the board is two bitboards), recursion,
small-list indexing, dict lookups and stores of tuple keys, tight loops.
"""
import sys

WIDTH = 7
HEIGHT = 6
H1 = HEIGHT + 1
ORDER = [3, 2, 4, 1, 5, 0, 6]
BOTTOM = 0
for _c in range(WIDTH):
    BOTTOM |= 1 << (_c * H1)
TOP_MASK = 0
for _c in range(WIDTH):
    TOP_MASK |= 1 << (_c * H1 + HEIGHT)

# All 69 windows of four cells, as bit masks.
WINDOWS = []
for _c in range(WIDTH):
    for _r in range(HEIGHT):
        for _dc, _dr in ((1, 0), (0, 1), (1, 1), (1, -1)):
            cells = []
            for _k in range(4):
                cc = _c + _dc * _k
                rr = _r + _dr * _k
                if 0 <= cc < WIDTH and 0 <= rr < HEIGHT:
                    cells.append(cc * H1 + rr)
            if len(cells) == 4:
                m = 0
                for b in cells:
                    m |= 1 << b
                WINDOWS.append(m)

WIN_SCORE = 100000


def popcount(x):
    n = 0
    while x:
        x &= x - 1
        n += 1
    return n


def has_four(bb):
    for shift in (1, H1, H1 - 1, H1 + 1):
        m = bb & (bb >> shift)
        if m & (m >> (2 * shift)):
            return True
    return False


class Position:
    def __init__(self):
        self.mine = 0      # stones of the player to move
        self.mask = 0      # all stones
        self.moves = 0
        self.heights = [c * H1 for c in range(WIDTH)]

    def can_play(self, col):
        return self.heights[col] < col * H1 + HEIGHT

    def play(self, col):
        bit = 1 << self.heights[col]
        self.heights[col] += 1
        self.mine ^= self.mask
        self.mask |= bit
        self.moves += 1
        return bit

    def undo(self, col, bit):
        self.heights[col] -= 1
        self.mask ^= bit
        self.mine ^= self.mask
        self.moves -= 1

    def evaluate(self):
        me = self.mine
        them = self.mine ^ self.mask
        score = 0
        for w in WINDOWS:
            a = me & w
            b = them & w
            if a and not b:
                n = popcount(a)
                score += 1 if n == 1 else (4 if n == 2 else 16)
            elif b and not a:
                n = popcount(b)
                score -= 1 if n == 1 else (4 if n == 2 else 16)
        return score


class Searcher:
    def __init__(self):
        self.nodes = 0
        self.table = {}
        self.hits = 0

    def negamax(self, pos, depth, alpha, beta):
        self.nodes += 1
        key = (pos.mine, pos.mask)
        hit = self.table.get(key)
        if hit is not None and hit[0] >= depth:
            self.hits += 1
            return hit[1]
        if pos.moves == WIDTH * HEIGHT:
            return 0
        # The player who just moved is `mine ^ mask`.
        if depth == 0:
            return pos.evaluate()
        best = -WIN_SCORE - 1
        for col in ORDER:
            if not pos.can_play(col):
                continue
            bit = pos.play(col)
            if has_four(pos.mine ^ pos.mask):
                score = WIN_SCORE - pos.moves
            else:
                score = -self.negamax(pos, depth - 1, -beta, -alpha)
            pos.undo(col, bit)
            if score > best:
                best = score
            if best > alpha:
                alpha = best
            if alpha >= beta:
                break
        if alpha < beta:
            self.table[key] = (depth, best)
        return best

    def best_move(self, pos, depth):
        best_col = -1
        best = -WIN_SCORE - 2
        for col in ORDER:
            if not pos.can_play(col):
                continue
            bit = pos.play(col)
            if has_four(pos.mine ^ pos.mask):
                score = WIN_SCORE
            else:
                score = -self.negamax(pos, depth - 1, -WIN_SCORE - 1, WIN_SCORE + 1)
            pos.undo(col, bit)
            if score > best:
                best = score
                best_col = col
        return best_col, best


def main(depth):
    openings = ["", "3", "33", "32", "334", "2424", "30", "3456"]
    total_nodes = 0
    check = 0
    for opening in openings:
        pos = Position()
        for ch in opening:
            pos.play(int(ch))
        s = Searcher()
        col, score = s.best_move(pos, depth)
        total_nodes += s.nodes
        check = (check * 131 + col * 1000 + score + s.nodes) % 1000000007
        print(f"opening {opening or '-':<5} best column {col} score {score} nodes {s.nodes} table {len(s.table)} hits {s.hits}")
    print("nodes", total_nodes)
    print("checksum", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
