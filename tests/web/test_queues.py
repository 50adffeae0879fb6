"""The board as a work queue: clickable counts, bulk release/reject/retry with one reason,
release suggestions from the sender's agency and thread first, paging of every list, one
search across cases, letters, log and outbox, CSV/XLSX export of any filtered list, cases and
quarantined letters given to an operator ("my work", the unassigned queue), saved views."""

from __future__ import annotations

import csv
import io
import re

from sqlalchemy import func, select

from tests.web.conftest import CASE, OLD_CASE, TODAY, log_in


def quarantine_more(site, n: int) -> list[int]:  # type: ignore[no-untyped-def]
    """n more letters from the agency's address that cannot prove it is the agency's."""
    from gateway.intake.inbound import commit_inbound
    from gateway.processing.worker import process_pending
    from tests.processing.conftest import letter

    ids = [commit_inbound(site.engine, origin_key=f"smtp:more-{i}", source="smtp",
                          raw=letter("kanc@minjust.gov.kz", f"Письмо {i}",
                                     f"Похожее письмо номер {i}.",
                                     msgid=f"<more-{i}-{n}@minjust.gov.kz>"))[0]
           for i in range(n)]
    process_pending(site.engine, site.cfg, today=TODAY)
    return ids


def visible_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def statuses(site, ids):  # type: ignore[no-untyped-def]
    from gateway.store.schema import inbound

    with site.engine.connect() as conn:
        return dict(conn.execute(select(inbound.c.id, inbound.c.status)
                                 .where(inbound.c.id.in_(ids))).all())


def test_dashboard_tiles_are_links_to_their_lists(client):
    log_in(client)
    page = client.get("/").text
    for tile, target in (("tile-overdue", "/cases?overdue=1"), ("tile-quarantined", "/quarantine"),
                         ("tile-outbox-waiting", "/outbox?status=pending"),
                         ("tile-outbox-failed", "/outbox?status=failed"),
                         ("tile-my-cases", "/cases?assignee=me"),
                         ("tile-unassigned", "/quarantine?assignee=-")):
        found = re.search(rf'<a class="tile" id="{tile}" href="([^"]+)"', page)
        assert found and found.group(1) == target, tile
        assert client.get(target).status_code == 200
    assert '<a href="/cases?state=requested">' in page  # the counts per state too


def test_bulk_release_and_reject_a_selection_with_one_reason(client, site):
    from gateway.store.schema import events

    ids = quarantine_more(site, 4)
    assert set(statuses(site, ids).values()) == {"quarantined"}
    token = log_in(client)
    r = client.post("/quarantine/bulk", data={"csrf": token, "action": "reject",
                                               "reason": "рассылка",
                                               "id": [str(i) for i in ids[:3]]})
    assert r.status_code == 303 and "done=" in r.headers["location"]
    assert list(statuses(site, ids).values()).count("rejected") == 3
    with site.engine.connect() as conn:
        said = conn.execute(select(events.c.data).where(events.c.kind == "operator_reject")
                            ).scalars().all()
    assert [d["reason"] for d in said] == ["рассылка"] * 3
    # without a reason a rejection is refused, for the whole selection
    r = client.post("/quarantine/bulk", data={"csrf": token, "action": "reject", "reason": "",
                                               "id": [str(ids[3])]})
    assert r.status_code == 400 and statuses(site, ids)[ids[3]] == "quarantined"
    # a case that does not exist refuses the selection before any letter is decided, even
    # with a letter already decided first in it
    r = client.post("/quarantine/bulk", data={"csrf": token, "action": "release",
                                               "case": "nope", "id": [str(ids[0]), str(ids[3])]})
    assert r.status_code == 404 and statuses(site, ids)[ids[3]] == "quarantined"
    r = client.post("/quarantine/bulk", data={"csrf": token, "action": "release",
                                               "case": CASE, "reason": "сверено",
                                               "id": [str(ids[3]), str(site.quarantined)]})
    assert r.status_code == 303
    assert statuses(site, [ids[3], site.quarantined]) == {ids[3]: "pending",
                                                          site.quarantined: "pending"}
    # the ones already decided are reported, not decided again
    r = client.post("/quarantine/bulk", data={"csrf": token, "action": "release",
                                               "id": [str(ids[0])]}, follow_redirects=True)
    assert "0" in r.text and f"#{ids[0]}" in r.text


def test_bulk_retry_of_outbox_letters(client, site):
    from gateway.store.schema import events, outbox

    token = log_in(client)
    r = client.post("/outbox/bulk", data={"csrf": token, "id": ["1", "2", "3"]})
    assert r.status_code == 303
    with site.engine.connect() as conn:
        logged = conn.execute(select(events.c.outbox_id).where(
            events.c.kind == "operator_retry").order_by(events.c.outbox_id)).scalars().all()
        waiting = conn.execute(select(func.count()).select_from(outbox).where(
            outbox.c.id.in_([1, 2, 3]), outbox.c.status == "pending")).scalar_one()
    assert logged == [1, 2, 3] and waiting == 3


def test_a_viewer_cannot_act_on_a_selection(client, site):
    token = log_in(client, "viktor")
    for path in ("/quarantine/bulk", "/outbox/bulk", "/cases/assign"):
        r = client.post(path, data={"csrf": token, "action": "release",
                                    "id": [str(site.quarantined)], "ids": CASE})
        assert r.status_code == 403, path
    assert statuses(site, [site.quarantined]) == {site.quarantined: "quarantined"}


def test_release_suggestions_come_from_the_senders_agency_first(client, site):
    from gateway.store.schema import cases

    log_in(client)
    page = client.get(f"/messages/in/{site.quarantined}").text
    suggested = re.findall(r'data-fill-case="([^"]+)"', page)
    assert suggested, "cases of the sender's agency are suggested"
    with site.engine.connect() as conn:
        agency = dict(conn.execute(select(cases.c.id, cases.c.agency_id)).all())
        others = [c for c, a in agency.items() if a != "minjust"]
    assert others, "the store has other agencies' cases to leave out"
    assert all(agency[c] == "minjust" for c in suggested)
    assert CASE in suggested and OLD_CASE in suggested
    # on the list, each letter's case field offers its sender's agency's cases
    listing = client.get("/quarantine").text
    assert f'list="case-choices-minjust" id="case-for-{site.quarantined}"' in listing
    offered = re.search(r'<datalist id="case-choices-minjust">(.*?)</datalist>', listing, re.S)
    assert offered and set(re.findall(r'value="([^"]+)"', offered.group(1))) == {
        c for c, a in agency.items() if a == "minjust"}


def test_every_list_pages(client, site):
    from gateway.runtime.statuslog import record

    with site.engine.begin() as conn:
        for i in range(130):
            record(conn, site.cfg, kind="test_event", summary=f"строка журнала {i:03d}")
    log_in(client)
    first = client.get("/log?kind=test_event").text
    second = client.get("/log?kind=test_event&page=2").text
    assert "строка журнала 129" in first and "строка журнала 029" not in first
    assert "строка журнала 029" in second and "строка журнала 129" not in second
    assert '<a rel="next" href="/log?kind=test_event&page=2"' in first
    assert 'id="log-count">130<' in first
    assert "data-stream" not in second  # only the newest page goes on live
    past = client.get("/log?kind=test_event&page=99").text  # past the end: the last page
    assert "строка журнала 000" in past and "Стр. 2 из 2" in visible_text(past)
    out1 = client.get("/outbox?size=3").text
    out2 = client.get("/outbox?size=3&page=2").text
    ids1 = re.findall(r'data-outbox="(\d+)"', out1)
    ids2 = re.findall(r'data-outbox="(\d+)"', out2)
    assert len(ids1) == 3 and len(ids2) == 3 and not set(ids1) & set(ids2)
    quarantine_more(site, 3)
    q1 = re.findall(r'data-inbound="(\d+)"', client.get("/quarantine?size=2").text)
    q2 = re.findall(r'data-inbound="(\d+)"', client.get("/quarantine?size=2&page=2").text)
    assert len(q1) == 2 and len(q2) == 2 and not set(q1) & set(q2)


def test_one_search_across_cases_letters_log_and_outbox(client, site):
    log_in(client)
    page = client.get("/search?q=несудим").text  # a service's name: its case
    assert f'data-case="{OLD_CASE}"' in page
    page = client.get("/search?q=Форма по услуге").text  # a letter's subject
    assert f'data-inbound="{site.quarantined}"' in page
    page = client.get("/search?q=KANC@minjust").text  # its sender, any case
    assert f'data-inbound="{site.quarantined}"' in page
    page = client.get("/search?q=ЕКЦ-2026/1").text  # our outgoing number: the outbox
    assert re.search(r'data-outbox="\d+"', page)
    page = client.get("/search?q=внесена в Реестр").text  # the status log
    assert re.search(r'data-event="\d+"', page)
    quarantine_more(site, 1)
    token = log_in(client)
    client.post(f"/quarantine/{site.quarantined}/release", data={"csrf": token, "case": CASE})
    from gateway.processing.worker import process_pending

    process_pending(site.engine, site.cfg, today=TODAY)
    page = client.get("/search?q=Ахметов").text  # a name the letter's reading found
    assert f'data-inbound="{site.quarantined}"' in page


def _csv(body: bytes) -> list[list[str]]:
    assert body.startswith("\ufeff".encode())
    return list(csv.reader(io.StringIO(body.decode("utf-8-sig")), delimiter=";"))


def test_any_filtered_list_exports_as_csv_and_xlsx(client, site):
    from openpyxl import load_workbook

    log_in(client)
    r = client.get("/cases.csv?overdue=1")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    rows = _csv(r.content)
    assert rows[0][:3] == ["Дело", "Номер в Реестре", "Услуга"] and "Исполнитель" in rows[0]
    assert [row[0] for row in rows[1:]] == [OLD_CASE]
    assert rows[1][6] == "да" and rows[1][5] == "05.11.2026"
    r = client.get("/cases.xlsx?agency=minjust")
    sheet = load_workbook(io.BytesIO(r.content)).active
    got = [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert OLD_CASE in got and CASE in got and len(got) == len(set(got))
    quarantined = _csv(client.get("/quarantine.csv").content)
    assert quarantined[1][0] == str(site.quarantined) and "kanc@minjust.gov.kz" in quarantined[1]
    pending = _csv(client.get("/outbox.csv?status=pending").content)
    assert len(pending) > 1 and all(row[5] == "в очереди" for row in pending[1:])
    log = load_workbook(io.BytesIO(client.get("/log.xlsx?kind=registered").content)).active
    kinds = {row[4] for row in log.iter_rows(min_row=2, values_only=True)}
    assert kinds == {"услуга внесена в Реестр"}
    page = client.get("/cases?overdue=1").text
    assert 'href="/cases.csv?overdue=1&' in page  # the page links its own filter


def test_a_long_export_reads_its_cases_in_chunks(client, site, monkeypatch):
    """An export is one long page: its columns are read a few hundred ids at a time (SQLite
    refuses more bound variables than that in one statement)."""
    from gateway.store.schema import cases
    from gateway.web import queries

    monkeypatch.setattr(queries, "CHUNK", 2)
    log_in(client)
    rows = _csv(client.get("/cases.csv").content)[1:]
    with site.engine.connect() as conn:
        every = set(conn.execute(select(cases.c.id)).scalars())
    assert len(every) > 2 * 3 and [r[0] for r in rows if r[0] in every] == [r[0] for r in rows]
    assert {r[0] for r in rows} == every and len(rows) == len(every)


def test_cases_and_letters_go_to_an_operator_and_back_to_the_queue(client, site):
    from gateway.web import operators

    operators.add(site.engine, "boris", "operator", "another long password")
    token = log_in(client)
    r = client.post("/cases/assign", data={"csrf": token, "ids": f"{CASE}", "assignee": "me"})
    assert r.status_code == 303
    mine = re.findall(r'data-case="([^"]+)"', client.get("/cases?assignee=me").text)
    assert mine == [CASE]
    assert "anna" in client.get(f"/cases/{CASE}").text.split('id="case-assignee">')[1][:10]
    client.post("/cases/assign", data={"csrf": token, "id": [OLD_CASE], "assignee": "boris"})
    assert re.findall(r'data-case="([^"]+)"',
                      client.get("/cases?assignee=boris").text) == [OLD_CASE]
    nobody = re.findall(r'data-case="([^"]+)"', client.get("/cases?assignee=-&size=200").text)
    assert CASE not in nobody and OLD_CASE not in nobody and nobody
    # a viewer cannot be given work; an unknown name neither
    r = client.post("/cases/assign", data={"csrf": token, "ids": CASE, "assignee": "viktor"})
    assert r.status_code == 400
    ids = quarantine_more(site, 2)
    client.post("/quarantine/bulk", data={"csrf": token, "action": "assign", "assignee": "me",
                                          "id": [str(ids[0])]})
    assert re.findall(r'data-inbound="(\d+)"',
                      client.get("/quarantine?assignee=me").text) == [str(ids[0])]
    unassigned = re.findall(r'data-inbound="(\d+)"', client.get("/quarantine?assignee=-").text)
    assert str(ids[0]) not in unassigned and str(ids[1]) in unassigned
    dash = client.get("/").text
    assert re.search(r'id="tile-my-cases" href="[^"]+"><b>1</b>', dash)
    assert re.search(r'id="tile-my-letters" href="[^"]+"><b>1</b>', dash)
    client.post("/cases/assign", data={"csrf": token, "ids": CASE, "assignee": "-"})
    assert re.findall(r'data-case="([^"]+)"', client.get("/cases?assignee=me").text) == []


def test_named_views_are_saved_per_operator(client, site):
    token = log_in(client)
    r = client.post("/views", data={"csrf": token, "page": "cases", "name": "Просрочки минюста",
                                    "query": "overdue=1&agency=minjust&"})
    assert r.status_code == 303 and r.headers["location"].startswith("/cases?overdue=1")
    page = client.get("/cases").text
    assert '<a href="/cases?overdue=1&amp;agency=minjust&amp;">Просрочки минюста</a>' in page
    from starlette.testclient import TestClient

    viewer = TestClient(client.app, base_url="http://127.0.0.1:8080", follow_redirects=False)
    other = log_in(viewer, "viktor")  # a viewer has views of his own, not anna's
    assert "Просрочки минюста" not in viewer.get("/cases").text
    assert viewer.post("/views", data={"csrf": other, "page": "log", "name": "мой журнал",
                                       "query": "kind=sent"}).status_code == 303
    assert "мой журнал" in viewer.get("/log").text
    assert "мой журнал" not in client.get("/log").text
    view_id = re.search(r'name="view" value="(\d+)"', client.get("/cases").text)
    assert view_id
    r = viewer.post("/views/delete", data={"csrf": other, "view": view_id.group(1)})
    assert r.status_code == 303  # allowed, but not his to delete
    assert "Просрочки минюста" in client.get("/cases").text
    client.post("/views/delete", data={"csrf": token, "view": view_id.group(1),
                                       "back": "/cases"})
    assert "Просрочки минюста" not in client.get("/cases").text


def test_a_search_keeps_the_lists_own_filter(client, site):
    """The quarantine searched by subject lists only letters still in quarantine, whatever the
    case of the words typed (Cyrillic folds on both databases)."""
    ids = quarantine_more(site, 2)
    token = log_in(client)
    client.post(f"/quarantine/{ids[0]}/reject", data={"csrf": token, "reason": "дубль"})
    for needle in ("Письмо", "письмо", "ПИСЬМО"):
        found = re.findall(r'data-inbound="(\d+)"', client.get(f"/quarantine?q={needle}").text)
        assert found == [str(ids[1])], needle
    everywhere = client.get("/search?q=письмо 0").text
    assert f'data-inbound="{ids[0]}"' in everywhere  # the search everywhere finds it still
