"""Routes of the review app. Every handler calls the workflow layer; nothing here knows
how keys, detection or storage work.

Handlers are ``async`` and call the (synchronous) vault directly: one steward, one
browser, and the vault object is not shared across threads.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from anonkit.errors import AnonkitError
from anonkit.review.security import Secrets, SecurityMiddleware
from anonkit.workflow.errors import RoleError

if TYPE_CHECKING:
    from anonkit.vault.vault import Vault

HERE = Path(__file__).parent
ENTITY_TYPES = ("PERSON", "LOCATION", "ORGANIZATION", "ADDRESS", "DATE", "PHONE", "EMAIL",
                "NATIONAL_ID", "URL")
_RANGE = re.compile(r"bytes=(\d*)-(\d*)$")
_RID = r"{rid:str}"


def _env() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"),
                      autoescape=select_autoescape(["html"]), trim_blocks=True,
                      lstrip_blocks=True)
    env.filters["clock"] = clock
    return env


def clock(seconds: float) -> str:
    s = int(seconds)
    return f"{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}" if s >= 3600 else \
        f"{s // 60}:{s % 60:02d}"


class ReviewApp:
    """The app's state: the unlocked vault, the session secrets, one decrypted audio."""

    def __init__(self, vault: Vault, secrets_: Secrets) -> None:
        self.vault = vault
        self.secrets = secrets_
        self.env = _env()
        self._audio: tuple[str, bytes, str] | None = None  # (rid, bytes, mime), memory only

    # --- helpers -----------------------------------------------------------------------------

    @property
    def steward(self) -> bool:
        return self.vault.role.value == "steward"

    def render(self, name: str, status: int = 200, **ctx: Any) -> HTMLResponse:
        ctx |= {"csrf": self.secrets.csrf, "user": self.vault.user,
                "role": self.vault.role.value, "steward": self.steward}
        return HTMLResponse(self.env.get_template(name).render(**ctx), status_code=status)

    def forbid(self, what: str) -> Response:
        return self.render("error.html", 403, message=f"{what}: stewards only "
                           f"(you are {self.vault.user}, {self.vault.role.value})")

    # --- pages -------------------------------------------------------------------------------

    async def queue(self, request: Request) -> Response:
        from anonkit.workflow.review_view import queue

        return self.render("queue.html", rows=queue(self.vault))

    async def recording(self, request: Request) -> Response:
        from anonkit.workflow.review_view import build_view

        rid = request.path_params["rid"]
        originals = request.query_params.get("originals") == "1"
        if originals and not self.steward:
            return self.forbid("showing the originals")
        t0 = time.perf_counter()
        try:
            view = build_view(self.vault, rid, with_originals=originals)
            rec = self.vault.recording(rid)
        except RoleError as err:
            return self.render("error.html", 403, message=str(err))
        except (AnonkitError, KeyError) as err:
            return self.render("error.html", 404, message=str(err) or "no such recording")
        message = request.query_params.get("msg")
        return self.render("recording.html", view=view, rec=rec, originals=originals,
                           types=ENTITY_TYPES, message=message,
                           built_ms=round((time.perf_counter() - t0) * 1000, 1))

    async def turn_text(self, request: Request) -> Response:
        """The raw text of one turn, for correcting what Whisper heard (steward only)."""
        from anonkit.workflow.review_view import load_raw

        if not self.steward:
            return self.forbid("editing a turn")
        rid, i = request.path_params["rid"], request.path_params["turn"]
        segs = load_raw(self.vault, rid).segments
        if not 0 <= i < len(segs):
            return self.render("error.html", 404, message="no such turn")
        return self.render("turn_edit.html", rid=rid, turn=i, text=" ".join(segs[i].text.split()))

    async def audio(self, request: Request) -> Response:
        """The recording's audio, decrypted in memory, with HTTP range requests."""
        from anonkit.workflow.review_view import load_audio

        rid = request.path_params["rid"]
        if self._audio is None or self._audio[0] != rid:
            self._audio = None
            try:
                data, mime = load_audio(self.vault, rid)
            except AnonkitError as err:
                return self.render("error.html", 404, message=str(err))
            self._audio = (rid, data, mime)
        _, data, mime = self._audio
        size = len(data)
        headers = {"accept-ranges": "bytes", "content-type": mime}
        rng = request.headers.get("range")
        if rng is None:
            return Response(data, headers=headers)
        m = _RANGE.match(rng.strip())
        if not m or (not m[1] and not m[2]):
            return Response(status_code=416, headers={"content-range": f"bytes */{size}"})
        if m[1]:
            start = int(m[1])
            end = min(int(m[2]), size - 1) if m[2] else size - 1
        else:
            start, end = max(size - int(m[2]), 0), size - 1
        if start >= size or start > end:
            return Response(status_code=416, headers={"content-range": f"bytes */{size}"})
        headers["content-range"] = f"bytes {start}-{end}/{size}"
        return Response(data[start:end + 1], status_code=206, headers=headers)

    # --- decisions ---------------------------------------------------------------------------

    async def decide(self, request: Request) -> Response:
        """One POST endpoint per decision; all steward only, all through the workflow."""
        from anonkit.workflow import review_decisions as rd
        from anonkit.workflow.release import approve

        rid = request.path_params["rid"]
        action = request.path_params["action"]
        if not self.steward:
            return self.forbid("decisions in the review")
        form = await request.form()
        f = {k: str(v) for k, v in form.items()}
        index = _int(f.get("index"))
        apply_all = f.get("apply_all") in ("1", "on", "true")
        anchor = f.get("anchor", "")
        try:
            if action == "accept-flag":
                rd.accept_flag(self.vault, rid, index)
                msg = "flag accepted: the word stays as spoken"
            elif action == "replace-flag":
                rd.replace_flag(self.vault, rid, index, f.get("type") or None,
                                apply_all=apply_all)
                msg = "flagged word replaced"
            elif action == "accept":
                rd.accept_replacement(self.vault, rid, index)
                msg = "replacement accepted"
            elif action == "pseudonym":
                rd.change_pseudonym(self.vault, rid, index, f.get("pseudonym", ""))
                msg = "pseudonym changed"
            elif action == "undo":
                rd.undo_replacement(self.vault, rid, index)
                msg = "replacement undone: the word stays as spoken"
            elif action == "missed":
                others = rd.mark_missed(self.vault, rid, f.get("text", ""),
                                        f.get("type", "PERSON"), apply_all=apply_all)
                msg = "missed name replaced" + (
                    f" in the whole project ({len(others)} other recording(s) re-run)"
                    if apply_all else "")
            elif action == "turn":
                rd.edit_turn(self.vault, rid, index, f.get("text", ""))
                msg = "turn corrected; detection ran again"
            elif action == "approve":
                result = approve(self.vault, rid)
                msg = f"approved (sha256 {result['sha256'][:12]}…)"
            else:
                return self.render("error.html", 404, message="no such action")
        except AnonkitError as err:
            from urllib.parse import quote

            return RedirectResponse(f"/r/{rid}?msg={quote('error: ' + str(err))}{anchor}", 303)
        from urllib.parse import quote

        return RedirectResponse(f"/r/{rid}?msg={quote(msg)}{anchor}", 303)


def _int(value: str | None) -> int:
    try:
        return int(value or "")
    except ValueError:
        return -1


def create_app(vault: Vault, secrets_: Secrets) -> SecurityMiddleware:
    """The ASGI app: routes wrapped in the security middleware (every request checked)."""
    app = ReviewApp(vault, secrets_)
    routes = [
        Route("/", app.queue),
        Route(f"/r/{_RID}", app.recording),
        Route(f"/r/{_RID}/audio", app.audio),
        Route(f"/r/{_RID}/turn/{{turn:int}}", app.turn_text),
        Route(f"/r/{_RID}/{{action:str}}", app.decide, methods=["POST"]),
        Mount("/static", StaticFiles(directory=HERE / "static"), name="static"),
    ]
    return SecurityMiddleware(Starlette(routes=routes), secrets_)
