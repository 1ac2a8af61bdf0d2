"""A test package below a top-level directory (unittest_discover_top.py)."""
