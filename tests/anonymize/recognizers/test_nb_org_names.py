"""Norwegian organisation names in church, association and unit shapes (nb22), and sports
clubs and institutions the patterns of gazetteer_institution/org_shapes now take. Fictitious
lines; each positive shape has a negative twin of everyday words.
"""

from __future__ import annotations

import pytest
from detect_helpers import by_action
from recognizer_testkit import spans

from anonkit.anonymize.recognizers.nb_org_names import NbOrgNameRecognizer


@pytest.fixture(scope="module")
def rec() -> NbOrgNameRecognizer:
    return NbOrgNameRecognizer("nb")


@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        # 1. a church: a capitalized compound on a church head mid-sentence
        ("Presten i Olavskirken var den eneste som hørte på meg.", ["Olavskirken"]),
        ("Vi gikk i Betelkirka hver søndag.", ["Betelkirka"]),
        ("Konfirmasjonen var i Sandvikskyrkja.", ["Sandvikskyrkja"]),
        ("Markuskirken i Drammen hadde et dagsenter.", ["Markuskirken"]),
        # in lower case: named after a person, Christ or a denomination
        ("presten i johanneskirka hjalp meg", ["johanneskirka"]),
        ("vi gikk i kristuskirken hver søndag", ["kristuskirken"]),
        ("jeg var med i metodistkirken i mange år", ["metodistkirken"]),
        # 2. an association on -ringen/-foreningen/-forbundet/-laget
        ("Depresjonsringen hadde en gruppe hver onsdag.", ["Depresjonsringen"]),
        ("fobiforeningen hadde kurs for pårørende", ["fobiforeningen"]),
        ("Jeg fikk hjelp av Sorgforbundet i fjor.", ["Sorgforbundet"]),
        ("Vi var med i Fjellstulaget i mange år.", ["Fjellstulaget"]),
        # with the field after "for", listed head words too
        ("Landsforeningen for hjerte- og lungesyke hjalp oss.",
         ["Landsforeningen for hjerte- og lungesyke"]),
        ("Vi fikk støtte fra Foreningen for kroniske smertepasienter i fjor.",
         ["Foreningen for kroniske smertepasienter"]),
        # 3. a unit named with a capital on its first word, and its field
        ("Hun lå på Regional seksjon spiseforstyrrelser i et år.",
         ["Regional seksjon spiseforstyrrelser"]),
        ("Han ble henvist til Nasjonal behandlingstjeneste for transpersoner.",
         ["Nasjonal behandlingstjeneste for transpersoner"]),
        ("Jeg gikk til Ambulant akutteam etter innleggelsen.", ["Ambulant akutteam"]),
        ("Han var på Akutt psykiatrisk avdeling en uke.", ["Akutt psykiatrisk avdeling"]),
        ("Hun jobbet i Barne- og ungdomspsykiatrisk poliklinikk.",
         ["Barne- og ungdomspsykiatrisk poliklinikk"]),
        ("Jeg snakket med Nasjonalt senter for erfaringskompetanse i går.",
         ["Nasjonalt senter for erfaringskompetanse"]),
        ("hun lå på regional seksjon spiseforstyrrelser i nesten et år",
         ["regional seksjon spiseforstyrrelser"]),
        ("han ble henvist til nasjonalt kompetansesenter for søvnsykdommer",
         ["nasjonalt kompetansesenter for søvnsykdommer"]),
        # 4. an institution named after a place, in lower case
        ("etter tre uker på valdresklinikken fikk jeg permisjon", ["valdresklinikken"]),
        ("hun ble sendt til lillehammersykehuset", ["lillehammersykehuset"]),
        # adverbs and verbs are no field
        ("Hun lå på Regional seksjon hele tiden.", ["Regional seksjon"]),
    ],
)
def test_organisation_shapes(rec, text, orgs):
    assert [t for _, t in spans(rec, text)] == orgs


@pytest.mark.parametrize(
    "text",
    [
        "Kirken var full den dagen.",  # a sentence-initial church word
        "Vi gikk i kirka hver søndag.",
        "det var konsert i domkirken",  # a kind of church in lower case
        "vi gifta oss i steinkirka på bygda",
        "johanneskirken var full",  # no preposition before it
        "Domkirken var stengt.",  # a listed word at a sentence start
        "Ringen var for stor til fingeren.",
        "Foreningen hadde ikke penger.",
        "Foreningen for meg var viktig.",  # no field: a closed-class word after "for"
        "foreningen for pårørende var fin",  # lower case at a sentence start
        "fotballaget hadde kamp hver lørdag",  # a listed compound
        "Sjakklaget hadde møte.",  # -laget at a sentence start: a team of the village
        "Hun lå på seksjonen i et år.",
        "Det var en regional seksjon for sånt.",  # no capital
        "Regional seksjon var stengt.",  # a sentence start proves nothing
        "Vi var på Hamar sin avdeling i to uker.",  # a name before "sin" is no unit
        "Det var i Hamar hele avdeling.",
        "han jobba på en regional avdeling i mange år",  # an article: a kind of unit
        "det var en nasjonal tjeneste for alle",
        "vi var på barneklinikken hele natta",
        "han lå på bysykehuset i en uke",
        "hun jobbet på ungdomssenteret",
        "Det står i Lysåkererklæringen og i Samarbeidsregjeringen sin plattform.",
    ],
)
def test_everyday_words_in_those_shapes(rec, text):
    assert spans(rec, text) == []


@pytest.mark.parametrize(
    ("text", "org"),
    [
        # sports clubs with a lower-case suffix on a lower-case line
        ("han spelte fotball for granmo ul til han var sytten", "granmo ul"),
        ("ho spelte håndball i hovdin il", "hovdin il"),
        ("vi trente med strandbu fk hele vinteren", "strandbu fk"),
        ("han spilte for rognvik ul i tre år", "rognvik ul"),
        ("Han spilte for Rognvik UL i tre år.", "Rognvik UL"),
        # an institution with a coordinated head
        ("Jeg ble sendt til Lysheim helse- og rehabiliteringssenter.",
         "Lysheim helse- og rehabiliteringssenter"),
        ("Han bodde på Kvernmo bo- og behandlingssenter.", "Kvernmo bo- og behandlingssenter"),
    ],
)
def test_clubs_and_coordinated_heads_are_one_name(nb, text, org):
    replaced, _ = by_action(nb, text)
    assert org in replaced


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("hvis det gikk bra, så var det fint for oss if you know", "if"),
        ("han spelte fotball til han var sytten", "til"),
    ],
)
def test_club_suffixes_that_are_words_stay_words(nb, text, word):
    replaced, _ = by_action(nb, text)
    assert not any(word in r.split() for r in replaced)


# nb23: 5. "<Name>-menigheten", "<Name>-klubben": a name hyphened to an organisation head.
@pytest.mark.parametrize(
    ("text", "orgs"),
    [
        ("Mamma er med i Evangelii Tabernakel-menigheten nå.", ["Evangelii Tabernakel-menigheten"]),
        ("Han spilte i Tverrelva-klubben som gutt.", ["Tverrelva-klubben"]),
        ("Hun er aktiv i Eritrea-foreningen i byen.", ["Eritrea-foreningen"]),
        ("Vi gikk i Al Noor-moskeen på fredager.", ["Al Noor-moskeen"]),
        ("mamma er med i mekane yesus-menigheten", ["mekane yesus-menigheten"]),
        ("vi gikk i zambezi-kirken da jeg var liten", ["zambezi-kirken"]),
    ],
)
def test_name_hyphened_to_org_head(rec, text: str, orgs: list[str]) -> None:
    assert [t for kind, t in spans(rec, text) if kind == "ORGANIZATION"] == orgs


@pytest.mark.parametrize(
    "text",
    [
        "Vi var i barne-klubben på fritidsklubben.",  # lower case everyday word
        "vi var med i ungdoms-klubben",  # an everyday word (compound part)
        "Jeg gikk i søndags-skolen.",
        "Det var en sånn fotball-klubb.",  # no definite head
        "Han var med i MC-klubben i mange år.",  # a kind said by its letters
        "han var med i mc-klubben i mange år",
    ],
)
def test_hyphened_everyday_words_stay(rec, text: str) -> None:
    assert [t for kind, t in spans(rec, text) if kind == "ORGANIZATION"] == []
