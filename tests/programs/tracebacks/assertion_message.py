# Uncaught AssertionError with a message
def withdraw(balance, amount):
    assert amount <= balance, f"cannot withdraw {amount} from {balance}"
    return balance - amount

b = withdraw(100, 30)
print("balance", b)
b = withdraw(b, 100)
print("never", b)
