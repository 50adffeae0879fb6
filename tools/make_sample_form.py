"""Make mappings/samples/filled-form-ru.docx: the Appendix 1 request the gateway sends for
service 00301138 (Министерство юстиции), filled in as an agency would (columns 4-8, executor,
date).  Run: .venv/bin/python tools/make_sample_form.py"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import docx

from gateway.domain import Service
from outbound.documents.appendix1 import build_appendix1_request

FILL = [
    "Стандарт государственной услуги «Государственная регистрация рождения ребенка», "
    "утвержденный приказом Министра юстиции Республики Казахстан от 17 апреля 2015 года № 219",
    "Регламент государственной услуги «Государственная регистрация рождения ребенка», "
    "утвержденный приказом Министра юстиции Республики Казахстан от 29 мая 2015 года № 304",
    "Приказ Министра юстиции Республики Казахстан от 05.06.2015 № 312 «О внесении изменений»",
    "www.minjust.gov.kz",
    "Ахметов Ерлан Серикович, ведущий специалист отдела государственных услуг, "
    "тел. +7 (7172) 74-05-11, e-mail: e.akhmetov@minjust.gov.kz",
]


def filled_form(service: Service) -> bytes:
    request = build_appendix1_request([service], "ru", "ЕКЦ-2026/1", dt.date(2026, 11, 23))
    document = docx.Document(io.BytesIO(request))
    row = document.tables[0].rows[2]
    for cell, value in zip(row.cells[3:], FILL, strict=True):
        cell.text = value
    for p in document.paragraphs:
        if p.text.startswith("Ф.И.О."):
            p.text = "Ф.И.О. ответственного исполнителя: Нурланова Айжан Маратовна"
        elif p.text.startswith("Дата"):
            p.text = "Дата: « 25 » ноября 2026 г."
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


SERVICE = Service(registry_number="00301138", agency_id="minjust",
                  name_ru="Государственная регистрация рождения ребенка",
                  registered_on=dt.date(2026, 11, 23))

if __name__ == "__main__":
    target = Path(__file__).resolve().parents[1] / "mappings" / "samples" / "filled-form-ru.docx"
    target.write_bytes(filled_form(SERVICE))
    print(f"wrote {target}")
