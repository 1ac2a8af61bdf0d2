"""Helper subpackage for unittest_discover2.py."""
