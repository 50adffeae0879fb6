"""Understanding: what a document means, and whether it may move its case on its own.

The parser (`parsers`) reads formats into text, tables and fields; this room decides what the
words say — a kind only on the evidence that kind requires (`requirements`), people's names in
the nominative (`names`), a Russian word by its lemma and a Kazakh one by its stem (`lemmas`) —
and, given what the case expects (`expectation.Expectation`, the one seam through which the
case's context enters), whether the document is applied with no person (`judge`).  Nothing here
reads a database or a mailbox: the gateway builds an Expectation from its store and asks.
"""
