"""Legacy, open and scanned formats: seconds per document for each, against the underlying
tool's own time on the same input in the same run, printed as ratios.

    .venv/bin/python benchmarks/bench_formats.py

- .doc/.rtf/.odt/.xls/.ods: parsers.api.parse_document against `soffice --convert-to` of the
  same file alone, a cold start each time (the per-file process's cost); ours converts through
  the worker's resident LibreOffice, started by the first document (timed on its own line).
- Scans (`--scans` for these alone): clean PNGs at 200 and 300 dpi, a worn scanner's JPEG, a
  fax (CCITT G4 TIFF), a phone photo, borderless tables, an image-only PDF — parse_document
  against the tesseract command line on the same file alone (`tesseract FILE - -l kaz+rus+eng
  --psm 11 tsv`, one thread; a PDF's page as PNG), each the median of three, the load average
  printed before and after: the ratio is what the gateway adds around Tesseract (page
  preparation, deskew, rules, the cells, the form), the bar being 1.1.  Under each, the same
  page read in this process: the time in Tesseract's recognition and in page preparation.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.common import best, line  # noqa: E402
from parsers.api import parse_document  # noqa: E402
from parsers.formats import office, tess  # noqa: E402
from parsers.registry import ParseLimits  # noqa: E402
from tests.parsers.formats.scans import (  # noqa: E402
    degraded,
    encoded,
    faxed,
    image_only_pdf,
    pages,
    photographed,
    printed_form,
)
from tests.parsers.forms.builders import docx_form, xlsx_form  # noqa: E402
from tests.parsers.forms.cases import EXECUTOR_RU, NUMBERS, ROWS, RU  # noqa: E402

LIMITS = ParseLimits(seconds_per_document=120)
REPEAT = 2
SCAN_REPEAT = 3


def office_inputs(root: Path) -> dict[str, bytes]:
    (root / "form.docx").write_bytes(docx_form([[RU, NUMBERS, *ROWS]], after=EXECUTOR_RU))
    (root / "form.xlsx").write_bytes(xlsx_form([RU, NUMBERS, *ROWS], after=EXECUTOR_RU))
    out: dict[str, bytes] = {}
    exe = office.soffice()
    assert exe, "LibreOffice is not installed (make test-deps)"
    for source, targets in (("docx", ("doc", "rtf", "odt")), ("xlsx", ("xls", "ods"))):
        for target in targets:
            with tempfile.TemporaryDirectory() as tmp:
                office.run(office.command(exe, Path(tmp) / "p", target, [root / f"form.{source}"],
                                          root), Path(tmp), LIMITS)
            out[target] = (root / f"form.{target}").read_bytes()
    return out


def soffice_alone(path: Path, target: str) -> None:
    """The tool's own time: one conversion, a fresh profile, nothing else."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([office.soffice() or "soffice", f"-env:UserInstallation=file://{tmp}/p",
                        "--headless", "--norestore", "--convert-to", office.FILTERS[target],
                        "--outdir", tmp, str(path)], capture_output=True, check=True)


def tesseract_alone(page: Path) -> None:
    subprocess.run(["tesseract", str(page), "-", "-l", "+".join(tess.LANGUAGES), "--psm", "11",
                    "tsv"],
                   capture_output=True, check=True, env={**os.environ, "OMP_THREAD_LIMIT": "1"})


def median_of(fn: Callable[[], object], repeat: int = SCAN_REPEAT) -> float:
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def scan_inputs(root: Path) -> dict[str, tuple[bytes, Path]]:
    """name: (the file as sent, the page the tesseract CLI reads: the same file, or for a PDF
    its page as PNG)."""
    pdf = printed_form([RU, NUMBERS, *ROWS], after=EXECUTOR_RU)
    [page] = pages(pdf)
    [page300] = pages(pdf, 300)
    [borderless] = pages(printed_form([RU, NUMBERS, *ROWS], after=EXECUTOR_RU, ruled=False))
    files = {"png (clean, 200 dpi)": encoded([page], "png"),
             "png (clean, 300 dpi)": encoded([page300], "png"),
             "jpeg (skewed, noisy)": encoded([degraded(page)], "jpeg"),
             "tiff (fax, CCITT G4, 204x196)": faxed(pdf),
             "jpeg (photo, 300 dpi)": photographed(page300),
             "png (borderless)": encoded([borderless], "png"),
             "jpeg (borderless, noisy)": encoded([degraded(borderless)], "jpeg")}
    out: dict[str, tuple[bytes, Path]] = {}
    for n, (name, data) in enumerate(files.items()):
        path = root / f"scan{n}"
        path.write_bytes(data)
        out[name] = (data, path)
    png = root / "page.png"
    page.save(png)
    out["pdf without a text layer"] = (image_only_pdf([page]), png)
    return out


def split(data: bytes) -> tuple[float, float]:
    """(seconds in Tesseract's recognition, seconds preparing the page) of reading `data` in
    this process (the engine loaded before)."""
    from parsers.formats import image, ocr

    spent = {"tess": 0.0, "prep": 0.0}

    def timed(fn: Callable[..., Any], key: str) -> Callable[..., Any]:
        def run(*args: Any, **kw: Any) -> Any:
            t = time.perf_counter()
            try:
                return fn(*args, **kw)
            finally:
                spent[key] += time.perf_counter() - t
        return run

    read, prepare = tess.read, image.prepare
    tess.engine()
    tess.read, image.prepare = timed(read, "tess"), timed(prepare, "prep")  # type: ignore[method-assign]
    try:
        ocr.read_pages(image.decode(data, 5), LIMITS)
    except Exception:  # noqa: BLE001 - a PDF: not decoded here
        ocr.read_pages(image.rasterise(data, 5), LIMITS)
    finally:
        tess.read, image.prepare = read, prepare
    return spent["tess"], spent["prep"]


def scans(root: Path) -> None:
    print(f"# scans and photos (Tesseract {'+'.join(tess.LANGUAGES)}), seconds per page, median of "
          f"{SCAN_REPEAT}; {os.popen('uptime').read().strip()}")
    inputs = scan_inputs(root)
    data, path = inputs["png (clean, 200 dpi)"]
    t = time.perf_counter()
    parse_document(data, "scan", LIMITS)  # starts the OCR worker, which loads the models
    first = time.perf_counter() - t
    line("first page (starts the worker, loads Tesseract)", first, "s",
         median_of(lambda: tesseract_alone(path)), "tesseract CLI on the page")
    for name, (data, path) in inputs.items():
        # ours and the CLI in turn, so both see the same load; the ratio is the median of the
        # pairs' ratios
        pairs = [(median_of(lambda d=data: parse_document(d, "scan", LIMITS), 1),
                  median_of(lambda p=path: tesseract_alone(p), 1)) for _ in range(SCAN_REPEAT)]
        ours = statistics.median(a for a, _ in pairs)
        ratio = statistics.median(a / b for a, b in pairs)
        print(f"{name:<44} {ours:10.4f} s   ratio {ratio:6.2f} to tesseract CLI on the page")
        splits = sorted(split(data) for _ in range(SCAN_REPEAT))
        inside, prep = splits[len(splits) // 2]
        print(f"{'':4}in this process: Tesseract {inside:.3f} s, page preparation {prep:.3f} s "
              f"({prep / inside:.2f} of Tesseract's)")
    print(f"# {os.popen('uptime').read().strip()}")


def main() -> None:
    root = Path(tempfile.mkdtemp(prefix="bench-formats-"))
    try:
        if "--scans" in sys.argv:
            scans(root)
            return
        print("# legacy and open Office formats (LibreOffice), seconds per document")
        inputs = office_inputs(root)
        t = time.perf_counter()
        parse_document(inputs["doc"], "form.doc", LIMITS)  # starts the worker's converter
        first = time.perf_counter() - t
        tool = best(lambda: soffice_alone(root / "form.doc", "docx"), REPEAT)
        line("first .doc (starts the resident converter)", first, "s", tool,
             "soffice convert alone")
        for fmt, data in inputs.items():
            path = root / f"form.{fmt}"
            ours = best(lambda d=data, f=fmt: parse_document(d, f"form.{f}", LIMITS), REPEAT)
            tool = best(lambda p=path, f=fmt: soffice_alone(p, office.TARGETS[f]), REPEAT)
            line(f".{fmt} form", ours, "s", tool, "soffice convert alone")
        scans(root)
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
