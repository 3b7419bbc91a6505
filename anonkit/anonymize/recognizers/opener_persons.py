"""An everyday word opening a sentence that the rest of the sentence makes a person
(English; session 24, blind12 as development material).

Why: names that are everyday words (``Jolly``, ``Blossom``, ``Clover``) are in no name
list, or in one every layer must distrust; at a sentence start even the capital says
nothing. Other layers flag such a word before a verb people do (:mod:`.lower_subjects`,
:mod:`.name_words`) — a flag, since ``Hope said it all`` and ``Nature said no`` hold no
one. Three shapes of a sentence settle it, because they need someone a pronoun can take up
or a family can hold:

1. **Asking someone, taken up by he/she**: ``Ask Biscuit, she'll tell you``, ``Ring Sparrow,
   he's got the keys`` — an imperative of asking or contacting, the word, a comma and
   ``he``/``she``. Not ``they``/``it`` (``Try Boots, they'll have it``), not a department
   (``Ask Reception``, ``Ask Security``).
2. **A speech verb, then he/she and a modal**: ``Blossom said she'd pick me up``, ``Thunder
   told me he was going to …`` — a speaker reporting their own intention. A plain ``he was``
   is not enough (``History says he was a tyrant``); no pronoun at all (``Hope said it
   all``) stays a flag.
3. **A kinship predicate**: ``Clover's my niece``, ``Starling is my grandson`` — ``'s/is/was
   my`` and a kinship noun heading the phrase. Not a genitive (``Music was my brother's
   thing``), not ``family`` or ``everything``.

4. **A name given, fronted**: ``Biscuit, the sergeant called him``, ``Sparky, everyone called
   him`` — the word set off, up to three words, ``called/nicknamed him|her|me`` and the end of
   the clause (not ``called her back``, not ``called it``).
5. **Two people sharing a kinship predicate** (session 27): ``Girlie and Bing are my
   cousins``, ``Sunny and Pebbles were my best friends`` — both words, when the plural noun
   is a kinship or friendship word (not ``Work and money were my problems``).
6. **One of a group** (session 36): ``Fortunate from the outreach team picks me up``,
   ``Curly from the day centre is bald as an egg``, ``Witness from my church, she's
   Malawian`` — a bare singular word, ``from`` and an owner or ``the`` before the team,
   church, ward or centre someone belongs to, then a verb of what people do or ``, she/he``.
   English puts no bare count noun there, so the word is a name; mass nouns and pronouns
   (``Help from the team came``, ``Someone from the ward rang``) stay words.
7. **What only a person undergoes or does** (session 36): ``Nevermind got sectioned the same
   week as me``, ``Solace was on nights``, ``Goodness used to braid my hair`` — sectioned,
   admitted, married, pregnant; a shift; a habit of care (braid, cook, sing, babysit).

The word itself passes :class:`.opener_clauses.OpenerClauseRecognizer`'s tests (no
discourse word, adverb, kinship or role word, listed non-entity, plural of an everyday
word). Score 0.6: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, Token, tokenize, word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP
from anonkit.anonymize.recognizers._slot_words import (
    ASKING_VERBS,
    INSTITUTION_NOUNS,
    NOT_CALLERS,
)
from anonkit.anonymize.recognizers.name_words import lower_case_line
from anonkit.anonymize.recognizers.opener_clauses import PLACE_KINDS, OpenerClauseRecognizer
from anonkit.anonymize.wordlists import en_lemmas

SCORE = 0.6

# Departments and desks people ask at: they answer with a capital too ("Ask Reception").
DEPARTMENTS = word_set(
    """
    reception security admin switchboard management staff office desk helpdesk front
    housing finance payroll hr it support nursing maintenance catering
    """
)
_ASKED_TAKEN_UP = re.compile(
    r", (?:he|she)(?:'ll|’ll|'s|’s|'d|’d| will| would| knows| knew| was| can| could| has| had|"
    r" did| does| remembers| saw)\b",
    re.IGNORECASE,
)
# 2. "X said she'd …", "X told me he was going to …".
_SPEECH_MODAL = re.compile(
    r" (?:said|says|told|tells|reckons|reckoned|thinks|thought|promised|swore|swears|"
    r"texted|messaged|rang)(?: (?:me|us|him|her|them|everyone))?(?: that)? (?:he|she)"
    r"(?:'d|’d|'ll|’ll| would| will| could| can| might| was going| is going| wanted|"
    r" had to| has to| needed)\b",
    re.IGNORECASE,
)
# 4. "X, the lads called him": a name given, fronted; the clause ends after the pronoun.
_FRONTED_NAMING = re.compile(
    r", (?:[\w'’-]+ ){0,3}?(?:called|call|calls|nicknamed|named) (?:him|her|me|us)"
    r"(?=\s*(?:[,.;:!?]|$)| (?:because|cause|cos|like|for|after|on account|as|when|even)\b)",
    re.IGNORECASE,
)
# 3. "X's my niece", "X is my grandson".
KIN_HEADS = (KINSHIP - word_set("our")) | word_set(
    """
    wife husband fiance fiancé fiancee fiancée godson goddaughter godmother godfather
    granddaughter grandson stepson stepdaughter grandchild grandkid godchild
    """
)
_KIN_PREDICATE = re.compile(
    r"(?:'s|’s| is| was) my (?:(?:little|big|baby|eldest|oldest|youngest|middle|wee|"
    r"only|second|first|great|step|half) ){0,2}(?P<kin>[\w-]+)(?![\w'’-])",
    re.IGNORECASE,
)

# 5. "Girlie and Bing are my cousins", "sunny and pebbles were my best friends" (session 27):
# two words that share a kinship or friendship predicate are two people.
_PAIR_PREDICATE = re.compile(
    r" and (?P<other>[^\W\d_][\w'’-]*) (?:are|were) (?:my|our) (?:(?:little|big|baby|eldest|"
    r"oldest|youngest|wee|only|best|closest|oldest|step|half|twin) ){0,2}"
    r"(?P<kin>[\w-]+?)s?(?![\w'’-])",
    re.IGNORECASE,
)
_PAIR_HEADS = word_set("friend mate pal buddy neighbour neighbor twin")

# 6. "Fortunate from the outreach team picks me up", "Witness from my church, she's Malawian"
# (session 36): a bare singular word before "from" and the group or place someone belongs to
# is that someone, when what follows is what a person does or a pronoun taking it up.
_FROM_GROUP = re.compile(
    r" from (?:the|my|our|his|her|their) (?:[\w'’-]+ ){0,2}"
    r"(?:team|centre|center|church|mosque|temple|chapel|gurdwara|ward|unit|service|group|"
    r"hostel|project|charity|surgery|practice|clinic|school|college|club|gym|shop|office|"
    r"estate|flats|block|course|refuge|mission|parish|congregation|community|choir|band|"
    r"corridor|floor|landing|street|road|village)"
    r"(?:, (?:she|he)\b| (?:is|was|picks|picked|came|comes|rang|rings|phoned|phones|calls|"
    r"called|said|says|told|tells|helped|helps|visited|visits|brought|brings|took|takes|"
    r"drove|drives|used to|would|will|sat|stayed|got|gets|gave|gives|sorted|knew|knows|"
    r"has|had|does|did|always|never|still)\b)",
    re.IGNORECASE,
)
# 7. "Goodness used to braid my hair", "Nevermind got sectioned the same week as me", "Solace
# was on nights" (session 36): what only a person undergoes or does, right after the word.
_PERSON_PREDICATE = re.compile(
    r" (?:(?:got|was|were|had been|has been|had|'d) (?:sectioned|admitted|discharged|arrested|"
    r"married|divorced|pregnant|diagnosed|sacked|deported|baptised|christened|remanded|"
    r"released|excluded|expelled|fostered|adopted)"
    r"|(?:was|were|is) (?:on|doing) (?:nights|days|lates|earlies|the night shift|night shift|"
    r"the day shift|shift)"
    r"|used to (?:braid|plait|cook|bake|knit|sing|pray|preach|teach|babysit|tease|shout|"
    r"sit with|do my hair|look after|mind))\b",
    re.IGNORECASE,
)
# Bare nouns that come "from the team" without being anyone (mass nouns and pronouns).
_FROM_NOT_PEOPLE = word_set(
    """
    help support advice money food post mail news word information funding pressure feedback
    backup cover input contact care treatment medication nobody somebody someone everyone
    anyone everybody anybody staff paperwork permission approval noise smoke water heat
    """
)


class OpenerPersonRecognizer(OpenerClauseRecognizer):
    """A sentence-opening word the sentence makes a person (module docstring); English."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        adj_nouns = en_lemmas("adj") | en_lemmas("noun") if lang == "en" else frozenset()
        self.adverbs_only = self.adverbs - adj_nouns

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en":
            return
        tokens = tokenize(text)
        for i, tok in enumerate(tokens):
            if not tok.sent_start:
                continue
            if tok.low in ASKING_VERBS and i + 1 < len(tokens):
                nxt = tokens[i + 1]
                if (
                    text[tok.end : nxt.start] == " "
                    and self._asked_word(text, nxt)
                    and _ASKED_TAKEN_UP.match(text, nxt.end)
                ):
                    yield nxt.start, nxt.end, PERSON, SCORE
                continue
            yield from self._predicates(text, tok)

    def _asked_word(self, text: str, tok: Token) -> bool:
        """The word after ``Ask``: adverbs that are also adjectives or nouns may name
        (``Jolly``, ``Merry``); adverbs only (``nicely``, ``again``) do not."""
        low = tok.low
        if not (tok.text[:1].isupper() or lower_case_line(text, tok.end)):
            return False
        return self._may_name(low, self.adverbs_only) and self._not_department(low)

    def _person_word(self, text: str, tok: Token) -> bool:
        return self._opener(text, tok) and self._not_department(tok.low)

    def _not_department(self, low: str) -> bool:
        return (
            low not in DEPARTMENTS
            and low not in NOT_CALLERS
            and low not in INSTITUTION_NOUNS
            and low not in PLACE_KINDS
            and not self._plural(low)
        )

    def _predicates(self, text: str, tok: Token) -> Iterator[tuple[int, int, str, float]]:
        """Cues 2 and 3 after the opening word (``Clover's`` is one token: the genitive-
        looking ``'s`` is the copula)."""
        word_end = tok.end
        bare = tok
        if tok.low.endswith(("'s", "’s")):
            word_end = tok.end - 2
            bare = Token(tok.start, word_end, tok.text[:-2], True, tok.low[:-2])
        if (
            bare is tok
            and tok.low not in _FROM_NOT_PEOPLE
            and _FROM_GROUP.match(text, tok.end)
            and self._asked_word(text, tok)
        ):
            # 6: an adjective names here as well as a noun ("Fortunate", "Curly")
            yield tok.start, tok.end, PERSON, SCORE
            return
        if not self._person_word(text, bare):
            return
        if bare is tok and _SPEECH_MODAL.match(text, tok.end):
            yield tok.start, tok.end, PERSON, SCORE
            return
        pair = _PAIR_PREDICATE.match(text, tok.end) if bare is tok else None
        if pair is not None and self._pair_of_people(text, pair):
            yield tok.start, tok.end, PERSON, SCORE
            yield pair.start("other"), pair.end("other"), PERSON, SCORE
            return
        m = _KIN_PREDICATE.match(text, word_end)
        if m is not None and m.group("kin").lower() in KIN_HEADS:
            yield tok.start, word_end, PERSON, SCORE
            return
        if bare is tok and _FRONTED_NAMING.match(text, tok.end):
            yield tok.start, tok.end, PERSON, SCORE
            return
        if bare is tok and tok.low not in _FROM_NOT_PEOPLE and _PERSON_PREDICATE.match(
            text, tok.end
        ):
            yield tok.start, tok.end, PERSON, SCORE

    def _pair_of_people(self, text: str, pair: re.Match[str]) -> bool:
        """The kin or friendship noun heads the predicate, and the second word may name."""
        kin = pair.group("kin").lower()
        if kin not in KIN_HEADS and kin not in _PAIR_HEADS:
            return False
        word = pair["other"]
        low = word.lower()
        return (
            (word[:1].isupper() or lower_case_line(text, pair.end("other")))
            and self._may_name(low, self.adverbs_only)
            and self._not_department(low)
        )


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [OpenerPersonRecognizer(lang)] if lang == "en" else []
