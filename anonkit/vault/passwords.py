"""Password strength and user-name confusability rules (spec §3 "Passwords", §4.6).

Why here and not in the CLI: every way of setting a password (``init``, ``user add``,
``user passwd``, the API) goes through ``slots._make_password_slot``, so the rule cannot be
bypassed by a caller that forgets it.

Passwords: at least ``MIN_LENGTH`` characters, not only whitespace, and a zxcvbn score of at
least ``MIN_SCORE`` (zxcvbn, Dropbox's estimator, knows the common-password lists, names,
keyboard patterns, dates and l33t substitutions; the user's own name counts as known to an
attacker). Waived only for slots made with the test-only KDF parameters (``KdfParams.
testing()``, i.e. ``ANONKIT_INSECURE_TEST_KDF=1`` or an explicit ``kdf=`` in tests): a vault
with such a slot is already marked "never for real data" and announces itself on every use.

User names: two names whose skeletons are equal are refused (``kаri`` with a Cyrillic а next
to ``kari``, ``Kari`` next to ``kari``, ``ｋａｒｉ`` next to ``kari``). The skeleton follows
Unicode TR39 §4 in spirit: NFKC, then every character is replaced by the smallest code
point of its confusable class (before and after a case fold) from the Unicode confusables
data (package ``confusable_homoglyphs``, which ships confusables.txt as a character →
homoglyph table), then NFD. It approximates TR39's prototype mapping (which needs the ICU
data), stricter rather than looser: a class maps to one representative in both directions.
"""

from __future__ import annotations

import functools
import unicodedata

from anonkit.vault.errors import UserExistsError, WeakPasswordError

MIN_LENGTH = 12
MIN_SCORE = 3  # zxcvbn 0–4: 3 = "safely unguessable: moderate protection from offline attacks"
#: zxcvbn's run time grows with the length; the rest of a long passphrase only adds strength.
_ZXCVBN_MAX_CHARS = 100


def check_password(password: str | bytes, *, user: str | None = None) -> None:
    """Raise WeakPasswordError for a password a guessing attack would find quickly."""
    if isinstance(password, bytes):
        password = password.decode("utf-8", errors="replace")
    if not password.strip():
        raise WeakPasswordError("the password is empty or only spaces: choose a real one")
    if len(password) < MIN_LENGTH:
        raise WeakPasswordError(
            f"the password has {len(password)} characters; use at least {MIN_LENGTH} (a few "
            "unrelated words make a strong, memorable passphrase)")
    from zxcvbn import zxcvbn

    result = zxcvbn(password[:_ZXCVBN_MAX_CHARS], user_inputs=[user] if user else [])
    if result["score"] < MIN_SCORE:
        hint = (result.get("feedback") or {}).get("warning") or "it is easy to guess"
        raise WeakPasswordError(
            f"the password is too weak ({hint.rstrip('.')}); use a longer passphrase of "
            "unrelated words")


@functools.cache
def _table() -> dict[str, str]:
    from confusable_homoglyphs import confusables

    data = confusables.confusables_data
    out: dict[str, str] = {}
    for ch, entries in data.items():
        group = {ch, *(e["c"] for e in entries if isinstance(e, dict) and e.get("c"))}
        rep = min(group, key=lambda s: (len(s), s))
        for member in group:
            if len(member) == 1:
                cur = out.get(member)
                out[member] = rep if cur is None else min(cur, rep, key=lambda s: (len(s), s))
    return out


def skeleton(name: str) -> str:
    """TR39-style skeleton (see the module docstring): equal skeletons = confusable names."""
    table = _table()

    def m(text: str) -> str:
        return "".join(table.get(c, c) for c in unicodedata.normalize("NFD", text))

    # map, fold case, map again: "oIa" (capital I) and "ola" meet, and so do "Kari"/"kari"
    return unicodedata.normalize("NFD", m(m(unicodedata.normalize("NFKC", name)).casefold()))


def skeletons(name: str) -> set[str]:
    """The skeleton, and the one with the case folded first ("KARI" meets "kari", where
    mapping first would have turned its capital I into the class of l and 1)."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return {skeleton(name), skeleton(folded)}


def check_not_confusable(name: str, existing: list[str]) -> None:
    """Raise UserExistsError when ``name`` looks like an existing member's name."""
    sk = skeletons(name)
    for other in existing:
        if skeletons(other) & sk:
            raise UserExistsError(
                f"user name {name!r} is confusable with the existing user {other!r} (same "
                "letters in another script or case); choose a clearly different name")
