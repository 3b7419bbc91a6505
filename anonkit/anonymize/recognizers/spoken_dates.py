"""Full dates said as words → DATE (issue 10, item 5).

Why: ``dates`` reads written dates (``14. mars 1987``, ``12th of March 1984``); a transcript
of speech says ``fjortende mars nittenåttisju``, ``twelfth of March, nineteen eighty-five``,
``tredje november to tusen og nitten``, ``the first of May, eighty-eight``. Such a date of
birth or admission identifies as much as the written one. This recognizer takes an ordinal
(a word, or digits), an optional ``of``, a month name and a year said as number words (or
digits); the span runs from the day to the end of the year, with an English ``the`` (the
blind sets mark it) but without ``den``. A Norwegian year may be one word with its ``og``
(``totusenogseks``).

A year must be at least two number-word parts (``syttini``, ``eighty-eight``, ``nineteen
ninety``, ``to tusen og nitten``): a lone ``en``/``to`` after a month is a word of the
sentence, not a year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import DATE
from anonkit.anonymize.numberwords import TEENS, TENS, UNITS, word_value
from anonkit.anonymize.recognizers._base import AnonkitRecognizer
from anonkit.anonymize.recognizers._fillers import with_fillers_skipped
from anonkit.anonymize.recognizers._gates import may_match, words_gate
from anonkit.anonymize.recognizers.dates import MONTHS, with_article

_NB_ORD_UNITS = {
    "første": 1, "andre": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "sjuende": 7,
    "syvende": 7, "åttende": 8, "niende": 9,
    # session 39: Nynorsk ("fyrste", "sjuande", "åttande", "niande")
    "fyrste": 1, "sjuande": 7, "åttande": 8, "niande": 9,
}  # fmt: skip
_NB_ORD_TEENS = (
    "tiende ellevte tolvte trettende fjortende femtende sekstende syttende attende nittende "
    "tiande trettande fjortande femtande sekstande syttande attande nittande"
)
_EN_ORD_UNITS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9,
}  # fmt: skip
_EN_ORD_TEENS = (
    "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
    "eighteenth nineteenth"
)


def _ordinals() -> list[str]:
    words = [*_NB_ORD_UNITS, *_NB_ORD_TEENS.split(), *_EN_ORD_UNITS, *_EN_ORD_TEENS.split()]
    words += ["tjuende", "tyvende", "trettiende", "tredevte", "tjuande", "trettiande"]
    for tens in ("tjue", "tyve", "tretti", "tredve"):
        words.extend(tens + unit for unit in _NB_ORD_UNITS)  # tjueførste
        words.extend(f"{tens} {unit}" for unit in _NB_ORD_UNITS)
    words += ["twentieth", "thirtieth"]
    for tens in ("twenty", "thirty"):
        for unit in _EN_ORD_UNITS:
            words += [f"{tens}-{unit}", f"{tens} {unit}"]
    return sorted(words, key=len, reverse=True)


_ORDINAL = "|".join(re.escape(w) for w in _ordinals())
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_MORPHEMES = sorted(
    [*UNITS, *TEENS, *TENS, "én", "hundre", "hundred", "tusen", "thousand"], key=len, reverse=True
)
_MORPH = "(?:" + "|".join(_MORPHEMES) + ")"
# Norwegian writes a year as one word with its "og": "totusenogseks", "totusenogén".
_NUMWORD = rf"{_MORPH}+(?:(?:-|og){_MORPH}+)*"
_YEAR = rf"(?:(?:1[89]|20)\d\d|'?\d\d|{_NUMWORD}(?: (?:og |and )?{_NUMWORD}){{0,4}})"
# A hedge between day and month ("the fifteenth, I think, of August, ninety-six"; ids20).
_HEDGE = r"(?:,? (?:i think|i believe|i reckon|jeg tror|tror jeg|tror æ|trur eg),?)?"
SPOKEN_DATE_RE = re.compile(
    rf"(?<!\w)(?P<day>{_ORDINAL}|[12]\d(?:st|nd|rd|th|\.)|3[01](?:st|th|\.)|0?[1-9](?:st|nd|rd|th|\.))"
    rf"{_HEDGE},? (?:of )?(?P<month>{_MONTH}),? (?P<year>{_YEAR})(?!\w)",
    re.IGNORECASE,
)
# Norwegian says a date with the month as an ordinal too: "tredje i sjette åttifem" (the
# third of the sixth, 1985); English rarely, "the third of the sixth, eighty-five" (recall2).
_MONTH_ORDINALS = {
    "første": 1, "andre": 2, "tredje": 3, "fjerde": 4, "femte": 5, "sjette": 6, "sjuende": 7,
    "syvende": 7, "åttende": 8, "niende": 9, "tiende": 10, "ellevte": 11, "tolvte": 12,
    "fyrste": 1, "sjuande": 7, "åttande": 8, "niande": 9, "tiande": 10,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
}  # fmt: skip
_MONTH_ORD = "|".join(sorted(_MONTH_ORDINALS, key=len, reverse=True))
# ids20: written English ordinals too ("the 3rd of the 4th, 2019")
ORDINAL_MONTH_RE = re.compile(
    rf"(?<!\w)(?P<day>{_ORDINAL}|[12]\d\.|3[01]\.|0?[1-9]\.|[12]\d(?:st|nd|rd|th)|"
    rf"3[01](?:st|th)|0?[1-9](?:st|nd|rd|th))"
    rf"(?P<comma>,)? (?:(?:i|of the) )?(?P<month>{_MONTH_ORD}|1[0-2]\.|0?[1-9]\.|"
    rf"1[0-2](?:th)|0?[1-9](?:st|nd|rd|th)),? "
    rf"(?P<year>{_YEAR})(?!\w)",
    re.IGNORECASE,
)
# The year first (spoken2): "nineteen ninety-one, the sixth of May".
YEAR_FIRST_RE = re.compile(
    rf"(?<!\w)(?P<year>(?:1[89]|20)\d\d|{_NUMWORD}(?: (?:og |and )?{_NUMWORD}){{0,4}}),? "
    rf"(?:the )?(?P<day>{_ORDINAL}),? (?:of )?(?P<month>{_MONTH})(?!\w)",
    re.IGNORECASE,
)
# Month first, as English also says it: "March the twelfth, nineteen eighty-five".
MONTH_FIRST_RE = re.compile(
    rf"(?<!\w)(?P<month>{_MONTH}) (?:the )?(?P<day>{_ORDINAL}|[12]\d(?:st|nd|rd|th)"
    rf"|3[01](?:st|th)|0?[1-9](?:st|nd|rd|th)),? (?P<year>{_YEAR})(?!\w)",
    re.IGNORECASE,
)
# A day and month said without a year count after a birth word, as written ones do in
# :mod:`.dates` ("my mum's birthday is on the fifth of November", "bursdagen er femte mai").
BIRTH_WORD_RE = re.compile(
    r"(?<!\w)(?:født|fødd|fødselsdag\w*|fødselsdato\w*|bursdag\w*|born|birthday|"
    r"date of birth|dob)(?!\w)",
    re.IGNORECASE,
)
DAY_MONTH_RE = re.compile(
    rf"(?<!\w)(?P<day>{_ORDINAL}),? (?:of )?(?P<month>{_MONTH})(?!\w)", re.IGNORECASE
)
# The same without a year (blind6 session), taken only after a birth word: "født fjortende i
# tiende", "born the third of the sixth".
DAY_ORDINAL_MONTH_RE = re.compile(
    rf"(?<!\w)(?P<day>{_ORDINAL})(?: (?:i|of the)|,)? (?P<month>{_MONTH_ORD})(?!\w)",
    re.IGNORECASE,
)
# Day, month and year said as plain numbers after a birth word (ids20): "born twelve, three,
# eighty-eight", "født tolv tre åttiåtte", "date of birth twenty-one, six, nineteen ninety".
_NUMBER_TOKEN = rf"{_MORPH}+(?:-{_MORPH})?"
CARDINAL_DATE_RE = re.compile(
    rf"(?<!\w)(?P<day>{_NUMBER_TOKEN}(?: {_MORPH})?)(?:,? | ?/ ?)(?P<month>{_NUMBER_TOKEN})"
    rf"(?:,? | ?/ ?)(?P<year>(?:1[89]|20)\d\d|{_NUMWORD}(?: (?:og |and )?{_NUMWORD}){{0,3}})(?!\w)",
    re.IGNORECASE,
)
# A month said with its leading zero ("twelve oh six ninety-four", "tolv null seks
# nittifire"; session 21): a date of birth as the digits of 12.06.94, without a birth word
# (the zero marks a month); not when more number words follow (a phone number).
_ZERO = r"(?:oh|o|zero|null|nul)"
ZERO_MONTH_DATE_RE = re.compile(
    rf"(?<!\w)(?P<day>(?:{_ZERO} )?{_NUMBER_TOKEN}(?: {_MORPH})?)[,.]? {_ZERO} "
    rf"(?P<month>{_MORPH})[,.]? (?P<year>{_NUMWORD}(?: {_NUMWORD})?)(?!\w)"
    rf"(?![ ,-]*(?:{_ZERO}|{_MORPH})(?!\w))",
    re.IGNORECASE,
)
_ZERO_WORD = re.compile(rf"(?<!\w){_ZERO}(?!\w)", re.IGNORECASE)
# The day said as a cardinal, as ASR often writes a mumbled ordinal ("on the twelve of
# March, nineteen eighty-five", "født tolv mars nittenåttifem"; ids20): with a whole year.
CARDINAL_DAY_RE = re.compile(
    rf"(?<!\w)(?:the )?(?P<day>{_NUMBER_TOKEN}(?: {_MORPH})?)(?: of)? (?P<month>{_MONTH}),? "
    rf"(?P<year>{_NUMWORD}(?: (?:og |and )?{_NUMWORD}){{0,4}})(?!\w)",
    re.IGNORECASE,
)
# A day corrected or given as a choice before a date ("the ninth, no, the tenth of October",
# "andre, nei, tredje januar", "the fourth or fifth of May"): the first day identifies too.
_CORRECTION = (
    r"no|sorry|i mean|or|or was it|no wait|nei|unnskyld|jeg mener|æ mener|eller|"
    r"eller var det|eller var det den|nei vent"
)
CORRECTED_DAY_RE = re.compile(
    rf"(?<!\w)(?:the )?(?:{_ORDINAL}),? (?:{_CORRECTION})[,.]? (?:the )?$", re.IGNORECASE
)
# The weekday said before a date ("Friday the thirteenth of March, twenty fifteen", "fredag
# trettende mars"): the writer may mark it with the date, and it narrows the date no less.
WEEKDAY_BEFORE_RE = re.compile(
    r"(?<!\w)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mandag|tirsdag|"
    r"onsdag|torsdag|fredag|lørdag|søndag)(?:,? (?:the|den))?,? $",
    re.IGNORECASE,
)
# A holiday for a day (blind8: "born on Boxing Day nineteen seventy-nine"): with a year
# anywhere, without one only right after "born on" ("født på julaften").
_HOLIDAY = (
    r"boxing day|christmas (?:day|eve)|new year'?s (?:day|eve)|hogmanay|halloween|"
    r"valentine'?s day|st\.? patrick'?s day|bonfire night|burns night|easter (?:sunday|monday)|"
    r"julaften|julekvelden?|(?:første|andre) juledag|nyttårsaften|nyttårsdagen|syttende mai|"
    r"sankthansaften|st\.? ?hansaften|(?:første|andre) påskedag|skjærtorsdag|langfredag"
)
_BORN_ON = re.compile(r"(?:born|født|fødd) (?:on|på) (?:the )?$", re.IGNORECASE)
HOLIDAY_RE = re.compile(
    rf"(?<!\w)(?P<day>{_HOLIDAY})(?:,? (?:in )?(?P<year>{_YEAR}))?(?!\w)", re.IGNORECASE
)
# Gate (speed21, ``_gates``): ORDINAL_MONTH_RE's month is an ordinal word or holds a digit.
_ORDINAL_MONTH_GATE = words_gate(_MONTH_ORDINALS, exact=r"\d")
_MORPH_RE = re.compile(_MORPH, re.IGNORECASE)
_MONTH_ANY = re.compile(rf"(?<!\w)(?:{_MONTH})(?!\w)", re.IGNORECASE)

SCORE = 0.85


def _year_parts(year: str) -> int:
    """How many number parts a spoken year has (digits count as a whole year)."""
    if year.lstrip("'").isdigit():
        return 2
    return len(_MORPH_RE.findall(year))


def _spoken_value(said: str) -> int | None:
    """The number a day or month says: "twelve" → 12, "twenty one"/"tjueen" → 21."""
    head, _, tail = said.lower().partition(" ")
    value = word_value(head)
    if value is not None and tail:
        unit = word_value(tail)
        return value + unit if head in TENS and unit is not None and 0 < unit < 10 else None
    return value


def _decade_after_birth_word(text: str, m: re.Match[str]) -> bool:
    """A year said as one tens word ("fjortende i tiende nitti", "… ninety") counts right
    after a birth word: elsewhere "nitti" after a date is as likely an amount."""
    window = text[max(0, m.start() - 40) : m.start()]
    return m.group("year").lower() in TENS and BIRTH_WORD_RE.search(window) is not None


def _after_birth_word(text: str, start: int) -> bool:
    return BIRTH_WORD_RE.search(text[max(0, start - 40) : start]) is not None


def _holidays(text: str) -> Iterator[tuple[int, int, str, float]]:
    """A holiday with a year, or after a birth word (``HOLIDAY_RE``)."""
    if not may_match(HOLIDAY_RE, text):
        return
    for m in HOLIDAY_RE.finditer(text):
        year = m.group("year")
        if year is not None and _year_parts(year) >= 2:
            yield m.start(), m.end("year"), DATE, SCORE
        elif _BORN_ON.search(text, max(0, m.start() - 16), m.start()):
            yield m.start(), m.end("day"), DATE, SCORE


def _is_year_first(year: str) -> bool:
    """A year before the day: four digits, two words ("nineteen ninety-one", "twenty twenty")
    or one Norwegian word of three parts ("nittennittien"); never an age ("twenty-one")."""
    if year.isdigit():
        return True
    return _year_parts(year) >= 2 and (" " in year.strip() or _year_parts(year) >= 3)


class SpokenDateRecognizer(AnonkitRecognizer):
    """Ordinal + month + year said as words (module docstring)."""

    ENTITIES = (DATE,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        # spoken2: also read the text with hesitation fillers cut out (_fillers).
        for start, end, kind, score in with_fillers_skipped(text, self.lang, self._find):
            corrected = CORRECTED_DAY_RE.search(text, max(0, start - 40), start)
            start = corrected.start() if corrected else start
            weekday = WEEKDAY_BEFORE_RE.search(text, max(0, start - 16), start)
            yield (weekday.start() if weekday else start), end, kind, score

    def _cardinal_dates(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        """``CARDINAL_DATE_RE`` after a birth word, when the numbers make a real date."""
        for m in CARDINAL_DATE_RE.finditer(text):
            if not _after_birth_word(text, m.start()):
                continue
            day = _spoken_value(m.group("day"))
            month = _spoken_value(m.group("month"))
            year = m.group("year")
            whole_year = year.isdigit() or _year_parts(year) >= 2
            short_year = (value := _spoken_value(year)) is not None and 10 <= value <= 99
            if day and month and 1 <= day <= 31 and 1 <= month <= 12 and (whole_year or short_year):
                yield m.start(), m.end(), DATE, SCORE

    def _zero_month_dates(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        """``ZERO_MONTH_DATE_RE`` when day, month and a two-part year make a real date."""
        if _ZERO_WORD.search(text) is None:
            return  # cheap: no zero said, no zero-month date
        for m in ZERO_MONTH_DATE_RE.finditer(text):
            day_words = m.group("day").split()
            if day_words[0].lower() in ("oh", "o", "zero", "null", "nul"):
                day_words = day_words[1:]
            day = _spoken_value(" ".join(day_words))
            month = _spoken_value(m.group("month"))
            year = _spoken_value(m.group("year").replace("-", " "))
            if (
                day is not None
                and month is not None
                and 1 <= day <= 31
                and 1 <= month <= 9
                and _year_parts(m.group("year")) >= 2
                and (year is None or year >= 10)
            ):
                yield m.start(), m.end(), DATE, SCORE

    def _find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        yield from self._zero_month_dates(text)
        with_year: set[int] = set()
        ordinal_month = _ORDINAL_MONTH_GATE.passes(text)
        for m in ORDINAL_MONTH_RE.finditer(text) if ordinal_month else ():
            if m.group("comma") and not _after_birth_word(text, m.start()):
                continue  # "the second, third, …": a list, unless a birth word names a date
            if _year_parts(m.group("year")) >= 2 or _decade_after_birth_word(text, m):
                with_year.add(m.start())
                yield with_article(text, m.start("day")), m.end("year"), DATE, SCORE
        if BIRTH_WORD_RE.search(text):
            yield from self._cardinal_dates(text)
            # "født fjortende i tiende" (no year): a day and a month after a birth word.
            for m in DAY_ORDINAL_MONTH_RE.finditer(text):
                window = text[max(0, m.start() - 40) : m.start()]
                if m.start() not in with_year and BIRTH_WORD_RE.search(window):
                    yield with_article(text, m.start("day")), m.end(), DATE, SCORE
        yield from _holidays(text)
        # fast pre-scans: no month, no date (the gate, ``_gates``: speed22)
        if not may_match(_MONTH_ANY, text) or not _MONTH_ANY.search(text):
            return
        taken: list[tuple[int, int]] = []
        for m in YEAR_FIRST_RE.finditer(text):
            if _is_year_first(m.group("year")):
                yield m.start(), m.end(), DATE, SCORE
        for m in MONTH_FIRST_RE.finditer(text):
            if _year_parts(m.group("year")) >= 2 and not m.group("day")[0].isdigit():
                taken.append(m.span())
                yield m.start(), m.end("year"), DATE, SCORE
        for m in DAY_MONTH_RE.finditer(text):
            window = text[max(0, m.start() - 40) : m.start()]
            if BIRTH_WORD_RE.search(window) and not any(
                s < m.end() and m.start() < e for s, e in taken
            ):
                # a year right after is the full-date rule's (below); this span is its prefix
                full = SPOKEN_DATE_RE.match(text, m.start())
                if full is None or _year_parts(full.group("year")) < 2:
                    yield with_article(text, m.start("day")), m.end(), DATE, SCORE
        for m in CARDINAL_DAY_RE.finditer(text):
            day = _spoken_value(m.group("day"))
            if day is not None and 1 <= day <= 31 and _year_parts(m.group("year")) >= 2:
                yield m.start(), m.end("year"), DATE, SCORE
        for m in SPOKEN_DATE_RE.finditer(text):
            year = m.group("year")
            # A year said as words may run on into the sentence ("… nitten, og så"): keep
            # only the number words, and drop a trailing joiner.
            # session 28: a decade alone after a birth word ("born on the seventeenth of
            # august ninety"), as for the ordinal months above
            if _year_parts(year) < 2 and not _decade_after_birth_word(text, m):
                continue
            if m.group("day")[0].isdigit() and year.isdigit() and len(year) == 4:
                continue  # "12. mars 1984": the written-date recognizer's
            yield with_article(text, m.start("day")), m.end("year"), DATE, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [SpokenDateRecognizer(lang)]
