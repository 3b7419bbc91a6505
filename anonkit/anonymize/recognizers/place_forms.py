"""Places by their form after a place preposition → LOCATION (issue 10; places session).

Why: the place layers before this one need a listed place, a capital, or a verb of living or
moving. Speech transcripts bring places in shapes none of them sees:

* **an ASR misspelling of a listed place after a place preposition**, on a line written in
  lower case (``til sandefjor``, ``så til larvikk``, ``kom vi til hammarfest``, ``out to
  lestor``): one edit from a listed one-word place (two from eight letters), same first
  letter, and no word form itself. Norwegian compound splitting explains such words away
  (``hammar|fest``, ``lar|vikk``), so the near place is tried *before* any compound: a word
  that is one slip from a town after ``til`` is the town. (:mod:`.places_in_context` does the
  same only after a verb of living or moving, and after compound splitting.)
* **a Norwegian definite place form** after a place preposition: a word Ordbank does not list
  as a whole that ends in a topographic noun in the definite form (``innerst i kåfjorden``,
  ``over sognefjellet``, ``hytte på bulandet``, ``ved isvatnet``, ``ut til fugleøya``, a
  street without a number: ``bodde i kirkeveien``); in
  Norwegian, where nouns are written in lower case, also a capitalized everyday word after a
  place preposition mid-sentence after a verb of living, moving or staying (``Vi var i
  Torsken``, ``flytta til Bakken``): the capital makes the noun a name, the verb and the
  preposition a place (not kinship words: ``dro til Pappa``).
* **an English lower-case place of two or three words** the lists know (``in north
  shields``, ``east ham``, ``walk the pennine way``, ``climbed ben nevis``), after a place
  preposition, an article or a verb of visiting, and a lower-case
  **street name**: a listed place, a listed name or a word no list knows before ``road``/
  ``street``/``lane``… (``on soho road``, ``the antrim road``, ``off ormeau road``; not
  ``the main road``) — the eval sets mark a street without a number as a place; so too a
  name before a landform word (``up the calder valley``, ``on rannoch moor``; lcen23).

* **a compass word and a name** after a place preposition (``in East Ham``, ``i nord odal``,
  ``vi bodde i nedre eiker``): replaced when the name is a listed place, a word no list
  knows or capitalized on a line with capitals; an everyday word after the compass word on
  a lower-case line is only flagged (``i nedre etasje`` is a floor).

* **a long place ASR wrote as two or three words** after a place preposition (``moved to
  aber wrist with`` for Aberystwyth): the words joined within a third of edits of a listed
  place of eight letters or more, same first two letters: flagged.
* **a bare word after a building and a place preposition** (``hytte ved isteren``, ``har
  kontor på paradis``, ``a flat in lampeter``) on a lower-case line: flagged.
* **a bare word after a particle and a place preposition** (``we'd go out to clones``,
  ``lived down in mumbles``, ``kjørte ned til skjolden``) on a lower-case line: flagged, or
  replaced when no word list knows the word (``a flat in lampeter``, ``a house in aal``).

Every rule here needs its preposition; what stays doubtful is flagged, not replaced.
"""

from __future__ import annotations

from collections.abc import Iterator

from rapidfuzz.distance import Levenshtein

from anonkit.anonymize.entity_types import LOCATION
from anonkit.anonymize.names import all_first_names, all_surnames
from anonkit.anonymize.person_spans import PERSON_CUE_WORDS
from anonkit.anonymize.places import places, world_places
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, Token, tokenize, word_set
from anonkit.anonymize.recognizers._place_words import (
    BUILDING_IDIOMS,
    BUILDING_NOUNS,
    BUILDING_PREPOSITIONS,
    COMPASS,
    DEFINITE_PLACE_ENDINGS,
    GREW_UP,
    MIN_NEAR_LEN,
    MULTIWORD_LEADS,
    NAMED_PLACE_TAILS,
    NB_PLACE_TAILS,
    NB_STAY_VERBS,
    NOT_AFTER_COMPASS,
    PARTICLE_IDIOMS,
    PARTICLE_PREPOSITIONS,
    PARTICLES,
    PREPOSITIONS_BY_LANG,
    SET_OFF_AFTER,
    SET_OFF_BEFORE,
    SPLIT_MIN_LEN,
    STREET_LEADS,
    STREET_WORDS,
    multiword_places,
    near_place,
    number_word,
    opens_lower_case,
    split_index,
)
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS, lower_case_line
from anonkit.anonymize.wordlists import not_entities, word_class_forms

SCORE = 0.6
# A word one slip from a listed town after a preposition is that town: above the person
# rules' 0.6, so a tie with "subject of a verb" keeps the place's type.
SCORE_NEAR = 0.65
# A long place ASR wrote as two or three words ("aber wrist with" for Aberystwyth): the
# words joined are within this share of edits of a listed place of eight letters or more.
SPLIT_MAX_SHARE = 0.32
# A compass word before an everyday word is a place only perhaps ("i nedre del av byen"):
# shown, not replaced.
SCORE_DOUBT = 0.35

_NB_MOTION_PARTICLES = word_set("inn opp ned innover utover oppover nedover oppetter nedetter")


class PlaceFormRecognizer(AnonkitRecognizer):
    """Misspelled, definite, multi-word and street places after a preposition (docstring)."""

    ENTITIES = (LOCATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lexicon = Lexicon(lang)
        self.prepositions = PREPOSITIONS_BY_LANG[lang]
        self.skip = not_entities(lang)
        self.first_lower = frozenset(n.lower() for n in all_first_names())
        self.names_lower = self.first_lower | frozenset(n.lower() for n in all_surnames())
        self.places_lower = frozenset(p.lower() for p in places() | world_places() if " " not in p)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        tokens = tokenize(text)
        for i in range(1, len(tokens)):
            prep = tokens[i - 1].text.lower()
            if self.lang == "en" and prep in STREET_LEADS:
                span = self._street(text, tokens, i)
                if span is not None:
                    yield span[0], span[1], LOCATION, SCORE
                    continue
            if self.lang == "en" and (
                prep in MULTIWORD_LEADS or SET_OFF_BEFORE.search(text, 0, tokens[i].start)
            ):
                span = self._multiword(text, tokens, i)
                if span is not None and (
                    prep in MULTIWORD_LEADS or SET_OFF_AFTER.match(text, span[1])
                ):
                    yield span[0], span[1], LOCATION, SCORE
                    continue
                near = (
                    self._near_multiword(text, tokens, i)
                    if prep in self.prepositions and tokens[i].text.lower() not in FUNCTION_WORDS
                    else None
                )
                if near is not None:
                    yield near
                    continue
            if prep not in self.prepositions or tokens[i - 1].text == "I":
                # session 50 (blind40 lower-cased: "vi gikk tur inn bolterdalen"): a particle
                # of motion before a definite place form ("opp kvitdalen", "innover fjorden")
                if (
                    self.lang == "nb"
                    and prep in _NB_MOTION_PARTICLES
                    and self._definite(text, tokens, i)
                ):
                    yield tokens[i].start, tokens[i].end, LOCATION, SCORE
                continue
            tok = tokens[i]
            compass = self._compass(text, tokens, i)
            if compass is not None:
                yield tok.start, tokens[i + 1].end, LOCATION, compass
            elif self._near(text, tok):
                yield tok.start, tok.end, LOCATION, SCORE_NEAR
            elif self.lang == "nb" and self._definite(text, tokens, i):
                yield tok.start, tok.end, LOCATION, SCORE
            elif self._after_particle(text, tokens, i) or self._after_building(text, tokens, i):
                # a word no word list knows there is the place ("a flat in lampeter")
                known = self.lexicon.is_common(tok.text.lower())
                sure = not known or self._grew_up_in_verb(tokens, i)
                yield tok.start, tok.end, LOCATION, SCORE if sure else SCORE_DOUBT
            elif (split := self._split_near(text, tokens, i)) is not None:
                yield tok.start, split, LOCATION, SCORE_DOUBT

    def _plain(self, low: str) -> bool:
        """A word that may be a name at all: letters, three or more, no closed-class word."""
        return (
            len(low) >= 3 and low.isalpha() and low not in FUNCTION_WORDS and low not in self.skip
        )

    def _near(self, text: str, tok: Token) -> bool:
        """ "til sandefjor": one slip from a listed place, on a lower-case line."""
        low = tok.text.lower()
        return (
            len(low) >= MIN_NEAR_LEN
            and tok.text.islower()
            and self._plain(low)
            and low not in self.places_lower
            and low not in self.names_lower
            and not self.lexicon.is_common(low, compounds=False)
            and lower_case_line(text, tok.start)
            and near_place(low) is not None
        )

    def _definite(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """ "innerst i kåfjorden", "Vi var i Torsken": a definite place form, or a capitalized
        everyday word mid-sentence (Norwegian writes nouns in lower case)."""
        tok = tokens[i]
        word = tok.text
        low = word.lower()
        if not self._plain(low) or low in self.places_lower:
            return False
        if word[0].isupper() and not word.isupper():
            if (
                tok.sent_start
                or lower_case_line(text, tok.start)
                or low in self.first_lower
                or low in PERSON_CUE_WORDS
            ):
                return False
            if self._tail(low):
                return True
            # A capitalized everyday word ("Vi var i Torsken"): the capital is the name cue,
            # a verb of living, moving or staying before the preposition the place cue ("til
            # Mamma", "i Bibelen" are not places). Unknown words are the NER model's and the
            # unknown-word rules'.
            return self.lexicon.is_common(low, compounds=False) and any(
                t.text.lower() in NB_STAY_VERBS for t in tokens[max(0, i - 6) : i - 1]
            )
        # lower case: only on a line that lost its capitals (on a line with capitals a
        # lower-case compound is a noun: "på kunnskapsmotorveien")
        return word.islower() and lower_case_line(text, tok.start) and self._tail(low)

    def _tail(self, low: str) -> bool:
        """Ends in a definite topographic noun after a first part, and Ordbank does not list
        the whole word ("fjorden", "landet" alone are words; "kåfjorden" is a name)."""
        return (
            low.endswith(NB_PLACE_TAILS)  # one C-level test before the per-tail length check
            and any(low.endswith(t) and len(low) >= len(t) + 2 for t in NB_PLACE_TAILS)
            and not self.lexicon.is_common(low, compounds=False)
        )

    def _compass(self, text: str, tokens: tuple[Token, ...], i: int) -> float | None:
        """"in East Ham", "i nord odal", "in west didsbury": a compass word and a name after
        a place preposition. The name is a listed place, a word no list knows or, on a line
        with capitals, capitalized with its compass word; an everyday word after a compass
        word on a lower-case line is only shown ("in east ham", "i nedre etasje")."""
        if i + 1 >= len(tokens):
            return None
        head, name = tokens[i], tokens[i + 1]
        low = name.text.lower()
        if (
            head.text.lower() not in COMPASS
            or text[head.end : name.start] != " "
            # not _plain: "ham" (East Ham) is also a dialect pronoun
            or len(low) < 3
            or not low.isalpha()
            or low in self.skip
            or low in NOT_AFTER_COMPASS
            or (i + 2 < len(tokens) and tokens[i + 2].text.lower() in STREET_WORDS)
        ):
            return None
        if not lower_case_line(text, head.start):
            both = head.text[:1].isupper() and name.text[:1].isupper()
            return SCORE if both and not head.sent_start else None
        if low in self.places_lower or not self.lexicon.is_common(low):
            return SCORE
        return SCORE_DOUBT

    def _after_particle(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """"we'd go out to clones", "ned til skjolden": a bare word after a particle and a
        place preposition, on a lower-case line (module constants)."""
        if i < 2:
            return False
        tok, particle = tokens[i], tokens[i - 2].text.lower()
        low = tok.text.lower()
        return (
            particle in PARTICLES[self.lang]
            and tokens[i - 1].text.lower() in PARTICLE_PREPOSITIONS
            and low not in PARTICLE_IDIOMS
            and low not in self.first_lower
            and self._plain(low)
            and opens_lower_case(text, tok.start)
        )

    def _grew_up_in_verb(self, tokens: tuple[Token, ...], i: int) -> bool:
        """ "vokste opp i kvikne", "vokste opp på jar" (blind8): where someone grew up is a
        place; a word Ordbank knows only as a verb form cannot be it as a word (a definite
        noun ending keeps "vokste opp på landet" a noun)."""
        low = tokens[i].text.lower()
        return (
            self.lang == "nb"
            and i >= 3
            and tokens[i - 3].text.lower() in GREW_UP
            and low in word_class_forms("nb", "verb")
            and not low.endswith(DEFINITE_PLACE_ENDINGS)
        )

    def _after_building(self, text: str, tokens: tuple[Token, ...], i: int) -> bool:
        """"hytte ved isteren", "har kontor på paradis": a bare word after a building and a
        place preposition, on a lower-case line (module constants)."""
        if i < 2:
            return False
        low = tokens[i].text.lower()
        return (
            tokens[i - 2].text.lower() in BUILDING_NOUNS[self.lang]
            and tokens[i - 1].text.lower() in BUILDING_PREPOSITIONS
            and low not in BUILDING_IDIOMS
            and low not in self.first_lower
            and not number_word(low)
            and self._plain(low)
            and opens_lower_case(text, tokens[i].start)
        )

    def _split_near(self, text: str, tokens: tuple[Token, ...], i: int) -> int | None:
        """"moved to aber wrist with": two or three lower-case words after a place
        preposition that, joined, are close to a long listed place (same first two letters);
        the end of the words, flagged (every word may be an everyday word). A function word
        may be the third piece (lcen23: "aber rust with" for Aberystwyth)."""
        first = tokens[i].text.lower()  # the truecaser's capitals prove nothing here
        if (
            not first.isalpha()
            or len(first) < 3
            or first in FUNCTION_WORDS
            or first in self.places_lower  # "moved to bournemouth to get away": the place
            or not opens_lower_case(text, tokens[i].start)
        ):
            return None
        candidates = split_index().get(first[:2])
        if not candidates:
            return None
        joined = first
        for k in (i + 1, i + 2):
            if k >= len(tokens) or text[tokens[k - 1].end : tokens[k].start] != " ":
                return None
            word = tokens[k].text.lower()
            # lcen23: a function word may be the third and last piece ("aber rust with" for
            # Aberystwyth); as the second it is the sentence going on ("christmas on the ward")
            last = word in FUNCTION_WORDS
            if not word.isalpha() or (last and k == i + 1):
                return None
            joined += word
            if len(joined) < SPLIT_MIN_LEN:
                continue
            limit = int(len(joined) * SPLIT_MAX_SHARE)
            for place in candidates:
                if abs(len(place) - len(joined)) <= limit and (
                    Levenshtein.distance(joined, place, score_cutoff=limit) <= limit
                ):
                    return tokens[k].end
            if last:
                return None
        return None

    def _multiword(self, text: str, tokens: tuple[Token, ...], i: int) -> tuple[int, int] | None:
        """ "in north shields": a listed place of two or three words on a lower-case line."""
        tok = tokens[i]
        if not lower_case_line(text, tok.start):  # the truecaser's capitals prove nothing
            return None
        candidates = multiword_places().get(tok.text.lower(), ())
        for size in (3, 2):
            if i + size > len(tokens):
                continue
            words = tuple(t.text.lower() for t in tokens[i : i + size])
            if words in candidates and all(
                text[a.end : b.start] == " "
                for a, b in zip(tokens[i : i + size - 1], tokens[i + 1 : i + size], strict=True)
            ):
                return tok.start, tokens[i + size - 1].end
        return None

    def _near_multiword(
        self, text: str, tokens: tuple[Token, ...], i: int
    ) -> tuple[int, int, str, float] | None:
        """ "near milton keens" (session 45, the lower-cased development sets): after a
        preposition, the first word of a listed two-word place and a second word one slip
        from its second (two from six letters; five letters or more, same first two letters),
        on a lower-case line: replaced, an everyday word too ("keens"), since the first word
        and the slot already say which place."""
        if i + 1 >= len(tokens) or not lower_case_line(text, tokens[i].start):
            return None
        first, second = tokens[i], tokens[i + 1]
        low = second.text.lower()
        if text[first.end : second.start] != " " or len(low) < 5 or not low.isalpha():
            return None
        for words in multiword_places().get(first.text.lower(), ()):
            if (
                len(words) == 2
                and words[1] != low
                and words[1][:2] == low[:2]
                and Levenshtein.distance(words[1], low, score_cutoff=2)
                <= (2 if len(words[1]) >= 6 else 1)
            ):
                return first.start, second.end, LOCATION, SCORE
        return None

    def _street(self, text: str, tokens: tuple[Token, ...], i: int) -> tuple[int, int] | None:
        """ "on soho road", "the antrim road": a name before a street word (or a landform
        word: "up the calder valley"), lower case."""
        j = i + 1 if tokens[i].text.lower() == "the" else i
        if j + 1 >= len(tokens):
            return None
        name, street = tokens[j], tokens[j + 1]
        low = name.text.lower()
        if (
            street.text.lower() not in NAMED_PLACE_TAILS
            or not street.text.islower()
            or text[name.end : street.start] != " "
            or not lower_case_line(text, name.start)
            or not self._plain(low)
        ):
            return None
        if low in self.places_lower or low in self.first_lower or not self.lexicon.is_common(low):
            return name.start, street.end
        return None


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [PlaceFormRecognizer(lang)]
