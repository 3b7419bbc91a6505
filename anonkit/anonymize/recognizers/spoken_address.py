"""Street addresses whose house number is said as a word → ADDRESS (issue 10, item 5; detect3).

Why: :mod:`.address` needs digits (``Storgata 14``, ``12 Baker Street``), but a transcript
writes what was said: ``Kongens gate seks``, ``Solbakken tjueto``, ``forty-two Elm Road``.
This recognizer accepts the same street shapes with a number word (1-99, :mod:`numberwords`)
in the house-number slot: after the street in Norwegian, before it in English. The Norwegian
words that are also everyday words (``en``, ``ei``, ``ett``, ``to``, ``ni``, ``ti``) count only
at the end of a clause (``bodde i Storgata to.``), so ``Storgata to ganger`` stays a street
walked twice.

spoken2: "flat three," and "number" before an English house number, a house letter after a
Norwegian one ("tolv be"), a Norwegian postcode said after "postnummer" or right after a
spoken street (also a UK one: "Station Road, Leeds, L S six, four J T"), fillers inside
(:mod:`._fillers`), and lower-case streets after an address cue ("we lived at forty-two mill
lane", "vi bodde i storgata førtito").

A UK postcode said aloud (recall2): after the word "postcode", letters said one by one and
digits said as words (``L S six, four J T``, ``M one four, B T``) are read back to a
postcode and kept when they have its shape (``LS6 4JT``); the span ends at the last token
that belongs to it.
Session 27: without the word "postcode" too, when the whole postcode is said and opens with
one of the UK's postcode areas (``it's k y one, two s r``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ADDRESS
from anonkit.anonymize.numberwords import TEENS, TENS, UNITS, digit_runs, says_a_number, word_value
from anonkit.anonymize.places import places
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers._fillers import with_fillers_skipped
from anonkit.anonymize.recognizers.address import (
    CELTIC_STREET_TYPES,
    EN_NAME_WORD,
    EN_STREET_TYPES,
    NB_SEPARATE,
    NB_SUFFIXES,
    lower_post_place,
    town_after,
    unit_after,
)
from anonkit.anonymize.spoken_chars import said_runs, shaped_spans
from anonkit.anonymize.wordlists import common_words

SCORE = 0.75
_AMBIGUOUS_NB = frozenset({"en", "ei", "ett", "to", "ni", "ti", "o", "oh"})
_WORDS = sorted([*UNITS, *TEENS, *TENS], key=len, reverse=True)
_NUM = (
    r"(?:" + "|".join(_WORDS) + r")+(?:-(?:" + "|".join(_WORDS) + r")"
    + r"| og (?:" + "|".join(sorted(TENS, key=len, reverse=True)) + r"))?"
)  # fmt: skip
_CAP = r"[A-ZÆØÅ][a-zæøåéüöäA-ZÆØÅ-]*"
SCORE_POSTCODE = 0.8
# House letters that are also words ("de" they, "se" see, "e" dialect is): only at a clause end.
_WORD_LETTERS = frozenset({"de", "se", "e"})
# After "postcode (is|was|'s)": up to eight tokens of single letters, number words or digits.
_PC_TOKEN = r"(?:[A-Za-z]|\d{1,2}|double [A-Za-z]|" + _NUM + r")"
POSTCODE_SAID_RE = re.compile(
    r"(?i:post ?code)(?:'s| is| was| were|:|\?)? (?P<pc>" + _PC_TOKEN
    + r"(?:,? " + _PC_TOKEN + r"){2,9})(?![\w])"
)  # fmt: skip
# A Norwegian postcode said as words after "postnummer" (spoken2): "postnummer null tre seks
# åtte" → 0368; four digits exactly.
NB_POSTCODE_CUE_RE = re.compile(
    # orgids: the question form too ("Postnummeret? Fire seks to tre.")
    r"(?<!\w)(?i:postnummer(?:et)?|postnr\.?)"
    # session 37: where the number is of, said between ("Postnummeret der oppe er 9713")
    # session 38: dialect and Nynorsk "heime", "hjæm(me)" too ("postnummeret der heime var …")
    r"(?: (?:der|her|hjemme|heime|hjæmme|hjæm|dit)"
    r"(?: (?:oppe|nede|borte|inne|ute|hjemme|heime|hjæmme|hjæm))?)?"
    r"(?: (?:er|var|e|va|mitt|vårt|hennes|hans))*[:?]? "
    # session 44 (blind34 as development material: "postboks ti, sju seks ni null Mosvik"):
    # the postcode said after a post box and its number
    r"|(?<!\w)(?i:postboks|pb\.?) (?:[a-zæøå]+ ){0,2}[a-zæøå\d]+, "
)
_PC_SHAPE = re.compile(r"[A-Z]{1,2}\d[A-Z\d]?\d[A-Z]{2}")

NB_SPOKEN_RE = re.compile(
    r"(?<![\w])(?:"
    + r"[A-ZÆØÅ][a-zæøåé]*(?:" + "|".join(NB_SUFFIXES) + r")"
    + r"|(?:" + _CAP + r" ){1,3}(?:" + "|".join(NB_SEPARATE) + r")"
    + r") (?:nummer )?(?P<num>" + _NUM + r")(?![\wæøå])"
    + r"(?P<letter> (?:be|ce|se|de|[b-hB-H])(?![\wæøå]))?"
    + r"(?P<end>\s*(?:[,.;!?]|$|\bi\b|\bpå\b))?",
)  # fmt: skip
# English: an optional flat before the house number ("flat three, twelve Harbour Road") and
# an optional "number" ("number nine Chapel Street") (spoken2).
_EN_FLAT = r"(?:(?:[Ff]lat|[Aa]partment|[Uu]nit) (?:" + _NUM + r"|\d{1,3}[a-zA-Z]?),? )?"
# A house number past a hundred ("two hundred and twelve Cowley Road"; ids20).
_EN_HUNDREDS = (
    r"(?:(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Aa]) "
    r"hundred (?:and )?)?"
)


def _house_value(said: str) -> int | None:
    """The house number said: "forty-two" → 42, "two hundred and twelve" → 212."""
    low = said.lower()
    if " hundred " not in low:
        return word_value(said)
    head, _, rest = low.partition(" hundred ")
    rest = rest.removeprefix("and ")
    hundreds = 1 if head == "a" else word_value(head)
    tail = word_value(rest)
    return None if hundreds is None or tail is None else 100 * hundreds + tail


# A house letter after the number ("forty-three b, Clifton Street"; ids20): "a" only before a
# comma, elsewhere it is the article.
_EN_HOUSE_LETTER = r"(?: (?:[b-hB-H]|[aA](?=,)))?"
# A capital A mid-sentence before a capitalized street is the house letter ("twenty-two A
# Albert Road"), the article being lower-case there.
_EN_HOUSE_LETTER_CASED = r"(?: (?:[b-hA-H]|a(?=,)))?"
EN_SPOKEN_RE = re.compile(
    # session 42 (blind32 as development material): the number opening the sentence
    # ("Fourteen Carn View, Trewellard")
    r"(?<![\w])" + _EN_FLAT + r"(?:[Nn]umber |[Nn]o\.? )?(?P<num>" + _EN_HUNDREDS + r"(?i:"
    + _NUM + r"))" + _EN_HOUSE_LETTER_CASED + r",? (?:" + EN_NAME_WORD + r" ){1,3}(?:"
    + "|".join(EN_STREET_TYPES) + r")\b",
)  # fmt: skip

# Lower-case lines (spoken2): Whisper and the blind sets write "we lived at forty-two mill
# lane", "vi bodde i storgata førtito". Without capitals a street is only taken after a cue
# that says "address" (live, at, address, moved to; bor, bodde, adressen, flytta til) or
# after a flat number, which says it by itself ("flat nine, forty-one kestrel road"; blind6).
_EN_LOWER_TYPES = sorted(
    word_set(
        "street road lane avenue close crescent drive way terrace gardens court place row grove "
        "hill walk mews parade square rise view heights brae vale wynd quay croft meadows "
        "cottages villas lawns manor "
        # session 28: Bristol's and the north's "brow", "fold", "chase", "loan"
        "brow fold chase loan dale glen wharf downs"
    )
)
_EN_NOT_NAME_WORDS = (
    "the a an my our his her their this that on in at to we i you he she they it and or but "
    "was were went is of for with one "
    # session 30: units before "walk", "drive", "way" ("a twenty minute walk")
    "minute minutes mile miles hour hours second seconds yard yards metre metres min"
)
_EN_NOT_NAME = word_set(_EN_NOT_NAME_WORDS)
EN_LOWER_RE = re.compile(
    r"(?<![\w])(?:(?:live[sd]?|living|at|address(?: is|'s| was)?|moved (?:in)?to|stayed at|to|"
    r"in|on|from|it's|it is|it was|that's"
    # session 30: the home named before the street ("our flat was fifty-eight wadsley lane")
    r"|(?:flat|house|home|place|digs|gaff)(?: was| is|'s| were))"
    r",? |(?=(?:flat|apartment|unit) ))"
    r"(?P<addr>" + _EN_FLAT.lower() + r"(?:number |no\.? )?(?:" + _EN_HUNDREDS.lower() + _NUM
    + r"|\d{1,4}[a-z]?)"
    + _EN_HOUSE_LETTER.lower()
    # the truecaser may have capitalized a name word ("sixty-one Kings road"; ids20)
    + r",? (?P<name>[a-zA-Z][a-zA-Zŵŷâêîôû'’]*[a-zŵŷâêîôû](?: [a-zA-Z][a-zA-Zŵŷâêîôû'’]*"
    r"[a-zŵŷâêîôû])?) (?:"
    + "|".join(_EN_LOWER_TYPES)
    + r"))(?![\w-])",
)  # fmt: skip
# blind10 session: the same street with no cue before it ("twelve blackthorn terrace,
# jarrow, n e thirty-two five t x, that's me mam's") counts when a postcode is said right
# after it: street shape and postcode shape together say "address" as a cue does.
EN_LOWER_UNCUED_RE = re.compile(
    r"(?<![\w'’-])" + EN_LOWER_RE.pattern[EN_LOWER_RE.pattern.index("(?P<addr>") :]
)
_NOT_SECOND = "|".join(sorted({*_EN_NOT_NAME_WORDS.split(), "till", "until", "when", "so", "now"}))
# Session 28: a Welsh, Irish or Gaelic street type first, in lower case ("we live at 22 stryd
# penlan, pwllheli"): the type words are no English words, so no cue is needed.
# Session 32 (blind22): "number" before the house number, and the same on a line with
# capitals when the type word is capitalized ("at number nine, Heol y Felin, Abertridwr").
CELTIC_LOWER_RE = re.compile(
    r"(?<![\w'’-])(?:(?:[Nn]umber|[Nn]o\.?) )?(?:" + _EN_HUNDREDS.lower() + _NUM
    + r"|\d{1,4}[a-z]?),? (?P<type>"
    + "|".join(sorted({*CELTIC_STREET_TYPES, *(t.lower() for t in CELTIC_STREET_TYPES)}))
    + r") (?:(?:y|yr|na|an|'r) )?[^\W\d_][\w'’]*"
    + r"(?: (?!(?:" + _NOT_SECOND + r")(?![\w'’]))[^\W\d_][\w'’]*)?(?![\w'’-])"
)  # fmt: skip
NB_LOWER_RE = re.compile(
    r"(?<![\wæøå])(?:bor|bodde|budde|adressen(?: min| hans| hennes| vår)?(?: er| var)?"
    r"|adressa(?: mi| hans| hennes)?(?: er| var)?|flytta|flyttet|vokste opp)"
    # orgids: an adverb between ("adressa nå er kaiveien femten")
    r"(?: (?:nå|no|da|før|egentlig|visst))?(?: (?:er|var|e|va))?(?: (?:i|på|til))? "
    r"(?P<addr>(?:(?:(?:øvre|nedre|nordre|søndre|vestre|østre|store|lille|gamle|nye) )?"
    + r"[a-zæøå]+(?:" + "|".join(NB_SUFFIXES) + r")"
    # ids20: a street of separate words ("bjørnstjerne bjørnsons gate ni b", "nordre gate 12")
    + r"|(?:[a-zæøåA-ZÆØÅ][a-zæøå]+ ){1,3}(?:" + "|".join(NB_SEPARATE) + r"))"
    + r" (?:nummer )?(?P<num>" + _NUM
    + r"|\d{1,4})(?: ?(?:be|[b-h]|a(?=,))(?![\wæøå]))?)(?P<end>\s*(?:[,.;!?]|$|\bi\b|\bpå\b))?",
)  # fmt: skip

# A postcode said right after a street, with or without a town between (spoken2): "thirty-one
# Station Road, Leeds, L S six, four J T", "Kongens gate tjuefire, null en fem to Oslo".
_AFTER_STREET = re.compile(r",? (?:[A-ZÆØÅ][a-zæøå]+,? )?")
# ids20: the town may be lower-case ("… lark rise, didcot, o x eleven, seven b q"); tried
# after the above, so a postcode said right after the street ("null en fem to") comes first.
_AFTER_STREET_LOWER_TOWN = re.compile(r",? [a-zæøå][a-zæøå]+(?:-[a-zæøå]+)*,? ")
# Words after a postcode that open the rest of the sentence, not a town.
_NOT_TOWN = word_set(
    "i på og men der da så er var e va som med til fra hos ved for nå no the and in at on "
    "but was is with i'm it's"
)


# orgids: the post town after a Norwegian postcode ("ni fem åtte null bergsfjord", "0368
# Oslo"): one word that is capitalized, a listed place, or no everyday word.
_NEXT_WORD = re.compile(r",? ([A-Za-zÆØÅæøå][a-zæøåA-ZÆØÅ-]+)(?![\w])")


def _post_town_end(text: str, end: int) -> int:
    """``end`` moved over the post town that follows a Norwegian postcode ending there."""
    m = _NEXT_WORD.match(text, end)
    if m is None:
        return end
    word = m.group(1)
    low = word.lower()
    if low in _NOT_TOWN:
        return end
    if word[0].isupper() or word.capitalize() in places() or low not in common_words("nb"):
        return m.end()
    return end


def _trailing_postcode(text: str, end: int, lang: str) -> tuple[int, int] | None:
    """The span of a UK or Norwegian postcode said right after the street ending at ``end``."""
    for after in (_AFTER_STREET, _AFTER_STREET_LOWER_TOWN):
        m = after.match(text, end)
        if m is not None and after is _AFTER_STREET_LOWER_TOWN:
            town = m.group(0).strip(" ,")
            if town in common_words(lang):
                continue  # "…, postnummer null tre …": a word of the sentence, no town
        found = _postcode_at(text, m.end()) if m is not None else None
        if found is not None:
            return found
    return None


_UNIT_WORD = r"(?:en|ett|to|tre|fire|fem|seks|sju|syv|åtte|ni)"
_TENS_WORD = r"(?:tjue|tyve|tretti|tredve|førti|femti|seksti|sytti|åtti|nitti)"
_TEEN_WORD = r"(?:ti|elleve|tolv|tretten|fjorten|femten|seksten|sytten|atten|nitten)"
# A Norwegian postcode said as an amount (session 21): "sju tusen og tjue" (7020), "fire
# tusen seks hundre og tjueen" (4621), as one word or apart.
_WRITTEN_POSTCODE = re.compile(r"\d{4}(?![\d,.]\d|\d)")
_AMOUNT_POSTCODE = re.compile(
    rf"{_UNIT_WORD} ?tusen(?:(?: ?og)? ?{_UNIT_WORD} ?hundre)?"
    rf"(?:(?: ?og)? ?(?:{_TENS_WORD}[- ]?{_UNIT_WORD}?|{_TEEN_WORD}|{_UNIT_WORD}))?(?!\w)",
    re.IGNORECASE,
)


def _postcode_at(text: str, start: int) -> tuple[int, int] | None:
    """The span of a UK or Norwegian postcode said right at ``start``."""
    tail = text[start : start + 60]
    amount = _AMOUNT_POSTCODE.match(tail)
    if amount is not None:
        return start, _post_town_end(text, start + amount.end())
    for run in digit_runs(tail, min_digits=4):
        if run.start == 0 and len(run.digits) == 4 and run.digits.isdigit() and run.words >= 3:
            return start, _post_town_end(text, start + run.end)
        break
    # said as two pairs ("fagerlivegen tjueto, tjueåtte trettiseks biri"; blind8)
    for said in said_runs(tail, prescan=False):
        chars = "".join(p.chars for p in said)
        if said[0].start == 0 and len(said) == 2 and len(chars) == 4 and chars.isdigit():
            return start, _post_town_end(text, start + said[-1].end)
        break
    length = _postcode_end(tail)
    if length is not None and " " in tail[:length]:
        return start, start + length
    return None


def _postcode_end(said: str) -> int | None:
    """Length of the prefix of ``said`` that reads as a whole UK postcode, or None (a cue
    or a street before it already says one comes: no clear letter needed)."""
    # ids20: a postcode opens with letters, so a first "o"/"oh" is the letter O ("o x eleven,
    # seven b q" is OX11 7BQ, "oh l four" OL4); same length, so the offsets hold
    opening = _O_OPENING.match(said)
    if opening is not None:
        said = "O" + " " * (opening.end(1) - 1) + said[opening.end(1) :]
    for start, end, _chars in shaped_spans(said, _PC_SHAPE, min_clear=0, half_clear=False):
        return end if start == 0 else None
    return None


_O_OPENING = re.compile(r"(o|oh)[ ,-]+(?=[a-z] |[a-z],|[a-z]-)", re.IGNORECASE)


class SpokenAddressRecognizer(AnonkitRecognizer):
    """Street + house number said as a word (module docstring)."""

    ENTITIES = (ADDRESS,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if not says_a_number(text):
            return iter(())  # an address holds a house number or a postcode
        # spoken2: also read the text with hesitation fillers cut out (_fillers).
        return with_fillers_skipped(text, self.lang, self._find)

    def _find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        postcodes: list[tuple[int, int]] = []
        for start, end, entity, score in dict.fromkeys(self._streets(text)):
            # nb22: a written postcode + lower-case place after the street ("…, 8315 laukvik")
            after = lower_post_place(text, end, self.lang)
            yield start, unit_after(text, town_after(text, after, self.lang)), entity, score
            postcode = _trailing_postcode(text, end, self.lang)
            if postcode is not None:
                postcodes.append(postcode)
                yield postcode[0], postcode[1], ADDRESS, SCORE_POSTCODE
        for start, end, entity, score in self._postcodes(text):
            postcodes.append((start, end))
            yield start, end, entity, score
        if self.lang == "nb":
            for start, end in _said_postcodes_before_places(text):
                if not any(s < end and start < e for s, e in postcodes):
                    postcodes.append((start, end))
                    yield start, end, ADDRESS, SCORE_POSTCODE
        if self.lang == "en":
            for start, end, entity, score in _uncued_postcodes(text):
                if not any(s < end and start < e for s, e in postcodes):
                    postcodes.append((start, end))
                    yield start, end, entity, score
        # A UK postcode said anywhere, spelled clearly ("L-S-eight, four-R-T"; blind6).
        for start, end, _chars in shaped_spans(text, _PC_SHAPE, min_clear=2):
            if not any(s < end and start < e for s, e in postcodes):
                yield start, end, ADDRESS, SCORE_POSTCODE

    def _streets(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        for m in NB_SPOKEN_RE.finditer(text):
            num = m.group("num")
            value = word_value(num)
            if value is None or value == 0 or value > 99:
                continue
            if num.lower() in _AMBIGUOUS_NB and m.group("end") is None:
                continue
            # a house letter ("tolv be") only where the clause ends after it ("de" is a word)
            letter = (m.group("letter") or "").strip().lower()
            keep = letter and (m.group("end") or letter not in _WORD_LETTERS)
            end = m.end("letter") if keep else m.end("num")
            yield m.start(), end, ADDRESS, SCORE
        for m in EN_SPOKEN_RE.finditer(text):
            value = _house_value(m.group("num"))
            if value is None or value == 0 or value > 999:
                continue
            yield m.start(), m.end(), ADDRESS, SCORE
        cued: list[int] = []
        for m in EN_LOWER_RE.finditer(text):
            if self._street_name(m):
                cued.append(m.start("addr"))
                yield m.start("addr"), self._town_end(text, m.end("addr")), ADDRESS, SCORE
        for m in EN_LOWER_UNCUED_RE.finditer(text):
            if m.start("addr") in cued or not self._street_name(m):
                continue
            # session 28: the town may stand between the street and the postcode
            # ("fourteen ashcroft road, dunstable, l u six …")
            town_end = self._town_end(text, m.end("addr"))
            if any(
                _trailing_postcode(text, end, self.lang) is not None
                for end in {m.end("addr"), town_end}
            ) or (
                # session 46 (the lower-cased development sets: "fourteen carn view,
                # trewellard, the one with the blue door"): a town set off after the street
                # says "address" as a postcode does
                town_end > m.end("addr") and text.startswith(",", m.end("addr"))
            ):
                yield m.start("addr"), town_end, ADDRESS, SCORE
        if self.lang == "en":
            for m in CELTIC_LOWER_RE.finditer(text):
                cased = m.group("type")[0].isupper()
                if (cased or lower_case_line(text, m.end())) and self._celtic_name(m):
                    yield m.start(), self._town_end(text, m.end()), ADDRESS, SCORE
        for m in NB_LOWER_RE.finditer(text):
            num = m.group("num")
            if num.lower() in _AMBIGUOUS_NB and m.group("end") is None:
                continue
            if not num.isdigit() and (word_value(num) or 0) == 0:
                continue
            yield m.start("addr"), m.end("addr"), ADDRESS, SCORE

    def _town_end(self, text: str, end: int) -> int:
        """``end`` moved over the town and flat said after a lower-case street (session 28:
        "forty-two cotham brow, bristol"), as :mod:`.address` does after a written one."""
        return unit_after(text, town_after(text, end, self.lang))

    @staticmethod
    def _celtic_name(m: re.Match[str]) -> bool:
        """The street's name after its type is no English function word ("heol the …")."""
        return not _EN_NOT_NAME & set(m.string[m.end("type") : m.end()].lower().split())

    @staticmethod
    def _street_name(m: re.Match[str]) -> bool:
        """ "twenty two close calls": a function word or a number word is no street name."""
        words = m.group("name").lower().split()
        return not set(words) & _EN_NOT_NAME and all(word_value(w) is None for w in words)

    def _postcodes(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        for m in NB_POSTCODE_CUE_RE.finditer(text):
            amount = _AMOUNT_POSTCODE.match(text, m.end())
            if amount is not None:
                yield m.end(), _post_town_end(text, amount.end()), ADDRESS, SCORE_POSTCODE
                continue
            # Session 30 (blind19 as development material): four digits written as one
            # ("postnummeret er 9512"); a said run holds two pieces at least.
            written = _WRITTEN_POSTCODE.match(text, m.end())
            if written is not None:
                yield m.end(), _post_town_end(text, written.end()), ADDRESS, SCORE_POSTCODE
                continue
            # Four digits however said: "null tre seks åtte", "femtifire sytti" (two pairs;
            # blind6 session).
            for run in said_runs(text[m.end() : m.end() + 60], prescan=False):
                chars = "".join(p.chars for p in run)
                if run[0].start == 0 and len(chars) == 4 and chars.isdigit():
                    end = _post_town_end(text, m.end() + run[-1].end)
                    yield m.end(), end, ADDRESS, SCORE_POSTCODE
                break
        for m in POSTCODE_SAID_RE.finditer(text):
            length = _postcode_end(m.group("pc"))
            if length is not None:
                yield m.start("pc"), m.start("pc") + length, ADDRESS, SCORE_POSTCODE


def _said_postcodes_before_places(text: str) -> Iterator[tuple[int, int]]:
    """Session 29 (benchmarks/spoken_ids_stress.py): four digits said one by one or in pairs
    right before a listed Norwegian place are its postcode, cue or none ("fem null null tre
    Bergen", "null fem fem sju oslo"); the place goes with it, as in a written "0557 Oslo".
    An amount or a year is said otherwise ("nitten åttifire"), so three words at least."""
    for run in digit_runs(text, min_digits=4):
        if len(run.digits) != 4 or not run.digits.isdigit() or run.words < 3:
            continue
        m = _NEXT_WORD.match(text, run.end)
        if (
            m is not None
            and m.group(1).lower() not in common_words("nb")
            and (m.group(1).capitalize() in places() or m.group(1) in places())
        ):
            yield run.start, m.end()


def _uncued_postcodes(text: str) -> Iterator[tuple[int, int, str, float]]:
    """Session 27: a whole UK postcode said letter by letter without the word "postcode"
    ("it's k y one, two s r if you're putting it in the sat nav"): kept when it reads back
    to the full shape and opens with a postcode area Royal Mail uses, so "a b one two" and
    other runs of letters and numbers stay words."""
    for m in _UNCUED_PC_RE.finditer(text):
        said = m.group("pc")
        length = _postcode_end(said)
        if length is None:
            continue
        area = "".join(_LEADING_LETTERS.match(said).group().split()).replace(",", "").lower()
        if area in UK_POSTCODE_AREAS:
            yield m.start("pc"), m.start("pc") + length, ADDRESS, SCORE_POSTCODE


# The postcode areas of the United Kingdom (Royal Mail's postcode address file, public):
# the letters a postcode opens with.
UK_POSTCODE_AREAS = word_set(
    """
    ab al b ba bb bd bh bl bn br bs bt ca cb cf ch cm co cr ct cv cw da dd de dg dh dl dn dt
    dy e ec eh en ex fk fy g gl gu ha hd hg hp hr hs hu hx ig ip iv ka kt kw ky l la ld le ll
    ln ls lu m me mk ml n ne ng nn np nr nw ol ox pa pe ph pl po pr rg rh rm s sa se sg sk sl
    sm sn so sp sr ss st sw sy ta td tf tn tq tr ts tw ub w wa wc wd wf wn wr ws wv yo ze
    """
)
_UNCUED_PC_RE = re.compile(r"(?<![\w'’-])(?P<pc>[A-Za-z](?:,? " + _PC_TOKEN + r"){3,8})(?![\w])")
_LEADING_LETTERS = re.compile(r"[A-Za-z](?:,? [A-Za-z](?![\w]))?")


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [SpokenAddressRecognizer(lang)]
