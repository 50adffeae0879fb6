"""Records in, messages and documents out, and their delivery (SMTP relay, e-doc folder).

Imports nothing of the project but `gateway.domain`.
"""
