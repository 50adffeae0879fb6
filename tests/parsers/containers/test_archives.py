"""ZIP, RAR and winmail.dat: every member read as a part named by its base name, under the
limits of any attachment; hostile names skipped with an error, never written anywhere."""

from __future__ import annotations

import dataclasses
import os
import zipfile
from email.message import EmailMessage
from pathlib import Path

import pytest

from parsers.api import parse_document, parse_message, parse_path
from parsers.records import ParseResult
from parsers.registry import ParseLimits
from tests.parsers.containers import builders as b
from tests.parsers.messages.builders import REFUSAL


def parts(result: ParseResult) -> list[tuple[str, str]]:
    return [(d.part, d.kind) for d in result.documents]


def codes(result: ParseResult) -> list[tuple[str, str]]:
    return [(e.part, e.code) for e in result.errors]


@pytest.mark.parametrize("utf8", [True, False], ids=["utf-8 names", "cp866 names"])
def test_zip_members_are_read_with_cyrillic_names(utf8: bool) -> None:
    data = b.zip_bytes([("Приложение 1/форма.docx", b.FORM), ("письмо.txt", REFUSAL.encode())],
                       utf8_names=utf8)
    result = parse_document(data, "ответ.zip")
    assert parts(result) == [("форма.docx", "appendix1_form"), ("письмо.txt", "refusal")]
    assert result.documents[0].services[0].registry_number == "00402674"
    assert result.errors == []


@pytest.mark.parametrize("name", ["../../etc/passwd.docx", "/etc/form.docx",
                                  "C:\\Windows\\form.docx", "a/../../form.docx"])
def test_a_member_whose_name_escapes_is_skipped(name: str, tmp_path: Path) -> None:
    data = b.zip_bytes([(name, b.FORM), ("ok.docx", b.FORM)])
    before = set(os.listdir(tmp_path))
    os.chdir(tmp_path)
    result = parse_document(data, "a.zip")
    assert parts(result) == [("ok.docx", "appendix1_form")]
    assert [c for _, c in codes(result)] == ["unsafe_name"]
    assert set(os.listdir(tmp_path)) == before  # nothing written


def test_member_count_and_sizes_are_limited() -> None:
    many = b.zip_bytes([(f"{n}.txt", b"x") for n in range(250)])
    result = parse_document(many, "many.zip")
    assert len(result.documents) == 200
    assert ("many.zip", "too_many_members") in codes(result)
    bomb = b.zip_bytes([("bomb.docx", b"\0" * 30_000_000)])
    assert codes(parse_document(bomb, "bomb.zip")) == [("bomb.docx", "too_large")]
    ratio = b.zip_bytes([("ratio.txt", b"\0" * 5_000_000)])
    assert codes(parse_document(ratio, "r.zip")) == [("ratio.txt", "zip_bomb")]


def test_the_unpacked_total_is_limited_across_members() -> None:
    limits = dataclasses.replace(ParseLimits(), unpacked_bytes=100_000)
    letter = REFUSAL.encode().ljust(30_000, b" ")
    data = b.zip_bytes([(f"{n}.txt", letter) for n in "abcd"], method=zipfile.ZIP_STORED)
    result = parse_document(data, "a.zip", limits)
    assert parts(result) == [(f"{n}.txt", "refusal") for n in "abc"]
    assert codes(result) == [("d.txt", "too_large")]


def test_nesting_depth_is_limited() -> None:
    data = b.zip_bytes([("form.docx", b.FORM)])
    for level in range(4):
        data = b.zip_bytes([(f"level{level}.zip", data)])
    result = parse_document(data, "outer.zip")
    assert result.documents == []
    assert [c for _, c in codes(result)] == ["too_deeply_nested"]
    shallow = b.zip_bytes([("inner.zip", b.zip_bytes([("form.docx", b.FORM)]))])
    assert parts(parse_document(shallow, "outer.zip")) == [("form.docx", "appendix1_form")]


def test_an_encrypted_member_is_named() -> None:
    data = bytearray(b.zip_bytes([("form.docx", b.FORM)], method=zipfile.ZIP_STORED))
    # set the "encrypted" flag (zipfile writes no encrypted archives)
    data[6] |= 1  # the local header's flags
    data[data.rfind(b"PK\x01\x02") + 8] |= 1  # the central directory's
    assert codes(parse_document(bytes(data), "a.zip")) == [("form.docx", "encrypted_document")]


def test_rar_members_are_read() -> None:
    data = b.rar_stored([("Приложение/форма.docx", b.FORM), ("../x.txt", b"x")])
    result = parse_document(data, "ответ.rar")
    assert parts(result) == [("форма.docx", "appendix1_form")]
    assert [c for _, c in codes(result)] == ["unsafe_name"]


def test_a_compressed_rar_without_a_decompressor_says_why(monkeypatch: pytest.MonkeyPatch
                                                          ) -> None:
    import rarfile

    from parsers.formats.archive import unpack_rar

    for tool in ("UNRAR_TOOL", "UNAR_TOOL", "BSDTAR_TOOL", "SEVENZIP_TOOL", "SEVENZIP2_TOOL"):
        monkeypatch.setattr(rarfile, tool, "/nonexistent/tool")
    monkeypatch.setattr(rarfile, "CURRENT_SETUP", None)
    try:
        data = b.rar_stored([("форма.docx", b.FORM)], method=0x33)
        out = unpack_rar(data, "a.rar", ParseLimits(), 10, 10**9)  # here: the tools patched
    finally:
        monkeypatch.undo()
        rarfile.CURRENT_SETUP = None
    assert out.members == []
    [error] = out.errors
    assert (error.part, error.code) == ("форма.docx", "unsupported_format")
    assert "bsdtar" in error.message


def test_a_corrupt_archive_has_its_code() -> None:
    data = b.zip_bytes([("form.docx", b.FORM)])
    broken = data[:40] + b"\0" * 200 + data[240:]
    result = parse_document(broken, "a.zip")
    assert result.documents == [] and result.errors and result.errors[0].code == "corrupt"
    garbage = b"Rar!\x1a\x07\x00" + b"\xff" * 50
    assert codes(parse_document(garbage, "a.rar")) == [("a.rar", "empty_file")]


def test_winmail_dat_attachments_are_read() -> None:
    msg = EmailMessage()
    msg["From"] = "kanc@minjust.gov.kz"
    msg["Subject"] = "Приложение 1"
    msg.set_content("Направляем заполненную форму.")
    msg.add_attachment(b.tnef_bytes([("Форма.docx", b.FORM)]), maintype="application",
                       subtype="ms-tnef", filename="winmail.dat")
    result = parse_message(msg.as_bytes())
    assert ("Форма.docx", "appendix1_form") in parts(result), result.errors
    assert result.errors == []


def test_a_zip_in_a_message_and_on_the_command_line(tmp_path: Path) -> None:
    data = b.zip_bytes([("форма.docx", b.FORM)], utf8_names=False)
    msg = EmailMessage()
    msg["From"] = "kanc@minjust.gov.kz"
    msg.set_content("Форма во вложении.")
    msg.add_attachment(data, maintype="application", subtype="zip", filename="форма.zip")
    assert parts(parse_message(msg.as_bytes()))[-1] == ("форма.docx", "appendix1_form")
    path = tmp_path / "форма.zip"
    path.write_bytes(data)
    assert parts(parse_path(path)) == [("форма.docx", "appendix1_form")]
