"""Serve the review app on 127.0.0.1 on a free port until Ctrl+C."""

from __future__ import annotations

import socket
from collections.abc import Callable
from typing import TYPE_CHECKING

from anonkit.errors import InputError
from anonkit.review.security import Secrets

if TYPE_CHECKING:
    from anonkit.vault.vault import Vault


def bind(port: int = 0) -> socket.socket:
    """A listening socket on 127.0.0.1 (``port`` 0: any free port). Bound before the URL
    is printed, so the port cannot be taken in between."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind(("127.0.0.1", port))
    except OSError as err:
        sock.close()
        raise InputError(f"cannot listen on 127.0.0.1:{port}: {err.strerror}") from None
    sock.listen(16)
    return sock


def serve(vault: Vault, *, port: int = 0, path: str = "/",
          on_ready: Callable[[str], None] = print) -> None:
    """Run the app until interrupted; ``on_ready`` gets the URL with its one-time token."""
    import uvicorn

    from anonkit.review.app import create_app

    sock = bind(port)
    secrets_ = Secrets(port=sock.getsockname()[1])
    app = create_app(vault, secrets_)
    url = f"http://127.0.0.1:{secrets_.port}{path}?token={secrets_.token}"
    # no access log: it would print the token and recording ids
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    server = uvicorn.Server(config)
    on_ready(url)
    try:
        server.run(sockets=[sock])
    finally:
        sock.close()
