"""Warm-up view, an interpreter in Python: a small stack-machine bytecode
loop (the classic shape a tracing JIT specializes) running a counting
program once per iteration; prints `warmup <seconds>` per iteration and a
checksum of the results.
"""
import sys
import time

PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, JNZ, JMP, LT, HALT = range(11)


def program(limit):
    # acc = 0; i = 0; while i < limit: acc = (acc + i * i) % 1000003; i += 1
    return [
        (PUSH, 0), (STORE, 0), (PUSH, 0), (STORE, 1),
        (LOAD, 1), (PUSH, limit), (LT, 0), (JNZ, 10), (JMP, 24), (HALT, 0),
        (LOAD, 0), (LOAD, 1), (LOAD, 1), (MUL, 0), (ADD, 0), (PUSH, 1000003),
        (MOD, 0), (STORE, 0), (LOAD, 1), (PUSH, 1), (ADD, 0), (STORE, 1),
        (JMP, 4), (HALT, 0), (LOAD, 0), (HALT, 0),
    ]


def run(code):
    stack = []
    regs = [0, 0]
    pc = 0
    while True:
        op, arg = code[pc]
        pc += 1
        if op == LOAD:
            stack.append(regs[arg])
        elif op == PUSH:
            stack.append(arg)
        elif op == STORE:
            regs[arg] = stack.pop()
        elif op == ADD:
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif op == MUL:
            b = stack.pop()
            stack.append(stack.pop() * b)
        elif op == MOD:
            b = stack.pop()
            stack.append(stack.pop() % b)
        elif op == SUB:
            b = stack.pop()
            stack.append(stack.pop() - b)
        elif op == LT:
            b = stack.pop()
            stack.append(1 if stack.pop() < b else 0)
        elif op == JNZ:
            if stack.pop():
                pc = arg
        elif op == JMP:
            pc = arg
        else:
            return stack.pop() if stack else None


def main(iterations):
    check = 0
    for k in range(iterations):
        t0 = time.perf_counter()
        r = run(program(3000 + k))
        print(f"warmup {time.perf_counter() - t0:.6f}")
        check = (check * 31 + r) % 1000000007
    print("checksum", check)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 60)
