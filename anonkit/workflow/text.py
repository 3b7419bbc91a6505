"""Pseudonymize one transcript file (.txt, .docx, or what ``anonkit transcribe`` writes:
.json, .srt, .vtt; see ``workflow.timed``): what ``anonkit anonymize`` runs.

Sequence: read → detect (dictionary + names already in the key + NER + gazetteers +
patterns) → spread → link → replace → leak gate → only then write the output, then the key.
Nothing is written when the leak gate finds an original in the output (text or any .docx
part). The key goes into a vault or an encrypted key file (``KeyStore``), never plaintext.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from anonkit.anonymize.key import PseudonymKey
from anonkit.errors import InputError
from anonkit.fileio import write_atomic
from anonkit.workflow.errors import FormatMismatchError, LeakError

if TYPE_CHECKING:
    from anonkit.anonymize.dictionary import ProjectDictionary
    from anonkit.anonymize.leakcheck import Leak
    from anonkit.anonymize.linking import Replacement
    from anonkit.anonymize.replace import PseudonymizedText
    from anonkit.vault.vault import Vault

SUFFIXES = (".txt", ".docx", ".json", ".srt", ".vtt")
#: output formats by ``-o``'s extension
FORMATS = {".txt": "txt", ".docx": "docx", ".json": "json", ".srt": "srt", ".vtt": "vtt"}


def output_format(file: Path, output: Path | None) -> str:
    """The format ``anonymize`` writes: ``-o``'s extension, else the input's own.

    A timed transcript (.json/.srt/.vtt) converts to any of txt, docx, json, srt, vtt; a
    .txt or .docx to txt or docx only: it has no segment times (.json/.srt/.vtt raise
    ``FormatMismatchError``, exit 2). An unknown extension keeps the input's format."""
    own = FORMATS.get(file.suffix.lower(), file.suffix.lower().lstrip("."))
    wanted = FORMATS.get(output.suffix.lower()) if output is not None else None
    if wanted is None or wanted == own:
        return own
    if own in ("txt", "docx") and wanted not in ("txt", "docx"):
        raise FormatMismatchError(
            f"-o {output}: a .{own} transcript has no segment times to make .{wanted} from; "
            "write .txt or .docx, or anonymize the transcript's .json/.srt/.vtt instead")
    return wanted


class KeyStore(Protocol):
    """Where the pseudonym key lives: the vault or an encrypted key file."""

    where: str

    def load(self) -> PseudonymKey | None: ...
    def save(self, key: PseudonymKey) -> None: ...
    def dictionary(self, lang: str) -> ProjectDictionary | None: ...


class VaultKeyStore:
    """The key (and the project dictionary) in a vault's identifiable tier."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self.where = f"vault {vault.root}"

    def load(self) -> PseudonymKey | None:
        from anonkit.workflow.project import load_key

        return load_key(self.vault)

    def save(self, key: PseudonymKey) -> None:
        from anonkit.workflow.project import save_key

        save_key(self.vault, key)

    def dictionary(self, lang: str) -> ProjectDictionary | None:
        from anonkit.workflow.project import load_dictionary

        return load_dictionary(self.vault, lang)


class FileKeyStore:
    """The key in an encrypted key file (docs/key-file.md); no dictionary of its own."""

    def __init__(self, keyfile: Any, key: PseudonymKey | None) -> None:
        self.keyfile = keyfile
        self._key = key
        self.where = str(keyfile.path)

    @classmethod
    @contextlib.contextmanager
    def locked(cls, path: Path, password: Any) -> Iterator[FileKeyStore]:
        """Open (or create) the key file under its lock; ``password(new: bool) -> str`` is
        asked only after the lock is held, so two runs take turns."""
        from anonkit.anonymize.keyfile import KeyFile, key_file_lock

        with key_file_lock(path):
            if path.exists():
                keyfile, key = KeyFile.open(path, password(False))
                yield cls(keyfile, key)
            else:
                yield cls(KeyFile.create(path, password(True)), None)

    def load(self) -> PseudonymKey | None:
        return self._key

    def save(self, key: PseudonymKey) -> None:
        self.keyfile.save(key)

    def dictionary(self, lang: str) -> ProjectDictionary | None:
        return None


def default_output(path: Path) -> Path:
    """``interview.txt`` → ``interview.pseudonymized.txt`` next to it."""
    return path.with_name(f"{path.stem}.pseudonymized{path.suffix}")


def read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path} is not UTF-8 text; save it as UTF-8 and try again") from exc
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror}") from exc


def leak_gate(leaks: Sequence[Leak], where: str) -> None:
    """Raise LeakError for certain leaks; the message names types and offsets, not names."""
    certain = [leak for leak in leaks if leak.certain]
    if not certain:
        return
    types = Counter(leak.type for leak in certain)
    offsets = ", ".join(f"{leak.start}-{leak.end}" for leak in certain[:10])
    raise LeakError(
        f"leak check failed: {len(certain)} original name(s) still in {where} "
        f"({', '.join(f'{n} {t}' for t, n in types.items())}; at offsets {offsets}); "
        "nothing was written — add them to the project dictionary (or remove them from "
        "parts anonymize does not edit, such as footnotes) and run again"
    )


def output_offset(pos: int, replacements: Sequence[Replacement]) -> int:
    """Where raw-text offset ``pos`` (outside any replacement) lands in the output."""
    shift = sum(len(r.replacement) - (r.end - r.start) for r in replacements if r.end <= pos)
    return pos + shift


def flag_report(result: PseudonymizedText, output_text: str) -> list[dict[str, Any]]:
    """Every flagged token, with offsets into the *output* text, its line and a context.

    Why this may be shown and written: a flagged token was not replaced, so it is in the
    output already; the report adds where, not what (issue 7, point 6)."""
    rows = []
    for flag in result.flags:
        start = output_offset(flag.start, result.replacements)
        end = start + (flag.end - flag.start)
        line = output_text.count("\n", 0, start) + 1
        lo, hi = max(0, start - 30), min(len(output_text), end + 30)
        rows.append({"start": start, "end": end, "line": line, "type": flag.type,
                     "text": output_text[start:end], "score": round(flag.score, 3),
                     "context": output_text[lo:hi].replace("\n", " ")})
    return rows


@dataclass
class FileResult:
    """What ``anonymize_file`` did: for the summary, ``--show-flags`` and the JSON report."""

    output: Path
    result: PseudonymizedText
    key: PseudonymKey
    key_where: str
    output_text: str
    flags: list[dict[str, Any]] = field(default_factory=list)

    def report(self) -> dict[str, Any]:
        counts = Counter(r.type for r in self.result.replacements)
        return {
            "output": str(self.output),
            "key": self.key_where,
            "replaced": dict(sorted(counts.items())),
            "flags": self.flags,
            "warnings": list(self.result.warnings),
            "possible_leaks": [leak.start for leak in self.result.leaks if not leak.certain],
        }


def anonymize_file(
    file: Path,
    lang: str,
    store: KeyStore,
    *,
    output: Path | None = None,
    style: str | None = None,
    dictionary: ProjectDictionary | None = None,
    document: str | None = None,
) -> FileResult:
    """Pseudonymize ``file`` into ``output`` and update the key in ``store``.

    Write order: output first, then the key (a crash in between leaves a key without the
    new document's occurrences, which re-running repairs).
    """
    from anonkit.anonymize.detector import Detector
    from anonkit.anonymize.replace import anonymize_document

    suffix = file.suffix.lower()
    if suffix not in SUFFIXES:
        raise InputError(f"{file}: anonymize reads .txt, .docx, .json, .srt and .vtt "
                         "transcripts")
    fmt = output_format(file, output)
    output = output or default_output(file)
    if output.resolve() == file.resolve():
        raise InputError("the output must not overwrite the input transcript; choose another -o")
    output.parent.mkdir(parents=True, exist_ok=True)
    key = store.load()
    if key is None:
        key = PseudonymKey.new(lang, style or "pseudonym")
    elif key.lang != lang:
        raise InputError(
            f"the key was made for language {key.lang!r}, not {lang!r}; use another --key"
        )
    if dictionary is None:
        dictionary = store.dictionary(lang)

    docx_doc = timed = None
    if suffix in (".json", ".srt", ".vtt"):
        from anonkit.workflow.timed import read_timed

        timed = read_timed(file, read_text(file))
        text = timed.detection_text()
    elif suffix == ".docx":
        from anonkit.anonymize.docx_io import DocxTranscript

        docx_doc = DocxTranscript(file)
        text = docx_doc.text
    else:
        text = read_text(file)
    result = anonymize_document(text, document or file.name, Detector(lang), key, dictionary)
    leak_gate(result.leaks, "the text")
    data: bytes | str = result.text
    if timed is not None:
        data = _timed_output(timed, result, key, fmt, lang)
    elif docx_doc is not None and fmt == "docx":
        data = _docx_bytes(docx_doc, result, key)
    elif fmt == "docx":  # a .txt written as Word: one paragraph per line
        data = _txt_as_docx(result.text, key)
    write_atomic(output, data, newline="")
    store.save(key)
    return FileResult(output, result, key, store.where, result.text,
                      flag_report(result, result.text))


def _timed_output(timed: Any, result: PseudonymizedText, key: PseudonymKey, fmt: str,
                  lang: str) -> str | bytes:
    """The timed transcript in ``fmt``, gated whole: speaker labels, JSON keys and any
    .docx part must not hold an original from the key either."""
    from anonkit.anonymize.docx_io import package_texts
    from anonkit.anonymize.leakcheck import find_leaks
    from anonkit.workflow.timed import readable_text, render_timed

    data = render_timed(timed, result.replacements, fmt, lang)
    parts = (package_texts(data) if isinstance(data, bytes)
             else [(f"the .{fmt} output", readable_text(data, fmt))])
    for part, part_text in parts:
        leak_gate(find_leaks(part_text, key), part)
    return data


def _txt_as_docx(text: str, key: PseudonymKey) -> bytes:
    """Plain text as a .docx: a paragraph per non-blank line, a leading ``Label: `` (as
    transcribe writes speakers) in bold; gated like every .docx."""
    import re

    from anonkit.anonymize.docx_io import package_texts
    from anonkit.anonymize.leakcheck import find_leaks
    from anonkit.asr.docx_format import DocxParagraph, build_docx

    paragraphs = []
    for line in text.splitlines():
        if not line.strip():
            continue
        m = re.match(r"^([^\s:]{1,32}): (?=\S)", line)
        paragraphs.append(DocxParagraph(line[m.end():], m.group(1)) if m
                          else DocxParagraph(line))
    data = build_docx(paragraphs)
    for part, part_text in package_texts(data):
        leak_gate(find_leaks(part_text, key), f"the .docx part {part}")
    return data


def _docx_bytes(docx_doc: Any, result: PseudonymizedText, key: PseudonymKey) -> bytes:
    """Apply the replacements to the .docx, clear its properties and link targets, and gate
    every text part of the package (headers, footers, comments …)."""
    from anonkit.anonymize.docx_io import package_texts, scrub_link_targets
    from anonkit.anonymize.leakcheck import find_leaks

    docx_doc.apply(result.replacements)
    docx_doc.clear_properties()
    data = scrub_link_targets(
        docx_doc.to_bytes(),
        lambda target: any(leak.certain for leak in find_leaks(target, key)),
    )
    for part, part_text in package_texts(data):
        leak_gate(find_leaks(part_text, key), f"the .docx part {part}")
    return data
