"""Plain text and HTML letters: decoded (parsers.encoding) and classified.

Why its own module: the HTML-to-text step is shared by .txt files, HTML attachments and message
bodies (parsers.mime), so it lives once, here, next to the "txt" format parser; `decode` is
re-exported for the readers that import it from here.
"""

from __future__ import annotations

from html.parser import HTMLParser

from parsers.bodytables import text_tables
from parsers.document import build_document
from parsers.encoding import decode
from parsers.letters import parse_letter
from parsers.records import ParsedDocument
from parsers.registry import ParseLimits, parser

__all__ = ["decode", "html_to_text", "parse_html", "parse_txt", "text_of"]

class _Text(HTMLParser):
    """Text out of HTML, one line per block; with `mark_quotes`, every line inside a
    <blockquote> starts with "> " so a reply's quoted request is dropped like a plain one."""

    BLOCKS = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "table", "blockquote"}
    HIDDEN = {"script", "style", "head", "title"}

    def __init__(self, mark_quotes: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.skip = 0
        self.quote = 0
        self.mark_quotes = mark_quotes

    def _newline(self) -> None:
        self.out.append("\n> " if self.quote and self.mark_quotes else "\n")

    def handle_starttag(self, tag: str, attrs: list) -> None:  # type: ignore[type-arg]
        if tag in self.HIDDEN:
            self.skip += 1
        if tag == "blockquote":
            self.quote += 1
        if tag in self.BLOCKS:
            self._newline()
        if tag in ("td", "th"):
            self.out.append(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN and self.skip:
            self.skip -= 1
        if tag in self.BLOCKS:
            self._newline()
        if tag == "blockquote" and self.quote:
            self.quote -= 1
            self.out.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.quote and self.mark_quotes:
            data = data.replace("\n", "\n> ")
        self.out.append(data)


def html_to_text(html: str, mark_quotes: bool = False) -> str:
    """Visible text of an HTML body, blocks as lines (quoted blocks marked "> " on request)."""
    p = _Text(mark_quotes)
    p.feed(html)
    p.close()
    lines = [" ".join(line.split()) for line in "".join(p.out).splitlines()]
    return "\n".join(line for line in lines if line and line != ">")


def text_of(data: bytes, limits: ParseLimits) -> str:
    return decode(data)


@parser("txt")
def parse_txt(data: bytes, part: str, limits: ParseLimits) -> list[ParsedDocument]:
    text = decode(data)
    tables = text_tables(text)  # a form typed with tabs, as in a mail body
    if tables:
        return [build_document(part, tables, text, read_by="text")]
    return [parse_letter(text, part)]


@parser("html")
def parse_html(data: bytes, part: str, limits: ParseLimits) -> list[ParsedDocument]:
    return [parse_letter(html_to_text(decode(data)), part)]
