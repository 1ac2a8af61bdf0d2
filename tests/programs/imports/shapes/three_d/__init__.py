print("shapes.three_d/__init__ running, __name__ =", __name__)
