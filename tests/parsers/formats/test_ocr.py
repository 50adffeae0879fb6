"""Scans and photos read by OCR: forms printed to PDF in the test (ruled and borderless tables,
Russian and Kazakh headers), rasterised at 200 dpi, sent as PNG, a two-page TIFF, an image-only
PDF, and as a worn scanner's JPEG (turned, grey, speckled), measured by field accuracy against
the answer the form was rendered from."""

from __future__ import annotations

import pytest

from parsers.api import parse_document
from parsers.formats.ocr_text import fix_line, fix_text, fix_word, registry_digits
from tests.parsers.formats.accuracy import field_score
from tests.parsers.formats.scans import degraded, encoded, image_only_pdf, pages, printed_form
from tests.parsers.forms.builders import cyrillic_font
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

FORMS = {  # name: (rows, lines under the table, the executor's answer)
    "ru": ([RU, NUMBERS, *ROWS], EXECUTOR_RU, EXECUTOR_RU_EXPECTED),
    "kk": ([KK, *ROWS], EXECUTOR_KK, EXECUTOR_KK_EXPECTED),
}
COVER = ["Исх. № 12-3/456 от 01.03.2015", "Единый контакт-центр",
         "Направляем заполненную форму Приложения 1."]


@pytest.fixture(scope="session")
def clean_pages() -> dict[str, object]:
    if cyrillic_font() is None:
        pytest.fail("no Cyrillic TrueType font: apt-get install fonts-dejavu-core",
                    pytrace=False)
    made = {name: pages(printed_form(rows, after=after))[0]
            for name, (rows, after, _) in FORMS.items()}
    rows, after, _ = FORMS["ru"]  # a borderless table: the table from word positions alone
    made["ru-borderless"] = pages(printed_form(rows, after=after, ruled=False))[0]
    return made


@pytest.fixture(scope="session")
def scans(clean_pages: dict[str, object]) -> dict[str, bytes]:
    """The corpus: clean PNGs, a TIFF of a covering page and the form, an image-only PDF."""
    cover = pages(printed_form([["", ""]], before=COVER, ruled=False))[0]
    return {"ru.png": encoded([clean_pages["ru"]], "png"),
            "kk.png": encoded([clean_pages["kk"]], "png"),
            "ru.tiff": encoded([cover, clean_pages["ru"]], "tiff"),
            "kk.pdf": image_only_pdf([clean_pages["kk"]]),
            "ru-borderless.png": encoded([clean_pages["ru-borderless"]], "png")}


@pytest.fixture(scope="session")
def noisy_scans(clean_pages: dict[str, object]) -> dict[str, bytes]:
    return {"ru-noisy.jpg": encoded([degraded(clean_pages["ru"], angle=1.5)], "jpeg"),
            "kk-noisy.jpg": encoded([degraded(clean_pages["kk"], angle=-2.0, seed=3)], "jpeg")}
    # not here: a noisy scan of a borderless table, whose rows from word positions alone are
    # still unreliable (right for some speckle patterns, lost for others)


def _accuracy(files: dict[str, bytes]) -> tuple[float, list[str]]:
    right = total = 0
    misses: list[str] = []
    for name, data in files.items():
        result = parse_document(data, name)
        assert result.errors == [], result.errors
        [doc] = result.documents
        assert doc.read_by == "ocr" and doc.kind == "appendix1_form", (name, doc.kind)
        assert doc.confidence is not None and 0 < doc.confidence <= 1
        r, t, m = field_score(EXPECTED, FORMS[name.split(".")[0].split("-")[0]][2], doc)
        right, total, misses = right + r, total + t, misses + m
    return right / total, misses


@pytest.mark.slow_formats
def test_clean_200_dpi_scans_read_with_095_field_accuracy(tesseract_exe: str,
                                                          scans: dict[str, bytes]) -> None:
    accuracy, misses = _accuracy(scans)
    print(f"clean scans: field accuracy {accuracy:.3f}; misses: {misses}")
    assert accuracy >= 0.95, misses


@pytest.mark.slow_formats
def test_skewed_noisy_scans_read_with_09_field_accuracy(tesseract_exe: str,
                                                        noisy_scans: dict[str, bytes]) -> None:
    accuracy, misses = _accuracy(noisy_scans)
    print(f"noisy scans: field accuracy {accuracy:.3f}; misses: {misses}")
    assert accuracy >= 0.9, misses
    [doc] = parse_document(noisy_scans["ru-noisy.jpg"], "x.jpg").documents
    assert any("straightened" in w for w in doc.warnings)


@pytest.mark.slow_formats
def test_a_scanned_letter_is_read_as_a_letter(tesseract_exe: str) -> None:
    text = ["Сообщаем, что ответственным лицом за предоставление информации назначен",
            "Ахметов Ерлан Серикович, главный специалист, тел. 8 (7172) 74-01-02,",
            "e-mail: e.akhmetov@minjust.gov.kz"]
    page = pages(printed_form([["", ""]], before=text, ruled=False))[0]
    [doc] = parse_document(encoded([page], "png"), "letter.png").documents
    assert doc.read_by == "ocr"
    assert "e.akhmetov@minjust.gov.kz" in doc.model_dump_json()


def test_without_tesseract_language_data_the_code_is_ocr_unavailable(
        monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    from PIL import Image

    from parsers.formats import ocr
    from parsers.parts import read_part
    from parsers.registry import DocumentRejected, ParseLimits

    monkeypatch.setenv("TESSDATA_PREFIX", str(tmp_path))  # an empty directory: no languages
    monkeypatch.setattr(ocr, "_AVAILABLE", [])
    # the reader in this process: the pool's workers were forked before the monkeypatch
    with pytest.raises(DocumentRejected) as refused:
        read_part("png", encoded([Image.new("L", (50, 50), 255)], "png"), "scan.png",
                  ParseLimits())
    assert refused.value.code == "ocr_unavailable"
    assert "tesseract-ocr-rus" in refused.value.message


@pytest.mark.parametrize(("data", "code"), [
    (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "corrupt"),
    (b"II*\x00" + b"\xff" * 100, "corrupt"),
])
def test_a_broken_image_is_corrupt(data: bytes, code: str) -> None:
    result = parse_document(data, "scan.png")
    assert [e.code for e in result.errors] == [code]


@pytest.mark.parametrize(("word", "fixed"), [
    ("www.mсs.gov.kz", "www.mcs.gov.kz"),  # a Cyrillic с in an address
    ("a.petrоv@mcs.gov.kz", "a.petrov@mcs.gov.kz"),
    ("Выдaча", "Выдача"),  # a Latin a in a Russian word
    ("0О4О2674", "00402674"),  # Cyrillic О in a number
    ("26.О4.2О15", "26.04.2015"),
    ("З41", "341"),
    ("е-тай:", "e-mail:"),
    ("Стандарт", "Стандарт"),
    ("Петров", "Петров"),
])
def test_ocr_look_alikes_are_undone(word: str, fixed: str) -> None:
    assert fix_word(word) == fixed


@pytest.mark.parametrize(("text", "fixed"), [
    ("Регламент М 429 от", "Регламент № 429 от"),  # a lone М before a number
    ("Стандарт Ле 12", "Стандарт № 12"),
    ("(изменения вп. 3}", "(изменения в п. 3)"),  # "в п." run together, a brace for a bracket
    ("тел. %7 (7172) 74-00-11", "тел. +7 (7172) 74-00-11"),
    ("wwww.mcs.gov.kz", "www.mcs.gov.kz"),
    ("М5 трасса", "М5 трасса"),  # a letter against a number is not a number sign
])
def test_ocr_text_slips_are_undone(text: str, fixed: str) -> None:
    assert fix_text(text) == fixed


def test_a_column_number_row_keeps_its_numbers_and_a_data_row_is_left_alone() -> None:
    from parsers.formats.ruled import _number_row

    assert _number_row(["1", "2", "3 Б", "4", "5", "", "7", "8 —"]) == \
        ["1", "2", "3", "4", "5", "", "7", "8"]
    row = ["1", "00402674", "Выдача архивных справок", "Стандарт № 341", "", "", "", ""]
    assert _number_row(row) == row


def test_a_thin_number_sign_read_as_a_slash_is_a_number_sign_and_a_lone_slash_a_speck() -> None:
    from parsers.formats.ocr import _kept

    def words(*texts: str, line: int = 1) -> list[dict]:
        return [{"text": t, "conf": 90.0, "line": line, "x0": 0, "x1": 1, "top": 0, "bottom": 1}
                for t in texts]

    assert [w["text"] for w in _kept(words("Стандарт", "/", "341", "от"))] == \
        ["Стандарт", "№", "341", "от"]
    assert [w["text"] for w in _kept(words("отдела", "/", "тел."))] == ["отдела", "тел."]


def test_a_latin_word_in_a_cyrillic_line_is_made_cyrillic_but_an_address_is_not() -> None:
    assert fix_line(["Петров", "Андрей", "Викторович,", "6ac", "Mama", "e-mail:",
                     "www.mcs.gov.kz"]) == ["Петров", "Андрей", "Викторович,", "бас", "Мама",
                                            "e-mail:", "www.mcs.gov.kz"]
    assert registry_digits("OO4O2б74") == "00402674"


@pytest.mark.slow_formats
def test_a_scan_attached_to_a_message_is_read_and_an_inline_logo_is_not(
        tesseract_exe: str, scans: dict[str, bytes]) -> None:
    from email.message import EmailMessage

    from PIL import Image

    from parsers.api import parse_message

    msg = EmailMessage()
    msg["From"] = "kanc@minjust.gov.kz"
    msg["Subject"] = "Ответ на запрос"
    msg.set_content("Направляем заполненную форму.")
    msg.add_alternative("<p>Направляем заполненную форму.</p><img src='cid:logo'>",
                        subtype="html")
    msg.get_payload()[1].add_related(encoded([Image.new("L", (40, 40), 0)], "png"),
                                     "image", "png", cid="<logo>")
    msg.add_attachment(scans["ru.png"], maintype="image", subtype="png", filename="скан.png")
    result = parse_message(msg.as_bytes())
    forms = [d for d in result.documents if d.kind == "appendix1_form"]
    assert [(d.part, d.read_by) for d in forms] == [("скан.png", "ocr")]
    assert not any("logo" in d.part or d.part.startswith("attachment") for d in result.documents)
