#!/usr/bin/env python3
"""Rebuild the aruzhan corpus: /tmp/cv-aruzhan/bin/python make.py"""
import lib
import replies_a
import replies_b
import nonreplies

replies_a.build()
replies_b.build()
nonreplies.build()
lib.write_manifest()
