"""Norwegian sports clubs said by their short name, in a sports context (session 23, nb23).

Why: people name a club by its short form ("Glimt vant", "han spilte hockey på stjernen",
"fan av Godset"), and most short forms are everyday words (glimt, brann, start, frisk,
stjernen) or places, so neither the name lists nor the NER model replace them: "Glimt vant"
was a silent leak. A club says where someone lives or grew up, so it is an organisation to
replace. The sourced list ``data/sports_clubs_nb.txt`` (top divisions of football, ice
hockey and handball) is read only where the sentence is about sport:

* the club as the subject of a result verb: ``X vant``, ``X tapte``, ``X rykket ned/opp``,
  ``X spilte mot/uavgjort``, ``X slo <club>`` (``lyn slo ned`` is lightning, not Lyn);
* the club after ``mot`` in a clause with a result verb or a match word (``tapte mot X``,
  ``kampen mot X``), or after a cue of support (``heia på X``, ``fan av X``, ``holdt med
  X``, ``supporter av X``, ``sesongkort på X``);
* the club after ``spilte/trente <sport> på/i/for``: a listed club is replaced; a definite
  everyday word that is no venue (``banen``, ``isen``, ``hallen``) is shown as a flag, since
  a club is often a definite noun no list holds (lower-case unknown words are
  :mod:`.institution_slots`');
* two names joined by a slash before a result verb or after ``mot`` (``Ull/Kisa spilte
  mot``): merged clubs are written that way; pronoun pairs (``han/hun``) are not.

On a line written with capitals the name must be capitalised; on a lower-case line any case.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from anonkit.anonymize._data import data_lines
from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.recognizers._base import (
    AnonkitRecognizer,
    is_capitalized,
    lower_case_line,
    word_set,
)
from anonkit.anonymize.recognizers.flags import Lexicon
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS

SCORE = 0.9  # a listed name in a sports context: above the name lists (0.85)
SCORE_FLAG = 0.35  # gazetteer layer: below 0.5 is a flag of its type

# A name: a word, or two words joined by a slash ("Bodø/Glimt", "Ull/Kisa").
_NAME = re.compile(r"(?<![\w/'’-])[^\W\d_][\w'’-]*(?:/[^\W\d_][\w'’-]*)?(?![\w/'’-])")
# Result verbs that take a club as subject on their own ("Glimt vant", "Start tapte").
_RESULT_VERBS = word_set("vant vinner tapte taper tapa berget berga")
# Verbs that need a particle or object to be about sport ("rykket ned", "spilte mot").
_PARTICLE_VERBS = {
    "rykket": word_set("ned opp"),
    "rykka": word_set("ned opp"),
    "rykker": word_set("ned opp"),
    "spilte": word_set("mot uavgjort borte hjemme finale finalen cupfinale cupfinalen"),
    "spelte": word_set("mot uavgjort borte hjemme finale finalen cupfinale cupfinalen"),
    "spiller": word_set("mot borte hjemme finale finalen cupfinale cupfinalen"),
    "møtte": frozenset(),  # "Brann møtte Viking": object must be a club (checked below)
    "slo": frozenset(),  # "Glimt slo Rosenborg": object must be a club
}
# A clause is about a match when one of these stands in it ("tapte mot X", "kampen mot X").
_MATCH_WORDS = word_set(
    """
    vant tapte tapa spilte spelte spiller kamp kampen kampene match matchen finale finalen
    cupfinalen serien scora scoret mål måla målene borte hjemme uavgjort
    """
)
# Cues of support right before the club ("heia på X", "fan av X").
_SUPPORT = re.compile(
    r"(?:heia|heiet|heier|heie|holdt|holder|holde|fan|fans|supporter|supportere|"
    r"sesongkort) (?:på|med|av|hos|til) $"
)
_SPORT_VERBS = word_set("spilte spilt spiller spille spelte spela spelar trente trener trent")
_SPORTS = word_set(
    "fotball håndball handball ishockey hockey bandy basket basketball volleyball innebandy"
)
# Definite words after "spilte <sport> på/i" that are the place played, not a club.
_VENUES = word_set(
    """
    banen bana isen hallen løkka løkken gresset kunstgresset grusbanen stadion stadionet
    skolen skolegården gata gaten gården tunet plassen parken stranda sletta jordet
    idrettsplassen ballbingen gymsalen gymmen laget lagene hjemmebane bortebane tv tv-en
    dataen pc-en telefonen mobilen fritida helgene helga kvelden kveldene sommeren vinteren
    fjoråret høsten våren dagen morgenen ungdommen barndommen
    """
)
_PAIR_STOP = word_set("han hun ho hen de dem og eller mor far den det seg meg deg")


@lru_cache(maxsize=1)
def club_names() -> frozenset[str]:
    """Lower-case club names and short forms from ``data/sports_clubs_nb.txt``."""
    return frozenset(cols[0].strip() for cols in data_lines("sports_clubs_nb.txt"))


class SportsClubGazetteerRecognizer(AnonkitRecognizer):
    """Listed clubs (and slash-joined pairs) in a sports context (module docstring)."""

    ENTITIES = (ORGANIZATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.lexicon = Lexicon(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if self.lang != "nb":
            return
        clubs = club_names()
        names = list(_NAME.finditer(text))
        lows = [m.group().lower() for m in names]
        if not any(low in clubs or low in _SPORTS or "/" in low for low in lows):
            return  # cheap test first (session 39): no club, no sport, no pair named
        for k, m in enumerate(names):
            word = m.group()
            low = lows[k]
            if not (is_capitalized(word) or lower_case_line(text, m.end())):
                continue
            pair = "/" in low and self._pair(low)
            nxt = names[k + 1] if k + 1 < len(names) else None
            if (low in clubs or pair) and self._club_context(text, m, nxt, clubs):
                yield m.start(), m.end(), ORGANIZATION, SCORE
                continue
            if k >= 2 and not pair:
                span = self._after_sport(text, names, k, clubs)
                if span is not None:
                    yield span

    @staticmethod
    def _pair(low: str) -> bool:
        """Two names joined by a slash, neither a pronoun or function word."""
        parts = low.split("/")
        return all(len(p) >= 2 and p not in _PAIR_STOP and p not in FUNCTION_WORDS for p in parts)

    def _club_context(
        self, text: str, m: re.Match[str], nxt: re.Match[str] | None, clubs: frozenset[str]
    ) -> bool:
        """The club is the subject of a result verb or stands after ``mot``/a support cue."""
        if nxt is not None and text[m.end() : nxt.start()] == " ":
            verb = nxt.group().lower()
            if verb in _RESULT_VERBS:
                return True
            if verb in _PARTICLE_VERBS:
                after = _NAME.match(text, nxt.end() + 1)
                if after is not None and text[nxt.end() : after.start()] == " ":
                    obj = after.group().lower()
                    return obj in _PARTICLE_VERBS[verb] or obj in clubs or "/" in obj
        before = text[max(0, m.start() - 40) : m.start()].lower()
        if _SUPPORT.search(before):
            return True
        if before.endswith("mot "):
            clause = re.split(r"[.;:!?]", before)[-1]
            return any(w in _MATCH_WORDS for w in re.findall(r"\w+", clause))
        return False

    def _after_sport(
        self, text: str, names: list[re.Match[str]], k: int, clubs: frozenset[str]
    ) -> tuple[int, int, str, float] | None:
        """ "spilte hockey på Stjernen": a listed club is replaced, another definite everyday
        word that is no venue is flagged."""
        prep, sport = names[k - 1].group().lower(), names[k - 2].group().lower()
        if prep not in ("på", "i", "for") or sport not in _SPORTS:
            return None
        if text[names[k - 2].end() : names[k].start()] != f" {names[k - 1].group()} ":
            return None
        if not any(names[j].group().lower() in _SPORT_VERBS for j in range(max(0, k - 5), k - 2)):
            return None
        m = names[k]
        low = m.group().lower()
        if low in clubs:
            return m.start(), m.end(), ORGANIZATION, SCORE
        if (
            len(low) >= 4
            and low not in _VENUES
            and low not in FUNCTION_WORDS
            and low.endswith(("en", "et", "a"))
            and self.lexicon.is_common(low)
        ):
            return m.start(), m.end(), ORGANIZATION, SCORE_FLAG
        return None


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [SportsClubGazetteerRecognizer(lang)] if lang == "nb" else []  # Norwegian only
