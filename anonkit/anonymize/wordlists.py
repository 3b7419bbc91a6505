"""Common words and known non-entities per language (design.md §4, layers 3 and 5).

``common_words`` decides what counts as an ordinary word: a capitalized token mid-sentence
that is *not* common is suspicious (flag), and a first name that *is* a common word (Liv,
Per, May, Hope) needs context before it is called a PERSON. Bokmål word forms come from
Norsk Ordbank (CC BY 4.0) as shipped in ``spacy-lookups-data``, read at run time rather than
copied (600k forms); English from a generated list (``data/common_words_en.txt``).
"""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from importlib.resources import files

from anonkit.anonymize._data import data_lines
from anonkit.languages import LANGUAGES

_LANGS = LANGUAGES


def _check(lang: str) -> None:
    if lang not in _LANGS:
        raise ValueError(f"no word lists for language {lang!r}; expected one of {_LANGS}")


def _lookups_json(name: str) -> dict:
    raw = files("spacy_lookups_data").joinpath("data", name).read_bytes()
    return json.loads(gzip.decompress(raw))


# Keys of the nb_lemma_exc tables ("form": [lemmas]) that start with a lower-case letter
# and contain no space. A regex over the raw JSON is ~3x faster than json.loads of
# 600k entries, and start-up time matters for a CLI.
# Top-level keys of spaCy's lemma tables: one object of forms per word class.
_WORD_CLASS_RE = re.compile(r'"(adj|adv|noun|verb)": ?\{')
_LOWER_KEY_RE = re.compile(r'"([^"\\ A-ZÆØÅÉÜÖÄ][^"\\ ]*)": ?\[')


# Verb and adverb forms of the Ordbank table, kept from the one pass that reads it for
# ``common_words("nb")`` (decompressing it is most of a second; see ``word_class_forms``).
_NB_WORD_CLASSES: dict[str, frozenset[str]] = {}
_KEPT_CLASSES = ("verb", "adv", "noun")


def _ordbank_forms() -> set[str]:
    raw = files("spacy_lookups_data").joinpath("data", "nb_lemma_exc.json.gz").read_bytes()
    text = gzip.decompress(raw).decode("utf-8")
    forms: set[str] = set()
    sections = list(_WORD_CLASS_RE.finditer(text))
    for here, after in zip(sections, [*sections[1:], None], strict=True):
        body = text[here.end() : after.start() if after is not None else len(text)]
        keys = set(map(str.lower, _LOWER_KEY_RE.findall(body)))
        if here.group(1) in _KEPT_CLASSES:
            _NB_WORD_CLASSES[here.group(1)] = frozenset(keys)
        forms |= keys
    return forms


# A noun form that is its own lemma: "krok" (not "kroken", "kroker").
_SELF_LEMMA_RE = re.compile(r'"([a-zæøåéü][^"\\ ]*)": ?\[(?:"[^"]*", ?)*"\1"')


@cache
def nb_noun_lemmas() -> frozenset[str]:
    """Norwegian nouns in their dictionary form (indefinite singular; neuter plurals such as
    "folk" look the same), from Ordbank's noun table.

    Why (nb22): Norwegian puts no bare count noun in the subject slot ("Kroken sa", not
    "Krok sa"), so a capitalized bare noun opening a sentence before a verb of saying is a
    surname ("Krok sa at …"). Read lazily: only that slot asks (a third of a second).
    """
    text = gzip.decompress(
        files("spacy_lookups_data").joinpath("data", "nb_lemma_exc.json.gz").read_bytes()
    ).decode("utf-8")
    sections = list(_WORD_CLASS_RE.finditer(text))
    for here, after in zip(sections, [*sections[1:], None], strict=True):
        if here.group(1) == "noun":
            body = text[here.end() : after.start() if after is not None else len(text)]
            return frozenset(m.group(1) for m in _SELF_LEMMA_RE.finditer(body))
    return frozenset()


def nb_definite_noun(low: str) -> bool:
    """A definite form of a Norwegian noun ("musikken", "jobben", "pasienten", "dama"): a thing
    or a person named by role, where a name slot expects a name (kin predicates, a pronoun's
    name)."""
    nouns = nb_noun_lemmas()
    return any(
        low.endswith(end) and len(low) - len(end) >= 2 and low[: -len(end)] in nouns
        for end in ("en", "et", "a", "n", "ene")
    )


@cache
def common_words(lang: str) -> frozenset[str]:
    """Lower-cased common word forms of ``lang`` (plus our curated function words)."""
    _check(lang)
    words: set[str] = {cols[0].lower() for cols in data_lines(f"common_words_extra_{lang}.txt")}
    if lang == "nb":
        # Ordbank also lists proper nouns (Oslo, Kari, Irene); those start with a capital
        # and are exactly what must *not* count as common.
        words.update(_ordbank_forms())
        words.update(k for k in _lookups_json("nb_lemma_lookup.json.gz") if k.islower())
    else:
        words.update(cols[0] for cols in data_lines("common_words_en.txt"))
    return frozenset(words)


def is_everyday_word(word: str) -> bool:
    """A lower-case word either language's word list has (two lookups: a union of the two
    lists would cost a tenth of a second and tens of megabytes)."""
    return word in common_words("nb") or word in common_words("en")


@cache
def id_scheme_names() -> frozenset[str]:
    """Short names of identity, tax and company number schemes as written (``OGRN``, ``NIP``,
    ``VÖEN``), case-sensitive: ``id_schemes.txt``, generated from python-stdnum's docstrings by
    ``scripts/build_id_schemes.py``. The cue before someone's number, no one's own (session 50);
    some are words in lower case ("nip", "tin"), so only the written capitals count."""
    return frozenset(cols[0] for cols in data_lines("id_schemes.txt"))


@cache
def peoples() -> frozenset[str]:
    """The peoples, nationalities and languages of ``nationalities.txt``, lower case: part of
    :func:`not_entities`, but a few are regions too ("i Amhara", "in Punjab")."""
    return frozenset(cols[0].lower() for cols in data_lines("nationalities.txt"))


@cache
def not_entities(lang: str) -> frozenset[str]:
    """Words that look like names but are not personal data (Freud, NAV, Seroquel, mandag …).

    Compared case-insensitively: the set holds lower-cased forms. Entries tagged ``*`` in
    the data file apply to every language.
    """
    _check(lang)
    words = {cols[0].lower() for cols in data_lines("not_entities.tsv") if cols[1] in ("*", lang)}
    for name in NON_ENTITY_LISTS:
        words.update(cols[0].lower() for cols in data_lines(name))
    if lang == "en":
        from anonkit.anonymize.demonyms import demonyms

        words |= demonyms()  # "she's Zimbabwean": made from the country list (blind10)
        # session 23: holidays and saints' days by their English names (the ``holidays``
        # package; scripts/build_holidays.py): "St Stephen's Day", "Vaisakhi"
        words.update(cols[0].lower() for cols in data_lines("holidays_en.txt"))
    return frozenset(words)


# Lists of things that are named but identify no participant (issue 10, item 8); sources in
# each file's header and in data/SOURCES.md.
NON_ENTITY_LISTS = ("medicines.txt", "diagnoses.txt", "public_figures.txt", "nationalities.txt")


@cache
def medicine_words() -> frozenset[str]:
    """Lower-cased medicine and diagnosis names: the non-entities that Norwegian speech
    inflects ("Zyprexaen", "Truxalen"), so the detector also looks them up without the
    definite ending. Kept apart from :func:`not_entities` because stripping "-a" or "-en"
    from any word would turn "Somalia" into "Somali"."""
    return frozenset(
        cols[0].lower() for name in ("medicines.txt", "diagnoses.txt") for cols in data_lines(name)
    )


# Endings that the WHO's INN naming scheme reserves for drug classes ("The use of stems in the
# selection of International Nonproprietary Names", public), in their English and Norwegian
# spellings: -apine/-apin (olanzapine), -idone/-idon (paliperidone), -azepam, -oxetine/-oksetin,
# -alopram, -triptyline, -ipramine, -olol, -sartan, -statin, -prazole, -cillin, -mycin,
# -profen, -afil, -gliptin, -peridol, -promazine, -tixene, -faxine, -triptan, -dipine …
# A hand list never holds every generic name a participant takes; these endings name no person
# or place (session 21, "paliperidone" became a person).
_MEDICINE_STEM = re.compile(
    r"(?:apine?|idone?|azepam|[az]olam|o(?:x|ks)etine?|alopram|triptyline?|ipramine?|olol"
    r"|sartan|vastatin|statin|prazole?|tidine?|cillin|mycin|floxa(?:c|s)in|profen|afil"
    r"|gliptin|gliflozin|dronate?|lukast|peridol|p(?:er|rom)azine?|(?:th|t)ixene?|pentixol"
    r"|fa(?:x|ks)ine?|triptan|(?:k|c)onazole?|dipine?|setron|phenidate?|fenidat|xaban|gatran"
    r"|idogrel|metformin|tralin|traline|tamol|trigine?|barbital|amfetamine?|amphetamine|parin|tropium|terol|[ai]sone|olone)"
    r"(?:en|et|a)?$"  # Norwegian definite forms: "kvetiapinen"
)


def is_medicine_stem(word: str) -> bool:
    """``paliperidone``, ``Escitalopram``, ``Kvetiapinen``: a word of seven letters or more
    with a drug-class ending (:data:`_MEDICINE_STEM`), which identifies no one."""
    return len(word) >= 7 and word.isalpha() and _MEDICINE_STEM.search(word.lower()) is not None


@cache
def rare_lower_words_en() -> frozenset[str]:
    """English words too rare for ``common_words`` that the corpus still writes lower case at
    least as often as capitalized ("settee", "bedsit", "locum"), in
    ``data/rare_lower_words_en.txt.gz``, generated from the same ``en_lexeme_prob`` table by
    ``scripts/build_gazetteers.py``.

    Why: an unknown word on an all-lower-case line is given a capital so the NER model can
    judge it (``truecase``), and replaced when the model does not take it; the model calls
    almost any capitalized noun a name, so these evidently ordinary words stay lower case (and
    flagged). Loaded on the first lower-case line (about 0.1 s).
    """
    raw = files("anonkit.anonymize").joinpath("data", "rare_lower_words_en.txt.gz").read_bytes()
    return frozenset(gzip.decompress(raw).decode("utf-8").split())


@cache
def adverbs_only(lang: str) -> frozenset[str]:
    """Adverb forms that are no noun form too (Norwegian; English: the adverbs).

    Why (session 43): Ordbank's adverbs hold the adverbial sense of nouns ("rav gal", "stokk
    døv", "tott"), so a pronoun slot that drops adverbs dropped names that are such nouns
    ("han rav fra tennes var med"); a name slot needs only the true adverbs gone."""
    adverbs = word_class_forms(lang, "adv")
    if lang != "nb":
        return adverbs
    return adverbs - word_class_forms(lang, "noun")


@cache
def word_class_forms(lang: str, word_class: str) -> frozenset[str]:
    """Lower-case forms of one word class (``verb``, ``adv``; Norwegian ``noun`` too) in spaCy's
    lemma tables.

    Why: after a first name on an all-lower-case line the next word is a verb ("amund kom",
    "ros came") or the surname ("amund seter", "sigve bonde"); a surname that is also a noun
    can be told from the verb only by its word class (session 19). Norwegian: the Ordbank
    forms of ``nb_lemma_exc`` (every inflected form, ~50,000 verb forms); English: the
    irregular forms of ``en_lemma_exc`` and the lemmas of ``en_lemma_index`` with their
    regular endings (for verbs without the bare lemma: "hill", "stone" are verbs too).
    """
    _check(lang)
    if lang == "nb":
        if word_class not in _KEPT_CLASSES:
            raise ValueError(f"no {word_class!r} forms kept; expected one of {_KEPT_CLASSES}")
        if word_class not in _NB_WORD_CLASSES:
            _ordbank_forms()  # common_words("nb") has usually read them already
        return _NB_WORD_CLASSES.get(word_class, frozenset())
    forms = set(_lookups_json("en_lemma_exc.json.gz").get(word_class, {}))
    lemmas = _lookups_json("en_lemma_index.json.gz").get(word_class, [])
    if word_class != "verb":
        forms.update(lemmas)
    else:
        # Inflected forms only: most bare English verbs are nouns as well ("hill", "stone").
        for lemma in lemmas:
            if len(lemma) > 2 and lemma.endswith("y") and lemma[-2] not in "aeiou":
                # session 24: "pry" makes "pries", "pried", "prying" — never "prys", which is
                # a Welsh name ("eirwen prys" kept its surname in clear text)
                stem = lemma[:-1]
                forms.update((stem + "ies", stem + "ied", lemma + "ing"))
                continue
            stem = lemma[:-1] if lemma.endswith("e") else lemma
            forms.update((lemma + "s", lemma + "es", stem + "ed", stem + "ing"))
        # Irregular verbs whose past tense is the bare form: the lemma tables list no past
        # form for them ("the doctor put me on …" read "put" as a name; session 21).
        forms.update(_SAME_PAST_VERBS)
    return frozenset(f.lower() for f in forms if " " not in f and "_" not in f)


def preload(lang: str) -> None:
    """Build the word-class tables a detector reads (``table_preload``): both languages',
    since rules for one read the other's verbs and adverbs (English turns in Norwegian talk)."""
    _check(lang)
    for word_class in _KEPT_CLASSES:
        word_class_forms("nb", word_class)
    for word_class in ("verb", "noun", "adj", "adv"):
        word_class_forms("en", word_class)
        en_lemmas(word_class)


@cache
def en_lemmas(word_class: str) -> frozenset[str]:
    """Bare English lemmas of one word class in spaCy's ``en_lemma_index`` (``verb``,
    ``noun``, ``adj``, ``adv``): :func:`word_class_forms` keeps only inflected verb forms, but
    a word that is a verb and nothing else ("stow", "bury") is told by its bare lemma."""
    lemmas = _lookups_json("en_lemma_index.json.gz").get(word_class, [])
    return frozenset(w.lower() for w in lemmas if " " not in w and "_" not in w)


_SAME_PAST_VERBS = frozenset({
    "put", "set", "cut", "let", "hit", "hurt", "shut", "cost", "quit", "spread", "burst",
    "cast", "read", "upset", "split",
})  # fmt: skip
