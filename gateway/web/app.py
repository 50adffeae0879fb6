"""The board's Starlette application: the routes of contracts/web.md and the rest of the pages.

Why Starlette with server-rendered pages: the operators need tables, forms and a live log, not
an application in the browser; Jinja2 renders each page, htmx swaps the cases table in place,
and the live parts are server-sent events.  No build step, nothing fetched from elsewhere.
"""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import ipaddress
import json
import logging
from collections.abc import AsyncIterator
from typing import Any

from sqlalchemy import Engine, text
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.sessions import SessionMiddleware
from starlette.requests import Request
from starlette.responses import JSONResponse, RedirectResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from gateway.config import Config
from gateway.runtime.statuslog import record
from gateway.store import reading
from gateway.web import (
    actions,
    i18n,
    lists,
    metrics,
    operators,
    pages,
    queries,
    security,
    sessions,
    watchdog,
)
from gateway.web.board import HERE, Board, guarded

log = logging.getLogger(__name__)
WATCH_SECONDS = 30.0


def _loopback(request: Request) -> bool:
    host = request.client.host if request.client else ""
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host in ("localhost", "testclient")


def _same_origin(request: Request) -> bool:
    """A login form posted from another site (login CSRF) carries that site's Origin."""
    origin = request.headers.get("origin") or request.headers.get("referer")
    if not origin or origin == "null":
        return origin != "null"
    host = request.headers.get("host", "")
    return origin.split("://", 1)[-1].split("/", 1)[0] == host


def build_app(cfg: Config, engine: Engine, *, today: dt.date | None = None,
              watch_seconds: float = WATCH_SECONDS) -> Starlette:
    board = Board(cfg, engine, today)

    async def healthz(request: Request) -> Response:
        try:
            def probe() -> list[watchdog.Check]:
                with engine.connect() as conn:
                    conn.execute(text("SELECT 1"))
                return watchdog.checks(engine, cfg)

            with reading():
                found = await run_in_threadpool(probe)
        except Exception as exc:
            return JSONResponse({"status": "down", "checks": {"database": {
                "status": "down", "detail": f"{type(exc).__name__}: {exc}"[:300]}}},
                status_code=503)
        body = {"status": watchdog.overall(found),
                "checks": {"database": {"status": "ok"}} | {c.name: c.as_json() for c in found}}
        return JSONResponse(body)

    async def metrics_page(request: Request) -> Response:
        with reading():
            if not _loopback(request) and await run_in_threadpool(
                    board.user_of, request.session) is None:
                return Response("metrics: from loopback, or log in first\n", status_code=403)
            body = await run_in_threadpool(metrics.render, engine, cfg, board.today())
        return Response(body, media_type="text/plain; version=0.0.4; charset=utf-8")

    async def login_form(request: Request) -> Response:
        with reading():
            known = await run_in_threadpool(board.user_of, request.session)
        if known:
            return RedirectResponse("/", status_code=303)
        return board.render("login.html", None)

    async def login(request: Request) -> Response:
        form = await request.form()
        name = str(form.get("username") or "").strip()
        password = str(form.get("password") or "")
        address = request.client.host if request.client else "?"
        web = board.web
        if not _same_origin(request):
            return board.render("login.html", None, 403, error="bad_login", username=name)

        def check() -> tuple[str, dict[str, Any] | None]:
            # counted before the password is checked, atomically: parallel guesses cannot
            # slip past the limit
            counted = operators.attempt(engine, name, address, web.max_failed_logins,
                                        web.failed_login_window_minutes)
            if counted is None:
                return "locked", None
            found = operators.verify(engine, name, password)
            if found is None:
                return "bad_login", None
            with engine.begin() as conn:  # one short write: count cleared, session, log
                operators.succeeded(conn, name, counted)
                token = sessions.start(conn, found["name"], web.session_hours,
                                       web.session_idle_minutes)
                record(conn, cfg, kind="operator_login", data={"by": found["name"]},
                       summary=f"Оператор {found['name']} вошёл на доску ({address})")
            return "", found | {"token": token}

        error, found = await run_in_threadpool(check)
        if found is None:
            return board.render("login.html", None, 429 if error == "locked" else 401,
                                error=error, username=name)
        request.session.clear()
        request.session["sid"] = found["token"]
        return RedirectResponse("/", status_code=303)

    async def stream(request: Request) -> Response:
        with reading():
            user = await run_in_threadpool(board.user_of, request.session)
        if user is None:
            return RedirectResponse("/login", status_code=303)
        case = request.query_params.get("case", "")
        kind = request.query_params.get("kind", "")
        try:
            after = int(request.query_params.get("after") or 0)
        except ValueError:
            after = 0
        return StreamingResponse(_events(request, board, user, after, case, kind),
                                 media_type="text/event-stream",
                                 headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        async def watching() -> None:
            while True:
                try:
                    await run_in_threadpool(watchdog.watch, engine, cfg)
                except Exception as exc:  # the board goes on; the next look tries again
                    log.warning("watchdog: %s: %s", type(exc).__name__, exc)
                await asyncio.sleep(watch_seconds)

        task = asyncio.create_task(watching()) if watch_seconds > 0 else None
        app.state.board = board
        try:
            yield
        finally:
            board.stopping.set()
            if task is not None:
                task.cancel()
                with contextlib.suppress(asyncio.CancelledError):
                    await task

    routes = [
        Route("/healthz", healthz),
        Route("/metrics", metrics_page),
        Route("/login", login_form, methods=["GET"]),
        Route("/login", login, methods=["POST"]),
        Route("/log/stream", stream),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    for path, handler, methods in lists.ROUTES + pages.ROUTES + actions.ROUTES:
        routes.append(Route(path, guarded(board, handler), methods=methods))
    web = board.web
    middleware = [Middleware(security.SecurityHeaders),
                  Middleware(SessionMiddleware, secret_key=board.secret(),
                             session_cookie="ekc_session", same_site="lax",
                             max_age=int(web.session_hours * 3600),
                             https_only=bool(web.tls_certificate and web.tls_key))]
    async def failed(request: Request, exc: Exception) -> Response:
        """An unexpected failure: one sentence with a code for the operator, the traceback
        in the server's log."""
        code = f"E500-{type(exc).__name__}"
        log.exception("board: %s %s failed (%s)", request.method, request.url.path, code)
        page = board.render("error.html", None, 500,
                            message=i18n.words("ru")("internal_error").format(code=code))
        page.headers.update(security.HEADERS)  # answered outside the middleware
        return page

    app = Starlette(routes=routes, middleware=middleware, lifespan=lifespan,
                    exception_handlers={Exception: failed})
    app.state.board = board
    return app


def _sse(event: str, data: str, event_id: int | None = None) -> str:
    head = f"id: {event_id}\n" if event_id is not None else ""
    return head + f"event: {event}\n" + "".join(f"data: {line}\n"
                                                for line in data.splitlines() or [""]) + "\n"


async def _events(request: Request, board: Board, user: dict[str, Any], after: int,
                  case: str, kind: str) -> AsyncIterator[str]:
    """New status-log rows as `log` events (each a rendered table row), and the counters as a
    `counters` event every few seconds.  Ids commit out of order on PostgreSQL, so a window of
    ids is looked at again and the ones already sent are skipped (as `gateway log -f` does)."""
    window = 500
    yield "retry: 2000\n\n"
    shown: set[int] = set()
    last = after
    if not last:  # from now on: what the page already shows is not sent again
        with reading():
            last = after = await run_in_threadpool(_last_id, board)
    tick = 0
    while not board.stopping.is_set() and not await request.is_disconnected():
        with reading():
            rows = await run_in_threadpool(_window, board, max(0, last - window), case, kind)
        for row in rows:
            if row["id"] in shown or row["id"] <= after:
                continue
            shown.add(row["id"])
            last = max(last, row["id"])
            html = board.env.get_template("log_row.html").render(
                ev=row, today=board.today(), t=i18n.words(user["language"]))
            yield _sse("log", html, row["id"])
        shown = {i for i in shown if i > last - window}
        if tick % 5 == 0:
            with reading():
                if await run_in_threadpool(board.user_of, request.session) is None:
                    return  # logged out, removed or idle since the stream began
                numbers = await run_in_threadpool(pages.counters, board)
            yield _sse("counters", json.dumps(numbers))
        tick += 1
        with contextlib.suppress(asyncio.TimeoutError):
            await asyncio.wait_for(board.stopping.wait(), timeout=1.0)


def _last_id(board: Board) -> int:
    with board.engine.connect() as conn:
        return queries.last_event_id(conn)


def _window(board: Board, above: int, case: str, kind: str) -> list[dict[str, Any]]:
    with board.engine.connect() as conn:
        return queries.events_after(conn, above, case, kind, limit=1000)
