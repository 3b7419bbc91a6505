"""Named institutions on lines ASR wrote without capitals (session 20), on the real detector.

Why: the institution patterns key on the name's capitals ("Leeds General Infirmary",
"Persbråten sykehus"); on a lower-case line only the place inside the name was replaced, or
nothing was, and the institution stayed in clear text. ``recognizers/lower_institutions.py``
takes a name (a word no list knows, or a hyphened place) before a head word, or after a head
that opens a name; everyday words before a head ("the old hospital") stay words.
"""

from __future__ import annotations

import pytest
from detect_helpers import by_action, typed_replacements

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.recognizers.lower_institutions import LowerCaseInstitutionRecognizer


@pytest.mark.parametrize(
    ("lang", "text", "span"),
    [
        ("nb", "moren min lå på kalnes sykehus i to uker", "kalnes sykehus"),
        ("nb", "ho var på nord-troms dps en periode", "nord-troms dps"),
        ("nb", "jeg ble overført til dps nordfjord etter jul", "dps nordfjord"),
        # lcnb22: "(distrikts)psykiatrisk senter" + its place, the kind before the name
        ("nb", "jeg var innlagt på psykiatrisk senter tynset i fjor", "psykiatrisk senter tynset"),
        (
            "nb",
            "hun ble sendt til distriktspsykiatrisk senter kvinnherad",
            "distriktspsykiatrisk senter kvinnherad",
        ),
        ("nb", "broren spilte for byåsen il som liten", "byåsen il"),
        ("nb", "vi gikk i pinsekirken betania hver søndag", "pinsekirken betania"),
        ("en", "my cousin plays for tranmere rovers now", "tranmere rovers"),
        ("en", "my son goes to ashfield comprehensive", "ashfield comprehensive"),
        ("en", "they moved me to wythenshawe hospital in the end", "wythenshawe hospital"),
        ("en", "he was at castlebeck house for a year", "castlebeck house"),
        ("en", "i did my gcses at kingsmead academy", "kingsmead academy"),
        # a definite noun after a head that opens a name
        ("nb", "vi spiste ofte på kafé måken i sentrum", "kafé måken"),
        ("nb", "han satt på klubbhuset fristedet hver kveld", "klubbhuset fristedet"),
        # the team someone played for, said in lower case
        ("nb", "han spilte håndball for fyllingen i mange år", "fyllingen"),
        ("nb", "jeg spilte for frigg som gutt", "frigg"),
        ("en", "he played rugby for wakefield trinity till he was twenty", "wakefield trinity"),
        ("en", "my brother plays for ossett albion now", "ossett albion"),
        # session 22: a listed place that is no everyday word names the institution too
        ("en", "the bed at naas general hospital was ready at last", "naas general hospital"),
        # session 23: the heads of religious buildings in their own languages
        ("en", "we pray at jamia masjid on fridays", "jamia masjid"),
        ("en", "my dad took us to the medina masjid in the holidays", "medina masjid"),
        ("en", "the langar at sri guru singh sabha gurdwara was lovely",
         "sri guru singh sabha gurdwara"),
        ("en", "we went to shree ram mandir for diwali", "shree ram mandir"),
        ("en", "we were married in fintry kirk in the end", "fintry kirk"),
    ],
)
def test_named_institutions_on_lower_case_lines_are_replaced(request, lang, text, span):
    assert (ORGANIZATION, span) in typed_replacements(request.getfixturevalue(lang), text)


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        ("nb", "jeg var på det gamle sykehuset i to uker", "sykehuset"),
        ("nb", "hun jobber på sykehus nå", "sykehus"),
        ("nb", "det var et psykiatrisk senter der oppe", "senter"),
        ("nb", "på psykiatrisk senter var det stille", "senter"),
        ("nb", "han gikk på senter hver dag", "senter"),
        ("nb", "det var en time skole om dagen", "skole"),
        ("en", "i was in the old hospital for ages", "hospital"),
        ("en", "she went to my nan's house after", "house"),
        ("en", "we walked past the big house", "house"),
        ("en", "it was the first time since school that i felt normal", "school"),
        ("nb", "vi spilte for moro skyld hele kvelden", "moro"),
        ("nb", "vi satt på kafeen hele dagen etterpå", "kafeen"),
        ("nb", "det var en kafé bakerst i butikken", "bakerst"),
        ("nb", "han spilte for oss i bryllupet", "oss"),
        ("en", "we played for hours in the garden", "hours"),
        ("en", "she played for the school once", "school"),
        ("en", "i was in the central mental hospital for a year", "central"),
        ("en", "we go to the local masjid on fridays", "local"),
        ("en", "the old kirk was shut", "old"),
        ("en", "the big mandir had a new roof", "big"),
    ],
)
def test_everyday_words_before_a_head_stay_words(request, lang, text, word):
    replaced, _ = by_action(request.getfixturevalue(lang), text)
    assert not any(word in r for r in replaced), replaced


def test_lines_with_capitals_are_left_to_the_capitals_patterns():
    recognizer = LowerCaseInstitutionRecognizer("en")
    assert not list(recognizer.find("My son goes to Ashfield comprehensive."))
    assert list(recognizer.find("my son goes to ashfield comprehensive."))


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # blind10 session: a company or charity suffix takes everyday words as the name
        ("the drop-in is run by open doors cic on a tuesday", "open doors cic"),
        ("she does the books for bright futures ltd in the town", "bright futures ltd"),
        ("my dad worked for kestrel engineering limited for years", "kestrel engineering limited"),
        # charities, trusts and helplines with a name no list knows
        ("the wirral crisis line never picked up", "wirral crisis line"),
        ("i got a grant off the hallam foundation", "hallam foundation"),
    ],
)
def test_company_suffixes_and_charity_heads(text: str, span: str) -> None:
    rec = LowerCaseInstitutionRecognizer("en")
    found = [text[r.start : r.end] for r in rec.analyze(text, None, None)]
    assert span in found


@pytest.mark.parametrize(
    "text",
    [
        "we set it up as a private limited company in the end",
        "they were limited edition trainers, mind",
        "i rang the crisis line and they were useless",
        "it's all held in trust till she's eighteen",
        "the nhs trust wouldn't pay for it",
    ],
)
def test_suffix_and_charity_words_alone_stay_words(text: str) -> None:
    rec = LowerCaseInstitutionRecognizer("en")
    assert list(rec.analyze(text, None, None)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind10 session: a verb and nothing else before a school or hospital is its name
        ("i did my access course at bury college", ["bury college"]),
        ("they sent me home from wrest hospital in the end", ["wrest hospital"]),
        # nouns and adjectives there are a kind of school; "to" + verb is a verb phrase
        ("she was at art college in leeds for a year", []),
        ("he's at medical school now", []),
        ("i had to attend college twice a week", []),
    ],
)
def test_verb_named_schools(text: str, expected: list[str]) -> None:
    rec = LowerCaseInstitutionRecognizer("en")
    assert [text[r.start : r.end] for r in rec.analyze(text, None, None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # blind10 session: Welsh and Irish heads open the name; it ends at its last word that
        # is no English word
        ("my sister went to ysgol glan clwyd, all in welsh", ["ysgol glan clwyd"]),
        ("ysbyty gwynedd first, then they moved me", ["ysbyty gwynedd"]),
        ("the kids are at gaelscoil na camóige now", ["gaelscoil na camóige"]),
        ("the ysgol was shut for the snow", []),  # no name after the head
        ("i did a course at coleg gwent in crosskeys", ["coleg gwent"]),  # the town is apart
    ],
)
def test_welsh_and_irish_heads(text: str, expected: list[str]) -> None:
    rec = LowerCaseInstitutionRecognizer("en")
    assert [text[r.start : r.end] for r in rec.analyze(text, None, None)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "It's a Welsh-medium school, so everything was in Welsh.",
        "it's a welsh-medium school, so everything was in welsh.",
        "We went to the Polish-speaking church on a Sunday.",
    ],
)
def test_a_language_described_school_is_no_name(en, text: str) -> None:
    replaced, _ = by_action(en, text)
    assert not any("medium" in r or "speaking" in r for r in replaced), replaced


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lcen22: "church of god", "church of christ", "church of scotland": the name runs
        # from the words before the head that are no function words to the end of the tail
        (
            "we go to the deliverance gospel church of god in bow now",
            ["deliverance gospel church of god"],
        ),
        ("my gran was church of scotland all her life", ["church of scotland"]),
        (
            "the holy trinity assembly of the living god took us in",
            ["holy trinity assembly of the living god"],
        ),
        # no tail that names a church: words
        ("we went to church on a sunday", []),
        ("it was the church of my childhood", []),
        ("a church of some kind, i think", []),
        ("the people at church of all places were the worst", []),
    ],
)
def test_church_of_names(text: str, expected: list[str]) -> None:
    rec = LowerCaseInstitutionRecognizer("en")
    found = [text[r.start : r.end] for r in rec.analyze(text, None, None)]
    assert all(span in found for span in expected) and (found or not expected), found
    assert expected or not found, found


def test_church_of_names_need_a_lower_case_line() -> None:
    rec = LowerCaseInstitutionRecognizer("en")
    assert list(rec.analyze("We go to the Deliverance church of god in Bow.", None, None)) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lcen22: a pub team's name "X and Y" ("the rose and crown", "the fox and hounds")
        # when "team" or "side" follows it
        ("he played pool for the plough and harrow team on a thursday", ["plough and harrow"]),
        ("i played darts for the fox and hounds side for years", ["fox and hounds"]),
        # without the team word "and" ends the club: the rest is the sentence
        ("he played for kelso and then he packed it in", ["kelso"]),
        ("she played for fun and the exercise team spirit", []),
    ],
)
def test_pub_team_names_with_and(text: str, expected: list[str]) -> None:
    rec = LowerCaseInstitutionRecognizer("en")
    assert [text[r.start : r.end] for r in rec.analyze(text, None, None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lcen22: the club after "season ticket (holder) at/for/with", and a club named "X of
        # (the) Y" after "supports", "follows" (org_shapes' capitals patterns in lower case)
        (
            "she's had a season ticket at heart of midlothian since she was six",
            ["heart of midlothian"],
        ),
        ("he's a season ticket holder at hibs, his whole life", ["hibs"]),
        ("my uncle supports queen of the south, god help him", ["queen of the south"]),
        # the train, the time, people and work of something: no club
        ("i had a season ticket for the train into leeds", []),
        ("a season ticket at the time cost a fortune", []),
        ("she supports members of the public with forms", []),
        ("he supported the work of the trust", []),
        ("it supports people of all ages", []),
    ],
)
def test_supporters_clubs_on_lower_case_lines(text: str, expected: list[str]) -> None:
    rec = LowerCaseInstitutionRecognizer("en")
    assert [text[r.start : r.end] for r in rec.analyze(text, None, None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lcen23: care homes are named like hospitals, a name before the kind of home
        ("my gran's in thornfield care home, in the end", ["thornfield care home"]),
        ("they moved him to glenavon nursing home last may", ["glenavon nursing home"]),
        ("she does nights at rosemount residential care home", ["rosemount residential care home"]),
        # a care home of everyday words, or one owned, is no name
        ("my nan went into a care home last year", []),
        ("she's in the care home up the road", []),
        ("the local nursing home rang about her", []),
        ("my mum's care home was lovely", []),
    ],
)
def test_care_home_names(text: str, expected: list[str]) -> None:
    rec = LowerCaseInstitutionRecognizer("en")
    assert [text[r.start : r.end] for r in rec.analyze(text, None, None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # lcen23: a Norwegian company suffix ("AS", "ASA") said in an English lower-case line
        # after a word no list knows, closing the clause ("a small firm, fjordlys as, in bergen")
        ("it's a small firm, fjordlys as, they do fish feed", ["fjordlys as"]),
        ("i was at kvitberg asa for three years.", ["kvitberg asa"]),  # "asa" is no word
        ("it's fjordlys as far as i know", []),  # "as" must close the clause
        # the conjunction after everyday words stays a word
        ("it was the same as, you know, before", []),
        ("things such as, like, bread", []),
        ("he was known as, um, the quiet one", []),
    ],
)
def test_norwegian_company_suffixes_in_english(text: str, expected: list[str]) -> None:
    rec = LowerCaseInstitutionRecognizer("en")
    assert [text[r.start : r.end] for r in rec.analyze(text, None, None)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # nb24: nynorsk school and care heads, and compound heads of reception centres and
        # parks, after a word no list knows
        ("så begynte eg på straumsnes vidaregåande", ["straumsnes vidaregåande"]),
        ("ho gjekk på hovlandsvik ungdomsskule i tre år", ["hovlandsvik ungdomsskule"]),
        ("vi budde eit år på lauvdal asylmottak", ["lauvdal asylmottak"]),
        ("han jobbar på grenvik helsepark", ["grenvik helsepark"]),
        # everyday words before the head stay words
        ("eg gjekk på vidaregåande i byen", []),
        ("ho jobba på den nye ungdomsskulen", []),
        ("det var eit stort asylmottak", []),
        ("vi gjekk tur i næringsparken", []),
    ],
)
def test_nynorsk_and_compound_heads(text: str, expected: list[str]) -> None:
    rec = LowerCaseInstitutionRecognizer("nb")
    assert [text[r.start : r.end] for r in rec.analyze(text, None, None)] == expected
