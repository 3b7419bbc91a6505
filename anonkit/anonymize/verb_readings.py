"""Verb forms the name lists also hold, read as verbs (split out of :mod:`.non_names` in
session 48, when that module passed the house limit): "used to nick everyone's biscuits",
"han ville endre alle medisinane". The rules' history is in the comments below.
"""

from __future__ import annotations

import re

# Session 26: "used to nick everyone's biscuits", "wanted to mark it", "going to bill them":
# after a verb that takes an infinitive and "to", a lower-case word that is an English verb is
# the verb, whatever first-name list holds it ("Nick", "Mark", "Bill"). "I spoke to nick"
# keeps the name: "spoke" takes no infinitive.
_INFINITIVE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:used|want|wants|wanted|going|gonna|have|has|had|need|needs|needed|try|"
    r"tried|trying|start|started|began|begin|able|supposed|decided|managed|learned|learnt|"
    r"forgot|refused|agreed|promised|like|liked|love|loved|hate|hated|got|get)\s+to\s+$",
    re.IGNORECASE,
)


def infinitive_verb(text: str, start: int, end: int) -> bool:
    """An English verb after "<verb> to": the infinitive, not a name (above). The case says
    nothing here: the truecaser capitalizes a listed name on a lower-case line first."""
    from anonkit.anonymize.wordlists import en_lemmas

    word = text[start:end]
    return (
        " " not in word
        and word.lower() in en_lemmas("verb")
        and _INFINITIVE_BEFORE.search(text, max(0, start - 20), start) is not None
    )


# Session 33 (lower-cased development sets): "han ville endre alle medisinane", "redd for å
# arve": after a Norwegian modal or "å" (an adverb may stand between), a lower-case verb form is
# the infinitive, whatever first-name list holds it (Endre, Arve, Klara).
_NB_INFINITIVE_BEFORE = re.compile(
    r"(?<![\w'’-])(?:vil|ville|skal|skulle|kan|kunne|må|måtte|bør|burde|å|og å)\s+"
    r"(?:(?:ikke|ikkje|bare|berre|også|aldri|alltid|gjerne|heller)\s+)?$"
)


def nb_infinitive_verb(text: str, start: int, end: int) -> bool:
    """A Norwegian verb form after a modal or "å" on a line written in lower case (above; the
    truecaser may have capitalized it as a listed name)."""
    from anonkit.anonymize.recognizers._base import lower_case_line
    from anonkit.anonymize.wordlists import word_class_forms

    word = text[start:end]
    low = word.lower()
    verbs = word_class_forms("nb", "verb")
    return (
        word.isalpha()
        and lower_case_line(text, start)
        # session 43 (blind33): the Nynorsk a-infinitive too ("skal gjøra": "gjøre")
        and (low in verbs or (low.endswith("a") and low[:-1] + "e" in verbs))
        and _NB_INFINITIVE_BEFORE.search(text, max(0, start - 30), start) is not None
    )

