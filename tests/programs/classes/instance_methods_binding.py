# Methods, binding, self, and method objects
class Account:
    interest = 0.05
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        return self
    def apply_interest(self):
        self.balance += self.balance * self.interest
        return self.balance
    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance})"
acct = Account("ann", 100)
acct.deposit(50).withdraw(30)
print(acct)
try:
    acct.withdraw(1000)
except ValueError as e:
    print(type(e).__name__, e)
try:
    acct.deposit(-5)
except ValueError as e:
    print(type(e).__name__, e)
print(acct.apply_interest())
dep = acct.deposit
print(type(dep).__name__, dep.__self__ is acct, dep.__func__ is Account.deposit, dep.__name__)
dep(10)
print(acct.balance)
Account.deposit(acct, 1)
print(acct.balance)
print(acct.deposit == acct.deposit)
other = Account("bob")
print(acct.deposit == other.deposit)
methods = [acct.deposit, other.deposit]
for m in methods:
    m(5)
print(acct.balance, other.balance)
class Weird:
    def no_self():
        return "called without self"
print(Weird.no_self())
try:
    Weird().no_self()
except TypeError as e:
    print(type(e).__name__, e)
class SelfName:
    def method(this, x):
        return this.__class__.__name__, x
print(SelfName().method(1))
def external(self, v):
    return f"external with {v} on {type(self).__name__}"
Account.external = external
print(acct.external(3))
acct.inst_func = external
try:
    acct.inst_func(3)
except TypeError as e:
    print(type(e).__name__, e)
print(acct.inst_func(acct, 3))
try:
    acct.missing_method()
except AttributeError as e:
    print(type(e).__name__, e)
try:
    Account()
except TypeError as e:
    print(type(e).__name__, e)
try:
    acct.deposit()
except TypeError as e:
    print(type(e).__name__, e)
try:
    acct.deposit(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
