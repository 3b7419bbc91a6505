"""Read the text of a .docx transcript and write replacements back into its runs.

Why runs: a Word transcript carries formatting (bold speaker labels, timestamps in grey,
highlighting) in runs. Replacing inside the runs keeps it; a span that crosses runs takes
the formatting of its first run.

Covered: body paragraphs, tables (nested too), headers and footers, hyperlink text.
Not covered (stated limit, docs/detection.md): comments, footnotes, text boxes, document
properties — ``anonymize`` clears the core properties (author, title …) instead.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from anonkit.anonymize.linking import Replacement
from anonkit.errors import InputError


@dataclass
class _Para:
    start: int  # offset of this paragraph in the joined text
    runs: list[Any]  # docx.text.run.Run
    texts: list[str]

    @property
    def text(self) -> str:
        return "".join(self.texts)


def _paragraphs_of(container: Any) -> Iterator[Any]:
    yield from container.paragraphs
    for table in getattr(container, "tables", []):
        for row in table.rows:
            for cell in row.cells:
                yield from _paragraphs_of(cell)


def _runs_of(paragraph: Any) -> list[Any]:
    from docx.text.hyperlink import Hyperlink

    runs = []
    for item in paragraph.iter_inner_content():
        if isinstance(item, Hyperlink):
            runs.extend(item.runs)
        else:
            runs.append(item)
    return runs


class DocxTranscript:
    """A loaded .docx with its text as one string (paragraphs joined by newlines)."""

    def __init__(self, path: str | Path) -> None:
        import docx
        from docx.opc.exceptions import PackageNotFoundError

        try:
            self.document = docx.Document(str(path))
        except (PackageNotFoundError, KeyError, ValueError, OSError) as exc:
            raise InputError(f"{path} is not a readable .docx file ({exc})") from exc
        self._paras: list[_Para] = []
        seen: set[int] = set()
        pos = 0
        containers: list[Any] = [self.document]
        for section in self.document.sections:
            for part in (section.header, section.footer, section.first_page_header,
                         section.first_page_footer, section.even_page_header,
                         section.even_page_footer):  # fmt: skip
                if not part.is_linked_to_previous:
                    containers.append(part)
        for container in containers:
            for p in _paragraphs_of(container):
                if id(p._p) in seen:  # merged table cells repeat their paragraphs
                    continue
                seen.add(id(p._p))
                runs = _runs_of(p)
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

    def save_atomic(self, path: str | Path) -> None:
        """Save via a temp file in the target directory and rename."""
        path = Path(path)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        os.close(fd)
        try:
            self.document.save(tmp)
            os.replace(tmp, path)
        except BaseException:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(tmp)
            raise
