"""What is said about a word that makes it someone's name (issue 10; used by
:mod:`.person_cues`).

Why a module: these patterns are the speaker talking *about a name* — "X, that's what
everyone calls him", "Comfort is my aunt's name", "my nickname on the site was tiny",
"Linnet and her partner ran …" — and they grew session by session beside the recognizer's
slot logic; kept apart, the recognizer stays about where a word stands and this module about
what is said of it. Each pattern is matched right after the word (``…_AFTER``, ``NAME_IS``,
``SAID_NAME``, ``WITH_OWN_KIN``) or right before it (``NICKNAME_BEFORE``).
"""

from __future__ import annotations

import re

# 1. "X, that's his actual name", "X, that's what everyone calls him".
SAID_NAME = re.compile(
    # session 30: a filler may stand first ("bubbles, well, that's what they called her")
    r",\s+(?:(?:well|um|uh|eh|erm|ehm|altså|liksom),\s+)?(?:"
    r"(?:that's|that is|thats|which is|that was|which was) (?:his|her|their|my|our) "
    # session 29: a friend's name ("Otter, that's my mate's nickname")
    r"(?:\w+(?:'s|’s) )?(?:actual |real |proper |full |nick|street |pet )?name"
    r"|(?:that's|that is|thats) what (?:\w+ ){1,2}call(?:s|ed)? (?:him|her|them)"
    # session 31: "gaga, that's what we called dragana": the name the nickname stands for
    r"|(?:that's|that is|thats) what (?:we|they|everyone|everybody|people) call(?:s|ed)? "
    r"(?!it\b|this\b|that\b|the\b|a\b)[a-z]+"
    r"|(?:as|what) (?:\w+ ){1,2}call(?:s|ed)? (?:him|her|them)"
    r"|det (?:er|e|va|var) (?:det )?(?:han|ho|hun|hu) (?:heter|het)"
    r"|som (?:alle|vi|dei|de|folk) (?:kaller|kalte|kalla|kalle) (?:han|ham|henne|ho|hu)"
    r")\b",
    re.IGNORECASE,
)


# 1f. Session 31 (blind21 as development material, lower-cased copies): "muffin she went by",
# "ah fung we call him" (right after the word) and "i knew her as X", "they call me X", "we
# call my youngest X" (right before it): a habit of naming, not one word said in anger
# ("he called me an idiot" has no such subject or tense).
WENT_BY_AFTER = re.compile(
    r" (?:(?:he|she|they) went by|(?:we|they|everyone|everybody|people|folk) "
    r"call(?:s|ed)? (?:him|her|them))\b",
    re.IGNORECASE,
)
NAMED_BEFORE = re.compile(
    r"\b(?:knew (?:him|her|them) as|(?:they|everyone|everybody|people|we|folk) calls? me|"
    r"(?:we|they) call (?:my|our|his|her) (?:youngest|eldest|oldest|little one|baby|wee one))"
    r" $",
    re.IGNORECASE,
)


# 1g. Session 41 (the development sets: "my granny was a Cash before she married", "she was
# born a Little"): a family name with its article, said as what someone was by birth.
BORN_A_BEFORE = re.compile(r"\b(?:was|were|born) (?:a|an) $", re.IGNORECASE)
BORN_A_AFTER = re.compile(
    r"(?: before (?:she|he|they) (?:got |was |were )?(?:married|wed)|,? by birth)\b"
    r"|,? in (?=[A-Z])",
    re.IGNORECASE,
)


# 1e. "my nickname on the site was tiny", "kallenavnet hans var tossa" (session 30): the word
# right after a nickname is said to be.
NICKNAME_BEFORE = re.compile(
    r"\b(?:nickname|nick-name|kallenavn(?:et)?|klengenavn(?:et)?)(?: \w+)?"
    r"(?: (?:on|at|in|from|på|i) (?:the )?\w+)? (?:was|is|var|er|va|e) $",
    re.IGNORECASE,
)
# 1a. "Comfort is my aunt's name", "Håp er navnet til mormor" (blind6 session).
NAME_IS = re.compile(
    r" (?:is|was|'s) (?:my|his|her|our|their) (?:\w+(?:'s|s'|’s) )?(?:actual |real |first "
    r"|middle |proper |street |pet |nick)?name\b"
    # session 29: a name talked about as a name ("Cash is a big name among our people")
    r"| (?:is|was|'s) (?:a|an) (?:big|common|popular|family|good|proper|old|traditional"
    r"|lovely|strong|rare|unusual) name\b"
    r"| (?:er|e|var|va) (?:navnet|namnet) (?:til|på|åt) \w+"
    # session 30: "Charity was the one who found me": only a person is the one who
    r"| (?:was|is|'s) the (?:one|person|woman|man|lady|guy|girl|lad) who\b"
    r"| (?:er|e|var|va) (?:\w+ )?(?:mitt|hans|hennes|sitt) (?:navn|namn)\b",
    re.IGNORECASE,
)
# 1c. "Linnet and her partner ran …", "Selje og mannen hennes kom" (blind6 session): only a
# person has a partner, husband or children of their own.
_KIN = (
    r"(?:partner|husband|wife|boyfriend|girlfriend|fiancée?|kids|children|son|daughter|"
    r"mum|mam|mom|dad|mother|father|brother|sister|family)"
)
_KIN_NB = r"(?:mannen|kona|kjæresten|samboeren|sambuaren|ungene|barna|mora|faren|broren|søstera)"
_KIN_NB_BARE = r"(?:mann|kone|kjæreste|sambo|unger|barn|mor|far|bror|søster)"
WITH_OWN_KIN = re.compile(
    rf" (?:and|&) (?:her|his|their) {_KIN}\b| og (?:{_KIN_NB} (?:hennes|hans|sin|si)|"
    rf"(?:hennes|hans|sin|si|sine) {_KIN_NB_BARE})\b",
    re.IGNORECASE,
)
# 1b. "Bamsen var det alle kalte ham" (not "… alle sa": "Fint var det alle sa").
_WHO_SAID = r"(?:alle|vi|dei|de|folk|everyone|everybody|they|we|people)"
CALLED_AFTER = re.compile(
    rf"(?:, (?:det|that))? (?:var|va|er|e|was|is) (?:det|what) {_WHO_SAID} "
    r"(?:kalte|kalla|kaller|called|call)\b",
    re.IGNORECASE,
)
