"""Person-name decisions of conflict resolution that read the words around a span (names branch).

Why a module of its own: ``resolve.py`` decides between overlapping candidates; these rules
rules decide what a *person* candidate is from its neighbours, and ``resolve.py`` was past the
house limit of ~500 lines already.

* :data:`PERSON_CUE_WORDS` / :func:`strip_person_cues` — a pronoun, kinship word or title NER
  swallowed into a PERSON span ("han Bjørn", "mamma Randi", "Nurse Sandy") is cut off, so the
  transcript keeps the gender cue and the key does not learn "Han".
* :func:`closed_class` — NER calls a capitalized conjunction or pronoun a person ("han sa bare
  Fordi."): a closed-class word is never a name, so such a span is dropped.
* :func:`coordinated_with_person` — a sentence-initial everyday word that NER calls a person
  is only flagged (its capital proves nothing), unless it is coordinated with another person
  ("Tobben og Bettan va der"): only people are listed with people.
* :func:`subject_of_person_verb` — the same, when a verb only people do follows ("Geth drove
  through the night", "Mags ran the group"): NER and the verb together outweigh the word
  (English; in Norwegian NER calls "Æ jobba" and "Innkallingen kom" people).
* :func:`surname_after` — a flagged capitalized word right after a replaced person, inside a
  sentence, is that person's surname ("Brage Fjære", "Chukwuemeka Obi"): a surname that is an
  everyday word or no list has would otherwise stay shown beside the pseudonym.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers._context_words import NB_MORE_KIN
from anonkit.anonymize.recognizers._slot_words import ACTION_VERBS, CONTACT_VERBS, PERSON_VERBS
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import word_class_forms

# Conjunctions and question words NER has called people, beyond the closed class of
# ``name_words.FUNCTION_WORDS``.
_MORE_CLOSED = word_set("fordi hvis dersom mens siden because unless although while whether")
# Dialect pronouns NER takes for initials or names at a sentence start ("Æ jobba på …").
_DIALECT_PRONOUNS = word_set("æ eg ej mæ dæ dæm dokker")
_AND_AFTER = re.compile(r"(?:,\s*|\s+)(?:og|and|&)\s+")
_NEXT_WORD = re.compile(r" (\w+)\b")
_PERSON_VERBS = (ACTION_VERBS | PERSON_VERBS | CONTACT_VERBS) - word_set("used ble fant")
_SENTENCE_END = re.compile(r"[.!?]\s*$")


class _Span(Protocol):
    start: int
    end: int
    type: str


def closed_class(word: str) -> bool:
    """A pronoun, preposition, conjunction or question word: never a name."""
    low = word.lower()
    return low in FUNCTION_WORDS or low in _MORE_CLOSED or low in _DIALECT_PRONOUNS


def ner_no_name(word: str) -> bool:
    """A word NER calls a person that is closed-class: longer than two letters ("Fordi"), or
    a dialect pronoun ("Æ"); other short words may be initials or party letters ("(A)")."""
    return closed_class(word) and (len(word) > 2 or word.lower() in _DIALECT_PRONOUNS)


def coordinated_with_person(text: str, end: int, names: Sequence[_Span]) -> bool:
    """``text[:end]`` is followed by "og"/"and" and a person candidate."""
    m = _AND_AFTER.match(text, end)
    return m is not None and any(n.type == et.PERSON and n.start == m.end() for n in names)


_FROM = re.compile(r"\s+from\s+")
# Session 21: more of what NER and the sentence together say of a person — a group one comes
# from and then acts ("Patsy from the church paid the gas"), a friend's role ("Ginger was my
# best mate"), "the only one who" ("Sunshine was the only one on the ward who'd …").
_FROM_GROUP_VERB = re.compile(r"\s+from\s+the\s+\w+\s+(\w+)\b(?:\s+(\w+)\b)?")
_FRIEND_OR_ONLY = re.compile(
    r" (?:was|is) (?:(?:my|our|his|her|their) (?:best |old |oldest |closest )?"
    r"(?:mate|friend|pal|buddy|bezzie)|the (?:only|first|last) (?:one|person))\b"
)


def subject_of_person_verb(text: str, end: int, names: Sequence[_Span], start: int) -> bool:
    """NER calls ``text[start:end]`` a person and a verb only people do follows it ("Geth
    drove through the night", "Mags ran the group"): the name layers veto the word only
    because it is also an everyday word; NER and the verb together outweigh that. English
    only (the caller): the Norwegian model calls definite nouns ("Innkallingen kom …") and
    the dialect "Æ" people in that slot."""
    m = _NEXT_WORD.match(text, end)
    origin = _FROM.match(text, end)
    return (
        m is not None
        and end - start > 2
        and not closed_class(text[start:end])
        and (
            m.group(1).lower() in _PERSON_VERBS
            # "Ros from Andover was in the bed next to mine" (blind6 session): a person's
            # origin said right after the name
            or (
                origin is not None
                and any(n.type == et.LOCATION and n.start == origin.end() for n in names)
            )
            or _FRIEND_OR_ONLY.match(text, end) is not None
            or _group_then_verb(text, end)
        )
        and any(n.type == et.PERSON and n.start == start and n.end == end for n in names)
    )


def _group_then_verb(text: str, end: int) -> bool:
    """ "from the <group> <past verb>" right after ``end`` (:data:`_FROM_GROUP_VERB`)."""
    m = _FROM_GROUP_VERB.match(text, end)
    if m is None:
        return False
    verbs = word_class_forms("en", "verb")
    return any(
        word is not None
        and (word.lower() in _PERSON_VERBS or word.lower() in verbs)
        and word.lower() not in _NOT_VERBS
        for word in m.groups()
    )


# Verb forms that are nouns in a group's name ("from the church hall", "the drop-in centre").
_NOT_VERBS = word_set("hall side end centre center group team service services house")


def surname_after(text: str, person: _Span, flag: _Span) -> bool:
    """``flag`` is one capitalized word, one space after ``person``, mid-sentence."""
    word = text[flag.start : flag.end]
    return (
        person.type == et.PERSON
        and flag.start == person.end + 1
        and text[person.end] == " "
        and word[:1].isupper()
        and word.replace("-", "").isalpha()
        and not closed_class(word)
        and not _SENTENCE_END.search(text[: person.end])
    )


# Words that stand before a name but are not part of it: pronouns (dialect "han Bjørn",
# "ho Liv"), kinship words and titles ("mamma Randi", "Auntie Joy", "Nurse Sandy"). NER often
# swallows them into the PERSON span; then the pronoun disappears from the transcript, the
# pseudonym loses its gender cue, and a later sentence-initial "Han" matches the key.
PERSON_CUE_WORDS = (
    frozenset(
        """
    han ho hun hu he she him her mamma pappa mor far mora moren faren tante onkel bestemor
    bestefar mormor morfar farmor farfar oldemor oldefar svigermor svigerfar kusine fetter
    søster bror storebror lillebror storesøster lillesøster mum mom mam mammy mummy dad daddy
    auntie aunty aunt uncle nan nana nanna gran granny grandma grandad granddad grandpa
    grandmother grandfather our wor my cousin stepdad stepmum mr mrs ms miss dr doctor nurse prof
    professor fru herr frøken doktor sykepleier matron sister brother
    father reverend revd pastor rabbi imam
    nonna nonno babcia dziadek abuela abuelo abuelita oma opa
    """.split()  # noqa: SIM905
    )
    | NB_MORE_KIN
)
# Session 35: clergy titles ("Father Kovács", "Pastor Ssekandi") and grandparents said in the
# family's language ("Nonna Carmelina", "babcia Halinka"); session 39: NB_MORE_KIN.


def strip_person_cues(text: str, start: int, end: int) -> int:
    """Move ``start`` past leading pronoun/kinship/title words of a PERSON span."""
    while True:
        m = re.match(r"([\w]+)\.?\s+(?=\w)", text[start:end])
        if m is None or m.group(1).lower() not in PERSON_CUE_WORDS:
            return start
        start += m.end()


# Titles that only stand before a person's name (not "Dr." of "Dr. Martens", which NER calls
# a brand rarely enough; kinship words are left out: "Nan's Kitchen" is a café).
_PERSONAL_TITLES = word_set(
    "mr mrs ms miss dr doctor nurse sister matron prof professor fru herr frøken doktor "
    "sykepleier father reverend revd pastor rabbi imam"
)
# Kinship words that open a person's name when NER takes them with it ("Auntie Glenys"); not
# "our" ("Our Lady of Lourdes" is a hospital).
_KIN_OPENERS = (
    word_set(
        "mamma pappa mor far mora moren faren tante onkel bestemor bestefar mormor morfar farmor "
        "farfar mum mom mam mammy mummy dad daddy auntie aunty aunt uncle nan nana nanna gran "
        "granny grandma grandad granddad grandpa cousin stepdad stepmum taid nain mamgu tadcu "
        "granda grandda"
    )
    | NB_MORE_KIN
)  # session 39: "Farbror Ånen"
# Kinship words that are first names too ("Nana Akufo": Nana is a Ghanaian first name): the
# span keeps them, as it did, rather than risk leaving a first name beside the pseudonym.
_KIN_NAMES = word_set("nana nanna mamma pappa")
_TITLED = re.compile(r"(\w+)\.?\s+((?:[A-ZÆØÅ][\w'’-]*)(?:\s+[A-ZÆØÅ][\w'’-]*){0,2})$")


def titled_person_type(text: str, start: int, end: int, kind: str) -> str:
    """PERSON when ``text[start:end]`` is a personal title or a kinship word and one to three
    capitalized words ("Nurse Pretty", "Sister Bright"; session 33: "Auntie Glenys", "Nana
    Oonagh", "gran Edna"), else ``kind``: NER calls such a name an organisation when the
    surname is an everyday word or the first name a rare one, and the pseudonym then named a
    firm with the kinship word inside it (issue 10, item 6)."""
    m = _TITLED.match(text, start, end)
    if m is None:
        return kind
    opener = m.group(1).lower()
    if opener in _PERSONAL_TITLES or (opener in _KIN_OPENERS and opener not in _KIN_NAMES):
        return et.PERSON
    return kind
