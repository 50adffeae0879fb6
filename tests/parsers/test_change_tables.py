"""A change notice's own table of changes (parsers.form.changes, p.6): a row per changed column,
in the two shapes agencies draw, with the old value never taken for the new one."""

from __future__ import annotations

from gateway.domain import ServiceInfo
from parsers.document import build_document
from parsers.form import Table, find_change_rows

OLD = "Стандарт государственной услуги «Выдача архивных справок», утвержденный приказом № 9"
NEW = "Стандарт государственной услуги «Выдача архивных справок», утвержденный приказом № 318"
BEFORE_AFTER: Table = [["№ в реестре", "Наименование услуги", "Было", "Стало"],
                ["00602004", "Выдача архивных справок", OLD, NEW]]
FIELD_VALUE: Table = [["Изменения сведений по государственным услугам", None, None, None],
               [None, None, None, None],
               ["№", "№ услуги в реестре", "Изменяемая графа", "Новое значение"],
               ["1", "01001002", "Стандарт государственной услуги", "Приказ Министра № 7"],
               ["2", "01001006", "Интернет-ресурс", "www.gov.kz/memleket/entities/zhol"],
               ["3", "01001009", "Графа 6", "Приказ Министра № 8 «О внесении изменений»"]]


def _rows(tables: list[Table], text: str = "") -> list[ServiceInfo]:
    found = find_change_rows(tables, text)
    assert found is not None
    return found


def test_before_and_after_keeps_the_new_value_in_the_column_it_names() -> None:
    (service,) = _rows([BEFORE_AFTER])
    assert (service.registry_number, service.standard) == ("00602004", NEW)
    assert service.regulation is None and service.service_name is None


def test_a_row_per_changed_column_names_the_column_in_words_or_by_number() -> None:
    got = {s.registry_number: s for s in _rows([FIELD_VALUE])}
    assert got["01001002"].standard == "Приказ Министра № 7"
    assert got["01001006"].website == "www.gov.kz/memleket/entities/zhol"
    assert (got["01001009"].npa_changes or "").startswith("Приказ Министра № 8")
    assert got["01001002"].website is None


def test_the_letter_names_the_column_when_the_values_do_not() -> None:
    table: Table = [["№ в реестре", "Было", "Стало"],
             ["00901021", "постановление № 4", "постановление № 9"]]
    assert find_change_rows([table]) is None  # nothing says which column
    (service,) = _rows([table], "Сообщаем об изменении графы 5 формы")
    assert service.regulation == "постановление № 9"


def test_the_form_itself_is_no_table_of_changes() -> None:
    form: Table = [
        ["№", "№ в реестре", "Наименование", "Стандарт", "Регламент", "НПА", "Сайт", "ФИО"],
        ["1", "00602004", "Выдача справок", "приказ № 1", "-", "-", "gov.kz", "Иванов И.И."]]
    assert find_change_rows([form]) is None


def test_a_sheet_of_changes_with_no_words_around_is_a_change_notice() -> None:
    doc = build_document("izmeneniya.xlsx", [FIELD_VALUE], "Изменения сведений", read_by="xlsx")
    assert doc.kind == "change_notice"
    assert [s.registry_number for s in doc.services] == ["01001002", "01001006", "01001009"]
