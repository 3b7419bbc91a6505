"""The name of a relative before a person's verb on a lower-case line (the kinship slot of
:mod:`.subject_names`, rule 1b; split out of it on branch split23 to keep each file under
~500 lines).

Why: with the capitals gone, ``my mum honey never knew`` or ``mormor gunn passa på meg``
still say who is meant — the word between a kinship word (or an owned relation: ``my friend
X``) and a person's verb is that person's name, whatever it otherwise means. This slot
reads more than one word either side of the name, so it has a class of its own; the
recognizer owns one and asks it per token.

- ``<kinship> X (adverb) <person's verb>`` (recall1): any verb form counts after a word that
  is itself no verb or adverb (session 19: ``my brother clay drove down``).
- Irish, Scots and northern English ``da``/``ma`` after a possessive (``me da``, ``ma da``,
  ``my ma``) are kinship words too (lcen22); after them the truecaser's capital is read as
  well (``ma da Francie``).
- A second listed first name or surname before the verb is part of the name (``me da paddy
  joe was``, ``my mum mary ann worked``; lcen22): :meth:`KinSubjects.second_name`.
- The comma and a pronoun may stand where the verb would (``my brother sailor, he's never
  been on a boat``; lcen22).
- Two adverbs may stand before the verb (``my nan dorrit never once missed``; lcen24).
- A modal that is a name (``will``, ``may``) after a kinship word is that name when a past
  verb follows it (``his wife may came``, ``her husband will was``): a modal takes no past
  form after it (lcen24).
"""

from __future__ import annotations

import re
from functools import cache

from anonkit.anonymize.nynorsk_forms import listed_nynorsk
from anonkit.anonymize.recognizers._base import Token, is_capitalized, token_word, word_set
from anonkit.anonymize.recognizers._context_words import (
    CALENDAR_NAMES,
    KINSHIP,
    OWNERS,
    RELATIONS,
)
from anonkit.anonymize.recognizers._name_candidates import NameCandidates
from anonkit.anonymize.recognizers._slot_words import (
    ACTION_VERBS,
    ADVERBS,
    KIN_ADVERBS,
    KIN_VERBS,
    MODAL_NAMES,
    NOT_CALLERS,
    PERSON_VERBS,
)
from anonkit.anonymize.recognizers.name_words import lower_case_line
from anonkit.anonymize.wordlists import word_class_forms

# lcen22: Irish, Scots and northern English words for father and mother ("me da", "ma da",
# "my ma"). Not kinship words on their own: "da" is Norwegian "then", "ma" Scots "my"; only
# after a possessive (with the spoken "me"/"ma") are they the relation.
_DIALECT_KIN = word_set("da ma")
_KIN_OWNERS = OWNERS | word_set("me ma")
# lcen22: the name after a kinship word taken up by a pronoun ("my brother sailor, he's
# never been on a boat"): the comma and the pronoun stand where the verb would.
# Session 33 (names_stress.py: "our biscuit said"): after the dialect kinship "our" a noun
# and a verb is mostly a thing ("our house was"); only verbs that people alone do make the
# word a person's name.
_OUR_PERSON_VERBS = word_set(
    "said says told rang phoned texted cried laughed shouted visited asked reckons reckoned "
    "married promised"
)
# Session 33: Nynorsk and dialect finite verbs and sentence adverbs the Bokmål verb list lacks
# ("der far fekk jobb", "pappa derimot ringte"): the clause going on, not a name.
_NN_FINITE = word_set(
    "fekk gjekk såg fann budde vart kunne ville skulle hadde derimot likevel dessverre "
    "heldigvis òg"
)
# "our kid said" (my brother), "our lass", "our family said": words, not names.
_OUR_NOUNS = word_set(
    "kid kids lad lads lass lasses bairn bairns wean weans family lot gang team class group "
    "house dog cat neighbours neighbour mob crowd side church ward"
)
_KIN_CLAUSE_AFTER = re.compile(
    r", (?:she|he)(?:['’]s\b| (?:was|is|had|has|never|always|used|lived|worked|said)\b)"
)


# lcen24: past verbs that cannot follow a modal ("may came", "will was"): with them the
# modal is a name.
_PAST_AFTER_MODAL = word_set(
    """
    was had came went said told rang phoned texted drove took gave brought got kept lived
    worked died married visited helped asked used called
    """
)


# Nouns a relation word compounds with ("my friend group from church") and where someone is
# ("my son home from uni"): no name before "from".
_FRIEND_COMPOUNDS = word_set(
    "group groups circle circles network list chat request requests zone "
    "home back away over down up out off round across"
)


class KinSubjects:
    """``<kinship> X (adverb) <person's verb>`` on a lower-case line (module docstring)."""

    def __init__(self, names: NameCandidates) -> None:
        self.names = names
        self.lang = names.lang

    def subject(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """``tokens[i]`` is the name between a kinship word and a person's verb."""
        word = tokens[i].text
        low = word.lower()
        before = token_word(tokens, i - 1)
        if low in MODAL_NAMES:
            return self._modal_name(text, tokens, i)
        owned = i > 1 and before in RELATIONS and token_word(tokens, i - 2) in OWNERS
        dialect = self._dialect_kin(tokens, i - 1)
        if (
            i == 0
            # the truecaser capitalizes a listed name on a lower-case line; after "da"/"ma"
            # no kinship rule of names_in_context takes it, so this one does ("ma da Francie")
            or not (word.islower() or (dialect and is_capitalized(word)))
            or (before not in KINSHIP and not owned and not dialect)
            # "my friend group used to meet": after a friend word only a listed name or a
            # word no list has
            or (
                owned
                and low in self.names.common
                and low not in self.names.first
                and not self._from_after(tokens, i)
            )
            or (
                before == "our"
                and (token_word(tokens, i + 1) not in _OUR_PERSON_VERBS or low in _OUR_NOUNS)
            )
            or (self.names.never_a_name(word, low) and low not in CALENDAR_NAMES)
            or low in KINSHIP
            or low in ADVERBS
            or low in KIN_ADVERBS
            or self._adverb(low)
            or low in ACTION_VERBS
            or low in PERSON_VERBS
            or low in NOT_CALLERS
            or low in _NN_FINITE
            # session 39: a listed Nynorsk word ("mamma ringde kvar kveld"); not every word
            # the spelling rules reach ("bestemor skjæra": a nickname)
            or (self.lang == "nb" and listed_nynorsk(low))
            or len(word) < 3
            or text[tokens[i - 1].end : tokens[i].start] != " "
            or not lower_case_line(text, tokens[i].start)
        ):
            return False
        if owned and self._from_after(tokens, i):
            return True  # session 39: "my mate hopper from the boats" (who, then from where)
        if _KIN_CLAUSE_AFTER.match(text, tokens[i].end):
            verbs, adverbs = _word_classes(self.lang)
            return before in KINSHIP and low not in verbs and low not in adverbs
        return self._verb(tokens, i, i + 1) or (
            self._tail(text, tokens, i) and self._verb(tokens, i, i + 2)
        )

    @staticmethod
    def _from_after(tokens: tuple[Token, ...], i: int) -> bool:
        """``my mate X from …``: "from" right after the word, which no relation word
        compounds with ("my friend group from church")."""
        return token_word(tokens, i + 1) == "from" and tokens[i].low not in _FRIEND_COMPOUNDS

    def _modal_name(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """ "my sister may came", "her husband will was" (lcen24): a modal takes no past
        form after it, so a modal that is a name (``will``, ``may``) between a kinship or
        relation word (after a possessive other than "our") and a past verb is that name."""
        word = tokens[i].text
        return (
            self.lang == "en"
            and i >= 2
            and word.islower()
            and (token_word(tokens, i - 1) in KINSHIP or token_word(tokens, i - 1) in RELATIONS)
            and token_word(tokens, i - 2) in OWNERS
            and token_word(tokens, i - 2) != "our"
            and token_word(tokens, i + 1) in _PAST_AFTER_MODAL
            and text[tokens[i - 1].end : tokens[i].start] == " "
            and lower_case_line(text, tokens[i].start)
        )

    def second_name(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """After the name ``tokens[i]`` of a relative, ``tokens[i + 1]`` is its second name
        and the verb comes after it ("me da paddy joe was": both names; lcen22)."""
        return (
            self._tail(text, tokens, i)
            and not self._verb(tokens, i, i + 1)
            and self.subject(text, tokens, i)
        )

    def _verb(self, tokens: tuple[Token, ...], i: int, v: int) -> bool:
        """``tokens[v]`` (after an adverb) is a person's verb after the name ``tokens[i]``."""
        verb = token_word(tokens, v)
        for k in (1, 2):  # lcen24: two adverbs too ("my nan dorrit never once missed")
            if verb not in ADVERBS and not (k == 2 and verb in KIN_ADVERBS):
                break
            verb = token_word(tokens, v + k)
        if verb in ACTION_VERBS or verb in PERSON_VERBS or verb in KIN_VERBS:
            return True
        # Any verb form after a word that is itself no verb or adverb (session 19: "my
        # brother clay drove down", "my cousin ash lives with us").
        verbs, adverbs = _word_classes(self.lang)
        low = tokens[i].low
        return verb in verbs and low not in verbs and low not in adverbs

    def _dialect_kin(self, tokens: tuple[Token, ...], k: int) -> bool:
        """``tokens[k]`` is "da"/"ma" after a possessive: "me da", "ma da", "my ma" (lcen22)."""
        return (
            k > 0
            and token_word(tokens, k) in _DIALECT_KIN
            and token_word(tokens, k - 1) in _KIN_OWNERS
        )

    def _tail(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """The word after the name ``tokens[i]`` is a second listed first name or surname
        ("me da paddy joe was", "my mum mary ann worked"; lcen22): the verb comes after it.
        Not a function word, adverb or verb form ("my brother tom really was")."""
        j = i + 1
        if j >= len(tokens) or text[tokens[i].end : tokens[j].start] != " ":
            return False
        word, low = tokens[j].text, tokens[j].low
        verbs, adverbs = _word_classes(self.lang)
        return (
            (word.islower() or is_capitalized(word))  # the truecaser's "paddy Joe"
            and word.isalpha()
            and len(word) > 2
            and (low in self.names.first or low in self.names.surnames)
            and not self.names.never_a_name(word, low)
            and low not in ADVERBS
            and low not in KINSHIP
            and low not in verbs
            and low not in adverbs
        )

    def _adverb(self, low: str) -> bool:
        """An adverb made from a known word: "properly", "eventually", "easily", "heldigvis"
        — not "dolly", "holly" (no known word under the ending) nor a listed first name."""
        if low in self.names.first:
            return False
        if low.endswith(("vis", "wards")):
            return True
        if not low.endswith("ly"):
            return False
        stems = (low[:-2], low[:-3] + "y", low[:-1] + "e", low[:-2] + "le")
        return any(len(stem) > 3 and stem in self.names.common for stem in stems)


@cache
def _word_classes(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """Verb and adverb forms of ``lang`` (loaded on the first lower-case kinship slot)."""
    return word_class_forms(lang, "verb"), word_class_forms(lang, "adv")
