"""Session 28 (blind17 as development material): names people say for someone, ward units,
small firms and estates named like institutions, "X on sea", a decade after a birth word, a
number said around "slash". Table tests on each recognizer alone, positive and negative;
every name and number here is invented.
"""

from __future__ import annotations

import pytest
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.gazetteer_institution import InstitutionGazetteerRecognizer
from anonkit.anonymize.recognizers.hyphen_places import HyphenPlaceRecognizer
from anonkit.anonymize.recognizers.lower_institutions import LowerCaseInstitutionRecognizer
from anonkit.anonymize.recognizers.named_as import NamedAsRecognizer
from anonkit.anonymize.recognizers.names_in_context import NameInContextRecognizer
from anonkit.anonymize.recognizers.spoken_dates import SpokenDateRecognizer
from anonkit.anonymize.recognizers.spoken_numbers import SpokenNumberRecognizer


def _texts(recognizer, text: str) -> list[str]:
    return [t for _, t in spans(recognizer, text)]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("hun heter margit, men på avdelinga sier de bare gitta.", ["gitta"]),
        ("broren min, vi sier tuffa, bor i byen", ["tuffa"]),
        ("onkel reidar, dudda sier vi, kommer i morgen", ["dudda"]),
        ("legen het sørlie, men alle sa bare bønna.", ["bønna"]),
        # not: what was said, function words, adverbs, the clause goes on
        ("de sier bare takk.", []),
        ("nei, sier vi.", []),
        ("han sa bare hei og gikk.", []),
        ("de sier bare at det går bra.", []),
        ("vi sier bare sånn.", []),
        ("hun sa bare unnskyld.", []),
    ],
)
def test_names_said_for_someone(text: str, names: list[str]) -> None:
    assert _texts(NamedAsRecognizer("nb"), text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("hjemme kalte vi ham bamsen.", ["bamsen"]),
        ("på skolen kalte de henne pipa", ["pipa"]),
        # not: the object pronoun, a verb particle
        ("så kalte hun meg dum.", []),
        ("da kalte de ham inn på kontoret.", []),
    ],
)
def test_naming_verb_before_its_subject(text: str, names: list[str]) -> None:
    assert _texts(NameInContextRecognizer("nb"), text) == names


@pytest.mark.parametrize(
    ("text", "units"),
    [
        ("jeg var på døgnenhet 3 i to uker", ["døgnenhet 3"]),
        ("hun lå på døgnpost 1 hele våren", ["døgnpost 1"]),
        ("eg låg på post sju c i tre veker", ["post sju c"]),
        ("de flytta meg til sengepost Lyngen, der var det stille", ["sengepost Lyngen"]),
        # not: the preposition after the number, the mail
        ("jeg var på post 4 i en måned", ["post 4"]),
        ("jeg fikk post i dag", []),
    ],
)
def test_ward_units(text: str, units: list[str]) -> None:
    assert _texts(InstitutionGazetteerRecognizer("nb"), text) == units


@pytest.mark.parametrize(
    ("lang", "text", "orgs"),
    [
        ("nb", "han var på sundvollen behandlingshjem i fjor", ["sundvollen behandlingshjem"]),
        ("nb", "jeg ringte til brennvik kraft om regningen", ["brennvik kraft"]),
        ("nb", "hun vasker for kvitsand renhold as nå", ["kvitsand renhold as"]),
        ("en", "they sent me to thornwick park for a month", ["thornwick park"]),
        ("en", "i was on the ward at calderby court", ["calderby court"]),
        # not: everyday words before the head, no preposition before an estate head
        ("nb", "det var mye kraft i det", []),
        ("nb", "han jobber i bygg og anlegg", []),
        ("en", "we went to the park on sunday", []),
        ("en", "i sat in the food court at the centre", []),
        ("en", "thornwick park was lovely in spring", []),
    ],
)
def test_named_firms_and_estates(lang: str, text: str, orgs: list[str]) -> None:
    assert _texts(LowerCaseInstitutionRecognizer(lang), text) == orgs


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("after that we went to mablethorpe on sea every summer", ["mablethorpe on sea"]),
        ("my aunt lives in Stratford upon Avon", ["Stratford upon Avon"]),
        # not: a place in a region, a day, a vehicle
        ("no i'm from ruthin in denbighshire", []),
        ("we were in london on sunday", []),
        ("i got to leeds by bus", []),
        ("the boat was out on sea", []),
    ],
)
def test_spaced_connector_places(text: str, places: list[str]) -> None:
    assert _texts(HyphenPlaceRecognizer("en"), text) == places


@pytest.mark.parametrize(
    ("lang", "text", "dates"),
    [
        ("en", "i was born on the ninth of march eighty, in leeds", ["the ninth of march eighty"]),
        ("nb", "jeg er født tjuende mars nitti, i bergen", ["tjuende mars nitti"]),
        # not without a birth word: an amount
        ("en", "we met on the ninth of march, ninety people came", []),
    ],
)
def test_decade_after_a_birth_word(lang: str, text: str, dates: list[str]) -> None:
    found = _texts(SpokenDateRecognizer(lang), text)
    if dates:
        assert dates[0] in found, found
    else:
        assert found == []


def test_number_said_around_slash() -> None:
    rec = SpokenNumberRecognizer("en")
    text = "my birth number is eight one oh two one four, slash, five five two oh."
    found = [(t, kind) for kind, t in spans(rec, text)]
    assert ("eight one oh two one four, slash, five five two oh", "NATIONAL_ID") in found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Mercy, my husband's sister, she drove me there.", ["Mercy"]),
        ("Gift, my sister's boy, lives with us now.", ["Gift"]),
        # not: a friend's relative, a day
        ("Sunday, my friend's son came round.", []),
        ("Monday, my mum's birthday, we went out.", []),
    ],
)
def test_relatives_relative_apposition(text: str, names: list[str]) -> None:
    from anonkit.anonymize.recognizers.kin_appositions import KinAppositionRecognizer

    assert _texts(KinAppositionRecognizer("en"), text) == names


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("we go to christ redeemer bible church in the town", ["christ redeemer bible church"]),
        ("she goes to the lithuanian catholic mission on sundays", ["lithuanian catholic mission"]),
        # not: a denomination alone, a building described
        ("we went to the catholic church on sunday", []),
        ("i used to go to the old methodist chapel", []),
        ("we go to the big church in town", []),
    ],
)
def test_congregations_named_by_everyday_words(text: str, orgs: list[str]) -> None:
    assert _texts(LowerCaseInstitutionRecognizer("en"), text) == orgs


@pytest.mark.parametrize(
    ("text", "addresses"),
    [
        ("post it to 17 larkfield road, dunstable, that's mine", ["17 larkfield road, dunstable"]),
        ("i'm at thirty-one redland brow now", ["thirty-one redland brow"]),
        ("we live at 9 heol y felin, above the shop", ["9 heol y felin"]),
        ("i was at 4 stryd fawr for a year", ["4 stryd fawr"]),
        # not: a number and "close" as a word
        ("i went to twenty two close calls that year", []),
    ],
)
def test_lower_case_streets_with_their_town(text: str, addresses: list[str]) -> None:
    from anonkit.anonymize.recognizers.spoken_address import SpokenAddressRecognizer

    assert _texts(SpokenAddressRecognizer("en"), text) == addresses


@pytest.mark.parametrize(
    ("lang", "text", "orgs"),
    [
        ("en", "i'm at the hollins centre for mental health", ["hollins centre for mental health"]),
        ("en", "he was at the corran institute of education", ["corran institute of education"]),
        ("en", "then i went to the pit lane day centre twice a week", ["pit lane day centre"]),
        ("en", "my sister followed crewe alexandra all her life", ["crewe alexandra"]),
        ("nb", "han spilte for stor-kam til han var sytten", ["stor-kam"]),
        # not: a field that is no field, a road described, following someone
        ("en", "we went to the hollins centre for a coffee", ["hollins centre"]),
        ("en", "i walked down the old road to the day centre", []),
        ("en", "i followed his dad into the police", []),
    ],
)
def test_institution_tails_streets_and_clubs(lang: str, text: str, orgs: list[str]) -> None:
    from anonkit.anonymize.recognizers.named_clubs import NamedClubRecognizer

    found = _texts(LowerCaseInstitutionRecognizer(lang), text)
    if lang == "en":
        found += _texts(NamedClubRecognizer(lang), text)
    assert found == orgs


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        ("nb", "Vi bodde på Re i mange år.", ["Re"]),
        ("nb", "Eg har budd på Sand heile livet.", ["Sand"]),
        ("nb", "Han kommer fra Lyse, innerst i fjorden.", ["Lyse"]),
        ("en", "My gran lives in Mere now.", ["Mere"]),
        ("en", "We moved to the Broch when I was ten.", ["Broch"]),
        ("en", "He was from Great Snoring originally.", ["Great Snoring"]),
        # not: a month, an agency, a word in lower case, a line start
        ("en", "She was born in March.", []),
        ("nb", "Hun var fra NAV.", []),
        ("nb", "vi bodde på hytta hele sommeren", []),
        ("en", "Lives in the moment, that one.", []),
    ],
)
def test_capitalized_word_in_a_residence_slot(lang: str, text: str, places: list[str]) -> None:
    from anonkit.anonymize.recognizers.residence_slots import ResidenceSlotRecognizer

    assert _texts(ResidenceSlotRecognizer(lang), text) == places


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("clock tower hospital was where i got the diagnosis", ["clock tower hospital"]),
        ("she was at the elm tree school", ["elm tree school"]),
        # not: what kind of hospital or school it is
        ("i went to the old cottage hospital", []),
        ("he was in the mental health hospital", []),
        ("we went to the same primary school", []),
    ],
)
def test_two_everyday_words_before_a_care_head(text: str, orgs: list[str]) -> None:
    assert _texts(LowerCaseInstitutionRecognizer("en"), text) == orgs


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Marigold from the crisis team was lovely to me.", ["Marigold"]),
        ("Bramble was the HCA on nights.", ["Bramble"]),
        # not: a frequent word, a plural, a team's help
        ("Support from the team was great.", []),
        ("Letters from the council came every week.", []),
        ("Help from the crisis team was slow.", []),
    ],
)
def test_an_opener_from_a_team_before_a_verb(text: str, names: list[str]) -> None:
    from anonkit.anonymize.recognizers.opener_clauses import OpenerClauseRecognizer
    from anonkit.anonymize.recognizers.subject_names import SubjectNameRecognizer

    found = _texts(OpenerClauseRecognizer("en"), text) + _texts(SubjectNameRecognizer("en"), text)
    assert sorted(set(found)) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("kjæresten min heter nok, hun er fra thailand", ["nok"]),
        ("legen vår heter brita høst, og hun er fra voss", ["brita", "brita høst"]),
        ("sykepleieren het elva, som elva", ["elva"]),
        ("miljøterapeuten rogn sa at det gikk fint", ["rogn"]),
        # not: a question, a thing named, the subject after the verb, a hesitation word
        ("hva heter du?", []),
        ("det heter seg.", []),
        ("kuoljok heter familien, de driver med rein", []),
        ("tangen het lensmannen, og han var streng", []),
        ("legen også sa at det var fint", []),
    ],
)
def test_lower_case_names_closing_a_naming_clause(text: str, names: list[str]) -> None:
    found = _texts(NameInContextRecognizer("nb"), text)
    assert [n for n in found if n in names] == names
    assert not [n for n in found if n not in names and n not in ("tangen", "kuoljok")]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Then Blossom took over as my key worker.", ["Blossom"]),
        ("later bounty came in as the new nurse", ["bounty"]),
        # not: a thing that takes over, a weekday after "then"
        ("Then Nature took over as my therapy.", []),
        ("Then Monday came round again.", []),
    ],
)
def test_an_opener_after_a_time_word_taking_a_role(text: str, names: list[str]) -> None:
    from anonkit.anonymize.recognizers.opener_clauses import OpenerClauseRecognizer

    assert _texts(OpenerClauseRecognizer("en"), text) == names
