"""Cheap preconditions that let a recognizer skip a text its patterns cannot match.

Why: every recognizer reads every transcript line, and most of them look for something most
lines do not hold (a date, a holiday, an institution's kind word). Scanning a line with a
large pattern of capitalized words, alternations and lookarounds costs tens of microseconds;
asking whether one of the literal strings every match must hold occurs in the line costs
about one (one case-sensitive search for a plain alternation of strings, which ``re`` runs
with a quick first-character test). A gate only ever skips work whose result would have
been empty, so the output is the same (speed21; ``benchmarks/detect_snapshot.py``).

Pieces a pattern matches ignoring case are searched in the lower-cased text: ``re``'s own
case-insensitive search of an alternation is slower than the scan it should save. This is
exact for the characters such pieces may hold (ASCII and the Nordic and accented letters of
``_FOLD_SAFE``): a text character that ``re.IGNORECASE`` matches to one of them has that
letter as its ``lower()``, except ``İ``, ``ı`` and ``ſ`` (checked over every code point), and
a text holding one of those three always passes. A pattern whose pieces hold other
characters gets no gate.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

# Shortest literal worth a gate: a one-character test passes on nearly every line.
_MIN_LITERAL = 2

Piece = tuple[str, bool]  # a literal string, and whether it is matched ignoring case


_CASE_EXCEPTIONS = frozenset("İıſ")
_NORDIC = "æøåéèêóòôüöäáàíìúùñç"
_FOLD_SAFE = frozenset([chr(c) for c in range(32, 127)] + list(_NORDIC) + list(_NORDIC.upper()))


def fold_safe(word: str) -> bool:
    """Whether a search for ``word`` (lower case) in :func:`folded` text finds every place
    ``re.IGNORECASE`` would (its letters are ``_FOLD_SAFE``)."""
    return _FOLD_SAFE.issuperset(word)


@lru_cache(maxsize=16)
def folded(text: str) -> str | None:
    """``text.lower()``, or None when a character of ``text`` would make a search in it miss
    what ``re.IGNORECASE`` finds (module docstring). Cached: several recognizers ask."""
    if not _CASE_EXCEPTIONS.isdisjoint(text):
        return None
    return text.lower()


@dataclass(frozen=True)
class Gate:
    """Literal strings searched as written (``exact``) and ignoring case (``folded``, lower
    case, searched in the lower-cased text); a text passes when it holds one of them."""

    exact: re.Pattern[str] | None
    ignoring_case: re.Pattern[str] | None

    def passes(self, text: str) -> bool:
        if self.exact is not None and self.exact.search(text) is not None:
            return True
        if self.ignoring_case is None:
            return False
        low = folded(text)
        return low is None or self.ignoring_case.search(low) is not None


def _alternation(pieces: Iterable[str]) -> re.Pattern[str] | None:
    """A pattern that matches where one of ``pieces`` begins, written as a trie.

    Why a trie (speed22): ``re`` tries the alternatives of ``a|b|c`` one after another at
    every position, so a gate of a hundred pieces cost more than some scans it saved; with
    shared beginnings factored out ("polit(?:i…|…)") each position costs a few character
    tests. A gate only asks whether there is a match, and both forms match at the same
    positions (where a piece ends, a longer one adds nothing)."""
    pieces = set(pieces)
    if not pieces:
        return None
    trie: dict = {}
    for piece in pieces:
        node = trie
        for ch in piece:
            node = node.setdefault(ch, {})
        node[""] = {}
    return re.compile(_trie_pattern(trie))


def _trie_pattern(node: dict) -> str:
    if "" in node:
        return ""  # a piece ends here: whatever follows, the text holds it
    alternatives = [re.escape(ch) + _trie_pattern(child) for ch, child in sorted(node.items())]
    return alternatives[0] if len(alternatives) == 1 else "(?:" + "|".join(alternatives) + ")"


def words_gate(words: Iterable[str], exact: str | None = None) -> Gate:
    """A gate for ``words`` in any case (letters of ``_FOLD_SAFE``), or the ``exact``
    pattern (a regex searched in the text as written, e.g. ``\\d``)."""
    words = list(words)
    if any(not _FOLD_SAFE.issuperset(w) for w in words):
        raise ValueError("words_gate: a word holds letters whose case folding is not checked")
    return Gate(re.compile(exact) if exact else None, _alternation(w.lower() for w in words))


def _better(a: frozenset[Piece], b: frozenset[Piece]) -> bool:
    """Whether condition ``a`` rules out more texts than ``b`` (longer pieces, fewer)."""
    return (min(len(p) for p, _ in a), -len(a)) > (min(len(p) for p, _ in b), -len(b))


def _condition(items: list, icase: bool) -> frozenset[Piece] | None:
    """Literal pieces at least one of which every match of the parsed sequence ``items``
    holds, or None when no such set is known."""
    from re import _constants as c  # type: ignore[attr-defined]

    best: frozenset[Piece] | None = None
    run: list[str] = []

    def consider(cond: frozenset[Piece] | None) -> None:
        nonlocal best
        if not cond or min(len(p) for p, _ in cond) < _MIN_LITERAL:
            return
        if best is None or _better(cond, best):
            best = cond

    def flush() -> None:
        if run:
            consider(frozenset({("".join(run), icase)}))
            run.clear()

    def lead(alt: list) -> str:
        """The literal characters an alternative opens with."""
        out = []
        for op, av in alt:
            if op is not c.LITERAL:
                break
            out.append(chr(av))
        return "".join(out)

    for op, av in items:
        if op is c.LITERAL:
            run.append(chr(av))
            continue
        if op is c.BRANCH and run:
            # the parser moves a prefix shared by the alternatives before them ("na" of
            # "name|navnet"): the run goes on into each alternative's own opening letters
            leads = [lead(alt) for alt in av[1]]
            if all(leads):
                prefix = "".join(run)
                consider(frozenset((prefix + x, icase) for x in leads))
        flush()
        if op is c.SUBPATTERN:
            _group, add, remove, sub = av
            sub_icase = (icase or bool(add & c.SRE_FLAG_IGNORECASE)) and not (
                remove & c.SRE_FLAG_IGNORECASE
            )
            consider(_condition(sub, sub_icase))
        elif op is c.BRANCH:
            alternatives = [_condition(alt, icase) for alt in av[1]]
            if all(alternatives):
                consider(frozenset().union(*alternatives))  # type: ignore[arg-type]
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            low, _high, sub = av
            if low >= 1:
                consider(_condition(sub, icase))
        elif op is c.ATOMIC_GROUP:
            consider(_condition(av, icase))
        # anything else (classes, anchors, lookarounds, back references) ends a literal run
    flush()
    return best


def _fewest(pieces: frozenset[Piece]) -> list[Piece]:
    """``pieces`` without those that hold another piece of the same case rule (a text that
    holds the longer one holds the shorter one too)."""
    return [
        (p, ic) for p, ic in pieces if not any(q != p and qc == ic and q in p for q, qc in pieces)
    ]


def _gate_pieces(regex: re.Pattern[str]) -> tuple[list[str], list[str]] | None:
    """The literal pieces every match of ``regex`` holds one of: those searched as written
    and those searched in the lower-cased text (None: no gate)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        parsed = list(_parser.parse(regex.pattern, regex.flags))
        cond = _condition(parsed, bool(regex.flags & re.IGNORECASE))
    except Exception:  # another Python's private parser: no gate, same results
        return None
    if not cond:
        return None
    pieces = _fewest(cond)
    ignoring = [p for p, ic in pieces if ic]
    if any(not _FOLD_SAFE.issuperset(p) for p in ignoring):
        return None
    return [p for p, ic in pieces if not ic], [p.lower() for p in ignoring]


def _gate_for(regex: re.Pattern[str]) -> Gate | None:
    """A gate of the literal pieces every match of ``regex`` holds (None: no gate)."""
    pieces = _gate_pieces(regex)
    return None if pieces is None else Gate(_alternation(pieces[0]), _alternation(pieces[1]))


# Keyed by id: a pattern's own hash and equality read its whole compiled code (microseconds
# for the large ones). The pattern is kept with its gate, so its id cannot be reused.
_GATES: dict[int, tuple[re.Pattern[str], Gate | None]] = {}


def may_match(regex: re.Pattern[str], text: str) -> bool:
    """False only when ``regex`` cannot match anywhere in ``text`` (it lacks every literal
    piece the pattern's matches hold). The gate is derived from the parsed pattern, so it
    follows every edit of the pattern; a pattern it cannot read always passes."""
    entry = _GATES.get(id(regex))
    if entry is None or entry[0] is not regex:
        entry = _GATES[id(regex)] = (regex, _gate_for(regex))
    gate = entry[1]
    return gate is None or gate.passes(text)


_GROUP_GATES: dict[int, tuple[object, Gate | None]] = {}


def may_match_any(table: tuple, text: str) -> bool:
    """False only when no pattern of ``table`` (compiled patterns, or rows that begin with
    one) can match in ``text``: one search for the pieces of all of them, so a recognizer
    with many patterns skips them all on most lines before asking :func:`may_match` of each."""
    entry = _GROUP_GATES.get(id(table))
    if entry is None or entry[0] is not table:
        regexes = [row[0] if isinstance(row, tuple) else row for row in table]
        pieces = [_gate_pieces(regex) for regex in regexes]
        group = None
        if pieces and all(p is not None for p in pieces):
            group = Gate(
                _alternation(x for p in pieces for x in p[0]),  # type: ignore[index]
                _alternation(x for p in pieces for x in p[1]),  # type: ignore[index]
            )
        entry = _GROUP_GATES[id(table)] = (table, group)
    gate = entry[1]
    return gate is None or gate.passes(text)
