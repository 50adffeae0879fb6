"""Every text encoding agencies' systems write is detected (issue #21 p.5): a BOM, strict UTF-8,
then charset-normalizer among the Cyrillic code pages; a wrong declared label loses."""

from __future__ import annotations

import pytest

from parsers.api import parse_path
from parsers.encoding import decode, detect
from parsers.sniff import sniff

RU = ("Доводим до сведения, что ответственным лицом по государственной услуге назначена "
      "Ким Ольга Викторовна, главный специалист отдела.")
KK = ("Мемлекеттік қызмет бойынша жауапты тұлға болып Сапарова Гүлнар Ерланқызы, бас маман "
      "тағайындалды.")


@pytest.mark.parametrize(("encoding", "text"), [
    ("utf-8", RU), ("utf-8-sig", KK), ("utf-16", KK), ("utf-16-le", RU), ("utf-16-be", KK),
    ("cp1251", RU), ("koi8-r", RU), ("cp866", RU), ("kz1048", KK),
])
@pytest.mark.parametrize("declared", [None, "koi8-r", "utf-8", "x-unknown"])
def test_each_encoding_is_read_back_exactly(encoding: str, text: str, declared: str | None
                                            ) -> None:
    assert decode(text.encode(encoding), declared) == text


def test_a_declared_label_that_fits_is_kept_and_one_that_does_not_is_said() -> None:
    data = RU.encode("cp1251")
    assert detect(data, "windows-1251")[0] == "cp1251"
    enc, how = detect(data, "koi8-r")
    assert enc == "cp1251" and "did not fit" in how


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "cp866", "koi8-r", "utf-8-sig"])
def test_a_text_file_in_any_encoding_is_a_letter_not_nothing(tmp_path, encoding: str) -> None:
    letter = (f"{RU}\nПрошу считать её ответственной за взаимодействие с Единым контакт-центром.")
    path = tmp_path / "letter.txt"
    path.write_bytes(letter.encode(encoding))
    assert sniff(path.read_bytes()) == "txt"
    result = parse_path(path)
    assert not result.errors
    assert len(result.documents) == 1 and "Ким" in (result.documents[0].responsible.full_name
                                                     if result.documents[0].responsible else "")
