"""The main job on the bundled sample, end to end, in a temporary vault.

init (random password, shown once) → ingest → process (transcribe from the vault in
memory, pseudonymize with the project key) → approve (the demo accepts open flags with a
recorded reason; a real steward reviews them) → export txt → verify. The vault is kept so
the user can look at it with ``anonkit status`` / ``audit`` / ``verify``.
"""

from __future__ import annotations

import secrets
import tempfile
from dataclasses import dataclass
from pathlib import Path

from anonkit.workflow.recordings import IDENTIFIABLE, RAW, _newest, ingest, process
from anonkit.workflow.release import approve, export, open_flags
from anonkit.workflow.verify import verify_vault

DEMO_USER = "steward"


def sample_interview() -> Path:
    """Path of the bundled two-speaker sample (synthetic voices, fictitious content)."""
    import anonkit

    return Path(anonkit.__file__).resolve().parent / "data" / "sample_interview.flac"


@dataclass(frozen=True)
class DemoResult:
    vault: Path
    password: str
    recording: str
    raw_text: str
    header: str
    summary: str
    pseudonymized: str
    export_dir: Path
    verify_ok: bool


def run_demo_chain(model: str = "base", *, root: Path | None = None,
                   kdf: object | None = None) -> DemoResult:
    """Run the chain; ``root`` (default: a new temp folder) receives ``vault/`` and
    ``export/``. ``kdf``: test-only weaker parameters (``KdfParams.testing()``)."""
    from anonkit.asr.formats import to_txt
    from anonkit.asr.transcript import Transcript
    from anonkit.vault.vault import Vault
    from anonkit.workflow.project import save_settings

    root = root or Path(tempfile.mkdtemp(prefix="anonkit-demo-"))
    password = secrets.token_urlsafe(18)
    with Vault.create(root / "vault", DEMO_USER, password, kdf) as v:  # type: ignore[arg-type]
        save_settings(v, model=model)
        rid = ingest(v, sample_interview(), participant="P01")
        [done] = process(v, [rid])
        raw = Transcript.from_json(v.get_bytes(_newest(v, rid, IDENTIFIABLE, RAW) or "")
                                   .decode("utf-8"))
        if done.error:
            raise RuntimeError(done.error)
        flags = len(open_flags(v, rid))
        approve(v, rid, accept_flags=bool(flags),
                reason="demo: flags accepted without review" if flags else None)
        [path] = export(v, [rid], "txt", root / "export")
        ok = verify_vault(v).ok
    header = (f"# sample interview: {raw.duration:.1f} s, language {raw.language}, model "
              f"{raw.model}, speakers {', '.join(raw.speakers) or 'not labelled'}")
    summary = (f"# pseudonymized: replaced {done.replaced} name(s); {done.flags} flag(s) for "
               "the steward; no original left (leak check passed); approved and exported")
    return DemoResult(root / "vault", password, rid, to_txt(raw), header, summary,
                      path.read_text("utf-8"), root / "export", ok)
