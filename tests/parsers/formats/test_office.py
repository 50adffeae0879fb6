"""Word 97, RTF, OpenDocument and Excel 97 files, made in the test by LibreOffice from the DOCX
and XLSX forms the form tests build, read with the same answer as their originals (the
conversion is lossless for these forms).  One soffice call per target format for the whole
corpus, once per session."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import pytest

from parsers import sniff
from parsers.api import parse_document
from parsers.formats import office
from parsers.registry import DocumentRejected, ParseLimits
from tests.parsers.formats.accuracy import field_score
from tests.parsers.forms.builders import docx_form, xlsx_form
from tests.parsers.forms.cases import (
    EXECUTOR_KK,
    EXECUTOR_KK_EXPECTED,
    EXECUTOR_RU,
    EXECUTOR_RU_EXPECTED,
    EXPECTED,
    KK,
    NUMBERS,
    ROWS,
    RU,
)

pytestmark = pytest.mark.slow_formats

ORIGINALS = {
    "ru.docx": (lambda: docx_form([[RU, NUMBERS, *ROWS]], after=EXECUTOR_RU),
                EXECUTOR_RU_EXPECTED),
    "kk.docx": (lambda: docx_form([[KK, *ROWS]], after=EXECUTOR_KK), EXECUTOR_KK_EXPECTED),
    "ru.xlsx": (lambda: xlsx_form([["Приложение 1"], RU, NUMBERS, *ROWS], after=EXECUTOR_RU),
                EXECUTOR_RU_EXPECTED),
    "kk.xlsx": (lambda: xlsx_form([KK, *ROWS], after=EXECUTOR_KK), EXECUTOR_KK_EXPECTED),
}
CONVERSIONS = {"docx": ("doc", "rtf", "odt"), "xlsx": ("xls", "ods")}


@pytest.fixture(scope="session")
def converted(soffice_exe: str, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """Every original converted to each legacy/open format: {"ru.doc": bytes, ...}."""
    root = tmp_path_factory.mktemp("office")
    files: dict[str, bytes] = {}
    for name, (make, _) in ORIGINALS.items():
        (root / name).write_bytes(make())
    for source, targets in CONVERSIONS.items():
        inputs = sorted(root.glob(f"*.{source}"))
        for target in targets:
            with tempfile.TemporaryDirectory() as tmp:
                cmd = office.command(soffice_exe, Path(tmp) / "profile", target, inputs,
                                     root / target)
                office.run(cmd, Path(tmp), ParseLimits(seconds_per_document=120))
            for path in inputs:
                out = root / target / f"{path.stem}.{target}"
                assert out.is_file(), f"soffice did not convert {path.name} to {target}"
                files[f"{path.stem}.{target}"] = out.read_bytes()
    return files


@pytest.mark.parametrize("name", [f"{stem}.{t}" for stem in ("ru", "kk")
                                  for ts in CONVERSIONS.values() for t in ts])
def test_converted_form_reads_as_its_original(converted: dict[str, bytes], name: str) -> None:
    stem, fmt = name.split(".")
    original = f"{stem}.{'docx' if fmt in CONVERSIONS['docx'] else 'xlsx'}"
    make, executor = ORIGINALS[original]
    want = parse_document(make(), original)
    got = parse_document(converted[name], name)
    assert got.errors == []
    [doc] = got.documents
    assert sniff.sniff(converted[name]) == fmt
    assert doc.read_by == fmt
    assert doc.kind == want.documents[0].kind == "appendix1_form"
    assert doc.services == want.documents[0].services
    assert doc.executor == want.documents[0].executor
    assert doc.language == want.documents[0].language
    right, total, misses = field_score(EXPECTED, executor, doc)
    assert right == total, misses


def test_content_decides_not_the_name(converted: dict[str, bytes]) -> None:
    # an RTF called .doc, an OpenDocument text called .docx: read as what they are
    rtf = parse_document(converted["ru.rtf"], "form.doc")
    odt = parse_document(converted["ru.odt"], "form.docx")
    for result, fmt in ((rtf, "rtf"), (odt, "odt")):
        [doc] = result.documents
        assert doc.kind == "appendix1_form" and doc.read_by == fmt
        assert any(f"read as {fmt}" in w for w in doc.warnings)


def _odf(mimetype: str, manifest: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", mimetype)
        z.writestr("META-INF/manifest.xml", manifest)
        z.writestr("content.xml", b"\x00" * 64)
    return out.getvalue()


OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize(("name", "data", "code"), [
    ("form.doc", OLE + "WordDocument\0".encode("utf-16-le") + b"garbage" * 300, "corrupt"),
    ("form.xls", OLE + "Workbook\0".encode("utf-16-le") + b"garbage" * 300, "corrupt"),
    ("form.odt", _odf("application/vnd.oasis.opendocument.text",
                      b"<manifest:encryption-data/>"), "encrypted_document"),
    ("form.ods", _odf("application/vnd.oasis.opendocument.spreadsheet", b"<m/>"), "corrupt"),
    ("form.msg", OLE + "__substg1.0_0037001F\0".encode("utf-16-le") + b"\0" * 300,
     "unsupported_format"),
])
def test_unreadable_office_files_have_a_specific_code(name: str, data: bytes, code: str,
                                                      soffice_exe: str) -> None:
    result = parse_document(data, name)
    assert not result.documents
    assert [e.code for e in result.errors] == [code], result.errors


def test_without_libreoffice_the_code_says_so(converted: dict[str, bytes],
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    from parsers.parts import read_part

    monkeypatch.setattr(office, "_CANDIDATES", ("soffice-not-installed",))
    # the reader in this process: the pool's workers were forked before the monkeypatch
    with pytest.raises(DocumentRejected) as refused:
        read_part("doc", converted["ru.doc"], "form.doc", ParseLimits())
    assert refused.value.code == "converter_unavailable"
    assert "libreoffice" in refused.value.message


def test_a_conversion_over_the_time_limit_is_killed(converted: dict[str, bytes]) -> None:
    # 10 ms: less than even a warm resident converter takes (a hang: test_resident.py)
    result = parse_document(converted["ru.doc"], "form.doc",
                            ParseLimits(seconds_per_document=0.01))
    assert [e.code for e in result.errors] == ["too_slow"]
