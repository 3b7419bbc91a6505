"""A Norwegian word in a name's slot on a lower-case line → PERSON (issue 10, item 6; split
out of :mod:`.lower_subjects` in session 44, which keeps the sentence-opening subjects).

Why: with its capitals gone, ``ho fryd var den eneste`` reads like a sentence about joy. But
a word between a dialect pronoun and a finite verb (``ho fryd var``, ``han styrk var den som
fant meg``) can only be the name the pronoun goes with: two verbs in a row after a pronoun do
not occur. So it is *replaced* (score 0.6), as are two further slots that only a name fills:

- a cleft whose ``som`` clause says what only a person does (``det var juni som hadde
  nattevakt``, ``det var a tonette som fant meg``; session 32): a bare singular noun takes no
  article there unless it is a name; an adjective's shape is only flagged;
- after the pronoun, where the person was and then the verb (``han løv i skranken ga meg``)
  or ``som`` opening a relative clause (``det var ho kolfinna som høyrde på meg``).

Session 45 (blind35 as development material): the word between a kinship noun with its owner
and a finite verb (``kona mi maka jobber i en barnehage``, ``datteren vår nino går i tredje
klasse``) is the relative's name, as ``my wife maka works`` is in English: the owner closes
the kinship phrase, and no noun but a name (or a time: ``mannen min kvelden etter``) stands
between it and the verb. Replaced, a common word's shape too (``søstera mi ugla jobbar``).

Two pet-name-shaped words joined by "og" opening a sentence before a verb, one of them no
word at all (``tobben og bettan va der``; lcnb22), are *flagged* both.

Not taken: definite nouns that are common words (``ho jenta som``), kinship words, roles,
adverbs, non-entities, and verb forms before ``som`` (``hun jobber som assistent``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.nynorsk_forms import nynorsk_form
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, Token, tokenize, word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP
from anonkit.anonymize.recognizers._lower_shapes import (
    DEFINITE_ENDINGS,
    PEOPLE_NOUNS,
    STRICT_DOERS,
    LowerLineRecognizer,
    after_openers,
    nickname_shape,
)
from anonkit.anonymize.recognizers._slot_words import ADVERBS, ROLES, said_as_adverb
from anonkit.anonymize.recognizers.kin_appositions import NB_KIN_DEFINITE
from anonkit.anonymize.recognizers.lower_subjects import SCORE, SCORE_PRONOUN
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS, lower_case_line
from anonkit.anonymize.wordlists import adverbs_only, word_class_forms

_DIALECT_PRONOUNS = word_set("han ho hu hun")
_FINITE = word_set("var va er e sa kom hadde har ble blei gikk jobba jobbet bodde bor ringte")
# "sykepleieren, ho svale, ho sa …", "han filmon, dæm kom": the pronoun (or another) said again
# after a comma closes the name the first one introduced (session 22).
_PRONOUN_AGAIN = re.compile(r",\s+(?:han|ho|hun|hu|dæm|dem|de|dei)\b", re.IGNORECASE)
_PET_ENDINGS = ("en", "an")
# Finite verbs of going and being somewhere, which a place may follow ("han kom fra byen").
_GOING = _FINITE | word_set(
    "kom kjem gikk gjekk går dro drog reiste reiser flytta flytte flyttet kjørte køyrde bodde "
    "budde bur bor satt sat sto stod låg lå var va er e"
)
# "det var (a) tonette som fant meg": a cleft, a dialect pronoun perhaps before the word
_CLEFT = re.compile(
    # ("ho", "han" before the word are :meth:`_after_pronoun`'s); session 50 (the lower-cased
    # development sets: "det var faktisk ljot på legevakta som tok meg på alvor"): an adverb
    # before the word and where the person works after it
    r"(?<![\w'’-])det (?:var|va|er|e) (?:faktisk |egentlig |eigentleg |berre |bare )?(?:a )?"
    r"(?P<word>[a-zæøå]{3,})(?: (?:på|fra|frå|i|ved|hos) [a-zæøå]+)? som "
    r"(?P<verb>[a-zæøå]+)(?: (?P<obj>[a-zæøå]+))?",
    re.IGNORECASE,
)
# Months that are first names too ("det var juni som hadde nattevakt").
_NAME_MONTHS = frozenset({"juni", "mai", "juli", "april", "august"})
_ADJECTIVE_ENDINGS = ("ig", "lig", "ste", "isk", "som", "bar")
_FOUND = word_set("fant fann finner tok henta hentet")
_COMPANY_NB = word_set("meg oss han ham henne ho dem dei deg")

# Session 26: "han løv i skranken ga meg …": where the person was (a place preposition and
# one noun) between the word and its finite verb.
_WHERE = word_set("i på ved fra frå hos")
_GIVING = word_set(
    "ga gav hjalp sa kom var hadde ringte tok fikk jobba jobbet satt stod sto"
    # session 36 (blind20/22/23 lower-cased): the present and dialect forms ("ho berte på
    # legekontoret kjenner heile familien")
    " kjenner kjente kjem seier sei e va er har bur bor budde bodde hjelper jobbar jobber"
)


# Session 45: the owner after a definite kinship noun ("kona mi", "datteren vår"), and the finite
# verbs of a person that may follow the name there ("kona mi maka jobber").
_OWNERS = word_set("min mi mitt mine vår våre din di ditt hans hennes deira deres sin si")
_KIN_VERBS = _GIVING | _GOING | word_set(
    "jobber jobbar går gjekk gjeng heter heiter het studerer studerte sier seier døde døydde "
    "døyde kommer ringer ringde fikk fekk får får bur budde vart blir blei ble gifta giftet "
    "flytta flyttet fødde skreiv skriv skriver passer passa tok tar hentet henta"
)
# Times that may stand between the owner and the verb ("mannen min dagen etter sa").
_TIME_NOUNS = word_set(
    "dagen dagan kvelden kvelden natta natten morgonen morgenen helga helgen uka veka året "
    "våren sommaren sommeren hausten høsten vinteren vinter'n jula påska etterpå først sist"
)
# Auxiliaries and modals after the owner open the verb phrase ("kona mi har jobba").
_AUXILIARIES = word_set(
    "har hadde er var va e ble blei vart blir skal skulle vil ville kan kunne må måtte får fikk "
    "fekk bør burde tør turde pleide pleier"
)


def _where_then_verb(tokens: tuple[Token, ...], k: int, text: str = "") -> bool:
    """``tokens[k:]`` is a place preposition, one noun and a finite verb of what people do,
    or (session 36) the pronoun said again after a comma ("han bersvend på nabogarden, han
    kom alltid innom")."""
    return (
        k + 1 < len(tokens)
        and tokens[k].low in _WHERE
        and tokens[k + 1].low.isalpha()
        and tokens[k + 1].low not in FUNCTION_WORDS
        and (
            (k + 2 < len(tokens) and tokens[k + 2].low in _GIVING)
            or (bool(text) and _PRONOUN_AGAIN.match(text, tokens[k + 1].end) is not None)
        )
    )


class LowerPronounNameRecognizer(LowerLineRecognizer):
    """Takes the word in a name's slot after a dialect pronoun or in a cleft (module
    docstring); Norwegian lower-case lines only."""

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if "\n" not in text and not lower_case_line(text, len(text)):
            return  # a line written with capitals has its own rules
        tokens = tokenize(text)
        yield from self._after_pronoun(text, tokens)
        yield from self._pet_pair(text, tokens)
        yield from self._cleft(text)
        yield from self._after_kin_owner(text, tokens)

    def _after_kin_owner(
        self, text: str, tokens: tuple[Token, ...]
    ) -> Iterator[tuple[int, int, str, float]]:
        """ "kona mi maka jobber i en barnehage", "datteren vår nino går i tredje klasse"
        (session 45): a definite kinship noun, its owner, one word and a finite verb of what
        people do: the word is the relative's name, replaced. Adverbs, auxiliaries, times,
        kinship words and roles are left ("kona mi også jobber", "sønnen min har flytta",
        "mannen min kvelden etter sa")."""
        for i in range(2, len(tokens) - 1):
            kin, owner, tok, verb = tokens[i - 2], tokens[i - 1], tokens[i], tokens[i + 1]
            if (
                kin.low in NB_KIN_DEFINITE
                and owner.low in _OWNERS
                and verb.low in _KIN_VERBS
                and text[kin.end : owner.start] == " "
                and text[owner.end : tok.start] == " "
                and text[tok.end : verb.start] == " "
                and len(tok.low) >= 3
                and tok.low.isalpha()
                and tok.low not in FUNCTION_WORDS
                and tok.low not in ADVERBS
                and tok.low not in _AUXILIARIES
                and tok.low not in KINSHIP
                and tok.low not in ROLES
                and tok.low not in PEOPLE_NOUNS
                and tok.low not in self.skip
                and tok.low not in adverbs_only(self.lang)
                and tok.low not in _TIME_NOUNS
                and lower_case_line(text, tok.end)
            ):
                yield tok.start, tok.end, PERSON, SCORE_PRONOUN

    def _after_pronoun(
        self, text: str, tokens: tuple[Token, ...]
    ) -> Iterator[tuple[int, int, str, float]]:
        """ "ho fryd var den eneste", "han styrk var den som fant meg": a dialect pronoun, a
        word, and a finite verb (or a comma and a pronoun again: "ho svale, ho sa") — the
        word between is who the pronoun is (two verbs in a row after a pronoun do not occur,
        so a verb form counts here too). Session 26: or where the person was and then the
        verb ("han løv i skranken ga meg …"), or ``som`` opening a relative clause
        ("det var ho kolfinna som høyrde på meg"): a pronoun does not take a bare noun before
        "som" (``ho jenta som`` has the definite form, left as a word)."""
        for i in range(1, len(tokens) - 1):
            tok = tokens[i]
            if (
                tokens[i - 1].low in _DIALECT_PRONOUNS
                and text[tokens[i - 1].end : tok.start] == " "
                and (
                    tokens[i + 1].low in _FINITE
                    or (
                        tokens[i + 1].low == "som"
                        and text[tok.end : tokens[i + 1].start] == " "
                        # session 43: "hun jobber som assistent" is a verb and its role
                        # (not an infinitive's form: "han brumle som budde nedi gata")
                        and not (
                            tok.low in word_class_forms(self.lang, "verb")
                            and not tok.low.endswith("e")
                        )
                    )
                    or _PRONOUN_AGAIN.match(text, tok.end)
                    # session 44 (blind34: "han kom fra byen, sa han"): a finite verb of
                    # going there is the pronoun's own, its place after it (an infinitive's
                    # form is no verb after a pronoun: "ho spire fra kommunen kom")
                    or (
                        _where_then_verb(tokens, i + 1, text)
                        and tok.low not in _GOING
                    )
                )
                and tok.text.islower()
                and len(tok.low) >= 3
                and tok.low.isalpha()
                and tok.low not in FUNCTION_WORDS
                and tok.low not in ADVERBS
                and tok.low not in KINSHIP
                and tok.low not in self.skip
                and tok.low not in adverbs_only(self.lang)  # session 43: not "rav", a noun
                # session 50 (blind40 as development material: "hun endelig hadde fått"): an
                # adjective said as an adverb, which Ordbank lists as no adverb
                and not said_as_adverb(tok.low)
                and not (
                    tok.low.endswith(DEFINITE_ENDINGS)
                    and (
                        self.lexicon.is_common(tok.low, compounds=False)
                        # session 49: a Nynorsk definite noun ("det var ho sjukepleiaren")
                        or nynorsk_form(tok.low)
                    )
                )
                and lower_case_line(text, tok.end)
            ):
                yield tok.start, tok.end, PERSON, SCORE_PRONOUN

    def _cleft(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        """ "det var juni som hadde nattevakt", "det var a tonette som fant meg" (session 32,
        lower-cased development sets): a cleft whose ``som`` clause says what only a person
        does (help, speech, contact, finding someone, a shift) is about a person, whatever
        the word is otherwise (a month, a flower): replaced, since a bare singular noun takes
        no article there only as a name ("det var ulv som fant meg"); an adjective's shape
        is flagged. A definite noun there ("det var bussen som kom") is a thing."""
        for m in _CLEFT.finditer(text):
            low = m.group("word").lower()
            verb, obj = m.group("verb").lower(), (m.group("obj") or "").lower()
            person_clause = (
                verb in STRICT_DOERS
                or (verb in _FOUND and obj in _COMPANY_NB)
                or (verb == "hadde" and "vakt" in obj)
            )
            if (
                person_clause
                and low not in FUNCTION_WORDS
                and low not in KINSHIP
                and low not in ROLES
                and low not in PEOPLE_NOUNS
                # a non-entity (NAV, a medicine) stays one; a month is a name here (session 44)
                and (low not in self.skip or low in _NAME_MONTHS)
                and not (
                    low.endswith(DEFINITE_ENDINGS) and self.lexicon.is_common(low, compounds=False)
                )
                and lower_case_line(text, m.end("word"))
            ):
                # a bare singular noun has no article there unless it is a name: replaced,
                # but an adjective's or superlative's shape stays a flag ("tilfeldig")
                bare = not low.endswith(_ADJECTIVE_ENDINGS) and low not in ADVERBS
                yield m.start("word"), m.end("word"), PERSON, SCORE_PRONOUN if bare else SCORE

    def _pet_pair(
        self, text: str, tokens: tuple[Token, ...]
    ) -> Iterator[tuple[int, int, str, float]]:
        """ "tobben og bettan va der" (lcnb22): two pet-name-shaped words (a doubled
        consonant and ``-en``/``-an``) joined by "og", opening a sentence before a verb, one
        of them no word at all ("bettan"): a pair of nicknames ("sekken og hatten" are both
        words and stay)."""
        for i in range(len(tokens) - 3):
            a, og, b = tokens[i], tokens[i + 1], tokens[i + 2]
            if (
                og.low == "og"
                and (a.sent_start or after_openers(tokens, i, self.lang))
                and text[a.end : b.start] == " og "
                and nickname_shape(a.low, _PET_ENDINGS)
                and nickname_shape(b.low, _PET_ENDINGS)
                and not (
                    self.lexicon.is_common(a.low, compounds=False)
                    and self.lexicon.is_common(b.low, compounds=False)
                )
                and tokens[i + 3].low in word_class_forms(self.lang, "verb")
                and lower_case_line(text, b.end)
            ):
                yield a.start, a.end, PERSON, SCORE
                yield b.start, b.end, PERSON, SCORE


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`: the slots are
    Norwegian ones."""
    return [LowerPronounNameRecognizer(lang)] if lang == "nb" else []
