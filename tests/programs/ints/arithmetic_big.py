# All arithmetic operators with big and negative operands.
vals = [0, 1, -1, 7, -7, 2**64, -2**64, 3**50, -(3**50), 12345678901234567890123]
for a in vals:
    for b in vals:
        row = [a + b, a - b, a * b]
        if b != 0:
            row.append(a // b)
            row.append(a % b)
            row.append(divmod(a, b))
        print(a, b, row)
