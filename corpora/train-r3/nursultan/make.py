#!/usr/bin/env python3
"""Rebuild this corpus: /tmp/cv-nursultan/bin/python make.py
The letters' texts are written by hand in make_a.py (training protocols) and make_b.py (other replies);
lib.py only holds the writers (DOCX, PDF, XLSX, e-mail)."""
import os, runpy, sys
here = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, here)
os.chdir(here)
runpy.run_path(os.path.join(here, "make_a.py"), run_name="__main__")
import lib
lib.MANI.clear()
runpy.run_path(os.path.join(here, "make_b.py"), run_name="__main__")
