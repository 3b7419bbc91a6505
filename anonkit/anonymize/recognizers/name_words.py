"""Safety net: a capitalized word that could be a name is shown to the steward (issue 10).

Why: the name layers *veto* capitalized words that are also everyday words unless a cue
says "a person/place follows" — ``Hope said …``, ``Vik ringte …``, ``Art from the clinic``,
``We moved to Wool`` are rightly not replaced without context, but then nothing showed them
either, and a name that is neither replaced nor flagged is a silent leak. This recognizer
flags (never replaces):

* any capitalized word our name and place lists know (first names, surnames, towns, world
  places), at a sentence start too, unless it is a closed-class word (``With``, ``My``,
  ``Do``, ``Den``: function words that some foreign list also has as a name);
* a capitalized word opening a sentence right before a verb of saying, contact or motion
  (``Mags rang me``): the subject slot, where names are, whatever the word otherwise means;
* in English, a capitalized word mid-sentence even when it is an everyday word: English
  capitalizes names there, not nouns (``moved to Wool``, ``Mr. Little``). Norwegian
  capitalized words mid-sentence are flagged by :mod:`.flags` already.

detect4 widens the net (zero silent leaks first; the steward reviews flags):

* a capitalized word opening a sentence that no word list knows (``Sal always …``,
  ``Tharani var …``): a capital at a sentence start proves nothing, an unknown word does;
* a sentence-initial word before ``from``/``fra`` + a capitalized word (``Risten fra
  Porsanger``), and the subject-verb slot now skips an adverb and knows more verbs of doing
  (``Cliff used to sit``, ``Sal always saved``);
* on all-lower-case lines, the word after a kinship word when a verb follows it (``my mum
  honey never knew``, ``ho mamma vår jobba``) and the word after a verb of meeting (``vi
  møtte ørn på bussen``): the slots where names are when the capitals are gone.

Flags survive only where nothing is replaced (detector step 7), so a word that another layer
replaces costs nothing; the cost is one flag per ambiguous word the steward has to look at,
measured per 1,000 words in docs/benchmarks.md.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache

from anonkit.anonymize.entity_types import CAPITALIZED
from anonkit.anonymize.names import all_first_names, all_surnames
from anonkit.anonymize.places import places, world_places
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    is_capitalized,
    lower_case_line,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers._context_words import KINSHIP
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.wordlists import not_entities

SCORE = 0.3

# Closed-class words (pronouns, determiners, prepositions, conjunctions, auxiliaries, the
# commonest adverbs) of both languages: never a name at a sentence start, whatever a list of
# foreign given names or surnames says ("My", "With", "Do", "Said" as a Norwegian form).
FUNCTION_WORDS = word_set(
    """
    a an the i me my mine we us our you your he him his she her it its they them their this
    that these those there here what which who whom whose when where why how all any some no
    not nor and or but so if then than as at by for from in into of off on onto out over to
    up with without about after before under again also just only even still yet very too
    much more most many few less least do does did done doing be been being am is are was
    were have has had having will would shall should can could may might must ought let
    yes yeah oh ok okay well now never ever always often once twice said says say one two
    jeg meg min mitt mine du deg din ditt dine han ham hun ho henne hans hennes den det de
    dem deres vi oss vår vårt våre dere seg sin sitt sine man en ei et ein eit hva hvem hvor
    hvordan hvorfor når som og eller men så om da at for fra i inn ut på til med mot av ved
    under over etter før uten hos mellom gjennom bak ikke ja nei jo vel nå her der også bare
    selv enda er var har hadde blir ble vil ville skal skulle kan kunne må måtte bør burde
    får fikk sa sier alle noen ingen mange flere mer mest litt
    æ eg mæ dæ dæm fordi hvis dersom mens medan because unless although whether
    frå hjå ikkje kva kven korleis kvifor berre dei deira mykje nokon nokre då
    """
)  # names branch: the dialect pronouns ("æ ringte", "Æ jobba") and conjunctions ("han sa
# bare Fordi.") are never a name either; session 29: nor the Nynorsk closed-class words
# ("tjodolv frå gaupne" took "frå" as the surname)
# Finite verbs of saying, contact and motion: a capitalized word right before one at a
# sentence start is in subject position, where names are ("Mags rang me", "Kjelle kom").
SUBJECT_VERBS = word_set(
    """
    said says rang rings told came comes went drove called texted phoned helped knew was
    would wrote visited asked sa sier ringte fortalte kom gikk kjørte hjalp visste var
    skrev besøkte spurte
    """
)
# detect4: more finite verbs of doing whose subject is a person ("Cliff used to sit").
DOING_VERBS = word_set(
    """
    used saved sat kept took gave got brought picked sent fetched found lived worked looked
    stayed met taught bought made
    hentet henta sendte fant bodde flytta flyttet jobba jobbet jobber bor tok ga fikk satt
    holdt lærte kjøpte lagde møtte traff
    started began left died married joined retired arrived were
    begynte begynner startet starta slutta sluttet døde gifta giftet reiste
    """
    # session 30: the Nynorsk and dialect past forms ("Kalvenes skreiv ein rapport")
    """
    skreiv ringde fortalde kjøyrde hjelpte spurde gjekk budde fekk gav heldt laga byrja
    døydde vart blei sende henta
    """
)  # session 27: starting, leaving, dying, marrying; dialect "were" ("Lol were a character")
ADVERBS = word_set(
    """
    never always just also often still really actually probably finally usually suddenly
    only sometimes aldri alltid bare også ofte egentlig sikkert endelig plutselig
    """
)
# Verbs of meeting: on a lower-case line the word after one is usually a person.
MEETING_VERBS = word_set("møtte traff besøkte met visited")
# Words that follow such verbs or kinship words without naming anyone.
NOT_AFTER_CUE = word_set(
    """
    up again loads lots people someone everyone nobody friends family doctors
    opp igjen noen folk mange venner familie legen legene
    """
)
# Closed-class words that are never the name after a kinship word ("Vår", "Hans" can be).
_CLOSED_NOT_NAMES = FUNCTION_WORDS - word_set("vår hans said may will")
# Sentence openers before "from" that are no one ("Apart from that", "Letters from …").
NOT_BEFORE_FROM = word_set(
    """
    apart aside far away back straight letters letter calls call news help money support
    people someone everyone nobody bortsett langt vekk tilbake brev hjelp penger folk
    """
)
# Words that stand in subject position without naming anyone.
SUBJECT_NOT_NAMES = word_set(
    """
    himself herself themselves myself yourself ourselves itself
    nobody everyone everybody someone somebody something nothing everything things people
    mum mom dad nan gran doctors nurses staff police ingen alle noen noe ingenting alt folk
    mamma pappa mor far legen legene politiet
    gutta jentene jentan ungene ungan barna folka kids lads girls boys
    fastlegen sykepleieren psykologen psykiateren terapeuten behandleren kontaktpersonen
    saksbehandleren miljøterapeuten sjefen læreren presten naboen
    bestefar bestemor mormor morfar farmor farfar grandad grandma granny grandpa
    """
)  # session 29: the groups that go with the speaker ("jeg og gutta", "me and the lads");
# session 33: grandparents said bare ("bestefar kom fra åseral");
# session 30: the roles said in the definite ("Fastlegen på Kleppestø skreiv")
# Norwegian places of one letter (Å in Lofoten, Å in Åfjord); mid-sentence only.
_ONE_LETTER_PLACES = frozenset({"Å"})
# Words that open English sentences capitalized mid-sentence without being names.
_EN_NOT_NAMES = word_set("i i'm i've i'd i'll mr mrs ms miss dr mum mom dad nan gran")


@cache
def _known_names() -> frozenset[str]:
    """Capitalized forms of every first name, surname and one-word place we list."""
    return (
        frozenset(all_first_names())
        | all_surnames()
        | frozenset(p for p in places() | world_places() if " " not in p)
    )


_OWNERS = word_set("min mi mitt mine vår våre din di ditt dine hans hennes deira deres sin si sitt")


class NameWordFlagRecognizer(AnonkitRecognizer):
    """Capitalized words that may be names (lists, or English mid-sentence capitals)."""

    ENTITIES = (CAPITALIZED,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.known = _known_names()
        self.skip = not_entities(lang)
        self.lexicon = Lexicon(lang)

    def _unknown(self, word: str) -> bool:
        """No word list knows it: not common (with inflections), not closed-class."""
        low = word.lower()
        return (
            len(word) > 2
            and word.replace("-", "").isalpha()
            and low not in FUNCTION_WORDS
            and low not in self.skip
            and not self.lexicon.is_common(low)
        )

    def _subject_slot(self, tokens: tuple[Token, ...], k: int) -> bool:
        """``X (adverb) verb`` at a sentence start, X not a word that names no one."""
        nxt = _low(tokens, k + 1)
        if nxt in ADVERBS:
            nxt = _low(tokens, k + 2)
        return (nxt in SUBJECT_VERBS or nxt in DOING_VERBS) and _low(
            tokens, k
        ) not in SUBJECT_NOT_NAMES | KINSHIP

    def _lower_line_slot(self, text: str, tokens: tuple[Token, ...], k: int) -> bool:
        """On a lower-case line: ``<kinship> X (adverb) verb``, ``<meeting verb> X``, and
        (session 27) ``X fra/from <where> … verb`` opening a sentence ("stue fra
        hjemmetjenesten kom innom": the written line's "Sterling from the council was")."""
        prev = _low(tokens, k - 1)
        from_where = (
            tokens[k].sent_start
            and _low(tokens, k + 1) in ("from", "fra")
            and any(_low(tokens, m) in SUBJECT_VERBS | DOING_VERBS for m in range(k + 2, k + 6))
            and tokens[k].low not in NOT_BEFORE_FROM | SUBJECT_NOT_NAMES
        )
        if prev not in MEETING_VERBS and prev not in KINSHIP and not from_where:
            return False
        low = tokens[k].low
        if (
            (k == 0 and not from_where)
            or len(low) < 2
            or not low.isalpha()
            or low in _CLOSED_NOT_NAMES
            or low in _OWNERS  # session 50: "mora mi kom frå …", the owner of the kinship word
            or low in NOT_AFTER_CUE
            or low in ADVERBS
            or low in KINSHIP
            or low in SUBJECT_VERBS
            or low in DOING_VERBS
            or low in self.skip
            or not lower_case_line(text, tokens[k].end)
        ):
            return False
        if prev in MEETING_VERBS or from_where:
            return True
        return prev in KINSHIP and prev != "our" and self._subject_slot(tokens, k)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        known, skip, english = self.known, self.skip, self.lang == "en"
        tokens = tokenize(text)
        for k, tok in enumerate(tokens):
            word = tok.text
            if self._lower_line_slot(text, tokens, k):
                yield tok.start, tok.end, CAPITALIZED, SCORE
                continue
            if word in _ONE_LETTER_PLACES and not tok.sent_start and self.lang == "nb":
                yield tok.start, tok.end, CAPITALIZED, SCORE  # "på Å i Lofoten"
                continue
            if not is_capitalized(word):
                continue
            base = word[:-2] if word.endswith(("'s", "’s")) else word
            low = base.lower()
            if low in FUNCTION_WORDS or low in skip:
                continue
            listed = base in known or (base.endswith("s") and base[:-1] in known)
            english_capital = (
                english and not tok.sent_start and base.isalpha() and low not in _EN_NOT_NAMES
            )
            subject = tok.sent_start and base.isalpha() and self._subject_slot(tokens, k)
            opener = tok.sent_start and (
                self._unknown(base)  # "Sal always …", "Tharani var …"
                or (
                    (
                        _low(tokens, k + 1) in ("from", "fra")
                        # recall1: "Tommen på verkstedet hjalp meg", "Dot at the centre said"
                        or (
                            _low(tokens, k + 1) in ("på", "at")
                            and any(
                                _low(tokens, m) in SUBJECT_VERBS | DOING_VERBS
                                for m in range(k + 2, k + 7)
                            )
                        )
                    )
                    and k + 2 < len(tokens)
                    and base.isalpha()
                    and low not in KINSHIP
                    and low not in SUBJECT_NOT_NAMES
                    and low not in NOT_BEFORE_FROM
                )
            )
            if listed or english_capital or subject or opener:
                yield tok.start, tok.start + len(base), CAPITALIZED, SCORE


def _low(tokens: tuple[Token, ...], i: int) -> str:
    return tokens[i].low if 0 <= i < len(tokens) else ""


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NameWordFlagRecognizer(lang)]
