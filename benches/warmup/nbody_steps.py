"""Warm-up view, float loop: n-body integration, timed per iteration.

Each iteration advances a five-body system 1,000 steps and prints
`warmup <seconds>` (that iteration's wall time); the runner charts these to
show when a JIT kicks in. The final line is a checksum of the energies,
which does not depend on timing.
"""
import sys
import math
import time

SOLAR_MASS = 4.0 * 3.14159265358979323 * 3.14159265358979323
DPY = 365.24


def system():
    return [
        [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS],
        [4.84143144246472090, -1.16032004402742839, -0.103622044471123109,
         0.00166007664274403694 * DPY, 0.00769901118419740425 * DPY,
         -0.0000690460016972063023 * DPY, 0.000954791938424326609 * SOLAR_MASS],
        [8.34336671824457987, 4.12479856412430479, -0.403523417114321381,
         -0.00276742510726862411 * DPY, 0.00499852801234917238 * DPY,
         0.0000230417297573763929 * DPY, 0.000285885980666130812 * SOLAR_MASS],
        [12.8943695621391310, -15.1111514016986312, -0.223307578892655734,
         0.00296460137564761618 * DPY, 0.00237847173959480950 * DPY,
         -0.0000296589568540237556 * DPY, 0.0000436624404335156298 * SOLAR_MASS],
        [15.3796971148509165, -25.9193146099879641, 0.179258772950371181,
         0.00268067772490389322 * DPY, 0.00162824170038242295 * DPY,
         -0.0000951592254519715870 * DPY, 0.0000515138902046611451 * SOLAR_MASS],
    ]


def advance(bodies, pairs, dt, steps):
    for _ in range(steps):
        for a, b in pairs:
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * math.sqrt(d2))
            bm = b[6] * mag
            am = a[6] * mag
            a[3] -= dx * bm
            a[4] -= dy * bm
            a[5] -= dz * bm
            b[3] += dx * am
            b[4] += dy * am
            b[5] += dz * am
        for body in bodies:
            body[0] += dt * body[3]
            body[1] += dt * body[4]
            body[2] += dt * body[5]


def energy(bodies):
    e = 0.0
    for i in range(len(bodies)):
        a = bodies[i]
        e += 0.5 * a[6] * (a[3] * a[3] + a[4] * a[4] + a[5] * a[5])
        for j in range(i + 1, len(bodies)):
            b = bodies[j]
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            dz = a[2] - b[2]
            e -= a[6] * b[6] / math.sqrt(dx * dx + dy * dy + dz * dz)
    return e


def main(iterations):
    bodies = system()
    pairs = [(bodies[i], bodies[j]) for i in range(5) for j in range(i + 1, 5)]
    for _ in range(iterations):
        t0 = time.perf_counter()
        advance(bodies, pairs, 0.01, 1000)
        print(f"warmup {time.perf_counter() - t0:.6f}")
    print(f"checksum {energy(bodies):.9f}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
