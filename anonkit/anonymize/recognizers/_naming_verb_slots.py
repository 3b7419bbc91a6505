"""The naming-verb slots of :mod:`.names_in_context` (split out of it in session 45, when it
passed 500 lines): the word a verb of naming gives a name ("kalte ham Tøffen", "we called
him Thomo", "the one we called Tiny", "hun heter flekken", "legen vår heter salve høst, og
…"). Mixed into ``NameInContextRecognizer``, which sets the attributes below; the rules and
their reasons are in each method's docstring.
"""

from __future__ import annotations

import re

from anonkit.anonymize.recognizers._base import (
    Token,
    is_capitalized,
    lower_case_line,
    word_set,
)
from anonkit.anonymize.recognizers._context_words import (
    ADDRESS_TERMS,
    AUXILIARIES,
    GROUP_NOUNS,
    INVERTED_SUBJECTS,
    KINSHIP,
    NAME_QUESTION,
    NAMING_ADVERBS,
    NAMING_FUNCTION_WORDS,
    NAMING_OBJECTS,
    NAMING_VERBS,
    NB_NAMED_FORMS,
    POSSESSIVES,
    RELATIONS_DEFINITE,
    ROLE_TITLES,
    SENTENCE_OR_CLAUSE_END,
    STRONG_NAMING,
    THING_SUBJECTS,
    THIRD_PERSON_OBJECTS,
    TITLES,
    named_role,
)
from anonkit.anonymize.recognizers._lower_case_cues import LowerCaseCues
from anonkit.anonymize.recognizers._slot_words import (
    DEFINITE_KIND_NOUNS,
    ROLES,
    naming_slot_kind,
)
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import word_class_forms

# Session 32: a person named by a pronoun subject and a naming verb ("hun kalles trollet").
_PERSON_NAMING = NB_NAMED_FORMS | word_set("kalles kaltes kallast")
_CALLED_FOR = word_set("kalles kaltes kallast")
_PERSONAL_SUBJECTS = word_set("han hun ho hu eg jeg æ i vi du")


# Session 40 (the lower-cased development sets: "bestevennen min kalles tott"): a person
# named by role, kin or relation and owned is a subject that is named too.
_OWNERS_AFTER = word_set("min mi mitt hans hennes vår")


def _owned_person(tokens: tuple[Token, ...], j: int) -> bool:
    """``tokens[j]`` is the owner after a person noun ("bestevennen min", "sjefen hans")."""
    if j < 1 or tokens[j].low not in _OWNERS_AFTER:
        return False
    noun = tokens[j - 1].low
    return noun in RELATIONS_DEFINITE or noun in ROLES or noun in KINSHIP or (
        noun.startswith("beste") and noun[5:] in RELATIONS_DEFINITE
    )


# Session 46 (blind36 as development material: "eg heiter sovann pich, men på jobben kallar
# dei meg berre vann"): the name the speaker gave, whose first or last part the short form is.
_OWN_NAME = re.compile(
    r"(?<![\w'’-])(?:heter|heiter|hæiter|het|heitte|navnet mitt er|namnet mitt er|"
    r"my name is|my name's|i'm called|i am called)\s+([^\W\d_]+)",
    re.IGNORECASE,
)


def _part_of_own_name(text: str, low: str) -> bool:
    """``low`` (three letters or more) is the start or end of the name said after "eg
    heiter" or "my name is" in the same text: an everyday word as the short form of it."""
    if len(low) < 3:
        return False
    for m in _OWN_NAME.finditer(text):
        name = m.group(1).lower()
        if len(name) > len(low) and (name.endswith(low) or name.startswith(low)):
            return True
    return False


# "Han vi kalte Myggen", "the one we called Tiny" (``_called_in_relative``).
_RELATIVE_CALLERS = word_set("vi de dei dem alle folk we they everyone everybody people")
_RELATIVE_PERSONS = word_set("han hun ho hu ham henne one who whom he she him her")


class NamingVerbSlots(LowerCaseCues):
    """The naming-verb rules (module docstring)."""

    lang: str
    common: frozenset[str]
    not_entities: frozenset[str]

    def _named_by_verb(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """A naming verb, its object and perhaps "bare"/"just" before the word: "kalte ham
        Tøffen", "we called him Thomo", "vi kalte ham bare tøffen". In lower case the word must be
        no function word ("called him back", "kalte ham for det")."""
        word = tokens[i].text
        if tokens[i].low in NAMING_OBJECTS:
            return False  # "så kalte hun meg dum": the object, not a name (session 28)
        j = i - 1
        if j > 1 and tokens[j].low in NAMING_ADVERBS:
            j -= 1
        if self._called_in_relative(text, tokens, i):
            return True
        if named_role(tokens, j):
            # session 27: "everybody called the ward manager spider", "vi kalte sjefen
            # bamsen": a role named is a third person, whatever word names it
            low = word.lower()
            return (
                low not in NAMING_FUNCTION_WORDS
                and low not in FUNCTION_WORDS
                and low not in self.not_entities
                and low not in word_class_forms(self.lang, "adv")  # "called the doctor twice"
                and (is_capitalized(word) or self._lower_case_name_slot(text, tokens[i]))
            )
        if not (
            j > 0
            and tokens[j].low in NAMING_OBJECTS
            and (
                tokens[j - 1].low in NAMING_VERBS
                # session 28: Norwegian puts the subject after the verb when something opens
                # the clause ("på bygda kalte de meg tøtta", "hjemme kalte vi ham bamsen")
                or (
                    j > 1
                    and tokens[j - 1].low in INVERTED_SUBJECTS
                    and tokens[j - 2].low in NAMING_VERBS
                )
            )
        ):
            return False
        if text[tokens[i - 1].end : tokens[i].start] != " ":
            return False  # "Jarle, som vi kalte ham, var …": the clause ended at the comma
        if word.lower() in ADDRESS_TERMS and tokens[j].low not in THIRD_PERSON_OBJECTS:
            return False  # "hun kalte meg honey hele tida" (session 27); "called him Honey"
        if is_capitalized(word):
            return word.lower() not in NAMING_FUNCTION_WORDS
        # In lower case only on a line without capitals ("my kids call me every Sunday"), and
        # an everyday word only for a third person ("pappa kalte meg alltid prinsessa").
        return (
            self._lower_case_name_slot(text, tokens[i])
            and word.rstrip("s") not in TITLES
            and (
                word not in self.common
                or tokens[j].low in THIRD_PERSON_OBJECTS
                or _part_of_own_name(text, word.lower())
            )
        )

    @staticmethod
    def _called_in_relative(text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """Session 40 (blind30 as development material): "Han vi kalte Myggen på avdelinga",
        "the one we called Tiny": a person, the callers and the naming verb; the capitalised
        word after them is what that person was called. Not "the place we called Paradise"
        (no person before the callers)."""
        if i < 3 or not is_capitalized(tokens[i].text):
            return False
        verb, callers, person = tokens[i - 1], tokens[i - 2], tokens[i - 3]
        return (
            verb.low in NAMING_VERBS
            and callers.low in _RELATIVE_CALLERS
            and person.low in _RELATIVE_PERSONS
            and text[person.end : tokens[i].start].count(" ") == 3
            and tokens[i].low not in NAMING_FUNCTION_WORDS
        )

    def _word_named_alone(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """Session 28: "kjæresten min heter nok, hun er fra …": after "heter"/"named" a
        word that closes the clause is the name even when it is a function word elsewhere
        ("heter nok Per" would go on); not a pronoun or the words of a question."""
        if i < 1 or tokens[i - 1].low not in STRONG_NAMING:
            return False
        tok, verb = tokens[i], tokens[i - 1]
        return (
            self._names_someone(text, tokens, i - 1)
            and text[verb.end : tok.start] == " "
            and SENTENCE_OR_CLAUSE_END.match(text, tok.end) is not None
            and tok.low.isalpha()
            and len(tok.low) > 1
            and tok.low not in NAMING_FUNCTION_WORDS
            and tok.low not in NAMING_OBJECTS
            and tok.low not in self.not_entities
            and not NAME_QUESTION.search(text, max(0, verb.start - 12), verb.start)
            and (not self._definite_noun(tok.low) or self._person_subject(tokens, i - 2))
        )

    def _named_by_a_person(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """Session 32 (``benchmarks/names_stress.py``: "hun heter flekken", "han het trollet,",
        "hun kalles trollet av alle" were flags or silent leaks): a personal pronoun, a verb
        that gives a name, and a word on a lower-case line — the word is that person's name,
        everyday noun or not. The pronoun rules out the readings that name a thing ("det
        heter mestring") or put the subject after the verb ("tangen het lensmannen"); a
        function word, adverb, object pronoun or auxiliary after the verb is the sentence
        going on ("han heter egentlig", "hun kalles ofte")."""
        if i < 2 or self.lang != "nb":
            return False
        tok, v = tokens[i], i - 1
        if (
            tokens[v].low == "for"
            and text[tokens[v].end : tok.start] == " "
            and tokens[v - 1].low in _CALLED_FOR
        ):
            v -= 1  # "hun kalles for tøsa" ("heter for tiden" is "at present")
        if v < 1:
            return False
        verb, subject = tokens[v], tokens[v - 1]
        return (
            verb.low in _PERSON_NAMING
            and (subject.low in _PERSONAL_SUBJECTS or _owned_person(tokens, v - 1))
            and text[subject.end : verb.start] == " "
            and text[verb.end : tokens[v + 1].start] == " "
            and text[tokens[i - 1].end : tok.start] == " "
            and self._lower_case_name_slot(text, tok)
            and len(tok.low) > 1
            and tok.low not in FUNCTION_WORDS
            and tok.low not in NAMING_OBJECTS
            and tok.low not in KINSHIP
            and tok.low not in self.not_entities
            # no verb follows "heter" directly, so a past form is a name here ("trollet")
            and tok.low not in AUXILIARIES
            and not NAME_QUESTION.search(text, max(0, subject.start - 12), subject.start)
        )

    def _definite_noun(self, low: str) -> bool:
        return low in self.common and low.endswith(("en", "et", "a"))

    @staticmethod
    def _person_subject(tokens: tuple[Token, ...], j: int) -> bool:
        """``tokens[j]`` (before the naming verb) is a person or a possessive, so an everyday
        definite noun after the verb is the name ("sykepleieren het elva"), not the subject
        put after it ("tangen het lensmannen")."""
        if j < 0:
            return False
        low = tokens[j].low
        return low in ROLES or low in ROLE_TITLES or low in KINSHIP or low in POSSESSIVES

    def _names_someone(self, text: str, tokens: tuple[Token, ...], v: int) -> bool:
        """The naming verb ``tokens[v]`` on a lower-case line (capitals say more elsewhere),
        not naming a thing ("det heter …") nor with its subject after it ("tangen het
        lensmannen", "kuoljok heter familien": a role, kin or group word follows)."""
        after = tokens[v + 1].low if v + 1 < len(tokens) else ""
        return (
            lower_case_line(text, tokens[v].end)
            and naming_slot_kind(text, tokens[v].start) is None  # "en skole som het …"
            and (v == 0 or tokens[v - 1].low not in THING_SUBJECTS)
            and after not in ROLES
            and after not in KINSHIP
            and after not in GROUP_NOUNS
            and after not in DEFINITE_KIND_NOUNS  # "sappen heiter plassen" (session 40)
        )

    def _surname_closing(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """Session 28: the word after a name given by "heter"/"het"/"named", when it closes
        the clause, is the surname, everyday word or not ("legen vår heter salve høst, og
        …"); not a function word, adverb or finite verb ("han heter per nå,")."""
        if i < 2 or tokens[i - 2].low not in STRONG_NAMING:
            return False
        tok = tokens[i]
        return (
            self._names_someone(text, tokens, i - 2)
            and text[tokens[i - 1].end : tok.start] == " "
            and SENTENCE_OR_CLAUSE_END.match(text, tok.end) is not None
            and tok.low.isalpha()
            and tok.low not in FUNCTION_WORDS
            and tok.low not in NAMING_FUNCTION_WORDS  # "het eyolf noe, eh, eyolf skeide"
            and tok.low not in self.not_entities
            and tok.low not in word_class_forms(self.lang, "adv")
            and not self._finite(tok.low)
        )
