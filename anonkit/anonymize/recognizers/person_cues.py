"""Everyday words that the sentence itself says are a person's name → PERSON (names branch).

Why: the name lists leave out first names that are everyday words (``Fortune``, ``Sage``,
``Chance``, ``Happy``, ``Mercy``, ``Dis``), so the name layers only flag them at a sentence
start, or say nothing at all. Speech gives such a name away by what it says about it; this
recognizer reads four such cues, each a construction said of people and not of things:

1. **The speaker says it is a name**: ``Happy, that's his actual name, …``, ``Dusty, that's
   what everyone calls him``, ``Tuss, det er det han heter``, ``Bamse, som alle kaller ham``,
   ``Bamsen var det alle kalte ham`` (not ``sa``: ``Fint var det alle sa``).
2. **The only / the youngest of a role**: ``Mercy was the only nurse who'd …``, ``Dis e den
   eneste venninna æ har igjen``, ``Chance was the youngest on the ward`` — a word at a
   sentence start, a copula, then ``the only``/``den eneste`` + a noun only people are (nurse,
   friend, venninna), or ``the youngest``/``the oldest`` + ``on``/``in``/``of``.
3. **Taken up by he/she**: ``Fortune is from Kumasi, he's the one who runs …``, ``Sage does
   the art therapy on Wednesdays, she's brilliant`` — a capitalized word opening a sentence,
   a verb of doing or ``is from``/``er fra`` (not any copula: ``Money was tight, he was out
   of work``), and later in the same sentence ``, he's``/``, she was``/``, han
   er``: the pronoun refers back to the subject. Not when the pronoun only reports (``,
   she said``), nor for words that name no one (``Work``, ``Mum``: closed lists of
   :mod:`._slot_words`) or plurals.
4. **After "my friend"**: ``my friend river used to meet me`` on a line written in lower case:
   the word between ``my friend``/``my mate`` and a person's verb is the friend's name.
5. **Whose relative**: ``Emeka's mum used to feed half the street``, ``Tuss sin mor``: a
   capitalized word opening a sentence, a genitive and a kinship word.
6. **A month in a person's cleft**: ``Det var Juni som hadde nattevakt`` (Norwegian writes
   months in lower case), ``It was April who rang``.

7. **A role set off after the word** (session 22): ``Sparrow, the porter, walked me home``,
   ``Spurven, vaktmesteren, hjalp meg``.

Session 22: on lines written in lower case, cues 3 and 5 take a lower-case word too; ``it
was X who`` takes any word there, ``det var X som`` + a verb of what people do flags it; and
a Norwegian genitive of a word no list has before a relative or a belonging (``brattvolls
kone``, ``skjerveruds båt``) is a person.

A candidate is never a closed-class word, a listed non-entity, a kinship word or a word that
fills the subject slot without naming anyone. Scores: 0.85 for 1, 0.6 for 2-6 (replaced).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.names import all_first_names
from anonkit.anonymize.numberwords import word_value
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    token_word,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers._context_words import KINSHIP
from anonkit.anonymize.recognizers._name_candidates import ly_adverb
from anonkit.anonymize.recognizers._name_talk import (
    BORN_A_AFTER,
    BORN_A_BEFORE,
    CALLED_AFTER,
    NAME_IS,
    NAMED_BEFORE,
    NICKNAME_BEFORE,
    SAID_NAME,
    WENT_BY_AFTER,
    WITH_OWN_KIN,
)
from anonkit.anonymize.recognizers._slot_words import (
    ACTION_VERBS,
    ADVERBS,
    AND,
    KIN_ADVERBS,
    KIN_VERBS,
    NAME_BEARERS,
    NOT_CALLERS,
    PERSON_VERBS,
    ROLES,
    SOCIAL_ROLES,
    SPEAKER,
)
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import (
    FUNCTION_WORDS,
    SUBJECT_NOT_NAMES,
    lower_case_line,
)
from anonkit.anonymize.wordlists import not_entities, word_class_forms

SCORE_SAID = 0.85
SCORE = 0.6
# Shown to the steward, not replaced (pattern layer: flag 0.2, replace 0.4).
SCORE_FLAG = 0.3


def _counted(tokens: tuple[Token, ...], i: int) -> bool:
    """A number before the word: a quantity ("six hours, that's his nickname"), no name."""
    prev = token_word(tokens, i - 1)
    return prev.isdigit() or word_value(prev) is not None


# 1d. "Berget, han som var miljøterapeut, …", "Marram, she who ran the group" (session 21):
# the word set off before "he/she who" + a verb is who the pronoun is.
WHO_CLAUSE = re.compile(
    r", (?:han|hun|ho|hu|he|she) (?:som|who) (?:var|va|er|e|jobba|jobbet|jobber|bodde|hadde|"
    r"was|is|worked|works|lived|had|ran|runs)\b",
    re.IGNORECASE,
)
# 7. "X, the porter, walked me home", "X, the night nurse, sat with me", "X, vaktmesteren,
# hjalp meg" (session 22): a role set off by commas after the word names who X is.
ROLE_SET_OFF = re.compile(
    r", (?:(?:the|our|my|his|her) (?:\w+ )?)?(?P<role>\w+), \w", re.IGNORECASE
)
# Norwegian nouns for people are masculine or feminine: a common word in the definite form
# "-en"/"-a" before "han som" is a role ("Naboen, han som bodde under meg"), not a name;
# "Berget" (neuter) names no person.
_PERSON_NOUN_ENDINGS = ("en", "a")
# 2. a copula, then "the only" / "den eneste" (+ one adjective) + a noun only people are;
# or "the youngest/oldest" + a preposition.
_COPULA = r"(?:is|was|'s|er|e|var|va)"
ONLY_ROLE = re.compile(
    rf" {_COPULA} (?:the (?:only|first|last)|den (?:eneste|einaste|første|siste)) "
    r"(?P<first>\w+)(?: (?P<second>\w+))?\b",
    re.IGNORECASE,
)
YOUNGEST = re.compile(
    rf" {_COPULA} (?:the (?:youngest|oldest)|den (?:yngste|eldste)) (?:on|in|of|at|på|i|av)\b",
    re.IGNORECASE,
)
PEOPLE_NOUNS = (ROLES | NAME_BEARERS | word_set("person woman man girl boy lad patient")) - (
    word_set("one someone somebody en ei ein noen")  # "Sport was the only one that helped"
)
# 3. a verb of doing right after the sentence-initial word ("Money was tight, he was out of
# work" is not a name: a copula counts only before "from", the origin of a person) …
FIRST_VERBS = word_set(
    """
    does did runs ran works worked lives lived teaches taught
    gjør gjorde jobber jobba jobbet bor bodde
    """
)
ORIGIN = re.compile(rf" {_COPULA} (?:originally )?(?:from|fra) ", re.IGNORECASE)
# … and a pronoun that takes the subject up later in the sentence.
TAKEN_UP = re.compile(
    r",\s+(?:(?:he|she)(?:'s|’s|'d|’d| was| is| has| had| does| did| never| always| runs"
    r"| would| used| came| worked| ran)"
    # session 26: "han med skjegget" (what he looked like), "kom", "jobbet"
    r"|(?:han|ho|hun|hu) (?:e|er|var|va|har|hadde|bor|jobber|jobba|jobbet|kom|med))\b"
    r"(?! (?:said|says|told|thinks|thought|reckons|sa|sier|syns|synes|mente))",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
# 5. "Emeka's mum used to …", "Tuss sin mor": whose mother, wife or brother — a person's.
RELATIVES = KINSHIP | word_set(
    """
    wife husband brother sister son daughter girlfriend boyfriend partner
    missus fiancé fiancée kone mann sønn datter kjæreste samboer
    """
)
# What a person owns, after a Norwegian genitive ("skjerveruds båt", "vatnes kontor").
BELONGINGS = word_set(
    "kontor båt bil hus hytte gård butikk verksted hund katt leilighet rom seng stue kjøkken"
)
NB_GENITIVE = re.compile(r" (?:sin|si|sitt|sine) (?P<rel>\w+)\b")
# 6. "Det var Juni som hadde nattevakt", "It was April who rang": a month's name in a cleft
# that only a person fills (English "who"; Norwegian writes months in lower case, so a capital
# mid-sentence is a name). Months are non-entities, so resolve lets this recognizer's spans
# through (``resolve.CONTEXT_REPLACE_SOURCES``).
MONTHS = word_set(
    """
    january february march april may june july august september october november december
    januar februar mars april mai juni juli august september oktober november desember
    """
)
# 4. "my friend X <verb>", "his mate dove drove us up" (session 22: any owner).
FRIEND_WORDS = word_set("friend mate pal")
_FRIEND_OWNERS = word_set("my our his her their me")
# Nouns that make a compound with "friend" ("my friend group used to meet").
FRIEND_COMPOUNDS = word_set("group groups circle circles list request requests zone ship")


def may_name_someone(word: str) -> bool:
    """Letters (a hyphen allowed), two or more, no acronym, and none of the words that fill a
    person's slot without naming anyone: closed-class words, subjects such as "everyone",
    callers that are places of work, kinship words. Shared with ``nb_person_predicates``."""
    low = word.lower()
    return (
        len(word) > 1
        and word.replace("-", "").isalpha()
        and not word.isupper()
        and low not in FUNCTION_WORDS
        and low not in SUBJECT_NOT_NAMES
        and low not in NOT_CALLERS
        and low not in KINSHIP
    )


class PersonCueRecognizer(AnonkitRecognizer):
    """Everyday words the sentence says are names (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = not_entities("nb") | not_entities("en")
        self.lexicon = Lexicon(lang)
        self.first = frozenset(n.lower() for n in all_first_names())

    def _may_name(self, word: str) -> bool:
        """Letters, two or more, and none of the words that name no one; no English adverb
        in -ly either ("Honestly, my pastor, …"; session 27), unless a listed first name
        ("Kelly")."""
        low = word.lower()
        if self.lang != "nb" and low not in self.first and ly_adverb(low):
            return False
        return may_name_someone(word) and low not in self.skip

    def _plural(self, low: str) -> bool:
        """ "Nurses", "Drugs": an everyday word with a plural ending is no one's name."""
        return (
            len(low) > 3 and low.endswith("s") and self.lexicon.is_common(low[:-1], compounds=False)
        )

    def _bare_nb_subject(self, word: str) -> bool:
        """A Norwegian subject without the definite ending nouns take there ("Dis e den
        eneste venninna" but "Musikken e den eneste vennen", "Hytta e fra syttitallet, han
        bygde den"), or a listed first name: a name, also before a role that things fill in
        English ("Music was my only friend")."""
        low = word.lower()
        return self.lang == "nb" and (
            low in self.first or not low.endswith(("en", "et", "a", "ene", "ane", "an"))
        )

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        tokens = tokenize(text)
        for i, tok in enumerate(tokens):
            score = self._score(text, tokens, i)
            if score is not None:
                end = tok.end - 2 if tok.text.endswith(("'s", "’s")) else tok.end
                start = tok.start
                # session 31: the Cantonese "ah" of a familiar name is part of it ("ah ying",
                # "ah fung we call him")
                if tok.low == "ah" and _next_word(text, tokens, i) is not None:
                    end = tokens[i + 1].end
                elif i > 0 and tokens[i - 1].low == "ah" and text[tokens[i - 1].end] == " ":
                    start = tokens[i - 1].start
                yield start, end, PERSON, score

    @staticmethod
    def _named_anywhere(text: str, tok: Token) -> bool:
        """Session 30: cues that name the word wherever it stands ("then there was tank,
        that's what everybody called him", "my nickname on the site was tiny")."""
        return (
            SAID_NAME.match(text, tok.end) is not None
            or NICKNAME_BEFORE.search(text, max(0, tok.start - 60), tok.start) is not None
            # session 31: "muffin she went by", "i knew her as ying", "they call me zhen"
            or (
                WENT_BY_AFTER.match(text, tok.end) is not None
                # "at church they call him …": a place where, not the name
                and _PREPOSITION_BEFORE.search(text, max(0, tok.start - 8), tok.start) is None
            )
            or NAMED_BEFORE.search(text, max(0, tok.start - 40), tok.start) is not None
            # session 41: "was a Cash before she married", "born a Little, in Cork"
            or (
                BORN_A_BEFORE.search(text, max(0, tok.start - 10), tok.start) is not None
                and BORN_A_AFTER.match(text, tok.end) is not None
                and (
                    "born" in text[max(0, tok.start - 10) : tok.start].lower()
                    or "marr" in text[tok.end : tok.end + 30].lower()
                    or " wed" in text[tok.end : tok.end + 30].lower()
                    or "birth" in text[tok.end : tok.end + 12].lower()
                )
            )
        )

    def _score(self, text: str, tokens: tuple[Token, ...], i: int) -> float | None:
        tok = tokens[i]
        word = tok.text
        lower_line = word.islower() and lower_case_line(text, tok.end)
        if word.endswith(("'s", "’s")) and tok.sent_start:
            # "Emeka's mum used to …": the token holds the genitive
            base = word[:-2]
            return (
                SCORE
                if (base[:1].isupper() or lower_line)
                and self._may_name(base)
                and token_word(tokens, i + 1) in RELATIVES
                else None
            )
        if word.lower() in MONTHS:
            cleft = self._month_cleft(text, tokens, i) or _month_beside_speaker(tokens, i)
            return SCORE if cleft else None
        if lower_line and not tok.sent_start:
            score = self._lower_case_cleft(text, tokens, i)
            if score is None:
                score = self._bare_genitive(tokens, i)
            if score is not None:
                return score
        if (
            not tok.sent_start
            and self._may_name(word)
            and not _counted(tokens, i)
            and self._named_anywhere(text, tok)
        ):
            return SCORE_SAID
        if not tok.sent_start and token_word(tokens, i - 1) not in FRIEND_WORDS:
            return None  # every other cue is about the word opening a sentence
        if not self._may_name(word):
            return None
        if i > 0 and self._after_friend(text, tokens, i):
            return SCORE
        opener = tok.sent_start and (
            word[:1].isupper() or (word.islower() and lower_case_line(text, tok.end))
        )
        if opener and self._relative_of(text, tok.end):
            return SCORE
        if opener and lower_line and self._bare_genitive(tokens, i) is not None:
            return SCORE
        if not opener or self._plural(word.lower()):
            return None
        if WHO_CLAUSE.match(text, tok.end) and self._not_a_role(word):
            return SCORE
        if self._role_set_off(text, tok.end) and self._not_a_role(word):
            return SCORE
        if (
            SAID_NAME.match(text, tok.end)
            or CALLED_AFTER.match(text, tok.end)
            or NAME_IS.match(text, tok.end)
            or WITH_OWN_KIN.match(text, tok.end)
        ):
            return SCORE_SAID
        m = ONLY_ROLE.match(text, tok.end)
        if m is not None:
            # the noun, or an adjective and the noun ("the only male nurse")
            for role in (m.group("first").lower(), (m.group("second") or "").lower()):
                if role in PEOPLE_NOUNS and (
                    role not in SOCIAL_ROLES or self._bare_nb_subject(word)
                ):
                    return SCORE
        if YOUNGEST.match(text, tok.end):
            return SCORE
        if (
            (self.lang != "nb" or self._bare_nb_subject(word))
            and (
                (
                    token_word(tokens, i + 1) in FIRST_VERBS
                    and text[tok.end : tokens[i + 1].start] == " "
                )
                or ORIGIN.match(text, tok.end)
            )
            and TAKEN_UP.search(self._sentence(text, tok.end))
        ):
            return SCORE
        return None

    @staticmethod
    def _role_set_off(text: str, end: int) -> bool:
        """Cue 7 (session 22): ``Sparrow, the porter, walked me home``, ``Spurven,
        vaktmesteren, hjalp meg``: a role set off by commas right after the word, and a
        clause going on after it."""
        m = ROLE_SET_OFF.match(text, end)
        if m is None:
            return False
        role = m.group("role").lower()
        # Norwegian roles come definite ("vaktmesteren", "sykepleiersken" aside)
        return role in ROLES or any(
            role.endswith(e) and role[: -len(e)] in ROLES for e in ("en", "a", "et")
        )

    def _not_a_role(self, word: str) -> bool:
        """Not a word for a person's role ("Legen", "Naboen", "The nurse")."""
        low = word.lower()
        if low in ROLES or low in NAME_BEARERS:
            return False
        return not (
            self.lang == "nb"
            and low.endswith(_PERSON_NOUN_ENDINGS)
            and self.lexicon.is_common(low)
            and low not in self.first
        )

    def _relative_of(self, text: str, end: int) -> bool:
        """``X sin mor`` right after the sentence-initial word (Norwegian)."""
        m = NB_GENITIVE.match(text, end)
        return self.lang == "nb" and m is not None and m.group("rel").lower() in RELATIVES

    def _lower_case_cleft(self, text: str, tokens: tuple[Token, ...], i: int) -> float | None:
        """Session 22, on a lower-case line: ``it was X who`` (only people are "who") →
        replaced; ``det var X som`` + a verb of what people do (``det var ulv som fant meg``)
        → a flag, since ``det var stress som gjorde det`` has the same shape."""
        tok = tokens[i]
        if text[tok.end : tok.end + 1] != " " or not self._may_name(tok.text):
            return None
        if self._plural(tok.low) or (self.lang == "nb" and not self._bare_nb_subject(tok.text)):
            return None
        before = f"{token_word(tokens, i - 2)} {token_word(tokens, i - 1)}"
        if self.lang == "en":
            cleft = before in ("it was", "it's") and token_word(tokens, i + 1) == "who"
            return SCORE if cleft else None
        if (
            before not in ("det var", "det va", "det er", "det e")
            or token_word(tokens, i + 1) != "som"
        ):
            return None
        verb = token_word(tokens, i + 2)
        return SCORE_FLAG if verb in ACTION_VERBS or verb in PERSON_VERBS else None

    def _bare_genitive(self, tokens: tuple[Token, ...], i: int) -> float | None:
        """Session 22: ``brattvolls kone``, ``skjerveruds båt`` — a Norwegian genitive whose
        base no word list has, before a relative or a person's belongings (lower-case line;
        ``livets mening``, ``byens kafé`` have listed bases)."""
        low = tokens[i].low
        if (
            self.lang != "nb"
            or len(low) < 5
            or not low.endswith("s")
            or not low.isalpha()
            or token_word(tokens, i + 1) not in RELATIVES | BELONGINGS
        ):
            return None
        base = low[:-1]
        if base in FUNCTION_WORDS or self.lexicon.is_common(base, compounds=False):
            return None
        return SCORE

    def _month_cleft(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """``det var Juni som`` (a capital mid-sentence, Norwegian) or ``it was April who``."""
        tok = tokens[i]
        before = f"{token_word(tokens, i - 2)} {token_word(tokens, i - 1)}"
        if tok.sent_start or not tok.text[:1].isupper() or text[tok.end : tok.end + 1] != " ":
            return False
        if self.lang == "nb":
            clefts = ("det var", "det va", "det er", "det e")
            return before in clefts and token_word(tokens, i + 1) == "som"
        return before in ("it was", "it's") and token_word(tokens, i + 1) == "who"

    @staticmethod
    def _sentence(text: str, start: int) -> str:
        """The rest of the sentence from ``start``."""
        end = _SENTENCE_END.search(text, start)
        return text[start : end.start() if end else len(text)]

    def _after_friend(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """``my friend X (adverb) <person's verb>`` on a lower-case line."""
        low = tokens[i].low
        if (
            i < 2
            or token_word(tokens, i - 1) not in FRIEND_WORDS
            or not (
                token_word(tokens, i - 2) in _FRIEND_OWNERS
                or (
                    token_word(tokens, i - 2) == "best"
                    and token_word(tokens, i - 3) in _FRIEND_OWNERS
                )
            )
            or text[tokens[i - 1].end : tokens[i].start] != " "
            or not lower_case_line(text, tokens[i].start)
            or low in ADVERBS
            or low in KIN_ADVERBS
            or low in ACTION_VERBS
            or low in PERSON_VERBS
            or low in KIN_VERBS
            or low.endswith("ly")
            or low in FRIEND_COMPOUNDS
            or len(low) < 3
        ):
            return False
        v = i + 2 if token_word(tokens, i + 1) in ADVERBS else i + 1
        verb = token_word(tokens, v)
        # session 21: any inflected verb form ("my mate tiny carried me up the stairs")
        return (
            verb in ACTION_VERBS
            or verb in PERSON_VERBS
            or verb in KIN_VERBS
            or verb in word_class_forms(self.lang, "verb")
        )


_PREPOSITION_BEFORE = re.compile(r"\b(?:at|in|on|to|from|with|for|by|the|a|an|i|på)\s+$", re.I)


def _next_word(text: str, tokens: tuple[Token, ...], i: int) -> Token | None:
    """The token after ``tokens[i]``, one space away and a word of letters, if any."""
    if i + 1 >= len(tokens):
        return None
    nxt = tokens[i + 1]
    if text[tokens[i].end : nxt.start] != " " or not nxt.text.isalpha():
        return None
    return nxt


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [PersonCueRecognizer(lang)]


# Months that are given names too (session 27).
_MONTH_GIVEN_NAMES = frozenset({"april", "may", "june", "august", "mai", "juni"})


def _month_beside_speaker(tokens: tuple[Token, ...], i: int) -> bool:
    """``June and I shared a room``, ``me and april``, ``meg og Juni``: a month given name
    coordinated with the speaker is a person (a month is never "and I" at a sentence start,
    nor "me and …"); session 27."""
    if tokens[i].low not in _MONTH_GIVEN_NAMES:
        return False
    if tokens[i].sent_start and token_word(tokens, i + 1) in AND:
        return token_word(tokens, i + 2) in SPEAKER
    return i >= 2 and token_word(tokens, i - 1) in AND and token_word(tokens, i - 2) in SPEAKER
