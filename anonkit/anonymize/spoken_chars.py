"""Characters said one by one, read back: letters by name or alone, digits as words (issue 10).

Why: a car plate, a UK postcode or a name spelled for the interviewer is said character by
character, and ASR writes every character its own way: ``ærr kå fem ni tre null sju``,
``Y-R-six-eight, P-K-L``, ``b-eleven, two-d-q``, ``one-five-one, D, four four two nine``,
``ess u enn enn a``. A shape test (two letters and five digits; ``A9 9AA``) is easy on
``RK59307``, impossible on the words. :func:`said_runs` reads each stretch of such tokens
into :class:`SaidChar` pieces (the characters one token or a tens+unit pair says, and where
it stands), and :func:`shaped_spans` finds the longest stretches whose characters have a
given shape.

Letter names are everyday words too (``se``, ``de``, ``i``, ``enn``; "see", "you", "why"), so
every piece says whether it was *clearly* spelled: joined to another character by a hyphen
(``L-S``), a letter name that is no word of the language (``ærr``, ``kå``, ``aitch``,
``zed``), or a capital letter alone that is no word (``D``, not ``I``, ``A`` or ``Æ``). A
stretch counts only with enough clear letters (:func:`shaped_spans`); the shape does the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from anonkit.anonymize.numberwords import REPEATS, TENS, UNITS, word_value

# Letter names that are not words of the language (clear spelling) ...
CLEAR_LETTER_NAMES: dict[str, str] = {
    # Norwegian
    "hå": "H", "kå": "K", "ell": "L", "emm": "M", "ærr": "R", "err": "R", "ess": "S",
    "eks": "X", "eff": "F", "dobbeltve": "W", "jodd": "J", "zet": "Z", "zett": "Z",
    # English
    "aitch": "H", "haitch": "H", "arr": "R", "jay": "J", "kay": "K", "zed": "Z", "zee": "Z",
    "cue": "Q", "dee": "D", "gee": "G", "pee": "P", "vee": "V", "ay": "A", "wye": "Y",
}  # fmt: skip
# ... and those that are (read as letters only inside a stretch with clear letters).
WORD_LETTER_NAMES: dict[str, str] = {
    "be": "B", "se": "C", "ce": "C", "de": "D", "ge": "G", "je": "J", "enn": "N", "pe": "P",
    "ku": "Q", "te": "T", "ve": "V", "sett": "Z",
    "ka": "K",  # session 26: ASR's spelling of "kå" ("ve ka fire to …"); "ka" is "what" too
    "bee": "B", "see": "C", "cee": "C", "ee": "E", "ef": "F", "el": "L", "em": "M", "ar": "R",
    "tee": "T", "you": "U", "ex": "X", "why": "Y", "eye": "I",
}  # fmt: skip
# blind10 session: the NATO spelling alphabet, as the police and callers read plates out
# ("reg was sierra tango six eight, yankee bravo delta"); words or names all, so never clear.
NATO_LETTERS: dict[str, str] = {
    "alpha": "A", "alfa": "A", "bravo": "B", "charlie": "C", "delta": "D", "echo": "E",
    "foxtrot": "F", "golf": "G", "hotel": "H", "india": "I", "juliet": "J", "juliett": "J",
    "kilo": "K", "lima": "L", "mike": "M", "november": "N", "oscar": "O", "papa": "P",
    "quebec": "Q", "romeo": "R", "sierra": "S", "tango": "T", "uniform": "U", "victor": "V",
    "whiskey": "W", "whisky": "W", "x-ray": "X", "xray": "X", "yankee": "Y", "zulu": "Z",
}  # fmt: skip
WORD_LETTER_NAMES.update(NATO_LETTERS)
# Capital letters alone that are words: English "I", "A"; Norwegian dialect "Æ" (I), "E" (is).
_WORD_CAPITALS = frozenset("IAÆEÅ")

# Two capitals that are words or common abbreviations, never two spelled letters.
_CAPITAL_WORD_LIST = (
    "OK TV GP UK US EU ID PC DJ HR IT PE RE OT MP AA NA DS PA IQ BA MA CV IV AE NO SV AP "
    "OG ER EN ET PÅ DA SÅ NÅ VI DU DE HA JA MR MS DR ST"
)
_CAPITAL_WORDS = frozenset(_CAPITAL_WORD_LIST.split())
# A word (with its apostrophe part: the "d" of "you'd" is no letter D) or a digit group.
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")
# Between two characters of one stretch: spaces, a comma, a full stop after a letter, hyphens.
_GAP = re.compile(r"[ ,.\-]{0,3}")
# A clearly spelled letter somewhere: a letter hyphen-joined to a character, a capital alone
# that is no word (case-sensitive: "s" of "it's" is none), a letter name that is no word.
_QUICK = re.compile(
    r"(?<![\w'’-])(?:[A-Za-zÆØÅæøå]-[A-Za-z0-9ÆØÅæøå]|[B-DF-HJ-ZØ](?![\w'’])|(?i:"
    + "|".join(sorted(CLEAR_LETTER_NAMES, key=len, reverse=True))
    + r")(?![\w'’]))"
)


# A consonant said alone ("… åtte Q", "d p t"), session 30: the cheap test before reading a
# lower-case line, where no letter is clearly spelled, with ``min_clear=0``.
_LONE_LETTER = re.compile(r"(?<![\w'’-])[b-df-hj-np-zæøB-DF-HJ-NP-ZÆØ](?![\w'’-])")


def has_lone_letter(text: str) -> bool:
    """Whether a consonant stands alone in ``text`` (a spelling may be there)."""
    return _LONE_LETTER.search(text) is not None


@dataclass(frozen=True, slots=True)
class SaidChar:
    """Characters ``chars`` said by ``text[start:end]``; ``clear``: surely spelled out."""

    start: int
    end: int
    chars: str
    letter: bool
    clear: bool


def _letter(word: str, hyphened: bool) -> tuple[str, bool] | None:
    low = word.lower()
    if len(word) == 1 and word.isalpha():
        clear = hyphened or (word.isupper() and word not in _WORD_CAPITALS)
        return word.upper(), clear
    if low in CLEAR_LETTER_NAMES:
        return CLEAR_LETTER_NAMES[low], True
    if low in WORD_LETTER_NAMES:
        return WORD_LETTER_NAMES[low], hyphened
    return None


def said_runs(text: str, prescan: bool = True) -> tuple[tuple[SaidChar, ...], ...]:
    """Stretches of said characters in ``text`` (two pieces or more), left to right.

    ``prescan``: skip texts without a clearly spelled letter at once (most texts; the
    token-by-token reading is the slow part). A caller that already knows a spelling
    follows ("postcode is …") turns it off. Cached: six shape tests read the same text.
    """
    if prescan and not _spells_a_letter(text):
        return ()
    return _read_runs(text)


@lru_cache(maxsize=16)
def _spells_a_letter(text: str) -> bool:
    """``_QUICK`` found in ``text``; cached (speed21): the plate, IBAN, postcode, PPS and
    spelled-name shapes each ask it of the same line, and its case-insensitive letter names
    make it a slow search."""
    return _QUICK.search(text) is not None


@lru_cache(maxsize=64)
def _read_runs(text: str) -> tuple[tuple[SaidChar, ...], ...]:
    return tuple(tuple(run) for run in _iter_runs(text))


def _iter_runs(text: str) -> Iterator[list[SaidChar]]:
    tokens = list(_TOKEN.finditer(text))
    run: list[SaidChar] = []
    i = 0
    repeat = 1
    while i < len(tokens):
        tok = tokens[i]
        word = tok.group(0)
        gap_before = text[tokens[i - 1].end() : tok.start()] if i else ""
        joined = i > 0 and bool(run) and _GAP.fullmatch(gap_before) is not None
        if run and not joined:
            if len(run) >= 2:
                yield run
            run = []
        hyphened = "-" in gap_before or text[tok.end() : tok.end() + 1] == "-"
        piece, step = _read(text, tokens, i, hyphened)
        if piece is None:
            if word.lower() in REPEATS and i + 1 < len(tokens):
                repeat = REPEATS[word.lower()]
                i += 1
                continue
            if len(run) >= 2:
                yield run
            run, repeat = [], 1
            i += 1
            continue
        if repeat > 1:
            piece = SaidChar(piece.start, piece.end, piece.chars * repeat, piece.letter, True)
            repeat = 1
        run.append(piece)
        i += step
    if len(run) >= 2:
        yield run


def _read(
    text: str, tokens: list[re.Match[str]], i: int, hyphened: bool
) -> tuple[SaidChar | None, int]:
    tok = tokens[i]
    word = tok.group(0)
    if word.isdigit():
        return SaidChar(tok.start(), tok.end(), word, False, True), 1
    value = None if word == "O" else word_value(word)  # a capital O alone is the letter
    if value is not None:
        low = word.lower()
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        gap = text[tok.end() : nxt.start()] if nxt is not None else ""
        if low in TENS and nxt is not None and gap in (" ", "-"):
            unit = UNITS.get(nxt.group(0).lower())
            if unit:  # "forty-one", "sixty eight": one two-digit number
                return SaidChar(tok.start(), nxt.end(), str(value + unit), False, True), 2
        if low in ("o", "oh") and hyphened:
            return SaidChar(tok.start(), tok.end(), "O", True, True), 1
        return SaidChar(tok.start(), tok.end(), str(value), False, True), 1
    if len(word) == 2 and word.isupper() and word.isalpha() and word not in _CAPITAL_WORDS:
        # ids20: two capitals written together start a said plate ("ZH, fire fem sju"; "EL"
        # is E and L there, not the letter name "el")
        return SaidChar(tok.start(), tok.end(), word, True, True), 1
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if word.lower() == "x" and nxt is not None and text[tok.end() : nxt.end()].lower() == "-ray":
        return SaidChar(tok.start(), nxt.end(), "X", True, False), 2  # NATO "x-ray"
    letter = _letter(word, hyphened)
    if letter is None:
        return None, 1
    return SaidChar(tok.start(), tok.end(), letter[0], True, letter[1]), 1


def shaped_spans(
    text: str, shape: re.Pattern[str], min_clear: int = 1, half_clear: bool = True
) -> Iterator[tuple[int, int, str]]:
    """``(start, end, chars)`` of the longest stretches whose characters fullmatch ``shape``.

    A stretch needs ``min_clear`` clearly spelled letters and (with ``half_clear``) at least
    half of its letters clear, so ordinary words that are also letter names ("se de to") do
    not spell anything. A caller with stronger evidence (the spelled word was said just
    before) may relax both.
    """
    for run in said_runs(text, prescan=min_clear > 0):
        i = 0
        while i < len(run):
            best = None
            for j in range(len(run), i, -1):
                pieces = run[i:j]
                chars = "".join(p.chars for p in pieces)
                if not shape.fullmatch(chars):
                    continue
                letters = [p for p in pieces if p.letter]
                clear = sum(p.clear for p in letters)
                if clear >= min_clear and (not half_clear or 2 * clear >= len(letters)):
                    best = j, chars
                    break
            if best is None:
                i += 1
                continue
            j, chars = best
            yield run[i].start, run[j - 1].end, chars
            i = j
