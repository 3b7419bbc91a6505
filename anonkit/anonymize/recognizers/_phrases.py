"""Multi-word gazetteer lookup over tokens: dict from first word to candidate phrases.

Why: one regex alternation of thousands of names is slow and hard to reason about; a dict
keyed on the first token makes every lookup O(1) per token, whatever the list size.
"""

from __future__ import annotations

from collections import defaultdict

from anonkit.anonymize.recognizers._base import WORD_RE, Token

# Text allowed between the words of one phrase ("St. Olavs hospital", "Mo i Rana").
_GAPS = frozenset({" ", ". ", "."})


class PhraseIndex:
    """Phrases (tuples of words) indexed by their first word, longest first."""

    def __init__(self, phrases: frozenset[str] | set[str], fold_tail: bool = True) -> None:
        # fold_tail: compare words after the first case-insensitively ("St. Olavs Hospital").
        self.fold_tail = fold_tail
        index: dict[str, list[tuple[str, ...]]] = defaultdict(list)
        for phrase in phrases:
            words = tuple(WORD_RE.findall(phrase))
            if words:
                index[words[0]].append(self._key(words))
        self.index = {k: sorted(v, key=len, reverse=True) for k, v in index.items()}

    def _key(self, words: tuple[str, ...]) -> tuple[str, ...]:
        if not self.fold_tail:
            return words
        return (words[0], *(w.lower() for w in words[1:]))

    def match(self, text: str, tokens: tuple[Token, ...], i: int) -> int:
        """Number of tokens of the longest phrase starting at ``tokens[i]`` (0 if none)."""
        candidates = self.index.get(tokens[i].text)
        if not candidates:
            return 0
        for phrase in candidates:
            n = len(phrase)
            if i + n > len(tokens):
                continue
            ok = True
            for k in range(1, n):
                tok = tokens[i + k]
                word = tok.text.lower() if self.fold_tail else tok.text
                if word != phrase[k] or text[tokens[i + k - 1].end : tok.start] not in _GAPS:
                    ok = False
                    break
            if ok:
                return n
        return 0
