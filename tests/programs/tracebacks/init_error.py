# Exception raised in __init__ while constructing an object
class Temperature:
    def __init__(self, kelvin):
        if kelvin < 0:
            raise ValueError(f"invalid temperature {kelvin}K")
        self.kelvin = kelvin

class Reading:
    def __init__(self, raw):
        self.temp = Temperature(float(raw))

readings = [Reading(r) for r in ["300", "273.15"]]
print(len(readings))
Reading("-5")
