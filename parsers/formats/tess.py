"""Tesseract 5 kept loaded in the OCR worker (tesserocr, the C++ API), read page by page and
cell by cell.

Why the API and not the `tesseract` program: the program loads its three language models
(some 0.2 s) for every call, so reading a ruled form's cells one by one — each cell as one
block, a number cell with digits only, which is what gets a lone row number or a registry
number right — would cost a process and a model load per cell.  Here the models are loaded
once per worker process, an image is handed over as raw pixels (no file written), and a cell
is a rectangle of the image already set, so a form costs one recognition of its ink whether it
is read as a page or as cells.

Language order: Russian first (most of what agencies write), then Kazakh (its extra letters),
then English (without it every e-mail and web address comes out in Cyrillic).  The language
data come from the Debian packages tesseract-ocr-rus/-kaz/-eng (TESSDATA_PREFIX overrides where
they are looked for).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

LANGUAGES = ("kaz", "rus", "eng")
DIGITS = "0123456789"
# where Debian, other distributions and a local build keep the language data
TESSDATA = ("/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata",
            "/usr/share/tessdata", "/usr/local/share/tessdata")
INSTALL = "apt-get install tesseract-ocr-rus tesseract-ocr-kaz tesseract-ocr-eng"

Word = dict[str, Any]
_ENGINE: list[Any] = []  # the loaded API of this process, made on first use
_SIZE = [0, 0]  # the page set last: width, height


def tessdata() -> Path | None:
    """The folder holding the language data, or None."""
    own = os.environ.get("TESSDATA_PREFIX")
    for folder in ([own] if own else TESSDATA):
        for path in (Path(folder), Path(folder) / "tessdata"):
            if (path / "rus.traineddata").is_file():
                return path
    return None


def why_not() -> str | None:
    """None when OCR can run, else why not (one sentence)."""
    try:
        import tesserocr
    except ImportError:
        return "reading a scan needs the Python package tesserocr, which is not installed"
    folder = tessdata()
    if folder is None:
        return f"reading a scan needs Tesseract's language data, which is not installed ({INSTALL})"
    _, have = tesserocr.get_languages(f"{folder}/")
    missing = [lang for lang in LANGUAGES if lang not in have]
    if missing:
        return (f"Tesseract has no language data for {', '.join(missing)} in {folder} "
                f"(apt-get install " + " ".join(f"tesseract-ocr-{m}" for m in missing) + ")")
    return None


def engine() -> Any:
    """This process's Tesseract, its models loaded (one thread: on a shared machine its threads
    only fight each other)."""
    if not _ENGINE:
        os.environ["OMP_THREAD_LIMIT"] = "1"
        import tesserocr

        api = tesserocr.PyTessBaseAPI(path=f"{tessdata()}/", lang="+".join(LANGUAGES),
                                      oem=tesserocr.OEM.LSTM_ONLY)
        _ENGINE.append(api)
    return _ENGINE[0]


def set_page(pixels: Any, dpi: int) -> None:
    """Hand a page (a uint8 greyscale array) to the engine; cells are then read from it."""
    api = engine()
    h, w = pixels.shape
    api.SetImageBytes(pixels.tobytes(), w, h, 1, w)
    _SIZE[:] = [w, h]
    api.SetSourceResolution(dpi)


def _at(base: tuple[tuple[int, int], tuple[int, int]] | None, x: float,
        default: float) -> float:
    """The height of a line's baseline at `x` (Tesseract gives it as two points)."""
    if not base:
        return default
    (xa, ya), (xb, yb) = base
    return ya if xb == xa else ya + (yb - ya) * (x - xa) / (xb - xa)


def read(box: tuple[int, int, int, int] | None = None, *, psm: int = 11,
         whitelist: str = "") -> list[Word]:
    """The words in `box` (left, top, right, bottom; None: the whole page) of the page set
    last, each with its box in page pixels (text, x0, x1, top, bottom), conf (0-100), line
    (its line's number in this reading) and baseline (the height its line's baseline is at
    under the word: the line's, so a word without descenders and one with share it)."""
    import tesserocr

    api = engine()
    api.SetPageSegMode(psm)
    api.SetVariable("tessedit_char_whitelist", whitelist)
    left, top, right, bottom = box or (0, 0, *_SIZE)
    api.SetRectangle(left, top, right - left, bottom - top)
    api.Recognize()
    words: list[Word] = []
    it = api.GetIterator()
    if it is None:
        return words
    line = 0
    base: tuple[tuple[int, int], tuple[int, int]] | None = None
    level = tesserocr.RIL.WORD
    for word in tesserocr.iterate_level(it, level):
        if word.IsAtBeginningOf(tesserocr.RIL.TEXTLINE):
            line += 1
            base = word.Baseline(tesserocr.RIL.TEXTLINE)
        try:
            text = (word.GetUTF8Text(level) or "").strip()
        except RuntimeError:  # an empty word (tesserocr raises where the API gives NULL)
            continue
        found = word.BoundingBox(level)
        if not text or found is None:
            continue
        x0, y0, x1, y1 = found
        words.append({"text": text, "x0": x0, "x1": x1, "top": y0, "bottom": y1,
                      "conf": float(word.Confidence(level)), "line": line,
                      "baseline": _at(base, (x0 + x1) / 2, y1)})
    return words
