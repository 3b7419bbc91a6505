"""Person names from name lists, scored by context (design.md §4, layer 3) → PERSON.

Lists: Norwegian first names (with gender) and surnames from Statistics Norway, English
first names and surnames from Faker (see ``data/SOURCES.md``); both languages are used for
every transcript, because Norwegian interviews mention English names and the reverse.

Rules (why: a missed name is a breach, a false alarm costs a click — but a flood of false
alarms hides the real ones):

* only capitalized tokens (``Kari``), never all-caps acronyms or lower-case words;
* adjacent capitalized name tokens form one span: ``Kari Johansen``, ``Anne Marie Olsen``;
  after a first name, an unknown capitalized non-word is taken as the surname
  (``Irene Xyzberg``);
* a title, role or relation just before raises the score (``Dr. Hansen``, ``sykepleier
  Kari``, ``min søster Liv``, ``my friend May``, ``jeg heter …``), and makes an unlisted
  capitalized non-word a name too (``sykepleier Torvund``, ``Dr. Xylander``);
* names that are everyday words (``names.ambiguous_first_names``: Per, Liv, May, Will …)
  score low at the start of a sentence without such support — unless a finite verb follows
  ("May is my best friend": a subject), they carry a genitive ("Bjørns unger") or are
  coordinated with a clear first name ("Per og Kari") — and
  the month-names (April, May, June, August, Juni) are skipped after "in/i/last/neste …"
  or before a day;
* a surname alone needs a title, or must not be a place (``Berg``, ``Moss`` are left to
  the place gazetteer) nor a common word at the start of a sentence; mid-sentence a
  surname that is also a word scores 0.55 in Norwegian (nouns are not capitalized) and
  0.4 in English ("the King", "Young");
* a "full name" that is a place (``Jan Mayen``) is left to the place gazetteer;
* genitives and possessives (``Irenes``, ``Irene's``, ``Agnes'``): the span is the name
  *without* the suffix (``Irene``), so pseudonymization can keep the suffix;
* ``wordlists.not_entities`` (Freud, Gud, NAV …) are never names.
"""

from __future__ import annotations

from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.names import (
    all_first_names,
    all_surnames,
    ambiguous_first_names,
    first_names,
)
from anonkit.anonymize.places import health_institution_names, places, uk_towns, world_places
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    Token,
    is_capitalized,
    tokenize,
    word_set,
)
from anonkit.anonymize.recognizers._context_words import CALENDAR_NAMES
from anonkit.anonymize.recognizers._phrases import PhraseIndex
from anonkit.anonymize.recognizers._slot_words import naming_slot_kind
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import common_words, not_entities

# Words right before a name that say "a person follows" (lower case).
PERSON_CUES = word_set(
    """
    dr doktor lege legen fastlege fastlegen sykepleier sykepleieren psykolog psykologen
    psykiater psykiateren terapeut terapeuten behandler behandleren kontaktperson
    primærkontakt primærkontakten miljøterapeut saksbehandler saksbehandleren sjef sjefen
    herr fru frøken søster søsteren bror broren mor moren far faren mamma pappa sønn sønnen
    datter datteren kone kona mann mannen samboer samboeren kjæreste kjæresten venn vennen
    venninne venninna venninnen kollega kollegaen onkel tante bestemor bestefar mormor farmor
    morfar farfar fetter kusine nabo naboen heter het kalt barnet gutten jenta
    nurse doctor professor prof mr mrs ms miss sister brother mother father mum mom dad son
    daughter wife husband partner friend boyfriend girlfriend uncle aunt grandma grandpa
    granny grandmother grandfather cousin colleague neighbour neighbor named called boss
    therapist psychologist psychiatrist counsellor counselor gp
    """
)
# "my name is X", "jeg heter X": handled by the cue words above ("heter", "is" is too weak).
NAME_IS = ("name is", "navnet er", "navnet mitt er", "name's")
# Words before a month-name that make it a month ("in May", "i juni", "last April").
MONTH_CUES = word_set(
    "in i om last next this since until till by early late mid of fra til neste forrige siste hele"
)
MONTH_NAMES = frozenset({"April", "May", "June", "August", "Juni", "Mai", "Juli"})
# Session 27: in a sentence that names another month, or says "month", a month name that is
# also a first name is only flagged ("May was a bad month, June was worse"; "June and I
# shared a room in March" is still asked about, never kept silently).
SCORE_MONTH_ASKED = 0.3
_MONTH_WORDS = word_set(
    "january february march april may june july august september october november december "
    "januar februar mars april mai juni juli august september oktober november desember "
    "month months måned måneden måneder månedene"
)
# Finite verbs after a sentence-initial ambiguous name make it the subject, so a person:
# "May is my best friend", "Per var nattevakt". Modal questions ("May I", "Will you") and
# nouns ("Per dag", "Liv og død") do not match. Costs a false alarm on "Hope is important".
SUBJECT_VERBS = word_set(
    "is was has had said says told came went called helped thinks thought knew knows works "
    "worked lives lived loved loves wanted wants got gets took takes asked looked tried "
    "er var har hadde sa sier kom ble blir gikk ringte hjalp jobber jobbet bor bodde mente "
    "synes syntes tenkte fortalte fikk tok spurte prøvde ville skulle kunne "
    # speech: "Mark from the outreach team came", "Hope rang", "Sol jobber i barnehagen"
    "rang texted drove ran used brought from fra jobba skreiv skrev kjørte"
)
# Session 44: a first name that is also an answer word ("Jo", no longer a non-entity): at a
# sentence start before a comma or an answer's tail it is the answer ("Jo, det var sånn",
# "Jo da"); "Jo kom i går" is the subject.
_ANSWER_NAMES = frozenset({"jo"})
_ANSWER_TAILS = frozenset({"da", "visst", "takk", "altså", "vel", "men", "nok", "jo"})
# After "<ambiguous name> is": words that make it a person ("May is my best friend").
COPULA_PERSON_CUES = word_set(
    "my our his her their your min mi mitt vår hans hennes deres always still never "
    "coming going here there home back alltid fortsatt aldri her der hjemme"
)
# Prepositions before a place ("i Moss", "fra Berg"): a surname that is a place yields.
PLACE_PREPOSITIONS = word_set("i på fra til ved mot in at from to near via")
# Determiners before a capitalized word make it a thing or a title ("the King", "den Store").
DETERMINERS = word_set("the a an this that den det de en ei et ein eit denne dette")
# Session 23: English auxiliaries that are also listed first names ("Are", "Will", "May",
# "Can"): at a sentence start before a subject pronoun they open a question ("Are you still
# …?", "Will they let me …?"), never a name; the name comes before a verb or "and".
QUESTION_AUXILIARIES = word_set(
    "are is was were will would can could shall should may might must do does did have has had"
)
QUESTION_SUBJECTS = word_set("i you he she we they it there")
GENITIVE_SUFFIXES = ("'s", "’s", "s")
_NAMING = word_set("called named kalt kalla heter het hette heitte")
# Street types after a first name make a street ("Percy Street"; session 21, when short forms
# such as Percy joined the name lists): never a surname there.
_STREET_TYPES = word_set("street road lane avenue drive crescent close terrace gardens gata veien")

SCORE_FULL = 0.95
SCORE_CUE = 0.9
SCORE_CUE_UNKNOWN = 0.8
SCORE_FIRST_MID = 0.85
SCORE_FIRST_INITIAL = 0.75
SCORE_AMBIGUOUS_MID = 0.6
SCORE_AMBIGUOUS_INITIAL = 0.3
SCORE_AMBIGUOUS_SUBJECT = 0.55
SCORE_SURNAME = 0.6
SCORE_SURNAME_INITIAL = 0.5
SCORE_SURNAME_COMMON_NB = 0.55
SCORE_SURNAME_COMMON_EN = 0.4


class PersonGazetteerRecognizer(AnonkitRecognizer):
    """First names and surnames from the gazetteers, scored by context (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.first = all_first_names()
        self.main_first = first_names("nb").keys() | first_names("en").keys()
        self.surnames = all_surnames()
        self.ambiguous = ambiguous_first_names(lang)
        self.common = common_words(lang)
        # Session 37: written words that are no "-s" genitive of a name ("This", "class",
        # "bills"). English writes its genitive with an apostrophe, so any everyday word is
        # itself; Norwegian writes it without one ("Pers kone"), so only function words are.
        self.not_genitives = self.common if lang == "en" else FUNCTION_WORDS
        self.not_entities = not_entities(lang)
        # UK towns (places_en.txt) are left out here: many are first names too (Hope, Sandy,
        # Wells), and a capitalized first name is more often the person in an interview.
        self.places = places() | (world_places() - uk_towns())
        self.institutions = health_institution_names()
        # Multi-word places ("Møre og Romsdal", "New York"): their words are not names.
        self.place_phrases = PhraseIndex(
            frozenset(p for p in self.places | self.institutions if " " in p), fold_tail=False
        )

    # -- token classification ------------------------------------------------------------
    def _is_first(self, word: str) -> bool:
        if word in self.first:
            return True
        parts = word.split("-")
        return len(parts) > 1 and all(p in self.first for p in parts)

    def _strip_genitive(self, word: str) -> tuple[str, bool]:
        """Return (base, had_suffix): ``Irenes`` → ``Irene``, ``Irene's`` → ``Irene``."""
        if word in self.first or word in self.surnames:
            return word, False
        for suffix in GENITIVE_SUFFIXES:
            if suffix == "s" and word.lower() in self.not_genitives:
                continue  # session 37: "This" is no genitive of the name "Thi"
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                base = word[: -len(suffix)]
                if self._is_first(base) or base in self.surnames:
                    return base, True
        return word, False

    def _kind(self, word: str) -> str | None:
        """'first', 'surname' or None for a (genitive-stripped) capitalized word."""
        if not is_capitalized(word) or (
            # session 45: a day or month that is a first name ("June") is one here; resolve
            # keeps it only after a kinship word, a naming verb or a title
            word.lower() in self.not_entities and word.lower() not in CALENDAR_NAMES
        ):
            return None
        if self._is_first(word):
            return "first"
        if word in self.surnames:
            return "surname"
        parts = word.split("-")
        if len(parts) > 1 and all(p in self.surnames or p in self.first for p in parts):
            return "surname"  # "Strøm-Erichsen", "Berg-Hansen"
        return None

    def _unknown_surname_ok(self, word: str) -> bool:
        low = word.lower()
        return (
            is_capitalized(word)
            and word.replace("-", "").isalpha()
            and low not in self.common
            and low not in self.not_entities
            and word not in self.places
        )

    def _cued_unknown(self, text: str, tokens: tuple[Token, ...], i: int, word: str) -> bool:
        """An unlisted capitalized word right after a person cue: "sykepleier Torvund"."""
        tok = tokens[i]
        return (
            i > 0
            and not tok.sent_start
            and tokens[i - 1].text.lower() in PERSON_CUES
            and not naming_slot_kind(text, tokens[i - 1].start)
            and self._unknown_surname_ok(word)
            and word not in self.institutions
        )

    # -- scanning ------------------------------------------------------------------------
    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        tokens = tokenize(text)
        i = 0
        n = len(tokens)
        while i < n:
            inside_place = self.place_phrases.match(text, tokens, i)
            if inside_place:
                i += inside_place
                continue
            tok = tokens[i]
            base, genitive = self._strip_genitive(tok.text)
            kind = self._kind(base)
            if kind is None and self._cued_unknown(text, tokens, i, base):
                kind = "unknown"
            if kind is None:
                i += 1
                continue
            # Extend over adjacent name tokens (single spaces only, no sentence break).
            kinds = [kind]
            end = tok.start + len(base)
            j = i + 1
            while not genitive and j < n and _adjacent(text, tokens[j - 1], tokens[j]):
                nxt = tokens[j]
                nbase, ngen = self._strip_genitive(nxt.text)
                nkind = self._kind(nbase)
                if nkind is None and kinds[0] != "surname" and self._unknown_surname_ok(nbase):
                    nkind = "surname"
                if nkind is None or nxt.sent_start or nbase.lower() in _STREET_TYPES:
                    break  # "Percy Street", "Victoria Road": a street, not a surname
                kinds.append(nkind)
                end = nxt.start + len(nbase)
                genitive = ngen
                j += 1
            if len(kinds) > 1 and text[tok.start : end] in self.places:
                i = j  # "Jan Mayen", "Mo i Rana": a place that looks like a full name
                continue
            score = self._score(text, tokens, i, j, base, kinds, genitive)
            if score is not None:
                yield tok.start, end, PERSON, score
            i = j

    def _score(
        self,
        text: str,
        tokens: tuple[Token, ...],
        i: int,
        j: int,
        base: str,
        kinds: list[str],
        genitive: bool = False,
    ) -> float | None:
        tok = tokens[i]
        prev = tokens[i - 1].text.lower() if i > 0 and not tok.sent_start else ""
        prev_is_cue = (
            prev in PERSON_CUES
            or text[max(0, tok.start - 14) : tok.start].lower().rstrip().endswith(NAME_IS)
        ) and not (i > 0 and naming_slot_kind(text, tokens[i - 1].start))  # "a village called"
        if i > 0 and prev in _NAMING and naming_slot_kind(text, tokens[i - 1].start):
            return None  # "a village called Flo", "en skole som het Tone": named_places.py
        if kinds[0] == "unknown":
            return SCORE_CUE_UNKNOWN
        if len(kinds) > 1:
            return SCORE_FULL if "first" in kinds else (SCORE_CUE if prev_is_cue else None)
        if kinds[0] == "first":
            if base in self.places and base not in self.main_first and not prev_is_cue:
                return None  # "Paris", "Bergen": a place first, a name only in foreign lists
            if base in MONTH_NAMES and (
                prev in MONTH_CUES or _next_is_digit(tokens, j) or _prev_is_digit(tokens, i)
            ):
                return None
            if base in MONTH_NAMES and not prev_is_cue and _months_talked_of(tokens, i):
                return SCORE_MONTH_ASKED  # "May was a bad month, June was worse": asked
            if _holiday(tokens, i, j, base):
                return None  # "Christmas Eve", "Valentine's Day"
            if self.lang == "en" and _question(tokens, i, j, base):
                return None  # "Are you still …?"
            if prev_is_cue:
                return SCORE_CUE
            if base in self.ambiguous:
                if prev in DETERMINERS:
                    return None
                if not tok.sent_start or genitive:
                    return SCORE_AMBIGUOUS_MID  # "med Per", "Bjørns unger"
                nxt = tokens[j].text.lower() if j < len(tokens) else ""
                if base.lower() in _ANSWER_NAMES and (
                    nxt in _ANSWER_TAILS or text.startswith(",", tokens[j - 1].end)
                ):
                    return None  # "Jo, det var vel sånn", "Jo da" (session 44): the answer
                after = {t.text.lower() for t in tokens[j + 1 : j + 4]}
                if nxt in ("is", "er") and not after & COPULA_PERSON_CUES:
                    # recall1: "Hope is what keeps you going", "Faith is the only thing":
                    # the word defined; "May is my best friend", "May er bestevenninna mi" (a
                    # possessive within three words) stay a name.
                    return SCORE_AMBIGUOUS_INITIAL
                if nxt in SUBJECT_VERBS and text[tokens[j - 1].end : tokens[j].start] == " ":
                    return SCORE_AMBIGUOUS_SUBJECT  # "May is my best friend", "Per var der"
                if nxt in ("og", "and", "eller", "or") and j + 1 < len(tokens):
                    other = tokens[j + 1].text
                    if self._is_first(other) and other not in self.ambiguous:
                        return SCORE_AMBIGUOUS_SUBJECT  # "Per og Kari kom", "May and John"
                return SCORE_AMBIGUOUS_INITIAL
            return SCORE_FIRST_INITIAL if tok.sent_start else SCORE_FIRST_MID
        # A surname on its own.
        if prev_is_cue:
            return SCORE_CUE
        if prev in DETERMINERS or base in self.places or base in self.institutions:
            return None
        if base.lower() in self.common:
            # Sentence-initially it is the word. Mid-sentence a capital is strong evidence
            # in Norwegian (nouns are lower case; Ordbank also lists rare forms such as
            # "jensen"), weaker in English ("King", "Young" as titles or emphasis).
            if tok.sent_start:
                return None
            return SCORE_SURNAME_COMMON_NB if self.lang == "nb" else SCORE_SURNAME_COMMON_EN
        return SCORE_SURNAME_INITIAL if tok.sent_start else SCORE_SURNAME


def _question(tokens: tuple[Token, ...], i: int, j: int, base: str) -> bool:
    """Session 23: ``Are you …?``: an auxiliary opening the sentence before a subject pronoun."""
    return (
        tokens[i].sent_start
        and base.lower() in QUESTION_AUXILIARIES
        and j < len(tokens)
        and tokens[j].text.lower() in QUESTION_SUBJECTS
    )


def _holiday(tokens: tuple[Token, ...], i: int, j: int, base: str) -> bool:
    """A name inside a holiday's name: "Christmas Eve", "New Year's Eve", "Valentine's Day",
    "St Patrick's Day" (recall1: category 3 false positives)."""
    prev = tokens[i - 1].text.lower() if i > 0 else ""
    if base == "Eve" and prev in ("christmas", "year's", "year’s", "years", "halloween"):
        return True
    word = tokens[i].text
    nxt = tokens[j].text if j < len(tokens) else ""
    return nxt == "Day" and word.endswith(("'s", "’s"))


def _adjacent(text: str, a: Token, b: Token) -> bool:
    return text[a.end : b.start] == " "


def _months_talked_of(tokens: tuple[Token, ...], i: int) -> bool:
    """Another month name or a word for month in the same sentence as token ``i``."""
    start = i
    while start > 0 and not tokens[start].sent_start:
        start -= 1
    end = i + 1
    while end < len(tokens) and not tokens[end].sent_start:
        end += 1
    return any(
        k != i and tokens[k].text.lower() in _MONTH_WORDS for k in range(start, end)
    )


def _next_is_digit(tokens: tuple[Token, ...], j: int) -> bool:
    return j < len(tokens) and tokens[j].text[:1].isdigit()


def _prev_is_digit(tokens: tuple[Token, ...], i: int) -> bool:
    return i > 0 and tokens[i - 1].text[:1].isdigit()


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [PersonGazetteerRecognizer(lang)]
