"""Interpreter-in-an-interpreter benchmark: a two-pass assembler and a stack
virtual machine written in Python, running small assembly programs (a prime
sieve, recursive Fibonacci, Collatz chain lengths and a GCD table).

Measures: a long if/elif dispatch chain on small ints, list indexing with
computed indices, list append/pop used as a value stack, local-variable
traffic in one big loop, frames kept as lists, and (in the assembler) string
splitting, stripping, dict lookups for labels and opcode names.
"""
import sys

OPCODES = [
    "PUSH", "LOAD", "STORE", "ADD", "SUB", "MUL", "DIV", "MOD", "LT", "LE",
    "EQ", "JMP", "JZ", "JNZ", "CALL", "RET", "DUP", "POP", "NEWARR", "ALOAD",
    "ASTORE", "OUT", "HALT", "INC", "SWAP",
]
OP = {name: i for i, name in enumerate(OPCODES)}
(PUSH, LOAD, STORE, ADD, SUB, MUL, DIV, MOD, LT, LE, EQ, JMP, JZ, JNZ, CALL,
 RET, DUP, POP, NEWARR, ALOAD, ASTORE, OUT, HALT, INC, SWAP) = range(len(OPCODES))
# Opcodes that take an operand: the rest get a 0 placeholder so every
# instruction is two slots wide.
WITH_ARG = {"PUSH", "LOAD", "STORE", "JMP", "JZ", "JNZ", "CALL", "INC"}


class AsmError(Exception):
    pass


def assemble(source):
    """Two passes: collect label addresses, then emit [op, arg, op, arg, ...]."""
    lines = []
    labels = {}
    pc = 0
    for lineno, raw in enumerate(source.split("\n"), 1):
        text = raw.split("#", 1)[0].strip()
        if not text:
            continue
        if text.endswith(":"):
            labels[text[:-1]] = pc
            continue
        parts = text.split()
        name = parts[0].upper()
        if name not in OP:
            raise AsmError(f"line {lineno}: unknown opcode {name!r}")
        lines.append((lineno, name, parts[1:]))
        pc += 2
    code = []
    for lineno, name, args in lines:
        code.append(OP[name])
        if name in WITH_ARG:
            if len(args) != 1:
                raise AsmError(f"line {lineno}: {name} takes one operand")
            arg = args[0]
            if arg in labels:
                code.append(labels[arg])
            else:
                code.append(int(arg))
        else:
            if args:
                raise AsmError(f"line {lineno}: {name} takes no operand")
            code.append(0)
    return code


class VM:
    def __init__(self, code):
        self.code = code
        self.output = []
        self.steps = 0

    def run(self, nlocals=8):
        code = self.code
        output = self.output
        stack = []
        push = stack.append
        pop = stack.pop
        frames = []
        local = [0] * nlocals
        heap = []
        pc = 0
        steps = 0
        while True:
            op = code[pc]
            arg = code[pc + 1]
            pc += 2
            steps += 1
            if op == LOAD:
                push(local[arg])
            elif op == PUSH:
                push(arg)
            elif op == STORE:
                local[arg] = pop()
            elif op == ADD:
                b = pop()
                stack[-1] += b
            elif op == SUB:
                b = pop()
                stack[-1] -= b
            elif op == LT:
                b = pop()
                push(1 if pop() < b else 0)
            elif op == JZ:
                if not pop():
                    pc = arg
            elif op == JMP:
                pc = arg
            elif op == INC:
                local[arg] += 1
            elif op == ALOAD:
                i = pop()
                push(heap[pop()][i])
            elif op == ASTORE:
                v = pop()
                i = pop()
                heap[pop()][i] = v
            elif op == MUL:
                b = pop()
                stack[-1] *= b
            elif op == MOD:
                b = pop()
                stack[-1] %= b
            elif op == DIV:
                b = pop()
                stack[-1] //= b
            elif op == LE:
                b = pop()
                push(1 if pop() <= b else 0)
            elif op == EQ:
                b = pop()
                push(1 if pop() == b else 0)
            elif op == JNZ:
                if pop():
                    pc = arg
            elif op == DUP:
                push(stack[-1])
            elif op == POP:
                pop()
            elif op == SWAP:
                stack[-1], stack[-2] = stack[-2], stack[-1]
            elif op == CALL:
                # Callee receives one argument in local 0.
                frames.append((pc, local))
                local = [0] * nlocals
                local[0] = pop()
                pc = arg
            elif op == RET:
                pc, local = frames.pop()
            elif op == NEWARR:
                size = pop()
                heap.append([0] * size)
                push(len(heap) - 1)
            elif op == OUT:
                output.append(pop())
            elif op == HALT:
                break
            else:
                raise RuntimeError(f"bad opcode {op} at {pc - 2}")
        self.steps += steps
        return output


SIEVE = """
# Count primes below N with a sieve; local 1 = array, 2 = i, 3 = j, 4 = count
    push {N}
    newarr
    store 1
    push 2
    store 2
outer:
    load 2
    push {N}
    lt
    jz done
    load 1
    load 2
    aload
    jnz next            # composite
    inc 4
    load 2
    load 2
    mul
    store 3
mark:
    load 3
    push {N}
    lt
    jz next
    load 1
    load 3
    push 1
    astore
    load 3
    load 2
    add
    store 3
    jmp mark
next:
    inc 2
    jmp outer
done:
    load 4
    out
    halt
"""

FIB = """
    push {N}
    call fib
    out
    halt
fib:                    # local 0 = n
    load 0
    push 2
    lt
    jz recurse
    load 0
    ret
recurse:
    load 0
    push 1
    sub
    call fib
    load 0
    push 2
    sub
    call fib
    add
    ret
"""

COLLATZ = """
# For k in 1..N: length of the Collatz chain; output the longest and its k.
    push 1
    store 1             # k
loop:
    load 1
    push {N}
    le
    jz finish
    load 1
    store 2             # x
    push 0
    store 3             # steps
chain:
    load 2
    push 1
    eq
    jnz chain_end
    inc 3
    load 2
    push 2
    mod
    jz even
    load 2
    push 3
    mul
    push 1
    add
    store 2
    jmp chain
even:
    load 2
    push 2
    div
    store 2
    jmp chain
chain_end:
    load 3
    load 4
    lt
    jnz not_longer
    load 3
    store 4             # best steps
    load 1
    store 5             # best k
not_longer:
    inc 1
    jmp loop
finish:
    load 4
    out
    load 5
    out
    halt
"""

GCD = """
# Sum of gcd(a, b) for 1 <= a, b <= N (Euclid by remainders).
    push 1
    store 1             # a
rows:
    load 1
    push {N}
    le
    jz end
    push 1
    store 2             # b
cols:
    load 2
    push {N}
    le
    jz next_row
    load 1
    load 2
gcd:                    # stack: x y
    dup
    jz gcd_done
    dup
    store 3
    mod                 # x % y
    load 3
    swap                # y (x % y)
    jmp gcd
gcd_done:
    pop
    load 6
    add
    store 6
    inc 2
    jmp cols
next_row:
    inc 1
    jmp rows
end:
    load 6
    out
    halt
"""


def run_program(template, size):
    code = assemble(template.replace("{N}", str(size)))
    vm = VM(code)
    out = vm.run()
    return out, vm.steps, len(code)


def main(n):
    results = []
    total_steps = 0
    jobs = [
        ("sieve", SIEVE, n * 4),
        ("fib", FIB, 14 + n // 2500),
        ("collatz", COLLATZ, n // 8),
        ("gcd", GCD, n // 100),
    ]
    for name, template, size in jobs:
        out, steps, codelen = run_program(template, size)
        total_steps += steps
        results.append(out)
        print(f"{name:>8} N={size} out={out} steps={steps} code={codelen}")
    try:
        assemble("push 1\nfrobnicate\n")
    except AsmError as e:
        print(f"asm error: {e}")
    checksum = total_steps
    for out in results:
        for v in out:
            checksum = (checksum * 1000003 + v) % 1000000007
    print(f"checksum {checksum}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20000)
