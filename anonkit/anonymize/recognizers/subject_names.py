"""Names in the slots where speech puts people → PERSON (issue 10, items 1-3; detect3).

Why: the other name layers *veto* a listed name that is also an everyday word (``Will``,
``Mo``, ``Des``, ``Vik``, ``Rein``, ``bjørk``) or a surname said alone (``Aas``, ``Hansen``)
at a sentence start, because a capital there proves nothing; they only flag it. In spoken
interviews those words open sentences all the time *as people*, and the slot says so:

1. **Subject of a verb of action or contact**: ``Will rang me``, ``Vik ringte tilbake``,
   ``des came round`` — the word opens a sentence (or a lower-case line) and the next word is
   a finite verb that takes a person as subject (said, rang, drove, kom, ringte, hentet …,
   and ``never``/``always``/``aldri`` + verb). Copulas (``is``, ``er``) are left out: ``Hope
   is a strange word``, ``Faith is the only thing`` stay words. ``var``/``was`` count only for
   a listed name that is not an everyday word (``Aas var flink``).
2. **Coordination with the speaker**: ``Will and I``, ``me and gaz``, ``bjørk og jeg``,
   ``jeg og Vik`` — only people are coordinated with *I*.
3. **Cleft**: ``det var liv som fant meg``, ``it was Mo who rang`` — ``det var X som`` +
   verb, ``it was X who``.
4. **Alias**: ``Kjelle, altså Kjell``, ``Dunc, short for Duncan``, ``Bex, Rebecca really``,
   ``Sunni som vi sier``, ``kalle, han heter egentlig karl`` (detect4), ``Gaz, his real name
   is Gary`` — a word next to a listed first name that it is said to be.

recall1 adds the slots that give a name away when its capitals are gone or it is an everyday
word: a predicate only people have after a capitalized opener (``Brook looked after my dog``,
``Storm ble født``, ``Rusty, the porter, …``, ``cian was my key worker``), ``<kinship> X
(adverb) verb`` on lower-case lines (``my mum honey never knew``; read by
:mod:`._kin_subjects`), ``a bloke called X`` / ``ei dame som het X``, ``X and me``, an unknown
word after ``with``/``med`` or taken up by ``, she was``, and ``sofaen til X``. The word lists
live in :mod:`._slot_words`.

Which words may be a name in a slot (a listed first name or surname, or a word no list
knows; never a closed-class word or a non-entity) is decided in :mod:`._name_candidates`.
Score 0.6: replaced.
"""

from __future__ import annotations

from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.names import ambiguous_first_names
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    is_capitalized,
    token_word,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers._context_words import KINSHIP, TITLES
from anonkit.anonymize.recognizers._kin_subjects import KinSubjects
from anonkit.anonymize.recognizers._name_candidates import NameCandidates
from anonkit.anonymize.recognizers._slot_words import (
    ACTION_VERBS,
    ADVERBS,
    ALIAS,
    ALIAS_AFTER,
    AND,
    APPOSITION,
    CONTACT_OBJECT_VERBS,
    CONTACT_VERBS,
    COPULAS,
    FROM_WORDS,
    INVERTED_SUBJECTS,
    MODAL_NAMES,
    NAME_BEARERS,
    NAMING_VERBS,
    NOT_CALLERS,
    NOT_NAMED,
    ONLY_ONE,
    PERSON_ADJECTIVES,
    PERSON_PHRASES,
    PERSON_PRONOUNS,
    PERSON_VERBS,
    PRONOUN_AFTER,
    ROLE_AFTER,
    ROLES,
    SOCIAL_ROLES,
    SPEAKER,
    SPEECH_AFTER,
    SPEECH_VERBS,
    USED_TO,
    WITH_PERSON,
)
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS, lower_case_line
from anonkit.anonymize.wordlists import word_class_forms

SCORE = 0.6
_SET_OFF_PRONOUNS = word_set("she he han hun ho")
_NAMED_IS = word_set("het heter hette")
_NAMED_PRONOUNS = word_set("han hun ho hu dem dæm")
# lcen24 (rule 2g): verbs of contact whose object is a person and after which no question or
# bare verb follows ("asked will i …", "helped mark the tests" are left out), and what
# follows a person as such an object.
_OBJECT_NAME_VERBS = word_set("rang phoned texted rung met visited told messaged emailed")
_AFTER_OBJECT_NAME = word_set(
    "i we he she they you it everything nothing about at when after before on that"
)


# lcnb24: words that open a subordinate clause, whose subject comes next.
_SUBORDINATORS = word_set("at fordi når da før etter mens hvis om until before because when while")


class SubjectNameRecognizer(AnonkitRecognizer):
    """Names in subject, coordination, cleft and alias slots (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.names = NameCandidates(lang)
        self.kin = KinSubjects(self.names)
        # first names, listed or also everyday words ("will", "miles", "rocky")
        self._word_names = self.names.first | frozenset(
            n.lower() for n in ambiguous_first_names("en")
        )

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        tokens = tokenize(text)
        seen: set[int] = set()
        for i, tok in enumerate(tokens):
            if i in seen:
                continue
            if tok.text.lower() in TITLES:
                continue  # session 35: a title is no subject's name ("our pastor said no")
            if self._slot(text, tokens, i):
                seen.add(i)
                yield tok.start, tok.end, PERSON, SCORE
                if self.kin.second_name(text, tokens, i):
                    seen.add(i + 1)  # "me da paddy joe was": both names (lcen22)
                    yield tokens[i + 1].start, tokens[i + 1].end, PERSON, SCORE
            alias = self._alias(text, tokens, i)
            if alias is not None and alias not in seen:
                seen.add(alias)
                yield tokens[alias].start, tokens[alias].end, PERSON, SCORE

    def _slot(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        tok = tokens[i]
        word = tok.text
        nxt = token_word(tokens, i + 1)
        gap = text[tok.end : tokens[i + 1].start] if i + 1 < len(tokens) else ""
        # 1. subject of a person's verb at a sentence (line) start.
        if tok.sent_start and gap == " ":
            verb = nxt
            if verb in ADVERBS:
                verb = token_word(tokens, i + 2)
            if (
                verb in ACTION_VERBS or (verb == "var" and token_word(tokens, i + 2) == "med")
            ) and (self.names.candidate(word, strict=False)):
                return True
            if verb in CONTACT_VERBS and self.names.caller(word):
                return True  # "Mags rang me": only people ring and text
            if (
                nxt in _NAMED_IS
                and self.names.caller(word)
                and word.lower() not in word_class_forms("nb", "adv")
                and self._named_one(tokens, i + 2)
            ):
                return True  # "Åker het politimannen", "Lyng heter hun" (blind8)
            if nxt in COPULAS and self.names.candidate(word, strict=True):
                return True
            if nxt in COPULAS and ONLY_ONE.match(text, tokens[i + 1].end):
                return self.names.candidate(word, strict=False)  # "Rein var den eneste som"
            if (
                nxt in FROM_WORDS
                and word.lower() not in MODAL_NAMES
                and (
                    word.lower() in self.names.first
                    or word.lower() in self.names.surnames
                    or word.lower() not in self.names.places
                )
                and any(
                    token_word(tokens, k) in ACTION_VERBS | COPULAS for k in range(i + 2, i + 7)
                )
                and self.names.candidate(word, strict=False)
            ):
                return True
            if (
                nxt in FROM_WORDS
                and self.names.caller(word)
                and word.lower() not in word_class_forms(self.lang, "adv")
                and any(
                    token_word(tokens, k) in CONTACT_VERBS
                    # "Fremme på perrongen ringte jeg": verb-second order, no subject
                    and (self.lang != "nb" or token_word(tokens, k + 1) not in INVERTED_SUBJECTS)
                    for k in range(i + 2, i + 8)
                )
            ):
                return True  # "Lark from the crisis team rang me" (blind8): only people ring
        # 1d. lcnb24: the subject of a person's verb opening a clause after a subordinator
        # ("etter at herbjørn ringte legevakta", "until tharshini rang me"): a listed first
        # name that is no word or a word no list has (not "når storm kom inn over land").
        if (
            i > 0
            and not tok.sent_start
            and gap == " "
            and token_word(tokens, i - 1) in _SUBORDINATORS
            and text[tokens[i - 1].end : tok.start] == " "
            and token_word(tokens, i + 1) in ACTION_VERBS | CONTACT_VERBS
            and word.lower() not in self.names.common
            # "at Johansen-familien flyttet": a group named after a person, whose surname
            # the dictionary replaces on its own, keeping "-familien"
            and not ("-" in word and word.rsplit("-", 1)[1].lower() in self.names.common)
            and self.names.candidate(word, strict=False)
        ):
            return True
        # 1c. "She, Treasure, she was …" (blind8): a word set off between a pronoun and the
        # same pronoun is who the pronoun is.
        if self._between_pronouns(text, tokens, i):
            return True
        # 1a. a predicate or apposition only people have (recall1): "Brook looked after my
        # dog", "Storm ble født", "cian was my key worker", "Rusty, the porter, used to …".
        if tok.sent_start and self._person_predicate(text, tokens, i):
            return True
        # 1b. "my mum honey never knew", "mormor gunn passa på meg": on a lower-case line the
        # word between a kinship word and a person's verb is that person's name.
        if self.kin.subject(text, tokens, i):
            return True
        # 2. coordination with the speaker: "X and I", "me and X".
        if (
            gap == " "
            and nxt in AND
            and token_word(tokens, i + 2) in SPEAKER
            and (tok.sent_start or token_word(tokens, i - 1) in ("with", "med"))
        ):
            # On a line written with capitals a lower-case word there is food or a thing:
            # "chips with mayo and I hadn't eaten" (blind7, session 19).
            return (
                self.names.loose(word) or self._everyday_with_verb(word, tokens, i + 3)
            ) and not (word.islower() and not lower_case_line(text, tok.end))
        if (
            gap == " "
            and nxt in AND
            and token_word(tokens, i + 2) in ("me", "meg")
            and ((is_capitalized(word) and not tok.sent_start) or self.names.unknown_word(word))
            and self.names.loose(word)
        ):
            return True  # recall1: "they sent tamsin and me home", "Jill and me went"
        if (
            i >= 2
            and token_word(tokens, i - 1) in AND
            and token_word(tokens, i - 2) in SPEAKER
            and text[tokens[i - 1].end : tok.start] == " "
        ):
            return self.names.loose(word) or self._everyday_with_verb(word, tokens, i + 1)
        # 2b. at someone's place or talking with someone: "var hos tharshini", "snakka med
        # przemek" — an unknown word there is a person (listed names are the truecaser's).
        before = f"{token_word(tokens, i - 2)} {token_word(tokens, i - 1)}"
        if (
            i >= 2
            and (before in WITH_PERSON or token_word(tokens, i - 1) == "hos")
            and text[tokens[i - 1].end : tok.start] == " "
            and self.names.unknown_word(word)
        ):
            return True
        # 2d. recall1: the name after "a lad called", "a nurse named", "en fyr som het",
        # "she was called": whatever the word otherwise means ("a bloke called biscuit").
        if self._named(text, tokens, i):
            return True
        # 2g. lcen24: a first name that is a word too ("will", "miles", "rocky", "grace") as
        # the object of a verb of contact on a lower-case line, before what follows a person
        # there ("i told will everything", "we met rocky at the bus station"); not after
        # "asked" (a question follows: "asked will i …") or "helped" (a verb follows).
        if (
            self.lang == "en"
            and token_word(tokens, i - 1) in _OBJECT_NAME_VERBS
            and word.islower()
            and nxt in _AFTER_OBJECT_NAME
            and gap == " "
            and lower_case_line(text, tok.start)
            and word in self._word_names
        ):
            return True
        # 2e. recall1: "sofaen til tjerand": a definite noun, "til", an unknown word on a
        # lower-case line — the owner (a place there is replaced just the same).
        if (
            token_word(tokens, i - 1) == "til"
            and self.lang == "nb"
            and word.islower()
            and lower_case_line(text, tok.start)
            and self.names.unknown_word(word)
            and self.names.definite_noun(tokens[i - 2].text if i >= 2 else "")
        ):
            return True
        # 2f. recall1: the object of a verb of contact on a lower-case line ("i rang eilidh").
        if (
            token_word(tokens, i - 1) in CONTACT_OBJECT_VERBS
            and word.islower()
            and lower_case_line(text, tok.start)
            and self.names.unknown_word(word)
        ):
            return True
        # 2c. recall1: an unknown word after "with"/"med" on a lower-case line ("i stayed
        # with ffion", "var ute med tharshini"), or before ", she was" / ", han var" (a
        # pronoun taking the word up: "and then there was ffion, she was from bangor").
        if self.names.unknown_word(word) and (
            (
                token_word(tokens, i - 1) in ("with", "med")
                and word.islower()
                and lower_case_line(text, tok.start)
            )
            or PRONOUN_AFTER.match(text, tok.end)
        ):
            return True
        # 3. cleft: "det var X som", "it was X who".
        if i >= 2 and nxt in ("som", "who", "that") and gap == " ":
            before = f"{token_word(tokens, i - 2)} {token_word(tokens, i - 1)}"
            if before in ("det var", "it was", "det er", "it's"):
                # Mid-sentence capitals are names in Norwegian ("Det var Ulv som fant meg").
                nb_capital = self.lang == "nb" and is_capitalized(word)
                return self.names.candidate(word, strict=False) or (
                    nb_capital and word.lower() not in self.names.skip and word.isalpha()
                )
        return False

    def _everyday_with_verb(self, word: str, tokens: tuple[Token, ...], verb: int) -> bool:
        """An everyday word coordinated with the speaker as the subject of a verb ("me and
        smudge used to sit", "kit and i shared a flat"; session 20): only a person is. Not a
        plural, a definite noun, a kinship or role word ("me and friends went", "me and work
        never got on" is rare enough)."""
        low = word.lower()
        verb_word = token_word(tokens, verb)
        if verb_word in ADVERBS:
            verb_word = token_word(tokens, verb + 1)
        return (
            len(low) > 2
            and not self.names.never_a_name(word, low)
            and low not in NOT_CALLERS
            and low not in KINSHIP
            and low not in ROLES
            and not low.endswith("s")
            and not self.names.definite_noun(word)
            and (
                verb_word in ACTION_VERBS
                or verb_word in PERSON_VERBS
                or verb_word in word_class_forms(self.lang, "verb")
            )
        )

    def _named_one(self, tokens: tuple[Token, ...], i: int) -> bool:
        """The one a name is given to after "het": a pronoun or a definite noun ("legen")."""
        low = token_word(tokens, i)
        return low in _NAMED_PRONOUNS or (
            len(low) > 3
            and low not in FUNCTION_WORDS
            and low.endswith(("en", "et", "a"))
            and self.names.lexicon.is_common(low, compounds=False)
        )

    def _between_pronouns(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        if i < 1 or i + 1 >= len(tokens):
            return False
        before, after = tokens[i - 1].text.lower(), tokens[i + 1].text.lower()
        return (
            before in _SET_OFF_PRONOUNS
            and after == before
            and text[tokens[i - 1].end : tokens[i].start].strip() == ","
            and text[tokens[i].end : tokens[i + 1].start].strip() == ","
            and (self.names.caller(tokens[i].text) or self.names.unknown_word(tokens[i].text))
        )

    def _person_predicate(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """A capitalized sentence-initial word before a predicate only people have (recall1):
        ``Brook looked after my dog``, ``Storm was born``, ``Heather told me``, ``Cian was my
        key worker``, ``Dal var kontaktpersonen min``. The word may be an everyday word (a
        noun never looks after anyone); plurals, closed-class words and institutions not."""
        word = tokens[i].text
        low = word.lower()
        unknown_lower = (
            word.islower()
            and lower_case_line(text, tokens[i].end)
            and self.names.unknown_word(word)
        )  # "cian was my key worker"
        if (
            not (is_capitalized(word) or unknown_lower)
            or self.names.never_a_name(word, low)
            or low in NOT_CALLERS
            or low in KINSHIP
            or self.names.definite_noun(word)
            or (low.endswith("s") and self.names.lexicon.is_common(low[:-1], compounds=False))
        ):
            return False
        v = i + 2 if token_word(tokens, i + 1) in ADVERBS else i + 1  # "Mo never told anyone"
        verb, after = token_word(tokens, v), token_word(tokens, v + 1)
        phrase = f"{verb} {after}"
        if (
            verb in PERSON_VERBS
            or (
                verb in SPEECH_VERBS
                and after.split("'")[0] in SPEECH_AFTER
                and self.names.candidate(word, strict=False)  # "Research says that …" is a word
            )
            or phrase in PERSON_PHRASES
            or f"{phrase} {token_word(tokens, v + 2)}" in PERSON_PHRASES
        ) and (
            after not in INVERTED_SUBJECTS  # not "Riktignok snakket vi": verb-second order
        ):
            return True
        if f"{verb} {after}" == "used to" and token_word(tokens, v + 2) in USED_TO:
            return True
        if (
            verb in COPULAS | word_set("is er")
            and after in PERSON_ADJECTIVES
            and self.names.candidate(word, strict=False)
        ):
            return True  # "Mo var snill med meg"
        apposition = APPOSITION.match(text, tokens[i].end)
        if apposition is not None and apposition.group("role").lower() in ROLES:
            return True
        m = ROLE_AFTER.match(text, tokens[i].end)
        if m is None:
            return False
        role = (m.group("en") or m.group("nb") or "").lower()
        if m.group("nb") and self.lang != "nb":
            return False
        if (m.group("pre") or "").lower() in ROLES:
            role = m.group("pre").lower()  # "was my landlady in Leith": the role came first
        if role in SOCIAL_ROLES:
            # "Music was my best friend", "Alcohol was my mate": said of things too, so
            # only a listed name or a word no list has.
            return self.names.candidate(word, strict=False)
        return role in ROLES

    def _named(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """``<person noun> called|named X``, ``<person noun> som het X``, ``he/she was called
        X``: X names someone unless it is a closed-class word or what one calls ("called
        back", "called the police", "called social services")."""
        word = tokens[i].text
        low = word.lower()
        if (
            i < 2
            or token_word(tokens, i - 1) not in NAMING_VERBS
            or text[tokens[i - 1].end : tokens[i].start] != " "  # "she was called, honestly"
            or self.names.never_a_name(word, low)
            or low in NOT_NAMED
            or low in KINSHIP
        ):
            return False
        bearer = token_word(tokens, i - 2)
        if bearer == "som":
            bearer = token_word(tokens, i - 3)
        elif bearer in ("was", "is", "var", "er", "ble"):
            return token_word(tokens, i - 3) in PERSON_PRONOUNS
        return bearer in NAME_BEARERS

    def _alias(self, text: str, tokens: tuple[Token, ...], i: int) -> int | None:
        """Index of an alias token of a first name: "Kjelle, altså Kjell" → Kjelle."""
        tok = tokens[i]
        if not tok.text[:1].isupper() and not tok.sent_start:
            return None
        m = ALIAS.match(text, tok.end)
        if (
            m is not None
            and (m.group("name") or m.group("name2")).lower() in self.names.first
            and (self.names.loose(tok.text) or tok.text.lower() in self.names.first)
        ):
            return i
        if (
            ALIAS_AFTER.match(text, tok.end)
            and tok.text[:1].isupper()
            and self.names.candidate(tok.text, strict=False)
        ):
            return i
        return None


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [SubjectNameRecognizer(lang)]
