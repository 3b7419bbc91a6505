"""A word that the clause right after it says is a person or a place (English; session 23,
blind11 as development material).

Why: first names and small places that are everyday words (``Earnest``, ``Hedges``,
``Glory``; ``Muff``, ``Crackpot``, ``Matching``) are in no name list, or in one that every
layer must distrust because the word is a word. Speech introduces such a name and then says
what it is, in a few shapes that things and discourse words do not fill:

1. **Set off, then a pronoun and a role or an origin**: ``Earnest, he's the chaplain``,
   ``Patience, she was from Kano originally`` — the pronoun takes the opener up, so the
   opener is a person.
2. **A copula and a staff role**: ``Hedges was the charge nurse``, ``Wisdom is the healthcare
   assistant on nights`` — at a sentence start, ``was/is the/our/a`` (up to two modifiers) and a
   noun only people are (``nurse``, ``porter``, ``assistant``), as the head of its phrase:
   not ``the porter's job``, not ``the friend I needed`` (things fill social roles).
3. **From a team, taken up by a pronoun**: ``Glory from the outreach team, she came out`` —
   ``<word> from the <…> team/service/ward/council, he|she <verb>`` (not ``she said``: the
   pronoun then reports; not a plural: ``Letters from the council, he …``).
4. **Set off, then where it is**: ``Muff, in Inishowen``, ``Crackpot, near Gunnerside`` (a
   capitalized word, or on a lower-case line a listed place or a word no list knows, after
   ``in``/``near``/``outside``) and ``Effin, that's where my mother's people are`` → a place.
5. **Its kind set off after it**: ``in Matching, a wee village near Ongar`` — after a place
   preposition, the name, then ``a (adjective) village/town/hamlet`` and a preposition: the
   kind says it is a place even when the word is a word (:mod:`.named_places` reads lower-
   case lines where the name is no word).

The opener is never a discourse word (``Well``, ``Honestly``, ``Anyway``: adverbs of spaCy's
lemma tables, interjections), a closed-class word, a kinship or role word, a service or
everyday place noun (``Work``, ``Home``, ``Church``), a listed non-entity or its plural
(``Christmas``, ``Sundays``). Score 0.6: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION, PERSON
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, Token, tokenize, word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers._slot_words import (
    INSTITUTION_NOUNS,
    NAME_BEARERS,
    NOT_CALLERS,
    PLACE_NOUNS,
    ROLES,
    SOCIAL_ROLES,
)
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import (
    FUNCTION_WORDS,
    SUBJECT_NOT_NAMES,
    lower_case_line,
)
from anonkit.anonymize.recognizers.rare_slot_words import zipf
from anonkit.anonymize.wordlists import en_lemmas, not_entities, word_class_forms

SCORE = 0.6

# Words that open a spoken sentence without naming anything (interjections, answers, time).
DISCOURSE = word_set(
    """
    yes yeah yep yup aye no nah nope okay ok oh ah ahh aw och right sure well so anyway look
    listen see mind honestly actually basically literally seriously obviously apparently
    today tonight yesterday tomorrow morning mornings night nights evening evenings weekend
    weekends later earlier then now once twice sometimes mostly usually anyhow besides still
    sorry bless thanks cheers gosh blimey wow jeez crikey christ bloody ugh please hey hiya
    hello bye imagine trust guess funny weird lovely same crazy true
    love darling pet hun hen babe baby sweetheart dear duck
    shame pity madness chaos disaster nightmare bedlam heaven hell paradise nonsense rubbish
    gutted cool nice great promise honestly seriously
    """
)  # interjections, exclamations and comments ("Funny, she was from Leeds"), endearments
# Everyday places and services that fill the same slots ("Home, that's where …",
# "School, in Leeds, …", "Rehab, that's where I met him").
PLACE_KINDS = (
    PLACE_NOUNS
    | INSTITUTION_NOUNS
    | NOT_CALLERS
    | word_set(
        """
        rehab detox prison jail nick uni abroad country countryside outside inside upstairs
        downstairs there here bed hospice sea seaside beach park chapel mosque temple gym
        bingo town city house flat bedsit garden kitchen school church
        """
    )
)
# Nouns only people are, as the head of "X was the …" (cue 2) and "X, she's the …" (cue 1).
STAFF_ROLES = (ROLES | NAME_BEARERS) - word_set("care social support named one someone somebody")
STAFF_ROLES = STAFF_ROLES | word_set(
    """
    assistant hca matron sister orderly registrar houseman clerk paramedic technician
    administrator practitioner visitor volunteer housekeeper caretaker janitor handyman
    chaplain minister deacon sergeant constable detective inspector guard officer nursery
    nanny childminder carer keyworker steward manageress foreman gaffer
    """
) - word_set("nursery")
# The role ends its noun phrase: punctuation, the end, or a word that starts what follows.
_HEAD_END = (
    r"(?=\s*(?:[,.;:!?]|$)| (?:on|in|at|for|who|that|and|there|here|now|then|from|with|"
    r"really|originally|of|back|when|till|until)\b)"
)
_ROLE_NP = rf"(?:the|a|an|our|my|their|his|her) (?:[\w-]+ ){{0,2}}?(?P<role>[\w-]+){_HEAD_END}"
_PRONOUN_BE = r", (?:he|she)(?:'s|’s| is| was) "
# 1. "X, he's the chaplain", "X, she was from Kano".
SET_OFF_ROLE = re.compile(_PRONOUN_BE + _ROLE_NP, re.IGNORECASE)
SET_OFF_ORIGIN = re.compile(
    _PRONOUN_BE + r"(?:originally )?from (?P<next>[\w'’-]+)", re.IGNORECASE
)
# 2. "X was the charge nurse".
# "our"/"a" too ("Hedges was our charge nurse", "Bounty was a porter there"); not "my",
# which things fill as metaphors ("Running was my therapist").
COPULA_ROLE = re.compile(
    r" (?:was|is|'s|’s) (?:the|our|a|an) (?:[\w-]+ ){0,2}?(?P<role>[\w-]+)" + _HEAD_END,
    re.IGNORECASE,
)
# Session 28: "X took over as my key worker", "X came in as the new nurse".
TOOK_OVER_AS = re.compile(
    r" (?:took over|came in|started|stepped in|was taken on) as (?:my|our|the|his|her|a|an)"
    r" (?:[\w-]+ ){0,2}?(?P<role>[\w-]+)" + _HEAD_END,
    re.IGNORECASE,
)
_LEADS = word_set("then and but so later now after afterwards eventually")
# 3. "X from the outreach team, she came …".
_TEAM_HEADS = (
    r"team|service|services|ward|council|unit|project|charity|trust|office|clinic|centre|"
    r"center|hostel|practice|surgery|church|group|agency|association"
)
FROM_TEAM = re.compile(
    rf" from the (?:[\w-]+ ){{0,3}}?(?:{_TEAM_HEADS}),? (?:he|she) (?P<verb>[\w'’]+)",
    re.IGNORECASE,
)
_REPORTING = word_set("said says told tells thinks thought reckons reckoned")
# Session 28: the same without the pronoun, a verb right after the team ("Fortunate from the
# outreach team picks me up", "Sterling from the council was useless"), for an opener rare
# enough to be a name (``OPENER_ZIPF``): "Support from the team was great" is a word.
FROM_TEAM_VERB = re.compile(
    rf" from the (?:[\w-]+ ){{0,3}}?(?:{_TEAM_HEADS}) (?P<verb>[\w'’]+)", re.IGNORECASE
)
OPENER_ZIPF = 4.5
# 4. "X, in Inishowen", "X, near Gunnerside", "X, that's where my people are".
SET_OFF_PLACE = re.compile(
    r", (?:(?:up|down|over|out) )?(?:in|near|outside) (?P<place>[\w'’-]+)", re.IGNORECASE
)
THATS_WHERE = re.compile(
    r", (?:that's|that’s|thats|that is|that was) where "
    r"(?:my|our|his|her|their|i|we|he|she|they|you|the)\b",
    re.IGNORECASE,
)
# 5. "in Matching, a wee village near Ongar".
_KIND_SET_OFF = re.compile(
    r"(?<![\w'’-])(?:in|to|from|at|near|outside) (?P<name>[\w'’-]+(?: [\w'’-]+)?), (?:a|an) "
    r"(?:[\w-]+ ){0,2}?(?:village|town|hamlet|townland|suburb|island|parish|place) "
    r"(?:near|in|outside|on|by|just|up|down|off|north|south|east|west|between)\b",
    re.IGNORECASE,
)


class OpenerClauseRecognizer(AnonkitRecognizer):
    """A word the next clause says is a person or a place (module docstring); English."""

    ENTITIES = (PERSON, LOCATION)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lexicon = Lexicon(lang)
        self.skip = not_entities(lang)
        self.adverbs = word_class_forms(lang, "adv") if lang == "en" else frozenset()
        # adjectives and verbs that are no nouns open a sentence as comments ("Strange, she
        # was from Leeds", "Imagine, …"); names that are words are nouns ("Earnest", "Glory")
        self.not_nouns = (
            (en_lemmas("adj") | en_lemmas("verb")) - en_lemmas("noun")
            if lang == "en"
            else frozenset()
        )
        self.places = places_lower()
        self.finite_verbs = (
            word_class_forms(lang, "verb") | word_set("is was were has had does did can will")
            if lang == "en"
            else frozenset()
        )

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "en":
            return
        tokens = tokenize(text)
        for i, tok in enumerate(tokens):
            if not tok.sent_start and not self._after_lead(text, tokens, i):
                continue
            if self._opener(text, tok):
                yield from self._after_opener(text, tokens, i)
            elif self._two_word_opener(text, tokens, i):
                yield from self._place_opener(text, tokens, i)  # "Great Snoring, in Norfolk"
        if ", a" in text or ", A" in text:
            yield from self._kind_set_off(text)

    @staticmethod
    def _after_lead(text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """Session 28: a time or linking word may open the sentence before the name ("Then
        Privilege took over as my key worker")."""
        return (
            i >= 1
            and tokens[i - 1].sent_start
            and tokens[i - 1].low in _LEADS
            and text[tokens[i - 1].end : tokens[i].start] == " "
        )

    def _opener(self, text: str, tok: Token) -> bool:
        """Capitalized, or any case on a line written in lower case; and not a word that
        opens sentences without naming anything."""
        word = tok.text
        if not (word[:1].isupper() or lower_case_line(text, tok.end)):
            return False
        return self._may_name(tok.low) and tok.low not in self.not_nouns

    def _two_word_opener(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """Two capitalized words on a line written with capitals, the first no closed-class
        word, the second one that may name: "Great Snoring", "Little Snoring"."""
        tok = tokens[i]
        return (
            i + 1 < len(tokens)
            and tok.text[:1].isupper()
            and tok.low not in FUNCTION_WORDS
            and not lower_case_line(text, tok.end)
            and text[tok.end : tokens[i + 1].start] == " "
            and tokens[i + 1].text[:1].isupper()
            and self._may_name(tokens[i + 1].low)
        )

    def _may_name(self, low: str, adverbs: frozenset[str] | None = None) -> bool:
        """``adverbs``: the adverbs that name no one in this slot (default: all)."""
        return (
            len(low) > 1
            and low.replace("-", "").isalpha()
            and low not in FUNCTION_WORDS
            and low not in SUBJECT_NOT_NAMES
            and low not in NOT_CALLERS
            and low not in DISCOURSE
            and not is_filler(low)
            and low not in (self.adverbs if adverbs is None else adverbs)
            and low not in KINSHIP
            and low not in STAFF_ROLES
            and low not in self.skip
            and not (low.endswith("s") and low[:-1] in self.skip)
        )

    def _after_opener(
        self, text: str, tokens: tuple[Token, ...], i: int
    ) -> Iterator[tuple[int, int, str, float]]:
        tok = tokens[i]
        end = tok.end
        m = SET_OFF_ROLE.match(text, end)
        if m is not None and m.group("role").lower() in STAFF_ROLES:
            yield tok.start, end, PERSON, SCORE
            return
        m = SET_OFF_ORIGIN.match(text, end)
        if m is not None and m.group("next").lower() not in FUNCTION_WORDS:
            yield tok.start, end, PERSON, SCORE
            return
        m = COPULA_ROLE.match(text, end)
        if m is not None:
            role = m.group("role").lower()
            if role in STAFF_ROLES and role not in SOCIAL_ROLES:
                yield tok.start, end, PERSON, SCORE
                return
        m = TOOK_OVER_AS.match(text, end)
        if m is not None and m.group("role").lower() in STAFF_ROLES:
            yield tok.start, end, PERSON, SCORE
            return
        m = FROM_TEAM.match(text, end)
        if (
            m is not None
            and m.group("verb").lower() not in _REPORTING
            and not self._plural(tok.low)
        ):
            yield tok.start, end, PERSON, SCORE
            return
        m = FROM_TEAM_VERB.match(text, end)
        if (
            m is not None
            and m.group("verb").lower() in self.finite_verbs
            and not self._plural(tok.low)
            and zipf(tok.low, self.lang) < OPENER_ZIPF
        ):
            yield tok.start, end, PERSON, SCORE
            return
        yield from self._place_opener(text, tokens, i)

    def _place_opener(
        self, text: str, tokens: tuple[Token, ...], i: int
    ) -> Iterator[tuple[int, int, str, float]]:
        """Cue 4: ``X, in/near <place>``, ``X, that's where …``; ``Great Snoring, in …``
        (two capitalized words on a line written with capitals)."""
        tok = tokens[i]
        if tok.low in PLACE_KINDS or self._plural(tok.low):
            return  # "Parties, in Leeds, were wild"
        lower = lower_case_line(text, tok.end)
        end = tok.end
        if (
            not lower
            and i + 1 < len(tokens)
            and text[tok.end : tokens[i + 1].start] == " "
            and tokens[i + 1].text[:1].isupper()
            and tokens[i + 1].low not in FUNCTION_WORDS
        ):
            end = tokens[i + 1].end
        if THATS_WHERE.match(text, end):
            yield tok.start, end, LOCATION, SCORE
            return
        m = SET_OFF_PLACE.match(text, end)
        if m is None:
            return
        place = m.group("place")
        low = place.lower()
        if low in FUNCTION_WORDS or low in DISCOURSE:
            return
        if not lower:
            if place[:1].isupper():
                yield tok.start, end, LOCATION, SCORE
            return
        if low in self.places:
            yield tok.start, end, LOCATION, SCORE
        elif not self.lexicon.is_common(low):
            yield tok.start, end, LOCATION, SCORE
            yield m.start("place"), m.end("place"), LOCATION, SCORE

    def _kind_set_off(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        """Cue 5: ``in Matching, a wee village near Ongar``."""
        for m in _KIND_SET_OFF.finditer(text):
            words = m.group("name").split(" ")
            lower = lower_case_line(text, m.end("name"))
            if not lower and not all(w[:1].isupper() for w in words):
                continue
            lows = [w.lower() for w in words]
            if any(w in FUNCTION_WORDS or w in PLACE_KINDS for w in (lows[0], lows[-1])):
                continue
            if not all(self._may_name(w) for w in lows):
                continue
            yield m.start("name"), m.end("name"), LOCATION, SCORE

    def _plural(self, low: str) -> bool:
        """"Letters", "Calls": an everyday word with a plural ending names no one."""
        return len(low) > 3 and low.endswith("s") and self.lexicon.is_common(
            low[:-1], compounds=False
        )


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [OpenerClauseRecognizer(lang)] if lang == "en" else []
