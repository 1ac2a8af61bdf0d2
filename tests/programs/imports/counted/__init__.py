print("counted package initialised")
