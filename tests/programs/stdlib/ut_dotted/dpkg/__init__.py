"""Helper package for unittest_dotted_names.py and unittest_k_option.py."""
