"""Read the text of a .docx transcript, write replacements back into its runs, and scan the
finished package for anything left.

Why runs: a Word transcript carries formatting (bold speaker labels, grey timestamps,
highlighting) in runs. Replacing inside the runs keeps it; a span that crosses runs takes
the formatting of its first run.

Edited: every paragraph (``w:p``) of the main document, headers, footers and comments —
including table cells, text boxes, hyperlinks, content controls and tracked insertions.
External link targets (``mailto:``) that hold an original are blanked
(:func:`scrub_link_targets`). Not edited: footnotes, endnotes, tracked deletions,
``docProps/app.xml`` (python-docx does not model them). They are not trusted either:
:func:`package_texts` extracts what a reader can see from *every* part of the finished
file, and ``anonymize`` runs the leak check on each, so a name hiding there stops the run
instead of leaking.
"""

from __future__ import annotations

import contextlib
import html
import io
import re
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from anonkit.anonymize.linking import Replacement
from anonkit.errors import InputError

_EDITABLE_PARTS = ("DocumentPart", "HeaderPart", "FooterPart", "CommentsPart")
_TAG = re.compile(r"<[^>]+>")
_REL = re.compile(r"<Relationship\b[^>]*>")
_TARGET = re.compile(r'\bTarget="([^"]*)"')
_APP_FIELDS = re.compile(r"<(?:Company|Manager|HyperlinkBase)>([^<]*)<")


@dataclass
class _Para:
    start: int  # offset of this paragraph in the joined text
    runs: list[Any]  # docx.text.run.Run
    texts: list[str]

    @property
    def text(self) -> str:
        return "".join(self.texts)


def _own_runs(p_el: Any, p_tag: str, r_tag: str) -> list[Any]:
    """``w:r`` elements whose nearest enclosing paragraph is ``p_el`` (not a text box's)."""
    runs = []
    for r in p_el.iter(r_tag):
        parent = r.getparent()
        while parent is not None and parent.tag != p_tag:
            parent = parent.getparent()
        if parent is p_el:
            runs.append(r)
    return runs


class DocxTranscript:
    """A loaded .docx with its text as one string (paragraphs joined by newlines)."""

    def __init__(self, path: str | Path) -> None:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
        from docx.oxml.ns import qn
        from docx.text.run import Run

        try:
            self.document = docx.Document(str(path))
        except (PackageNotFoundError, KeyError, ValueError, OSError, zipfile.BadZipFile) as exc:
            raise InputError(f"{path} is not a readable .docx file ({exc})") from exc
        p_tag, r_tag = qn("w:p"), qn("w:r")
        self._paras: list[_Para] = []
        pos = 0
        for part in self.document.part.package.iter_parts():
            if type(part).__name__ not in _EDITABLE_PARTS:
                continue
            for p_el in part.element.iter(p_tag):
                runs = [Run(r, None) for r in _own_runs(p_el, p_tag, r_tag)]  # type: ignore[arg-type]
                para = _Para(pos, runs, [r.text for r in runs])
                self._paras.append(para)
                pos += len(para.text) + 1

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self._paras)

    def apply(self, replacements: Sequence[Replacement]) -> None:
        """Write replacements (offsets into :attr:`text`) into the runs."""
        for r in sorted(replacements, key=lambda r: r.start, reverse=True):
            first = True
            for para in self._paras:
                p_end = para.start + len(para.text)
                if r.end <= para.start or r.start >= p_end:
                    continue
                s = max(r.start, para.start) - para.start
                e = min(r.end, p_end) - para.start
                self._replace_in(para, s, e, r.replacement if first else "")
                first = False
        for para in self._paras:
            for run, new in zip(para.runs, para.texts, strict=True):
                if run.text != new:
                    run.text = new

    @staticmethod
    def _replace_in(para: _Para, s: int, e: int, replacement: str) -> None:
        """Replace paragraph-local ``[s, e)``: the first run touched gets the replacement."""
        pos = 0
        placed = False
        for i, t in enumerate(para.texts):
            rs, r_end = pos, pos + len(t)
            pos = r_end
            if r_end <= s:
                continue
            if rs >= e:
                break
            a, b = max(s, rs) - rs, min(e, r_end) - rs
            para.texts[i] = t[:a] + ("" if placed else replacement) + t[b:]
            placed = True

    def clear_properties(self) -> None:
        """Author, title, comments … may name people: blank them."""
        props = self.document.core_properties
        for name in ("author", "title", "subject", "keywords", "comments", "last_modified_by",
                     "category", "content_status", "identifier"):  # fmt: skip
            with contextlib.suppress(ValueError, AttributeError):
                setattr(props, name, "")

    def to_bytes(self) -> bytes:
        """The finished .docx, in memory (scan it before it touches the disk)."""
        buf = io.BytesIO()
        self.document.save(buf)
        return buf.getvalue()


def package_texts(data: bytes) -> list[tuple[str, str]]:
    """(part name, text) for what a reader of a .docx can see: the text of every XML part
    under ``word/`` and ``docProps/core.xml``, the author-ish fields of ``docProps/app.xml``,
    and external link targets (``mailto:…``) from the relationship files. Namespace URIs and
    other attributes are left out (they would match an organisation called "Microsoft")."""
    out = []
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            xml = z.read(name).decode("utf-8", errors="replace")
            if name.endswith(".rels"):
                targets = [
                    m.group(1)
                    for tag in _REL.findall(xml)
                    if 'TargetMode="External"' in tag
                    for m in [_TARGET.search(tag)]
                    if m
                ]
                text = "\n".join(targets)
            elif name == "docProps/app.xml":
                text = "\n".join(_APP_FIELDS.findall(xml))
            elif name.endswith(".xml") and (
                name.startswith("word/") or name == "docProps/core.xml"
            ):
                text = _TAG.sub("", re.sub(r"</w:p>|<w:br/>|<w:tab/>", "\n", xml))
            else:
                continue
            if text.strip():
                out.append((name, html.unescape(text)))
    return out


def scrub_link_targets(data: bytes, leaks: Callable[[str], bool]) -> bytes:
    """Blank external link targets (``mailto:irene@…``) for which ``leaks`` is true.

    Word turns every typed e-mail address and URL into a hyperlink whose target lives in a
    relationship file; the visible text is pseudonymized in the runs, the target here.
    A blanked link points to ``#`` (nowhere).
    """

    def fix(match: re.Match[str]) -> str:
        tag = match.group(0)
        target = _TARGET.search(tag)
        if 'TargetMode="External"' in tag and target and leaks(html.unescape(target.group(1))):
            tag = tag.replace(target.group(0), 'Target="#"')
        return tag

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w") as zout:
        for item in zin.infolist():
            content = zin.read(item.filename)
            if item.filename.endswith(".rels"):
                content = _REL.sub(fix, content.decode("utf-8")).encode("utf-8")
            zout.writestr(item, content)
    return out.getvalue()


