"""Rebuild yerlan's corpus: python3 make.py (needs python-docx, openpyxl, reportlab)."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import gen_forms
gen_forms.build(); gen_forms.build2()
for mod in ("gen_resp", "gen_refusal", "gen_protocol", "gen_change"):
    if os.path.exists(os.path.join(os.path.dirname(os.path.abspath(__file__)), mod + ".py")):
        m = __import__(mod)
        m.build()
import lib
print(len(lib.MADE), "documents")
