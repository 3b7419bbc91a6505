"""An everyday noun right after a naming verb, a bare kinship title or a dialect pronoun on a
lower-case line → a PERSON flag (issue 10, items 3 and 6; session 29).

Why: nicknames are everyday words (``pølsa``, ``flekken``, ``rype``, ``sparky``), and on a
line ASR wrote without capitals the name layers replace them only where the cue leaves no
doubt and the word is no common noun: ``hun kalles flekken av alle``, ``vi var hos onkel
rype i jula``, ``og så kom han pølsa inn døra`` were silent leaks in
``benchmarks/names_stress.py`` (everyday-word names: 14, 5 and 15 of 20 per cell), while
invented names in the same slots were replaced. The cue still says "a name follows", and a
noun is what fills that slot when the name is a word; a verb, an adverb or a closed-class
word there is the sentence going on (``han kom``, ``tante sa``, ``onkel min``). So the
word is shown to the steward, never replaced here:

* after a naming verb, with or without an object pronoun between (``kalles X``, ``kalte vi
  han X``, ``they called him X``, ``heter X``);
* after a bare Norwegian kinship title (``onkel``, ``tante``, ``mormor``; not ``min``/
  ``mi`` after it, not a kinship or role word, which is someone else);
* after a Norwegian dialect pronoun (``han``, ``ho``, ``hu``) when no verb form, adverb or
  closed-class word is there (``han pølsa`` is someone; ``han kom`` is the sentence);
* session 30 (blind14/19 as development material), a club one played for or supports
  (``han spelte for kvik``, ``supporterklubben til pors``: an organisation flag), and the
  person a cleft points at (``og så
  var det tutta da som var den eldste``, ``det var bukken som``, ``it was tank who``), and
  the person someone talked with or rang (``jeg snakka med glede på telefon``, ``så ringte
  jeg tufsa``, ``i rang biscuit``, ``spoke to sparky``);
* session 33, a noun after the dialect kinship "our" that was there (``our biscuit was there
  as well``).

Flags survive only where nothing is replaced, so a name another layer already replaces costs
nothing.
"""

from __future__ import annotations

from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION, PERSON
from anonkit.anonymize.names import person_names_lower
from anonkit.anonymize.numberwords import word_value
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    lower_case_line,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers._context_words import (
    EN_OWNERS,
    INTERJECTIONS,
    KINSHIP,
    NAMING_OBJECTS,
    NB_KIN_TITLES,
    NB_NAMED_FORMS,
    NB_OWNERS,
    PRONOUNS,
    RELATIONS,
)
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers._slot_words import ROLES
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import (
    common_words,
    en_lemmas,
    nb_noun_lemmas,
    not_entities,
    word_class_forms,
)

SCORE = 0.3
# Session 32: a listed name after "hos" is replaced.
SCORE_LISTED = 0.6
# Verbs that say what someone is called; an object pronoun may stand between ("kalte vi han").
NAMING_VERBS = NB_NAMED_FORMS | word_set(
    """
    kalles kaltes kalt kalla kalte kaller kallast kalle kallar
    called call calls named nicknamed
    """
)
# The verbs of calling among them: the name comes after their object, never before.
_CALLING_VERBS = word_set(
    "kalles kaltes kalt kalla kalte kaller kallast kalle kallar called call calls nicknamed"
)
# What one is called when one is called names ("kalte meg dum", "called me fatty"): words that
# describe or insult stay flags. Ordbank's adjective forms are not kept, so the short
# Norwegian adjectives are listed and the longer ones go by their endings.
_NB_DESCRIBING = word_set(
    """
    dum dumme gal gale lat late sur sure teit teite rar rare stygg stygge feit feite tjukk
    tjukke tynn tynne sprø treig treige slem slemme frekk frekke svak svake liten lita
    stor store gammel gamle ung unge skjør syk sjuk frisk flink flinke snill snille
    gammal gamal lita vesle lang stutt kort kvit svart raud gul grøn blå brun grå
    """
)
_INSULTS = word_set(
    """
    idiot idioten taper tapern tjukkas heks hore luder dust tulling tosk fjols tufs
    sinnssyk psyko psycho nutter weirdo loser fatty freak nerd geek retard spaz
    """
)
# Adverbs between a naming verb's object and the name ("kalte han bare X", "called her just X").
_CALL_ADVERBS = word_set("bare berre alltid bestandig just always only")
# A naming verb in the passive: the name follows it directly, even a word that is also a verb
# form ("bestefar vart kalla elg", "han kalles tusse").
_PASSIVE_AUXILIARIES = word_set("vart ble blei blir vert er var e va")
_PASSIVE_NAMING = word_set("kalles kallast kaltes")
# Session 45: a person a relative clause is about ("han vi kalte pjokken"), never a thing
# ("det vi kalte middag").
_RELATIVE_HEADS = word_set("han ho hun hu som he she him her")
# Particles of being called somewhere ("ble kalt inn", "vart kalla ut"): no names.
_CALLED_WHERE = word_set("inn ut opp ned tilbake heim hjem fram frem bort over")
# Owners before a kinship word that is the naming verb's object ("calls my mum …").
_OWNERS = EN_OWNERS | NB_OWNERS
# Session 41 (the lower-cased development sets): words that open a nickname of two — an
# Arabic kunya, the Cantonese "ah", the Haitian "ti" (little) — after a verb of calling and
# its object ("everyone calls my mum umm nabil", "called me ah keung", "calls him ti fritz").
_NICKNAME_OPENERS = word_set("umm abu ah ti")
# Subjects a Norwegian naming verb takes before its object ("kalte vi han X").
_INVERTED = word_set("vi de dei dem dæm alle folk me")
# Words after the cue that describe rather than name ("kalles gal", "called names"); session
# 34: Nynorsk past forms the Ordbank verb forms lack ("han såg", "ho budde").
_NOT_NAMES = word_set(
    """
    names navn noe noko something anything nothing ingenting alt everything whatever
    different annet anna sånn sånt slik such that
    someone somebody anyone anybody everyone everybody nobody people folk
    damen dama mannen fyren kvinnen kvinna gutten jenta ungen naboen naboene folka
    hver hvert kvar kvart faktisk rundt politiet ambulansen legevakta legevakten
    barnevernet bussen drosja taxi every round police ambulance moro
    såg sat gjekk fekk budde
    """
)


# Session 30: verbs of talking (a preposition after them) and of ringing (the person right
# after them, or after an inverted subject: "ringte jeg tufsa").
_TALK_VERBS = word_set(
    "snakka snakket snakker snakke prata pratet prater prate talked talk talks spoke speak chatted"
)
_TALK_PREPOSITIONS = word_set("med with to")
_RING_VERBS = word_set("ringte ringde ringer rang rung phoned texted")
_RING_SUBJECTS = word_set("jeg eg æ vi me han hun ho hu dei de")
# Before "han X": a preposition that is no conjunction, or a verb of meeting or coming, makes
# X the pronoun's name even when X is also a verb form ("til hun døde" is a clause).
_OBJECT_PREPOSITIONS = word_set("med hos fra frå ved mot")
# Groups "hos" takes in the bare form ("hos folk flest", "hos barn og unge").
_HOS_GROUPS = word_set(
    "folk barn ungdom familie slekt pasientar personale menneske mennesker dyr kveg kyr sau "
    "alle ingen mange andre"
)
_MEETING_VERBS = word_set("traff møtte besøkte ringte ringde kom kommer")
# After "han X" opening a sentence, where X is placed ("ho berte på legekontoret"): a name.
_PLACE_AFTER = word_set("på fra frå i som")
# A club one plays for or supports ("spelte for kvik", "supporterklubben til pors"): an
# organisation flag on a lower-case line (session 30).
_PLAY_VERBS = word_set(
    "spilte spelte spila spelar spiller spelte trente trener spilt spelt played plays play"
)
_CLUB_CUES = (("supporterklubben", "til"), ("fan", "av"), ("supporter", "av"))
# Session 33: what "our" names that was there, and is no one ("our lad" is my son or brother).
_OUR_THINGS = word_set(
    "lad lads lass lasses kid kids bairn bairns wean weans house street road estate flat "
    "garden car van dog cat family lot gang team side church school ward mam dad"
)
# A cleft: "var det X som", "det var X da som", "it was X who".
_CLEFT_OPENERS = (("var", "det"), ("det", "var"), ("it", "was"), ("was", "it"))
_CLEFT_AFTER = word_set("som who that han hun ho hu")
_CLEFT_ADJECTIVES = word_set("bra ille gøy synd nok vel sånn slik mye lite mange få best verst")


def _naming_verb_before(text: str, tokens: tuple[Token, ...], i: int) -> tuple[str, int] | None:
    """The naming verb before ``tokens[i]`` and how many of its subjects or objects stand
    between (at most two, each one space apart: "kalte vi han X"), or None."""
    j, between = i - 1, 0
    while j >= 0 and between <= 2:
        low = tokens[j].low
        if low in NAMING_VERBS:
            return low, between
        # session 41: an owned kinship word is the object too ("we call my cousin milk"), and
        # an adverb may stand after the object ("vi kalte han bare kå-hå")
        owned_kin = low in KINSHIP and j > 0 and tokens[j - 1].low in _OWNERS
        adverb = low in _CALL_ADVERBS
        if low not in NAMING_OBJECTS and low not in _INVERTED and not owned_kin and not adverb:
            return None
        if text[tokens[j].end : tokens[j + 1].start] != " ":
            return None
        between += 0 if adverb else 1
        j -= 2 if owned_kin else 1  # the owner goes with its kinship word
    return None


class CuedWordFlagRecognizer(AnonkitRecognizer):
    """``kalles flekken``, ``onkel rype``, ``han pølsa`` on a lower-case line → PERSON flag."""

    ENTITIES = (PERSON, ORGANIZATION)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = (
            FUNCTION_WORDS
            | KINSHIP
            | RELATIONS
            | ROLES
            | PRONOUNS
            | NAMING_OBJECTS
            | INTERJECTIONS
            | _NOT_NAMES
            | not_entities(lang)
        )
        self.verbs = word_class_forms(lang, "verb") | (
            en_lemmas("verb") if lang == "en" else frozenset()
        )
        self.adverbs = word_class_forms(lang, "adv")
        self.adjectives = en_lemmas("adj") if lang == "en" else _NB_DESCRIBING
        self.people = person_names_lower()

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        tokens = tokenize(text)
        for i in range(1, len(tokens)):
            tok = tokens[i]
            if not lower_case_line(text, tok.start):
                continue
            if tok.low in _NICKNAME_OPENERS and self._called_two(text, tokens, i):
                yield tok.start, tokens[i + 1].end, PERSON, SCORE_LISTED
                continue
            if not self._a_noun(tok.low):
                continue
            if text[tokens[i - 1].end : tok.start] != " ":
                continue
            if self._club_slot(tokens, i):
                yield tok.start, tok.end, ORGANIZATION, SCORE
                continue
            if self._called_by_someone(text, tokens, i):
                yield tok.start, tok.end, PERSON, SCORE_LISTED
                continue
            if (
                self._after_naming_verb(text, tokens, i)
                or self._after_title(tokens, i)
                or self._talked_to(tokens, i)
                or self._cleft(tokens, i)
                or self._our_one_there(tokens, i)
            ):
                yield tok.start, tok.end, PERSON, SCORE
            elif self._at_someones(tokens, i):
                # a listed surname or first name there is that person (replaced); session 45
                # (the lower-cased development sets: "hos tosse"): so is a bare singular
                # count noun, which "hos" takes only as a name ("hos folk", "hos barn" are
                # groups)
                listed = tok.low in self.people or (
                    tok.low in nb_noun_lemmas() and tok.low not in _HOS_GROUPS
                )
                yield tok.start, tok.end, PERSON, SCORE_LISTED if listed else SCORE

    def _called_two(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """A nickname opener and the word after it, after a verb of calling and its object."""
        found = _naming_verb_before(text, tokens, i)
        return (
            found is not None
            and found[0] in _CALLING_VERBS
            and found[1] > 0
            and i + 1 < len(tokens)
            and text[tokens[i].end : tokens[i + 1].start] == " "
            and tokens[i + 1].low not in FUNCTION_WORDS
        )

    def _a_noun(self, low: str) -> bool:
        return (
            len(low) >= 3
            and low.replace("-", "").isalpha()  # session 41: "called him ti-boy"
            and low not in self.skip
            and low not in self.adverbs
            and not is_filler(low)
            and word_value(low) is None
        )

    def _after_naming_verb(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """``kalles X``, ``kalte (vi) han X``, ``called him X``: the naming verb, then up to
        two words that are its subject or object, each one space apart."""
        found = _naming_verb_before(text, tokens, i)
        if found is None:
            return False
        # after an object ("kalte mæ nusse") or a passive naming verb ("vart kalla elg") a
        # verb form is the name, not a verb
        if tokens[i].low not in self.verbs or self.lang == "en" or found[1] > 0:
            return True
        verb = i - 1
        while verb > 0 and tokens[verb].low in _CALL_ADVERBS:
            verb -= 1
        return tokens[verb].low in _PASSIVE_NAMING or (
            verb > 0 and tokens[verb - 1].low in _PASSIVE_AUXILIARIES
        )

    def _called_by_someone(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """Session 35: ``kalte mæ nusse``, ``kaller vi musa``, ``alle kalla bønna``, ``they
        called him crow``: a verb of calling with its subject or object between it and the
        word names the word, whatever else it means, unless it describes (an adjective:
        ``kalte meg dum``, ``called me lazy``). Replaced: on the lower-cased development
        sets all five such flags were nicknames. ``heter``-forms stay flags ("heter datteren
        min": the name came first)."""
        low = tokens[i].low
        if (
            low in self.adjectives
            or low in _INSULTS
            or (self.lang == "nb" and low.endswith(("ig", "lig", "isk", "som", "ete", "ert")))
        ):
            return False
        found = _naming_verb_before(text, tokens, i)
        if found is None or found[0] not in _CALLING_VERBS:
            return False
        if found[1] > 0:
            return True
        # Session 45 (the lower-cased development sets): right after the verb, the word is
        # the name in the passive ("bestefar vart kalla elg") and in a relative clause about a
        # person ("han vi kalte pjokken på skolen", "han me kalla skarven var den eldste");
        # elsewhere it may be whom one rang ("vi kalte legen")
        verb = i - 1
        while verb > 0 and tokens[verb].low in _CALL_ADVERBS:
            verb -= 1
        before = tokens[verb - 1].low if verb > 0 else ""
        head = tokens[verb - 2].low if verb > 1 else ""
        return (
            before in _PASSIVE_AUXILIARIES
            or (before in _INVERTED and head in _RELATIVE_HEADS)
        ) and tokens[i].low not in _CALLED_WHERE

    def _after_title(self, tokens: tuple[Token, ...], i: int) -> bool:
        """``onkel rype``, ``han pølsa`` (Norwegian): a noun, not a verb form or adverb."""
        if self.lang != "nb":
            return False
        prev = tokens[i - 1].low
        clitic = prev.endswith(("'n", "’n", "'a", "’a"))  # "med'n tostein": with him Tostein
        if prev not in NB_KIN_TITLES and prev not in PRONOUNS and not clitic:
            return False
        nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
        if tokens[i - 1].sent_start and prev in PRONOUNS and nxt not in _PLACE_AFTER:
            return False  # "han kom …" opening the clause: the pronoun is the subject
        low = tokens[i].low
        if low.endswith("ende"):
            return False  # a participle of manner ("kom han gående")
        if low not in self.verbs:
            return True
        # Session 30 (benchmarks/names_stress.py): a name that is also a verb form ("kløver",
        # "snuppa", "trollet") after a preposition or a verb of meeting and the pronoun ("med
        # han trollet", "traff ho kløver"); elsewhere it is the verb ("har han jobbet").
        before = tokens[i - 2].low if i >= 2 and prev in PRONOUNS else ""
        return before in _OBJECT_PREPOSITIONS or before in _MEETING_VERBS

    def _talked_to(self, tokens: tuple[Token, ...], i: int) -> bool:
        """``snakka med X``, ``ringte (jeg) X``, ``rang X``."""
        prev, before = tokens[i - 1].low, tokens[i - 2].low if i >= 2 else ""
        talked = prev in _TALK_PREPOSITIONS and before in _TALK_VERBS
        rang = prev in _RING_VERBS or (prev in _RING_SUBJECTS and before in _RING_VERBS)
        # no verb-form test: a noun that is also a verb form ("glede", "tufsa") is what fills
        # the slot after "med" or a verb of ringing
        return talked or rang

    def _our_one_there(self, tokens: tuple[Token, ...], i: int) -> bool:
        """Session 33 (names_stress.py): ``our biscuit was there as well``: after the dialect
        kinship "our", a noun that was there or here is someone as often as something."""
        return (
            self.lang == "en"
            and tokens[i - 1].low == "our"
            and tokens[i].low not in _OUR_THINGS
            and i + 2 < len(tokens)
            and tokens[i + 1].low in ("was", "were", "is")
            and tokens[i + 2].low in ("there", "here")
        )

    def _at_someones(self, tokens: tuple[Token, ...], i: int) -> bool:
        """Session 32: ``time hos dal``, ``var hos berg`` (Norwegian): "hos" is said of people
        and of the places named by a definite noun ("hos legen", "hos frisøren"); a bare
        word there that is no definite noun is someone."""
        if self.lang != "nb" or tokens[i - 1].low != "hos":
            return False
        low = tokens[i].low
        definite = low.endswith(("en", "et", "a", "ene")) and low in common_words("nb")
        return not definite  # no verb follows a preposition: "berg", "dal" are names here

    def _club_slot(self, tokens: tuple[Token, ...], i: int) -> bool:
        """``spelte for kvik``, ``spelar old boys for kvik``, ``supporterklubben til pors``."""
        prev = tokens[i - 1].low
        if prev == "for":
            verbs = {tokens[j].low for j in range(max(0, i - 4), i - 1)}
            return bool(verbs & _PLAY_VERBS) and tokens[i].low not in self.verbs
        before = tokens[i - 2].low if i >= 2 else ""
        return (before, prev) in _CLUB_CUES

    def _cleft(self, tokens: tuple[Token, ...], i: int) -> bool:
        """``var det X (da) som``, ``it was X who``: the word a cleft points at."""
        if i < 2 or (tokens[i - 2].low, tokens[i - 1].low) not in _CLEFT_OPENERS:
            return False
        k = i + 1
        if k < len(tokens) and tokens[k].low in ("da", "then"):
            k += 1
        if k >= len(tokens) or tokens[k].low not in _CLEFT_AFTER:
            return False
        if self.lang == "en":
            return tokens[k].low == "who"
        # Norwegian: a noun ("tutta", "bukken", "rype"), not an adjective ("greit", "viktig")
        low = tokens[i].low
        # session 32: nor a superlative ("det var det eneste som hjalp", "det første som")
        return low not in _CLEFT_ADJECTIVES and not low.endswith(("t", "ig", "lig", "sk", "ste"))


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [CuedWordFlagRecognizer(lang)]
