"""Everyday words opening a lower-case sentence as someone who acts → PERSON *flags*
(issue 10: zero silent leaks; session 21).

Why: with its capitals gone, ``honesty turned round and told the whole class`` and ``ros
from andover was in the bed next to mine`` look like any sentence about a thing — only the
capital said "a nickname" there. :mod:`.subject_names` replaces such a subject when the word
is a listed name or a word no list knows; an everyday word (``honesty``, ``sterling``,
``ros``) it must leave, since ``life went on`` and ``work rang me`` are no people. Leaving
it silently was the leak: the issue asks that an ambiguous span be *flagged*. So a word
that opens a sentence on a lower-case line and is followed (perhaps after an adverb) by
what people do — a verb of action, speech or contact, a person's phrase (``came round``),
or ``from <somewhere>`` and a verb — is shown to the steward with a flag score. Nothing is
replaced here: the steward decides.

An auxiliary and a participle of what people do (``langeteig har jobbet der``; session 21)
is flagged like a verb. The Norwegian slots that only a name fills (a word between a dialect
pronoun and a finite verb, ``ho fryd var``; clefts, ``det var juni som hadde nattevakt``;
pet-name pairs, ``tobben og bettan va der``) are :mod:`.lower_pronoun_names`'s (split out in
session 44).

One English slot is replaced (score 0.6; lcen24): ``from <somewhere>`` and then a verb of
contact with a person as its object (``promise from the church rang my mother``, ``lark
from the crisis team rang me``). News or a word "rings alarm bells" or "rings true"; only a
person rings someone.

A pair opening such a sentence before what people do (lcen23): an everyday word beside an
object pronoun (``me and sparky went``) or beside a word no list knows (``rusty and dervla
came round``) is flagged; "tea and toast came" holds no person.

Not flagged: closed-class words, subjects that name no one (``everyone``, ``mum``), kinship
words, callers that are places of work (``school rang``), non-entities, plurals of everyday
words (``doctors said``), Norwegian definite nouns (``legen sa``, ``bussen kom``) and
adverbs and verb forms (``then came``, ``later said``).

Two Norwegian exceptions for definite-looking words (lcnb22, lower-cased dev sets): the
pet-name shape, a short stem with a doubled consonant and ``-en`` (``tommen``, ``bassen``,
``tobben``: "the inch", "the bass" too), is flagged before a verb only people do (help,
speech, contact, ``kom på besøk``; not ``kom``/``var``/``lå``) or ``, han heter …``; and any
definite singular before ``jobber som <what>`` (``risten fra porsanger jobber som …``):
working as something is said of people only. Definite nouns of people (``gutten``,
``jenta``, roles, kinship) stay words.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, Token, tokenize, word_set
from anonkit.anonymize.recognizers._context_words import EN_OWNERS, KINSHIP
from anonkit.anonymize.recognizers._lower_shapes import (
    DEFINITE_ENDINGS,
    PEOPLE_NOUNS,
    STRICT_DOERS,
    LowerLineRecognizer,
    after_openers,
    nickname_shape,
)
from anonkit.anonymize.recognizers._slot_words import (
    ACTION_VERBS,
    ADVERBS,
    CONTACT_VERBS,
    COPULAS,
    NOT_CALLERS,
    PERSON_PHRASES,
    PERSON_VERBS,
    ROLES,
)
from anonkit.anonymize.recognizers.name_words import (
    FUNCTION_WORDS,
    SUBJECT_NOT_NAMES,
    lower_case_line,
)
from anonkit.anonymize.wordlists import en_lemmas, word_class_forms

# Below the pattern layer's replace threshold (0.4), above its flag threshold (0.2).
SCORE = 0.3
# A word between a dialect pronoun and a finite verb is replaced: the slot is a name's
# (:mod:`.lower_pronoun_names`).
SCORE_PRONOUN = 0.6
# lcen24: "<word> from <somewhere> rang me/my mother": replaced (module docstring).
SCORE_CALLER = 0.6
_CALLED_PEOPLE = word_set("me us him her my our his their mum mam dad da ma nan gran")
# Verbs that things and times do as well ("life went on", "the day came") are left to the
# "from <somewhere>" slot.
_MOTION = word_set(
    "went gikk came comes kom kommer ble used ran kept took tok holdt gave ga sat satt"
)
_DOERS = (ACTION_VERBS | PERSON_VERBS | CONTACT_VERBS) - _MOTION
_FROM = frozenset({"from", "fra", "på", "at"})
# "har jobbet", "had told": an auxiliary and a participle of what people do (session 21).
_AUXILIARIES = word_set("har hadde has had")
_PARTICIPLES = word_set(
    """
    jobbet jobba ringt ringa sagt fortalt hjulpet hjelpt besøkt kjørt skrevet spurt lovet
    worked rung phoned told said helped visited driven written asked promised texted
    slutta sluttet begynt quit resigned retired
    """
)
# "fortune is from kumasi": being from somewhere is said of people (not after an article:
# "the letter is from the council" has one before the subject, "is from the" after it).
_COPULAS_FROM = word_set("is was er var e va")
_ARTICLES = word_set("the a an en ei et ein eit den det")
# "parry doesn't say much": a negated auxiliary and what people do.
_NEGATED = word_set("doesn't didn't don't won't wouldn't never")
_BASE_DOERS = word_set(
    "say tell talk speak ring call phone text come visit help listen answer care drive write ask"
)
_PHRASE_VERBS = frozenset(p.split()[0] for p in PERSON_PHRASES)
_NAMED_AFTER = re.compile(
    r",\s+(?:han|ho|hun|hu)\s+(?:heter|het|heiter|hette)\b", re.IGNORECASE
)
_WORKS = word_set("jobber jobba jobbet jobbar arbeider arbeidde arbeidet")
_VERBISH = STRICT_DOERS | _PHRASE_VERBS
# How far after "from <somewhere>" the verb may stand ("ros from andover was …").
_FROM_REACH = 4
# lcen23: pronouns that pair with a name as a spoken subject ("me and sparky went"), and what
# such a pair of people does (motion too: "tea and toast came" has no person in it).
_PAIR_PRONOUNS = word_set("me him her")
_PAIR_VERBS = ACTION_VERBS | PERSON_VERBS | CONTACT_VERBS | word_set("were had")


# Session 32 (the lower-cased development sets, blind13/14/18/20/22): more of what only people
# do or are after an everyday word opening a lower-case sentence.
# "goodness used to braid my hair": a habit only a person keeps
_USED_TO_DOERS = _BASE_DOERS | word_set(
    "braid cook sing pray preach teach sit babysit mind look read knit bake plait tease "
    "laugh shout sleep"
)
# "crow sat with me in a and e": keeping someone company
_KEPT_COMPANY = word_set("sat stayed stopped waited")
_COMPANY = word_set("me us him her them")
# "lol were a proper character", "nudge and whistler were the two lads": what a person is
_BEING = word_set("was were is")
_PERSON_PREDICATES = word_set(
    """
    character lad lads lass lasses man men woman women bloke blokes fella fellas guy guys
    girl girls boy boys gentleman lady legend nurse nurses friend friends mate mates
    """
)
_PREDICATE_FILLERS = word_set(
    "a an the two three both proper real right lovely nice good big old young little wee "
    "kind gentle quiet funny great best only other"
)
# "geordie on the ward was …", "witness from my church, she's malawian": where the person
# was, then the verb or a pronoun clause about them
_EN_WHERE = frozenset({"from", "on", "at"})
_PEOPLES_PLACES = word_set(
    "ward wards unit team wing desk door till reception site course estate landing corridor "
    "bus night nights shift shifts phone"
)
# Session 37: what only a person does to someone, after a word opening an English lower-case
# sentence (replaced, not flagged; ``_spoke_en``).
_SPEAKERS = word_set(
    "said says told tells asked answered replied shouted spoke talked promised reckoned "
    "rang phoned texted messaged visited hugged winked nodded"
)
_VISITS = frozenset({
    "came round", "came over", "came to", "dropped by", "looked after", "popped in",
    "popped round", "used to", "took care",
})  # fmt: skip
# Media and things that "say" or "tell" ("google said", "the telly told us").
_MEDIA = word_set(
    "google facebook instagram tiktok youtube twitter siri alexa telly tv radio news paper "
    "papers internet website app phone letter sign text email leaflet"
)
# Session 38: endings of Norwegian farm names, which many surnames are (``_farm_name_nb``).
_FARM_ENDINGS = (
    "nes", "eide", "sten", "stad", "rud", "vik", "haug", "heim", "land", "dal", "gard",
    "bø", "berg", "vold", "voll", "strand", "åsen", "bakken", "moen", "lien", "tveit",
    "fjell", "holm", "seter", "sæter", "myr", "hagen",
)  # fmt: skip
_MIN_FARM_NAME = 6
_NB_INFINITIVE_MARKS = frozenset({"å", "og"})
_INTERJECTIONS = word_set("ja jo nei nja altså åja")
_SPEAKERS_RE = re.compile(
    r"\b(?:said|says|told|tells|asked|answered|replied|shouted|spoke|talked|promised|"
    r"reckoned|rang|phoned|texted|messaged|visited|hugged|winked|nodded)\b"
)
_PRONOUN_CLAUSE = re.compile(r",\s+(?:she|he)(?:['’]s\b|\s+(?:was|is|came|had)\b)")


class LowerCaseSubjectRecognizer(LowerLineRecognizer):
    """Flags an everyday word acting as a subject on a lower-case line (module docstring)."""

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if "\n" not in text and not lower_case_line(text, len(text)):
            if self.lang == "en" and _SPEAKERS_RE.search(text):
                yield from self._speaking_opener(text, tokenize(text))
            return  # a line written with capitals has its own rules
        tokens = tokenize(text)
        if self.lang == "en":
            yield from self._pair(text, tokens)
        for i, tok in enumerate(tokens):
            opens = tok.sent_start or after_openers(tokens, i, self.lang)
            if (
                opens
                and tok.text.islower()
                and (
                    (self._may_be_a_name(tok.low) and self._acts(text, tokens, i))
                    or (
                        self.lang == "nb"
                        and nickname_shape(tok.low)
                        and self._nickname_acts(text, tokens, i)
                    )
                    or (
                        self.lang == "nb"
                        and _definite_shape(tok.low)
                        and tok.low not in self.skip
                        and self._works_as(text, tokens, i)
                    )
                )
                and lower_case_line(text, tok.end)
            ) or (
                (opens or _after_interjection(tokens, i))
                and self._farm_name_nb(tokens, i)
                and lower_case_line(text, tok.end)
            ):
                score = SCORE
                if (
                    self._rang_someone(tokens, i)
                    or self._spoke_en(tokens, i)
                    or self._farm_name_nb(tokens, i)
                ):
                    score = SCORE_CALLER
                yield tok.start, tok.end, PERSON, score

    def _pair(self, text: str, tokens: tuple[Token, ...]) -> Iterator[tuple[int, int, str, float]]:
        """ "me and sparky went", "rusty and dervla came round" (lcen23): a pair opening a
        lower-case sentence before what people do (motion included). An everyday word there
        beside an object pronoun, or beside a word no list knows, is the other person;
        kinship, plurals, verb lemmas and closed-class words are not (``_pair_word``)."""
        for i in range(len(tokens) - 3):
            a, b = tokens[i], tokens[i + 2]
            if (
                tokens[i + 1].low != "and"
                or not (a.sent_start or after_openers(tokens, i, self.lang))
                or text[a.end : b.start] != " and "
                or tokens[i + 3].low not in _PAIR_VERBS
                or not lower_case_line(text, tokens[i + 3].end)
            ):
                continue
            if a.low in _PAIR_PRONOUNS and self._pair_word(b.low):
                yield b.start, b.end, PERSON, SCORE
            elif (
                self._may_be_a_name(a.low)
                and self._may_be_a_name(b.low)
                and _person_acts_en(tokens, i + 3)
            ):
                # session 32: "nudge and whistler were the two lads": both are people
                yield a.start, a.end, PERSON, SCORE
                yield b.start, b.end, PERSON, SCORE
            elif self._pair_word(a.low) and (
                b.low in _PAIR_PRONOUNS
                or (
                    len(b.low) >= 3
                    and b.low.isalpha()
                    and b.low not in FUNCTION_WORDS
                    and not self.lexicon.is_common(b.low, compounds=False)
                )
            ):
                yield a.start, a.end, PERSON, SCORE

    def _rang_someone(self, tokens: tuple[Token, ...], i: int) -> bool:
        """ "promise from the church rang my mother" (lcen24): after "from <somewhere>", a
        verb of contact whose object is a person; news, a word or advice "rings alarm
        bells" or "rings true", only a person rings someone. English."""
        if self.lang != "en" or i + 1 >= len(tokens) or tokens[i + 1].low != "from":
            return False
        for k in range(i + 3, min(len(tokens) - 1, i + 3 + _FROM_REACH)):
            if tokens[k].low in CONTACT_VERBS:
                return tokens[k + 1].low in _CALLED_PEOPLE
        return False

    def _spoke_en(self, tokens: tuple[Token, ...], i: int, visits: bool = True) -> bool:
        """Session 37: a word opening a lower-case English sentence that speaks, rings, visits
        or looks after someone (``thistlewood said``, ``saffron rang me``, ``meadow came
        round``, ``brook looked after my dog``) is replaced: what is said of a thing there
        (``the letter said``, ``work rang``, ``google told me``) has an article, is a place of
        work or a medium, and those never reach this slot. On the development sets (as
        written and lower-cased) every such subject was a gold name."""
        if self.lang != "en" or tokens[i].low in _MEDIA:
            return False
        j = _verb_index(tokens, i)
        if j is None:
            return False
        verb = tokens[j].low
        after = tokens[j + 1].low if j + 1 < len(tokens) else ""
        # on a line with capitals only speech: "Music used to help me" is a thing that helps
        return verb in _SPEAKERS or (visits and f"{verb} {after}" in _VISITS)

    def _farm_name_nb(self, tokens: tuple[Token, ...], i: int) -> bool:
        """Session 38: a Norwegian surname made of a farm's name opening a lower-case clause
        before a finite verb (``kalvenes skreiv``, ``faleide sender``, ``dragsten flytta``):
        a word of six letters or more that ends like a farm (``-nes``, ``-eide``, ``-sten``,
        ``-stad``, ``-rud``, ``-vik``, ``-haug`` …) and that no word list has as a whole (a
        compound of words is fine: ``kalv|enes``). On the lower-cased development sets 28 of
        the 29 such words before a verb were gold names (24 replaced already); the other was
        ``eposten``, the hyphen-less ``e-posten``, now excluded."""
        if self.lang != "nb" or i + 1 >= len(tokens):
            return False
        low = tokens[i].low
        return (
            len(low) >= _MIN_FARM_NAME
            and low.isalpha()
            and low.endswith(_FARM_ENDINGS)
            and low not in self.skip
            # a genitive ("kalvenes", the calves') takes a noun, never a verb after it
            and (
                not self.lexicon.is_common(low, compounds=False)
                or (
                    _genitive_form(low)
                    and tokens[i + 1].low not in word_class_forms("nb", "noun")
                )
            )
            and not self.lexicon.is_common(f"{low[0]}-{low[1:]}", compounds=False)
            and tokens[i + 1].low in word_class_forms("nb", "verb")
            and tokens[i + 1].low not in _NB_INFINITIVE_MARKS
        )

    def _speaking_opener(
        self, text: str, tokens: tuple[Token, ...]
    ) -> Iterator[tuple[int, int, str, float]]:
        """Session 38: on an English line with capitals, a capitalized word opening the
        sentence that speaks, rings or visits someone (``_spoke_en``) and could be a name
        (``Echo said I should write it down``, ``Chalky said he'd sort the boiler``): its
        capital proves nothing there, the verb does (speech only: ``Music used to help me``
        is a thing); a place of work or a medium (``Work rang me``, ``Google said``), kinship
        words and pronouns stay words."""
        for i, tok in enumerate(tokens):
            if (
                tok.sent_start
                and tok.text[:1].isupper()
                and tok.text[1:].islower()
                and self._may_be_a_name(tok.low)  # no pronoun, kinship or function word
                and self._spoke_en(tokens, i, visits=False)
            ):
                yield tok.start, tok.end, PERSON, SCORE_CALLER

    def _pair_word(self, low: str) -> bool:
        """A word that may be one of a pair of people: no verb lemma ("me and drink went"), no
        plural ("him and lads went")."""
        return (
            self._may_be_a_name(low)
            and low not in en_lemmas("verb")
            and not (low.endswith("s") and self.lexicon.is_common(low[:-1], compounds=False))
        )

    def _may_be_a_name(self, low: str) -> bool:
        if (
            len(low) < 3
            or not low.isalpha()
            or low in FUNCTION_WORDS
            or low in SUBJECT_NOT_NAMES
            or low in KINSHIP
            or low in NOT_CALLERS
            or low in self.skip
            or low in ADVERBS
        ):
            return False
        if len(low) > 4 and low.endswith("s") and self.lexicon.is_common(low[:-1], compounds=False):
            return False  # "doctors said": a plural
        if (
            self.lang == "nb"
            and low.endswith(DEFINITE_ENDINGS)
            and self.lexicon.is_common(low, compounds=False)
        ):
            return False  # "legen sa", "bussen kom": a definite noun
        return low not in word_class_forms(self.lang, "adv") and low not in word_class_forms(
            self.lang, "verb"
        )

    def _nickname_acts(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """What only people do follows a nickname-shaped word (lcnb22): a verb of speech,
        help or contact, or a person's phrase ("kom på besøk"), perhaps after "på/fra" and
        up to two words ("jonnen på lageret hjalp meg"); or ", han heter …" ("mossen, han
        heter egentlig morten"). Not the verbs things do as well ("bussen kom", "sekken
        lå")."""
        if _NAMED_AFTER.match(text, tokens[i].end):
            return True
        j = i + 1
        if j < len(tokens) and tokens[j].low in _FROM and j + 1 < len(tokens):
            j += 2  # "på lageret", "fra senja"
            if j < len(tokens) and tokens[j].low not in STRICT_DOERS and tokens[j].low not in (
                _PHRASE_VERBS
            ):
                j += 1  # "fra nord-senja", "på det nye lageret" (two words)
        if j < len(tokens) and tokens[j].low in ADVERBS:
            j += 1
        if j >= len(tokens):
            return False
        verb = tokens[j].low
        after = tokens[j + 1].low if j + 1 < len(tokens) else ""
        nxt = tokens[j + 2].low if j + 2 < len(tokens) else ""
        return (
            verb in STRICT_DOERS
            or f"{verb} {after}" in PERSON_PHRASES
            or f"{verb} {after} {nxt}" in PERSON_PHRASES
        )

    def _works_as(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """ "risten fra porsanger jobber som reindriftsutøver" (lcnb22): working as something
        is said of people only, whatever the subject's shape; not a comparison ("jobber som
        en klokke", "som bare det")."""
        j = _after_where(tokens, i + 1)
        if j + 2 >= len(tokens) or tokens[j].low not in _WORKS or tokens[j + 1].low != "som":
            return False
        what = tokens[j + 2].low
        return what not in FUNCTION_WORDS and what not in ADVERBS and what not in _ARTICLES

    def _acts(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """What follows the word is what people do (module docstring)."""
        j = _verb_index(tokens, i)
        if j is None:
            return False
        verb = tokens[j].low
        after = tokens[j + 1].low if j + 1 < len(tokens) else ""
        if verb in _DOERS or f"{verb} {after}" in PERSON_PHRASES:
            return True
        if verb in _AUXILIARIES and after in _DOERS | _PARTICIPLES:
            return True  # "langeteig har jobbet der i tjue år", "parry had told me"
        if verb in _NEGATED and after in _BASE_DOERS:
            return True  # "parry doesn't say much"
        if self.lang == "en" and _person_acts_en(tokens, j):
            return True
        if self.lang == "en" and verb in _EN_WHERE and j + 3 < len(tokens):
            # "geordie on the ward was", "witness from my church, she's"
            k = j + 2 if tokens[j + 1].low not in _ARTICLES | EN_OWNERS else j + 3
            if verb != "from" and tokens[k - 1].low not in _PEOPLES_PLACES:
                return False  # "rain on the roof was loud": only where people are
            if k < len(tokens) and (
                tokens[k].low in COPULAS
                or tokens[k].low in _BEING
                or _PRONOUN_CLAUSE.match(text, tokens[k - 1].end) is not None
            ):
                return True
        if verb in _COPULAS_FROM and after in _FROM:
            following = tokens[j + 2].low if j + 2 < len(tokens) else ""
            return bool(following) and following not in _ARTICLES  # "is from kumasi"
        if verb not in _FROM:
            return False
        verbs = word_class_forms(self.lang, "verb")
        return any(
            tokens[k].low in ACTION_VERBS or tokens[k].low in COPULAS or tokens[k].low in verbs
            for k in range(j + 2, min(len(tokens), j + 2 + _FROM_REACH))
        )


def _person_acts_en(tokens: tuple[Token, ...], j: int) -> bool:
    """Session 32: what follows the subject at ``j`` is what only a person does or is:
    "used to braid", "sat with me", "were a proper character", "were the two lads"."""
    verb = tokens[j].low
    after = tokens[j + 1].low if j + 1 < len(tokens) else ""
    if verb == "used" and after == "to" and j + 2 < len(tokens):
        return tokens[j + 2].low in _USED_TO_DOERS
    if verb in _KEPT_COMPANY and after == "with" and j + 2 < len(tokens):
        return tokens[j + 2].low in _COMPANY
    if verb in _BEING:
        k = j + 1
        while k < len(tokens) and k < j + 4 and tokens[k].low in _PREDICATE_FILLERS:
            k += 1
        return k > j + 1 and k < len(tokens) and tokens[k].low in _PERSON_PREDICATES
    return False


def _definite_shape(low: str) -> bool:
    """A definite singular form of a noun that names no person ("risten", "rypa")."""
    return (
        len(low) >= 4
        and low.isalpha()
        and low.endswith(("en", "a"))
        and low not in PEOPLE_NOUNS
        and low not in ROLES
        and low not in KINSHIP
        and low not in FUNCTION_WORDS
        and low not in SUBJECT_NOT_NAMES
    )


def _after_where(tokens: tuple[Token, ...], j: int) -> int:
    """Past "fra/på <one or two words>" after a subject ("bekken fra tana jobber …")."""
    if j < len(tokens) and tokens[j].low in _FROM:
        j += 2
        if j < len(tokens) and tokens[j].low not in _WORKS and tokens[j].low not in _VERBISH:
            j += 1
    return j


def _verb_index(tokens: tuple[Token, ...], i: int) -> int | None:
    """Where the verb after the word ``tokens[i]`` stands: the next token, or the one after an
    adverb ("parry never said"); None at the line's end."""
    j = i + 1
    if j < len(tokens) and tokens[j].low in ADVERBS:
        j += 1
    return j if j < len(tokens) else None


def _after_interjection(tokens: tuple[Token, ...], i: int) -> bool:
    """The word follows an answer word opening the sentence ("ja, faleide sender …")."""
    return i >= 1 and tokens[i - 1].sent_start and tokens[i - 1].low in _INTERJECTIONS


def _genitive_form(low: str) -> bool:
    """``low`` is the ``-s`` genitive of a listed noun form ("kalvenes"; not the pronoun
    "hennes")."""
    return (
        low.endswith("s")
        and low not in FUNCTION_WORDS
        and low[:-1] in word_class_forms("nb", "noun")
    )


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [LowerCaseSubjectRecognizer(lang)]
