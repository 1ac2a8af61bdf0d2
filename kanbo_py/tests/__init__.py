"""Kanbo's test suite (stdlib unittest). Run from the repository root:
`python3 -m unittest discover -s kanbo_py/tests -t kanbo_py` (the same
command works with piepie)."""
