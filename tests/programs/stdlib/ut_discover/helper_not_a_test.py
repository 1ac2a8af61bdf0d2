"""Not matched by the default discovery pattern."""
raise RuntimeError("must not be imported")
