"""Whether a text holds a digit: one cached search instead of a loop over its characters.

Why: the number, phone, ID and address recognizers each opened with ``any(ch.isdigit() for
ch in text)`` on every transcript line, a Python loop over every character, five times per
line (speed21). The pattern below accepts exactly what ``str.isdigit`` accepts.
"""

from __future__ import annotations

import re
from functools import lru_cache

# What ``str.isdigit`` accepts: the decimal digits ``\\d`` matches, and the other digits of
# Unicode (superscripts, circled and parenthesized numbers, …; tests check every code point).
_IS_DIGIT = re.compile(
    "[\\d\u00b2\u00b3\u00b9\u1369-\u1371\u19da\u2070\u2074-\u2079\u2080-\u2089"
    "\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e"
    "\u2780-\u2788\u278a-\u2792\U00010a40-\U00010a43\U00010e60-\U00010e68"
    "\U00011052-\U0001105a\U0001f100-\U0001f10a]"
)


@lru_cache(maxsize=16)
def has_digit(text: str) -> bool:
    """``any(ch.isdigit() for ch in text)``, cached: several recognizers ask of each line."""
    return _IS_DIGIT.search(text) is not None
