"""The name people use instead of the one just given ("hun heter voahangy til fornavn, men alle
sier vola") → PERSON on a lower-case line (issue 10, session 47).

Why: speakers give a name and then the short form everyone uses: "mannen min heter saw ler
wah, men på jobben sier de bare saw", "namnet mitt er siune kaupa, men folk her seier sisi",
"it's chinonso but everyone says chi-chi". The full name is taken by the naming rules; the
short form after "says"/"sier" is no name to any list, and a short form that is an everyday
word ("saw", "vola") stayed in clear text (the lower-cased development sets).

The rule, on lower-case lines: after a naming cue in the line ("heter", "heiter", "navnet",
"namnet", "fornavn", "name", "called", "it's", "i'm"), a clause "men"/"but" with at most three
words before "sier"/"seier"/"says"/"kaller"/"calls", perhaps who says it and "bare"/"just",
and then one or two words closing the clause: the name used instead. Not closed-class words,
interjections, adverbs or fillers ("men alle sier nei", "but everyone says so"). And the
whole name after a strong naming cue ("heter", "namnet mitt er", "my name is") when two or
three such words close the clause, a verb form among them ("heter saw ler wah, men …"). Score
0.6: replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import PERSON
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, lower_case_line
from anonkit.anonymize.recognizers._context_words import INTERJECTIONS
from anonkit.anonymize.recognizers._fillers import is_filler
from anonkit.anonymize.recognizers.name_words import FUNCTION_WORDS
from anonkit.anonymize.wordlists import not_entities, word_class_forms

SCORE = 0.6
_WORD = r"[a-zæøåáéíóúý][a-zæøåáéíóúý'’-]+"
_NAMING_CUE = re.compile(
    r"(?<![\w'’-])(?:heter|heiter|het|hette|navnet|namnet|fornavn|fornamn|name|named|called|"
    r"it's|it’s|i'm|i’m)(?![\w'’-])"
)
_INSTEAD = re.compile(
    r"(?<![\w'’-])(?:men|but)\s+(?:[a-zæøå]+\s+){0,3}?(?:sier|seier|says|say|kaller|kallar|"
    r"calls|call)\s+(?:(?:de|dei|dem|dæm|vi|me|alle|folk|people|everyone|everybody|they|we|"
    r"han|ho|hun|hu|meg|deg|ham|henne|him|her|me)\s+)?(?:(?:bare|berre|just|only)\s+)?"
    rf"(?P<name>{_WORD}(?:\s+{_WORD})?)(?=\s*(?:[,.;!?]|$))",
    re.IGNORECASE,
)
# Adverbs the Bokmål lists lack: Nynorsk "eigentleg", "heilt" is listed ("heiter eigentleg
# sølvi brattbakk": the name starts after it).
_ADVERB_ENDS = ("leg", "lig", "vis")
_NOT_NAMES = frozenset(
    {"nei", "ja", "hei", "takk", "so", "yes", "no", "hello", "thanks"}
    # what is called something else ("hun heter noe annet", names_stress.py)
    | {"noe", "noko", "noen", "nokon", "annet", "anna", "annen", "andre", "samme", "sånn"}
    | {"slik", "something", "else", "different", "another"}
)
# ... and the whole name given after a strong naming cue, when it closes its clause: two or
# three words, a verb among them too ("mannen min heter saw ler wah, men …", "namnet mitt er
# siune kaupa, men …": "ler" and "kaupa" are verb forms, and the name layers stopped there).
_WHOLE_NAME = re.compile(
    r"(?<![\w'’-])(?:heter|heiter|hæter|hæiter|(?:namnet|navnet) (?:mitt|hans|hennes|hennar) "
    r"(?:er|var)|(?:my|his|her) name(?:'s|’s| is| was)) "
    rf"(?P<name>{_WORD}\s+{_WORD}(?:\s+{_WORD})?)(?=\s*(?:[,.;!?]|$))",
    re.IGNORECASE,  # the truecaser may have capitalised a listed name ("heter Saw ler wah")
)


class NameUsedInsteadRecognizer(AnonkitRecognizer):
    """``…, men alle sier vola`` → PERSON (module docstring)."""

    ENTITIES = (PERSON,)

    def __init__(self, lang: str) -> None:
        super().__init__(lang)
        self.skip = (
            FUNCTION_WORDS
            | INTERJECTIONS
            | _NOT_NAMES
            | not_entities(lang)
            | word_class_forms(lang, "adv")
        )

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        for m in _WHOLE_NAME.finditer(text):
            if self._names(text, m):
                yield m.start("name"), m.end("name"), PERSON, SCORE
        if " men " not in text and " but " not in text:
            return
        cue = _NAMING_CUE.search(text)
        if cue is None:
            return
        for m in _INSTEAD.finditer(text, cue.end()):
            if self._names(text, m):
                yield m.start("name"), m.end("name"), PERSON, SCORE

    def _names(self, text: str, m: re.Match[str]) -> bool:
        """A lower-case line, and no closed-class word, interjection, adverb or filler."""
        return lower_case_line(text, m.end("name")) and all(
            w not in self.skip and not is_filler(w) and not w.endswith(_ADVERB_ENDS)
            for w in m.group("name").lower().split()
        )


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [NameUsedInsteadRecognizer(lang)]
