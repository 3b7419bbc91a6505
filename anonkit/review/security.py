"""The review app's security shell, as one ASGI middleware.

Why each rule (docs/review.md "Security"):
- the server listens on 127.0.0.1 only; the ``Host`` header must name it (a DNS-rebinding
  page on another site cannot reach the app by a name that resolves to 127.0.0.1);
- a random one-time token in the URL printed by ``anonkit review`` is exchanged, on its
  first use, for a session cookie (HttpOnly, SameSite=Strict); every request needs that
  cookie, anything else is answered 403 — other local users and other browser tabs'
  pages cannot use the app;
- every POST carries the session's CSRF token (form field ``csrf`` or header
  ``X-CSRF-Token``) and, when the browser sends one, an ``Origin`` equal to the app's;
- every response is ``Cache-Control: no-store`` (the browser keeps no copy of the
  decrypted transcript or audio on disk) with a strict Content-Security-Policy.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass, field
from http.cookies import SimpleCookie
from urllib.parse import parse_qs

from starlette.datastructures import MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

COOKIE = "anonkit_review"
HEADERS = {
    "cache-control": "no-store",
    "pragma": "no-cache",
    "x-content-type-options": "nosniff",
    "x-frame-options": "DENY",
    # same-origin, not no-referrer: with no-referrer Chromium sends "Origin: null" on POSTs
    "referrer-policy": "same-origin",
    "content-security-policy": ("default-src 'self'; media-src 'self'; img-src 'self'; "
                                "style-src 'self'; script-src 'self'; frame-ancestors 'none'; "
                                "form-action 'self'; base-uri 'none'"),
}


@dataclass
class Secrets:
    """The session's secrets: all random, all in memory only."""

    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    session: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    csrf: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    token_used: bool = False
    port: int = 0

    def hosts(self) -> set[str]:
        return {f"127.0.0.1:{self.port}", f"localhost:{self.port}"}

    def origins(self) -> set[str]:
        return {f"http://{h}" for h in self.hosts()}


def _same(a: str | None, b: str) -> bool:
    return a is not None and hmac.compare_digest(a.encode(), b.encode())


async def _deny(send: Send, status: int = 403, text: str = "forbidden") -> None:
    body = text.encode()
    headers = [(k.encode(), v.encode()) for k, v in HEADERS.items()]
    headers += [(b"content-type", b"text/plain; charset=utf-8"),
                (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class SecurityMiddleware:
    """Token → session cookie, session check, Host/Origin/CSRF checks, no-store headers."""

    def __init__(self, app: ASGIApp, secrets_: Secrets) -> None:
        self.app = app
        self.secrets = secrets_

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        s = self.secrets
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope["headers"]}
        if headers.get("host") not in s.hosts():
            await _deny(send, 403, "forbidden: wrong host")
            return
        query = parse_qs(scope.get("query_string", b"").decode("latin-1"))
        cookie = SimpleCookie(headers.get("cookie", ""))
        session = cookie[COOKIE].value if COOKIE in cookie else None
        if "token" in query:
            if s.token_used or not _same(query["token"][0], s.token) or scope["method"] != "GET":
                await _deny(send, 403, "forbidden: this link was used already or is wrong; "
                            "start `anonkit review` again")
                return
            s.token_used = True
            await self._enter(send, scope["path"])
            return
        if not _same(session, s.session):
            await _deny(send, 403, "forbidden: open the link `anonkit review` printed")
            return
        if scope["method"] not in ("GET", "HEAD"):
            origin = headers.get("origin")
            if origin is not None and origin not in s.origins():
                await _deny(send, 403, "forbidden: cross-site request")
                return
            if not await self._csrf_ok(scope, receive, headers, send):
                return
            return
        await self.app(scope, receive, self._with_headers(send))

    async def _enter(self, send: Send, path: str) -> None:
        """Set the session cookie and redirect to the same path without the token."""
        headers = [(k.encode(), v.encode()) for k, v in HEADERS.items()]
        headers += [
            (b"location", (path or "/").encode()),
            (b"set-cookie", (f"{COOKIE}={self.secrets.session}; HttpOnly; SameSite=Strict; "
                             "Path=/").encode()),
            (b"content-length", b"0"),
        ]
        await send({"type": "http.response.start", "status": 303, "headers": headers})
        await send({"type": "http.response.body", "body": b""})

    async def _csrf_ok(self, scope: Scope, receive: Receive, headers: dict[str, str],
                       send: Send) -> bool:
        """Read the (small, urlencoded) body, check the CSRF token, then replay the body
        to the app. Bodies over 1 MiB are refused."""
        chunks, size = [], 0
        while True:
            message = await receive()
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > 1 << 20:
                await _deny(send, 413, "request too large")
                return False
            chunks.append(chunk)
            if not message.get("more_body"):
                break
        body = b"".join(chunks)
        token = headers.get("x-csrf-token")
        if token is None and headers.get("content-type", "").startswith(
                "application/x-www-form-urlencoded"):
            token = (parse_qs(body.decode("utf-8", "replace")).get("csrf") or [None])[0]
        if not _same(token, self.secrets.csrf):
            await _deny(send, 403, "forbidden: missing or wrong CSRF token")
            return False
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if sent:
                return await receive()
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, self._with_headers(send))
        return True

    @staticmethod
    def _with_headers(send: Send) -> Send:
        async def wrapped(message: Message) -> None:
            if message["type"] == "http.response.start":
                h = MutableHeaders(scope=message)
                for k, v in HEADERS.items():
                    h[k] = v
            await send(message)

        return wrapped
