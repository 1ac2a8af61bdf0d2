# A three-level chain mixing implicit context and explicit cause
def step1():
    raise ValueError("step1 failed")

def step2():
    try:
        step1()
    except ValueError:
        raise KeyError("step2 failed")

def step3():
    try:
        step2()
    except KeyError as e:
        raise RuntimeError("step3 failed") from e

print("starting")
step3()
