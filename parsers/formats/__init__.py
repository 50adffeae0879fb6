"""One module per document format; each registers itself with parsers.registry."""
