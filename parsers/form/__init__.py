"""The format-independent half of reading an agency's filled Appendix 1 form.

Why it exists: a DOCX, an XLSX sheet and a PDF page all reduce to tables of cell strings plus
the text around them.  Given those, this package finds the table that is the form by the
meaning of its header cells (Russian or Kazakh, any column order, split or footnoted headers,
several tables, a form on its side), builds ServiceInfo rows normalised per
contracts/parse-output.md, and reads the executor and date under the table.  The format
modules (parsers/formats/) only read tables and text out of their files.

Public API: `find_form(tables)`, `find_changed_columns(tables)` (a revised table of changed
columns), `find_change_rows(tables, text)` (a table of changes, a row per changed column),
`is_form(table)`, `executor_and_date(text)`, `header_field(cell)`,
`rows_from_words(words)` (a table laid out by position only), `join_lines(cell)`,
`trailer_lines(tables)` (executor/date lines written inside tables), `Table`.
"""

from parsers.form.changes import find_change_rows
from parsers.form.executor import executor_and_date, trailer_lines
from parsers.form.headers import Table, header_field, synonyms
from parsers.form.layouts import find_changed_columns, find_form, is_form
from parsers.form.positions import join_lines, rows_from_words

__all__ = ["Table", "executor_and_date", "find_change_rows", "find_changed_columns", "find_form",
           "header_field", "is_form", "join_lines", "rows_from_words", "synonyms", "trailer_lines"]
