"""Web addresses and social-media handles said aloud → URL (issue 10; spoken2).

Why: :mod:`.url` needs a written ``name.tld``; a transcript writes what was said:
``w w w dot hopewell counselling dot co dot uk``, ``fjellro punktum no skråstrek kontakt``,
``at sunny underscore bakes``. A site of a small business, a blog or a personal page points
to one person as surely as a street address does.

* ``www`` (``w w w``, ``double u double u double u``) + ``dot``/``punktum``/``prikk`` + the
  name (one to four words) + ``dot`` + a known top-level domain (``co dot uk`` too), and
  an optional path said with ``slash``/``skråstrek``;
* without ``www``: the name is read backwards from the first ``dot`` over at most three
  words, stopping at words that introduce it ("on", "at", "er", "the", "website" …); a
  host whose own name is such a word after a dot is part of the address (nb24:
  ``fjellrypa punktum blogg punktum no``, ``runningmum dot blog dot com``);
* a handle: ``@sunny_bakes`` written, or ``at``/``@``/``krøllalfa`` + a name joined by
  ``underscore``/``understrek``, or ``at name`` (not a dictionary word) followed by
  ``on Instagram/Facebook/TikTok``;
* big public sites everyone uses (``google dot com``, ``nav punktum no``, ``helsenorge.no``)
  identify no one and are skipped (:data:`GENERIC_SITES`, also used by :mod:`.url`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import URL
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set
from anonkit.anonymize.recognizers._web_words import SPOKEN_DOT, SPOKEN_TLD
from anonkit.anonymize.recognizers.url import GENERIC_SITES
from anonkit.anonymize.wordlists import common_words

_DOT = SPOKEN_DOT
_TLD = SPOKEN_TLD
_WORD = r"[a-zæøå0-9][a-zæøå0-9_-]*"
_WWW = r"(?:w w w|w-w-w|www|double u double u double u|dobbel[- ]?w dobbel[- ]?w dobbel[- ]?w)"
_SLASH = r"(?:slash|skråstrek|forward slash)"
# A path of up to three words ("slash bring vithu home"; blind6 session), not running on
# into the sentence over a joiner.
_PATH_WORD = rf"(?: (?!(?:and|og|then|så|men|but|or|eller)\b){_WORD})"
# ids20: a path may hold dots ("slash danny dot reeve dot art")
_PATH = rf"(?: {_SLASH} {_WORD}(?: {_DOT} {_WORD})*{_PATH_WORD}{{0,2}})*"
# nb24: a second domain after a TLD-like host ("runningmum dot blog dot com")
_TAIL = rf" {_DOT} {_TLD}(?: {_DOT} {_TLD})?(?!\w){_PATH}"
WWW_RE = re.compile(
    rf"(?<!\w){_WWW} {_DOT} (?P<name>{_WORD}(?: {_WORD}){{0,3}}(?: {_DOT} {_WORD})*?){_TAIL}",
    re.IGNORECASE,
)
BARE_RE = re.compile(rf"(?<!\w)(?P<name>{_WORD}){_TAIL}", re.IGNORECASE)
_HANDLE_JOIN = r"(?:underscore|understrek|under score)"
HANDLE_RE = re.compile(
    rf"(?<![\w@])(?:at|@|krøllalfa) ?(?P<name>{_WORD}(?: {_HANDLE_JOIN} {_WORD})+)(?!\w)"
    rf"|(?<![\w@.])@[a-z0-9_][a-z0-9_.]*[a-z0-9_](?![\w@]|\.\w)"
    rf"|(?<![\w@])(?:at|@|krøllalfa) (?P<name2>{_WORD})(?= (?:on|på) (?:insta(?:gram)?|facebook|"
    rf"tiktok|snapchat|snap|twitter|x|youtube|threads)\b)",
    re.IGNORECASE,
)
STOP_WORDS = word_set(
    """
    er is was var til to on på at the den det a an website site nettside nettsida nettsiden
    siden sida side page called heter heiter het go gå visit see se look check sjekk og and or eller
    their our my his her hans hennes deres vår min mitt it's its it hjemmeside hjemmesida
    address adresse adressen online find finne found fant in i under about om from fra with
    med web blog blogg
    """
)
_QUICK = re.compile(
    rf"(?<!\w)(?:{_DOT}|underscore|understrek)(?!\w)|(?<!\w)(?:at|krøllalfa) \w+ (?:on|på) |@",
    re.IGNORECASE,
)
MAX_NAME_WORDS = 3
_SLASH_RE = re.compile(rf"(?<!\w){_SLASH} \w", re.IGNORECASE)
_JOINERS = frozenset({"dash", "hyphen", "bindestrek", "strek", "underscore", "understrek"})
SCORE = 0.85
SCORE_HANDLE = 0.75


def _is_generic(name: str) -> bool:
    """``google dot com``: the first word of the name is a big public site."""
    first = re.split(rf"\s+(?:{_DOT}\s+)?", name.strip().lower())[0]
    return first in GENERIC_SITES or name.replace(" ", "").lower() in GENERIC_SITES


class SpokenUrlRecognizer(AnonkitRecognizer):
    """Web addresses and handles said as words (module docstring)."""

    ENTITIES = (URL,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if not _QUICK.search(text):  # fast pre-scan
            return
        taken: list[tuple[int, int]] = []
        for m in WWW_RE.finditer(text):
            taken.append(m.span())  # a big public site is skipped as a whole
            if not _is_generic(m.group("name")) or _SLASH_RE.search(m.group(0)):
                yield m.start(), m.end(), URL, SCORE
        for m in BARE_RE.finditer(text):
            if any(s <= m.start() < e for s, e in taken):
                continue
            start = self._name_start(text, m.start("name"), m.group("name"))
            if start is None:
                continue
            name = text[start : m.end("name")]
            # a page on a big site ("facebook dot com slash …") is one person's (ids20)
            personal = _SLASH_RE.search(text, m.end("name"), m.end()) is not None
            if (_is_generic(name) and not personal) or name.lower() in ("www", "w w w"):
                continue
            taken.append((start, m.end()))
            yield start, m.end(), URL, SCORE
        for m in HANDLE_RE.finditer(text):
            if m.group("name2") and m.group("name2").lower() in common_words(self.lang):
                continue  # "we met at school on Instagram"
            if not any(s < m.end() and m.start() < e for s, e in taken):
                yield m.start(), m.end(), URL, SCORE_HANDLE

    @staticmethod
    def _name_start(text: str, start: int, first: str) -> int | None:
        """Where the site's name begins: up to three words back, never a stop word."""
        pos = start
        if first.lower() in STOP_WORDS:
            # nb24: a host whose name is a stop word ("blogg", "web", "side") after a dot
            # ("fjellrypa punktum blogg punktum no"): the host is part of the address and the
            # personal part is the word before the dot. With no dot before it, the stop word
            # introduces the address, or the address is the bare host: no one's.
            m = re.search(rf"(?<![\w,.'’])(\w[\w-]*) {_DOT} $", text[:start], re.IGNORECASE)
            if m is None or m.group(1).lower() in STOP_WORDS or not m.group(1).islower():
                return None
            pos = m.start(1)
        words = 1
        while words < MAX_NAME_WORDS:
            head = text[:pos]
            m = re.search(r"(?<![\w,.'’])(\w[\w-]*) $", head)
            word = m.group(1).lower() if m else ""
            if m is not None and re.fullmatch(_DOT, word) and words < MAX_NAME_WORDS:
                # A name on a hosting site: "nattlysdagbok punktum wordpress punktum com"
                # (blind6 session): the subdomain before the dot is the personal part.
                pos = m.start(1)
                continue
            if m is None or word in STOP_WORDS or re.fullmatch(_WWW, word):
                break
            if not m.group(1).islower():
                break
            if word not in _JOINERS:  # "fjellro bindestrek terapi": a joiner is no word
                words += 1
            pos = m.start(1)
        return pos


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [SpokenUrlRecognizer(lang)]
