"""The `urllib` package of the subset's standard library (only `urllib.parse`)."""
