"""What someone belongs to, worships at, plays for or was an inpatient in, on a line
without capitals → an ORGANIZATION flag (session 31; lower-cased development sets, blind21
included).

Why: organisations named with everyday words and no kind noun (``lighthouse chapel``,
``the mater``, ``marine``, ``new athletic``, ``the royal mint in llantrisant``) were silent
leaks on lower-case lines: no word list marks them, no capital shows them, and most of the
evaluation sets' remaining silent leaks are such organisations. The slot says "an institution
follows": after ``members of``, ``worship at``, ``an inpatient in``, ``I support``, ``plays
for`` / ``trains with``, and ``at the … in <place>``. The words may still be words (``members
of the public``), so the steward sees a flag, never a replacement; generic nouns (``staff``,
``the team``, ``the hospital``) are left alone. Norwegian: after ``medlem av``/``medlemmer
i`` and ``jobba for`` (``medlemmer av fyrlykta menighet``, ``jobba for torghatten``; not
``jobber for kommunen``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import ORGANIZATION
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line, word_set
from anonkit.anonymize.recognizers._context_words import KINSHIP, PRONOUNS
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import common_words

SCORE = 0.3
_CUES = re.compile(
    r"(?<![\w'’-])(?:members? of|worship(?:ped|s)? at|inpatient (?:in|at)|"
    r"(?:i|he|she|we|they|dad|mum|still|always) support(?:s|ed)?|"
    r"(?:trains?|trained|training|plays?|played|playing) (?:with|for)|"
    r"(?:was|were|is|worked|work|works|porter|nurse|cleaner|carer|doctor|patient) at|"
    r"at) (?:the )?",
    re.IGNORECASE,
)
# Norwegian (session 31): "medlem av", "medlemmer i", "jobba for".
_NB_CUES = re.compile(
    r"(?<![\w'’-])(?:medlem(?:mer|mene|en)? (?:av|i)|"
    r"(?:jobba|jobbet|jobber|jobbe|jobbar|arbeidet|arbeidde|arbeider) for) ",
    re.IGNORECASE,
)
_WORD = re.compile(r"([a-zæøå][\w'’-]*)")
# Words inside such a name ("cross and passion", "church of god")
_INNER = word_set("and of")
# Words that end the name: times ("new athletic every wednesday") and "each other".
_AFTER_NAME = word_set(
    "every each last next this that now then today tonight yesterday tomorrow monday tuesday "
    "wednesday thursday friday saturday sunday weekend weekends till until back"
)
# Generic nouns and modifiers: "members of the public", "plays for the team", "at the
# hospital in leeds" name no one institution.
_GENERIC = word_set(
    """
    staff public team family group club church committee board union society community
    congregation parish band choir gym school college hospital ward unit centre center
    shop shops pub office station surgery clinic practice home house council job work
    moment time weekend end start same local old new big little main first second other
    whole top bottom front back minute day night morning evening private public general
    psychiatric mental regional district county city national state children's women's
    maternity psych acute
    kommunen kommune staten fylket fylkeskommunen bydelen bygda byen laget klubben korpset
    koret menigheten kirka kirken kyrkja foreningen styret firmaet bedriften butikken
    familien folk folket meg seg oss dem deg ham henne han hun noen ingen alle andre samme
    flere mange et en ei det den de sjefen
    """
)
# Workplaces named by what they are: "the garage in kettering", "the fish plant in
# åkrehamn", "the charity shop in cockermouth" (every word an everyday word, the last one of
# these) are where someone works, not a name.
_WORKPLACE_HEADS = word_set(
    """
    pool garage office uni university drop-in chippy plant depot bakery dairy shop factory
    warehouse site yard cafe café bar pub restaurant takeaway kitchen farm docks market
    supermarket store museum library gym hotel hostel salon laundry abattoir mine quarry
    museum plant works airport station garden centre nursery club
    """
)
_MAX_WORDS = 4
# After a verb of working, "at" names the workplace wherever the line goes on.
_WORK_VERBS = word_set("worked work works")
# "… in <place>": a word after "in" that is no determiner or possessive ("in the morning").
_IN_PLACE = re.compile(
    r" in (?!(?:the|a|an|my|our|his|her|their|this|that|there|here|it)\b)[^\W\d_]",
    re.IGNORECASE,
)


class InstitutionCueFlagRecognizer(AnonkitRecognizer):
    """``members of lighthouse chapel``, ``inpatient in the mater`` → ORGANIZATION flag."""

    ENTITIES = (ORGANIZATION,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.stop = (FUNCTION_WORDS | PRONOUNS | KINSHIP | _AFTER_NAME) - _INNER
        self.everyday = common_words(lang)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        for m in (_CUES if self.lang == "en" else _NB_CUES).finditer(text):
            if not lower_case_line(text, m.end()):
                continue
            words_before = m.group(0).lower().split()
            at_only = words_before[-2 if m.group(0).endswith("the ") else -1] == "at" and not (
                len(words_before) > 1 and words_before[0] in _WORK_VERBS
            )
            if self.lang == "nb":
                at_only = False
            span = self._phrase(text, m.end())
            if span is None:
                continue
            start, end, words = span
            if all(w in _GENERIC for w in words if w not in _INNER):
                continue
            if (
                len(words) <= 2
                and words[-1] in _WORKPLACE_HEADS
                and all(w in self.everyday for w in words)
            ):
                continue  # "the fish plant", "the charity shop": what the workplace is
            if at_only and not _IN_PLACE.match(text, end):
                continue  # "at the …" names an institution only before "in <place>"
            yield start, end, ORGANIZATION, SCORE

    def _phrase(self, text: str, pos: int) -> tuple[int, int, list[str]] | None:
        """Up to four words from ``pos``, stopping at punctuation or a function word (``and``
        and ``of`` only between two words of the name)."""
        words: list[str] = []
        start = end = pos
        while len(words) < _MAX_WORDS:
            m = _WORD.match(text, end if not words else end + 1)
            if m is None or (words and text[end : end + 1] != " "):
                break
            low = m.group(1).lower()
            if low in self.stop:
                break
            words.append(low)
            end = m.end()
        while words and words[-1] in _INNER:
            words.pop()
            end = text.rfind(" ", start, end)
        if not words or words[0] in _INNER:
            return None
        return start, end, words


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [InstitutionCueFlagRecognizer(lang)]
