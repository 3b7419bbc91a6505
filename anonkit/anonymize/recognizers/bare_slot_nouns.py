"""A bare singular noun after a place or work preposition on a lower-case English line →
a flag (issue 10, session 29).

Why: English puts an article or a possessive before a singular common noun (``at the
hospital``, ``in my flat``, ``to a friend``); after ``at``/``in``/``to``/``from``/``near``
without one, a noun is a name: ``in barrow``, ``on muck``, ``outside garrison``, ``at zip
world``, ``at king's mill``, ``to spanish point``. On lines ASR wrote without capitals these
were the largest group of silent leaks left on the lower-cased development sets (places and
organisations named by everyday words, known to no list), and no rule that judges the word
alone can catch them: ``barrow``, ``muck`` and ``crew`` are frequent words. The slot can, and
it costs a flag, never a replacement: the steward decides in one click. Session 30: a
lower-case acronym in the same slots (``in the drc``, ``job at ncr``) too.

What is still an everyday phrase, and is left alone:

* the idioms in which English drops the article (``at home``, ``in hospital``, ``to bed``,
  ``on time``, ``in charge``): :data:`BARE_IDIOMS`, a closed list;
* a plural (``in years``: a plural needs no article), a verb after ``to`` (``to yell``,
  unless a verb of going comes first: ``went to yell``), an adjective with no noun after it
  (``at last``, ``in idle`` stays unflagged), months, weekdays and the other non-entities,
  number words, function words.

Word classes come from spaCy's lookups (``en_lemma_index``: WordNet's lemmas by class), so no
tagger runs. An adjective or a possessive before a noun (``spanish point``, ``king's mill``)
flags both words. Flags survive only where nothing is replaced, so a slot another layer
already replaces costs nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from anonkit.anonymize.entity_types import LOCATION, ORGANIZATION
from anonkit.anonymize.numberwords import number_words_together
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    lower_case_line,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.recognizers.rare_slot_words import zipf
from anonkit.anonymize.wordlists import en_lemmas, not_entities

SCORE = 0.3
# Prepositions of place and of work, after which a name stands without an article.
SLOT_PREPOSITIONS = word_set("at in to from near outside on into past round around")
# Verbs of working, playing and training: "for"/"with" after them takes an employer or club.
EMPLOYER_VERBS = word_set(
    "work works worked working play plays played playing train trains trained training "
    "signed sign drive drives drove driving volunteer volunteered volunteers"
)
# What one works for or with that is no firm ("for long hours", "with young children").
_WORKED_WITH = word_set(
    "hour year day week month age time kid child children adult patient client famil family "
    "people person money wage pay nothing peanuts"
)
# Verbs after which "to" is a destination rather than an infinitive ("went to yell").
_GOING = word_set(
    "went go goes going gone moved move moving came come comes coming drove drive driving "
    "sent send taken took back way down up over out"
)
# Nouns English uses without an article after these prepositions: idioms, not names.
BARE_IDIOMS = word_set(
    """
    home work school church chapel college uni university hospital prison jail court town
    bed sea land shore night day daytime lunch breakfast dinner tea supper mass class
    charge trouble touch time fact general particular love hell heaven hand person public
    private line place front top bottom pain debt danger shock tears silence recovery therapy
    treatment rehab care custody hand mind need case order part turn use fire purpose duty
    holiday board leave call edge foot track average screen camera hold trial sale site
    shift board remand medication benefit welfare advance future past present future life
    death bits pieces practice theory private secret common contact control full depth hindsight
    detail peace tune time respite crisis care labour business bloom season stock action
    person camp sight view mind memory tow hand heat fashion spite favour trust love
    summer winter spring autumn tonight midnight reception group room tribunal nursery
    paper telly voicemail seclusion illness depression autism primary secondary year years
    mental sick social
    fear panic denial grief agony despair awe heart spirit name reality principle vain
    addition return exchange response relation regard risk ease war odds fault random
    length best worst harm need favour focus limbo bits
    repeat running boxing
    """
)
# Session 30 (blind19/20 as development material: "in the drc", "job at ncr"): an acronym in
# lower case, letters with no vowel, after a slot preposition (and "the"): a firm, an
# agency or a country. Agencies and diagnoses are on the non-entity list ("nhs", "dwp", "gp",
# "cbt"); sounds, chat words, titles and written abbreviations are not acronyms.
_NOT_ACRONYMS = word_set(
    "hmm hmmm mmm mm shh psst pfft brr tsk zzz nth ppl thx pls hrm grr "
    "st str rd dr mr mrs ms mt ft www pp nd th sr jr"
)
_VOWELS = frozenset("aeiouyæøå")
# Quantifiers, ordinals and adverbs that stand where a bare noun would ("in every single
# one", "in first year", "in half", "at loads of"): never the start of a name here.
NOT_A_NAME_START = word_set(
    """
    every each next first second third last half whole both such own same other another
    someone somewhere something anyone anywhere everyone everywhere nowhere upstairs
    downstairs loads lots people like back till total universal
    """
)
# After "to", a verb at least this frequent is the infinitive even after a verb of going
# ("went to see", "came to visit"); a rarer one may be the place ("went to yell").
COMMON_VERB_ZIPF = 4.0
# A plural at least this frequent is an everyday plural ("terms" 5.0), not a place ("wells").
COMMON_PLURAL_ZIPF = 4.7


class BareSlotNounFlagRecognizer(AnonkitRecognizer):
    """``in barrow``, ``at zip world`` on a lower-case English line → a LOCATION flag."""

    ENTITIES = (LOCATION, ORGANIZATION)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = not_entities(lang)
        self.nouns = en_lemmas("noun")
        self.adjectives = en_lemmas("adj")
        self.verbs = en_lemmas("verb")

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        tokens = tokenize(text)
        for i in range(1, len(tokens)):
            prep, tok = tokens[i - 1], tokens[i]
            if text[prep.end : tok.start] != " " or not lower_case_line(text, tok.start):
                continue
            if self._acronym(tokens, i):
                yield tok.start, tok.end, ORGANIZATION, SCORE
            elif prep.low in SLOT_PREPOSITIONS:
                end = self._name_end(text, tokens, i)
                if end is not None:
                    yield tok.start, end, LOCATION, SCORE
            elif (
                prep.low in ("for", "with")
                and i >= 2
                and tokens[i - 2].low in EMPLOYER_VERBS
                and (end := self._adjective_led_end(text, tokens, i)) is not None
            ):
                yield tok.start, end, ORGANIZATION, SCORE

    def _acronym(self, tokens: tuple[Token, ...], i: int) -> bool:
        """``in the drc``, ``job at ncr``, ``for hmrc``: a lower-case acronym in a slot."""
        low = tokens[i].low
        if not (2 <= len(low) <= 5 and low.isalpha() and not _VOWELS & set(low)):
            return False
        if low in self.skip or low in _NOT_ACRONYMS or low in FUNCTION_WORDS:
            return False
        prev = tokens[i - 1].low
        if prev == "the" and i >= 2:
            prev = tokens[i - 2].low
        return prev in SLOT_PREPOSITIONS or prev in ("for", "with", "by")

    def _adjective_led_end(self, text: str, tokens: tuple[Token, ...], i: int) -> int | None:
        """ "works for central logistics", "plays for old rangers": after a verb of working or
        playing and "for"/"with", an article-less adjective and a noun (a plural too: clubs
        and firms are named in plural) are a club or firm."""
        tok, low = tokens[i], tokens[i].low
        if low not in self.adjectives or low in BARE_IDIOMS or not self._content_word(low):
            return None
        if i + 1 >= len(tokens) or text[tok.end : tokens[i + 1].start] != " ":
            return None
        nxt = tokens[i + 1].low
        singular = nxt[:-1] if nxt.endswith("s") else nxt
        if (
            (nxt in self.nouns or singular in self.nouns)
            and self._content_word(nxt)
            and singular not in _WORKED_WITH
        ):
            return tokens[i + 1].end
        return None

    def _name_end(self, text: str, tokens: tuple[Token, ...], i: int) -> int | None:
        """Where the bare noun phrase starting at ``tokens[i]`` ends, or None when it is no
        name slot (an idiom, a plural, an infinitive, a word of no class)."""
        tok, low = tokens[i], tokens[i].low
        if not self._content_word(low):
            return None
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        joined = nxt is not None and text[tok.end : nxt.start] == " "
        head = low.removesuffix("'s").removesuffix("’s")
        if head != low and joined and self._noun(nxt.low) and nxt.low != "day":
            # king's mill; not a saint's or a holiday's day ("on valentine's day")
            return nxt.end
        if low in self.nouns and low not in BARE_IDIOMS and not self._plural(low):
            if tokens[i - 1].low == "to" and low in self.verbs:
                before = tokens[i - 2].low if i >= 2 else ""
                if before not in _GOING or zipf(low, "en") >= COMMON_VERB_ZIPF:
                    return None  # "to yell", "went to see": an infinitive
            if joined and self._noun(nxt.low):
                return nxt.end  # zip world
            return tok.end
        if low in self.adjectives and low not in BARE_IDIOMS and joined and self._noun(nxt.low):
            return nxt.end  # spanish point; not "primary school", "mental illness"
        return None

    def _plural(self, low: str) -> bool:
        """WordNet lists some plurals as lemmas ("terms", "years"): a frequent plural of a
        listed noun needs no article ("came to terms"). Places and surnames are plurals too
        ("wells", "fields", "stubbs"), so only a frequent word counts, and never "-ss", "-us"
        or "-is" ("moss", "princess")."""
        return (
            low.endswith("s")
            and not low.endswith(("ss", "us", "is"))
            and (low[:-1] in self.nouns or low[:-2] in self.nouns)
            and zipf(low, "en") >= COMMON_PLURAL_ZIPF
        )

    def _content_word(self, low: str) -> bool:
        return (
            len(low) >= 3
            and low.replace("'", "").replace("’", "").isalpha()
            and low not in FUNCTION_WORDS
            and low not in NOT_A_NAME_START
            and low not in self.skip
            and not number_words_together(low)
        )

    def _noun(self, low: str) -> bool:
        """A noun that can be a name's second word: an idiom's noun heads names too
        ("pebble court", "sandy lane school")."""
        return low in self.nouns and self._content_word(low)


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [BareSlotNounFlagRecognizer(lang)] if lang == "en" else []
