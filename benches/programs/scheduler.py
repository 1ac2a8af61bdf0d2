"""Object-heavy benchmark: a discrete-event simulation of a multi-worker task
scheduler with a multilevel feedback queue.

Measures: instance creation, attribute reads and writes on ordinary objects
and on __slots__ objects, method calls and bound-method lookups, inheritance
with super() and method overriding, properties, isinstance checks, class
attributes, and a binary heap of event objects ordered by a method call.
All times are integers, so the result is exact.
"""
import sys

ARRIVAL = 0
SLICE_END = 1
IO_DONE = 2


class Rng:
    """A small linear congruential generator (deterministic everywhere)."""

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state >> 8

    def below(self, n):
        return self.next() % n


class Event:
    __slots__ = ("time", "seq", "kind", "target")

    def __init__(self, time, seq, kind, target):
        self.time = time
        self.seq = seq
        self.kind = kind
        self.target = target

    def before(self, other):
        if self.time != other.time:
            return self.time < other.time
        return self.seq < other.seq


class EventQueue:
    """A binary min-heap of events, ordered by (time, seq)."""

    def __init__(self):
        self.heap = []
        self.seq = 0

    def __len__(self):
        return len(self.heap)

    def push(self, time, kind, target):
        self.seq += 1
        ev = Event(time, self.seq, kind, target)
        heap = self.heap
        heap.append(ev)
        i = len(heap) - 1
        while i > 0:
            parent = (i - 1) >> 1
            p = heap[parent]
            if ev.before(p):
                heap[i] = p
                i = parent
            else:
                break
        heap[i] = ev

    def pop(self):
        heap = self.heap
        last = heap.pop()
        if not heap:
            return last
        top = heap[0]
        n = len(heap)
        i = 0
        while True:
            child = 2 * i + 1
            if child >= n:
                break
            right = child + 1
            if right < n and heap[right].before(heap[child]):
                child = right
            c = heap[child]
            if c.before(last):
                heap[i] = c
                i = child
            else:
                break
        heap[i] = last
        return top


class Task:
    kind = "task"

    def __init__(self, tid, priority, work, arrival, deadline):
        self.tid = tid
        self.priority = priority
        self.work = work
        self.remaining = work
        self.arrival = arrival
        self.deadline = deadline
        self.start = -1
        self.finish = -1
        self.slices = 0

    @property
    def done(self):
        return self.remaining <= 0

    def step(self, quantum, speed):
        """Run for up to `quantum` time units on a worker of `speed`;
        return the time actually used."""
        amount = quantum * speed
        if amount > self.remaining:
            amount = self.remaining
        self.remaining -= amount
        self.slices += 1
        return (amount + speed - 1) // speed

    def lateness(self):
        late = self.finish - self.deadline
        return late if late > 0 else 0

    def __repr__(self):
        return f"{self.kind}#{self.tid}"


class CpuTask(Task):
    kind = "cpu"


class IoTask(Task):
    kind = "io"

    def __init__(self, tid, priority, work, arrival, deadline, io_every):
        super().__init__(tid, priority, work, arrival, deadline)
        self.io_every = io_every
        self.blocked_for = 0
        self.io_waits = 0

    def step(self, quantum, speed):
        used = super().step(quantum, speed)
        if self.slices % self.io_every == 0 and not self.done:
            self.blocked_for = 3 + self.slices % 5
            self.io_waits += 1
        return used


class Worker:
    def __init__(self, wid, speed):
        self.wid = wid
        self.speed = speed
        self.task = None
        self.busy = 0
        self.completed = 0

    def idle(self):
        return self.task is None


class Stats:
    def __init__(self):
        self.dispatches = 0
        self.demotions = 0
        self.io_blocks = 0
        self.max_ready = 0


class Scheduler:
    QUANTUM = 4
    LEVELS = 4

    def __init__(self, nworkers):
        self.workers = [Worker(i, 1 + i % 3) for i in range(nworkers)]
        self.ready = [[] for _ in range(self.LEVELS)]
        self.heads = [0] * self.LEVELS
        self.events = EventQueue()
        self.now = 0
        self.finished = []
        self.stats = Stats()

    def submit(self, task):
        self.ready[task.priority].append(task)

    def ready_count(self):
        total = 0
        for level in range(self.LEVELS):
            total += len(self.ready[level]) - self.heads[level]
        return total

    def pick(self):
        for level in range(self.LEVELS):
            q = self.ready[level]
            h = self.heads[level]
            if h < len(q):
                task = q[h]
                h += 1
                if h > 64 and h * 2 > len(q):
                    del q[:h]
                    h = 0
                self.heads[level] = h
                return task
        return None

    def dispatch(self):
        for w in self.workers:
            if w.idle():
                task = self.pick()
                if task is None:
                    return
                w.task = task
                if task.start < 0:
                    task.start = self.now
                used = task.step(self.QUANTUM, w.speed)
                w.busy += used
                self.stats.dispatches += 1
                self.events.push(self.now + used, SLICE_END, w)

    def on_slice_end(self, w):
        task = w.task
        w.task = None
        if task.done:
            task.finish = self.now
            self.finished.append(task)
            w.completed += 1
        elif isinstance(task, IoTask) and task.blocked_for:
            self.events.push(self.now + task.blocked_for, IO_DONE, task)
            task.blocked_for = 0
            self.stats.io_blocks += 1
        else:
            if task.priority < self.LEVELS - 1 and task.slices % 2 == 0:
                task.priority += 1
                self.stats.demotions += 1
            self.submit(task)

    def run(self):
        events = self.events
        while len(events):
            ev = events.pop()
            self.now = ev.time
            kind = ev.kind
            if kind == ARRIVAL:
                self.submit(ev.target)
            elif kind == SLICE_END:
                self.on_slice_end(ev.target)
            else:
                self.submit(ev.target)
            n = self.ready_count()
            if n > self.stats.max_ready:
                self.stats.max_ready = n
            self.dispatch()


def make_tasks(count, rng):
    tasks = []
    t = 0
    for tid in range(count):
        t += rng.below(3)
        work = 4 + rng.below(40)
        priority = rng.below(2)
        deadline = t + work + rng.below(60)
        if rng.below(3) == 0:
            tasks.append(IoTask(tid, priority, work, t, deadline, 2 + rng.below(3)))
        else:
            tasks.append(CpuTask(tid, priority, work, t, deadline))
    return tasks


def main(n):
    rng = Rng(20240611)
    sched = Scheduler(16)
    tasks = make_tasks(n, rng)
    for task in tasks:
        sched.events.push(task.arrival, ARRIVAL, task)
    sched.run()

    assert len(sched.finished) == n, (len(sched.finished), n)
    checksum = 0
    total_late = 0
    total_turnaround = 0
    io_waits = 0
    for task in sched.finished:
        checksum = (checksum * 31 + task.tid * 7 + task.finish) % 1000000007
        total_late += task.lateness()
        total_turnaround += task.finish - task.arrival
        if isinstance(task, IoTask):
            io_waits += task.io_waits
    busy = [w.busy for w in sched.workers]
    done = [w.completed for w in sched.workers]
    s = sched.stats
    print(f"tasks={n} end={sched.now} dispatches={s.dispatches} demotions={s.demotions}")
    print(f"io_blocks={s.io_blocks} io_waits={io_waits} max_ready={s.max_ready}")
    print(f"busy={sum(busy)} per_worker_done={done}")
    print(f"late={total_late} turnaround={total_turnaround} first={sched.finished[0]!r}")
    print(f"checksum {checksum}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 50000)
