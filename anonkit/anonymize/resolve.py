"""Conflict resolution: Presidio's overlapping candidates → one consistent list of spans.

The detector (``detector.py``) runs every layer through one Presidio analyzer; Presidio returns
overlapping, unranked candidates; :func:`resolve` turns them into one consistent list:

1. Per-layer thresholds. A candidate below its layer's *replace* threshold but above its
   *flag* threshold is kept as a flag of its type (recall first: a doubtful name is shown to
   the steward instead of being dropped). Spans never cross a line break; name spans grow
   to whole words ("Irenes", not "Irene" + "s").
2. Distractors (``wordlists.not_entities``: Freud, NAV, mandag …) are dropped unless the
   project dictionary or a validated pattern found them.
3. Structured types win over names where they overlap, in the order EMAIL > URL >
   NATIONAL_ID > IBAN > BANK_ACCOUNT > PHONE > ADDRESS > DATE (the same digits are an ID
   before they are an account before they are a phone number); then longer, then higher score.
   A name partly covered by a structured span keeps its uncovered part.
4. Names (PERSON, LOCATION, ORGANIZATION) that overlap each other merge into their union
   (full name beats first name; "Irene" + "Irene Johansen" = one span). The merged span
   takes the type of the dictionary hit if any, else of the longest candidates, trusting
   dictionary > gazetteer > pattern > NER on ties.
5. A sentence-initial ordinary word that only NER calls a name becomes a flag, and so does a
   service of ordinary words with a generic head ("Universal Credit", "the Crisis Team").
   Before that, a name candidate is dropped when it is a non-entity, part of a multi-word
   non-entity, an eponymous diagnosis ("had Huntington's") or a brand said as a product
   ("a used Ford"). A flagged lower-case word becomes a replaced name only when the name
   replaced elsewhere in the text is lower-case too (not "Dr. Bell … the bell").
6. Company forms and institution words join the name ("Havbris AS", "Fjellsiden skole",
   "Universitetet i Bergen").
7. Flags survive only where nothing is replaced (a flag a replacement covers in part keeps
   its other words).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from functools import cache

from presidio_analyzer import RecognizerResult

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.dictionary import RECOGNIZER_NAME as DICTIONARY_SOURCE
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.person_spans import (
    coordinated_with_person,
    ner_no_name,
    subject_of_person_verb,
    surname_after,
)
from anonkit.anonymize.recognizers.names_in_context import titled_eponym
from anonkit.anonymize.wordlists import medicine_words

NER_SOURCE = "spacy-ner"
NAME_TYPES = frozenset({et.PERSON, et.LOCATION, et.ORGANIZATION})
# Overlap precedence of structured types (index 0 wins).
STRUCTURED_ORDER: tuple[str, ...] = (
    et.EMAIL, et.URL, et.NATIONAL_ID, et.IBAN, et.BANK_ACCOUNT, et.PHONE, et.LICENSE_PLATE,
    et.ADDRESS, et.DATE,
)  # fmt: skip
VALIDATED_TYPES = frozenset({et.EMAIL, et.URL, et.NATIONAL_ID, et.IBAN, et.BANK_ACCOUNT, et.PHONE})
_NAME_TYPE_RANK = {et.PERSON: 0, et.ORGANIZATION: 1, et.LOCATION: 2}
# Whose *type* to believe when candidates of equal length disagree: curated name lists
# know that "Irene" is a person better than a small NER model does.
_LAYER_TRUST = {"dictionary": 3, "gazetteer": 2, "pattern": 1, "ner": 0}


@dataclass(frozen=True)
class Thresholds:
    """Score needed to replace / to flag, per layer."""

    replace: float
    flag: float


DEFAULT_THRESHOLDS: dict[str, Thresholds] = {
    "dictionary": Thresholds(0.5, 0.3),
    "ner": Thresholds(0.5, 0.2),
    "gazetteer": Thresholds(0.5, 0.3),
    "pattern": Thresholds(0.4, 0.2),
    "flag": Thresholds(2.0, 0.0),  # flag recognizers never replace
}


# Context layers whose *flags* survive on a non-entity word: the sentence says the word is
# used as a name there ("We lived in March, near Peterborough"; detect4).
CONTEXT_FLAG_SOURCES = frozenset({"PlaceInContextRecognizer"})
# Context recognizers whose *replace* spans survive on a non-entity word: "worked at Asda"
# names an employer, "a Greggs sausage roll" a brand (recall2, recognizers/employers.py).
# names branch: "Det var Juni som hadde nattevakt" — a month in a person's cleft
# (recognizers/person_cues.py, which never proposes another non-entity).
CONTEXT_REPLACE_SOURCES = frozenset({"EmployerGazetteerRecognizer", "PersonCueRecognizer"})


def layer_of(source: str, entity_type: str) -> str:
    """Which layer a recognizer belongs to, from its name (and the flag types)."""
    if entity_type in et.FLAG_TYPES:
        return "flag"
    if source == DICTIONARY_SOURCE:
        return "dictionary"
    if source == NER_SOURCE or "spacy" in source.lower():
        return "ner"
    if "gazetteer" in source.lower():
        return "gazetteer"
    return "pattern"


@dataclass(frozen=True)
class _Cand:
    start: int
    end: int
    type: str
    score: float
    source: str
    layer: str
    action: str

    @property
    def length(self) -> int:
        return self.end - self.start


def _overlap(a: _Cand, b: _Cand | tuple[int, int]) -> bool:
    s, e = (b.start, b.end) if isinstance(b, _Cand) else b
    return a.start < e and s < a.end


def _trim_punct(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip whitespace and edge punctuation a merged or cut span picked up."""
    while start < end and (text[start].isspace() or text[start] in ',.;:!?()"«»-'):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ',.;:!?()"«»-'):
        end -= 1
    return start, end


def _line_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span at line breaks (NER sometimes runs over a speaker turn or a paragraph
    end) and trim each piece; pieces without a letter or digit are dropped."""
    pieces = []
    pos = start
    for line in text[start:end].split("\n"):
        s, e = _trim_punct(text, pos, pos + len(line))
        if e > s and re.search(r"\w", text[s:e]):
            pieces.append((s, e))
        pos += len(line) + 1
    return pieces


def _to_word_edges(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a name span to whole words: "Irene" inside "Irenes" becomes "Irenes", so the
    genitive is rendered from the pseudonym ("Agnes'") instead of leaving "Agness"."""
    while start > 0 and text[start - 1].isalnum():
        start -= 1
    while end < len(text) and text[end].isalnum():
        end += 1
    return start, end


_SENTENCE_END = re.compile(r"(?:^|[.!?:;\n…]|[.!?]['\"»”])[\s\"'«“(\-–—]*$")
# Institution words that follow a name ("Fjellsiden skole") or join two ("Universitetet i
# Bergen"): the whole phrase names one organisation, and "skole"/"i" must not be left behind
# next to a pseudonym that gives the name away.
_INSTITUTION_TAIL = re.compile(
    r"\s+(?:skole|skule|barneskole|ungdomsskole|videregående(?: skole)?|barnehage|sykehus|"
    r"sjukehus|sykehjem|omsorgssenter|legesenter|legekontor|helsesenter|helsestasjon|DPS|"
    r"kirke|menighet|universitet|høgskole|school|primary school|high school|hospital|clinic|"
    r"medical cent(?:er|re)|nursing home|kindergarten|church|university|college)(?!\w)",
    re.IGNORECASE,
)
_INSTITUTION_HEAD = re.compile(
    r"(?:Universitetet|Høgskolen|Høyskolen|Sykehuset|Sjukehuset|Kommunen|Fylkeskommunen|"
    r"University|College|Hospital|Bank)$"
)
_JOINER = re.compile(r"\s+(?:i|på|of|in|at)\s+")
_COMPANY = re.compile(r"\s+(?:AS|ASA|SA|BA|ANS|DA|NUF|Ltd|Ltd\.|Inc|Inc\.|LLC|plc|GmbH|AB)(?!\w)")


def _sentence_initial(text: str, start: int) -> bool:
    """Nothing but punctuation/space between the previous sentence end and ``start``."""
    return _SENTENCE_END.search(text[max(0, start - 40) : start]) is not None or start == 0


def _company_suffix(text: str, end: int) -> int:
    """Extend a name over a following company form or institution word ("Havbris" + " AS",
    "Fjellsiden" + " skole")."""
    m = _COMPANY.match(text, end) or _INSTITUTION_TAIL.match(text, end)
    return m.end() if m else end


def _join_institutions(text: str, names: list[_Cand]) -> list[_Cand]:
    """Merge "Universitetet" + " i " + "Bergen" into one ORGANIZATION span."""
    out: list[_Cand] = []
    for c in sorted(names, key=lambda c: c.start):
        if out:
            prev = out[-1]
            joiner = _JOINER.fullmatch(text, prev.end, c.start)
            if joiner and _INSTITUTION_HEAD.search(text[prev.start : prev.end]):
                sources = "+".join(sorted({prev.source, c.source}))
                score = max(prev.score, c.score)
                out[-1] = _Cand(
                    prev.start, c.end, et.ORGANIZATION, score, sources, prev.layer, REPLACE
                )
                continue
        out.append(c)
    return out


# Words that stand before a name but are not part of it: pronouns (dialect "han Bjørn",
# "ho Liv"), kinship words and titles ("mamma Randi", "Auntie Joy", "Nurse Sandy"). NER often
# swallows them into the PERSON span; then the pronoun disappears from the transcript, the
# pseudonym loses its gender cue, and a later sentence-initial "Han" matches the key.
PERSON_CUE_WORDS = frozenset(
    """
    han ho hun hu he she him her mamma pappa mor far mora moren faren tante onkel bestemor
    bestefar mormor morfar farmor farfar oldemor oldefar svigermor svigerfar kusine fetter
    søster bror storebror lillebror storesøster lillesøster mum mom mam mammy mummy dad daddy
    auntie aunty aunt uncle nan nana nanna gran granny grandma grandad granddad grandpa
    grandmother grandfather our my cousin stepdad stepmum mr mrs ms miss dr doctor nurse prof
    professor fru herr frøken doktor sykepleier
    """.split()  # noqa: SIM905
)


def _strip_person_cues(text: str, start: int, end: int) -> int:
    """Move ``start`` past leading pronoun/kinship/title words of a PERSON span."""
    while True:
        m = re.match(r"([\w]+)\.?\s+(?=\w)", text[start:end])
        if m is None or m.group(1).lower() not in PERSON_CUE_WORDS:
            return start
        start += m.end()


# Norwegian definite endings a medicine or diagnosis may carry ("Zyprexaen", "Truxalen").
_DEFINITE = re.compile(r"(?:en|et|n|a|ene)$")


def _is_distractor(span: str, not_entities: frozenset[str], name: bool = False) -> bool:
    low = span.lower()
    base = re.sub(r"(['’]s|['’]|s)$", "", low)
    # "NAVs", "Freuds": a genitive of a non-entity; but not "Aas" -> "aa" (a surname is no
    # plural of a two-letter acronym), nor "Lars" -> "LAR" (a listed first name or surname
    # is itself, not the genitive of an acronym; detect4: "Lars" was silently kept).
    if low in not_entities:
        return True
    if (
        len(base) >= 3
        and base in not_entities
        and (low not in _person_words() or span[: len(base)].isupper())
    ):
        return True
    m = _DEFINITE.search(low)
    if m is not None and m.start() >= 3 and low[: m.start()] in medicine_words():
        return True
    # A name span of several words whose capitalized ones are all non-entities: "Vival og
    # Sobril", "Nissan Micra", NER's "Vival en periode" (recall2). One name among them keeps
    # the span; dates ("12 March 1984") are not name spans.
    words = span.split()
    caps = [w for w in words if w[:1].isupper()]
    return (
        name
        and len(words) > 1
        and bool(caps)
        and all(_is_distractor(w.strip(".,;:!?"), not_entities) for w in caps)
    )


@cache
def _phrase_regex(not_entities: frozenset[str]) -> re.Pattern[str] | None:
    """One regex of the multi-word non-entities ("christmas eve", "toyota yaris")."""
    phrases = sorted((p for p in not_entities if " " in p), key=len, reverse=True)
    if not phrases:
        return None
    alts = "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(r"(?<!\w)(?:" + alts + r")(?!\w)", re.IGNORECASE)


def _inside_non_entity_phrase(
    text: str, start: int, end: int, not_entities: frozenset[str]
) -> bool:
    """The span is part of a multi-word non-entity said around it: "Eve" of "Christmas Eve",
    "Toyota" of "Toyota Yaris" (recall2). Looked up only a few words either side."""
    regex = _phrase_regex(not_entities)
    if regex is None:
        return False
    lo, hi = max(0, start - 30), min(len(text), end + 30)
    return any(m.start() + lo <= start and end <= m.end() + lo for m in regex.finditer(text[lo:hi]))


# The last word of a generic service, team or benefit (prec2): with only ordinary words
# before it ("Crisis Team", "Universal Credit"), NER's organisation is no one's name. Names
# like "Turning Point" or "Hope Centre" end otherwise and stay organisations.
GENERIC_SERVICE_HEADS = frozenset({
    "team", "teams", "service", "services", "credit", "benefit", "benefits", "allowance",
    "payment", "league", "teamet", "tjeneste", "tjenesten", "tenesta",
})  # fmt: skip
_ARTICLE = re.compile(r"^(?:the|a|an|det|den)\s+", re.IGNORECASE)


def _generic_service(span: str, ordinary_word: Callable[[str], bool]) -> bool:
    """``span`` is "(the) Ordinary … Head" with a generic service head (see above)."""
    words = _ARTICLE.sub("", span).split()
    return (
        len(words) >= 2
        and words[-1].lower() in GENERIC_SERVICE_HEADS
        and all(ordinary_word(w) for w in words)
    )


# "Huntington's" of "had Huntington's (disease)": an eponymous diagnosis, not a person
# (prec2). Only when the genitive form is on the diagnosis list and a diagnosis word follows
# or a verb of having precedes it.
_EPONYM_AFTER = re.compile(r"['’]s?\s+(?:disease|syndrome|palsy|chorea|sykdom|syndrom)\b", re.I)
_EPONYM_BEFORE = re.compile(r"\b(?:had|has|have|having|got|with|of|hadde|har|med)\s+$", re.I)
_GENITIVE = re.compile(r"['’]s?(?!\w)")


def _eponym(text: str, start: int, end: int) -> bool:
    m = _GENITIVE.match(text, end)
    if m is None:
        return False
    word = text[start:end].lower()
    if word + "'s" not in medicine_words() and word + "s" not in medicine_words():
        return False
    before = text[max(0, start - 20) : start]
    return bool(_EPONYM_AFTER.match(text, end) or _EPONYM_BEFORE.search(before))


@cache
def _brands() -> frozenset[str]:
    """Lower-cased brand names (``organizations.tsv``, kind ``brand``)."""
    from anonkit.anonymize.places import organizations

    return frozenset(i.name.lower() for i in organizations() if i.kind == "brand")


# "a (used, rusty old) Ford", "en brukt Toyota": an indefinite article, up to two describing
# words, then a brand: a product someone owns, not an employer or a person (prec2).
_PRODUCT_BEFORE = re.compile(r"(?<!\w)(?:a|an|en|ei|et)\s+((?:[\w-]+\s+){0,2})$", re.IGNORECASE)
_NOT_DESCRIBING = frozenset({
    "at", "for", "with", "from", "in", "on", "to", "of", "job", "på", "hos", "i", "fra", "til",
    "med", "jobb",
})  # fmt: skip


def _brand_product(text: str, start: int, end: int) -> bool:
    if text[start:end].lower() not in _brands():
        return False
    m = _PRODUCT_BEFORE.search(text[max(0, start - 40) : start])
    return m is not None and not any(w.lower() in _NOT_DESCRIBING for w in m.group(1).split())


def _uncovered_words(text: str, cand: _Cand, accepted: Sequence[_Cand]) -> list[_Cand]:
    """``cand`` itself when no accepted span overlaps it, else its parts outside them that
    still hold a word other than a joining word, as candidates of the same kind."""
    covers = [(a.start, a.end) for a in accepted if _overlap(cand, a)]
    if not covers:
        return [cand]
    return [
        replace(cand, start=s, end=e)
        for s, e in uncovered_pieces(text, (cand.start, cand.end), covers)
        if any(w.lower() not in _JOINING_WORDS for w in _WORD.findall(text, s, e))
    ]


# Words left of a flag that a replacement covered in part that show nothing alone.
_JOINING_WORDS = frozenset({"and", "og", "of", "i", "the", "a", "på", "for", "in", "at", "av"})
_WORD = re.compile(r"\w+(?:[-'’]\w+)*")


def uncovered_pieces(
    text: str, span: tuple[int, int], covers: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The parts of ``span`` outside ``covers`` that hold a word, trimmed to their first and
    last word and at least two characters long (what is left of a name or a flag)."""
    out = []
    for start, end in subtract_spans(span, covers):
        words = list(_WORD.finditer(text, start, end))
        if words and words[-1].end() - words[0].start() >= 2:
            out.append((words[0].start(), words[-1].end()))
    return out


def subtract_spans(
    span: tuple[int, int], covers: Iterable[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The parts of ``span`` not covered by any of ``covers``."""
    pieces = [span]
    for cs, ce in covers:
        nxt = []
        for s, e in pieces:
            if e <= cs or ce <= s:
                nxt.append((s, e))
                continue
            if s < cs:
                nxt.append((s, cs))
            if ce < e:
                nxt.append((ce, e))
        pieces = nxt
    return pieces


def resolve(
    text: str,
    results: Iterable[RecognizerResult],
    lang: str,
    thresholds: dict[str, Thresholds] | None = None,
    not_entities: frozenset[str] = frozenset(),
    ordinary_word: Callable[[str], bool] | None = None,
) -> list[DetectedEntity]:
    """Turn raw overlapping recognizer results into the final entity list (module docstring)."""
    th = thresholds or DEFAULT_THRESHOLDS
    cands: list[_Cand] = []
    for r in results:
        meta = r.recognition_metadata or {}
        source = str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, "") or "")
        layer = layer_of(source, r.entity_type)
        t = th.get(layer, DEFAULT_THRESHOLDS["pattern"])
        if r.entity_type in et.FLAG_TYPES or r.score < t.replace:
            if r.score < t.flag:
                continue
            action = FLAG
        else:
            action = REPLACE
        for start, end in _line_pieces(text, r.start, r.end):
            if r.entity_type in NAME_TYPES:
                start, end = _to_word_edges(text, start, end)
            if r.entity_type == et.PERSON:
                start = _strip_person_cues(text, start, end)
                if text[start:end].lower() in PERSON_CUE_WORDS:
                    continue  # a pronoun or kinship word alone ("Han" of "Han Bjørn") is no name
            if (
                layer != "dictionary"
                and r.entity_type not in VALIDATED_TYPES
                and not (action == FLAG and source in CONTEXT_FLAG_SOURCES)
                and source not in CONTEXT_REPLACE_SOURCES
                and not (r.entity_type == et.PERSON and titled_eponym(text, start, end))
                and (
                    _is_distractor(text[start:end], not_entities, r.entity_type in NAME_TYPES)
                    or (
                        r.entity_type in NAME_TYPES
                        and (
                            _inside_non_entity_phrase(text, start, end, not_entities)
                            or _eponym(text, start, end)
                            or _brand_product(text, start, end)
                        )
                    )
                )
            ):
                continue
            cands.append(_Cand(start, end, r.entity_type, float(r.score), source, layer, action))

    replace_c = [c for c in cands if c.action == REPLACE]
    accepted: list[_Cand] = []

    # Structured types first, by precedence, then longer, then score.
    structured = sorted(
        (c for c in replace_c if c.type not in NAME_TYPES),
        key=lambda c: (STRUCTURED_ORDER.index(c.type) if c.type in STRUCTURED_ORDER else 99,
                       -c.length, -c.score),
    )  # fmt: skip
    for c in structured:
        if not any(_overlap(c, a) for a in accepted):
            accepted.append(c)

    # Names: cut away parts covered by structured spans, then merge overlaps.
    names: list[_Cand] = []
    covered = [(a.start, a.end) for a in accepted]
    for c in (c for c in replace_c if c.type in NAME_TYPES):
        for s, e in subtract_spans((c.start, c.end), covered):
            s, e = _trim_punct(text, s, e)
            if e > s and re.search(r"\w", text[s:e]):
                names.append(replace(c, start=s, end=e))
    names.sort(key=lambda c: (c.start, -c.end))
    groups: list[list[_Cand]] = []
    for c in names:
        if groups and c.start < max(g.end for g in groups[-1]):
            groups[-1].append(c)
        else:
            groups.append([c])
    demoted: list[_Cand] = []
    for g in groups:
        start, end = min(c.start for c in g), max(c.end for c in g)
        if (
            all(c.layer == "ner" and c.type == et.PERSON for c in g)
            and ner_no_name(text[start:end])
        ):
            continue  # "han sa bare Fordi.", "Æ jobba …": no one (person_spans.py)
        if (
            ordinary_word is not None
            and all(c.layer == "ner" for c in g)
            and _sentence_initial(text, start)
            and ordinary_word(text[start:end])
            and not coordinated_with_person(text, end, names)  # "Tobben og Bettan va der"
            and not (lang == "en" and subject_of_person_verb(text, end, g, start))  # "Geth drove"
        ):
            # NER alone calls a sentence-initial ordinary word ("Hvordan", "Deltaker:") a
            # name, where its capital letter proves nothing: show it, don't replace it.
            # Mid-sentence, a capitalized ordinary word is kept: Norwegian places are often
            # ordinary words ("Fløyen", "Dal").
            demoted.append(replace(g[0], start=start, end=end, action=FLAG))
            continue
        if (
            ordinary_word is not None
            and all(c.layer == "ner" for c in g)
            and _generic_service(text[start:end], ordinary_word)
        ):
            # NER alone calls a service or benefit made of ordinary words an organisation
            # ("the Crisis Team", "Universal Credit", "Home Treatment Team"): such a name
            # identifies no one, and replacing it damages the transcript. Flag it (prec2).
            demoted.append(replace(g[0], start=start, end=end, type=et.ORGANIZATION, action=FLAG))
            continue
        end = _company_suffix(text, end)
        if end > max(c.end for c in g):
            g = [replace(c, type=et.ORGANIZATION) for c in g]
        dict_hits = [c for c in g if c.layer == "dictionary"]
        longest = max(c.length for c in g)
        pool = dict_hits or [c for c in g if c.length == longest]
        best = max(pool, key=lambda c: (_LAYER_TRUST.get(c.layer, 0), c.score,
                                        -_NAME_TYPE_RANK[c.type]))  # fmt: skip
        sources = "+".join(sorted({c.source for c in g}))
        accepted.append(
            _Cand(start, end, best.type, max(c.score for c in g), sources, best.layer, REPLACE)
        )

    names_done = [c for c in accepted if c.type in NAME_TYPES]
    accepted = [c for c in accepted if c.type not in NAME_TYPES] + _join_institutions(
        text, names_done
    )

    # A flagged capitalized word right after a replaced person is the surname ("Brage
    # Fjære"; person_spans.py).
    flag_c = [c for c in cands if c.action == FLAG] + demoted
    for i, a in enumerate(accepted):
        for f in sorted(flag_c, key=lambda c: c.start):
            if surname_after(text, a, f) and " " not in text[f.start : f.end]:
                a = accepted[i] = replace(a, end=f.end, source=f"{a.source}+{f.source}")

    # Flags: only where nothing is replaced; longest first among overlapping flags. A flag
    # that a replacement covers in part keeps its words outside the replacement ("Crown and
    # Anchor" flagged, "Crown" replaced: "and Anchor" stays shown, never silently kept).
    flags: list[_Cand] = []
    for c in sorted(flag_c, key=lambda c: (-c.length, -c.score)):
        for piece in _uncovered_words(text, c, accepted):
            if not any(_overlap(piece, f) for f in flags):
                flags.append(piece)

    out = [
        DetectedEntity(
            c.start, c.end, c.type, c.action, round(c.score, 4), text[c.start : c.end], c.source
        )  # type: ignore[arg-type]
        for c in accepted + flags
    ]
    return sorted(out, key=lambda d: (d.start, d.end))


@cache
def _person_words() -> frozenset[str]:
    """Lower-cased first names and surnames of every list."""
    from anonkit.anonymize.names import all_first_names, all_surnames

    return frozenset(w.lower() for w in set(all_first_names()) | set(all_surnames()))


@cache
def name_words(lang: str) -> frozenset[str]:
    """Lower-cased first names, surnames and places (both languages: names travel)."""
    from anonkit.anonymize.names import all_first_names, all_surnames
    from anonkit.anonymize.places import places, world_places

    words = set(all_first_names()) | set(all_surnames()) | places() | world_places()
    return frozenset(w.lower() for w in words)
