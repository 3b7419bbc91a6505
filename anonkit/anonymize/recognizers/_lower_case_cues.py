"""The cues that name someone on a line without capitals (issue 10, item 1): the slot rules
of :class:`.names_in_context.NameInContextRecognizer` for all-lower-case lines, kept apart
because they are many and read only the words around one token.

Why a mixin: the recognizer's other rules and these share its word lists (``lexicon``,
``first_lower``, ``common``, ``not_entities``) and the language; splitting the class would
mean loading them twice. Moved out of ``names_in_context.py`` unchanged in session 34, when
that file passed the house limit of ~500 lines.
"""

from __future__ import annotations

import re

from anonkit.anonymize.names import surnames_lower
from anonkit.anonymize.nynorsk_forms import nynorsk_form
from anonkit.anonymize.recognizers._base import Token, lower_case_line, word_set
from anonkit.anonymize.recognizers._context_words import (
    APPOSITION_BEFORE,
    AUXILIARIES,
    CLERGY_TITLES,
    EN_OWNERS,
    FOLLOWERS,
    INTERJECTIONS,
    KINSHIP,
    NAMING_FUNCTION_WORDS,
    NAMING_OBJECTS,
    NB_KIN_TITLES,
    NB_OWNERS,
    OWNED_RELATION_BEFORE,
    PAST_ENDINGS,
    PLAIN_TITLES,
    PRONOUN_CLAUSE_AFTER,
    PRONOUNS,
    RANKS,
    RELATIONS,
    ROLE_BEFORE,
    ROLE_TITLES,
    SENTENCE_END,
    TITLES,
    VERB_TITLES,
)
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers._slot_words import ROLES, said_as_adverb
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.truecase_cues import PERSON_CUES_LOWER
from anonkit.anonymize.wordlists import (
    adverbs_only,
    en_lemmas,
    is_everyday_word,
    nb_definite_noun,
    word_class_forms,
)

# Adverbs that follow a title said as a noun ("dr just said", "mr always"): never a surname.
_TITLE_ADVERB_WORDS = word_set(
    "just also only then still even now back again here there really always never so too "
    "very well soon later today first last once ever already quite right"
)
_DETERMINERS_BEFORE_TITLE = word_set("the a an my your his her our their this that")
# Session 33 (lower-cased development sets): conjunctions, prepositions and quantifiers that
# follow a role or stand between commas ("my named nurse until she went", "a doctor since.",
# "ny lege hver gang", "insight, like, he has", "kalla han berre mundi"): never a name.
_CLOSED_WORDS = word_set(
    "until till since because before after unless though although while whilst once like as "
    "than whether if cause cos hver hvert kvar kvart hele heile fordi mens siden berre bare "
    "heller også óg derimot likevel"
)
# Quantifiers that open a time phrase after "hos farmor" ("hver sommer", "hele jula").
_QUANTIFIERS = word_set("hver hvert kvar kvart hele heile alle noen nokre begge annenhver")

# The finite verbs that follow a subject named after a role title ("sykepleier krølla var").
# Definite nouns for people who are named right after them ("naboen hølje kom").
_NB_PEOPLE_DEFINITE = word_set(
    "saksbehandleren naboen sjefen læreren legen presten rektoren treneren vaktmesteren "
    "kollegaen veilederen lederen avdelingslederen tolken verten"
)
_EN_FINITE_AFTER_NAME = word_set(
    "is was lives lived says said came comes has had works worked went goes rang rings "
    "phoned texted will would can could does did died passed"
)
_NB_FINITE_AFTER_NAME = word_set(
    "var va er e sa kom hadde har ringte gikk fikk ble vart blei skulle kunne ville "
    # session 41 (the lower-cased development sets: "miljøterapeuten lange tok meg med"):
    # more past forms of what people do
    "tok ga gav jobba jobbet bodde budde døde døydde flytta flyttet hjalp kjørte køyrde "
    "sto stod satt lærte trodde trudde visste kjente snakka snakket spurte spurde gjorde "
    "måtte sendte skreiv skrev henta hentet begynte slutta sluttet eide"
)


# Parents said in full, which the kinship table leaves out ("Mother Teresa" is a title there).
_PARENTS_EN = word_set("mother father")
_RELATIVE_WORDS = word_set("which who whom whose that where when whatever")
_TITLE_OPENS = re.compile(r"(?:^|,\s*|(?<![\w'’-])(?:a|the|called|named)\s+)$")


# Kinds of family that are surnames too ("the foster family", "the host family").
_FAMILY_KINDS = word_set(
    "foster host extended immediate nuclear adoptive birth crime royal whole same other new "
    "old next first blended step"
)


class LowerCaseCues:
    """The lower-case slot rules; mixed into ``NameInContextRecognizer``, which sets the
    attributes below."""

    lang: str
    lexicon: Lexicon
    first_lower: frozenset[str]
    common: frozenset[str]
    not_entities: frozenset[str]

    def _lower_case_cued(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """On an all-lower-case line, the cues that take a capitalized word take any word
        that is no function word, adverb or finite verb (session 19, lower-cased dev sets):
        a title or rank ("dr lamb", "fru bakke", "sykepleier rogn"), a dialect pronoun
        before a verb with a word no list has ("han brekkhus sa"), and commas around the word with a
        pronoun clause after it or a role before it ("og frost, han var …", "sjefen min,
        vold, ga …")."""
        tok = tokens[i]
        low = tok.text
        if self._titled_adverb(text, tokens, i) or self._family_named(text, tokens, i):
            return True
        if not self._lower_case_name_slot(text, tok) or low in _CLOSED_WORDS:
            return False
        if low in KINSHIP or low in PRONOUNS or low in NAMING_OBJECTS or low in self.not_entities:
            return False  # NAMING_OBJECTS: "så kalte hun meg dum" (session 28)
        prev = tokens[i - 1] if i > 0 else None
        if (
            prev is not None
            and text[prev.end : tok.start] in (" ", ". ")
            and prev.low.rstrip(".") in PLAIN_TITLES
        ):
            return True  # no verb follows "fru": "fru kjær" (session 22)
        if (
            self.lang == "nb"
            and prev is not None
            and text[prev.end : tok.start] == " "
            and (
                prev.low in ROLE_TITLES
                or prev.low in _NB_PEOPLE_DEFINITE
                or prev.low in NB_KIN_TITLES
            )
            and i + 1 < len(tokens)
            and tokens[i + 1].low in _NB_FINITE_AFTER_NAME
            and low not in FUNCTION_WORDS
            and low not in NB_OWNERS  # "mormor sin var fin"
            # session 41: no adverb ("legen sjølv tok", "naboen plutselig kom")
            and low not in word_class_forms("nb", "adv")
            and not self._adjective(low)
        ):
            # session 31 (names_stress.py): "sykepleier krølla var", "sykepleier lang var":
            # a role title, a word that is also a verb form, and then the clause's verb;
            # session 32 (blind21/22): the same after a definite person noun ("naboen hølje
            # kom", "saksbehandleren gjerde sa") or a bare kinship title ("farbror ånen
            # hadde gard")
            return True
        if (
            self.lang == "nb"
            and i >= 2
            and prev is not None
            and (prev.low in NB_KIN_TITLES or prev.low in PRONOUNS)
            and tokens[i - 2].low == "hos"
            and text[prev.end : tok.start] == " "
            and low not in FUNCTION_WORDS
            and low not in NB_OWNERS
            and low not in _QUANTIFIERS
            and low not in word_class_forms(self.lang, "adv")
            # session 42: after a pronoun, no verb ("hos ho va det alltid rolig")
            and not (prev.low in PRONOUNS and (low in AUXILIARIES or self._finite(low)))
        ):
            # session 33 (names_stress.py): "vi var hos onkel snuppa i jula": at a relative's
            # home, the word after the bare kin title is the relative's name; session 42: and
            # after the dialect pronoun ("vi var hos han bjørk i helga")
            return True
        if (
            self.lang == "en"
            and i >= 2
            and prev.low in KINSHIP
            and tokens[i - 2].low in EN_OWNERS
            and text[prev.end : tok.start] == " "
            and i + 1 < len(tokens)
            and tokens[i + 1].low in _EN_FINITE_AFTER_NAME
            and low not in FUNCTION_WORDS
        ):
            # session 32 (blind20): "my mam mared is from …": an owned kinship word, a word
            # that is also a verb form, and the clause's verb — two finite verbs do not
            # follow each other, so the word is the relative's name
            return True
        if (
            self.lang == "nb"
            and prev is not None
            and prev.low in PRONOUNS
            and text[prev.end : tok.start] == " "
            and i + 1 < len(tokens)
            and text[tok.end : tokens[i + 1].start] == " "
            and tokens[i + 1].low in _NB_FINITE_AFTER_NAME
            and low not in FUNCTION_WORDS
            and low not in AUXILIARIES
            and low not in _NB_FINITE_AFTER_NAME
            and low not in ROLES
            and low not in _NB_PEOPLE_DEFINITE
            and not nb_definite_noun(low)  # "som han pasienten sa": a person by role
        ):
            # session 40 (the lower-cased development sets: "ho kamma hadde et lite hus"): a
            # pronoun, a word that is also a verb form, and the clause's verb — two finite
            # verbs do not follow each other, so the word is the name the pronoun goes with
            return True
        if self._finite(low):
            return False
        if prev is not None and text[prev.end : tok.start] in (" ", ". "):
            prev_low = prev.low.rstrip(".")
            if (
                prev_low in CLERGY_TITLES
                and i >= 2
                and tokens[i - 2].low in _DETERMINERS_BEFORE_TITLE
            ):
                return False  # session 35: "we had a rabbi visit"
            if (
                (prev_low in TITLES and prev_low not in VERB_TITLES)
                or prev_low in RANKS
                or prev_low in ROLE_TITLES
                # session 40 (the lower-cased development sets: "the social worker, miss
                # ransom, she was new"): "miss" set off by a comma or opening the line is
                # the title ("i miss home" has its subject before it)
                or (prev_low == "miss" and _TITLE_OPENS.search(text, 0, prev.start))
            ):
                # "doctor said", "nurse came": an ambiguous title takes no verb form; session 33:
                # nor a function word ("the nurse from the ward" had "from" replaced)
                return low not in word_class_forms(self.lang, "verb") and low not in FUNCTION_WORDS
            if prev_low in PRONOUNS and text[prev.end : tok.start] == " ":
                # After a pronoun only a word no list has, or a listed name: "han hjalp meg",
                # "sende ho bilder" put everyday words there (blind4-6 dev sets).
                if self.lexicon.explains_capitalized(low) and low not in self.first_lower:
                    return False
                if self.lang == "nb" and low not in self.first_lower and nynorsk_form(low):
                    return False  # session 42 (blind32): "han ringjer kvar søndag", a verb
                nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
                return nxt in FOLLOWERS or nxt in word_class_forms(self.lang, "verb")
        if not APPOSITION_BEFORE.search(text, 0, tok.start) or low in PERSON_CUES_LOWER:
            return False  # session 34: "bjettar, naboen, han hjalp mæ": the role, not a name
        return bool(
            PRONOUN_CLAUSE_AFTER.match(text, tok.end)
            or (
                text.startswith(",", tok.end)
                and (ROLE_BEFORE.search(text, 0, tok.start) or self._after_owned_kin(text, tok))
                # session 34: "en fyr, kjempehyggelig, som hjalp meg" describes him
                and not self._adjective(low)
            )
            or self._named_at_clause_end(text, tok)
        )

    def _after_owned_kin(self, text: str, tok: Token) -> bool:
        """Session 41 (the lower-cased development sets: "my mother, man-yee, still lives in
        tai po"): an owned kinship word, a comma, the word and a comma; no verb form there
        ("my sister, bless, she …")."""
        word = tok.text
        if self.lang != "en" or word in word_class_forms("en", "verb") or word in en_lemmas("verb"):
            return False
        if word in FUNCTION_WORDS or word in _RELATIVE_WORDS:
            return False  # "as my mother, which, which was awkward"
        m = OWNED_RELATION_BEFORE.search(text, max(0, tok.start - 40), tok.start)
        if m is None or m.end() != tok.start:
            return False
        rel = m.group("rel").lower()
        return rel in KINSHIP or rel in RELATIONS or rel in _PARENTS_EN

    def _family_named(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """Session 42: "the fisher family next door": a listed surname between "the" and
        "family" is the family's name; not a kind of family ("the foster family", "the
        royal family": adjectives and the words of :data:`_FAMILY_KINDS`)."""
        if self.lang != "en" or i == 0 or i + 1 >= len(tokens):
            return False
        low = tokens[i].low
        return (
            tokens[i - 1].low == "the"
            and tokens[i + 1].low in ("family", "families", "fam")
            and text[tokens[i].end : tokens[i + 1].start] == " "
            and low in surnames_lower()
            and low not in _FAMILY_KINDS
            and low not in en_lemmas("adj")
        )

    def _adjective(self, low: str) -> bool:
        """An everyday adjective ("kjempehyggelig", "lovely"): Ordbank's adjective forms are
        not kept, so Norwegian goes by the adjective endings of an everyday word."""
        if self.lang == "en":
            return low in en_lemmas("adj")
        return low.endswith(("ig", "lig", "isk", "som")) and is_everyday_word(low)

    def _named_at_clause_end(self, text: str, tok: Token) -> bool:
        """ "with my partner at the time, innes.": after an owned relation or kinship word, a
        comma and one word that ends the sentence, a listed first name or a word no list has
        is the relation's name (lcen22). Everyday words there ("with my mum, shopping.",
        "my partner at the time, obviously.") are not."""
        if self.lang != "en" or not SENTENCE_END.match(text, tok.end):
            return False
        m = OWNED_RELATION_BEFORE.search(text, max(0, tok.start - 60), tok.start)
        if m is None or m.end() != tok.start:
            return False
        rel = m.group("rel").lower()
        low = tok.text
        return (rel in RELATIONS or rel in KINSHIP) and (
            low in self.first_lower or low not in self.common
        )

    def _finite(self, low: str) -> bool:
        """An auxiliary, a modal or a past-tense verb form: never a name in a name slot
        ("han må si", "ho ringte"). Bare stems are not: "fryd", "vold" are verb forms too."""
        if low in AUXILIARIES:
            return True
        verbs = word_class_forms(self.lang, "verb")
        return low in verbs and (self.lang == "en" or low.endswith(PAST_ENDINGS))

    def _titled_adverb(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """ "dr wild was the registrar", "mrs long": after a plain title that opens a name (no
        "the"/"my" before it: "the dr just said" is the doctor), an English word that is an
        adverb but also an adjective or noun is the surname (session 33, blind23 as development
        material). The slot rule leaves adverbs out; these are surnames as often as words."""
        tok = tokens[i]
        low = tok.text
        return not (
            self.lang != "en"
            or i == 0
            or not low.isalpha()
            or not low.islower()
            or low in _TITLE_ADVERB_WORDS
            or text[tokens[i - 1].end : tok.start] not in (" ", ". ")
            or tokens[i - 1].low.rstrip(".") not in PLAIN_TITLES
            or (i >= 2 and tokens[i - 2].low in _DETERMINERS_BEFORE_TITLE)
            or low not in word_class_forms(self.lang, "adv")
            or (low not in en_lemmas("adj") and low not in en_lemmas("noun"))
            or not lower_case_line(text, tok.end)
        )

    def _lower_case_name_slot(self, text: str, tok: Token) -> bool:
        """A lower-case word in a naming slot of an all-lower-case line, that is no function
        word, hesitation or adverb (session 19: "her name was fern", "foss, det heter han")."""
        word = tok.text
        return (
            word.islower()
            and word.replace("-", "").isalpha()  # not "he's"; "man-yee" (session 41)
            and lower_case_line(text, tok.end)
            and word not in NAMING_FUNCTION_WORDS
            and not is_filler(word)
            and word not in INTERJECTIONS
            and word not in adverbs_only(self.lang)  # session 43: "kalles tott" (a noun too)
            # session 50: "hun endelig hadde", an adjective said as an adverb
            and not (self.lang == "nb" and said_as_adverb(word))
        )
