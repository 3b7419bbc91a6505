"""Names and places whose only evidence is the slot they stand in (issue 10; branch recall1).

Lower-case lines (unknown names after a kinship or role word, unknown places after a verb of
living or staying), everyday words before a predicate only people have, and the cases that
must stay words. Real detector (spaCy + Presidio); every name and place is fictitious or a
public place name.
"""

from __future__ import annotations

import pytest
from detect_helpers import by_action

from anonkit.anonymize.detector import Detector


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        # an unknown word after a kinship or role word on a lower-case line (truecase)
        ("en", "my auntie morwenna took me in when i was fifteen.", ["morwenna"]),
        ("en", "my stepmum trudelle never rang back.", ["trudelle"]),
        ("nb", "onkel leidulv hadde en gård på landet.", ["leidulv"]),
        # a kinship word, any word, then a person's verb (subject_names 1b)
        ("en", "my mum honey never knew.", ["honey"]),
        ("nb", "mormor gunnvor passa alltid på meg.", ["gunnvor"]),
        ("en", "my nan dolly always knew.", ["dolly"]),
        # an unknown line-initial word before "was my <role>"
        ("en", "cian was my key worker for six months.", ["cian"]),
        # a capitalized everyday word before a predicate only people have
        ("en", "Brook looked after my dog while I was in.", ["Brook"]),
        ("en", "Storm was born just before my first admission.", ["Storm"]),
        ("en", "Cliff used to sit with me at lunch.", ["Cliff"]),
        ("en", "Rusty, the porter, used to sneak us biscuits.", ["Rusty"]),
        ("nb", "Storm ble født rett før jeg ble innlagt.", ["Storm"]),
        ("nb", "Dal var kontaktpersonen min på avdelingen.", ["Dal"]),
        ("nb", "Jovsset snakket bare samisk med bestefaren sin.", ["Jovsset"]),
        ("nb", "Mo var snill med meg.", ["Mo"]),
        ("en", "Jez was my best friend at school.", ["Jez"]),
        ("en", "Pepper was my landlady in Leith, a hard woman.", ["Pepper"]),
        # session 19: a line opening with a known name is still a lower-case line
        (
            "en",
            "gerard muldoon, everyone called him ged, he ran the garden.",
            ["gerard muldoon", "ged"],
        ),
        ("en", "my brother flint drove down from carlisle that night.", ["flint"]),
        ("nb", "torbjørg og storebroren min kalte ham bassen.", ["torbjørg", "bassen"]),
        ("nb", "Kobbe var treneren min på ungdomslaget.", ["Kobbe"]),
        # an unknown word after "with"/"med" on a lower-case line, or taken up by a pronoun
        ("en", "i stayed with ffion for a bit.", ["ffion"]),
        ("en", "and then there was ffion, she was from up north.", ["ffion"]),
        ("nb", "jeg var ute med tharshini hele kvelden.", ["tharshini"]),
        # the name after "a bloke called", "ei dame som het", whatever the word means
        ("en", "there was a bloke called biscuit who ran the kitchen.", ["biscuit"]),
        ("en", "There was a lad called Rocky on the ward with me.", ["Rocky"]),
        ("nb", "det var ei dame som het myrull som jobba nattevakt.", ["myrull"]),
        # "X and me", "sofaen til X"
        ("en", "they sent tamsin and me home early.", ["tamsin"]),
        ("nb", "jeg sov på sofaen til tjerand en hel uke.", ["tjerand"]),
        # Norwegian first names that Ordbank also has as rare word forms
        ("nb", "sindre skjønte ikke hvor ille det var.", ["sindre"]),
        ("nb", "sosionomen, lena, hjalp meg med papirene.", ["lena"]),
        # a listed or unknown surname after a first name the line capitalized
        ("en", "my friend hanne lie recommended it.", ["hanne lie"]),
        ("en", "my colleague jane whitfield covered my classes.", ["jane whitfield"]),
        # a first name after "<kinship/role> <possessive>" or set off by commas after one
        ("nb", "broren min bjørn betalte regningen til slutt.", ["bjørn"]),
        # session 26: a word no list knows in that slot, when the model passes it over
        ("nb", "onkelen min soran han bodde der i mange år.", ["soran"]),
        ("nb", "mora mi, liv, snakket aldri om det.", ["liv"]),
        ("nb", "ergoterapeuten, rune, fikk meg til å begynne med snekring.", ["rune"]),
        ("nb", "terapeuten min, dag solberg, var den som foreslo det.", ["dag solberg"]),
        # lcen22: a dialect kinship word after a possessive, one or two names before the verb
        ("en", "me da biscuit was a traveller, he'd no time for doctors.", ["biscuit"]),
        ("en", "me da rice joe drove lorries for years.", ["rice joe"]),
        # the object of a verb of contact
        ("en", "i rang eilidh as soon as i got out.", ["eilidh"]),
        ("nb", "jeg ringte gyrid med en gang jeg kom ut.", ["gyrid"]),
    ],
)
def test_names_in_person_slots_are_replaced(
    detectors: dict[str, Detector], lang: str, text: str, names: list[str]
) -> None:
    replaced, _ = by_action(detectors[lang], text)
    assert [r for r in replaced if r in names] == names


@pytest.mark.parametrize(
    ("lang", "text", "places"),
    [
        ("en", "we stayed at grasmere over easter.", ["grasmere"]),
        ("en", "my grandad came over from kingstown in the end.", ["kingstown"]),
        ("nb", "vi hadde ei lita hytte ved savalen.", ["savalen"]),
        ("nb", "vi hadde ei hytte ved femunden da jeg var liten.", ["femunden"]),
        # English capitals mid-sentence after in/from/near, no verb of living needed
        ("en", "We spent a month in Machynlleth that summer.", ["Machynlleth"]),
        # a town said by its short name; work and school are places one lives by
        ("en", "my dad worked in hull on the docks.", ["hull"]),
        ("en", "i went to college in loughbra for a year.", ["loughbra"]),
    ],
)
def test_unknown_places_on_lower_case_lines_are_replaced(
    detectors: dict[str, Detector], lang: str, text: str, places: list[str]
) -> None:
    replaced, _ = by_action(detectors[lang], text)
    assert replaced == places


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # everyday words that stay words: inflections after a kinship word, compounds of two
        # long words after a place preposition, verb-second Norwegian, defined abstract nouns
        ("en", "my dad reckons the tablets made it worse."),
        ("en", "my mum really loved it there."),
        ("en", "my sister was furious with me for weeks."),
        ("nb", "onkelen min kjørte buss i tjue år."),
        ("nb", "vi bodde i kommunebolig den gangen."),
        ("nb", "Riktignok snakket vi om det etterpå."),
        ("en", "Music used to be my escape."),
        ("en", "Snow was falling when they took me in."),
        ("en", "Hope is what keeps you going, they say."),
        ("en", "It was Christmas Eve when they sectioned me."),
        ("nb", "Maten på sykehuset var grusom."),
        ("en", "i stayed with friends for a bit."),
        ("nb", "jeg var ute med hunden hele kvelden."),
        ("en", "Life was kind to me after that."),
        ("nb", "Maten var grei."),
        ("en", "She listened to Radiohead a lot."),
        ("en", "she called me a liar in front of everyone."),
        ("en", "my friend called social services on me."),
        ("en", "the nurse called back later."),
        ("en", "I can't remember what she was called, honestly."),
        ("en", "the dog and me went for a walk."),
        ("nb", "det finnes noe som heter mestring, sa psykologen."),
        ("nb", "han var kalt opp etter bestefaren."),
        ("nb", "jeg gikk bort til bilen igjen."),
        ("en", "Music was my best friend back then."),
        ("nb", "Musikken var vennen min."),
        ("en", "i told everyone in the end."),
        ("en", "i met loads of people there."),
        # an adverb or a verb after a kinship word is no name
        ("en", "my mum properly loved it there."),
        ("en", "my dad eventually came round."),
        ("en", "my dad later told me."),
        ("nb", "mamma heldigvis ringte."),
        ("en", "my friend facetimed me every night."),
        ("nb", "mamma googla det."),
        # lcen22: "da"/"ma" without a possessive are no kinship words
        ("en", "me da eventually came round."),
        ("nb", "da bussen endelig kom, gikk vi hjem."),
        # Norwegian first names that are word forms speech uses stay doubtful
        ("nb", "vi fikk rene klær hver dag."),
        ("nb", "jeg leste en roman på avdelingen."),
        ("nb", "legen min, dag etter dag, sa det samme."),
    ],
)
def test_everyday_words_are_not_replaced(
    detectors: dict[str, Detector], lang: str, text: str
) -> None:
    replaced, _ = by_action(detectors[lang], text)
    assert replaced == []


@pytest.mark.parametrize(
    ("lang", "text", "word"),
    [
        # not replaced, but shown: a name could stand there
        ("nb", "Tommen på verkstedet hjalp meg med bilen.", "Tommen"),
        ("en", "Hope is what keeps you going, they say.", "Hope"),
    ],
)
def test_doubtful_subjects_are_flagged(
    detectors: dict[str, Detector], lang: str, text: str, word: str
) -> None:
    replaced, flagged = by_action(detectors[lang], text)
    assert word in flagged and word not in replaced


def test_possessive_after_copula_keeps_the_name(detectors: dict[str, Detector]) -> None:
    assert by_action(detectors["en"], "May is my best friend.")[0] == ["May"]
    assert by_action(detectors["nb"], "May er bestevenninna mi fra skolen.")[0] == ["May"]
