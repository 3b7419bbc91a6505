"""Names that only their context reveals → PERSON (issue 10, items 2, 3 and 6).

Why: the person gazetteer knows listed names and needs a capital; spoken interviews are full
of names no list has (``Tharshini``, ``Przemek``, ``Ánde``, ``Gaz``, ``Stor-Ola``) and of names
that are words (``Rein``, ``Sky``, ``Little``, ``Sandy``). What gives them away is the
sentence around them. This recognizer reads four such contexts:

1. **Naming words** — ``heter``, ``het``, ``kalt``, ``kalte ham/henne``, ``called``,
   ``named``, ``name is/was``, ``navnet er``: the next word is a name whatever it is
   (``han heter Rein``, ``we called him Thomo``), and a capitalized word *before*
   ``heter han``/``was her name`` too (``Ask heter han``, ``Sky was her name``).
2. **Titles** — ``Mr``, ``Mrs``, ``Ms``, ``Dr``, ``Nurse``, ``fru``, ``herr``, ``doktor`` — and
   **kinship words** — ``mamma``, ``tante``, ``bestemor``, ``my mum``, ``Auntie``, ``Nan``,
   ``our`` — followed by a capitalized word (``Mr. Little``, ``Nurse Sandy``, ``our Kev``).
3. **Pronoun + name** (Norwegian dialects): ``han Bjørn``, ``ho Liv``, ``hun Anita`` — a
   capitalized word after the pronoun. The pronoun itself is never part of the span (the
   detector strips it from NER spans as well) and is the pseudonym's gender cue.
5. **Nicknames hyphened to a size or age word** — ``Stor-Ola``, ``Lille-Even``,
   ``Vesle-Kari``, ``Big-Tam`` — whatever the name part is.
4. **An unknown capitalized word opening a sentence** — not a common word of either language,
   not a known place, institution or non-entity — is a name when a verb or ``and``/``from``/
   ``fra``/``og`` follows (``Przemek from work drove me``, ``Tharshini var den første``),
   and otherwise too (``Alasdair would drive me``, ``Huong, hun tok``): speech recognition
   writes the words of its vocabulary, so an unknown capitalized word it produces is a name
   it heard. (blind5 session: it used to be only flagged; on NorNE dev the change raised
   PER coverage 0.964 → 0.971 at unchanged precision 0.989.)

Scores: 0.85 for 1-3, 0.6 for 4 with a following verb, 0.5 for 4 otherwise (all replace).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.names import all_first_names, all_surnames
from anonkit.anonymize.places import (
    health_institution_names,
    organization_names,
    places,
    world_places,
)
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    is_capitalized,
    lower_case_line,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers._gates import may_match
from anonkit.anonymize.recognizers._slot_words import naming_slot_kind
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.wordlists import (
    common_words,
    medicine_words,
    not_entities,
    word_class_forms,
)

NAMING_WORDS = word_set("heter het hette kalt kalla kaltes called named nicknamed")
# "kalte ham X", "we called him X": the pronoun sits between the verb and the name.
NAMING_VERBS = word_set("kalte kaller kalla called call calls")
NAMING_OBJECTS = word_set(
    "ham han henne ho him her them dem meg me seg mæ dæm hænne himself herself themselves"
)
# A third person named: on a lower-case line even an everyday word after "kalte ham" is the
# name ("vi kalte henne snø", "everyone calls him bong"); "kalte meg dum" is an insult.
THIRD_PERSON_OBJECTS = word_set(
    "ham han henne ho him her them dem dæm hænne himself herself themselves"
)
NAME_IS = re.compile(
    r"(?:name(?:'s| is| was)|navnet (?:mitt |hans |hennes )?(?:er|var))\s+$", re.IGNORECASE
)
NAME_AFTER = re.compile(
    r"^,?\s+(?P<strong>(?:sånn |så |det )?(?:heter|het) (?:han|hun|ho|hu|det)\b|"
    r"(?:was|is) (?:her|his|my|their) name\b|"
    # "Tøffen kalte vi ham": the name before the naming verb (session 19)
    r"(?:kalte|kalla|kaller|kalle) (?:vi|de|dem|alle) (?:bare )?(?:ham|han|henne|ho|hu)\b|"
    # "Tussa, sånn kalte pappa meg": a clause taking the word up as what someone is called,
    # whoever called it (nb23)
    r"(?<=, )(?P<called>(?:sånn|slik|det|så) (?:kalte|kalla|kaller|kalle) [^\W\d_]+ "
    r"(?:alltid |bare )?(?:meg|mæ|oss|ham|han|henne|ho|hu|dem)\b))|"
    # "Bla we called her": only a capitalized word ("his real name, everyone just called him
    # the gaffer" names no one "name")
    r"^,?\s+(?:we|they|everyone|people) (?:just |all )?(?:called|call) (?:her|him|them)\b",
    re.IGNORECASE,
)
# Naming words after which even an everyday word is a name ("han heter glad, trygve glad"):
# unlike "called"/"kalt" ("called the police", "ble kalt inn") they take nothing else.
STRONG_NAMING = word_set("heter het hette named nicknamed")
# A question about a name names nobody: "hva heter søstera di", "what was the place called".
# So does a word for a thing ("det finnes noe som heter mestring").
_NAME_QUESTION = re.compile(
    r"\b(?:hva|hvem|kva|ka|kem|what|who|(?:noe|noko|sånt|something|det) som)\s+$",
    re.IGNORECASE,
)
# Titles that stand only before a name, whatever the word after them.
PLAIN_TITLES = word_set("mr mrs ms fru herr frøken dr doktor prof")
# "i miss home", "my sister came": titles that are verbs or kinship words in lower case.
_VERB_TITLES = word_set("miss sister")
_AUXILIARIES = word_set(
    "er var va e vart ble blir blei har hadde ha må måtte skal skulle kan kunne vil ville "
    "bør burde får fikk går gikk kom sa sier lo lå sov dro ga gav tok satt sto løp så fløy "
    "gråt is was are were has had have will would can could shall should must may might "
    "does did do"
)
# Past and present tense endings: "ringte", "bodde", "hoppa", "heter", "bor".
_PAST_ENDINGS = ("te", "de", "dde", "et", "a", "er", "r")
# Care roles said like titles before a surname on lower-case lines ("sykepleier rogn").
ROLE_TITLES = word_set("sykepleier sykepleiar overlege lege psykolog psykiater konstabel")
# A word set off by commas ("…, frost, han var", "og bris, han sa", "læreren min, vinter,").
_APPOSITION_BEFORE = re.compile(r"(?:,|\bog|\band)\s+$", re.IGNORECASE)
# After the comma: a pronoun and what the person is or did ("…, frost, han var", "…,
# beauty, she's from harare", "…, olefine, ho kom med middag"; session 22 added the
# contraction and the verbs of FOLLOWERS, and an adverb before them).
_CLAUSE_VERBS = (
    "var va er e sa hadde was is said had has har kom came did gjorde used bodde bor lives "
    "lived worked jobba jobbet ran drove rang ringte told fortalte never aldri always alltid "
    "just bare"
)
_CLAUSE_VERB_ALTERNATION = "|".join(_CLAUSE_VERBS.split())
_PRONOUN_CLAUSE_AFTER = re.compile(
    rf",\s+(?:han|ho|hun|hu|he|she)(?:['’]s\b|\s+(?:{_CLAUSE_VERB_ALTERNATION})\b)",
    re.IGNORECASE,
)
_ROLE_BEFORE = re.compile(
    r"\b(?:læreren|sjefen|legen|fastlegen|psykologen|terapeuten|kontaktpersonen|naboen|"
    r"kompisen|venninna|kjæresten|miljøterapeuten|sykepleieren|lærer|sjef|teacher|boss|"
    r"doctor|nurse|therapist|worker|neighbour|mate|friend)(?:\s+(?:min|mi|mitt|vår))?,\s+$",
    re.IGNORECASE,
)
# lcen22: an owned relation, perhaps with when it held, then a comma ("with my partner at
# the time, innes.", "my sister, siobhan."): the word after the comma that ends the sentence
# is the relation's name (``NameInContextRecognizer._named_at_clause_end``).
_OWNED_RELATION_BEFORE = re.compile(
    r"\b(?:my|his|her|our|their|your|me)\s+(?P<rel>[^\W\d_]+)(?:\s+(?:at the time|back then|"
    r"then|at that point|at that stage|at the minute))?,\s+$",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"\s*(?:[.!?]|$)")
# "my daughter's called blessing", "he was called": "called" as strong as "heter".
_IS_CALLED = re.compile(r"(?:['’]s|\bis|\bwas|\bwere|\bare|\bbe|\bbeen)\s+$", re.IGNORECASE)
_INTERJECTIONS = word_set("ja nei jo joda nope yes no yeah aye ok okay oh ah")
# Words that may stand between "kalte ham" and the name: "vi kalte ham bare tøffen".
_NAMING_ADVERBS = word_set("bare alltid just only always for")
TITLES = word_set(
    "mr mrs ms miss mister missus dr doctor nurse sister prof professor fru herr frøken doktor "
    "dr. mr. mrs."
)
# Police and other ranks said before a surname ("PC Lomax", "Sergeant Gamble"; blind6
# session). "PC World" is a shop: after a rank, an everyday word must be a listed surname.
RANKS = word_set(
    "pc dc ds di dci sergeant sgt inspector constable detective superintendent officer "
    "betjent politibetjent konstabel overbetjent"
)
# Ranks said only before a surname: after one of them an everyday word is the surname too
# ("PC Stern", "Sgt Frost"; blind10 session). Shops named so are non-entities ("PC World");
# "inspector", "detective", "officer" also stand before nouns and keep the rule above.
SURNAME_RANKS = word_set("pc dc ds di dci sgt sergeant constable")
# Titles that only ever stand before a person's name. After one of them a surname that is
# also an eponymous diagnosis ("Mr Parkinson", "Dr Down") is the person, not the disease:
# the non-entity lists would otherwise keep it silently (found by prec2).
PERSONAL_TITLE = re.compile(
    r"\b(?:mr|mrs|ms|miss|dr|doctor|prof|professor|fru|herr|frøken|doktor)\.?\s+$", re.I
)
_GENITIVE_END = re.compile(r"(?:['’]s?|s)$")


def titled_eponym(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a listed diagnosis or medicine name right after a personal title."""
    word = text[start:end]
    if not is_capitalized(word) or not PERSONAL_TITLE.search(text[max(0, start - 12) : start]):
        return False
    low = word.lower()
    return low in medicine_words() or _GENITIVE_END.sub("", low) in medicine_words()


KINSHIP = word_set(
    """
    mamma pappa mor far mora moren faren tante onkel bestemor bestefar mormor morfar farmor
    farfar oldemor oldefar svigermor svigerfar kusine fetter søster bror storebror lillebror
    storesøster lillesøster
    mum mom mam mammy mummy dad daddy auntie aunty aunt uncle nan nana nanna gran granny
    grandma grandad granddad grandpa grandmother grandfather our cousin stepdad stepmum
    brother sister son daughter niece nephew grandson granddaughter stepson stepdaughter
    stepbrother stepsister sønn datter niese nevø
    taid nain mamgu tadcu granda grandda
    """
)  # blind10 session: Welsh (taid, nain, mamgu, tadcu) and Scots/Irish (granda) grandparents
PRONOUNS = word_set("han ho hun hu")
# "his mate Dove", "my friend Brook", "kompisen min Stein": a person named by how they stand
# to someone (session 19). The relation word needs an owner, before it or (Norwegian) after.
RELATIONS = word_set(
    """
    mate friend pal buddy boyfriend girlfriend partner husband wife fiance fiancé ex neighbour
    neighbor flatmate housemate roommate cellmate colleague workmate classmate boss sponsor
    venn venninne kompis kamerat kjæreste samboer nabo kollega sjef
    """
)
OWNERS = word_set("my his her our their your min mi mitt hans hennes vår")
# Definite relation words with the owner after them: "kompisen min Stein", "venninna mi Åse".
RELATIONS_DEFINITE = word_set(
    "vennen venninna venninnen kompisen kameraten kjæresten samboeren naboen kollegaen sjefen"
)
FOLLOWERS = word_set(
    """
    is was has had said says told came went called rang texted drove helped works worked
    lives lived used ran runs and from
    er var har hadde sa sier kom ringte jobber jobbet jobba bor bodde og fra hjalp kjørte
    fikk tok ble gikk skrev fant
    """
)

# Size and age words that make a nickname hyphened to a name: "Stor-Ola", "Lille-Even".
PET_PREFIXES = word_set(
    "stor store lille lill vesle veslé gamle unge svarte big wee little young old"
)

# Endings of definite and plural nouns in Norwegian dialects ("jenta", "ungan", "husan").
_DIALECT_ENDINGS = ("ane", "ene", "an", "en", "et", "a", "na")

SCORE_CONTEXT = 0.85


def dialect_noun(low: str, common: frozenset[str], first_names: frozenset[str]) -> bool:
    """A dialect definite or plural form of a known noun ("søstra" of søster, "ungan" of
    unge, "eposten" of e-post): Norwegian opens sentences with them, and they were taken for
    unknown words, so for names (names branch). A listed first name never is."""
    if low in first_names:
        return False
    for ending in _DIALECT_ENDINGS:
        stem = low[: -len(ending)]
        if not low.endswith(ending) or len(stem) < 3:
            continue
        forms = [stem, stem + "e", stem[:-1] + "e" + stem[-1]]
        if stem.startswith("e"):
            forms.append("e-" + stem[1:])
        if any(f in common for f in forms):
            return True
    return False


SCORE_UNKNOWN_SUBJECT = 0.6
SCORE_UNKNOWN = 0.5


# A pronoun or "that/there/what" with a clitic: never a name, though its letters pass.
_CONTRACTION = re.compile(
    r"(?i:i|you|we|they|he|she|it|that|there|what|who|let)['’](?i:ll|m|d|ve|re|s)"
)


class NameInContextRecognizer(AnonkitRecognizer):
    """Names revealed by naming words, titles, kinship words, pronouns (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.common = common_words("nb") | common_words("en")
        self.not_entities = not_entities("nb") | not_entities("en")
        self.first_lower = frozenset(n.lower() for n in all_first_names())
        self.lexicon = Lexicon(lang)
        self.known = places() | world_places() | health_institution_names() | organization_names()

    def _nameable(self, word: str) -> bool:
        """A word that may be a name: letters (and inner hyphens), not a non-entity, not a
        pronoun's contraction ("I'll" of "that nurse, I'll never forget her")."""
        return (
            len(word) > 1
            and word.replace("-", "").replace("'", "").isalpha()
            and word.lower() not in self.not_entities
            # the regex only where it can match: the word holds an apostrophe (speed22)
            and (("'" not in word and "’" not in word) or _CONTRACTION.fullmatch(word) is None)
        )

    def _unknown(self, word: str) -> bool:
        """Capitalized, in no word list (nor a compound or inflection of listed words:
        "Spilltiden", "Nav-reformen"; :meth:`Lexicon.explains_capitalized`), and no known
        place or institution."""
        return (
            is_capitalized(word)
            and self._nameable(word)
            and word.lower() not in self.common
            and word not in self.known
            and not self.lexicon.explains_capitalized(word.lower())
            and not (self.lang == "nb" and self._dialect_noun(word.lower()))
        )

    def _dialect_noun(self, low: str) -> bool:
        return dialect_noun(low, self.common, self.first_lower)

    def _pet_prefixed(self, word: str) -> bool:
        """``Stor-Even``, ``Lille-Even``, ``Vesle-Kari``, ``Big-Tam``: a size or age word
        hyphened to a capitalized name is a nickname (issue 10, item 2), even when the name
        alone is an everyday word ("Even", "Tam")."""
        head, hyphen, tail = word.partition("-")
        return (
            bool(hyphen)
            and head.lower() in PET_PREFIXES
            and tail[:1].isupper()
            and tail.isalpha()
            and len(tail) > 1
            and tail not in self.known  # "Stor-Oslo", "Lille-Norge" are places
        )

    def _named_by_verb(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """A naming verb, its object and perhaps "bare"/"just" before the word: "kalte ham
        Tøffen", "we called him Thomo", "vi kalte ham bare tøffen". In lower case the word must be
        no function word ("called him back", "kalte ham for det")."""
        word = tokens[i].text
        j = i - 1
        if j > 1 and tokens[j].low in _NAMING_ADVERBS:
            j -= 1
        if not (
            j > 0
            and tokens[j].low in NAMING_OBJECTS
            and tokens[j - 1].low in NAMING_VERBS
        ):
            return False
        if text[tokens[i - 1].end : tokens[i].start] != " ":
            return False  # "Jarle, som vi kalte ham, var …": the clause ended at the comma
        if is_capitalized(word):
            return word.lower() not in _FUNCTION_WORDS
        # In lower case only on a line without capitals ("my kids call me every Sunday"), and
        # an everyday word only for a third person ("pappa kalte meg alltid prinsessa").
        return (
            self._lower_case_name_slot(text, tokens[i])
            and word.rstrip("s") not in TITLES
            and (word not in self.common or tokens[j].low in THIRD_PERSON_OBJECTS)
        )

    def _lower_case_cued(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """On an all-lower-case line, the cues that take a capitalized word take any word
        that is no function word, adverb or finite verb (session 19, lower-cased dev sets):
        a title or rank ("dr lamb", "fru bakke", "sykepleier rogn"), a dialect pronoun
        before a verb with a word no list has ("han brekkhus sa"), and commas around the word with a
        pronoun clause after it or a role before it ("og frost, han var …", "sjefen min,
        vold, ga …")."""
        tok = tokens[i]
        low = tok.text
        if not self._lower_case_name_slot(text, tok):
            return False
        if low in KINSHIP or low in PRONOUNS or low in self.not_entities:
            return False
        prev = tokens[i - 1] if i > 0 else None
        if (
            prev is not None
            and text[prev.end : tok.start] in (" ", ". ")
            and prev.low.rstrip(".") in PLAIN_TITLES
        ):
            return True  # no verb follows "fru": "fru kjær" (session 22)
        if self._finite(low):
            return False
        if prev is not None and text[prev.end : tok.start] in (" ", ". "):
            prev_low = prev.low.rstrip(".")
            if (prev_low in TITLES and prev_low not in _VERB_TITLES) or (
                prev_low in RANKS or prev_low in ROLE_TITLES
            ):
                # "doctor said", "nurse came": an ambiguous title takes no verb form
                return low not in word_class_forms(self.lang, "verb")
            if prev_low in PRONOUNS and text[prev.end : tok.start] == " ":
                # After a pronoun only a word no list has, or a listed name: "han hjalp meg",
                # "sende ho bilder" put everyday words there (blind4-6 dev sets).
                if self.lexicon.explains_capitalized(low) and low not in self.first_lower:
                    return False
                nxt = tokens[i + 1].low if i + 1 < len(tokens) else ""
                return nxt in FOLLOWERS or nxt in word_class_forms(self.lang, "verb")
        if not _APPOSITION_BEFORE.search(text, 0, tok.start):
            return False
        return bool(
            _PRONOUN_CLAUSE_AFTER.match(text, tok.end)
            or (text.startswith(",", tok.end) and _ROLE_BEFORE.search(text, 0, tok.start))
            or self._named_at_clause_end(text, tok)
        )

    def _named_at_clause_end(self, text: str, tok: Token) -> bool:
        """ "with my partner at the time, innes.": after an owned relation or kinship word, a
        comma and one word that ends the sentence, a listed first name or a word no list has
        is the relation's name (lcen22). Everyday words there ("with my mum, shopping.",
        "my partner at the time, obviously.") are not."""
        if self.lang != "en" or not _SENTENCE_END.match(text, tok.end):
            return False
        m = _OWNED_RELATION_BEFORE.search(text, max(0, tok.start - 60), tok.start)
        if m is None or m.end() != tok.start:
            return False
        rel = m.group("rel").lower()
        low = tok.text
        return (rel in RELATIONS or rel in KINSHIP) and (
            low in self.first_lower or low not in self.common
        )

    def _discourse_word(self, low: str) -> bool:
        """ "Greit, det kalte de meg": an adverb, filler or interjection before the comma is
        a reply, not what someone was called (nb23)."""
        return is_filler(low) or low in _INTERJECTIONS or low in word_class_forms(self.lang, "adv")

    def _finite(self, low: str) -> bool:
        """An auxiliary, a modal or a past-tense verb form: never a name in a name slot
        ("han må si", "ho ringte"). Bare stems are not: "fryd", "vold" are verb forms too."""
        if low in _AUXILIARIES:
            return True
        verbs = word_class_forms(self.lang, "verb")
        return low in verbs and (self.lang == "en" or low.endswith(_PAST_ENDINGS))

    def _lower_case_name_slot(self, text: str, tok: Token) -> bool:
        """A lower-case word in a naming slot of an all-lower-case line, that is no function
        word, hesitation or adverb (session 19: "her name was fern", "foss, det heter han")."""
        word = tok.text
        return (
            word.islower()
            and word.isalpha()  # not "he's"
            and lower_case_line(text, tok.end)
            and word not in _FUNCTION_WORDS
            and not is_filler(word)
            and word not in _INTERJECTIONS
            and word not in word_class_forms(self.lang, "adv")
        )

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        tokens = tokenize(text)
        # speed21: whether the naming patterns can match anywhere in the text (``_gates``)
        cues = (may_match(NAME_IS, text), may_match(NAME_AFTER, text))
        for i, tok in enumerate(tokens):
            found = self._classify(text, tokens, i, cues)
            if found is not None:
                yield tok.start, tok.end, PERSON, found

    def _classify(
        self, text: str, tokens: tuple[Token, ...], i: int, cues: tuple[bool, bool] = (True, True)
    ) -> float | None:
        tok = tokens[i]
        word = tok.text
        if not self._nameable(word):
            return SCORE_CONTEXT if titled_eponym(text, tok.start, tok.end) else None
        prev = tokens[i - 1] if i > 0 else None
        prev_low = prev.low if prev is not None else ""
        close = prev is not None and text[prev.end : tok.start] in (" ", ". ", ", ")
        # 1. naming words: the next word is a name, capitalized or not.
        if close and prev is not None and not tok.sent_start:
            if (
                prev_low in NAMING_WORDS
                and word.lower() not in _FUNCTION_WORDS
                # "a village called Wool", "en skole som het Fjellhaug": named_places.py
                and naming_slot_kind(text, prev.start) is None
            ):
                low = word.lower()
                if is_capitalized(word) or (
                    word.islower() and (low in self.first_lower or low not in self.common)
                ):
                    return SCORE_CONTEXT
                if (
                    word.islower()
                    and (prev_low in STRONG_NAMING or _IS_CALLED.search(text, 0, prev.start))
                    and text[prev.end : tok.start] == " "
                    and not is_filler(low)
                    # "the guards were called twice": an adverb (session 21)
                    and low not in word_class_forms(self.lang, "adv")
                    and not (self.lang == "nb" and self._dialect_noun(low))
                    and not _NAME_QUESTION.search(text[max(0, prev.start - 12) : prev.start])
                ):
                    return SCORE_CONTEXT
            if self._named_by_verb(text, tokens, i):
                return SCORE_CONTEXT
        capitalized = is_capitalized(word)
        if not capitalized and not (word.islower() and lower_case_line(text, tok.end)):
            return None  # a lower-case word on a line written with capitals (cheap test first)
        if (
            cues[0]
            and NAME_IS.search(text[max(0, tok.start - 24) : tok.start])
            and (capitalized or self._lower_case_name_slot(text, tok))
        ):
            return SCORE_CONTEXT
        plain = word.replace("-", "").isalpha()
        after = NAME_AFTER.search(text[tok.end : tok.end + 30]) if plain and cues[1] else None
        if (
            after is not None
            and word.lower() not in _FUNCTION_WORDS
            and (capitalized or (after.group("strong") and self._lower_case_name_slot(text, tok)))
            and not (after.group("called") and self._discourse_word(word.lower()))
        ):
            return SCORE_CONTEXT
        if not capitalized:
            return SCORE_CONTEXT if self._lower_case_cued(text, tokens, i) else None
        if self._pet_prefixed(word):
            return SCORE_CONTEXT
        # 2./3. titles, kinship words and pronouns right before a capitalized word.
        if close and prev is not None and word.lower() not in PRONOUNS:
            if prev_low.rstrip(".") in TITLES:
                return SCORE_CONTEXT  # "Mr. Little": a title's full stop ends no sentence
            if prev_low.rstrip(".") in RANKS and (
                word.lower() not in self.common
                or word in all_surnames()
                or prev_low.rstrip(".") in SURNAME_RANKS
            ):
                return SCORE_CONTEXT
            # Kinship words and pronouns only within the sentence: "… til mamma. Han var …"
            # Session 23: a capitalized "Our" mid-sentence opens a title ("to Our Lady", "Our
            # Lady's in Crumlin"), not the dialect kinship "our" ("our Tracy").
            if (
                (prev_low in KINSHIP or prev_low in PRONOUNS)
                and not tok.sent_start
                and not (prev.text == "Our" and not prev.sent_start)
            ):
                if (
                    prev_low in PRONOUNS
                    and lower_case_line(text, tok.end)
                    and self._finite(word.lower())
                ):
                    return None  # "han lo bare": the truecaser's "Lo" is the verb
                return SCORE_CONTEXT
            if not tok.sent_start and _owned_relation(tokens, i):
                return SCORE_CONTEXT
        # 4. an unknown word opening a sentence ("I'm", "Don't" are contractions, not names).
        if tok.sent_start and "'" not in word and "’" not in word and self._unknown(word):
            nxt = tokens[i + 1] if i + 1 < len(tokens) else None
            follows = (
                nxt is not None
                and text[tok.end : nxt.start] == " "
                and nxt.low in FOLLOWERS
            )
            return SCORE_UNKNOWN_SUBJECT if follows else SCORE_UNKNOWN
        return None


def _owned_relation(tokens: tuple[Token, ...], i: int) -> bool:
    """``tokens[i]`` follows "my friend", "his mate" or "kompisen min"."""
    if i < 2:
        return False
    before, prev = tokens[i - 2].low, tokens[i - 1].low
    return (prev in RELATIONS and before in OWNERS) or (
        prev in OWNERS and before in RELATIONS_DEFINITE
    )


# Words that follow "heter"/"called" without being a name ("det heter seg", "called it").
_FUNCTION_WORDS = word_set(
    "det den de seg it that this the a an me him her them sånn slik noe something so what "
    "ikke not også jo vel egentlig visst faktisk bare just really actually back in out up "
    "off for about by my your his our their min mitt mi din hans hennes "
    "etter at som når da der her hva in on at to til på i we they you he she vi de han hun ho "
    "hu dem deg oss jeg eg æ du dere names everything anything nothing something whatever "
    "ting alt noe navn spelled spelt written skrives skrevet staves stavet"
)


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NameInContextRecognizer(lang)]
