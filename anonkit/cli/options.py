"""Reusable click options for commands that unlock a vault (docs/interfaces.md, "Passwords
without a prompt").

Why decorators: every vault command must take the password the same way (``--password-file``
or ``ANONKIT_PASSWORD_FILE``, else a hidden prompt) and the acting user the same way
(``--user`` or ``ANONKIT_USER``, else the user created by ``init``). A password is never a
plain argument value: it would show in ``ps`` and in shell history.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from anonkit.errors import InputError

if TYPE_CHECKING:
    from anonkit.vault.vault import Vault

F = TypeVar("F", bound=Callable[..., Any])

PASSWORD_FILE_ENV = "ANONKIT_PASSWORD_FILE"
USER_ENV = "ANONKIT_USER"


def read_password_file(path: Path | str) -> str:
    """The first line of ``path`` without its line ending: the password.

    Why only the line ending is stripped: leading or trailing spaces may be part of a
    password; a newline never is (editors add one).
    """
    try:
        mode = os.stat(path).st_mode
        if mode & 0o077:  # as ssh does with private keys: say so, but do not refuse
            click.echo(f"warning: the password file {path} is readable by other users "
                       f"(mode {mode & 0o777:o}); make it private: chmod 600 {path}", err=True)
        # utf-8-sig: an editor's byte order mark is not part of the password
        with open(path, encoding="utf-8-sig") as f:
            line = f.readline()
    except OSError as err:
        raise InputError(f"cannot read the password file {path}: {err.strerror}") from None
    except UnicodeDecodeError:
        raise InputError(f"the password file {path} is not UTF-8 text") from None
    password = line.rstrip("\r\n")
    if not password:
        raise InputError(f"the password file {path} is empty; put the password on its first line")
    return password


NO_TERMINAL = (f"no password: there is no terminal to ask on; give --password-file PATH or set "
               f"{PASSWORD_FILE_ENV}")


def get_password(password_file: str | None, *, prompt: str = "Password", new: bool = False) -> str:
    """From the file when given, else a prompt without echo (twice for a new password).

    Without a terminal (a script, cron, a pipe) the password is read from standard input,
    one line (two for a new password); with nothing there, the error names the options that
    work without a terminal, instead of Python's ``GetPassWarning`` and a bare "Aborted!".
    """
    if password_file:
        return read_password_file(password_file)
    if sys.stdin is None or not sys.stdin.isatty():
        password = _read_piped(new)
    else:
        password = click.prompt(
            prompt, hide_input=True, confirmation_prompt=new, err=True, show_default=False
        )
    if not password:
        raise InputError("the password must not be empty")
    return password


def _read_piped(new: bool) -> str:
    """One line from stdin (a new password: two equal lines, retried like the prompt)."""

    def line() -> str:
        text = sys.stdin.readline() if sys.stdin is not None else ""
        if not text:
            raise InputError(NO_TERMINAL)
        return text.rstrip("\r\n")

    password = line()
    while new:
        if line() == password:
            break
        click.echo("the two passwords from standard input do not match; reading two more lines",
                   err=True)
        password = line()
    return password


def password_options(func: F) -> F:
    """Add ``--password-file`` and ``--user`` (with their environment variables)."""

    @click.option(
        "--password-file",
        "password_file",
        type=click.Path(dir_okay=False),
        envvar=PASSWORD_FILE_ENV,
        show_envvar=True,
        help="File whose first line is your password (otherwise you are prompted).",
    )
    @click.option(
        "--user",
        "user",
        envvar=USER_ENV,
        show_envvar=True,
        metavar="NAME",
        help="Acting user (default: the user created by `anonkit init`).",
    )
    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        return func(*args, **kwargs)

    return wrapper  # type: ignore[return-value]


def new_password_option(func: F) -> F:
    """Add ``--new-password-file`` for commands that set a password."""
    return click.option(
        "--new-password-file",
        "new_password_file",
        type=click.Path(dir_okay=False),
        help="File whose first line is the new password (otherwise you are prompted twice).",
    )(func)


def quiet_option(func: F) -> F:
    """``-q/--quiet``: print nothing but results and errors (click conventions)."""
    return click.option("-q", "--quiet", is_flag=True, help="Print only results and errors.")(
        func)


def vault_argument(func: F) -> F:
    """The ``VAULT`` positional argument (a directory; existence is checked by the vault)."""
    return click.argument("vault", type=click.Path(file_okay=False, path_type=Path))(func)


def open_vault(vault: Path, user: str | None, password_file: str | None) -> Vault:
    """Unlock ``vault`` as ``user`` (default: the user created by ``init``) for a command.

    Shared by every command that works on a vault, so they all read passwords alike.
    Weak test-only KDF parameters are accepted only when ``ANONKIT_INSECURE_TEST_KDF=1``.
    """
    from anonkit.vault.vault import Vault

    Vault.read_header(vault)  # a missing or corrupt vault fails here, before any prompt
    name = user or Vault.default_user(vault)
    password = get_password(password_file, prompt=f"Password for {name or 'vault user'}")
    return Vault.open(vault, name, password)
