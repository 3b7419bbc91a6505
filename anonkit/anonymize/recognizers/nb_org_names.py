"""Norwegian organisation names in church, association and unit shapes → ORGANIZATION (nb22).

Why: the blind sets named a participant's church, peer group and treatment unit in shapes
no pattern took (``Presten i Kristkirken``, ``Angstringen hadde en gruppe``, ``på Regional
seksjon spiseforstyrrelser``); they were flagged at best. Each shape:

1. **A church**: a capitalized compound on ``-kirken``/``-kirka``/``-kyrkja``/``-kapellet``/
   ``-menigheten`` mid-sentence (Bokmål writes nouns in lower case, so the capital names
   one church, even where Ordbank lists the compound: ``Kristkirken``); at a sentence start
   only a compound Ordbank does not list, or one before ``i``/``på`` + a capitalized place
   (``Markuskirken i Drammen``; ``Domkirken var stengt`` stays a word). In lower case after
   a preposition, a compound named after a person (a listed first name), Christ or a
   denomination (``i kristkirken``, ``på metodistkirka``; not ``i domkirken``, ``i kirka``).
2. **An association**: a compound on ``-ringen``/``-foreningen``/``-forbundet``/``-laget``
   that Ordbank does not list (``Angstringen``, ``fobiforeningen``), capitalized
   mid-sentence, or opening a sentence before a finite verb. ``-laget`` (``Sjakklaget``, a
   team of the village) counts only mid-sentence; listed words (``Foreningen``,
   ``fotballaget``) never, nor a verbal noun in ``-eringen`` (``Voksenåserklæringen``).
   With its field after ``for`` a listed ``-foreningen``/``-forbundet`` or the bare head
   names one too (``Landsforeningen for hjerte- og lungesyke``, ``Foreningen for kroniske
   smertepasienter``; not ``Grunnlaget for``), the field taken along.
3. **A unit**: a capitalized everyday word mid-sentence + a unit noun (``seksjon``,
   ``enhet``, ``tjeneste``, ``akutteam`` …) + its field (``Regional seksjon
   spiseforstyrrelser``, ``Nasjonal behandlingstjeneste for transpersoner``, ``Akutt
   psykiatrisk avdeling``, ``Barne- og ungdomspsykiatrisk poliklinikk``, ``Nasjonalt senter
   for erfaringskompetanse``): the capital on a Norwegian adjective is the name cue; at a
   sentence start nothing proves a name. In lower case only ``regional``/``nasjonal`` after
   a preposition (``på regional seksjon spiseforstyrrelser``; ``en regional avdeling`` has
   its article).

4. **An institution named after a place, in lower case**: ``på valdresklinikken``, ``til
   lillehammersykehuset`` — a compound on ``-klinikken``/``-sykehuset``/``-hospitalet``/
   ``-senteret``/``-hjemmet`` after a preposition whose first part is a listed place that is
   no everyday word (``på barneklinikken``, ``på bysykehuset`` stay words).

5. **A name hyphened to an organisation head** (nb23): ``Mekane Yesus-menigheten``,
   ``Tamil-foreningen``, ``Ranheim-klubben``, ``Al Noor-moskeen`` — the name part (up to
   three words before the hyphen) names the congregation, club or society; the span takes
   the head along (the whole hyphened word is one name; a span of the name part alone left
   ``menigheten`` to the flag layers as a stray word). On a line with capitals each word of
   the name is capitalised; in lower case the hyphened word is no everyday word
   (``ungdoms-klubben``, ``barne-klubben`` stay), and a word before it joins when no
   dictionary knows it either. Two letters are a kind, not a name (``MC-klubben``).

6. **A firm named after its owners** (session 43): ``Brødrene`` and a surname (``hos brødrene
   sunde``, ``Brødrene Dahl AS``), in any case; a relative's brothers have an owner, an
   adverb or a verb after them (``brødrene mine``, ``brødrene kom``).

Scores 0.75-0.8 (replaced).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.names import first_names_lower
from anonkit.anonymize.places import places_lower
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, Token, tokenize, word_set
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import common_words, word_class_forms

SCORE = 0.8
SCORE_UNIT = 0.75

_CHURCH_RE = re.compile(
    r"(?<![\w-])[A-ZÆØÅa-zæøå][a-zæøå]{2,}(?:kirken|kirka|kyrkja|kyrkje|kapellet|menigheten)"
    r"(?![\w-])"
)
_CHURCH_HEAD_RE = re.compile(r"(?:kirken|kirka|kyrkja|kyrkje|kapellet|menigheten)$")
# What names a church besides a person: Christ and the sacred, and the denominations (Christian
# faith communities outside the Church of Norway, SSB's "Trus- og livssynssamfunn" table).
_CHURCH_NAMERS = word_set(
    """
    krist kristus frelser frelsers treenighet treenighets hellig korsets sankt vårfrue
    misjon misjons fri pinse metodist baptist adventist katolske ortodokse
    betel filadelfia salem sion smyrna
    """
)
# 4. A lower-case compound on an institution head named after a place ("på
# valdresklinikken"): the head, and the compound after a preposition.
_PLACE_HOUSE_HINT = re.compile(r"(?:klinikk|sykehus|sjukehus|hospital|senter|sentret|hjem)")
_PLACE_HOUSE_RE = re.compile(
    r"(?<![\w-])(?:på|i|til|fra|ved|hos) (?P<name>(?P<stem>[a-zæøå]{4,}?)(?:klinikken|klinikk|"
    r"sykehuset|sykehus|sjukehuset|sjukehus|hospitalet|senteret|sentret|hjemmet|heimen))"
    r"(?![\w-])"
)
_PREPOSITION_BEFORE = re.compile(r"(?:^|\s)(?:i|på|fra|til|ved|hos|med|om) $")
_ASSOCIATION_RE = re.compile(
    r"(?<![\w-])[A-ZÆØÅa-zæøå][a-zæøå]{2,}(?P<head>ringen|foreningen|forbundet|laget|lauget)"
    r"(?![\w-])"
)
# 5. "<Name>-menigheten": a name hyphened to a definite organisation head.
_HYPHEN_HEAD_RE = re.compile(
    # session 38: an Arabic article or kin word stays on the name ("Al-Noor-moskeen")
    r"(?P<name>(?:(?:[Aa]l|[Ee]l|[Aa][dnrst]|[Uu][dl]|Abu|Ibn|Bin)-)?[^\W\d_][\w'’]*)-(?:menigheten|menighet|kirken|kirka|kyrkja|moskeen|moskéen|"
    r"templet|tempelet|klubben|foreningen|forbundet|laget|koret|korpset|senteret|sentret)"
    r"(?![\w-])"
)
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_][\w'’]*) $")
# "Foreningen for …", "Forbundet for …" with a capital: the head alone, named by its field.
_BARE_SOCIETY_RE = re.compile(r"(?<![\w-])(?:Foreningen|Forbundet)(?= for )")
_PLACE_AFTER_RE = re.compile(r" (?:i|på) [A-ZÆØÅ]")
# Finite verbs after an association opening a sentence ("Angstringen hadde en gruppe").
_ORG_VERBS = word_set(
    """
    hadde har holdt holder arrangerte arrangerer ga gir sendte sender hjalp hjelper tilbød
    tilbyr startet starta begynte inviterte organiserte driver drev fikk får ringte kom
    """
)
_UNIT_RE = re.compile(
    r"(?<=[\wæøå,] )(?P<first>[A-ZÆØÅ][a-zæøå]+(?:- og [a-zæøå]+)?) "
    # one more adjective ("Akutt psykiatrisk avdeling"), checked in code
    r"(?:(?P<middle>[a-zæøå]+) )?"
    r"(?P<unit>seksjon|enhet|avdeling|tjeneste|"
    r"[a-zæøå]+tjeneste|poliklinikk|[a-zæøå]+poliklinikk|akutteam|[a-zæøå]*team|"
    r"behandlingsenhet|kompetansesenter|senter)(?![\w-])"
)
# In lower case: after a preposition, "regional"/"nasjonal" + a unit noun names an official
# unit of the health service ("på regional seksjon spiseforstyrrelser", "til nasjonalt
# kompetansesenter for …"); "en regional avdeling" has its article.
_UNIT_LOWER_HINT = re.compile(r"(?:regional|nasjonal)t? ")
_UNIT_LOWER_RE = re.compile(
    r"(?<![\w-])(?:på|i|til|fra|ved|hos) (?P<first>(?:regional|nasjonal)t?) (?P<unit>seksjon|enhet|"
    r"avdeling|tjeneste|[a-zæøå]+tjeneste|poliklinikk|[a-zæøå]*senter|[a-zæøå]+avdeling|"
    r"behandlingsenhet)(?![\w-])"
)
# The unit's field: up to two lower-case words ("spiseforstyrrelser", "for transpersoner");
# a closed-class word ends it ("… i et år").
_FIELD_RE = re.compile(r"(?: [a-zæøå]+){1,3}")


# An association's field after "for": "for hjerte- og lungesyke", "for kroniske
# smertepasienter"; a closed-class word ends it.
_FOR_FIELD_RE = re.compile(r" for ((?:[a-zæøå]{2,}- og )?[a-zæøå]{3,}(?: (?:og )?[a-zæøå]{3,})?)")


def _field_end(text: str, end: int) -> int:
    """The end of "for" + the field after an association name ending at ``end``, or ``end``:
    a coordinated head ("hjerte- og lungesyke") or one or two words, none a closed-class word
    or, after the first, a verb ("… for hjerte- og lungesyke hjalp oss")."""
    m = _FOR_FIELD_RE.match(text, end)
    if m is None:
        return end
    words = m.group(1).split(" ")
    if words[0].endswith("-"):
        words = words[:3]  # "hjerte- og lungesyke"
        if words[2] in FUNCTION_WORDS:
            return end
        return m.start(1) + len(" ".join(words))
    kept: list[str] = []
    for word in words:
        if word in FUNCTION_WORDS or (kept and word in word_class_forms("nb", "verb")):
            break
        kept.append(word)
    return m.start(1) + len(" ".join(kept)) if kept else end


# 6. A firm named after its owners: "Brødrene" and a surname (session 43).
_BROTHERS_RE = re.compile(
    r"(?<![\w'’-])(?:[Bb]rødrene|[Bb]rødr\.)\s+(?P<name>[A-ZÆØÅa-zæøå][\wæøå-]+)"
    r"(?:\s+(?:as|AS|ans|ANS))?"
)
_BROTHERS_NOT = word_set(
    "mine mina hans hennes våre deres dine sine min mi vår også var er kom sa har hadde "
    "og i på til fra med som"
)


class NbOrgNameRecognizer(AnonkitRecognizer):
    """Norwegian churches, associations and units (module docstring)."""

    ENTITIES = (ORGANIZATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.common = common_words("nb")
        self.first = first_names_lower()
        self.lexicon = Lexicon(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "nb":
            return
        low = text.lower()
        if any(h in low for h in ("kirk", "kyrkj", "kapellet", "menigheten")):
            yield from self._churches(text)
        if any(h in low for h in ("ringen", "foreningen", "forbundet", "laget", "lauget")):
            yield from self._associations(text)
        if _UNIT_RE.search(text) is not None or _UNIT_LOWER_HINT.search(text) is not None:
            yield from self._units(text)
        if _PLACE_HOUSE_HINT.search(low) is not None:
            yield from self._place_houses(text)
        if "-" in text:
            yield from self._hyphen_heads(text)
        if "brødrene " in low or "brødr. " in low:
            yield from self._brothers(text)

    def _brothers(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        """6. (session 43) "hos brødrene sunde": a firm named "the brothers" and a surname
        (Brødrene Dahl, Brødrene Sunde) — a relative's brothers have an owner ("brødrene
        mine", "brødrene hans") or a verb after them, never a surname-like word."""
        for m in _BROTHERS_RE.finditer(text):
            word = m.group("name").lower()
            if (
                word in FUNCTION_WORDS
                or word in _BROTHERS_NOT
                or word in word_class_forms("nb", "verb")
            ):
                continue
            yield m.start(), m.end(), ORGANIZATION, SCORE

    def _hyphen_heads(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        """5. "Mekane Yesus-menigheten": a name part hyphened to a head, with the head."""
        starts = self._starts(text)
        for m in _HYPHEN_HEAD_RE.finditer(text):
            name = m.group("name")
            if len(name) <= 2:
                continue  # a kind said by its letters, not a name: "MC-klubben", "AA-laget"
            head = m.group(0)[len(name) + 1 :]
            if not self._name_part(name, starts.get(m.start("name"))) or (
                name.islower() and self.lexicon.is_common(name.lower() + head)
            ):
                continue  # "ungdoms-klubben": an everyday compound written with a hyphen
            start = m.start("name")
            for _ in range(2):  # up to two more words of the name ("Mekane Yesus")
                before = _NAME_WORD_BEFORE.search(text, max(0, start - 30), start)
                if before is None or not self._name_part(
                    before.group(1), starts.get(before.start(1))
                ):
                    break
                start = before.start(1)
            yield start, m.end(), ORGANIZATION, SCORE

    def _name_part(self, word: str, tok: Token | None) -> bool:
        """A word of a hyphened organisation's name: capitalised and no closed-class word
        (not opening the sentence), or in lower case no everyday word at all."""
        low = word.lower()
        if len(low) < 2 or low in FUNCTION_WORDS or tok is None:
            return False
        if word[:1].isupper():
            return not (tok.sent_start and low in self.common)
        return low not in self.common and low.isalpha()

    def _starts(self, text: str) -> dict[int, Token]:
        return {t.start: t for t in tokenize(text)}

    def _churches(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        starts = self._starts(text)
        for m in _CHURCH_RE.finditer(text):
            tok = starts.get(m.start())
            word = m.group(0)
            if tok is None:
                continue
            if not word[:1].isupper():
                if self._named_church(word) and _PREPOSITION_BEFORE.search(text, 0, m.start()):
                    yield m.start(), m.end(), ORGANIZATION, SCORE
                continue
            if (
                tok.sent_start
                and word.lower() in self.common
                and not _PLACE_AFTER_RE.match(text, m.end())
            ):
                continue  # "Domkirken var stengt": the word
            yield m.start(), m.end(), ORGANIZATION, SCORE

    def _place_houses(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        """ "på valdresklinikken", "til lillehammersykehuset": a lower-case compound on an
        institution head after a preposition, named after a listed place (4. in the module
        docstring)."""
        for m in _PLACE_HOUSE_RE.finditer(text):
            stem = m.group("stem")
            for cand in (stem, stem[:-1] if stem.endswith(("s", "e")) else stem):
                if len(cand) > 3 and cand not in self.common and cand in places_lower():
                    yield m.start("name"), m.end("name"), ORGANIZATION, SCORE
                    break

    def _named_church(self, word: str) -> bool:
        """A lower-case church compound named after a saint or person, Christ, or a
        denomination ("johanneskirka", "kristkirken", "metodistkirken"); not a kind of
        church ("domkirken", "steinkirka", "kirka")."""
        stem = _CHURCH_HEAD_RE.sub("", word)
        bare = stem[:-1] if stem.endswith("s") else stem
        return (
            stem in _CHURCH_NAMERS
            or bare in _CHURCH_NAMERS
            or any(
                len(part) > 2 and part in self.first and part not in self.common
                for part in (stem, bare)
            )  # "johannes", "olav"; not "dom", "stein" (words as well as names)
        )

    def _associations(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        starts = self._starts(text)
        tokens = tokenize(text)
        index = {t.start: k for k, t in enumerate(tokens)}
        for m in _ASSOCIATION_RE.finditer(text):
            tok = starts.get(m.start())
            word = m.group(0)
            if tok is None or word.lower().endswith(("eringen", "æringen")):
                continue  # a verbal noun ("Voksenåserklæringen", "Samarbeidsregjeringen")
            listed = word.lower() in self.common
            end = _field_end(text, m.end())
            # a listed word names one association only by its capital mid-sentence or by its
            # field ("i Foreningen for kroniske smertepasienter", "Landsforeningen for …"):
            # "-foreningen"/"-forbundet" only ("Grunnlaget for", "Utfordringen for")
            society = m.group("head") in ("foreningen", "forbundet")
            if (
                word[:1].isupper()
                and (not listed or society)
                and (not tok.sent_start or end > m.end())
            ):
                yield m.start(), end, ORGANIZATION, SCORE
                continue
            if listed or not tok.sent_start or m.group("head") in ("laget", "lauget"):
                continue  # "Sjakklaget hadde møte": a village's team, said as a word
            k = index[m.start()]
            nxt = tokens[k + 1].low if k + 1 < len(tokens) else ""
            if nxt in _ORG_VERBS and text[m.end() : m.end() + 1] == " ":
                yield m.start(), m.end(), ORGANIZATION, SCORE
        for m in _BARE_SOCIETY_RE.finditer(text):
            end = _field_end(text, m.end())
            if end > m.end():  # "Foreningen for kroniske smertepasienter"
                yield m.start(), end, ORGANIZATION, SCORE

    def _units(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        for m in _UNIT_RE.finditer(text):
            first = m.group("first").split("-")[0].lower()
            if first in FUNCTION_WORDS:
                continue
            middle = m.group("middle")
            if middle is not None and (
                middle in FUNCTION_WORDS
                or first not in self.common  # "på Hamar sin avdeling": names are not units
                or middle not in self.common
            ):
                continue
            yield m.start("first"), _unit_end(text, m.end()), ORGANIZATION, SCORE_UNIT
        for m in _UNIT_LOWER_RE.finditer(text):
            yield m.start("first"), _unit_end(text, m.end()), ORGANIZATION, SCORE_UNIT


@cache
def _verbs_and_adverbs() -> frozenset[str]:
    return word_class_forms("nb", "verb") | word_class_forms("nb", "adv")


def _unit_end(text: str, end: int) -> int:
    """``end`` moved over the unit's field: "for" + up to two words, or up to two words, none
    a closed-class word, verb or adverb ("… spiseforstyrrelser i nesten et år")."""
    field = _FIELD_RE.match(text, end)
    words = field.group(0).split() if field is not None else []
    stops = _verbs_and_adverbs()
    kept: list[str] = []
    for k, w in enumerate(words):
        if (w == "for" and k == 0) or (w not in FUNCTION_WORDS and len(w) > 3 and w not in stops):
            kept.append(w)
            continue
        break
    while kept and kept[-1] == "for":
        kept.pop()
    kept = kept[:3] if kept[:1] == ["for"] else kept[:2]
    return end + len(" " + " ".join(kept)) if kept else end


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NbOrgNameRecognizer(lang)] if lang == "nb" else []  # Norwegian only
