"""E-mail addresses said aloud → EMAIL (issue 10, item 5).

Why: a transcript writes what was said: ``siv punktum berg krøllalfa gmail punktum com``,
``john dot smith at gmail dot com``. The written e-mail recognizer needs ``@`` and dots. Here
an ``at``/``krøllalfa`` followed by a domain said with ``dot``/``punktum`` and ending in a
top-level domain is an address; its local part is read backwards from the ``at`` over at
most five words, stopping at words that introduce it ("er", "is", "til", "to", "e-posten",
"email's" …) or at punctuation.

English ``at`` is an everyday word, so the domain must be said with at least one ``dot``
and end in a known top-level domain ("at home dot" is not an address).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import EMAIL
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set
from anonkit.anonymize.recognizers._gates import may_match
from anonkit.anonymize.recognizers._web_words import EMAIL_TLDS, SPOKEN_AT, SPOKEN_DOT

_AT = SPOKEN_AT
_DOT = SPOKEN_DOT
TLDS = frozenset(EMAIL_TLDS)
# ids20: a domain name said as words ("mark hale photography dot co dot uk"), and a
# free-mail provider alone, its ".com" left unsaid ("jsmith eighty-five at gmail"); not
# "outlook" or "live", everyday words ("we met at outlook village").
_PROVIDERS = (
    r"(?:gmail|googlemail|hotmail|yahoo|icloud|btinternet|eircom|aol|protonmail|msn|"
    r"virginmedia|talktalk)"
)
SPOKEN_AT_RE = re.compile(
    rf"(?<!\w){_AT} (?P<domain>[\w-]+(?: [\w-]+){{0,2}}(?: {_DOT} [\w-]+)+"
    rf"|[\w-]+(?:\.[\w-]+)+|{_PROVIDERS}(?=\s*(?:[,.;!?]|$)))(?!\w)",
    re.IGNORECASE,
)
_QUICK = re.compile(
    rf"(?<!\w){_DOT}(?!\w)|krøll|alfa|snabel|(?<!\w)at [\w-]+\.\w|(?<!\w)at {_PROVIDERS}",
    re.IGNORECASE,
)
_PROVIDER_RE = re.compile(_PROVIDERS, re.IGNORECASE)
# ASR splits a provider's name ("g mail dot com", "hot mail", "i cloud").
_SPLIT_PROVIDERS = frozenset({"gmail", "hotmail", "icloud", "outlook", "googlemail", "btinternet"})
# ASR writes "com" the Norwegian way after "dått" ("gmail dått kom").
_TLD_SPELLINGS = frozenset({"kom", "kåm", "komm"})
STOP_WORDS = word_set(
    """
    er e va is was var til to on på at me meg mail email e-mail e-post e-posten e-postadressen
    e-postadresse epost eposten address adresse adressen adressa hans hennes mitt min mi my
    his her its send skriv write sende skrive og and som that the den det
    """
)
_LOCAL_TOKEN = re.compile(r"[\w.'’-]+")
MAX_LOCAL_WORDS = 5
SCORE = 0.85


class SpokenEmailRecognizer(AnonkitRecognizer):
    """``local at domain dot tld`` said as words (module docstring)."""

    ENTITIES = (EMAIL,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if not may_match(_QUICK, text) or not _QUICK.search(text):  # fast pre-scans
            return
        for m in SPOKEN_AT_RE.finditer(text):
            domain = m.group("domain")
            last = re.split(rf"\s+{_DOT}\s+|\.", domain, flags=re.IGNORECASE)[-1].lower()
            provider = _PROVIDER_RE.fullmatch(domain) is not None
            if last not in TLDS and last not in _TLD_SPELLINGS and not provider:
                continue
            first_label = re.split(rf"\s+{_DOT}\s+", domain, flags=re.IGNORECASE)[0]
            split_provider = first_label.replace(" ", "").lower() in _SPLIT_PROVIDERS
            if " " in first_label and m.group(0)[:2].lower() == "at" and not split_provider:
                # "find them at hopewell counselling dot org" is a site: a domain of several
                # words needs an "@" said unmistakably ("krøllalfa")
                continue
            start = self._local_start(text, m.start())
            if start is None:
                continue
            yield start, m.end(), EMAIL, SCORE

    @staticmethod
    def _local_start(text: str, at: int) -> int | None:
        """Where the local part begins: up to five words back from ``at``."""
        start = None
        pos = at
        for _ in range(MAX_LOCAL_WORDS):
            head = text[:pos].rstrip(" ")
            if len(head) == pos or not head:  # no single space before: punctuation or start
                break
            m = re.search(r"[\w.'’-]+$", head)
            if m is None or text[m.end() : pos].strip():
                break
            word = m.group(0).lower()
            if word in STOP_WORDS or word.endswith(("'s", "’s")):
                break
            start = m.start()
            pos = m.start()
        return start


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [SpokenEmailRecognizer(lang)]
