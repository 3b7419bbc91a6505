"""Whether the words around a word on a lower-case line name it a person (issue 10; moved
out of ``truecase.py`` in session 27, unchanged).

Why: the line walker (``truecase.py``) asks one question of every word — does a cue say a
person is named here? — and the answer is a long list of slots found in speech: a first
name after a person cue or a contact verb (``ho liv``, ``ringte per``), an unknown word
after a kinship or role word (``my auntie morwenna``), a listed surname after talking with
someone (``snakka med strand``), a line-opening name before a subject verb (``per sa``),
a double name (``stein ivar dahl``), the name people used (``het ingeborg, men vi sa bare
inga``), a word no list has between a dialect pronoun and a verb (``ho ristena kom``).
Each slot keeps the comment that says which development set showed it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from anonkit.anonymize.recognizers._context_words import NAMING_VERBS, NAMING_WORDS
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS, SUBJECT_NOT_NAMES
from anonkit.anonymize.truecase_cues import (
    CLAUSE_OPENERS,
    CLAUSE_VERBS,
    CONTACT_PHRASES,
    CONTACT_PHRASES3,
    CONTACT_VERBS,
    KINSHIP_CUES,
    OBJECT_PRONOUNS,
    PERSON_CUES_LOWER,
    PRONOUN_CUES,
    SENT_FROM,
    SUBJECT_VERBS_LOWER,
    UNKNOWN_NAME_CUES,
    called_after_naming,
    called_instead,
    named_by_verb,
    unknown_after_cue,
)
from anonkit.anonymize.truecase_slots import double_name_start


class CueLists(NamedTuple):
    """The per-language word lists the cues read (built once per text by the walker)."""

    safe: frozenset[str]
    first: frozenset[str]
    ambiguous: frozenset[str]
    common: frozenset[str]
    skip: frozenset[str]
    surnames_lower: frozenset[str]
    own_first: frozenset[str]


def cued_name(
    line: str,
    words: list[re.Match[str]],
    k: int,
    lang: str,
    lists: CueLists,
    apposition_surnames: set[int],
) -> bool:
    """Word ``k`` of ``line`` is a person's name by the slot it stands in."""
    safe, first, ambiguous, common, skip, surnames_lower, own_first = lists
    m = words[k]
    word = m.group(0)
    low = word.lower()
    prev = words[k - 1].group(0).lower() if k else ""
    nxt = words[k + 1].group(0).lower() if k + 1 < len(words) else ""
    prev2 = f"{words[k - 2].group(0).lower()} {prev}" if k > 1 else ""
    prev3 = f"{words[k - 3].group(0).lower()} {prev2}" if k > 2 else ""
    if low in NAMING_WORDS or low in NAMING_VERBS:
        return False  # session 48: "legen vår heiter rosmarie": the verb names, it is no name
    return (
        (
            low in first
            and low not in FUNCTION_WORDS  # "ringte meg": "Meg" is a name only in English lists
            and (prev in PERSON_CUES_LOWER or prev in CONTACT_VERBS or prev2 in CONTACT_PHRASES)
        )
        or (
            # "ho mamma vår jobba natt": a pronoun, a kinship word, then one of the language's
            # own first names that is also a closed-class word ("Vår", "Hans") before a
            # non-closed-class word — the dialect's "ho mamma Randi" slot (the detect3 rule
            # above had stopped these; "mamma vår" alone stays "our mum").
            k > 1
            and low in FUNCTION_WORDS
            and low in own_first
            and words[k - 2].group(0).lower() in PRONOUN_CUES
            and prev in KINSHIP_CUES
            and nxt
            and nxt not in FUNCTION_WORDS
        )
        or (
            # "my auntie morwenna", "onkel leidulv": an unknown word after a kinship or role
            # word. Compounds are not tried: "leid|ulv" is no compound after "onkel".
            prev in UNKNOWN_NAME_CUES
            and unknown_after_cue(low, common, skip)
            and nxt not in OBJECT_PRONOUNS  # "my friend facetimed me", "mamma googla det"
        )
        or (
            # "snakka med strand": after talking *with* someone a listed surname is that person
            (prev2 in CONTACT_PHRASES or prev3 in CONTACT_PHRASES3)
            and low in surnames_lower
            and low not in FUNCTION_WORDS
        )
        or (
            # "per sa …", "strand ble utskrevet": a line-initial name that is the subject
            k == 0 and nxt in SUBJECT_VERBS_LOWER and (low in first or low in surnames_lower)
        )
        or (
            k > 0
            and prev in CLAUSE_OPENERS
            and nxt in CLAUSE_VERBS
            and low in first
            and low not in FUNCTION_WORDS
            and low not in skip
        )
        or k in apposition_surnames
        # lcnb24: "stein ivar dahl var …": the first part of a double name that is a word
        or (lang == "nb" and double_name_start(line, words, k, (safe, first, ambiguous, skip)))
        or (
            # lcnb23: "fikk brev fra dag": a listed first name is who sent it (not the
            # idiom "fra dag til dag")
            prev2 in SENT_FROM
            and low in first
            and low not in FUNCTION_WORDS
            and low not in skip
            and not (nxt == "til" and line[m.end() :].lower().startswith(f" til {low}"))
        )
        or (
            # lcnb23: "fastlegen heter bakken": after a naming verb a listed surname is
            # the name, also when it is a word (a first name is the cue rule's case)
            low in surnames_lower
            and low not in FUNCTION_WORDS
            and low not in skip
            and word.isalpha()
            and named_by_verb(low, k, words)
        )
        or (
            # lcnb23: "het ingeborg, men vi sa bare inga", "irene, eller rene som vi
            # sa": the name people used
            low in first
            and low not in FUNCTION_WORDS
            and low not in skip
            and (called_after_naming(line, words, k) or called_instead(words, k))
        )
        or (
            # lcnb23: the dialect's "ho ristena kom": a word that is no word form (it only
            # looks like an inflection) between a pronoun and a finite verb
            lang == "nb"
            and prev in PRONOUN_CUES
            and nxt in SUBJECT_VERBS_LOWER
            and word.isalpha()
            and len(low) > 2
            and low not in common
            and low not in FUNCTION_WORDS
            and low not in skip
            and low not in SUBJECT_NOT_NAMES
        )
    )
