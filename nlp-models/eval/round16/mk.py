"""This round's cases are written with the shared helper, ../cases.py (C, W, A)."""
import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from cases import A, C, W  # noqa: E402,F401
