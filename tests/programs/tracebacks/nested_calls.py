# Uncaught exception raised several calls deep
def parse_record(line):
    fields = line.split(",")
    return int(fields[1])

def load(lines):
    total = 0
    for line in lines:
        print("loading", line)
        total += parse_record(line)
    return total

def main():
    data = ["a,1", "b,2", "c,x3"]
    print("total", load(data))

main()
