"""Numbers said as words or in spoken digit groups, read back as digits (issue 10, item 5).

Why: a transcript renders a phone number or a fødselsnummer the way it was *said*:
``førtien femtito nitten åttitre``, ``oh seven seven double oh, nine one two …``,
``22 12 96 037 40``. The validated patterns (phone, national_id) look for digit strings of a
fixed shape and miss all of these. :func:`digit_runs` finds runs of number words and digit
groups and returns each run's span with the digits it stands for, so a recognizer can check
the length and the fødselsnummer checksum on the digits.

Reading rules (Norwegian and English):

* one word is one number: ``null``/``zero``/``oh`` → 0, ``fem`` → 5, ``tolv`` → 12,
  ``førtien``/``forty-one`` → 41 (Norwegian writes tens+unit as one word);
* a tens word followed by a unit word is one number: ``nitti åtte`` → 98,
  ``forty two`` → 42 — the way people say a phone number in pairs;
* ``double``/``dobbel`` and ``triple``/``trippel`` repeat the next digit;
* old Norwegian counting says the unit first: ``femogtretti`` → 35, ``enogtyve`` → 21, also
  written apart (``fem og femti`` → 55, ``en og seksti`` → 61; blind6);
* digit groups join as they stand (``03 04 88`` → ``030488``);
* words are separated by spaces, commas or hyphens; anything else ends a run.

``hundre``/``hundred``/``tusen``/``thousand`` end a run: numbers said that way are amounts or
years, which the date recognizer reads. One exception (blind6 session): inside a run that has
begun, a unit + ``hundred``/``hundre`` is three digits, the way a group of a phone number is
said (``plus four four, seven seven double oh, nine hundred, one two three``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache

from anonkit.anonymize.digits import has_digit

UNITS: dict[str, int] = {
    # Norwegian
    "null": 0, "en": 1, "ett": 1, "ei": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6,
    "sju": 7, "syv": 7, "åtte": 8, "ni": 9,
    # session 38: the stressed "one" written with its accent ("førti én" → 41)
    "én": 1,
    # session 39: Nynorsk and western dialects ("tretti ein null ein …", "eitt hundre")
    "ein": 1, "eitt": 1,
    # English
    "zero": 0, "oh": 0, "o": 0, "nought": 0, "naught": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
TEENS: dict[str, int] = {
    "ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15,
    "seksten": 16, "sytten": 17, "søtten": 17, "atten": 18, "nitten": 19,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "tjue": 20, "tyve": 20, "tjuge": 20, "tretti": 30, "tredve": 30, "førti": 40, "femti": 50,
    "seksti": 60, "sytti": 70, "søtti": 70, "åtti": 80, "nitti": 90,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
HUNDREDS = ("hundred", "hundre")
# "treble" is the British "triple" ("treble seven"; ids20)
REPEATS: dict[str, int] = {
    "double": 2, "dobbel": 2, "dobbelt": 2, "triple": 3, "treble": 3, "trippel": 3,
}  # fmt: skip
# Norwegian unit endings of a one-word tens+unit ("førtien", "tjueni"): not "ei"/"ett".
_NB_UNIT_ENDINGS = (
    "en", "ein", "to", "tre", "fire", "fem", "seks", "sju", "syv", "åtte", "ni",
)  # fmt: skip

_TOKEN = re.compile(r"\+?\w+(?:-\w+)*")
# ids20: a hyphenated run is read word by word ("oh-seven-seven-nine-one", "double-oh four
# four", "ni-tre-fire-fem"); "forty-one" stays one number (the tens + unit rule).
_SEPARATOR = re.compile(r"(?:[ ,\-]|\.\.\.|…)*")


@dataclass(frozen=True, slots=True)
class DigitRun:
    """``text[start:end]`` said the digits ``digits`` (``+`` kept for an international prefix)."""

    start: int
    end: int
    digits: str
    words: int  # how many tokens the run has
    spoken: bool  # at least one number *word* (not only digit groups)


@lru_cache(maxsize=8192)
def word_value(word: str) -> int | None:
    """The number one word stands for, or None: ``førtien`` → 41, ``forty-one`` → 41.

    Cached (speed21): every word of every line is asked (``says_a_number``), most of them no
    number, and a miss walks the tens words one by one."""
    low = word.lower()
    if low in UNITS:
        return UNITS[low]
    if low in TEENS:
        return TEENS[low]
    if low in TENS:
        return TENS[low]
    if "-" in low:
        head, _, tail = low.partition("-")
        if head in TENS and tail in UNITS and UNITS[tail] > 0:
            return TENS[head] + UNITS[tail]
        return None
    for tens, value in TENS.items():
        if low.startswith(tens) and low[len(tens) :] in _NB_UNIT_ENDINGS:
            return value + UNITS[low[len(tens) :]]
    # ids20: a Norwegian hundred written as one word, a group of a phone number
    # ("firehundreogtolv" → 412, "nihundre" → 900)
    if "hundre" in low:
        head, _, rest = low.partition("hundre")
        if head in _NB_UNIT_ENDINGS or head in ("ett", "eitt"):
            tail = word_value(rest[2:]) if rest.startswith("og") else None if rest else 0
            if tail is not None and 0 <= tail <= 99:
                return 100 * UNITS[head] + tail
        return None
    # Old Norwegian counting, unit first (recall2): "femogtretti" → 35, "enogtyve" → 21,
    # also apart (blind6): "fem og tjue" → 25.
    unit, og, tens = low.replace(" og ", "og").partition("og")
    if og and unit in _NB_UNIT_ENDINGS and tens in TENS and UNITS[unit] > 0:
        return TENS[tens] + UNITS[unit]
    return None


_WORD_TOKEN = re.compile(r"\w+")


@lru_cache(maxsize=64)
def says_a_number(text: str) -> bool:
    """Whether ``text`` has a digit or a number word ("null", "oh", "førtien", "forty-one").

    Why: the recognizers of numbers, addresses and plates read every text, and most lines of an
    interview say no number at all; this one pass per text (cached: several recognizers ask)
    lets them skip such lines. Every shape they read holds at least one of these."""
    return has_digit(text) or any(
        word_value(word) is not None for word in _WORD_TOKEN.findall(text)
    )


def _is_tens(word: str) -> bool:
    return word.lower() in TENS


def unit_og_tens(text: str, tokens: list[re.Match[str]], j: int) -> int | None:
    """The value of old counting written apart at ``tokens[j]``: ``fem og femti`` → 55."""
    if j + 2 >= len(tokens):
        return None
    unit, og, tens = (tokens[j + k].group(0).lower() for k in range(3))
    spaced = text[tokens[j].end() : tokens[j + 2].start()] == " og "
    if spaced and og == "og" and unit in _NB_UNIT_ENDINGS and UNITS[unit] > 0 and tens in TENS:
        return TENS[tens] + UNITS[unit]
    return None


def _candidate_regex() -> re.Pattern[str]:
    """Three or more number words/digit groups in a row: where a run can be (a fast
    pre-scan, so the token-by-token reading runs on a few spans instead of every text)."""
    parts = sorted([*UNITS, *TEENS, *TENS, *REPEATS, *HUNDREDS], key=len, reverse=True)
    morph = "(?:" + "|".join(parts) + ")"
    token = rf"(?:\+?\d+|{morph}+(?:(?: ?og ?| and ){morph}+)?(?:-{morph})?)"
    # a pause written as an ellipsis separates groups too ("oh seven seven... one two three")
    return re.compile(
        rf"(?<!\w)(?:(?:pluss|plus)\s+)?{token}(?:(?:[ ,\-]|\.\.\.|…)+{token}){{2,}}(?!\w)",
        re.IGNORECASE,
    )


_CANDIDATE = _candidate_regex()


# Norwegian number words that are English words ("from twenty twelve to twenty fourteen",
# "the fire"): in an English text they end a run (ids20).
_NB_WORDS_IN_ENGLISH = frozenset({"to", "fire", "en", "ei", "null"})


def digit_runs(text: str, min_digits: int = 7, lang: str | None = None) -> Iterator[DigitRun]:
    """Runs of number words and digit groups with at least ``min_digits`` digits (``lang``
    "en": the Norwegian words that are English words are no digits)."""
    stop = _NB_WORDS_IN_ENGLISH if lang == "en" else frozenset()
    for m in _CANDIDATE.finditer(text):
        for run in _digit_runs(m.group(0), min_digits, stop):
            yield DigitRun(
                run.start + m.start(), run.end + m.start(), run.digits, run.words, run.spoken
            )


def _digit_pieces(word: str) -> bool:
    """Every piece of a hyphenated word is one digit or "double"/"triple": digits said one
    by one ("four-four-six", "double-oh"), never a year ("twenty-twenty")."""
    pieces = word.lower().lstrip("+").split("-")
    return len(pieces) > 1 and all(p in UNITS or p in REPEATS or p.isdigit() for p in pieces)


def _tokens(text: str) -> list[re.Match[str]]:
    """Word tokens; a hyphenated token that is no one number word splits at its hyphens."""
    out: list[re.Match[str]] = []
    for tok in _TOKEN.finditer(text):
        word = tok.group(0)
        if "-" in word and word_value(word) is None and _digit_pieces(word):
            out.extend(_WORD_TOKEN.finditer(text, tok.start(), tok.end()))
        else:
            out.append(tok)
    return out


def _digit_runs(text: str, min_digits: int, stop: frozenset[str]) -> Iterator[DigitRun]:
    tokens = _tokens(text)
    i = 0
    while i < len(tokens):
        run = _read_run(text, tokens, i, stop)
        if run is None:
            i += 1
            continue
        found, next_i = run
        if len(found.digits.lstrip("+")) >= min_digits:
            yield found
        i = max(next_i, i + 1)


def _hundreds_rest(text: str, tokens: list[re.Match[str]], j: int) -> tuple[int, int] | None:
    """At a unit ``tokens[j]``: "hundre og tolv" / "hundred and twelve" after it → (12, tokens
    used including the unit), the tens + unit pair "hundre og førti to" too; else None."""
    if j + 1 >= len(tokens) or text[tokens[j].end() : tokens[j + 1].start()] != " ":
        return None
    rest = _after_hundred(text, tokens, j + 1)
    return None if rest is None else (rest[0], rest[1] + 1)


def _hundred_group(
    text: str, tokens: list[re.Match[str]], j: int, in_run: bool
) -> tuple[int, int] | None:
    """At ``tokens[j]``: a group said as a hundred → (its number, tokens used): "fire hundre
    og tolv" (412) anywhere, a bare "hundre og femtiseks" (156) only inside a run."""
    word = tokens[j].group(0)
    if word.lower() in HUNDREDS:
        bare = _after_hundred(text, tokens, j) if in_run else None
        return None if bare is None else (100 + bare[0], bare[1])
    value = word_value(word)
    if value is None or not 0 < value < 10:
        return None
    rest = _hundreds_rest(text, tokens, j)
    return None if rest is None else (100 * value + rest[0], rest[1])


def _after_hundred(text: str, tokens: list[re.Match[str]], h: int) -> tuple[int, int] | None:
    """At ``hundre``/``hundred`` (``tokens[h]``): "og tolv" / "and twelve" after it → (12,
    tokens used including the hundred), "og førti to" too; else None."""
    if h + 2 >= len(tokens):
        return None
    hundred, joiner, first = (tokens[h + k] for k in (0, 1, 2))
    spaced = all(text[a.end() : b.start()] == " " for a, b in ((hundred, joiner), (joiner, first)))
    if not spaced or hundred.group(0).lower() not in HUNDREDS:
        return None
    if joiner.group(0).lower() not in ("og", "and"):
        return None
    value = word_value(first.group(0))
    if value is None or not 0 < value < 100:
        return None
    used = 3
    if first.group(0).lower() in TENS and h + 3 < len(tokens):
        unit = tokens[h + 3]
        unit_value = UNITS.get(unit.group(0).lower())
        if unit_value and text[first.end() : unit.start()] == " ":
            value += unit_value
            used = 4
    return value, used


def _read_run(
    text: str, tokens: list[re.Match[str]], i: int, stop: frozenset[str] = frozenset()
) -> tuple[DigitRun, int] | None:
    digits = ""
    start = end = -1
    count = 0
    spoken = False
    repeat = 1
    hundreds = 0  # groups said as "X hundre og Y"
    j = i
    while j < len(tokens):
        tok = tokens[j]
        if count and not _SEPARATOR.fullmatch(text, tokens[j - 1].end(), tok.start()):
            break
        word = tok.group(0)
        low = word.lower()
        if low in stop:
            break
        plus = ""
        if low in ("pluss", "plus") and not count:
            plus, step = "+", 1
        elif word.lstrip("+").isdigit():
            plus = "+" if word.startswith("+") and not count else ""
            piece = word.lstrip("+")
            if len(piece) > 11:
                break
            digits += plus + piece * repeat
            plus, step, repeat = "", 1, 1
        elif low in REPEATS and j + 1 < len(tokens):
            repeat, step = REPEATS[low], 1
            spoken = True
        elif (group := _hundred_group(text, tokens, j, in_run=count > 0)) is not None:
            # ids20: "fire hundre og tolv, trettifire, …" → 412: a group said as a hundred,
            # at the start of a run too; session 37: "…, hundre og femtiseks" (156) in a run
            number, used = group
            hundreds += 1
            start = tok.start() if start < 0 else start
            digits += f"{number}" * repeat
            repeat = 1
            end = tokens[j + used - 1].end()
            count += used
            j += used
            spoken = True
            continue
        elif (value := unit_og_tens(text, tokens, j)) is not None:
            spoken = True
            step = 3
            digits += str(value) * repeat
            repeat = 1
        elif (value := word_value(word)) is not None:
            spoken = True
            step = 1
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            if (
                count
                and 0 < value < 10
                and nxt is not None
                and nxt.group(0).lower() in HUNDREDS
                and text[tok.end() : nxt.start()] == " "
            ):
                digits += f"{value}00" * repeat  # "… nine hundred, one two three"
                repeat = 1
                end = nxt.end()
                count += 2
                j += 2
                continue
            if (
                _is_tens(word)
                and nxt is not None
                and text[tok.end() : nxt.start()] == " "
                and nxt.group(0).lower() in UNITS
                and UNITS[nxt.group(0).lower()] > 0
            ):
                value += UNITS[nxt.group(0).lower()]  # "nitti åtte" → 98
                step = 2
            digits += str(value) * repeat
            repeat = 1
        else:
            break
        if plus:
            digits += plus
        if start < 0:
            start = tok.start()
        end = tokens[j + step - 1].end()
        count += step
        j += step
    if count == 0 or not digits.strip("+"):
        return None
    if hundreds and count <= 5 * hundreds:
        return None  # "two hundred and fifty, three hundred and twenty": amounts
    return DigitRun(start, end, digits, count, spoken), j


@cache
def _number_parts() -> frozenset[str]:
    return frozenset({*UNITS, *TEENS, *TENS, "hundre", "tusen", "og", "million", "millioner"})


@cache
def number_words_together(low: str) -> bool:
    """Whether ``low`` is number words written as one ("nittenåttifire", "tohundreogti",
    "totusenogtolv"): a year or an amount, never a name or a place."""
    parts = _number_parts()
    if low in parts:
        return True
    # Session 31: the English "o"/"oh" is said alone, never written into a compound, and a
    # compound of two-letter parts only is a name ("Otieno" = o+ti+en+o, "Tito" = ti+to):
    # every compound number has a part of three letters or more ("femti", "tohundreogti").
    joinable = parts - {"o", "oh"}
    ends = {0: False}  # end of a piece → whether a part of 3+ letters came before
    for i in range(1, len(low) + 1):
        for j, long_seen in list(ends.items()):
            if j < i and low[j:i] in joinable:
                ends[i] = ends.get(i, False) or long_seen or i - j >= 3
    return ends.get(len(low), False)
