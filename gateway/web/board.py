"""What every request of the board shares: the configuration, the store, the templates, the
signed-session secret, "today", and the guard that turns a request into an operator.

Why a guard function and not a middleware: the guard must read the form (for the CSRF token)
and the database (is the operator still there, with which role), and each endpoint then runs
in a worker thread; one wrapper around each endpoint keeps that order plain: session, then
CSRF, then role, then the work.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hmac
import os
import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from sqlalchemy import Engine
from starlette.background import BackgroundTask, BackgroundTasks
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response

from gateway.calendar import local_today
from gateway.config import Config
from gateway.store import reading
from gateway.web import i18n, sessions

HERE = Path(__file__).resolve().parent
Form = dict[str, str]
User = dict[str, Any]
Handler = Callable[[Request, User, Form], Response]
# a viewer's own session and saved views, not actions on the gateway's work
OPEN_TO_VIEWERS = {"/logout", "/language", "/views", "/views/delete"}


@dataclass
class Board:
    cfg: Config
    engine: Engine
    today_fixed: dt.date | None = None
    stopping: asyncio.Event = field(default_factory=asyncio.Event)
    env: Environment = field(init=False)

    def __post_init__(self) -> None:
        self.env = Environment(loader=FileSystemLoader(HERE / "templates"),
                               autoescape=select_autoescape(["html"]), trim_blocks=True,
                               lstrip_blocks=True)
        self.env.filters["day"] = i18n.day
        self.env.filters["moment"] = i18n.moment(self.cfg.timezone)

    @property
    def web(self) -> Any:
        from gateway.config import Web

        return self.cfg.web or Web()

    def today(self) -> dt.date:
        return self.today_fixed or local_today(self.cfg.timezone)

    def secret(self) -> str:
        """The cookie-signing secret: from the env variable `[web] secret_env` names, else
        generated once into <data_dir>/web-secret (readable by the owner only)."""
        given = self.web.secret()
        if given:
            return str(given)
        path = self.cfg.data_path / "web-secret"
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return path.read_text(encoding="ascii").strip()
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secrets.token_urlsafe(48))
        return path.read_text(encoding="ascii").strip()

    def render(self, name: str, user: User | None, status: int = 200,
               **context: Any) -> HTMLResponse:
        language = (user or {}).get("language", "ru")
        context.setdefault("here", "/")
        html = self.env.get_template(name).render(
            t=i18n.words(language), user=user, language=language,
            csrf=(user or {}).get("csrf", ""), today=self.today(), **context)
        return HTMLResponse(html, status_code=status)

    def user_of(self, session: dict[str, Any]) -> User | None:
        """The operator of the request's session when it is live on the server (a read)."""
        token = session.get("sid")
        if not token:
            return None
        web = self.web
        return sessions.lookup(self.engine, str(token), web.session_hours,
                               web.session_idle_minutes)


def _after(response: Response, fn: Callable[..., Any], *args: Any) -> Response:
    """Run `fn(*args)` once the response has been sent."""
    task = BackgroundTask(fn, *args)
    response.background = task if response.background is None else \
        BackgroundTasks([response.background, task])
    return response


def guarded(board: Board, handler: Handler) -> Callable[[Request], Awaitable[Response]]:
    """The endpoint for `handler`: a session or a redirect to /login; on POST a valid CSRF token
    and the operator role, else 403; then `handler` in a worker thread.  A GET only reads
    (gateway.store.reading: it never waits for the gateway's writes); the session's use is
    recorded after the answer."""

    async def endpoint(request: Request) -> Response:
        with reading():
            user = await run_in_threadpool(board.user_of, request.session)
        if user is None:
            request.session.clear()
            return RedirectResponse("/login", status_code=303)
        stale, sid = user.pop("stale", False), str(request.session.get("sid", ""))
        form: Form = {}
        if request.method == "POST":
            raw = await request.form()
            form = {k: v for k, v in raw.items() if isinstance(v, str)}
            ticked = [v for v in raw.getlist("id") if isinstance(v, str)]
            if ticked:  # a selection of rows (bulk actions): the ticked boxes, joined
                form["ids"] = ",".join(ticked)
            token = form.get("csrf", "")
            if not token or not hmac.compare_digest(token, str(user.get("csrf", ""))):
                return board.render("error.html", user, 403,
                                    message=i18n.words(user["language"])("csrf"))
            if user["role"] != "operator" and request.url.path not in OPEN_TO_VIEWERS:
                return board.render("error.html", user, 403,
                                    message=i18n.words(user["language"])("forbidden"))
            response = await run_in_threadpool(handler, request, user, form)
        else:
            with reading():
                response = await run_in_threadpool(handler, request, user, form)
        if stale:
            _after(response, sessions.touch, board.engine, sid)
        return response

    return endpoint
