"""Web addresses (design.md §4, layer 4).

Presidio's ``UrlRecognizer`` also fires inside words glued by a full stop ("det.Neste",
"rapport.docx" → "rapport.do") and on the user part of e-mail addresses, so we use our
own, stricter pattern: a scheme (``https://``), ``www.``, or a bare ``name.tld`` whose TLD
is in a short list of TLDs that transcripts actually contain, never followed by a letter
and never part of an e-mail address. "e.g.", "i.e." and "St.Olavs" do not match.
Big public sites (``nav.no``, ``google.com``) identify no one and are skipped (spoken2).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from anonkit.anonymize.entity_types import URL
from anonkit.anonymize.recognizers._base import AnonkitRecognizer, word_set
from anonkit.anonymize.recognizers._gates import may_match

_TLDS = (
    "no|com|org|net|edu|gov|info|io|eu|uk|co\\.uk|ac\\.uk|org\\.uk|nhs\\.uk|se|dk|fi|de|nl|"
    "fr|es|it|ie|us|ca|au|app|dev|me|tv|ly|scot|wales|cymru"
)
_PATH = r"(?:[/?#][^\s<>\"']*[^\s<>\"'.,;:!?)\]])?"
URL_RE = re.compile(
    r"(?<![\w@.])(?:"
    r"(?:https?|ftp)://[^\s<>\"']+[^\s<>\"'.,;:!?)\]]"
    r"|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+"
    + _PATH
    + r"|[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.(?:"
    + _TLDS
    + r")(?![\w@])(?!\.\w)"
    + _PATH
    + r")",
    re.IGNORECASE,
)

# Big public sites everyone uses identify no one (spoken2): ``nav.no``, ``helsenorge.no``,
# ``google.com`` (also for the spoken form in :mod:`.spoken_url`).
GENERIC_SITES = word_set(
    """
    google youtube facebook instagram twitter tiktok snapchat reddit wikipedia linkedin
    amazon ebay netflix spotify apple microsoft yahoo hotmail gmail outlook bing
    nav helsenorge vg nrk finn dagbladet aftenposten tv2 altinn skatteetaten norge regjeringen
    lovdata udir uio ntnu uib helsedirektoratet fhi politiet legemiddelhandboka felleskatalogen
    nhs gov bbc mind samaritans rethink youngminds childline direct samaritans
    """
)


# On these sites the path after the host names an account (``instagram.com/kari_n``), which
# identifies its owner as surely as a name does; on ``nav.no/uføre`` it names a public page.
SOCIAL_SITES = word_set("facebook instagram twitter tiktok snapchat linkedin youtube reddit x")


def is_generic_site(value: str) -> bool:
    """``www.nav.no/uføre``, ``helsenorge.no``: the site's own name is a big public site.

    A social site with a path (``instagram.com/kari_n``) is someone's account, not generic.
    """
    host, _, path = re.sub(r"^(?:[a-z]+://)?(?:www\.)?", "", value.lower()).partition("/")
    site = host.split(".")[0]
    if site in SOCIAL_SITES and path.strip("/"):
        return False
    return site in GENERIC_SITES


SCORE_SCHEME = 0.95
SCORE_BARE = 0.6


class UrlRecognizer(AnonkitRecognizer):
    """URLs with a scheme, ``www.``, or a bare domain with a known TLD."""

    ENTITIES = (URL,)

    def find(self, text: str) -> Iterator[tuple[int, int, str, float]]:
        if "." not in text or not may_match(URL_RE, text):  # speed22 gate (``_gates``)
            return
        for m in URL_RE.finditer(text):
            value = m.group(0)
            if is_generic_site(value):
                continue
            low = value.lower()
            score = SCORE_SCHEME if low.startswith(("http", "ftp", "www.")) else SCORE_BARE
            if score == SCORE_BARE and not value.isupper():
                # "Finn.no" and "nrk.no" are sites; "slutt.No" is a sentence break that lost
                # its space: the top-level domain must be lower case.
                tld = value.split("/")[0].rsplit(".", 1)[-1]
                if not tld.islower():
                    continue
            yield m.start(), m.end(), URL, score


def build(lang: str) -> list[AnonkitRecognizer]:
    """Factory used by :func:`anonkit.anonymize.recognizers.build_recognizers`."""
    return [UrlRecognizer(lang)]
