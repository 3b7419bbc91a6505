"""Restarts: a short and a full form of one name side by side are one person (issue 10, item 7).

Unit tests of the two rules on hand-built detections, then the real detector on restarts it
used to leave half in clear text (the short form kept while the full one was replaced).
"""

from __future__ import annotations

import pytest
from detect_helpers import by_action

from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.restarts import promote_repeats, restart_forms, short_forms


def _person(text: str, word: str, action: str = REPLACE) -> DetectedEntity:
    start = text.index(word)
    kind = "PERSON" if action == REPLACE else "CAPITALIZED"
    return DetectedEntity(start, start + len(word), kind, action, 0.8, word, "test")


def _replaced(found: list[DetectedEntity]) -> list[str]:
    return [d.text for d in found if d.action == REPLACE]


@pytest.mark.parametrize(
    ("text", "name", "other"),
    [
        ("Dom, uh, Dominic, he was my advocate.", "Dominic", "Dom"),
        ("steph, well, stephanie rowse, she rang.", "stephanie rowse", "steph"),
        ("shar, or sharmarke, was my roommate.", "shar", "sharmarke"),
        ("Chris — Christopher — came round.", "Christopher", "Chris"),
        ("han kjelle, eller kjellaug, kom innom.", "kjellaug", "kjelle"),
        ("Gabs, sorry, Gabriella drove.", "Gabriella", "Gabs"),
        ("Bea... Beatrice sa det.", "Beatrice", "Bea"),
    ],
)
def test_the_other_form_of_a_restart_becomes_the_same_person(text, name, other):
    found = restart_forms(text, [_person(text, name)])
    assert sorted(_replaced(found)) == sorted([name, other])
    added = next(d for d in found if d.text == other)
    assert added.type == "PERSON"


def test_a_flag_on_the_other_form_is_promoted_not_duplicated():
    text = "shar, or sharmarke, was my roommate."
    found = restart_forms(text, [_person(text, "shar"), _person(text, "sharmarke", FLAG)])
    assert [(d.text, d.action, d.type) for d in found] == [
        ("shar", REPLACE, "PERSON"),
        ("sharmarke", REPLACE, "PERSON"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Dominic Dom came round.",  # no pause or repair word: not a restart
        "Dominic said the dominoes were his.",  # other words in between
        "I told the, uh, Theodore about it.",  # a function word is never a short form
        "Dominic, he was, um, dominant in there.",  # too far apart
        "Do, uh, Dominic came.",  # two letters are too short a form
        "Domes, uh, Dominic came.",  # "dome" is no cut of "Dominic"
    ],
)
def test_no_restart_no_new_name(text):
    name = next(w for w in ("Theodore", "Dominic") if w in text)
    assert _replaced(restart_forms(text, [_person(text, name)])) == [name]


def test_without_a_replaced_name_nothing_changes():
    text = "steph, well, stephanie, she rang."
    flags = [_person(text, "steph", FLAG), _person(text, "stephanie", FLAG)]
    assert restart_forms(text, flags) == flags


def test_promote_repeats_keeps_a_lower_case_word_apart_from_a_capitalized_name():
    text = "Dr. Bell rang the bell."
    bell = text.index("bell")
    flag = DetectedEntity(bell, bell + 4, "RARE_WORD", FLAG, 0.2, "bell", "test")
    found = promote_repeats([_person(text, "Bell"), flag])
    assert _replaced(found) == ["Bell"]


@pytest.mark.parametrize(
    ("lang", "text", "both"),
    [
        ("en", "Dom, uh, Dominic, he was my advocate at the tribunal.", ["Dom", "Dominic"]),
        ("en", "Gabs, sorry, Gabriella drove me home.", ["Gabs", "Gabriella"]),
        ("nb", "Mikke, eh, Mikkel var den eneste som ringte.", ["Mikke", "Mikkel"]),
    ],
)
def test_detector_replaces_both_forms_of_a_restart(detectors, lang, text, both):
    replaced, _ = by_action(detectors[lang], text)
    assert all(form in replaced for form in both), replaced


# ---- session 19: corrected spellings of any kind, short forms anywhere in the text ----


@pytest.mark.parametrize(
    ("text", "said", "corrected", "kind"),
    [
        ("We moved to Morpith, Morpeth I mean, when I was nine.", "Morpith", "Morpeth", "LOCATION"),
        ("Hun het Gulnara, nei, Gulnaza, tror jeg.", "Gulnara", "Gulnaza", "PERSON"),
        ("They sent me to Aldgrove, sorry, Aldergrove.", "Aldergrove", "Aldgrove", "LOCATION"),
    ],
)
def test_a_corrected_spelling_takes_the_kind_of_the_replaced_one(text, said, corrected, kind):
    start = text.index(said)
    place = DetectedEntity(start, start + len(said), kind, REPLACE, 0.8, said, "test")
    found = restart_forms(text, [place])
    other = next(d for d in found if d.text == corrected)
    assert (other.type, other.action) == (kind, REPLACE)


@pytest.mark.parametrize(
    "text",
    [
        "We moved to Morpeth, Melrose after that.",  # another place, not a spelling of it
        "I went to Morpeth, More or less every week.",  # too little in common
    ],
)
def test_a_different_word_after_a_place_is_no_correction(text):
    start = text.index("Morpeth")
    place = DetectedEntity(start, start + 7, "LOCATION", REPLACE, 0.8, "Morpeth", "test")
    assert _replaced(restart_forms(text, [place])) == ["Morpeth"]


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        (
            "Sio, we said on bad days; our key worker was Siobhán Tierney.",
            "Siobhán Tierney",
            "Sio",
        ),
        ("han heter leonhard, men vi sier bare leonh", "leonhard", "leonh"),
        ("my cousin is called kristofer, kristo for short", "kristofer", "kristo"),
    ],
)
def test_a_short_form_elsewhere_in_the_text_is_the_same_person(text, name, short):
    found = [_person(text, name)]
    if short[:1].isupper():
        found.append(_person(text, short, FLAG))
    out = short_forms(text, sorted(found, key=lambda d: d.start))
    assert sorted(_replaced(out)) == sorted([name, short])


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The new cook, Augustina, started in August.", "Augustina"),  # a month
        ("hun heter solveig og sola skinte hele dagen", "solveig"),  # four letters, a word
        ("Marianne came, and the marina was full.", "Marianne"),  # not a cut of the name
        ("Sebastian says the sea is cold.", "Sebastian"),  # a function-size word
    ],
)
def test_everyday_words_that_begin_like_a_name_stay_words(text, name):
    assert _replaced(short_forms(text, [_person(text, name)])) == [name]


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        ("the lads call me herb, real name's herbert grant", "herbert grant", "herb"),
        ("hun heter solveig og sola skinte hele dagen", "solveig", "sola"),
    ],
)
def test_a_four_letter_word_cut_from_a_name_is_flagged_on_a_lower_case_line(text, name, short):
    """Session 27: never replaced (a word), never silent either: the steward is asked."""
    out = short_forms(text, [_person(text, name)])
    assert _replaced(out) == [name]
    assert [(d.text, d.type) for d in out if d.action == FLAG] == [(short, "PERSON")]


def test_a_four_letter_word_on_a_line_with_capitals_is_left_alone():
    text = "Mick said his name was Michael Moran."
    out = short_forms(text, [_person(text, "Michael Moran")])
    assert [d.text for d in out if d.action == FLAG] == []


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("nb", "ho heter torunn, men alle sier bare torun i bygda", ["torunn"]),
        ("en", "We had a nurse, Ffion Pritchard-Lloyd, Ffi we called her.", ["Ffi"]),
        ("nb", "Han het Vegard, nei, Vegar, den nye på posten.", ["Vegard", "Vegar"]),
    ],
)
def test_detector_replaces_short_forms_and_corrections(detectors, lang, text, names):
    replaced, _ = by_action(detectors[lang], text)
    assert all(any(n in r for r in replaced) for n in names), replaced


def test_a_name_said_after_its_spelling_is_the_same_person():
    text = "It's spelled T-E-G-W-E-N, Tegwen, with a G."
    spelled = text.index("T-E-G-W-E-N")
    found = [
        DetectedEntity(spelled, spelled + 11, "PERSON", REPLACE, 0.85, "T-E-G-W-E-N", "test"),
        _person(text, "Tegwen", FLAG),
    ]
    assert _replaced(promote_repeats(found, text)) == ["T-E-G-W-E-N", "Tegwen"]


def test_the_name_said_again_unflagged_is_replaced_unless_it_is_a_word():
    text = "vi kalte ham tobbsen, og tobbsen var den morsomme"
    found = short_forms(text, [_person(text, "tobbsen")])
    assert _replaced(found) == ["tobbsen", "tobbsen"]
    text = "dr lamb was kind, lamb like the animal"
    assert _replaced(short_forms(text, [_person(text, "lamb")])) == ["lamb"]


def _entity(text: str, word: str, kind: str, action: str = REPLACE) -> DetectedEntity:
    start = text.index(word)
    return DetectedEntity(start, start + len(word), kind, action, 0.8, word, "test")


@pytest.mark.parametrize(
    ("text", "name", "kind", "again"),
    [
        # a place or an institution said twice: the flagged repeat takes its type
        ("på Skjelbreia, eh, Skjelbreia sykehjem", "Skjelbreia sykehjem", "ORGANIZATION",
         "Skjelbreia"),
        ("we went to Pendlebury, you know, Pendlebury Road", "Pendlebury Road", "LOCATION",
         "Pendlebury"),
    ],
)  # fmt: skip
def test_a_flagged_repeat_of_a_place_or_institution_takes_its_type(text, name, kind, again):
    flag = DetectedEntity(text.index(again), text.index(again) + len(again), "CAPITALIZED",
                          FLAG, 0.3, again, "test")  # fmt: skip
    found = promote_repeats([flag, _entity(text, name, kind)], text)
    assert [(d.type, d.text) for d in found if d.action == REPLACE] == [
        (kind, again),
        (kind, name),
    ]


def test_the_kind_word_of_an_institution_is_no_repeat():
    text = "Fjellheim sykehjem var fint, men et sykehjem er et sykehjem."
    found = promote_repeats([_entity(text, "Fjellheim sykehjem", "ORGANIZATION")], text)
    assert _replaced(found) == ["Fjellheim sykehjem"]


@pytest.mark.parametrize(
    ("text", "name", "replaced"),
    [
        # an unmarked repeat that cannot be the everyday word: mid-sentence capital
        ("Vi kalte ham Bakke, ja, Bakke het han.", "Bakke", ["Bakke", "Bakke"]),
        # a word no list has, even at a sentence start
        ("Ottilie kom. Ottilie var snill.", "Ottilie", ["Ottilie", "Ottilie"]),
        # the everyday word at a sentence start or after an article stays
        ("I met Hope there. Hope is all I had.", "Hope", ["Hope"]),
        ("We called him Brook, by the brook.", "Brook", ["Brook"]),
    ],
)
def test_unmarked_repeats_of_a_replaced_name(text, name, replaced):
    found = promote_repeats([_entity(text, name, "PERSON")], text)
    assert _replaced(found) == replaced


@pytest.mark.parametrize(
    ("text", "said", "full"),
    [
        # session 21: a surname or first name said, then after a repair the whole name
        ("det var brekke, eh, rolf brekke, som ringte", "brekke", "rolf brekke"),
        ("it was hale, um, doreen hale who signed it", "hale", "doreen hale"),
        ("Maja, altså Maja Lien, var der hver dag.", "Maja", "Maja Lien"),
        ("æ ringte til strand, altså hilde strand, fastlegen", "strand", "hilde strand"),
    ],
)
def test_a_word_restated_as_the_whole_name_is_that_person(text, said, full):
    from anonkit.anonymize.restarts import restated_in_full

    out = restated_in_full(text, [_person(text, full)])
    assert _replaced(out) == [said, full]


@pytest.mark.parametrize(
    "text",
    [
        "vold er ikke greit, Marit Vold sa det",  # a sentence between, no restart
        "det er vold i filmen, sa Marit Vold",  # words between
    ],
)
def test_no_restatement_without_a_repair(text):
    from anonkit.anonymize.restarts import restated_in_full

    full = "Marit Vold"
    start = text.rindex(full)
    found = [DetectedEntity(start, start + len(full), "PERSON", REPLACE, 0.8, full, "test")]
    assert _replaced(restated_in_full(text, found)) == [full]


def test_an_everyday_word_on_a_line_with_capitals_is_no_short_form(detectors):
    """Session 21: "bolig" was replaced as a short form of NER's "Boligbygg"."""
    replaced = [
        d.text
        for d in detectors["nb"].detect("Vi fikk bolig gjennom Boligbygg.")
        if d.action == REPLACE
    ]
    assert "bolig" not in replaced
    # on a line without capitals the short form still links ("rønna" for Rønnaug)
    replaced = [
        d.text
        for d in detectors["nb"].detect("ho heter rønnaug men alle sier bare rønna")
        if d.action == REPLACE
    ]
    assert "rønna" in replaced


@pytest.mark.parametrize(
    ("text", "name", "replaced", "flagged"),
    [
        # session 22: a lower-case name that is also a word, said again before a person's verb
        ("saksbehandleren min het bratt, og bratt svarte aldri", "bratt", ["bratt", "bratt"], []),
        ("we called him stone, and stone rang me every night", "stone", ["stone", "stone"], []),
        # said again anywhere else: a flag for the steward, never a silent leak
        ("i met hope there. hope is all i had.", "hope", ["hope"], ["hope"]),
        ("dr lamb was kind, lamb like the animal", "lamb", ["lamb"], ["lamb"]),
        # after an article it is the word: nothing
        ("we called him brook, by the brook.", "brook", ["brook"], []),
    ],
)
def test_a_lower_case_repeat_of_a_name_that_is_a_word(text, name, replaced, flagged):
    found = promote_repeats([_entity(text, name, "PERSON")], text)
    assert _replaced(found) == replaced
    assert [d.text for d in found if d.action == FLAG] == flagged


def test_a_capitalized_name_leaves_the_lower_case_word_alone():
    text = "Dr. Bell rang the bell, and bell means nothing to me"
    found = promote_repeats([_entity(text, "Bell", "PERSON")], text)
    assert _replaced(found) == ["Bell"]
    assert not [d for d in found if d.action == FLAG]


def test_a_name_completed_late_is_still_taken_when_said_again(detectors):
    """Session 22: the surname is joined to the first name by a late step (``surname
    after``); its repeat must still be shown, not left silently."""
    replaced, flagged = by_action(
        detectors["nb"], "psykologen het dagrun bekk, og bekk var veldig tydelig på det"
    )
    assert "dagrun bekk" in replaced
    assert "bekk" in replaced + flagged


def test_running_promote_repeats_twice_keeps_its_flags_flags():
    text = "mr. keen was the consultant and he was not that keen, honestly"
    once = promote_repeats([_entity(text, "keen", "PERSON")], text)
    twice = promote_repeats(once, text)
    assert _replaced(twice) == ["keen"]
    assert [d.text for d in twice if d.action == FLAG] == ["keen"]


@pytest.mark.parametrize(
    ("text", "names", "replaced", "flagged"),
    [
        # lcnb24: a lower-case surname that is a word, said again where only a name stands:
        # right after the replaced first name ("het bakke, eirik bakke"),
        (
            "fastlegen het bakke, eirik bakke.",
            ["bakke", "eirik"],
            ["bakke", "eirik", "bakke"],
            [],
        ),
        # alone as the subject of a clause before a finite verb, when it was said as the
        # surname of a full name,
        (
            "kontaktpersonen het sigrid lyng, og lyng var streng med oss",
            ["sigrid lyng"],
            ["sigrid lyng", "lyng"],
            [],
        ),
        ("han het tore sand, og sand hadde alltid tid", ["tore sand"], ["tore sand", "sand"], []),
        # or restated alone, closing the sentence ("…, ja, grav.")
        ("lensmannen het grav, trur eg, ja, grav.", ["grav"], ["grav", "grav"], []),
    ],
)
def test_a_lower_case_surname_said_again_where_only_a_name_stands(
    text: str, names: list[str], replaced: list[str], flagged: list[str]
) -> None:
    found = promote_repeats([_entity(text, n, "PERSON") for n in names], text)
    assert _replaced(found) == replaced
    assert [d.text for d in found if d.action == FLAG] == flagged


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # lcnb24: the word said again as the word stays a flag: after a preposition or a
        # verb, before no finite verb, not closing the sentence alone
        ("hun het kari lyng, og vi gikk gjennom lyng hele dagen", "kari lyng"),
        ("han het tore sand, og sand og stein lå overalt", "tore sand"),
        ("han het ola stein, og det var stein overalt", "ola stein"),
        ("han het ola bakke, og vi sykla opp bakke, bratt bakke.", "ola bakke"),
        # a one-word name said before a verb was never in a surname's place
        ("ho het lyng, og lyng var overalt på heia", "lyng"),
    ],
)
def test_a_lower_case_repeat_said_as_the_word_stays_a_flag(text: str, name: str) -> None:
    found = promote_repeats([_entity(text, name, "PERSON")], text)
    assert _replaced(found) == [name]
    assert all(d.action == FLAG for d in found[1:])
