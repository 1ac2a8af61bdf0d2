"""A module at the top level of ut_top: test modules import it."""

VALUE = 42
