"""Names given by what someone goes by, is known as or calls themselves → PERSON
(issue 10, items 1–3; session 22).

Why: "she goes by stormy now", "everyone knew her as mina", "ho var kjent som tussa", "bla
we called her", "badger, that's what everyone called him": the phrase says a name is given,
yet the word is an everyday word, and on a lower-case line nothing else shows it.
:mod:`.names_in_context` reads "heter"/"called"/"kalte ham" and a capitalized word before
"we called her", :mod:`.nb_person_predicates` "kalte seg X"; these other naming phrases were
read by no layer (lower-cased development sets: 9 silent leaks of this kind).

Two slots:
- after the phrase: "goes/went by", "known as", "knew/know her/him/them as", "gikk/går under
  navnet", "kjent som";
- before it, at the start of a clause: "X we/they/everyone called her/him", "X, that's what
  everyone called him", "X, det var det vi kalte ho".

On a line with capitals only a capitalized word is taken (a lower-case word there is a word:
"known as tinnitus"); on a lower-case line any word that is no function word, filler, adverb,
kinship word or non-entity, with guards where the phrase also takes ordinary words: "goes
by bus" (means of transport), "knew her as a child" (an article is a function word), "went
by nicknames" (a plural), and after "kjent som" a Norwegian everyday word only in its
definite form (the form nicknames take: "Tussa", "Knerten"; "kjent som snill" is an
adjective).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.names import first_names_lower
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    is_capitalized,
    lower_case_line,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers._context_words import KINSHIP
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers._gates import may_match
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import not_entities, word_class_forms

SCORE = 0.85
# The phrase right before the name; ``soft`` phrases also take ordinary words after them.
_BEFORE = re.compile(
    r"(?:\b(?P<by>(?:goes|go|going|went) by)"
    r"|\b(?:known|knew (?:her|him|them)|know (?:her|him|them)) as"
    r"|\b(?:går|gikk|gjekk|gå) under navnet"
    r"|\b(?P<soft>kjent som)"
    # session 28: what people say for someone, Norwegian ("men på jobb de sier bare danka",
    # "alle sa bare pk", "kollegaen min yuting, vi sier tingting, er …"): "bare"/"alltid" or
    # commas around the name make "sier" a naming verb; the name must end its clause
    r"|\b(?P<says>(?:de|vi|dei|dem|dæm|alle|folk) (?:sier|sa|seier|sei) (?:bare|alltid)"
    r"|(?:sier|sa|seier) (?:de|vi|dei|dem|dæm|alle|folk) (?:bare|alltid)"
    r"|(?<=, )(?:vi|de|dei|alle|folk) (?:sier|seier|kaller)"
    # session 44 (blind34 as development material: "ho heiter eigentleg X, men alle har
    # alltid sagt tosse"): the perfect, after the name a person really has
    r"|(?:de|vi|me|dei|dem|dæm|alle|folk) (?:har|hadde) (?:alltid |bare |berre )?"
    r"(?:sagt|kalt|kalla)"
    # session 44 (blind34 as development material: "ein gammal kar som alle kalla koffen"):
    # the name a relative clause gives
    r"|som (?:alle|vi|me|de|dei|folk) (?:bare |berre |alltid )?(?:kalla|kalte|kallar|kaller)"
    r"))\s+$",
    re.IGNORECASE,
)
# The naming clause right after the name.
_AFTER = re.compile(
    r",?\s+(?:(?:we|they|everyone|everybody|people) (?:all |just )?(?:called|call)"
    r" (?:her|him|them)\b"
    r"|that['’]s what (?:we|they|everyone|everybody|people) (?:all |just )?called"
    r" (?:her|him|them)\b"
    # session 45 (blind35 lower-cased: "dimples, that's all anyone ever called her")
    r"|that['’]s all (?:we|they|anyone|anybody|everyone|everybody|people) (?:ever |would )?"
    r"(?:called|call) (?:her|him|them)\b"
    # session 27: the name someone chose ("tiger, that's what he wanted calling", "that's
    # what she liked to be called", "that's what he goes by")
    r"|that['’]s what (?:he|she|they) (?:wanted|wants|liked|likes|preferred|prefers)"
    r" (?:calling|to be called|being called)\b"
    r"|that['’]s what (?:he|she|they) (?:goes|go|went) by\b"
    r"|det (?:var|er) det (?:han|ho|hun) (?:ville|vil) bli kalt\b"
    r"|det (?:var|er) det (?:vi|de|dei|alle) (?:bare )?(?:kalte|kalla|kaller)"
    r" (?:ho|han|henne|ham)\b"
    # session 44 (the lower-cased development sets: "nussen og pusle var kallenavnene til
    # tvillingene"): two nicknames said together, each before the plural
    r"|(?:og [^\W\d_]+ |and [^\W\d_]+ )?(?:var|va|er|e|were|was) "
    r"(?:kallenavnene|kallenavna|kallenamna|kallenamnene|oppnavnene|klengenavnene|"
    r"their nicknames|the nicknames)\b"
    # session 44 (the lower-cased development sets: "hu ugle, som vi kalte'a, hu var
    # nattevakt"): a relative clause that gives the name, the pronoun cliticised or not
    r"|som (?:vi|me|de|dei|alle|folk) (?:bare |berre |alltid )?(?:kalte|kalla|kaller|kallar)"
    r"(?:['’](?:a|n|en|na)| (?:ho|han|henne|ham|hu|hun))\b"
    # session 28: "lillebror nikolai, kolja sier vi, bor …": a short clause after the name
    r"|(?P<says>(?:sier|seier|kaller) (?:vi|de|dei|alle|folk))(?=\s*[,.;!?]|\s*$))",
    re.IGNORECASE,
)
# What "goes by" takes besides a name: means of transport.
_TRANSPORT = word_set("bus train car taxi cab boat bike foot plane ferry tube metro coach van")
# What may stand before the name at the start of a clause.
# Session 44: after a dialect pronoun too ("hu ugle, som vi kalte'a"); session 45 (blind35
# lower-cased): after a copula ("my best mate was dimples, that's all anyone called her").
_CLAUSE_START = re.compile(
    r"(?:^|[.!?,;:…]\s*|\b(?:and|og|but|men|hu|ho|han|hun|was|is|were|var|er)\s+)$",
    re.IGNORECASE,
)
_DEFINITE_ENDINGS = ("a", "en", "et", "na", "n")
# The end of the clause a said name closes ("de sier bare danka.", "… bare pk, og …").
# Session 45 (the lower-cased development sets): or whom it is said to ("alle sier bare mossa
# til henne").
_CLAUSE_END = re.compile(
    r"\s*(?:[,.;:!?…]|$|(?:og|men|eller|til (?:henne|han|ham|ho|hu|meg|oss|dei|dem))\b)",
    re.IGNORECASE,
)
_SCAN_BEFORE = 40
# Session 44: the name a person really has said first ("ho heiter eigentleg helgard …, men
# alle har alltid sagt tosse"): what everyone says instead is a nickname, whatever the word.
_REAL_NAME_BEFORE = re.compile(
    r"\b(?:heter|heiter|het|hette|heitte|heite)\s+(?:egentlig|eigentleg|eigentlig)\b"
    r"[^.!?]*\bmen\b",
    re.IGNORECASE,
)


class NamedAsRecognizer(AnonkitRecognizer):
    """A name after "goes by"/"known as"/"kjent som" or before "we called her" (module doc)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = not_entities("nb") | not_entities("en")
        self.lexicon = Lexicon(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        before, after = may_match(_BEFORE, text), may_match(_AFTER, text)
        if not before and not after:
            return
        tokens = tokenize(text)
        for i, tok in enumerate(tokens):
            if not self._nameable(text, tok):
                continue
            if before and i > 0:
                cue = _BEFORE.search(text, max(0, tok.start - _SCAN_BEFORE), tok.start)
                if cue is not None and cue.end() == tok.start and self._takes(text, tok, cue):
                    yield tok.start, tok.end, PERSON, SCORE
                    continue
            cue = _AFTER.match(text, tok.end) if after else None
            if (
                cue is not None
                and _CLAUSE_START.search(text, max(0, tok.start - 8), tok.start)
                and (not cue.group("says") or self._said_name(tok))
            ):
                yield tok.start, tok.end, PERSON, SCORE

    def _nameable(self, text: str, tok: Token) -> bool:
        low = tok.low
        if (
            len(low) < 2
            or not low.replace("-", "").isalpha()
            or low in FUNCTION_WORDS
            or low in KINSHIP
            or low in self.skip
            or is_filler(low)
            or low in word_class_forms(self.lang, "adv")
            or text.startswith(("'s", "’s"), tok.end)
        ):
            return False
        return is_capitalized(tok.text) or (tok.text.islower() and lower_case_line(text, tok.end))

    def _said_name(self, tok: Token) -> bool:
        """After or before "sier vi"/"sier bare": a capitalized word, a first name, a word
        no Norwegian word list has, or an everyday word in the definite form nicknames take
        ("kolja", "danka"); "sier bare takk", "sa bare hei" are what was said."""
        return (
            is_capitalized(tok.text)
            or tok.low in first_names_lower()
            or not self.lexicon.is_common(tok.low, compounds=False)
            or tok.low.endswith(_DEFINITE_ENDINGS)
        )

    def _takes(self, text: str, tok: Token, cue: re.Match[str]) -> bool:
        """The ordinary-word guards of the phrases that take ordinary words too."""
        low = tok.low
        if cue.group("by") and low in _TRANSPORT:
            return False
        if (
            not is_capitalized(tok.text)
            and len(low) > 3
            and low.endswith("s")
            and self.lexicon.is_common(low[:-1], compounds=False)
        ):
            return False  # "everybody went by nicknames": a plural
        if cue.group("says") and not (
            _CLAUSE_END.match(text, tok.end)
            and (self._said_name(tok) or _REAL_NAME_BEFORE.search(text, 0, cue.start()))
        ):
            return False
        if cue.group("soft") and not is_capitalized(tok.text):
            common = self.lexicon.is_common(low, compounds=False)
            if common and low not in first_names_lower():
                return self.lang == "nb" and low.endswith(_DEFINITE_ENDINGS)
        return True


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NamedAsRecognizer(lang)]
