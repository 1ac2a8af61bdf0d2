# math: trig functions (results rounded to stay platform-stable).
import math
def r(x):
    return round(x, 12)
for deg in [0, 30, 45, 60, 90, 180, 270, 360, -45]:
    rad = math.radians(deg)
    print(deg, r(math.sin(rad)), r(math.cos(rad)), r(math.tan(rad)) if deg % 180 != 90 else "inf-ish")
print(math.sin(0), math.cos(0), math.tan(0), math.asin(0), math.acos(1), math.atan(0))
print(r(math.asin(1)), r(math.acos(0)), r(math.atan(1)), r(math.atan2(1, 1)), r(math.atan2(-1, -1)), math.atan2(0, -1) == math.pi, math.atan2(0, 0))
print(r(math.sinh(1)), r(math.cosh(0)), r(math.tanh(0.5)), r(math.asinh(1)), r(math.acosh(2)), r(math.atanh(0.5)))
for fn, arg in [(math.asin, 2), (math.acos, -1.5), (math.sin, math.inf), (math.acosh, 0.5), (math.atanh, 1)]:
    try:
        fn(arg)
    except ValueError as e:
        print(fn.__name__, type(e).__name__, e)
print(r(math.atan(math.inf)) == r(math.pi / 2), math.isnan(math.sin(math.nan)))
