"""The other name beside a replaced name: "X og Y" and "Rosalinda Pangilinan" (session 20).

Unit tests on hand-built detections, then the real detector (spaCy + Presidio) on lines where
one name of a pair used to stay in clear text. Names are invented.
"""

from __future__ import annotations

import pytest

from anonkit.anonymize.coordinated import coordinated_names
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.first_names_before import first_name_before


def _person(text: str, word: str, kind: str = "PERSON") -> DetectedEntity:
    start = text.index(word)
    return DetectedEntity(start, start + len(word), kind, REPLACE, 0.85, word, "test")


def _replaced(found: list[DetectedEntity]) -> list[tuple[str, str]]:
    return [(d.type, d.text) for d in found if d.action == REPLACE]


@pytest.mark.parametrize(
    ("text", "name", "partner"),
    [
        ("eh gunnvår og halvdan er foreldra mine", "halvdan", "gunnvår"),
        ("ho bodde med ingeborg og tjostolv", "ingeborg", "tjostolv"),
        ("Me and Aoibheann or Saoirse went.", "Aoibheann", "Saoirse"),
        ("Ketil og Brynjulv kom sammen.", "Ketil", "Brynjulv"),
    ],
)
def test_a_rare_name_joined_to_a_replaced_name_is_a_person(text, name, partner):
    found = coordinated_names(text, [_person(text, name)])
    assert ("PERSON", partner) in _replaced(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("mamma og ingrid kom", "ingrid"),  # a kinship word
        ("ingrid og jeg dro", "ingrid"),  # a pronoun
        ("hun hadde ingrid og jobb", "ingrid"),  # an everyday word
        ("ingrid og tromsø", "ingrid"),  # a place
        ("Ingrid og Skole", "Ingrid"),  # everyday word with a capital
        ("ingrid og tretti", "ingrid"),  # a number word
    ],
)
def test_words_that_are_no_partner_stay(text, name):
    assert _replaced(coordinated_names(text, [_person(text, name)])) == [("PERSON", name)]


@pytest.mark.parametrize(
    ("text", "name", "kind", "grown"),
    [
        ("Marilou Tagaytay var nattevakt.", "Tagaytay", "LOCATION",
         ("LOCATION", "Marilou Tagaytay")),
        ("Then Idris Okonkwo came in.", "Okonkwo", "PERSON", ("PERSON", "Idris Okonkwo")),
        # a listed first name makes the pair a person
        ("Så kom Torstein Gjerdrum.", "Gjerdrum", "LOCATION", ("PERSON", "Torstein Gjerdrum")),
    ],
)  # fmt: skip
def test_a_first_name_before_a_one_word_name_joins_it(text, name, kind, grown):
    assert _replaced(first_name_before(text, [_person(text, name, kind)])) == [grown]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We moved to New Brighton.", "Brighton"),  # an everyday word
        ("Doctor Hansen saw me.", "Hansen"),  # a title
        ("In Stavanger it rained.", "Stavanger"),  # a function word
    ],
)
def test_everyday_words_before_a_name_stay_out(text, name):
    assert _replaced(first_name_before(text, [_person(text, name)])) == [("PERSON", name)]


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("nb", "eh tjostolv og gudbrand er brødrene mine", ["tjostolv", "gudbrand"]),
        ("nb", "Evangelina Macaraeg var nattevakt den vinteren.", ["Evangelina Macaraeg"]),
    ],
)
def test_detector_replaces_both_names(detectors, lang, text, names):
    replaced = [d.text for d in detectors[lang].detect(text) if d.action == REPLACE]
    assert all(any(n in r for r in replaced) for n in names), replaced


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # session 21: NER's place beside a person is the other person; NER's organisation
        # made of two listed first names is two people
        ("en", "I only trust Heather and Tamsin.", [("PERSON", "Heather"), ("PERSON", "Tamsin")]),
        (
            "en",
            "Me mam took Heather and Rhiannon to Rhyl.",
            [("PERSON", "Heather"), ("PERSON", "Rhiannon"), ("LOCATION", "Rhyl")],
        ),
        # a listed place beside a person stays a place
        (
            "en",
            "Heather and Leeds were all I knew.",
            [("PERSON", "Heather"), ("LOCATION", "Leeds")],
        ),
    ],
)
def test_coordinated_types(detectors, lang, text, expected):
    from detect_helpers import typed_replacements

    assert typed_replacements(detectors[lang], text) == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # session 21: a capitalized "Wee"/"Big"/"Gamle" before a name is part of it
        ("en", "Wee Shona was on the next ward.", [("PERSON", "Wee Shona")]),
        (
            "en",
            "Stevo and Big Kenny shared a room.",
            [("PERSON", "Stevo"), ("PERSON", "Big Kenny")],
        ),
        ("nb", "Gamle Torvald satt alltid ved vinduet.", [("PERSON", "Gamle Torvald")]),
        # not before a word that is no name
        ("en", "It was a Big Mac and chips.", []),
        # session 26: a lower-case line, the prefix opening the sentence
        ("en", "big tonka was the porter on nights", [("PERSON", "big tonka")]),
        ("en", "old leeds was different then", [("LOCATION", "leeds")]),  # a listed place
    ],
)
def test_name_prefixes(detectors, lang, text, expected):
    from detect_helpers import typed_replacements

    assert typed_replacements(detectors[lang], text) == expected


def test_a_word_no_list_has_before_a_name_joins_it_on_a_lower_case_line(detectors):
    """Session 21: "rosalinda pangilinan" had only the surname replaced (NER's place)."""
    replaced = [
        d.text
        for d in detectors["nb"].detect("marivic dumalagan var nattevakt")
        if d.action == REPLACE
    ]
    assert all(any(w in r for r in replaced) for w in ("marivic", "dumalagan")), replaced
    replaced = [
        d.text
        for d in detectors["nb"].detect("rosvita pangilinan var nattevakt")
        if d.action == REPLACE
    ]
    assert all(any(w in r for r in replaced) for w in ("rosvita", "pangilinan")), replaced


def _flag(text: str, word: str, source: str) -> DetectedEntity:
    start = text.index(word)
    return DetectedEntity(start, start + len(word), "PERSON", "flag", 0.3, word, source)


@pytest.mark.parametrize(
    ("text", "flagged", "name", "source", "expected"),
    [
        # lcen23: an everyday word flagged as one of a pair of subjects, joined to a replaced
        # person, is that person's partner ("rusty and dervla came round"): replaced
        ("rusty and dervla came round", "rusty", "dervla", "LowerCaseSubjectRecognizer",
         [("PERSON", "rusty"), ("PERSON", "dervla")]),
        # a flag from another layer, or one not joined by "and" to the person, stays a flag
        # (session 32: unless it is a listed first name too — "rusty and dervla" are two
        # first names, so two people; "gravy" is no first name)
        ("gravy and dervla came round", "gravy", "dervla", "FlagRecognizer",
         [("PERSON", "dervla")]),
        ("rusty and dervla came round", "rusty", "dervla", "FlagRecognizer",
         [("PERSON", "rusty"), ("PERSON", "dervla")]),
        ("rusty came round, dervla too", "rusty", "dervla", "LowerCaseSubjectRecognizer",
         [("PERSON", "dervla")]),
    ],
)  # fmt: skip
def test_a_flagged_subject_beside_a_replaced_person_is_replaced(
    text, flagged, name, source, expected
):
    found = [_flag(text, flagged, source), _person(text, name)]
    found.sort(key=lambda d: d.start)
    assert _replaced(coordinated_names(text, found)) == expected


# nb23: "ho X og ho Y" — a dialect pronoun before each of two joined words is the article of
# two names, so an everyday word there is a name too ("ho stjerna og ho nora").
@pytest.mark.parametrize(
    ("text", "name", "partner"),
    [
        ("ho stjerna og ho nora satt i stua", "nora", "stjerna"),
        ("han ola og han fjell kom på besøk", "ola", "fjell"),
        ("det var ho kari og han bekken som hjalp meg", "kari", "bekken"),
    ],
)
def test_pronoun_article_pairs_take_everyday_words(text, name, partner):
    found = coordinated_names(text, [_person(text, name)])
    assert ("PERSON", partner) in _replaced(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("ho nora og ho også kom", "nora"),  # an adverb after the second pronoun
        ("han ola og han kom seint", "ola"),  # a verb
        ("ho nora og ho ringte", "nora"),  # a past-tense verb
        ("ho nora og blomster", "nora"),  # no pronoun before the everyday word
        ("ho nora og ho der borte", "nora"),  # a function word
        ("han ola og han tromsø", "ola"),  # a place
    ],
)
def test_pronoun_pairs_without_a_name_stay(text, name):
    assert _replaced(coordinated_names(text, [_person(text, name)])) == [("PERSON", name)]


def _rare_flag(text: str, word: str, kind: str = "RARE_WORD") -> DetectedEntity:
    start = text.index(word)
    return DetectedEntity(start, start + len(word), kind, FLAG, 0.3, word, "test")


@pytest.mark.parametrize(
    ("text", "name", "flagged", "grown"),
    [
        # lcnb24, lower-case lines: a first name that is an everyday word ("sol", "dag"),
        # opening the line or a clause right before a replaced surname, is the first name
        ("sol hagen var primærkontakten min", "hagen", None, "sol hagen"),
        ("og dag berge kom innom etterpå", "berge", None, "dag berge"),
        # a first name no list has that only a flag showed joins the name, the flag gone
        ("oddmar flåten fra lyngen var der", "flåten", "oddmar", "oddmar flåten"),
        ("vi møtte gunnbjørg ravnås på kurset", "ravnås", "gunnbjørg", "gunnbjørg ravnås"),
    ],
)
def test_a_first_name_before_a_surname_on_a_lower_case_line(text, name, flagged, grown):
    found = [_person(text, name)] + ([_rare_flag(text, flagged)] if flagged else [])
    out = first_name_before(text, sorted(found, key=lambda d: d.start))
    assert _replaced(out) == [("PERSON", grown)]
    assert not [d for d in out if d.action == FLAG]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # lcnb24: an everyday first-name word inside a clause is the word ("i dag berge …"),
        # a function word is no first name ("will smith"), a comma keeps words apart
        ("det skjedde i dag berge kom hjem", "berge"),
        ("will smith came round", "smith"),
        ("vi hadde sol, hagen var fin", "hagen"),
    ],
)
def test_no_everyday_word_inside_a_clause_joins_a_surname(text, name):
    assert _replaced(first_name_before(text, [_person(text, name)])) == [("PERSON", name)]


def _flagged(found: list[DetectedEntity]) -> list[str]:
    return [d.text for d in found if d.action == FLAG and d.type == "PERSON"]


@pytest.mark.parametrize(
    ("text", "name", "partner"),
    [
        # an everyday word before "og" and a replaced name: a nickname (session 26)
        ("så traff eg blank og eldbjørg på kaia", "eldbjørg", "blank"),
        # after the name, as the pair's subject
        ("torbjørn og spurv var de eneste som kom", "torbjørn", "spurv"),
        ("kennet and sparky were the only ones left", "kennet", "sparky"),
        # the NER model's place that is no listed place is taken as the partner
        ("eg møtte grå og yrvald", "yrvald", "grå"),
    ],
)
def test_an_everyday_word_joined_to_a_name_is_flagged(text, name, partner):
    kind = "LOCATION" if name == "yrvald" else "PERSON"
    person = _person(text, name, kind)
    if kind == "LOCATION":
        person = DetectedEntity(
            person.start, person.end, kind, REPLACE, 0.85, name, "spacy-ner"
        )
    found = coordinated_names(text, [person])
    assert _flagged(found) == [partner]
    assert _replaced(found) == [(kind, name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("sigrunn og bor på hamar nå", "sigrunn"),  # a verb after the pair: no subject
        ("sigrunn og kona hans kom", "sigrunn"),  # a noun the name owns
        ("vi var hos sigrunn og ungene i jula", "sigrunn"),  # still no subject
        ("møte med sigrunn fra kommunen og ho agnete", "agnete"),  # after a preposition
        ("on sunday night and sigrunn came", "sigrunn"),  # a time word
    ],
)
def test_words_beside_a_name_that_are_no_nickname_stay_unflagged(text, name):
    found = coordinated_names(text, [_person(text, name)])
    assert _flagged(found) == []
