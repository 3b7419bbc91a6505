"""What the lower-case line walker of ``truecase.py`` knows: cue words and the lexicons.

Why a module of its own: ``truecase.py`` walks a line without capitals word by word and decides
where a capital goes; what it decides *with* — the words that say "a person follows" (``ho``,
``tante``, ``heter``, ``my mum``), the verbs of living and moving before a place, the clause
openers and subject verbs, and the sets of safe, ambiguous and listed names read once per
language from the name, place and word lists — is data and set arithmetic that changes with
every evaluation round, while the walker changes rarely. The two cue tests here
(:func:`cued_by_apposition`, :func:`unknown_after_cue`) read only these tables.
"""

from __future__ import annotations

import re
from functools import cache

from anonkit.anonymize._data import data_lines
from anonkit.anonymize.names import all_first_names, all_surnames, first_names
from anonkit.anonymize.nynorsk_forms import listed_nynorsk
from anonkit.anonymize.places import (
    health_institution_names,
    organization_names,
    places,
    uk_postal_places,
    world_places,
)
from anonkit.anonymize.recognizers._base import word_set
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers._slot_words import DEFINITE_KIND_NOUNS
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS, SUBJECT_NOT_NAMES
from anonkit.anonymize.unknown_words import DIRECTIONS, INFLECTIONS
from anonkit.anonymize.wordlists import common_words, not_entities

# Words right before a first name that make it a person even when the name is also a word.
# Pronouns (Norwegian dialects say "han Bjørn", "ho Liv"), kinship words, titles, "heter".
PERSON_CUES_LOWER = word_set(
    """
    han ho hun henne ham honom heter het hette kalt kalte kaller heiter hæiter hæter haiter
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
    tanta onkelen bestefaren bestemora bestemoren morfaren mormora farfaren farmora
    kusinen svogeren
    """
)  # lcnb23: the definite kinship forms ("onkelen min, X,", "tanta deres, X,")
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
PLACE_PREPOSITIONS_NB = word_set("i fra frå til ved utenfor utanfor")
# Session 31: after these an English listed place that is a word is a place (truecase.py).
EN_PLACE_PREPOSITIONS = word_set("from in near outside")

# Verbs of living, moving and travelling: "moved to bath", "grew up near bury", "bor på ski";
# lcnb24: their Nynorsk and dialect forms and dwellings ("bur", "budde", "vaks opp", "hybel").
RESIDENCE_VERBS = word_set(
    """
    live lives lived living move moves moved moving born grew grow raised drove drive went
    go going travelled traveled settled relocated
    bor bodde bodd bo flytta flyttet flytter flytte født vokste oppvokst kjørte kjørt dro
    reiste reise jobber jobba jobbet studerer studerte
    gård gården hytte hytta hus huset leilighet leiligheten farm cabin house flat caravan
    come comes came coming originally stayed staying camped kommer kom opprinnelig
    worked working school college uni university studied job jobs
    tur turer turen gikk gått walk walks walked walking hike hiked hiking
    stasjonert stationed
    bur budde budd vaks voks fødd hybel hybelen bustad bustaden
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
# lcnb23: what someone sends before "fra <first name>" ("brev fra dag", "kort fra gry").
_SENT_THINGS = word_set(
    """
    brev brevet kort kortet melding meldinga meldingen meldinger sms tekstmelding beskjed
    hilsen hilsener pakke pakken e-post mail telefon oppringning gave gaven
    """
)
SENT_FROM = frozenset(f"{thing} fra" for thing in _SENT_THINGS)
# lcnb23: three-word phrases of telling someone ("sa det til strand", "sa ifra til berg").
CONTACT_PHRASES3 = frozenset({"sa det til", "sa fra til", "sa ifra til", "sa dette til"})
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
# lcnb23: "faren hennes, bjørn,", "tanta deres, liv," as "mora mi, liv,".
POSSESSIVE_CUES = word_set("min mi mitt vår my our hennes hans deres")
_LONG_CUES = tuple(sorted(w for w in PERSON_CUES_LOWER if len(w) >= 6))
# An unknown word before one of these is a verb, not a name ("my friend facetimed me").
OBJECT_PRONOUNS = word_set("me him her it us them meg deg ham henne det oss dem seg")

# Compound tails of one-word institution names ("Fjordklinikken", "Rikshospitalet").
INSTITUTION_TAILS = ("klinikken", "klinikk", "sykehuset", "sjukehuset", "hospitalet", "dps")

# Norwegian first names that are also word forms speech uses (recall1): left doubtful on
# lower-case lines ("rene klær", "en roman", "det lyder bra", "på kaia", "ruta hjem").
_NB_NAME_WORDS = word_set(
    """
    ane brede ebbe edel falk kim lina mette rene sture kaia roman ruta mila aksel adel erle
    svenn lyder timian tilde lilje rasa hala marina van vida rana gloria elle bent hild runa
    lotte rut tora tron isa ella mons
    """
)


def _places_for(lang: str) -> frozenset[str]:
    """The listed places a line of ``lang`` may name: a Norwegian line does not take the
    British postal hamlets (session 38; sixteen thousand more words to capitalize cost the
    Norwegian truecaser three quarters again its time, for places Norwegian speakers do not
    name)."""
    listed = places() | world_places()
    return listed - uk_postal_places() if lang == "nb" else listed


@cache
def lexicon(lang: str) -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(proper words safe to capitalize, first names, ambiguous first names, common words)."""
    common = common_words(lang)
    skip = not_entities(lang)
    first = {n.lower() for n in all_first_names()}
    proper = (
        first
        | {s.lower() for s in all_surnames()}
        | {p.lower() for p in _places_for(lang) if " " not in p}
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
        # session 42 (the lower-cased development sets: "medan eg gjekk" became the city
        # Medan): the listed everyday Nynorsk words are words
        safe = {w for w in safe if not listed_nynorsk(w)}
    return frozenset(safe), frozenset(first), frozenset(ambiguous - skip), common


@cache
def own_first_names(lang: str) -> frozenset[str]:
    """Lower-cased first names of the language's own list (not the foreign lists)."""
    return frozenset(n.lower() for n in first_names(lang))


@cache
def possessive_names(lang: str) -> frozenset[str]:
    """First names a possessive slot capitalizes: the language's own list and the curated
    everyday-word names ("hope's mum")."""
    return own_first_names(lang) | lexicon(lang)[2]


@cache
def surname_words() -> frozenset[str]:
    return frozenset(s.lower() for s in all_surnames())


@cache
def place_words() -> frozenset[str]:
    """Lower-cased one-word places, including those that are everyday words."""
    return frozenset(p.lower() for p in places() | world_places() if " " not in p and len(p) > 1)


_APPOSITION_ENDS = frozenset({",", ".", "!", "?", ""})


def cued_by_apposition(
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
    # Set off by commas: the apposition ends with a comma, or a surname follows (lcnb23: or
    # the apposition closes the sentence: "kona hans, liv berg.").
    end = words[k].end()
    nxt = words[k + 1] if k + 1 < len(words) else None
    return line[end : end + 1] in _APPOSITION_ENDS or (
        nxt is not None
        and line[end : nxt.start()] == " "
        and nxt.group(0).lower() in surnames
        and line[nxt.end() : nxt.end() + 1] in _APPOSITION_ENDS
    )


# lcnb23: verbs that name someone ("heter bakken", "het haugen"). "Het" is also the
# adjective "hot" ("en het sommer", "det var så het"): not after these words.
NAMING_VERBS = word_set("heter het heiter hæiter hæter haiter")  # session 34: dialect forms
_HOT_BEFORE = word_set(
    "en ei et ein eit var er ble blir vart så veldig altfor for litt ganske svært den det"
)


def named_by_verb(low: str, k: int, words: list[re.Match[str]]) -> bool:
    """Word ``k`` (``low``) follows a naming verb ("sjefen het haugen"), not the adjective."""
    if k == 0 or words[k - 1].group(0).lower() not in NAMING_VERBS:
        return False
    if low in DEFINITE_KIND_NOUNS:
        return False  # "sappen heiter plassen": the name came first (session 40)
    if words[k - 1].group(0).lower() == "het" and k > 1:
        return words[k - 2].group(0).lower() not in _HOT_BEFORE
    return True


def called_after_naming(line: str, words: list[re.Match[str]], k: int) -> bool:
    """Word ``k`` follows "sa" or "sa bare" on a line that names someone first with a
    naming verb: "bestemor het ingeborg, men vi sa bare inga" (what people called her)."""
    if k < 2:
        return False
    prev = words[k - 1].group(0).lower()
    start = k - 1 if prev == "sa" else k - 2
    if prev not in ("sa", "bare") or words[start].group(0).lower() != "sa":
        return False
    return any(w.group(0).lower() in NAMING_VERBS for w in words[: max(0, start - 1)])


_CALLERS = word_set("vi de dei dem alle folk han ho hun hu mamma pappa")
_CALLING = word_set("sa sier kalte kalla kaller kallar")


def called_instead(words: list[re.Match[str]], k: int) -> bool:
    """Word ``k`` is the name people used in "X, eller Y som vi sa / som alle kalte ham"
    (lcnb23)."""
    low = [w.group(0).lower() for w in words[k - 1 : k + 4]] if k > 0 else []
    return (
        len(low) == 5
        and low[0] == "eller"
        and low[2] == "som"
        and low[3] in _CALLERS
        and low[4] in _CALLING
    )


def may_be_apposed(
    word: str, after: str, first: frozenset[str], common: frozenset[str], surnames: frozenset[str]
) -> bool:
    """``word`` may be a name set off after a kinship or role word (then
    :func:`cued_by_apposition` decides): a listed first name; or (lcnb23) a word that is no
    word form ("tanta deres, ristena,"), or a listed surname that is a word when a comma
    follows it ("onkelen min, bakken,"; ``after`` is the character after the word)."""
    low = word.lower()
    if low in first:
        return True
    if not word.isalpha() or len(low) < 3:
        return False
    return low not in common or (low in surnames and after == ",")


def unknown_after_cue(low: str, common: frozenset[str], skip: frozenset[str]) -> bool:
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


def before_hesitation(words: list[re.Match[str]], k: int, lang: str) -> str:
    """The word before a hesitation sound that stands right before word ``k`` ("på" in "på,
    eh, langhus"), lower-cased; "" when no hesitation stands there. Norwegian "er" is the
    verb, no hesitation."""
    if k < 2:
        return ""
    filler = words[k - 1].group(0).lower()
    if not is_filler(filler) or (lang == "nb" and filler == "er"):
        return ""
    return words[k - 2].group(0).lower()


def surname_after(
    line: str, words: list[re.Match[str]], k: int, end: int, surnames: frozenset[str]
) -> int:
    """The end of a name no list knows ending at ``end``, with the listed surname one space
    after it (lcnb23: "ovlla bakken", "jartrud linde"), as a listed first name takes one
    (``after_first``); the surname may be a word, not a function word. Not after a name in
    the genitive ("ovllas mann": her husband)."""
    if line[:end].endswith("s"):
        return end
    nxt = next((w for w in words[k + 1 :] if w.start() >= end), None)
    if nxt is None or line[end : nxt.start()] != " ":
        return end
    low = nxt.group(0).lower()
    if low in surnames and low not in FUNCTION_WORDS and low.isalpha() and len(low) > 2:
        return nxt.end()
    return end


def restarted_double_name(
    words: list[re.Match[str]], k: int, first: frozenset[str], safe: frozenset[str]
) -> bool:
    """Word ``k`` restarts a first name said before a hesitation and goes on with a second
    first name that is no word ("liv, eh, liv marit", "dag, øh, dag erik"; lcnb23)."""
    if k < 2 or k + 1 >= len(words):
        return False
    low = words[k].group(0).lower()
    nxt = words[k + 1].group(0).lower()
    return (
        low in first
        and low not in FUNCTION_WORDS
        and words[k - 2].group(0).lower() == low
        and is_filler(words[k - 1].group(0))
        and nxt in first
        and nxt in safe
    )


# nb24: the superlatives of position ("innerst i dalen", "øverst i bakken"): a place word
# that is also an everyday word is the noun there, even after a verb of living ("hytte
# innerst i dalen"; after "jobba ute i bokn" the place stays a place).
SUPERLATIVE_POSITIONS = frozenset(
    {"innerst", "ytterst", "øverst", "nederst", "bakerst", "lengst", "midt"}
)
# "satt ute i sola", "inne i hagen": after these a place word that is also an everyday word
# is the thing (the sun), shown rather than capitalized (places session; moved here from
# truecase.py).
POSITION_ADVERBS = frozenset({"ute", "inne"}) | SUPERLATIVE_POSITIONS
