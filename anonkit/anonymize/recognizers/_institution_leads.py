"""How a lower-case institution's name starts and ends around its head word (split out of
``lower_institutions.py`` in session 28, when that file passed 600 lines).

Why a module of its own: ``LowerCaseInstitutionRecognizer`` finds a head (``hospital``,
``church``, ``kraft``) and then has to decide which words before it are the name when none is
a word no list knows: a royal title (``queen margaret hospital``), a congregation's words
with a faith word (``christ apostolic church``), a street (``quarry lane day centre``), two
everyday words that do not say the kind (``clock view hospital``); and which words after it
belong to the name: a company suffix (``renhold as``) or a field (``centre for mental
health``). Each rule is a small function over the words before the head.
"""

from __future__ import annotations

import re

from anonkit.anonymize.institution_tails import a_faith_word
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

# Session 28: congregations' heads, and the words their names take besides a denomination.
CONGREGATION_HEADS = word_set("church chapel mission fellowship tabernacle ministries")
# Session 28: heads whose field may follow ("centre for mental health"), and field words.
_FIELD_HEADS = word_set(
    "centre center institute college school academy unit clinic service services trust "
    "foundation society association hospital"
)
_FIELD_WORDS = word_set(
    """
    health mental education learning disabilities disability deaf blind children young people
    women adolescents adolescent research science sciences arts art music technology medicine
    nursing psychiatry psychology social care recovery addiction addictions studies eating
    disorders neurology neurosciences rehabilitation autism epilepsy trauma refugees asylum
    seekers homeless homelessness wellbeing families family elderly older carers veterans
    """
)
_FIELD_TAIL = re.compile(r" (?:for|of) (?P<words>[a-z&]+(?: [a-z&]+){0,3})(?![\w'’-])")
# Heads a hospital, clinic or school takes after a name of two everyday words, and the
# words that say what kind of place it is rather than which (session 28).
CARE_HEADS = word_set("hospital infirmary clinic surgery hospice school academy college") | {
    # session 43 (blind33): centres and clubs named by two words ("the east ham care centre")
    "care centre",
    "day centre",
    "community centre",
    "resource centre",
    "family centre",
    "youth club",
    "youth centre",
}
_KIND_MODIFIERS = word_set(
    """
    mental health children children's childrens cottage general district community
    psychiatric private local old new big main university teaching state city county
    regional military maternity women's womens day eye dental secure special boarding
    primary secondary grammar high catholic church village town nearest other same first
    last little small huge whole national royal public medical nursing care psychiatry
    infant infants junior juniors senior sixth form art drama music language driving
    sunday night summer evening
    """
)
# Street types an institution may be named after ("quarry lane day centre").
_STREET_TYPES = word_set("lane road street avenue way drive close crescent terrace row")
_PLAIN_MODIFIERS = word_set(
    "old new big little small local main village parish town nearest other same first last"
)
_CONGREGATION_WORDS = word_set(
    "bible gospel christ redeemed deliverance revival holiness zion calvary bethel elim "
    "emmanuel miracle miracles glory grace"
)
# Session 24: hospitals and schools named after a royal ("queen margaret hospital", "princess
# royal infirmary", "king edward school"): the title opens the name, whatever follows.
ROYAL_LEADS = word_set("queen king prince princess duke duchess")
# Session 50: "the royal logistic corps" ("royal" is a head of its own, "the Royal", so the
# lower-case pattern ends the words before "corps" after it); not "the marine corps".
ROYAL_BEFORE = re.compile(r"(?<![\w'’-])royal\s+$", re.IGNORECASE)

# A company's legal suffix after a head ("havlys renhold as"); "as" is a word in English.
COMPANY_SUFFIX = {
    "nb": re.compile(r" (?:as|asa)(?![\w'’-])", re.IGNORECASE),
    "en": re.compile(r" (?:ltd|plc)(?![\w'’-])", re.IGNORECASE),
}



def field_tail_end(text: str, end: int, head: str) -> int:
    """Session 28: an institution's field after its head belongs to its name ("the newham
    centre for mental health", "the marino institute of education"): "for"/"of" and words
    that name a field, so "the centre for years", "the college of my dreams" stop at the
    head."""
    if head.lower() not in _FIELD_HEADS:
        return end
    m = _FIELD_TAIL.match(text, end)
    if m is None:
        return end
    last = end
    for w in re.finditer(r"\S+", m.group("words")):
        word = w.group(0)
        if word in _FIELD_WORDS:
            last = m.start("words") + w.end()
        elif word not in ("and", "&", "the"):
            break
    return last


def two_word_name(words: list[re.Match[str]]) -> re.Match[str] | None:
    """Session 28: a hospital or school named by two everyday words ("clock view hospital",
    "elm tree school"): two words after the last function word, neither of which says what
    kind of place it is ("the mental health hospital", "the old cottage hospital")."""
    run: list[re.Match[str]] = []
    for w in reversed(words):
        low = w.group(0).lower()
        if low in FUNCTION_WORDS:
            break
        run.insert(0, w)
    if len(run) != 2:
        return None
    if any(
        w.group(0).lower() in _KIND_MODIFIERS or not w.group(0).isalpha() for w in run
    ):
        return None
    return run[0]


def street_named_lead(words: list[re.Match[str]]) -> re.Match[str] | None:
    """Session 28: an institution named after its street ("the quarry lane day centre",
    "mill road surgery"): a word and a street type right before the head."""
    if len(words) >= 2 and words[-1].group(0).lower() in _STREET_TYPES:
        lead = words[-2]
        if lead.group(0).lower() not in FUNCTION_WORDS and lead.group(0).isalpha():
            return lead
    return None


def listed_place_lead(
    words: list[re.Match[str]], places: frozenset[str]
) -> re.Match[str] | None:
    """Session 50 (blind36 lower-cased: "new mills school was alright"): a listed place of
    two or three everyday words right before the head ("new mills", "castle cary") names the
    institution, as one unknown word does."""
    for size in (3, 2):
        if len(words) >= size:
            run = words[-size:]
            if " ".join(w.group(0).lower() for w in run) in places:
                return run[0]
    return None


def congregation_lead(words: list[re.Match[str]]) -> re.Match[str] | None:
    """Session 28: a congregation named by everyday words, one of which says its faith
    ("christ apostolic church", "deeper life bible church", "the polish catholic mission"):
    two or more words after the last function word, one a faith, denomination or
    nationality word. One word alone is a denomination ("the catholic church")."""
    run: list[re.Match[str]] = []
    for w in reversed(words):
        if w.group(0).lower() in FUNCTION_WORDS:
            break
        run.insert(0, w)
    while run and run[0].group(0).lower() in _PLAIN_MODIFIERS:
        run.pop(0)  # "the old methodist chapel": a building described, not named
    if len(run) >= 2 and any(
        a_faith_word(w.group(0)) or w.group(0).lower() in _CONGREGATION_WORDS for w in run
    ):
        return run[0]
    return None


def royal_lead(words: list[re.Match[str]]) -> re.Match[str] | None:
    """A royal title among the words right before the head, after the last function word
    ("queen margaret hospital"; not "the queen visited the hospital")."""
    for w in reversed(words):
        low = w.group(0).lower()
        if low in ROYAL_LEADS:
            return w
        if low in FUNCTION_WORDS:
            return None
    return None
