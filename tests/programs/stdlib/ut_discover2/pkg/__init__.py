"""Helper package for unittest_discover2.py."""
