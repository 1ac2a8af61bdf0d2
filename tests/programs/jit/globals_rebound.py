# A global rebound (to another type, too) while a compiled loop reads it.
# jit: loops compiled >= 1
STEP = 1

def run(n):
    global STEP
    total = 0
    for i in range(n):
        total += STEP
        if i == 6000:
            STEP = 10
        if i == 12000:
            STEP = 0.5
    return total

print(run(20000))
