#!/usr/bin/env python3
"""This round's check: the shared ../check_round.py run on this folder."""
import os
import runpy
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.argv = [sys.argv[0], HERE]
runpy.run_path(os.path.join(HERE, "..", "check_round.py"), run_name="__main__")
