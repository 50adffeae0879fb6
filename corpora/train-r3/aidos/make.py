#!/usr/bin/env python3
"""Rebuild aidos's corpus (round J): /tmp/cv-aidos/bin/python make.py"""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import forms_a, forms_b, changes
if __name__ == "__main__":
    for m in (forms_a, forms_b, changes):
        m.build()
