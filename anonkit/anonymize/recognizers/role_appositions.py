"""A word set off before its role ("autumn, the peer support worker, she …") → PERSON on a
lower-case line (session 35).

Why: speakers name someone and then say who the person is: "autumn, the peer support worker,
she'd been through it all herself", "og så var det vangen, den gamle vaktmesteren, han lånte
meg sykkelen". Written with capitals the name layers take the first word; on a line ASR wrote
in lower case the name is an everyday word ("autumn", "vangen") and was at most flagged, or
left (the lower-cased development sets). The words around it decide: a word that opens the
line (or follows "og så var det", "and then there was") and is set off by a comma, then an
article or owner and up to three words ending in a role noun (``worker``, ``nurse``,
``vaktmesteren``) and a comma. Only a person stands in apposition to a role. Session 43: the
other order too, when a pronoun takes the name up ("sjåføren, brosme, han kjørte oss", "my
wife, rain, she …"; a kinship word is a role there).

Left alone: a discourse word, adverb, interjection, pronoun or kinship word before the comma
("well, the support worker, she said", "anyway, the doctor, he", "mum, the nurse, …"), a
word that is itself a role, and lines with capitals (the name layers read those). Score 0.6:
replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers._context_words import (
    INTERJECTIONS,
    KINSHIP,
    PRONOUNS,
    RELATIONS,
)
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers._slot_words import ROLES
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.recognizers.profession_predicates import NB_JOB_ENDINGS
from anonkit.anonymize.wordlists import (
    en_lemmas,
    is_everyday_word,
    not_entities,
    word_class_forms,
)

SCORE = 0.6
SCORE_FLAG = 0.3  # session 44: an everyday word set off after a relative clause
# Definite Norwegian role nouns the role list lacks, said after "den"/"han"/"ho".
_NB_ROLES = word_set(
    """
    vaktmesteren vaktmester sjåføren portneren renholderen kokken bestyreren rektoren
    presten diakonen naboen miljøarbeideren miljøarbeidaren assistenten helsesøstera
    helsesøstra jordmora legesekretæren sekretæren saksbehandlaren
    primærkontakten primærkontakt kontaktpersonen støttekontakten koordinatoren veilederen
    rettleiaren vergen
    """
)
# Session 46 (blind36 as development material): the Irish "himself"/"herself" for the husband
# or wife ("himself, batt kiely, he'd go to the mart").
_ROLE_WORDS = ROLES | _NB_ROLES | word_set("himself herself")
_PRONOUN_TAKES_UP = r"(?:han|ho|hun|hu|he|she)(?:['’](?:d|s|ll))?\s"
_OPENING = r"(?:^|(?:og så var det|og så kom|and then there was|then there was|there was)\s+)"
_APPOSED = re.compile(
    _OPENING + r"(?P<name>[a-zæøåA-ZÆØÅ][a-zæøå'’-]+),\s+"
    r"(?:the|our|my|den|det|vår|han|ho|hun|a|an|ei|en|et)\s+"
    r"(?:[a-zæøå-]+\s+){0,3}(?P<role>[a-zæøå]+)\s*,",
    re.MULTILINE,
)
# Session 43 (blind33): the role first and the name set off after it, then a pronoun that
# takes the name up ("sjåføren, brosme, han kjørte oss", "my nurse, heather, she …").
_ROLE_FIRST = re.compile(
    _OPENING + r"(?:(?:the|my|our|his|her|den|vår|min|mi)\s+)?(?:[a-zæøå-]+\s+){0,2}?"
    r"(?P<role>[a-zæøå]+)(?:\s+(?:mi|min|mitt|mine|vår|hans|hennes))?,\s+"
    r"(?P<name>[a-zæøåA-ZÆØÅ][a-zæøå'’-]+(?:\s+[a-zæøåA-ZÆØÅ][a-zæøå'’-]+)?),\s+"
    + _PRONOUN_TAKES_UP,
    re.MULTILINE,
)
# Session 43 (the lower-cased development sets): inside a line, a relative or role with its
# owner and a name of up to three words set off after it ("visste faren din, tika ram, om
# det?", "pasienten fra burma, naw eh say, hun delte rom"), and a name set off before an
# indefinite relative ("ja, inuuteq kleist, en fetter, han bor i narsaq").
_NAME_WORDS = r"[a-zæøåáéíóúý][a-zæøåáéíóúý'’-]+(?:\s+[a-zæøåáéíóúý][a-zæøåáéíóúý'’-]+){0,2}"
_OWNED_THEN_NAME = re.compile(
    r"(?<![\w'’-])(?P<role>[a-zæøå]+)\s+(?:min|mi|mitt|din|di|ditt|sin|si|hans|hennes|vår|"
    rf"my|your|his|her|our),\s+(?P<name>{_NAME_WORDS}),\s"
)
_NAME_THEN_KIN = re.compile(
    rf"(?:^|,\s+)(?P<name>{_NAME_WORDS}),\s+(?:en|ei|a|an)\s+(?P<role>[a-zæøå]+)\s*,",
    re.MULTILINE,
)
# ... and after a noun for a person and where the person is from, taken up by "som", "who"
# or a pronoun ("ein gamal kar i bygda, hågen fjærestad, som har vore gjennom det same").
_PERSON_NOUN_THEN_NAME = re.compile(
    r"(?<![\w'’-])(?:kar|kall|mann|dame|kone|kvinne|gutt|jente|fyr|type|man|woman|guy|lad|"
    r"lass|bloke|fella|fellow|girl|boy)(?:\s+(?:i|på|fra|frå|from|in|at|on|up|down)\s+"
    rf"[a-zæøå]+)?,\s+(?P<name>{_NAME_WORDS}),\s+(?:som|who|han|ho|hun|hu|he|she)\b"
)
# Session 44 (the lower-cased development sets: "han som satt ved siden av meg på gruppa,
# abbor, sa nesten ingenting"): a person said by a relative clause, then the name set off and
# the clause's verb.
_RELATIVE_THEN_NAME = re.compile(
    r"(?<![\w'’-])(?:han|ho|hun|hu|den|he|she|the one|the guy|the lad|the lass|the woman|"
    r"the man|the girl|the boy)\s+(?:som|who|that)\s+[^,]{3,60},\s+"
    rf"(?P<name>{_NAME_WORDS}),\s+(?:sa|sei|seier|sier|var|va|vart|ble|blei|kom|hadde|har|"
    r"gjorde|snakka|snakket|said|says|was|were|came|had|has|did|never|always|used|aldri|"
    r"alltid|bare|berre|he|she|han|ho|hun)\b"
)
# Session 46 (blind36 as development material): the same with the clause's verb right after
# the name ("sosionomen, blom, ordna med bustad for meg"), with a relative clause about the
# role before the name ("legen som hadde vakt, hjort, han trudde ikkje på meg"), and a name
# after a dialect pronoun set off before its role ("han brun, miljøterapeuten på natta, var").
# Session 48 (blind38 lower-cased: "og tolken, fatoumata sylla, var den eneste"): the name
# may have up to three words.
_ROLE_THEN_VERB = re.compile(
    r"(?:^|(?<=,)\s+|(?<![\w'’-])(?:og|and)\s+)(?:(?:the|my|our|den|vår)\s+)?(?P<role>[a-zæøå]+),"
    rf"\s+(?P<name>{_NAME_WORDS}),\s+(?P<verb>[a-zæøå]+)\b",
    re.MULTILINE,
)
_ROLE_RELATIVE_THEN_NAME = re.compile(
    r"(?<![\w'’-])(?P<role>[a-zæøå]+)\s+(?:som|who|that)\s+[^,]{3,60},\s+"
    rf"(?P<name>{_NAME_WORDS}),\s+" + _PRONOUN_TAKES_UP
)
_PRONOUN_NAME_THEN_ROLE = re.compile(
    r"(?:^|(?<=,)\s+|(?<![\w'’-])(?:og|men)\s+)(?:han|ho|hun|hu)\s+(?P<name>[a-zæøå][a-zæøå'’-]+),"
    r"\s+(?:(?:den|det|vår|min|mi)\s+)?(?:[a-zæøå-]+\s+)??(?P<role>[a-zæøå]+)(?=[\s,])[^,.?!]{0,40},",
    re.MULTILINE,
)
# Session 47 (blind37 as development material: "det var en sykepleier der, dagne, hu satt med
# meg"): a role said with its indefinite article (and "there"), then the name set off (up to
# four words: "a healthcare assistant, ceiteag nic a' phì, from ruaig") and a pronoun taking it
# up or where the person is from.
_INDEFINITE_ROLE_THEN_NAME = re.compile(
    r"(?<![\w'’-])(?:en|ei|ein|a|an)\s+(?:[a-zæøå-]+\s+)?(?!(?:der|her|da|there|then)\b)"
    r"(?P<role>[a-zæøå]+)"
    r"(?:\s+(?:der|her|da|there|then))?,\s+(?P<name>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]*){0,3}),"
    r"\s+(?:" + _PRONOUN_TAKES_UP + r"|(?:from|frå|fra)\s)"
)
# Session 47 (the lower-cased development sets: "my neighbour in walsingham is urs peter
# schnyder, a swiss man, retired"): a name after a copula described right after it as a man
# or a woman.
_NAME_THEN_PERSON_NOUN = re.compile(
    r"(?<![\w'’-])(?:is|was|er|var) (?P<name>[^\W\d_][\w'’-]+(?:\s+[^\W\d_][\w'’-]+){0,2}),"
    r"\s+(?:a|an|en|ei|ein) (?:[a-zæøå-]+\s+)?(?:man|woman|lad|guy|bloke|fella|girl|boy|lady|"
    r"gentleman|mann|kvinne|dame|gutt|gut|jente|kar|fyr)(?![\w'’-])"
)
# ... and a name set off before "han som"/"ho som" (the lower-cased development sets: "og
# gamle kvernhus, han som eide butikken på liabygda, han ga oss …"): who the name is follows.
_NAME_THEN_WHO = re.compile(
    r"(?:^|,\s+|(?<![\w'’-])(?:og|and)\s+)(?:(?:gamle|gamla|gamlen|vesle|lille|old|young|"
    r"big|little)\s+)?(?!(?:og|and|men|but|gamle|gamla|vesle|lille|old|young|big|little)\s)"
    rf"(?P<name>{_NAME_WORDS}),\s+(?:han|ho|hun|hu|he|she) (?:som|who)\b",
    re.MULTILINE,
)
# Session 47 (the lower-cased development sets: "my key worker was col ledger, ex-forces"): a
# role someone has, "was"/"is", and one or two words closing the clause: who held it.
_OWNED_ROLE_WAS = re.compile(
    r"(?<![\w'’-])(?:my|our|his|her|their) (?:[a-z-]+ )?(?P<role>[a-z]+) (?:was|is) "
    rf"(?P<name>{_NAME_WORDS})(?=\s*(?:[,.;!?]|$))"
)
# Session 48 (blind38 lower-cased: "primærkontakten min var bergfinn kleiv, han var frå
# ænes"): the Norwegian order, the owner after the role.
_NB_OWNED_ROLE_WAS = re.compile(
    r"(?<![\w'’-])(?P<role>[a-zæøå]+) (?:min|mi|mitt|vår|hans|hennes|deira|deres) "
    rf"(?:var|er|va|e) (?P<name>{_NAME_WORDS})(?=\s*(?:[,.;!?]|$))"
)
_NOT_NAMES = word_set(
    """
    well anyway so yes no yeah aye okay ok right and but then also now sometimes obviously bless
    basically honestly actually like ja nei jo altså liksom så men og da nå og
    sometimes usually later earlier first eventually finally stakkar stakkars
    """
)


class RoleAppositionRecognizer(AnonkitRecognizer):
    """``autumn, the peer support worker, she …`` → PERSON (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.adverbs = word_class_forms(lang, "adv")
        self.adjectives = en_lemmas("adj") if lang == "en" else frozenset()

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if "," not in text:
            return
        for m in _APPOSED.finditer(text):
            if m.group("role") in _ROLE_WORDS and self._name(text, m, described=False):
                yield m.start("name"), m.end("name"), PERSON, SCORE
        for m in _ROLE_FIRST.finditer(text):
            # session 50 (blind39 lower-cased: "my youngest, cherish, she drew me a card"):
            # a relation word ("youngest", "eldest") is a role there too
            if m.group("role") in _ROLE_WORDS | KINSHIP | RELATIONS and self._name(text, m):
                yield m.start("name"), m.end("name"), PERSON, SCORE
        for regex in (_OWNED_THEN_NAME, _NAME_THEN_KIN):
            for m in regex.finditer(text):
                if m.group("role") in _OWNED_ROLES and self._names(text, m):
                    yield m.start("name"), m.end("name"), PERSON, SCORE
        if (self.lang == "en" and (" was " in text or " is " in text)) or (
            self.lang == "nb" and (" var " in text or " er " in text)
        ):
            yield from self._role_was(text)
        for m in _PERSON_NOUN_THEN_NAME.finditer(text):
            if self._names(text, m):
                yield m.start("name"), m.end("name"), PERSON, SCORE
        yield from self._set_off_by_role(text)
        if " som" not in text and " who" not in text and " that " not in text:
            return  # speed (session 44): the clauses below need a relative word
        for m in _ROLE_RELATIVE_THEN_NAME.finditer(text):
            if not _role(m.group("role")):
                continue
            if self._names(text, m, everyday=True):
                yield m.start("name"), m.end("name"), PERSON, SCORE
            elif self._name(text, m, described=False):
                # session 50 (blind38 lower-cased: "the nurse who admitted me, bright, he
                # brought me a blanket"): an adjective there may be the name; shown
                yield m.start("name"), m.end("name"), PERSON, SCORE_FLAG
        for m in _NAME_THEN_WHO.finditer(text):
            words = m.group("name").lower().split()
            if (
                lower_case_line(text, m.end("name"))
                and all(self._word(w) for w in words)
                and not (len(words) == 1 and _definite_noun(words[0]))
            ):
                everyday = len(words) == 1 and is_everyday_word(words[0])
                yield m.start("name"), m.end("name"), PERSON, SCORE_FLAG if everyday else SCORE
        for m in _RELATIVE_THEN_NAME.finditer(text):
            words = m.group("name").lower().split()
            if lower_case_line(text, m.end("name")) and all(self._word(w) for w in words):
                # an everyday word there is shown to the steward, not replaced
                everyday = len(words) == 1 and is_everyday_word(words[0])
                yield m.start("name"), m.end("name"), PERSON, SCORE_FLAG if everyday else SCORE

    def _set_off_by_role(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        """Session 46: a name set off right after its role before the clause's verb, and a
        name after a dialect pronoun set off before its role (module docstring of the
        regexes). A role is strong enough there for an everyday word ("blom", "brun")."""
        for m in _ROLE_THEN_VERB.finditer(text):
            verb = m.group("verb")
            if (
                _role(m.group("role"))
                and verb in word_class_forms(self.lang, "verb")
                and verb not in self.adverbs
                and self._name(text, m)
            ):
                yield m.start("name"), m.end("name"), PERSON, SCORE
        for m in _NAME_THEN_PERSON_NOUN.finditer(text):
            if self._names(text, m):
                yield m.start("name"), m.end("name"), PERSON, SCORE
            elif self._names(text, m, everyday=True):
                # session 50 (blind40 lower-cased: "the night nurse was talent, a big woman
                # from balaka"): one everyday word so described is shown to the steward
                yield m.start("name"), m.end("name"), PERSON, SCORE_FLAG
        for m in _INDEFINITE_ROLE_THEN_NAME.finditer(text):
            role = m.group("role")
            if (_role(role) or _role(role + "en")) and self._name(text, m):
                yield m.start("name"), m.end("name"), PERSON, SCORE
        if self.lang == "nb":
            for m in _PRONOUN_NAME_THEN_ROLE.finditer(text):
                if _role(m.group("role")) and self._name(text, m, described=False):
                    yield m.start("name"), m.end("name"), PERSON, SCORE

    def _role_was(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        """``my key worker was col ledger`` (``_OWNED_ROLE_WAS``): the holder of a role, up
        to two words that are no adjective, participle or nationality; replaced when no word
        list has a word of it, else flagged ("my doctor was agency" is a noun too)."""
        regex = _OWNED_ROLE_WAS if self.lang == "en" else _NB_OWNED_ROLE_WAS
        for m in regex.finditer(text):
            words = m.group("name").split()
            if (
                len(words) > 2
                or not _role(m.group("role"))
                or not lower_case_line(text, m.end("name"))
                or not all(self._word(w) and not w.endswith(("ed", "ing")) for w in words)
                or any(w in self.adjectives or w in not_entities(self.lang) for w in words)
                # session 48: "legen min var streng": no Norwegian adjective list, so one
                # everyday word there is what the holder is like, not who
                or (self.lang == "nb" and len(words) == 1 and is_everyday_word(words[0]))
            ):
                continue
            everyday = any(is_everyday_word(w) for w in words)
            yield m.start("name"), m.end("name"), PERSON, SCORE_FLAG if everyday else SCORE

    def _names(self, text: str, m: re.Match[str], everyday: bool = False) -> bool:
        """Every word of a set-off name can be a name (:meth:`_word`), and one word alone is
        no everyday word (unless ``everyday``: a role said before it): a description set off
        the same way is ("ei jente frå klassen, faktisk, som …", "a lad, lovely, who …")."""
        words = m.group("name").lower().split()
        return (
            lower_case_line(text, m.end("name"))
            and all(self._word(w) for w in words)
            and (everyday or len(words) > 1 or not is_everyday_word(words[0]))
        )

    def _name(self, text: str, m: re.Match[str], described: bool = True) -> bool:
        """The apposed word (or two) can be a name: a lower-case line, and no closed-class,
        discourse, kinship or role word."""
        return lower_case_line(text, m.end("name")) and all(
            self._word(w, described) for w in m.group("name").lower().split()
        )

    def _word(self, name: str, described: bool = True) -> bool:
        """No closed-class, discourse, kinship or role word or adverb; with ``described``
        (session 43's slots, where a description is set off the same way: "a lad, lovely,
        who …") no adjective either (an English adjective lemma; a Norwegian everyday word
        in -lig/-ig/-isk)."""
        return not (
            (described and name in self.adjectives)
            or (described and name.endswith(("lig", "ig", "isk")) and is_everyday_word(name))
            or name in _NOT_NAMES
            or name in FUNCTION_WORDS
            or name in INTERJECTIONS
            or name in PRONOUNS
            or name in KINSHIP
            or name in _ROLE_WORDS
            or name in self.adverbs
            or is_filler(name)
        )


# Session 47 (blind37 lower-cased: "kona mi, losa toleafoa, ho kom etter eit år"): spouses,
# partners and friends are owned roles too, in their Norwegian definite forms as well.
_OWNED_ROLES = (
    _ROLE_WORDS
    | KINSHIP
    | RELATIONS
    | word_set(
        """
        kona kone konen mannen kjerringa gubben kjæresten samboeren naboen venninna venninnen
        vennen kameraten kollegaen sjefen svogeren svigerinna
        """
    )
)


def _role(word: str) -> bool:
    """A role word, or a Norwegian definite job noun ("sosionomen", "sjukepleiaren", "legen")."""
    if word in _ROLE_WORDS:
        return True
    return any(
        word.endswith(suffix) and word[: -len(suffix)].endswith(NB_JOB_ENDINGS)
        for suffix in ("en", "n")
    )


def _definite_noun(word: str) -> bool:
    """A Norwegian definite noun ("naboen", "kjerringa"): a person said by what they are."""
    return word.endswith(("en", "a", "et", "na")) and word in word_class_forms("nb", "noun")


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [RoleAppositionRecognizer(lang)]
