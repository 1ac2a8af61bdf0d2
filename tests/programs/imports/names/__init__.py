print("names package __name__:", __name__)
