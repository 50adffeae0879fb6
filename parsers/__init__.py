"""Bytes in, validated records out: messages, Appendix 1 forms (DOCX, PDF, XLSX), letters.

Imports nothing of the project but `gateway.domain`; needs no database and no running gateway.
"""
