"""Network guard for the CLI subprocesses of ``tests/offline/test_network_guard.py``.

Loaded by Python's ``site`` module because this folder is first on ``PYTHONPATH``. An audit
hook (PEP 578) writes one JSON line to ``$ANONKIT_GUARD_LOG`` for every event, from Python
code, on a socket that is not a Unix socket (creation, bind, connect, send), every name
look-up and every URL open; ``tests/offline/test_network_guard.py`` judges them. It sees
what Python code does; what native code does (onnxruntime's curl) is caught by the strace
half of the test.

``$ANONKIT_GUARD_LINGER`` (seconds) keeps the process alive at exit, so that a background
thread that would phone home some seconds after start-up (onnxruntime's telemetry uploader
waited about nine) does it while the guard still watches.
"""

from __future__ import annotations

import atexit
import json
import os
import socket
import sys
import time

_LOG = os.environ.get("ANONKIT_GUARD_LOG")
_UNIX = getattr(socket, "AF_UNIX", None)
_SOCKET_EVENTS = {"socket.bind", "socket.connect", "socket.sendto", "socket.sendmsg"}
_NAME_EVENTS = {"socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr",
                "socket.getnameinfo"}
_URL_EVENTS = {"urllib.Request", "http.client.connect", "ftplib.connect", "smtplib.connect",
               "imaplib.open", "poplib.connect", "nntplib.connect", "telnetlib.Telnet.open"}


def _record(event: str, key: int | None, args: tuple, **extra: object) -> None:
    line = {"event": event, "socket": key, "args": [repr(a)[:200] for a in args],
            "pid": os.getpid(), **extra}
    with open(_LOG, "a", encoding="utf-8") as f:  # type: ignore[arg-type]
        f.write(json.dumps(line) + "\n")


def _hook(event: str, args: tuple) -> None:
    if event == "socket.__new__":
        # args: (socket, family, type, proto); family -1 means "from a file descriptor"
        if len(args) > 1 and args[1] not in (_UNIX, -1):
            _record(event, id(args[0]), args[1:])
    elif event in _SOCKET_EVENTS:
        sock = args[0] if args else None
        if getattr(sock, "family", None) != _UNIX:
            address = args[1] if len(args) > 1 else None
            loopback_probe = (event == "socket.bind" and isinstance(address, tuple)
                              and address[:2] in (("::1", 0), ("127.0.0.1", 0)))
            _record(event, id(sock), args[1:], loopback_probe=loopback_probe)
    elif event in _NAME_EVENTS or event in _URL_EVENTS:
        _record(event, None, args)


if _LOG:
    sys.addaudithook(_hook)
    _linger = float(os.environ.get("ANONKIT_GUARD_LINGER") or 0)
    if _linger > 0:
        atexit.register(time.sleep, _linger)
