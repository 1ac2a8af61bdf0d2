# Uncaught user-defined exception (defined in __main__)
class InsufficientFunds(Exception):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed

def buy(price, cash):
    if price > cash:
        raise InsufficientFunds(price - cash)
    return cash - price

print(buy(5, 10))
print(buy(50, 10))
