"""A flagged word right beside a replaced name is the rest of that name (session 49).

Why: the development sets' misses held names replaced in part, their second word only
flagged — on lower-case lines a place's second word that no list knows (``flytta dei til sim
reap``, ``fra ketsal tenango``, ``i'm from gurrana brar``), on capitalised lines a surname
after a replaced first name (``Inuuteq Kleist, en fetter``). The flag shows the steward the
word, but the pseudonym replaces only the first half and the second stays beside it in clear
text, where a reader who knows the place or the person still sees it. Two names are never
said one space apart without "and" or a comma, so a word the flag layer could not explain,
right after a replaced name, belongs to it:

* a replaced one-word place, one space, then a rare-word flag (a lower-case word no word list
  has): one place; after a replaced person on a line with capitals, one span of the person's
  kind (``Valsøy fjorn``, which the model read as a person) — on a lower-case line
  :func:`.name_pairs.name_pairs_joined` decides, with its own guards;
* a replaced person, one space, then a capitalised-word flag (a capital no list explains,
  mid-sentence): one person.

The same holds for a flagged word right *before* a replaced name (``at Bro Cerwyn``, ``at ak
melvick``, ``på knut hamsun videregående skole``), with two more guards, since that is where
the speaker's own kinship words stand (``My bibi Jasbir``, ``med lola Neneng``, ``my apa
gulnar``; issue 10, item 6: they stay outside the name): on a line with capitals the word
must have one too, and no owner or article may stand before it.

Words that join a sentence, never a name (``NOT_PIECES`` of :mod:`.split_halves`), stay out,
and so do frequent words of the project's other language: the rare-word flag shows an English
word in a Norwegian line, and a speaker who switches language says it ("Vi bodde i Oslo
anyway").
It runs last, in ``Detector._finish``: a capitalised unknown word is made a person only
there (``unknown_capitalized``), so before it "Inuuteq" is a flag like "Kleist".
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize import entity_types as et
from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.recognizers._context_words import KINSHIP, TITLES
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.recognizers.rare_slot_words import zipf
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.split_halves import NOT_PIECES
from anonkit.anonymize.wordlists import common_words

TAIL_SOURCE = "flagged-tail"
# (kind of the replaced name, kind of the flag after it)
_JOINS = frozenset(
    {
        (et.LOCATION, et.RARE_WORD),
        (et.PERSON, et.RARE_WORD),
        (et.PERSON, et.CAPITALIZED),
    }
)


# (kind of the flag, kind of the replaced name after it)
_HEAD_JOINS = frozenset(
    {
        (et.RARE_WORD, et.LOCATION),
        (et.RARE_WORD, et.PERSON),
        (et.RARE_WORD, et.ORGANIZATION),
        (et.LOCATION, et.LOCATION),
        (et.PERSON, et.LOCATION),
        (et.CAPITALIZED, et.ORGANIZATION),
        (et.CAPITALIZED, et.LOCATION),
        (et.CAPITALIZED, et.PERSON),
    }
)


_OWNER_BEFORE = re.compile(
    r"(?<![\w'’-])(?:my|our|his|her|their|your|me|the|a|min|mi|mitt|vår|hans|hennes) $",
    re.IGNORECASE,
)


def _other_language_word(word: str, lang: str) -> bool:
    """A frequent word of the project's other language, which the rare-word flag shows in a
    code-switched line ("I talked to Solveig Aasen about it" read as Norwegian, "Vi bodde i
    Oslo anyway"): the speaker's word, never the rest of a name. Only the frequent ones
    (Zipf 4.5 or more): rarer ones end names too ("Sim reap", "Bro Cerwyn", "lady lumley's")."""
    other = "en" if lang == "nb" else "nb"
    low = word.lower()
    return low in common_words(other) and zipf(low, other) >= _FREQUENT_ZIPF


_FREQUENT_ZIPF = 4.5


def _verb_form(word: str) -> bool:
    """A lower-case English verb form a word list lacks ("hoovered", "texting")."""
    return word.islower() and word.endswith(("ed", "ing"))


def _one_word(text: str) -> bool:
    return text.isalpha() and " " not in text


def flagged_tails_joined(
    text: str, found: list[DetectedEntity], lang: str
) -> list[DetectedEntity]:
    """``found`` with each flagged word right after (or before) a replaced name made part of
    it."""
    if not any(d.action == FLAG and d.type in (et.RARE_WORD, et.CAPITALIZED) for d in found):
        return found
    out = sorted(found, key=lambda d: (d.start, d.end))
    i = 0
    while i + 1 < len(out):
        name, tail = out[i], out[i + 1]
        if (
            name.action == REPLACE
            and tail.action == FLAG
            and (name.type, tail.type) in _JOINS
            and text[name.end : tail.start] == " "
            and _one_word(tail.text)
            and not tail.text.isupper()
            and tail.text.lower() not in NOT_PIECES
            and tail.text.lower() not in KINSHIP  # "Ma tante, my auntie …"
            and not _verb_form(tail.text)  # "Dyson hoovered the landing"
            and (name.type == et.PERSON or _one_word(name.text))
            and not _other_language_word(tail.text, lang)
            and (
                (name.type, tail.type) != (et.PERSON, et.RARE_WORD)
                or line_has_capitals(text, name.start)
            )
        ):
            out[i : i + 2] = [_merged(text, name, name.start, tail.end)]
            continue
        if (
            name.action == FLAG
            and tail.action == REPLACE
            and (name.type, tail.type) in _HEAD_JOINS
            and text[name.end : tail.start] == " "
            and _one_word(name.text)
            and not name.text.isupper()
            and name.text.lower() not in NOT_PIECES
            and name.text.lower() not in KINSHIP
            and name.text.lower() not in TITLES
            and name.text.lower() not in FUNCTION_WORDS
            and not _other_language_word(name.text, lang)
            and not _verb_form(name.text)
            # with capitals, a name's first word has one too: a lower-case word there is a
            # kinship word of the speaker's language ("med lola Neneng", "My bibi Jasbir")
            and (name.text[0].isupper() or not line_has_capitals(text, name.start))
            # after an owner the word is what the person is to them ("my apa gulnar")
            and not _OWNER_BEFORE.search(text, max(0, name.start - 8), name.start)
        ):
            out[i : i + 2] = [_merged(text, tail, name.start, tail.end)]
            continue
        i += 1
    return out


def _merged(text: str, kept: DetectedEntity, start: int, end: int) -> DetectedEntity:
    """The replaced name ``kept`` over ``text[start:end]``, its source saying why."""
    return replace(
        kept, start=start, end=end, text=text[start:end], source=f"{kept.source}+{TAIL_SOURCE}"
    )
