"""Restore capitals in all-lower-case transcript lines before detection (issue 10, item 1).

Why: some ASR output (and some transcribers) writes whole lines in lower case. Every name
layer keys on capitals — spaCy NER, the gazetteers, the flags — so on ``tante ragnhild i
brumunddal`` the detector found nothing at all. Rather than teach each layer a second,
case-blind mode, a lower-case line is *truecased* first: a word is given a capital when our
name and place lists know it and the language's word list does not (``ragnhild``,
``brumunddal``, ``drammen``), or when it is a listed first name right after a word that says
"a person follows" (``ho liv``, ``tante liv``, ``heter per``, ``my mum hope``). Offsets do not
move (only the first letter of a word changes, and only where its upper case is one
character), so spans found in the truecased text index the original text unchanged.

What stays lower case is what is ambiguous without context: a first name that is an everyday
word (``liv``, ``per``, ``hope``, ``will``) with no cue before it, a place that is a word
(``reading``, ``bø``). Those are returned as *doubtful* spans, which the detector shows to the
steward as flags: a doubtful span must be flagged, never silently kept.

recall1 widens what gets a capital on such lines: an unknown word after a kinship, role or
naming word (``my auntie morwenna``), a first name after ``<kinship> <possessive>`` or set off
by commas after one (``broren min bjørn``, ``mora mi, liv,``), a listed or unknown surname
right after a capitalized first name (``hanne lie``), and Norwegian first names that Ordbank
also lists as rare word forms (``sindre``, ``geir``) unless curated as everyday words.

lower2 (slots in ``truecase_slots.py``): a first name in the possessive opening a clause
(``bill's kids``, ``pers kone``), a word set off before ``a small town``/``ei lita bygd``, a
known hospital that is also a noun after a preposition (``på rikshospitalet``; elsewhere
doubtful), a street name before a house number (``storgata 14``); ``<name> skole`` after a
preposition and ``, <name> as,`` are doubtful organizations.

Model round (blind5): every other word that no list knows — the rare-word flag's test, so
neither a word form nor an inflection or compound of one — gets a capital in the text the NER
model reads (``Truecased.model_text``), so the model judges it in its context (``mehwish was
my first friend``, ``a flat in lampeter``); the rule-based recognizers still see it lower case
(their lower-case-line rules key on that), and the rare-word flag shows it when no layer takes
it. English words the corpus writes lower case (``settee``, ``bedsit``) stay lower case: the
model calls any capitalized noun a name.

Lines that contain any upper-case letter are left alone: there the writer's capitals carry
information, and the gazetteers' context rules apply as before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from anonkit.anonymize._data import data_lines
from anonkit.anonymize.entity_types import LOCATION, ORGANIZATION, PERSON
from anonkit.anonymize.names import all_first_names, all_surnames, first_names
from anonkit.anonymize.places import (
    health_institution_names,
    organization_names,
    places,
    world_places,
)
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers.name_words import (
    FUNCTION_WORDS,
    SUBJECT_NOT_NAMES,
    SUBJECT_VERBS,
)
from anonkit.anonymize.truecase_slots import (
    institution_words,
    multiword_names,
    named_unit_span,
    place_apposition,
    possessive_name,
    street_number,
)
from anonkit.anonymize.unknown_words import (
    DIRECTIONS,
    INFLECTIONS,
    PLACE_PREPOSITIONS_ANY,
    compound_name,
    in_spoken_address,
    name_phrase,
    noun_phrase_modifier,
    rare_word,
    unknown_kind,
)
from anonkit.anonymize.wordlists import common_words, not_entities

_WORD = re.compile(r"\w+(?:[-'’]\w+)*")

# Words right before a first name that make it a person even when the name is also a word.
# Pronouns (Norwegian dialects say "han Bjørn", "ho Liv"), kinship words, titles, "heter".
PERSON_CUES_LOWER = word_set(
    """
    han ho hun henne ham honom heter het hette kalt kalte kaller
    mamma pappa mor far mora faren moren bror broren søster søstera søsteren tante onkel
    bestemor bestefar mormor morfar farmor farfar svigermor svigerfar svoger svigerinne
    kusine kusina fetter fetteren sønn sønnen datter dattera datteren kone kona mann mannen
    samboer samboeren kjæreste kjæresten venn vennen venninne venninna kompis kompisen nabo
    naboen sjef sjefen kollega kollegaen lege legen fastlege fastlegen psykolog psykologen
    psykiater psykiateren terapeut terapeuten sykepleier sykepleieren doktor dr
    named called call calls mum mom dad mother father brother sister aunt auntie uncle nan
    nana gran granny grandma grandad grandpa son daughter wife husband partner boyfriend
    girlfriend cousin mate friend boss nurse doctor mr mrs ms miss
    therapist psychologist psychiatrist counsellor counselor
    """
)
PRONOUN_CUES = word_set("han ho hun hu")
KINSHIP_CUES = word_set(
    """
    mamma pappa mor far mora faren moren bror broren søster søstera tante onkel bestemor
    bestefar mormor morfar farmor farfar
    """
)
# After these a Norwegian place that is also a word is still a place ("fra molde", "i moss");
# after "på" it may be a thing ("på ski"), and in English after any preposition ("in
# reading"): those are only flagged (``PLACE_PREPOSITIONS_ANY`` lives in unknown_words.py).
PLACE_PREPOSITIONS_NB = word_set("i fra til ved utenfor")
# Verbs of living, moving and travelling: "moved to bath", "grew up near bury", "bor på ski".
RESIDENCE_VERBS = word_set(
    """
    live lives lived living move moves moved moving born grew grow raised drove drive went
    go going travelled traveled settled relocated
    bor bodde bodd bo flytta flyttet flytter flytte født vokste oppvokst kjørte kjørt dro
    reiste reise jobber jobba jobbet studerer studerte
    gård gården hytte hytta hus huset leilighet leiligheten farm cabin house flat caravan
    come comes came coming originally stayed staying camped kommer kom opprinnelig
    worked working school college uni university studied
    tur turer turen gikk gått walk walks walked walking hike hiked hiking
    stasjonert stationed
    """
)
# "jeg tror hilde visste", "i think gaz knew": a first name opening a clause, before a
# finite verb of knowing, saying or doing (no copulas: "jeg tror liv er viktig").
CLAUSE_OPENERS = word_set(
    "tror trur trodde vet veit visste mener sa at som fordi men og da når så "
    "think thought reckon know knew guess said that because but and when so "
    "remember remembered husker huska"
)
CLAUSE_VERBS = word_set(
    "visste sa kom ringte fant hjalp skrev kjørte gikk fikk tok mente likte hentet "
    "knew said came rang found helped wrote drove went got took liked picked told "
    "saying telling sier"
)
# Verbs of meeting and talking: their object is usually a person ("møtte liv", "told hope").
CONTACT_VERBS = word_set(
    "møtte traff ringte besøkte spurte fortalte hjalp savner savnet told met rang asked "
    "texted visited helped phoned"
)
CONTACT_PHRASES = frozenset(
    {"snakka med", "snakket med", "prata med", "pratet med", "sa til", "talked to",
     "spoke to", "spoke with", "talked with", "said to", "went with", "bodde hos", "var hos"}
)  # fmt: skip
# Finite verbs after a line-initial name make it the subject ("per sa", "hope rang").
SUBJECT_VERBS_LOWER = word_set(
    """
    sa sier var er har hadde kom ringte bor bodde jobber jobba jobbet gikk fikk tok ble mente
    visste skrev hjalp kjørte
    said says was is has had came rang lives lived works worked went got took told texted
    called helped drove knew wrote
    """
)


# recall1: a word that no list knows right after one of these cues is a name whatever follows
# ("my auntie morwenna took me in", "onkel leidulv hadde en gård"): kinship words, roles and
# naming verbs. Pronouns are left out ("han sykla" is a dialect verb form, not a name).
UNKNOWN_NAME_CUES = PERSON_CUES_LOWER - PRONOUN_CUES - word_set("ham henne honom kaller call calls")
# Possessives between a kinship or role word and the name ("broren min bjørn").
POSSESSIVE_CUES = word_set("min mi mitt vår my our")
_LONG_CUES = tuple(sorted(w for w in PERSON_CUES_LOWER if len(w) >= 6))
# An unknown word before one of these is a verb, not a name ("my friend facetimed me").
OBJECT_PRONOUNS = word_set("me him her it us them meg deg ham henne det oss dem seg")

# Compound tails of one-word institution names ("Fjordklinikken", "Rikshospitalet").
_INSTITUTION_TAILS = ("klinikken", "klinikk", "sykehuset", "sjukehuset", "hospitalet", "dps")


@dataclass(frozen=True, slots=True)
class Truecased:
    """The truecased text (same length as the input) and the doubtful word spans, each with
    the type it may be (PERSON or LOCATION)."""

    text: str
    doubtful: tuple[tuple[int, int, str], ...] = ()
    # What the NER model reads: ``text`` plus a capital on each word no list knows (same
    # length, so offsets agree). The rule-based recognizers read ``text``, where such a word
    # keeps its lower case: their lower-case-line rules key on exactly that.
    model_text: str | None = None
    # Those unknown words, each with the kind it most likely is (a place after a place
    # preposition, else a person): replaced even when the model does not take them.
    unknown: tuple[tuple[int, int, str], ...] = ()

    @property
    def ner_text(self) -> str:
        return self.text if self.model_text is None else self.model_text


# Norwegian first names that are also word forms speech uses (recall1): left doubtful on
# lower-case lines ("rene klær", "en roman", "det lyder bra", "på kaia", "ruta hjem").
_NB_NAME_WORDS = word_set(
    """
    ane brede ebbe edel falk kim lina mette rene sture kaia roman ruta mila aksel adel erle
    svenn lyder timian tilde lilje rasa hala marina van vida rana gloria elle bent hild runa
    lotte rut tora tron isa ella mons
    """
)


@cache
def _lexicon(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(proper words safe to capitalize, first names, ambiguous first names, common words)."""
    common = common_words(lang)
    skip = not_entities(lang)
    first = {n.lower() for n in all_first_names()}
    proper = (
        first
        | {s.lower() for s in all_surnames()}
        | {p.lower() for p in places() | world_places() if " " not in p}
        | {p.lower() for p in health_institution_names() | organization_names() if " " not in p}
    )
    # Doubtful when left lower case: everyday words that are common first names of the two
    # languages ("liv", "per", "hope"), not every word some foreign list has ("my", "an").
    # Only the language's own name list counts ("said" is a name in the Norwegian list).
    main = {n.lower() for n in first_names(lang)}
    curated = {cols[0].lower() for cols in data_lines("ambiguous_names.txt")}
    ambiguous = {w for w in curated | (main & common) if len(w) > 2}
    # lower2: compass words are in some place lists ("North") but on a lower-case line "up
    # in the north", "right up north" is a direction, not a place to replace.
    safe = {
        w
        for w in proper
        if w not in common and w not in skip and len(w) > 1 and w not in DIRECTIONS
    }
    if lang == "nb":
        # recall1: Ordbank lists rare forms that are common Norwegian first names ("sindre"
        # of "sinder", "irene" of "ire", "geir", "lena", "nora", "hilde"), so on lower-case
        # lines those names were only flagged. A name of the Norwegian list counts as a name
        # unless the curated list says it is an everyday word (Liv, Dag, Per, Bjørn, Storm)
        # or it is a form speech uses (_NB_NAME_WORDS: "rene", "roman", "lyder", "kaia").
        extra = {cols[0].lower() for cols in data_lines("common_words_extra_nb.txt")}
        named = {
            w
            for w in main & common
            if w not in curated
            and w not in extra
            and w not in _NB_NAME_WORDS
            and w not in FUNCTION_WORDS
            and w not in skip
            and len(w) > 2
        }
        safe |= named
        ambiguous -= named
    return frozenset(safe), frozenset(first), frozenset(ambiguous - skip), common


@cache
def _own_first_names(lang: str) -> frozenset[str]:
    """Lower-cased first names of the language's own list (not the foreign lists)."""
    return frozenset(n.lower() for n in first_names(lang))


@cache
def _possessive_names(lang: str) -> frozenset[str]:
    """First names a possessive slot capitalizes: the language's own list and the curated
    everyday-word names ("hope's mum")."""
    return _own_first_names(lang) | _lexicon(lang)[2]


@cache
def _surname_words() -> frozenset[str]:
    return frozenset(s.lower() for s in all_surnames())


@cache
def _place_words() -> frozenset[str]:
    """Lower-cased one-word places, including those that are everyday words."""
    return frozenset(p.lower() for p in places() | world_places() if " " not in p and len(p) > 1)


def _capitalize(word: str) -> str:
    head = word[0].upper()
    return (head if len(head) == 1 else word[0]) + word[1:]


def _cued_by_apposition(
    line: str, words: list[re.Match[str]], k: int, surnames: frozenset[str]
) -> bool:
    """Word ``k`` follows a kinship or role word, through a possessive ("broren min bjørn",
    "my brother bill") or set off by commas ("mora mi, liv, snakket", "ergoterapeuten, rune,",
    "terapeuten min, dag solberg, var")."""
    cue = k - 1
    gap = line[words[k - 1].end() : words[k].start()]
    if gap not in (" ", ", "):
        return False
    if words[cue].group(0).lower() in POSSESSIVE_CUES and cue > 0:
        if line[words[cue - 1].end() : words[cue].start()] != " ":
            return False
        cue -= 1
    elif gap == " ":
        return False  # a plain "<cue> X" is the cue rule's case
    cue_word = words[cue].group(0).lower()
    if cue_word not in PERSON_CUES_LOWER - PRONOUN_CUES and not cue_word.endswith(_LONG_CUES):
        return False  # compounds of a role count: "ergoterapeuten", "helsesøster"
    if gap == " ":
        return True
    # Set off by commas: the apposition ends with a comma, or a surname follows.
    end = words[k].end()
    nxt = words[k + 1] if k + 1 < len(words) else None
    return line[end : end + 1] == "," or (
        nxt is not None
        and line[end : nxt.start()] == " "
        and nxt.group(0).lower() in surnames
        and line[nxt.end() : nxt.end() + 1] == ","
    )


def _unknown_after_cue(low: str, common: frozenset[str], skip: frozenset[str]) -> bool:
    """A word no word list has, also not as an inflection of a listed word (no compound
    splitting: after a kinship word "leidulv" is a name, not "leid" + "ulv")."""
    if (
        len(low) < 3
        or not low.isalpha()
        or low in common
        or low in skip
        or low in FUNCTION_WORDS
        or low in SUBJECT_NOT_NAMES
    ):
        return False
    return not any(low.endswith(suf) and low[: -len(suf)] in common for suf in INFLECTIONS)


def truecase(text: str, lang: str) -> Truecased:
    """Capitalize names and places in the all-lower-case lines of ``text`` (module docstring)."""
    if not any(ch.isalpha() and ch.islower() for ch in text):
        return Truecased(text)
    safe, first, ambiguous, common = _lexicon(lang)
    places_lower = _place_words()
    out = list(text)
    # Unknown words: (start, end, likely kind, whether the model's text gets a capital).
    rare: list[tuple[int, int, str, bool]] = []
    doubtful: list[tuple[int, int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if line and not any(ch.isupper() for ch in line):
            _truecase_line(
                line, pos, out, doubtful, (safe, first, ambiguous, common, places_lower), lang, rare
            )
        pos += len(line) + 1
    cased = "".join(out)
    if not rare:
        return Truecased(cased, tuple(doubtful))
    for start, end, _, capital in rare:
        if capital:  # every word of the phrase: "Loch Lomond", "Bamber Bridge FC"
            for word in _WORD.finditer(text, start, end):
                out[word.start()] = _capitalize(out[word.start()])[0]
    unknown = tuple((start, end, kind) for start, end, kind, _ in rare)
    return Truecased(cased, tuple(doubtful), "".join(out), unknown)


def _truecase_line(
    line: str,
    offset: int,
    out: list[str],
    doubtful: list[tuple[int, int, str]],
    lexicon: tuple[frozenset[str], ...],
    lang: str,
    rare: list[tuple[int, int, str, bool]],
) -> None:
    safe, first, ambiguous, common, places_lower = lexicon
    surnames_lower = _surname_words()
    own_first = _own_first_names(lang)
    skip = not_entities(lang)
    # lower2: listed institutions of several words take their written capitals
    # ("universitetet i bergen" → "Universitetet i Bergen").
    for start, written in multiword_names(line):
        for i, ch in enumerate(written):
            if ch.isupper() and len(ch.lower()) == 1:
                out[offset + start + i] = ch
    words = list(_WORD.finditer(line))
    surname_slots: set[int] = set()
    for k, m in enumerate(words):
        word = m.group(0)
        low = word.lower()
        base = low[:-1] if low.endswith("s") and low[:-1] in safe else low  # "ragnhilds"
        if low.endswith(("'s", "’s")):  # "james's"
            base = low[:-2]
        prev = words[k - 1].group(0).lower() if k else ""
        nxt = words[k + 1].group(0).lower() if k + 1 < len(words) else ""
        parts = low.split("-")
        # "stein-ivar", "stor-ola": a hyphenated word whose last part is a first name.
        is_safe = base in safe or (len(parts) > 1 and parts[-1] in first and low not in common)
        prev2 = f"{words[k - 2].group(0).lower()} {prev}" if k > 1 else ""
        cued = (
            (
                low in first
                and low not in FUNCTION_WORDS  # "ringte meg": "Meg" is a name only in English lists
                and (prev in PERSON_CUES_LOWER or prev in CONTACT_VERBS or prev2 in CONTACT_PHRASES)
            )
            or (
                # "ho mamma vår jobba natt": a pronoun, a kinship word, then one of the language's
                # own first names that is also a closed-class word ("Vår", "Hans") before a
                # non-closed-class word — the dialect's "ho mamma Randi" slot (the detect3 rule
                # above had stopped these; "mamma vår" alone stays "our mum").
                k > 1
                and low in FUNCTION_WORDS
                and low in own_first
                and words[k - 2].group(0).lower() in PRONOUN_CUES
                and prev in KINSHIP_CUES
                and nxt
                and nxt not in FUNCTION_WORDS
            )
            or (
                # "my auntie morwenna", "onkel leidulv": an unknown word after a kinship or role
                # word. Compounds are not tried: "leid|ulv" is no compound after "onkel".
                prev in UNKNOWN_NAME_CUES
                and _unknown_after_cue(low, common, skip)
                and nxt not in OBJECT_PRONOUNS  # "my friend facetimed me", "mamma googla det"
            )
            or (
                # "snakka med strand": after talking *with* someone a listed surname is that person
                prev2 in CONTACT_PHRASES and low in surnames_lower and low not in FUNCTION_WORDS
            )
            or (
                # "per sa …", "strand ble utskrevet": a line-initial name that is the subject
                k == 0 and nxt in SUBJECT_VERBS_LOWER and (low in first or low in surnames_lower)
            )
            or (
                k > 0
                and prev in CLAUSE_OPENERS
                and nxt in CLAUSE_VERBS
                and low in first
                and low not in FUNCTION_WORDS
                and low not in skip
            )
        )
        if street_number(line, m.end(), low):
            # lower2: "storgata 14", "kirkeveien 62": a street name before a house number,
            # capitalized so the address rules see it as they would in written text.
            out[offset + m.start()] = _capitalize(word)[0]
            doubtful.append((offset + m.start(), offset + m.end(), LOCATION))
            continue
        named_unit = named_unit_span(line, words, k, lang, common)
        if named_unit is not None:
            # lower2: "på fjellsiden skole", "havbris as": flagged as an organization
            doubtful.append((offset + named_unit[0], offset + named_unit[1], ORGANIZATION))
        if low in ("st", "saint") and k + 1 < len(words):
            # "st james's", "st helier": a saint's name is a place or an institution; the
            # "st" is capitalized with it so the institution rules see "St James's".
            # A saint's name is always written with capitals: "St. Olavs hospital".
            out[offset + m.start()] = _capitalize(word)[0]
            nxt_start = offset + words[k + 1].start()
            out[nxt_start] = _capitalize(words[k + 1].group(0))[0]
            doubtful.append((offset + m.start(), offset + words[k + 1].end(), LOCATION))
            continue
        if k > 0 and words[k - 1].group(0).lower() in ("st", "saint"):
            continue  # capitalized with its "st" above
        if nxt == "dps" and k + 1 < len(words) and low not in FUNCTION_WORDS and word.isalpha():
            # "sentrum dps": a DPS is named by its place or district, whatever the word
            start = offset + m.start()
            out[start] = _capitalize(word)[0]
            continue
        # recall1: a first name after a kinship or role word and a possessive ("broren min
        # bjørn", "my brother bill") or set off by commas after one ("mora mi, liv,",
        # "ergoterapeuten, rune,", "terapeuten min, dag solberg,").
        if not cued and k > 0 and low in first and low not in FUNCTION_WORDS and low not in skip:
            cued = _cued_by_apposition(line, words, k, surnames_lower)
        # recall1: the word after a first name this line capitalized is its surname when a
        # list has it as one, also when it is a word ("hanne lie", "jane whitfield").
        after_first = (
            k > 0
            and prev in first
            and out[offset + words[k - 1].start()].isupper()
            and line[words[k - 1].end() : m.start()] == " "
            and (low in surnames_lower or _unknown_after_cue(low, common, skip))
            and low not in FUNCTION_WORDS
            and nxt not in OBJECT_PRONOUNS
            and k - 1 not in surname_slots  # one surname, not a chain ("jane long ago")
        )
        if after_first:
            surname_slots.add(k)
        # lower2: "bill's kids", "pers kone" (a possessive name opening a clause) and "it was
        # dal, the little village" (a place in apposition): capitalized, and flagged if no
        # recognizer then takes them.
        slot = None
        if not (is_safe or cued or after_first):
            if possessive_name(low, k, prev, nxt, _possessive_names(lang), FUNCTION_WORDS):
                slot = PERSON
            elif place_apposition(line, m.end(), low, prev, FUNCTION_WORDS, places_lower):
                slot = LOCATION
            elif low in institution_words() and low not in FUNCTION_WORDS:
                # "på rikshospitalet": a known hospital that is also a noun is the hospital
                # after a preposition; elsewhere it is shown, not replaced.
                if prev not in PLACE_PREPOSITIONS_ANY:
                    doubtful.append((offset + m.start(), offset + m.end(), ORGANIZATION))
                    continue
                slot = ORGANIZATION
            if slot is not None:
                doubtful.append((offset + m.start(), offset + m.end(), slot))
        if is_safe or cued or after_first or slot is not None:
            start = offset + m.start()
            out[start] = _capitalize(word)[0]
            for inner in re.finditer(r"-(\w)", word):  # "stor-ola" → "Stor-Ola"
                i = start + inner.start(1)
                out[i] = _capitalize(out[i])[0]
        elif low in places_lower and prev in PLACE_PREPOSITIONS_NB and lang == "nb":
            start = offset + m.start()  # "kjørt fra molde": a place that is also a word
            out[start] = _capitalize(word)[0]
        elif (
            low in places_lower
            and prev in PLACE_PREPOSITIONS_ANY
            and low not in FUNCTION_WORDS
            and any(w.group(0).lower() in RESIDENCE_VERBS for w in words[max(0, k - 5) : k])
        ):
            # "we moved to bath", "i lived in reading", "bor på ski": a verb of living or
            # moving before the preposition makes the place word a place.
            start = offset + m.start()
            out[start] = _capitalize(word)[0]
        elif low in places_lower and prev in PLACE_PREPOSITIONS_ANY:
            doubtful.append((offset + m.start(), offset + m.end(), LOCATION))
        elif low in ambiguous or (
            # "des came round": the line's subject before a verb of saying/contact/motion
            k == 0
            and nxt in SUBJECT_VERBS
            and low not in FUNCTION_WORDS
            and low not in SUBJECT_NOT_NAMES
            and word.isalpha()
            and not rare_word(word, low, lang)  # an unknown word is the rule below's
        ):
            doubtful.append((offset + m.start(), offset + m.end(), PERSON))
        elif (
            any(low.endswith(tail) and len(low) > len(tail) + 2 for tail in _INSTITUTION_TAILS)
            and low not in common
        ):
            # "fjordklinikken": a one-word institution (a compound Norwegian writes in lower
            # case as a noun, so shown rather than replaced)
            doubtful.append((offset + m.start(), offset + m.end(), ORGANIZATION))
        elif low in places_lower and len(low) > 2 and low not in FUNCTION_WORDS and low not in skip:
            # Safety net: any other word the place lists know ("bury", "reading", "hell") may
            # be a place in a line that lost its capitals: shown, never kept silent. (Surnames
            # that are words — "young", "long" — are left to the name-after-first-name rule:
            # flagging them alone doubled the flag rate on ordinary speech.)
            doubtful.append((offset + m.start(), offset + m.end(), LOCATION))
        elif rare_word(word, low, lang) and not in_spoken_address(words, k):
            # A word no list knows, on a line that lost its capitals: capitalized in the
            # model's text so the NER model judges it in context ("mehwish was my first
            # friend" → a name); the rare-word flag shows it when the model does not take it.
            start, end, kind = name_phrase(
                line, words, k, unknown_kind(line, m.start(), prev), lang
            )
            rare.append((offset + start, offset + end, kind, True))
            modifier = noun_phrase_modifier(line, words, start)
            if modifier is not None:  # "with shelter cymru": the name may start earlier
                doubtful.append((offset + modifier[0], offset + modifier[1], kind))
        elif lang == "nb" and compound_name(low, common, prev) and not in_spoken_address(words, k):
            # "i langhus", "til rognstrand", "helleik sa": a word Ordbank does not list but
            # that splits into listed words, and ends like a Norwegian place name (-hus,
            # -strand, -vik …) after a place preposition or like an old Norse personal name
            # (-eik, -vald, -hild …) elsewhere. Compound *nouns* Ordbank lacks ("i
            # kommunebolig", "rusbehandling") end otherwise and stay words. A place keeps its
            # lower case in the model's text ("gudbjørg i Langhus" was read as one institution).
            place = prev in PLACE_PREPOSITIONS_ANY
            start, end, kind = name_phrase(line, words, k, LOCATION if place else PERSON, lang)
            rare.append((offset + start, offset + end, kind, not place))
