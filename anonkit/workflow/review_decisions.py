"""The steward's review decisions on one recording (what ``anonkit review`` calls; the CLI
could call them as well).

Every decision is stored in the vault and audited:
- the review record (identifiable tier, kind ``review``) gets the decision in ``decisions``
  (who, when, what; it may name a real name, hence that tier) plus the state the next
  detection run needs: ``keep`` (surfaces that are not personal data) and ``extra`` (missed
  entities of this recording only);
- the audit log gets one ``review_decision`` entry: the action and the entity type, never
  the text.

Decisions that change what is replaced (undo, missed entity, corrected turn) re-run
detection on the recording's raw text (``rerun``): the key forgets this document's
occurrences and links it again, the leak gate runs, and only then the new pseudonymized
transcript is stored (the last write, as in ``process``). Decisions already taken on flags
carry over to the new flags with the same text and type.

Stewards only (``RoleError`` otherwise); an approved recording is frozen.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from typing import TYPE_CHECKING, Any

from anonkit.errors import InputError
from anonkit.languages import LANGUAGES
from anonkit.workflow.errors import LeakError, NotReadyError, RoleError
from anonkit.workflow.project import add_name, key_lock, load_dictionary, load_key, save_key
from anonkit.workflow.recordings import (
    ANONYMIZED,
    IDENTIFIABLE,
    PSEUDONYMIZED,
    RAW,
    REVIEW,
    _detector,
    _newest,
)
from anonkit.workflow.review_view import load_raw, load_review

if TYPE_CHECKING:
    from anonkit.asr.transcript import Transcript
    from anonkit.vault.vault import Vault

AUDIT_EVENT = "review_decision"
ACCEPTED = "accepted"  # a flag that is not personal data: it stays as spoken


def _require(vault: Vault, rid: str) -> None:
    if vault.role.value != "steward":
        raise RoleError(f"user {vault.user} ({vault.role.value}) may not decide in the "
                        "review: stewards only")
    rec = vault.recording(rid)
    if rec.approved:
        raise InputError(f"recording {rid} is already approved; its text is frozen")
    if rec.stage != "anonymized":
        raise NotReadyError(f"recording {rid} is {rec.stage}, not anonymized: run "
                            "`anonkit process` first")


def _now() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _log(vault: Vault, rid: str, review: dict[str, Any], action: str, type_: str | None,
         **detail: Any) -> None:
    review.setdefault("decisions", []).append(
        {"at": _now(), "user": vault.user, "action": action, "type": type_, **detail})


def _audit(vault: Vault, rid: str, action: str, type_: str | None, **extra: Any) -> None:
    vault.audit_append(AUDIT_EVENT, recording_id=rid, action=action, type=type_, **extra)


def _store_review(vault: Vault, rid: str, review: dict[str, Any]) -> None:
    old = _newest(vault, rid, IDENTIFIABLE, REVIEW)
    vault.put_bytes(IDENTIFIABLE, REVIEW, json.dumps(review).encode(), rid)
    if old is not None:
        vault.shred(old)


def _flag(review: dict[str, Any], index: int) -> dict[str, Any]:
    flags = review.get("flags", [])
    if not 0 <= index < len(flags):
        raise InputError(f"there is no flag {index} in this recording")
    return flags[index]


def _replacement(review: dict[str, Any], index: int) -> dict[str, Any]:
    reps = review.get("replacements", [])
    if not 0 <= index < len(reps):
        raise InputError(f"there is no replacement {index} in this recording")
    return reps[index]


def _raw_text(transcript: Transcript) -> str:
    from anonkit.workflow.document import raw_lines

    return "\n".join(raw_lines(transcript))


# --- decisions ----------------------------------------------------------------------------


def accept_flag(vault: Vault, rid: str, index: int) -> None:
    """The flagged token is not personal data: it stays in the text as spoken."""
    _require(vault, rid)
    review = load_review(vault, rid)
    flag = _flag(review, index)
    flag["decision"] = ACCEPTED
    flag["text"] = _raw_text(load_raw(vault, rid))[flag["start"]:flag["end"]]
    _log(vault, rid, review, "accept_flag", flag["type"], start=flag["start"], end=flag["end"])
    _store_review(vault, rid, review)
    _audit(vault, rid, "accept_flag", flag["type"])


#: what a flagged token becomes when the steward replaces it without naming a type
FLAG_TO_TYPE = {"NUMBER": "NATIONAL_ID", "CAPITALIZED": "PERSON", "RARE_WORD": "PERSON"}


def replace_flag(vault: Vault, rid: str, index: int, type_: str | None = None, *,
                 apply_all: bool = False) -> None:
    """The flagged token is personal data: replace it (a missed entity at the flag)."""
    _require(vault, rid)
    review = load_review(vault, rid)
    flag = _flag(review, index)
    surface = _raw_text(load_raw(vault, rid))[flag["start"]:flag["end"]]
    mark_missed(vault, rid, surface, type_ or FLAG_TO_TYPE.get(flag["type"], "PERSON"),
                apply_all=apply_all, action="replace_flag")
    return None


def accept_replacement(vault: Vault, rid: str, index: int) -> None:
    """The replacement is right: its entity is marked accepted in the key."""
    _require(vault, rid)
    review = load_review(vault, rid)
    rep = _replacement(review, index)
    with key_lock(vault):
        key = load_key(vault)
        if key is not None and any(e.id == rep["entity"] for e in key.entities):
            key.accept(rep["entity"])
            save_key(vault, key)
    _log(vault, rid, review, "accept_replacement", rep["type"], entity=rep["entity"])
    _store_review(vault, rid, review)
    _audit(vault, rid, "accept_replacement", rep["type"])


def change_pseudonym(vault: Vault, rid: str, index: int, pseudonym: str) -> None:
    """Give the replacement's entity another pseudonym (in every recording rendered from
    now on; this recording is rendered again at once)."""
    _require(vault, rid)
    words = pseudonym.split()
    if not words:
        raise InputError("give the new pseudonym")
    review = load_review(vault, rid)
    rep = _replacement(review, index)
    with key_lock(vault):
        key = load_key(vault)
        if key is None:
            raise NotReadyError("this project has no pseudonym key yet")
        entity = key.entity(rep["entity"])
        if "name" in entity.pseudonym or entity.type != "PERSON":
            family = {"name": " ".join(words)}
        else:
            family = {"first": words[0], "last": " ".join(words[1:])}
        key.set_pseudonym(entity.id, family)
        save_key(vault, key)
    _log(vault, rid, review, "change_pseudonym", rep["type"], entity=rep["entity"],
         pseudonym=" ".join(words))
    _store_review(vault, rid, review)
    _audit(vault, rid, "change_pseudonym", rep["type"])
    rerun(vault, rid)


def undo_replacement(vault: Vault, rid: str, index: int) -> None:
    """The replaced text is not personal data: it stays as spoken in this recording (and
    is not detected again here)."""
    _require(vault, rid)
    review = load_review(vault, rid)
    rep = _replacement(review, index)
    surface = _raw_text(load_raw(vault, rid))[rep["start"]:rep["end"]]
    keep = review.setdefault("keep", [])
    if surface.lower() not in (k.lower() for k in keep):
        keep.append(surface)
    review["marked"] = [m for m in review.get("marked", [])
                        if m["name"].lower() != surface.lower()]
    _log(vault, rid, review, "undo_replacement", rep["type"], text=surface)
    _store_review(vault, rid, review)
    _audit(vault, rid, "undo_replacement", rep["type"])
    rerun(vault, rid)


def mark_missed(vault: Vault, rid: str, text: str, type_: str = "PERSON", *,
                apply_all: bool = False, action: str = "mark_missed") -> list[str]:
    """``text`` (selected by the steward) is personal data that detection missed.

    With ``apply_all`` it goes into the project dictionary, and every other recording
    waiting for review (stage ``anonymized``) is re-run at once, so every occurrence in the
    project is replaced; approved recordings are frozen (their released text stays; the
    dictionary applies when one is processed again). Otherwise only this recording's
    occurrences are replaced. Returns the ids re-run besides ``rid``."""
    from anonkit.anonymize.dictionary import normalize_type

    _require(vault, rid)
    surface = " ".join(text.split())
    if not surface:
        raise InputError("select the text that should be replaced")
    type_ = normalize_type(type_)
    review = load_review(vault, rid)
    if apply_all:
        add_name(vault, surface, type_=type_, lang=_lang(load_raw(vault, rid)))
    else:
        extra = review.setdefault("extra", [])
        if not any(e["name"].lower() == surface.lower() for e in extra):
            extra.append({"name": surface, "type": type_})
    _mark(review, surface, type_)
    _log(vault, rid, review, action, type_, text=surface, apply_all=apply_all)
    _store_review(vault, rid, review)
    _audit(vault, rid, action, type_, apply_all=apply_all)
    rerun(vault, rid)
    others = [r.id for r in vault.recordings()
              if apply_all and r.id != rid and r.stage == "anonymized" and not r.approved]
    for other in others:  # the steward's word holds there too (see ``rerun``)
        other_review = load_review(vault, other)
        _mark(other_review, surface, type_)
        _log(vault, other, other_review, action, type_, text=surface, apply_all=True,
             from_recording=rid)
        _store_review(vault, other, other_review)
        rerun(vault, other)
    return others


def _mark(review: dict[str, Any], surface: str, type_: str) -> None:
    """Record that the steward marked ``surface`` as a name of ``type_`` (no longer kept)."""
    review["keep"] = [k for k in review.get("keep", []) if k.lower() != surface.lower()]
    review["marked"] = [m for m in review.get("marked", [])
                        if m["name"].lower() != surface.lower()] + [
        {"name": surface, "type": type_}]


def edit_turn(vault: Vault, rid: str, turn: int, text: str) -> None:
    """Correct what Whisper heard in one turn (the raw text); detection runs again."""
    _require(vault, rid)
    new = " ".join(text.split())
    if not new:
        raise InputError("a turn cannot be empty")
    transcript = load_raw(vault, rid)
    if not 0 <= turn < len(transcript.segments):
        raise InputError(f"there is no turn {turn} in this recording")
    segs = list(transcript.segments)
    segs[turn] = dataclasses.replace(segs[turn], text=new, words=())
    edited = dataclasses.replace(transcript, segments=tuple(segs))
    old = _newest(vault, rid, IDENTIFIABLE, RAW)
    vault.put_bytes(IDENTIFIABLE, RAW, edited.to_json().encode("utf-8"), rid)
    if old is not None:
        vault.shred(old)
    review = load_review(vault, rid)
    _log(vault, rid, review, "edit_turn", None, turn=turn)
    _store_review(vault, rid, review)
    _audit(vault, rid, "edit_turn", None, turn=turn)
    rerun(vault, rid)


# --- detection again ------------------------------------------------------------------------


def _lang(transcript: Transcript) -> str:
    return transcript.language if transcript.language in LANGUAGES else LANGUAGES[0]


def rerun(vault: Vault, rid: str) -> dict[str, int]:
    """Detect, link, replace and leak-check the recording again with the review's
    decisions; store key, review record and pseudonymized transcript (that order)."""
    from anonkit.anonymize.dictionary import DictionaryEntry, ProjectDictionary
    from anonkit.anonymize.leakcheck import find_leaks
    from anonkit.anonymize.linking import key_entries
    from anonkit.anonymize.replace import propagate, pseudonymize_text
    from anonkit.workflow.document import build_doc

    _require(vault, rid)
    transcript = load_raw(vault, rid)
    review = load_review(vault, rid)
    text = _raw_text(transcript)
    lang = _lang(transcript)
    keep = {k.lower() for k in review.get("keep", [])}
    marked = {m["name"].lower(): m["type"] for m in review.get("marked", [])}
    old_decisions = {}
    for f in review.get("flags", []):
        if f.get("decision") is not None:
            old_decisions[(str(f.get("text", "")), f["type"])] = f["decision"]
    with key_lock(vault):
        from anonkit.anonymize.key import PseudonymKey

        key = load_key(vault) or PseudonymKey.new(lang)
        key.forget_document(rid)
        dictionary = load_dictionary(vault, lang)
        extra = [DictionaryEntry(name=e["name"], type=e["type"])
                 for e in review.get("extra", [])]
        entries = [*(dictionary.entries if dictionary else ()), *extra]
        link_dict = ProjectDictionary(tuple(entries), lang) if entries else None
        detector = _detector(lang)
        detector.project_dictionary = (ProjectDictionary((*entries, *key_entries(key)), lang)
                                       if entries or key.entities else None)
        # the steward's word outweighs a score: a marked name found only as a flag (it is
        # also a common word, "trumps") is replaced here; a kept one is never touched
        detections = [
            d if d.text.lower() not in marked
            else dataclasses.replace(d, action="replace", type=marked[d.text.lower()])
            for d in propagate(text, detector.detect(text), lang) if d.text.lower() not in keep]
        result = pseudonymize_text(text, rid, detections, key, link_dict)
        for entity in list(key.entities):  # a name kept as spoken is no longer a name
            if (not entity.occurrences and entity.source == "detected"
                    and all(o.lower() in keep for o in entity.originals)):
                key.remove_entity(entity.id)
        # checked again without the forgotten entities (pseudonymize_text checked with them)
        certain = [leak for leak in find_leaks(result.text, key) if leak.certain]
        if certain:
            raise LeakError(f"leak check failed: {len(certain)} original name(s) from the key "
                            "would remain; mark them as missed instead of keeping them")
        doc = build_doc(rid, transcript, result.replacements)
        save_key(vault, key)
    new = result.review_record(rid)
    flags = []
    for f in new["flags"]:  # type: ignore[union-attr]
        surface = text[f["start"]:f["end"]]
        flags.append(dict(f, text=surface, decision=old_decisions.get((surface, f["type"]))))
    for k in ("keep", "extra", "marked", "decisions"):
        if k in review:
            new[k] = review[k]
    new["flags"] = flags
    _store_review(vault, rid, new)
    old_doc = _newest(vault, rid, ANONYMIZED, PSEUDONYMIZED)
    vault.put_bytes(ANONYMIZED, PSEUDONYMIZED, doc.to_json(), rid)
    if old_doc is not None:
        vault.shred(old_doc)
    return {"replaced": len(result.replacements), "flags": len(flags)}

