"""Numbers that a cue word names as an identifier, and Irish ID shapes → NATIONAL_ID / PHONE
/ ADDRESS (issue 10, item 5; blind6 session).

Why: the shape rules (:mod:`.spoken_numbers`, :mod:`.national_id`, :mod:`.phone`) need a
number of a known length; people also give numbers no shape knows — a hospital number, a case
number, a sort code, an account number, a membership number — and give parts of numbers ("the
last four are two eight seven one", "de fire siste er …"). What names them is the word before:
after such a cue, the characters said next (digits, digit words, spelled letters; read by
:mod:`anonkit.anonymize.spoken_chars`) are the identifier when they hold at least three
digits. A partial number is a PHONE when a phone word comes shortly before it.

Two Irish shapes are identifiers anywhere, said or written: a PPS number (seven digits and one
or two letters, ``one two three four five six seven, T, A``; written lower-case only with its
letters glued on, ``1234567ta``) and an Eircode (``A six five, F
four E two``: a routing key and four characters), as ADDRESS.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ADDRESS, NATIONAL_ID, PHONE
from anonkit.anonymize.numberwords import says_a_number, word_value
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line
from anonkit.anonymize.recognizers._fillers import with_fillers_skipped
from anonkit.anonymize.spoken_chars import said_runs, shaped_spans
from anonkit.anonymize.wordlists import common_words, id_scheme_names

_NUMBER_NOUNS = (
    r"(?:hospital|patient|case|reference|ref|nhs|chi|pps|ppsn|ni|national insurance|"
    r"insurance|account|bank account|membership|member|customer|client|student|staff|"
    r"employee|payroll|policy|claim|tenancy|housing|medical record|record|file|badge|"
    r"social security|ssn|tax|id card|identity card|id|identity|d|passport|licence|license|"
    r"driving licence|"
    r"prescription|registration|booking|order)"
)
# Foreign identity-number schemes by name (session 32; not_entities.tsv lists them too).
_SCHEMES = (
    "pesel|cnp|cpf|nif|nie|dni|rnokpp|rntrc|cnic|nicop|snils|bsn|cpr|oib|jmbg|egn|curp|"
    "kimlik|aadhaar|isikukood|henkilötunnus|asmens kodas|personas kods|codice fiscale"
)
# Session 50 (blind40 as development material: "Firmaet hadde OGRN en null to to ni …"): a
# scheme's short name as written (python-stdnum's, ``wordlists.id_scheme_names``) right before
# the number, with no "number" or copula between; the longest first, so "OGRNIP" is one.
_SCHEME_NAMES = "|".join(re.escape(n) for n in sorted(id_scheme_names(), key=len, reverse=True))
_SCHEME_SAID = re.compile(rf"(?<![\w-])(?:{_SCHEME_NAMES})(?=[,:]? )")
CUE_RE = re.compile(
    r"(?<![\w-])(?:"
    rf"{_NUMBER_NOUNS}(?: (?:number|no\.?|nummer|code))|sort code|(?P<eircode>eircode)|account|"
    r"(?:pasient|journal|saks|referanse|konto|kunde|medlems|student|ansatt|d|fødsels|person|"
    r"bank|pass|førerkort|resept|bolig|forsikrings|polise|bestillings|ordre|id|skatte|"
    r"identitets|trygde)-?(?:nummer|nr\.?)"
    r"(?:et|a)?|"
    r"(?:the )?last (?:three|four|five|six|3|4|5|6)(?: digits| numbers)?|"
    r"(?:ends?|ended|ending) (?:in|with|on)|ended|"
    r"(?:de |dei )?(?:(?:tre|fire|fem|seks|3|4|5|6) siste|siste (?:tre|fire|fem|seks|3|4|5|6))"
    r"(?: sifrene| tallene)?|"
    r"slutt(?:er|a|et) på|"
    # an ID noun that needs no "number" after it ("my pps is …"; blind6 session)
    r"ppsn?|nhs|chi|fnr|ssn|personnummer(?:et)?|fødselsnummer(?:et)?|d-nummer(?:et)?|"
    # session 32: foreign schemes by name ("my NIF is …", "PESEL-nummeret mitt er …"); the
    # Russian INN only with "nummer"/"number" after it ("the inn is 300 years old")
    rf"(?:{_SCHEMES})(?:-?(?:nummer|nr\.?)(?:et)?|-en| number| no\.?)?|"
    r"inn(?:-?nummer(?:et)?| number)|"
    # session 43 (blind33): any scheme by its acronym ("RUC-nummeret var …", "my TFN number
    # is …"), and in lower case with the hyphen ("ruc-nummeret"); not a phone's acronym
    r"(?-i:(?!GP|SMS|TLF)[A-ZÆØÅ]{2,5})(?:-?(?:nummer|nr\.?)(?:et)?| number| no\.?)|"
    # session 48 (blind38 as development material: "the PEID, is one eight six two four oh
    # seven", "the COE, is 27513"): the acronym alone, then a copula; ``_ACRONYM_DIGITS``
    # digits at least must follow ("the BBC is 100 years old" names nothing)
    r"(?-i:(?!GP|SMS|TLF)(?P<acronym>[A-ZÆØÅ]{2,5}))(?=,? (?:is|was|er|var|e|va) )|"
    # session 49 (blind38 lower-cased: "the peid, is one eight six two four oh seven"): on a
    # line ASR wrote in lower case, a short word no word list has, set off by a comma before
    # the copula (checked in code: ``_lower_acronym``)
    r"(?-i:(?P<lacronym>[A-ZÆØÅa-zæøå][a-zæøå]{1,4}))(?=, (?:is|was|er|var) )|"
    r"(?!(?:tlf|tel|mob|fax|sms)-)[a-zæøå]{2,5}-(?:nummer|nr\.?)(?:et)?|"
    # session 44 (blind34 as development material: the Faroese "V-talet 518 342"): one
    # capital and "-tal", Nynorsk and Faroese for a registration number
    r"(?-i:[A-ZÆØÅ])-(?:tal|talet|tallet)|"
    rf"(?-i:(?P<scheme>{_SCHEME_NAMES}))(?=[,:]? )|"
    # orgids: a reference alone ("the housing reference was h d four four …"; at least
    # three digits must follow, so "the reference was glowing" names nothing)
    r"reference|ref|referanse(?:n)?"
    r")"
    # what the digits are of, said between ("de fire siste på mobilnummeret hans er …")
    r"(?: (?:på|av|of|on|in|i|from|fra) (?:the |my |his |her |mitt |min )?\w+(?: \w+)?)?"
    r"(?:['’]s)?"  # ids20: "my hospital number's …"
    r"(?:,? (?:of )?(?:it|mine|min|mitt|hans|hennes|his|her|is|was|are|were|'s|er|var|e|va|"
    r"like|liksom|altså|then|så|da))*[:,]? ",
    re.IGNORECASE,
)
# Every cue holds one of these (a cheap test before the cue pattern runs).
_CUE_STEMS = (
    "numb", "nummer", "nr", "code", "last", "siste", "-tal", "ends", "end in", "end with", "ended",
    "ending", "slutt",
    "account", "ref", "pps", "nhs", "chi", "fnr", "ssn",
    *_SCHEMES.replace(" ", "|").split("|"),
)  # fmt: skip
_COUNTED = re.compile(r"last|siste", re.IGNORECASE)
_PARTIAL_RE = re.compile(r"last|ends?|siste|slutt", re.IGNORECASE)
_PHONE_WORDS = re.compile(
    r"(?<!\w)(?:phone|mobile|number|telefon\w*|mobil\w*|nummer\w*|ring\w*|call\w*)(?!\w)",
    re.IGNORECASE,
)
MIN_DIGITS = 3
# An identifier named by an acronym alone is as long as a short id scheme's (a Liechtenstein
# PEID has seven digits, a San Marino COE five), longer than an age or a year.
_ACRONYM_DIGITS = 5
# A cue made of an acronym and a copula (``CUE_RE``'s ``acronym``): a cheap test of the line.
_ACRONYM_IS = re.compile(
    r"(?<![\w-])(?:[A-ZÆØÅ]{2,5},? (?:is|was|er|var|e|va)"
    r"|[A-ZÆØÅa-zæøå][a-zæøå]{1,4}, (?:is|was|er|var)) "
)
# The letter that opens a Spanish NIE ("X-3614199-W"), right before seven digits.
_NIE_LEAD = re.compile(r"(?<![\w-])[XYZxyz]-$")
# ... also with a word that spells the letter ("…, I for India"; session 21)
_PPS_LETTERS = re.compile(
    r"(?:,? [a-wA-W](?: (?:for|as in|som i) [A-Za-z]+)?(?![\w'’-])){1,2}(?=\s*(?:[,.;!?]|$))"
)
_NI_NO_SUFFIX = re.compile(r"[A-Z]{2}\d{6}", re.IGNORECASE)
_LETTER_WORD = re.compile(r" (?:for|as in|som i) [A-Za-z]+(?=\s*(?:[,.;!?]|$))")
_YEAR = re.compile(r"(?:19|20)\d\d")
SCORE = 0.85
# Irish shapes on said or written characters.
PPS_SHAPE = re.compile(r"\d{7}[A-W][A-IW]?")
EIRCODE_SHAPE = re.compile(r"(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[0-9AC-FHKNPRTV-Y]{4}")
PPS_WRITTEN_RE = re.compile(
    # lcen23: on a lower-case line the letters come lower-case, glued to the digits
    # ("6612093tw"); an ordinal suffix ("1234567th") is no check letter
    r"(?<![\w-])\d{7}(?: ?[A-W][A-IW]?|(?!(?:st|nd|rd|th)(?![\w-]))[a-w][a-iw]?)(?![\w-])"
)
EIRCODE_WRITTEN_RE = re.compile(
    r"(?<![\w-])(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?[0-9AC-FHKNPRTV-Y]{4}(?![\w-])"
)
EIRCODE_ANY_CASE_RE = re.compile(EIRCODE_WRITTEN_RE.pattern, re.IGNORECASE)


_PRONOUN_I = re.compile(r"I(?:['’]\w+)? [a-z]")
_ONE_CHAR = re.compile(r"[A-Za-z0-9](?![\w'’])")
# orgids: a separator said as a word inside a reference ("h d four four seven two dash b").
# Session 27: the check digit said in brackets ("K six two eight four one three, bracket two":
# a Hong Kong identity card).
_SAID_SEPARATOR = re.compile(
    r"[ ,]*(?:dash|hyphen|slash|stroke|strek|bindestrek|skråstrek|(?:in |open )?brackets?|"
    r"parenthes[ie]s|parentes)[ ,]*",
    re.IGNORECASE,
)


def _said_after(text: str, start: int) -> tuple[int, int, str] | None:
    """The characters said right at ``start`` (one written digit group, or a stretch), and
    what follows a said separator ("… seven two dash b")."""
    said = _said_at(text, start)
    while said is not None:
        sep = _SAID_SEPARATOR.match(text, said[1])
        if sep is None:
            break
        more = _said_at(text, sep.end())
        if more is None:
            more = _one_said_char(text, sep.end())
            if more is None:
                break
        said = (said[0], more[1], said[2] + more[2])
    return said


_ONE_DIGIT_WORD = re.compile(r"[^\W\d_]+(?![\w'’-])")


def _one_said_char(text: str, start: int) -> tuple[int, int, str] | None:
    """One character said alone after a separator: a letter or digit, or a digit word
    ("… bracket two")."""
    one = _ONE_CHAR.match(text, start)
    if one is not None:
        return one.start(), one.end(), one.group(0).upper()
    word = _ONE_DIGIT_WORD.match(text, start)
    value = word_value(word.group(0).lower()) if word is not None else None
    if word is None or value is None or not 0 <= value <= 9:
        return None
    return word.start(), word.end(), str(value)


def _said_at(text: str, start: int) -> tuple[int, int, str] | None:
    """The characters said right at ``start`` (one written digit group, or a stretch)."""
    window = text[start : start + 90]
    written = re.match(r"\d[\d ./-]*\d|\d+", window)
    for run in said_runs(window, prescan=False):
        if run[0].start != 0:
            break
        pieces = list(run)
        # "… eight one nine a, i know it": a lower-case letter-word after a comma opens the
        # next clause ("i", "a"), it is not spelled.
        while (
            len(pieces) > 1
            and pieces[-1].letter
            and not pieces[-1].clear
            and (
                window[pieces[-1].start : pieces[-1].end].islower()
                # "… oh one, I think": the pronoun, not a spelled I
                or _PRONOUN_I.match(window, pieces[-1].start) is not None
            )
            and "," in window[pieces[-2].end : pieces[-1].start]
        ):
            pieces.pop()
        chars = "".join(p.chars for p in pieces)
        return start, start + pieces[-1].end, chars
    if written is not None:
        return start, start + written.end(), re.sub(r"\D", "", written.group(0))
    return None


class CuedNumberRecognizer(AnonkitRecognizer):
    """Identifiers named by the word before them, and Irish ID shapes (module docstring)."""

    ENTITIES = (NATIONAL_ID, PHONE, ADDRESS)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if not says_a_number(text):
            return iter(())
        # orgids: self-corrections too ("M, eh, zero zero four, four seven, no, four one …"),
        # where a cue can stand ("no" is frequent: reading a text twice costs time)
        low = text.lower()
        corrections = any(word in low for word in _CUE_STEMS)
        return with_fillers_skipped(text, self.lang, self._find, corrections=corrections)

    def _find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        low = text.lower()
        if (
            any(word in low for word in _CUE_STEMS)
            or _ACRONYM_IS.search(text)
            or _SCHEME_SAID.search(text)
        ):
            yield from self._cued(text)
        for start, end, _chars in shaped_spans(text, PPS_SHAPE):
            if _NIE_LEAD.search(text, max(0, start - 3), start):
                continue  # session 32: "X-3614199-W" is a Spanish NIE (alphanumeric_ids)
            yield start, end, NATIONAL_ID, SCORE
        # Session 29 (benchmarks/spoken_ids_stress.py): with "eircode" in the line, letters
        # said in lower case count ("the eircode is d oh four h five x f"), and a written one
        # may come lower-case too ("v94 f5p7"), also some words after the cue; without the cue a
        # lower-case one needs two digits after its routing key.
        eircode_said = "eircode" in low
        for start, end, _chars in shaped_spans(
            text, EIRCODE_SHAPE, min_clear=0 if eircode_said else 1, half_clear=False
        ):
            yield start, end, ADDRESS, SCORE
        for m in PPS_WRITTEN_RE.finditer(text):
            yield m.start(), m.end(), NATIONAL_ID, SCORE
        for m in EIRCODE_ANY_CASE_RE.finditer(text):
            # "D02 ABCD" is no word; written lower case, two digits after the routing key
            # leave no word either ("v94 f5p7")
            unique = m.group(0)[3:].strip()
            digits = sum(ch.isdigit() for ch in unique)
            # session 42 (spoken_ids_stress.py, "written lower"): a unique part that mixes
            # letters and a digit is no word either ("f92 ypc8", "d6w wpk7")
            mixed = digits >= 1 and any(ch.isalpha() for ch in unique)
            if digits >= (1 if eircode_said or m.group(0)[0].isupper() else 2) or mixed:
                yield m.start(), m.end(), ADDRESS, SCORE

    def _lower_acronym(self, text: str, cue: re.Match[str]) -> bool:
        """A cue word that is no word of the language, on a line written in lower case (the
        truecaser may have given it a capital: "the Peid, is …")."""
        word = cue.group("lacronym").lower()
        return lower_case_line(text, cue.start()) and word not in common_words(self.lang)

    def _cued(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        for cue in CUE_RE.finditer(text):
            said = _said_after(text, cue.end())
            if said is None:
                continue
            start, end, chars = said
            digits = sum(ch.isdigit() for ch in chars)
            acronym = cue.group("acronym") or cue.group("lacronym") or cue.group("scheme")
            if digits < (_ACRONYM_DIGITS if acronym else MIN_DIGITS):
                continue
            if cue.group("lacronym") and not self._lower_acronym(text, cue):
                continue  # "the bus, is …": an everyday word
            if chars == "111" and cue.group(0).lower().startswith("nhs"):
                continue  # session 48: "i rang nhs one one one": the NHS's 111 line
            if _YEAR.fullmatch(chars) and not _COUNTED.search(cue.group(0)):
                continue  # "the lease ends in 2027": a year names no one ("the last four")
            if (len(chars) == 7 and chars.isdigit()) or _NI_NO_SUFFIX.fullmatch(chars):
                # (session 21: a National Insurance number's last letter said after a comma)
                # a PPS number's letters, said lower-case after a comma ("…, t, a"; ids20)
                letters = _PPS_LETTERS.match(text, end)
                if letters is not None:
                    end = letters.end()
            elif chars[-1:].isalpha() and (spelled := _LETTER_WORD.match(text, end)):
                end = spelled.end()  # "…, K for Kilo": the word that spells the letter
            partial = _PARTIAL_RE.search(cue.group(0))
            before = text[max(0, cue.start() - 60) : cue.end()]
            if cue.group("eircode"):
                yield start, end, ADDRESS, SCORE
            elif partial and _PHONE_WORDS.search(before):
                yield start, end, PHONE, SCORE
            else:
                yield start, end, NATIONAL_ID, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [CuedNumberRecognizer(lang)]
