"""Cheap preconditions that let a recognizer skip a text its patterns cannot match.

Why: every recognizer reads every transcript line, and most of them look for something most
lines do not hold (a date, a holiday, an institution's kind word). Scanning a line with a
large pattern of capitalized words, alternations and lookarounds costs tens of microseconds;
asking whether one of the literal strings every match must hold occurs in the line costs a
few (one search for a plain alternation of strings). A gate only ever skips work whose
result would have been empty, so the output is the same (speed21;
``benchmarks/detect_snapshot.py``).

Exact by construction: a gate searches the same text with the same case rule as the
pattern it guards (``re.IGNORECASE`` pieces are searched with ``re.IGNORECASE``), so a text
the pattern matches always passes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Shortest literal worth a gate: a one-character test passes on nearly every line.
_MIN_LITERAL = 2

Piece = tuple[str, bool]  # a literal string, and whether it is matched ignoring case


def words_gate(words: Iterable[str], *, ignore_case: bool) -> re.Pattern[str]:
    """One search for any of ``words`` (as literal strings, anywhere in the text)."""
    alternatives = sorted({re.escape(w) for w in words}, key=len, reverse=True)
    return re.compile("|".join(alternatives), re.IGNORECASE if ignore_case else 0)


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


def _gate_for(regex: re.Pattern[str]) -> re.Pattern[str] | None:
    """A search for the literal pieces every match of ``regex`` holds (None: no gate)."""
    try:
        from re import _parser  # type: ignore[attr-defined]

        parsed = list(_parser.parse(regex.pattern, regex.flags))
        cond = _condition(parsed, bool(regex.flags & re.IGNORECASE))
    except Exception:  # another Python's private parser: no gate, same results
        return None
    if not cond:
        return None
    pieces = sorted(_fewest(cond), key=lambda piece: len(piece[0]), reverse=True)
    return re.compile("|".join(f"(?{'i' if ic else '-i'}:{re.escape(p)})" for p, ic in pieces))


_GATES: dict[re.Pattern[str], re.Pattern[str] | None] = {}


def may_match(regex: re.Pattern[str], text: str) -> bool:
    """False only when ``regex`` cannot match anywhere in ``text`` (it lacks every literal
    piece the pattern's matches hold). The gate is derived from the parsed pattern, so it
    follows every edit of the pattern; a pattern it cannot read always passes."""
    try:
        gate = _GATES[regex]
    except KeyError:
        gate = _GATES[regex] = _gate_for(regex)
    return gate is None or gate.search(text) is not None
