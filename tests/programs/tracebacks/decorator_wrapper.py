# Traceback passing through a decorator's wrapper function
def logged(func):
    def wrapper(*args):
        print("calling", func.__name__, args)
        return func(*args)
    return wrapper

@logged
def divide(a, b):
    return a / b

print(divide(6, 3))
print(divide(1, 0))
