"""Words only the NER model took, shown instead of replaced where they are more likely words
(split out of :mod:`.detector` in session 47, when that module passed the house limit; the
rules' history is in the docstring below).
"""

from __future__ import annotations

import re
from dataclasses import replace

from anonkit.anonymize.entities import FLAG, REPLACE, DetectedEntity
from anonkit.anonymize.non_names import listed_name_or_place
from anonkit.anonymize.nynorsk_forms import listed_nynorsk, nynorsk_form, nynorsk_inflected
from anonkit.anonymize.resolve import NER_SOURCE
from anonkit.anonymize.span_pieces import line_has_capitals
from anonkit.anonymize.wordlists import en_lemmas, is_everyday_word


def doubtful_ner_flagged(
    text: str, found: list[DetectedEntity], lang: str | None
) -> list[DetectedEntity]:
    """A lower-case word only the NER model took is flagged, not replaced, where it is more
    likely a word than a name. The steward still sees it.

    Why, two cases:

    * on a line written with capitals: speech recognition that writes capitals writes them
      on names too; a lower-case word there ("chips with mayo", "a bit of calm") that no rule
      or list took is a word the model guessed at (blind7, session 19). Lines written all in
      lower case never come here with the original text unchanged (they are truecased);
    * on a Norwegian line without capitals, one word that a regular Nynorsk correspondence
      turns into a listed Bokmål word (``nynorsk_forms``): the model tags such
      unknown-looking words as persons (``eg snakkar om``, ``eg stolar på``: blind16's
      Norwegian false positives, session 27);
    * on an English line without capitals, an English noun right after an article or an
      owner (``up on the moors``, ``my cousin's van``; session 47, :func:`_owned_noun`).
    """
    if not any(d.source == NER_SOURCE and d.action == REPLACE for d in found):
        return found
    return [
        replace(d, action=FLAG, score=min(d.score, 0.3))
        if d.source == NER_SOURCE
        and d.action == REPLACE
        and (
            (d.text.islower() and _a_word_to_the_model(text, d, lang))
            # session 35: a listed Nynorsk word the model took at a sentence start
            or (lang == "nb" and listed_nynorsk(d.text.lower()))
            # session 42: an inflected Nynorsk word there ("Namnet skriv du …")
            or (lang == "nb" and nynorsk_inflected(d.text.lower()))
        )
        else d
        for d in found
    ]


def _a_word_to_the_model(text: str, d: DetectedEntity, lang: str | None) -> bool:
    if line_has_capitals(text, d.start):
        return True
    if lang == "en":
        return _owned_noun(text, d)
    return lang == "nb" and d.text.isalpha() and nynorsk_form(d.text)


# Session 47 (the lower-cased development sets: "up on the moors", "out on the marsh", "my
# cousin's van"): after an article or an owner, an English noun the NER model alone took on a
# lower-case line is the noun; shown, not replaced.
_DETERMINER_BEFORE = re.compile(r"(?:^|\s)(?:the|a|an|my|his|her|our|their|your|\w+['’]s) $")


def _owned_noun(text: str, d: DetectedEntity) -> bool:
    word = d.text
    if not word.isalpha() or _DETERMINER_BEFORE.search(text, max(0, d.start - 20), d.start) is None:
        return False
    nouns = en_lemmas("noun")
    # an everyday word, or the plural of an everyday noun ("the midges"); not a rare noun of
    # the lemma list ("the haywood", "the oleaster" are the units' names)
    plural = word.endswith("s") and word[:-1] in nouns and is_everyday_word(word[:-1])
    # a listed place or name after "the" is still one ("the sahara", "a rutherford from
    # ednam"): those stay the model's, unless (session 48: "the van broke down", "a rose
    # garden", "over the bay") the word is an everyday noun after an article and no "from",
    # "of" or "who" follows to say which one
    if not (is_everyday_word(word) or plural):
        return False
    return not listed_name_or_place(word) or (
        word in nouns
        and _ARTICLE_BEFORE.search(text, max(0, d.start - 6), d.start) is not None
        and _WHICH_ONE_AFTER.match(text, d.end) is None
    )


_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:the|a|an) $")
_WHICH_ONE_AFTER = re.compile(r"\s+(?:from|of|who|that|in|at|on|and|,)")
