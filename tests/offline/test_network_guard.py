"""Nothing leaves the machine: every CLI command runs under a network and file-write guard.

Each row of ``COMMANDS`` runs the real ``anonkit`` command in a subprocess with

* a fresh, empty ``HOME`` and XDG folders and its own ``TMPDIR`` (so nothing a previous run
  cached can hide a first-run download);
* ``strace -f`` recording every socket, connect, sendto and file write of every thread and
  child process, native code included (onnxruntime's telemetry uploader is C++ and curl);
* an audit hook (``tests/offline/guard/sitecustomize.py``) recording every socket, name
  look-up and URL open made from Python, so the guard still works where strace is missing.

The test fails on any socket that is not a Unix socket, any name look-up (a connect to
nscd's socket, a read of ``/etc/resolv.conf``), and any file written outside the command's
work folder (input, output, vault), the model store and the temp folder. ``.ci/run``
installs strace; without it the strace half is skipped with a message, the audit half runs.

To guard a new command, add a row to ``COMMANDS``: its arguments (``{work}``, ``{data}``,
``{vault}``, ``{pw}`` are filled in), its standard input, and ``linger`` (seconds to stay
alive at exit) when it loads something that could phone home later than it finishes.
"""

from __future__ import annotations

import json
import os
import re
import select
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from anonkit import offline

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data"
GUARD = Path(__file__).resolve().parent / "guard"
STRACE = shutil.which("strace")

#: onnxruntime's telemetry thread started uploading ~9 s after import (measured); stay
#: alive longer than that where onnxruntime is loaded.
ONNX_LINGER = 12.0


@dataclass(frozen=True)
class Guarded:
    """One guarded command line."""

    name: str
    args: tuple[str, ...]
    stdin: str | None = None
    linger: float = 0.0
    exit_code: int = 0
    #: paths (relative to the work folder) that the command must have written
    creates: tuple[str, ...] = field(default_factory=tuple)
    #: the command talks to itself over loopback TCP by design (``batch --executor dask``
    #: starts a local TLS cluster): sockets on 127.0.0.1/::1 are allowed, any other
    #: address and every name look-up still fail
    loopback: bool = False
    #: a server (``review``): wait for the URL on its first stdout line, fetch it once,
    #: then end it with Ctrl+C (SIGINT to its process group) as a user would
    serve: bool = False
    #: save standard output under this name in the work folder (``ingest`` prints the new
    #: recording id, which later rows use as ``{rid}``)
    save_stdout: str | None = None


TRANSCRIBE_FAST = ("--model", "tiny.en", "--beam-size", "1", "--threads", "2", "-q")
TEXT_NB = ("Jeg heter Irene Hansen og bor i Tromsø. Skriv til irene.hansen@example.no "
           "eller ring 912 34 567.\n")
JSONL_EN = json.dumps({"id": "s1", "text": "I am Jonas Berg from Leeds, mail "
                       "jonas@example.com or see https://example.org/x."}) + "\n"

#: where the ``ingest-process`` row keeps the recording id that later rows use as ``{rid}``
INGESTED = "ingested.txt"

#: The guarded commands. Keep one row per command and per engine path it can take.
COMMANDS: tuple[Guarded, ...] = (
    Guarded("help", ("--help",)),
    Guarded("transcribe-vad-speakers",
            ("transcribe", "{data}/en_short.wav", *TRANSCRIBE_FAST, "--speakers", "2",
             "--format", "json", "-o", "{work}/en_short.json"),
            linger=ONNX_LINGER, creates=("en_short.json",)),
    Guarded("transcribe-openai-backend",
            ("transcribe", "{data}/en_short.wav", *TRANSCRIBE_FAST, "--backend", "openai",
             "--speakers", "0", "-o", "{work}/en_short.txt"),
            creates=("en_short.txt",)),
    Guarded("transcribe-stdin", ("transcribe", "-", *TRANSCRIBE_FAST, "--speakers", "0"),
            stdin="@{data}/en_short.wav"),
    Guarded("detect-en", ("detect", "--lang", "en"), stdin=JSONL_EN),
    Guarded("detect-nb-file", ("detect", "--lang", "nb", "-i", "{work}/nb.jsonl")),
    Guarded("anonymize-keyfile",
            ("anonymize", "{work}/interview_nb.txt", "--lang", "nb", "-o",
             "{work}/interview_nb.pseudo.txt", "--password-file", "{pw}"),
            creates=("interview_nb.pseudo.txt",)),
    Guarded("anonymize-vault",
            ("anonymize", "{work}/interview_nb.txt", "--lang", "nb", "-o",
             "{work}/interview_nb.vault.txt", "--vault", "{vault}", "--password-file", "{pw}"),
            creates=("interview_nb.vault.txt",)),
    Guarded("init", ("init", "{work}/new_vault", "--user", "kari", "--password-file", "{pw}"),
            creates=("new_vault",)),
    Guarded("user-add", ("user", "add", "{vault}", "ola", "--role", "analyst",
                         "--new-password-file", "{pw}", "--password-file", "{pw}")),
    Guarded("user-list", ("user", "list", "{vault}", "--password-file", "{pw}")),
    Guarded("verify", ("verify", "{vault}", "--password-file", "{pw}")),
    Guarded("audit", ("audit", "{vault}", "--password-file", "{pw}")),
    Guarded("names-add", ("names", "add", "{vault}", "Irene Hansen", "--password-file", "{pw}")),
    Guarded("names-list", ("names", "list", "{vault}", "--password-file", "{pw}")),
    Guarded("settings", ("settings", "{vault}", "--password-file", "{pw}")),
    Guarded("share", ("share", "{vault}", "--password-file", "{pw}")),
    Guarded("ingest-process",
            ("ingest", "{vault}", "{data}/en_short.wav", "--participant", "P01", "--language",
             "en", "--process", "-m", "tiny.en", "-q", "--password-file", "{pw}"),
            linger=ONNX_LINGER, save_stdout=INGESTED),
    Guarded("process-nothing-pending",
            ("process", "{vault}", "-m", "tiny.en", "-q", "--password-file", "{pw}")),
    Guarded("status", ("status", "{vault}", "--json", "--password-file", "{pw}")),
    Guarded("approve", ("approve", "{vault}", "{rid}", "--accept-flags", "--reason",
                        "network guard", "--password-file", "{pw}")),
    Guarded("export-qdpx", ("export", "{vault}", "--format", "qdpx", "-o", "{work}/export",
                            "--password-file", "{pw}"), creates=("export",)),
    Guarded("export-docx", ("export", "{vault}", "--format", "docx", "-o", "{work}/export",
                            "--password-file", "{pw}"), creates=("export",)),
    Guarded("purge", ("purge", "{vault}", "{rid}", "--password-file", "{pw}")),
    Guarded("settings-model", ("settings", "{vault}", "--model", "tiny.en", "--password-file",
                               "{pw}")),
    Guarded("batch-local", ("batch", "{vault}", "{work}/archive_local", "--participant-from",
                            "{{dir}}", "--language", "en", "-q", "--password-file", "{pw}"),
            linger=ONNX_LINGER),
    Guarded("batch-dask-tls", ("batch", "{vault}", "{work}/archive_dask", "--executor", "dask",
                               "--workers", "1", "--language", "en", "-q", "--password-file",
                               "{pw}"),
            linger=ONNX_LINGER, loopback=True),
    Guarded("review", ("review", "{vault}", "--no-browser", "--password-file", "{pw}"),
            serve=True, loopback=True),
    Guarded("demo", ("demo", "--model", "tiny.en", "-q"), linger=ONNX_LINGER),
    Guarded("models-list", ("models", "list")),
    Guarded("models-list-available", ("models", "list", "--available")),
    Guarded("models-verify", ("models", "verify", "tiny.en")),
)

#: Files whose opening means a host name is being resolved.
NAME_LOOKUP_FILES = ("/etc/resolv.conf", "/etc/hosts", "/etc/gai.conf", "/etc/host.conf")
NSCD_SOCKET = "/nscd/socket"
#: Writes allowed anywhere: byte-code caches of installed packages (no user data), devices,
#: and libuuid's clock-sequence file (time-based UUIDs that Dask draws; a counter, no data).
ALWAYS_ALLOWED = re.compile(r"(/__pycache__/[^/]+\.pyc(\.\d+)?$)|(^/dev/(null|tty|shm/))|"
                            r"(^/proc/)|(^/var/lib/libuuid/clock\.txt$)")
WRITE_FLAGS = ("O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND")
PATH_SYSCALLS = {"mkdir", "mkdirat", "rename", "renameat", "renameat2", "link", "linkat",
                 "symlink", "symlinkat", "unlink", "unlinkat", "rmdir", "truncate", "creat",
                 "chmod", "fchmodat", "utimensat"}


def anonkit_command() -> list[str]:
    """The installed console script when present (what users run), else ``-m``."""
    script = Path(sys.executable).parent / "anonkit"
    return [str(script)] if script.exists() else [sys.executable, "-m", "anonkit.cli.main"]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Inputs shared by all rows: texts, a password file, and a vault made through the API."""
    from anonkit.vault.kdf import KdfParams
    from anonkit.vault.vault import Vault

    work = tmp_path_factory.mktemp("guard-work")
    (work / "interview_nb.txt").write_text(TEXT_NB, encoding="utf-8")
    (work / "nb.jsonl").write_text(json.dumps({"id": "n1", "text": TEXT_NB}) + "\n",
                                   encoding="utf-8")
    for archive, clip in (("archive_local", "asr_fillers_en.wav"),
                          ("archive_dask", "two_voices.wav")):
        (work / archive / "P09").mkdir(parents=True)
        shutil.copyfile(DATA / clip, work / archive / "P09" / clip)
    (work / "archive_local" / "P09" / "notes.txt").write_text(TEXT_NB, encoding="utf-8")
    pw = work / "pw.txt"
    pw.write_text("correct horse battery\n", encoding="utf-8")
    with Vault.create(work / "vault", "kari", "correct horse battery", KdfParams.testing()):
        pass
    tmp = tmp_path_factory.mktemp("guard-tmp")
    return {"work": work, "data": DATA, "vault": work / "vault", "pw": pw, "tmp": tmp}


@dataclass
class Observed:
    """What one guarded run did that it must not do."""

    network: list[str]
    writes: list[str]
    home_files: list[str]
    returncode: int
    stderr: str


def run_guarded(row: Guarded, places: dict[str, Path], scratch: Path) -> Observed:
    """Run ``row`` under strace (when available) and the audit hook; collect violations."""
    fill = {k: str(v) for k, v in places.items()}
    if any("{rid}" in a for a in row.args):
        ingested = places["work"] / INGESTED
        if not ingested.exists():
            pytest.skip("needs the recording id of the ingest-process row (run the whole table)")
        fill["rid"] = ingested.read_text(encoding="utf-8").split()[0]
    # HOME is fresh per command; the temp dir is shared by the rows (numba's compiled cache
    # lives there: compiling librosa's functions again for each row would take minutes).
    home, tmp, traces = scratch / "home", places["tmp"], scratch / "strace"
    # The vault's anti-rollback state (vault spec §12: generation numbers and hashes, nothing
    # personal) is the one place outside work/models/temp a command may write to.
    state = places["tmp"] / "anonkit-state"
    for d in (home, tmp, traces, state):
        d.mkdir(parents=True, exist_ok=True)
    audit_log = scratch / "audit.jsonl"
    # The child must set its own switches: drop those this (pytest) process inherited from
    # importing anonkit, or a child that forgot them would still pass.
    inherited = set(offline.ENVIRONMENT) | {"NUMBA_CACHE_DIR"}
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "ANONKIT_")) and k not in inherited}
    env |= {
        "HOME": str(home), "TMPDIR": str(tmp),
        "XDG_CACHE_HOME": str(home / ".cache"), "XDG_CONFIG_HOME": str(home / ".config"),
        "XDG_DATA_HOME": str(home / ".local/share"), "XDG_STATE_HOME": str(home / ".local/state"),
        "PYTHONPATH": os.pathsep.join([str(GUARD), str(ROOT)]),
        "ANONKIT_GUARD_LOG": str(audit_log), "ANONKIT_GUARD_LINGER": str(row.linger),
        "ANONKIT_INSECURE_TEST_KDF": "1", "ANONKIT_STATE_DIR": str(state),
    }
    argv = anonkit_command() + [a.format(**fill) for a in row.args]
    if STRACE:
        syscalls = "socket,connect,sendto,sendmsg,bind,listen,open,openat,creat," + ",".join(
            sorted(PATH_SYSCALLS - {"creat"}))
        argv = [STRACE, "-f", "-ff", "-y", "-qq", "-s", "512", "-e", f"trace={syscalls}",
                "-o", str(traces / "t"), *argv]
    stdin: bytes | None = None
    if row.stdin is not None:
        at_file = row.stdin.startswith("@")  # "@PATH": the file's bytes
        stdin = (Path(row.stdin[1:].format(**fill)).read_bytes() if at_file
                 else row.stdin.encode())
    if row.serve:
        result = _serve_once(argv, env, places["work"])
    else:
        result = subprocess.run(argv, input=stdin, capture_output=True, env=env,
                                cwd=places["work"], timeout=900)
    if row.save_stdout is not None:
        (places["work"] / row.save_stdout).write_bytes(result.stdout)
    events = [audit_event(line) for line in _read(audit_log).splitlines() if line.strip()]
    writes: list[str] = []
    allowed = [places["work"], tmp, audit_log, ROOT / "models", (ROOT / "models").resolve(),
               *[p.resolve() for p in (ROOT / "models").iterdir() if p.is_symlink()]]
    for trace in sorted(traces.iterdir()):
        for line in _read(trace).splitlines():
            found = classify(line, places["work"])
            if isinstance(found, NetEvent):
                events.append(found)
            elif found is not None and not _inside(found, allowed):
                writes.append(line)
    home_files = sorted(str(p.relative_to(home)) for p in home.rglob("*"))
    network = network_violations(events)
    if row.loopback:
        network = [d for d in network if not loopback_only(d)]
    return Observed(network, writes, home_files, result.returncode,
                    result.stderr.decode(errors="replace"))


def _serve_once(argv: list[str], env: dict[str, str],
                cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """Start a server command, fetch the URL it prints first, then Ctrl+C it. The fetch
    comes from this (untraced) process; the server's own sockets are traced."""
    import httpx

    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env, cwd=cwd, start_new_session=True)
    try:
        ready, _, _ = select.select([proc.stdout], [], [], 300)
        url = proc.stdout.readline().decode().strip() if ready else ""  # type: ignore[union-attr]
        status = httpx.get(url, follow_redirects=True, timeout=60).status_code if url else 0
    finally:
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    code = 0 if status == 200 else 1
    return subprocess.CompletedProcess(argv, code, out, err + f"\nfetch: {status}".encode())


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8", errors="replace") if path.exists() else ""


def _inside(path: str, roots: list[Path]) -> bool:
    if ALWAYS_ALLOWED.search(path):
        return True
    resolved = os.path.realpath(path)
    return any(
        os.path.commonpath([os.path.realpath(str(r)), candidate]) == os.path.realpath(str(r))
        for r in roots for candidate in (path, resolved)
    )


@dataclass(frozen=True)
class NetEvent:
    """One network-related event; ``socket`` groups the events of one socket (None: none)."""

    detail: str
    socket: str | None = None
    #: a bind to the loopback address with port 0 and nothing else (a capability probe)
    loopback_probe: bool = False
    creation: bool = False


def network_violations(events: list[NetEvent]) -> list[str]:
    """Every event except those of sockets that were only created and bound to loopback.

    The one allowance: urllib3 (imported by tldextract, imported by Presidio) probes at
    import whether IPv6 works by binding a new socket to ``::1`` port 0 and closing it. That
    socket never connects, listens or sends, so nothing can leave through it; any other use
    of a non-Unix socket, and every name look-up, is a violation.
    """
    by_socket: dict[str | None, list[NetEvent]] = {}
    for event in events:
        by_socket.setdefault(event.socket, []).append(event)
    bad: list[str] = []
    for key, group in by_socket.items():
        probe = (key is not None and all(e.creation or e.loopback_probe for e in group)
                 and any(e.loopback_probe for e in group))
        if not probe:
            bad += [e.detail for e in group]
    return bad


_IPV4 = re.compile(r"\b(\d{1,3}(?:\.\d{1,3}){3})\b")
_IPV6 = re.compile(r"""(?:AF_INET6, "|')([0-9A-Fa-f]*:[0-9A-Fa-f:.]*)(?:"|')""")
_LOOKUP_MARKS = ("resolv.conf", "/etc/hosts", "gai.conf", "host.conf", "nscd", "gethostbyname")


def loopback_only(detail: str) -> bool:
    """True when a violation only concerns the loopback interface (see ``Guarded.loopback``):
    no name look-up (a ``getaddrinfo`` only of a 127.0.0.1/::1 literal), no address
    outside 127.0.0.0/8 and ::1."""
    if any(mark in detail for mark in _LOOKUP_MARKS):
        return False
    if "getaddrinfo" in detail:
        host = str(json.loads(detail)["args"][0]).strip("'\"")
        return host in ("127.0.0.1", "::1")
    return (all(ip.startswith("127.") for ip in _IPV4.findall(detail))
            and all(ip == "::1" for ip in _IPV6.findall(detail)))


def audit_event(line: str) -> NetEvent:
    data = json.loads(line)
    key = None if data["socket"] is None else f"py:{data['pid']}:{data['socket']}"
    return NetEvent(line, key, bool(data.get("loopback_probe")),
                    data["event"] == "socket.__new__")


_CALL = re.compile(r"^(?:\d+\s+)?(\w+)\((.*)$")
_QUOTED = re.compile(r'(?:(\d+|AT_FDCWD)<([^>]*)>,\s*)?"((?:[^"\\]|\\.)*)"')
_INODE = re.compile(r"<[A-Za-z0-9]*:\[(\d+)\]>")
_LOOPBACK_PORT0 = re.compile(r'port=htons\(0\).*(inet_pton\(AF_INET6, "::1"|'
                             r'inet_addr\("127\.0\.0\.1"\))')


def classify(line: str, cwd: Path) -> NetEvent | str | None:
    """A ``NetEvent``, the path of a file write, or ``None`` for one strace line."""
    match = _CALL.match(line)
    if not match:
        return None
    call, rest = match.groups()
    inode = _INODE.search(line)
    key = f"inode:{inode.group(1)}" if inode else None
    if call == "socket":
        return None if rest.startswith("AF_UNIX") else NetEvent(line, key, creation=True)
    if call in ("connect", "sendto", "sendmsg", "bind", "listen"):
        if "sa_family=AF_UNIX" in rest or (call != "listen" and "sa_family" not in rest):
            return NetEvent(line) if NSCD_SOCKET in rest else None
        probe = call == "bind" and bool(_LOOPBACK_PORT0.search(rest))
        return NetEvent(line, key, loopback_probe=probe)
    paths = [_resolve(dirpath, path, cwd) for _, dirpath, path in _QUOTED.findall(rest)]
    if call in ("open", "openat"):
        if not paths:
            return None
        if paths[0] in NAME_LOOKUP_FILES:
            return NetEvent(line)
        return paths[0] if any(flag in rest for flag in WRITE_FLAGS) else None
    if call in PATH_SYSCALLS and paths:
        return paths[-1]
    return None


def _resolve(dirpath: str, path: str, cwd: Path) -> str:
    if path.startswith("/"):
        return path
    return os.path.normpath(os.path.join(dirpath or str(cwd), path))


@pytest.mark.slow
@pytest.mark.parametrize("row", COMMANDS, ids=[r.name for r in COMMANDS])
def test_command_stays_offline(row: Guarded, workspace: dict[str, Path],
                               tmp_path: Path) -> None:
    seen = run_guarded(row, workspace, tmp_path)
    assert seen.returncode == row.exit_code, seen.stderr[-2000:]
    assert not seen.network, "network or name look-up attempts:\n" + "\n".join(seen.network)
    assert not seen.writes, "files written outside the allowed places:\n" + "\n".join(
        seen.writes[:40])
    assert not seen.home_files, f"files written under HOME: {seen.home_files}"
    for name in row.creates:
        assert (workspace["work"] / name).exists(), f"{name} was not written"
    if STRACE is None:
        pytest.skip("strace is not installed: only the audit-hook half of the guard ran")


def test_loopback_allowance_is_loopback_only() -> None:
    """The dask row's allowance: its own loopback cluster passes, anything else fails."""
    ok = ['connect(18<socket:[1]>, {sa_family=AF_INET, sin_port=htons(42867), '
          'sin_addr=inet_addr("127.0.0.1")}, 16) = -1 EINPROGRESS',
          'socket(AF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 18<socket:[1]>',
          '{"event": "socket.getaddrinfo", "socket": null, "args": ["\'127.0.0.1\'", "0"]}',
          '{"event": "socket.connect", "socket": 3, "args": ["(\'::1\', 80)"]}']
    bad = ['connect(3<socket:[2]>, {sa_family=AF_INET, sin_port=htons(443), '
           'sin_addr=inet_addr("20.42.65.92")}, 16) = 0',
           '{"event": "socket.getaddrinfo", "socket": null, "args": '
           '["\'mobile.events.data.microsoft.com\'", "443"]}',
           '{"event": "socket.connect", "socket": 3, "args": ["(\'2001:db8::1\', 80)"]}',
           'openat(AT_FDCWD, "/etc/resolv.conf", O_RDONLY|O_CLOEXEC) = 3']
    assert all(loopback_only(d) for d in ok)
    assert not any(loopback_only(d) for d in bad)


def test_classify_catches_what_it_must() -> None:
    """The strace parser and the judge: a test that cannot fail is no test."""
    cwd = Path("/w")
    dns = ('connect(8<UDP:[71]>, {sa_family=AF_INET, sin_port=htons(53), '
           'sin_addr=inet_addr("10.0.0.53")}, 16) = 0')
    made = "socket(AF_INET, SOCK_DGRAM|SOCK_NONBLOCK, IPPROTO_IP) = 8<socket:[71]>"
    assert network_violations([classify(made, cwd), classify(dns, cwd)]) == [made, dns]
    assert classify("socket(AF_UNIX, SOCK_STREAM|SOCK_CLOEXEC, 0) = 3<socket:[5]>", cwd) is None
    nscd = 'connect(3<UNIX:[9]>, {sa_family=AF_UNIX, sun_path="/var/run/nscd/socket"}, 110) = -1'
    assert network_violations([classify(nscd, cwd)]) == [nscd]
    resolv = 'openat(AT_FDCWD</w>, "/etc/resolv.conf", O_RDONLY|O_CLOEXEC) = 3</etc/resolv.conf>'
    assert network_violations([classify(resolv, cwd)]) == [resolv]
    # urllib3's IPv6 probe is the one allowance; the same socket connecting is not
    probe = ["socket(AF_INET6, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP) = 3<socket:[15721]>",
             'bind(3<socket:[15721]>, {sa_family=AF_INET6, sin6_port=htons(0), '
             'sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), '
             'sin6_scope_id=0}, 28) = 0']
    assert network_violations([classify(x, cwd) for x in probe]) == []
    out = ('connect(3<socket:[15721]>, {sa_family=AF_INET6, sin6_port=htons(443), '
           'inet_pton(AF_INET6, "2001:db8::1", &sin6_addr)}, 28) = -1')
    assert len(network_violations([classify(x, cwd) for x in [*probe, out]])) == 3
    listen = "listen(3<socket:[15721]>, 5) = 0"
    assert len(network_violations([classify(x, cwd) for x in [*probe, listen]])) == 3
    db = ('openat(AT_FDCWD</w>, "/h/.cache/Microsoft/DeveloperTools/.onnxruntime/'
          'onnxruntime.db", O_RDWR|O_CREAT|O_NOFOLLOW|O_CLOEXEC, 0644) = 3')
    assert classify(db, cwd) == "/h/.cache/Microsoft/DeveloperTools/.onnxruntime/onnxruntime.db"
    assert classify('openat(AT_FDCWD</w>, "out.txt", O_WRONLY|O_CREAT, 0600) = 3', cwd) == (
        "/w/out.txt")
    assert classify('openat(5</h/.cache>, "x.json", O_WRONLY|O_CREAT, 0600) = 3', cwd) == (
        "/h/.cache/x.json")
    assert classify('openat(AT_FDCWD</w>, "/etc/passwd", O_RDONLY|O_CLOEXEC) = 3', cwd) is None
    assert classify('mkdir("/h/.cache/python-tldextract", 0777) = 0', cwd) == (
        "/h/.cache/python-tldextract")
    assert not _inside("/h/.cache/x", [Path("/w")])
    assert _inside("/site/pkg/__pycache__/m.cpython-311.pyc.1234", [Path("/w")])
