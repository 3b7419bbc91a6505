"""Names that only their context reveals → PERSON (issue 10, items 2, 3 and 6).

Why: the person gazetteer knows listed names and needs a capital; spoken interviews are full
of names no list has (``Tharshini``, ``Przemek``, ``Ánde``, ``Gaz``, ``Stor-Ola``) and of names
that are words (``Rein``, ``Sky``, ``Little``, ``Sandy``). What gives them away is the
sentence around them. This recognizer reads four such contexts:

1. **Naming words** — ``heter``, ``het``, ``kalt``, ``kalte ham/henne``, ``called``,
   ``named``, ``name is/was``, ``navnet er``: the next word is a name whatever it is
   (``han heter Rein``, ``we called him Thomo``), and a capitalized word *before*
   ``heter han``/``was her name`` too (``Ask heter han``, ``Sky was her name``).
2. **Titles** — ``Mr``, ``Mrs``, ``Ms``, ``Dr``, ``Nurse``, ``fru``, ``herr``, ``doktor`` — and
   **kinship words** — ``mamma``, ``tante``, ``bestemor``, ``my mum``, ``Auntie``, ``Nan``,
   ``our`` — followed by a capitalized word (``Mr. Little``, ``Nurse Sandy``, ``our Kev``).
3. **Pronoun + name** (Norwegian dialects): ``han Bjørn``, ``ho Liv``, ``hun Anita`` — a
   capitalized word after the pronoun. The pronoun itself is never part of the span (the
   detector strips it from NER spans as well) and is the pseudonym's gender cue.
5. **Nicknames hyphened to a size or age word** — ``Stor-Ola``, ``Lille-Even``,
   ``Vesle-Kari``, ``Big-Tam`` — whatever the name part is.
4. **An unknown capitalized word opening a sentence** — not a common word of either language,
   not a known place, institution or non-entity — is a name when a verb or ``and``/``from``/
   ``fra``/``og`` follows (``Przemek from work drove me``, ``Tharshini var den første``),
   and otherwise too (``Alasdair would drive me``, ``Huong, hun tok``): speech recognition
   writes the words of its vocabulary, so an unknown capitalized word it produces is a name
   it heard. (blind5 session: it used to be only flagged; on NorNE dev the change raised
   PER coverage 0.964 → 0.971 at unchanged precision 0.989.)

Scores: 0.85 for 1-3, 0.6 for 4 with a following verb, 0.5 for 4 otherwise (all replace).
The word lists and patterns these contexts read live in :mod:`._context_words`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.names import all_first_names, all_surnames
from anonkit.anonymize.nynorsk_forms import listed_nynorsk, nynorsk_form
from anonkit.anonymize.places import (
    health_institution_names,
    organization_names,
    places,
    villages,
    world_places,
)
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    is_capitalized,
    lower_case_line,
    tokenize,
)
from anonkit.anonymize.recognizers._context_words import (
    CLAUSE_PREPOSITIONS,
    CONTRACTION,
    FOLLOWERS,
    INTERJECTIONS,
    IS_CALLED,
    KINSHIP,
    NAME_AFTER,
    NAME_IS,
    NAME_QUESTION,
    NAMING_FUNCTION_WORDS,
    NAMING_OBJECTS,
    NAMING_WORDS,
    PET_PREFIXES,
    PLAIN_TITLES,
    PRONOUNS,
    RANKS,
    ROLE_TITLES,
    STRONG_NAMING,
    SURNAME_RANKS,
    TITLES,
    dialect_noun,
    kin_named_calendar,
    owned_relation,
    titled_eponym,
)
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers._gates import may_match
from anonkit.anonymize.recognizers._naming_verb_slots import NamingVerbSlots
from anonkit.anonymize.recognizers._slot_words import (
    DEFINITE_KIND_NOUNS,
    naming_slot_kind,
    said_as_adverb,
)
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.wordlists import (
    common_words,
    not_entities,
    word_class_forms,
)

SCORE_CONTEXT = 0.85
SCORE_UNKNOWN_SUBJECT = 0.6
SCORE_UNKNOWN = 0.5


class NameInContextRecognizer(NamingVerbSlots, AnonkitRecognizer):
    """Names revealed by naming words, titles, kinship words, pronouns (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.common = common_words("nb") | common_words("en")
        self.not_entities = not_entities("nb") | not_entities("en")
        self.first_lower = frozenset(n.lower() for n in all_first_names())
        self.lexicon = Lexicon(lang)
        # A village is a family name as often: "Fardal forteller" (places.villages).
        self.known = (
            ((places() | world_places()) - villages())
            | health_institution_names()
            | organization_names()
        )

    def _nameable(self, word: str) -> bool:
        """A word that may be a name: letters (and inner hyphens), not a non-entity, not a
        pronoun's contraction ("I'll" of "that nurse, I'll never forget her")."""
        return (
            len(word) > 1
            and word.replace("-", "").replace("'", "").isalpha()
            and word.lower() not in self.not_entities
            # the regex only where it can match: the word holds an apostrophe (speed22)
            and (("'" not in word and "’" not in word) or CONTRACTION.fullmatch(word) is None)
        )

    def _unknown(self, word: str) -> bool:
        """Capitalized, in no word list (nor a compound or inflection of listed words:
        "Spilltiden", "Nav-reformen"; :meth:`Lexicon.explains_capitalized`), and no known
        place or institution."""
        return (
            is_capitalized(word)
            and self._nameable(word)
            and word.lower() not in self.common
            and word not in self.known
            and not self.lexicon.explains_capitalized(word.lower())
            and not (self.lang == "nb" and self._dialect_noun(word.lower()))
            # session 35: a listed Nynorsk word ("Sambuaren min", "Behandlaren min der"); not
            # any regular respelling, which turns short names into words ("Shåk" → "shak")
            and not (self.lang == "nb" and listed_nynorsk(word.lower()))
        )

    def _dialect_noun(self, low: str) -> bool:
        return dialect_noun(low, self.common, self.first_lower)

    def _pet_prefixed(self, word: str) -> bool:
        """``Stor-Even``, ``Lille-Even``, ``Vesle-Kari``, ``Big-Tam``: a size or age word
        hyphened to a capitalized name is a nickname (issue 10, item 2), even when the name
        alone is an everyday word ("Even", "Tam")."""
        head, hyphen, tail = word.partition("-")
        return (
            bool(hyphen)
            and head.lower() in PET_PREFIXES
            and tail[:1].isupper()
            and tail.isalpha()
            and len(tail) > 1
            and tail not in self.known  # "Stor-Oslo", "Lille-Norge" are places
        )

    def _discourse_word(self, low: str) -> bool:
        """ "Greit, det kalte de meg": an adverb, filler or interjection before the comma is
        a reply, not what someone was called (nb23)."""
        return is_filler(low) or low in INTERJECTIONS or low in word_class_forms(self.lang, "adv")

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        tokens = tokenize(text)
        # speed21: whether the naming patterns can match anywhere in the text (``_gates``)
        cues = (may_match(NAME_IS, text), may_match(NAME_AFTER, text))
        named = -1
        for i, tok in enumerate(tokens):
            found = self._classify(text, tokens, i, cues)
            if found is None and named == i - 1 and self._surname_closing(text, tokens, i):
                named = i  # the full name as one span ("dagrun bekk")
                yield tokens[i - 1].start, tok.end, PERSON, SCORE_CONTEXT
                continue
            if found is None and self._word_named_alone(text, tokens, i):
                found = SCORE_CONTEXT
            if found is None and self._named_by_a_person(text, tokens, i):
                found = SCORE_CONTEXT
            if found is not None:
                named = i
                yield tok.start, tok.end, PERSON, found

    def _classify(
        self, text: str, tokens: tuple[Token, ...], i: int, cues: tuple[bool, bool] = (True, True)
    ) -> float | None:
        tok = tokens[i]
        word = tok.text
        if not self._nameable(word):
            # session 45: "my uncle Sunday", "a girl called June": a day or month named
            named = titled_eponym(text, tok.start, tok.end) or (
                is_capitalized(word) and kin_named_calendar(text, tok.start, tok.end)
            )
            return SCORE_CONTEXT if named else None
        prev = tokens[i - 1] if i > 0 else None
        prev_low = prev.low if prev is not None else ""
        close = prev is not None and text[prev.end : tok.start] in (" ", ". ", ", ")
        # 1. naming words: the next word is a name, capitalized or not.
        if close and prev is not None and not tok.sent_start:
            if (
                prev_low in NAMING_WORDS
                and word.lower() not in NAMING_FUNCTION_WORDS
                # session 47 (blind37: "han kalla meg guten"): the object pronoun between the
                # naming verb and the name is no name ("Meg" is one, written so)
                and not (word.islower() and _object_before_name(text, tokens, i))
                # "a village called Wool", "en skole som het Fjellhaug": named_places.py
                and naming_slot_kind(text, prev.start) is None
                # session 50 (development false positives: "Maliniemi heiter læraren min"):
                # a noun with its owner after the verb is the subject, the name came first
                and not _OWNER_AFTER.match(text, tok.end)
            ):
                low = word.lower()
                if is_capitalized(word) or (
                    word.islower() and (low in self.first_lower or low not in self.common)
                ):
                    return SCORE_CONTEXT
                if (
                    word.islower()
                    and (prev_low in STRONG_NAMING or IS_CALLED.search(text, 0, prev.start))
                    and text[prev.end : tok.start] == " "
                    and not is_filler(low)
                    # "the guards were called twice": an adverb (session 21)
                    and low not in word_class_forms(self.lang, "adv")
                    and not (self.lang == "nb" and self._dialect_noun(low))
                    and low not in DEFINITE_KIND_NOUNS  # "sappen heiter plassen" (session 40)
                    and not NAME_QUESTION.search(text[max(0, prev.start - 12) : prev.start])
                ):
                    return SCORE_CONTEXT
            if self._named_by_verb(text, tokens, i):
                return SCORE_CONTEXT
        capitalized = is_capitalized(word)
        if not capitalized and not (word.islower() and lower_case_line(text, tok.end)):
            return None  # a lower-case word on a line written with capitals (cheap test first)
        if (
            cues[0]
            and NAME_IS.search(text[max(0, tok.start - 24) : tok.start])
            and (capitalized or self._lower_case_name_slot(text, tok))
        ):
            return SCORE_CONTEXT
        plain = word.replace("-", "").isalpha()
        after = NAME_AFTER.search(text[tok.end : tok.end + 30]) if plain and cues[1] else None
        if (
            after is not None
            and word.lower() not in NAMING_FUNCTION_WORDS
            and (capitalized or (after.group("strong") and self._lower_case_name_slot(text, tok)))
            and not (after.group("called") and self._discourse_word(word.lower()))
            # session 37: "Egentleg heiter ho Eli-Marie": an adverb opens the clause
            and word.lower() not in word_class_forms(self.lang, "adv")
            and not listed_nynorsk(word.lower())
            # session 28: "på skolen kalte de henne …": the word after a preposition opens the
            # clause as a place or time, the name comes after the verb
            and prev_low not in CLAUSE_PREPOSITIONS
        ):
            return SCORE_CONTEXT
        if not capitalized:
            return SCORE_CONTEXT if self._lower_case_cued(text, tokens, i) else None
        if self._pet_prefixed(word):
            return SCORE_CONTEXT
        # 2./3. titles, kinship words and pronouns right before a capitalized word.
        if (
            close
            and prev is not None
            and word.lower() in PRONOUNS
            and prev.text[:1].isupper()
            and prev_low.rstrip(".") in PLAIN_TITLES
            and not tok.sent_start
        ):
            # session 50 (blind40 as development material: "Fru Han fra Pohang var …"): a
            # capitalised title takes no pronoun after it; "Han", "Ho" are surnames there
            return SCORE_CONTEXT
        if close and prev is not None and word.lower() not in PRONOUNS | TITLES:
            if prev_low.rstrip(".") in TITLES:
                return SCORE_CONTEXT  # "Mr. Little": a title's full stop ends no sentence
            if prev_low in ROLE_TITLES and not tok.sent_start and text[prev.end : tok.start] == " ":
                return SCORE_CONTEXT  # session 33: "Sykepleier Pinnen var", "lege Ugla"
            if prev_low.rstrip(".") in RANKS and (
                word.lower() not in self.common
                or word in all_surnames()
                or prev_low.rstrip(".") in SURNAME_RANKS
            ):
                return SCORE_CONTEXT
            # Kinship words and pronouns only within the sentence: "… til mamma. Han var …"
            # Session 23: a capitalized "Our" mid-sentence opens a title ("to Our Lady", "Our
            # Lady's in Crumlin"), not the dialect kinship "our" ("our Tracy").
            if (
                (prev_low in KINSHIP or prev_low in PRONOUNS)
                and not tok.sent_start
                and not (prev.text == "Our" and not prev.sent_start)
            ):
                if (
                    prev_low in PRONOUNS
                    and lower_case_line(text, tok.end)
                    and (self._finite(word.lower()) or said_as_adverb(word.lower()))
                ):
                    # "han lo bare": the truecaser's "Lo" is the verb; session 50: "hun
                    # endelig hadde", an adverb
                    return None
                return SCORE_CONTEXT
            if not tok.sent_start and owned_relation(tokens, i):
                if lower_case_line(text, tok.end) and (
                    self._finite(word.lower()) or nynorsk_form(word.lower())
                ):
                    return None  # session 47: "kona mi jobbar på …", the truecaser's "Jobbar"
                return SCORE_CONTEXT
        # 4. an unknown word opening a sentence ("I'm", "Don't" are contractions, not names).
        if tok.sent_start and "'" not in word and "’" not in word and self._unknown(word):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            follows = (
                nxt is not None
                and text[tok.end : nxt.start] == " "
                and nxt.low in FOLLOWERS
            )
            return SCORE_UNKNOWN_SUBJECT if follows else SCORE_UNKNOWN
        return None


_OWNER_AFTER = re.compile(r" (?:min|mi|mitt|mine|vår|våre|hans|hennes|din|di|ditt)(?![\w'’-])")


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NameInContextRecognizer(lang)]


def _object_before_name(text: str, tokens: tuple[Token, ...], i: int) -> bool:
    """The word at ``i`` is an object pronoun with a word after it in the same clause."""
    return (
        tokens[i].low in NAMING_OBJECTS
        and i + 1 < len(tokens)
        and text[tokens[i].end : tokens[i + 1].start] == " "
    )
