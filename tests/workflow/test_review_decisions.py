"""The steward's review decisions (anonkit.workflow.review_decisions / review_view) on a
real vault: the bundled sample processed by tiny.en, real Presidio, real crypto.

A turn is corrected once per module (``edit_turn``) so the transcript holds a flag (a
room number) and an ASR mishearing of a place ("trumps" for Tromsø) to decide on."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from anonkit.errors import InputError
from anonkit.vault.kdf import KdfParams
from anonkit.workflow import review_decisions as rd
from anonkit.workflow.errors import RoleError
from anonkit.workflow.recordings import IDENTIFIABLE, REVIEW, load_doc
from anonkit.workflow.release import approve, open_flags
from anonkit.workflow.review_view import build_view, load_review, queue
from tests.workflow.conftest import Processed, open_vault

EDITED = "Better, I go for walks in trumps with my dog on Sundays, from room 48213."


@pytest.fixture(scope="module")
def reviewed(processed: Processed, tmp_path_factory: pytest.TempPathFactory) -> Processed:
    path = tmp_path_factory.mktemp("review") / "vault"
    shutil.copytree(processed.path, path)
    with open_vault(path) as v:
        rd.edit_turn(v, processed.recording, 7, EDITED)
        v.add_user("ola", "interviewer", "ola pw", KdfParams.testing())
        v.add_user("ana", "analyst", "ana pw", KdfParams.testing())
    return Processed(path, processed.recording)


@pytest.fixture
def vault(reviewed: Processed, tmp_path: Path) -> Iterator[tuple[object, str]]:
    dst = tmp_path / "vault"
    shutil.copytree(reviewed.path, dst)
    with open_vault(dst) as v:
        yield v, reviewed.recording


def _events(v, action: str) -> list[dict]:
    return [e.details for e in v.audit_entries()
            if e.event == rd.AUDIT_EVENT and e.details.get("action") == action]


def test_edit_turn_reran_detection_and_the_view_matches_the_document(vault) -> None:
    v, rid = vault
    doc = load_doc(v, rid)
    assert "room 48213" in doc.segments[7].text
    view = build_view(v, rid, with_originals=True)
    for turn, seg in zip(view.turns, doc.segments, strict=True):
        assert "".join(p.text for p in turn.pieces) == seg.text  # the approved text, exactly
    flags = [p for t in view.turns for p in t.pieces if p.kind == "flag"]
    assert [(f.text, f.type) for f in flags] == [("48213", "NUMBER")]
    reps = [p for t in view.turns for p in t.pieces if p.kind == "rep"]
    assert {r.original for r in reps} >= {"Irene", "Jonas"}
    assert all(r.original is None for t in build_view(v, rid, with_originals=False).turns
               for r in t.pieces)
    assert _events(v, "edit_turn") == [{"action": "edit_turn", "type": None, "turn": 7}]
    [row] = queue(v)
    assert (row["open_flags"], row["replacements"]) == (1, len(reps))


def test_accept_flag_stores_decision_audits_without_text_and_lets_approve(vault) -> None:
    v, rid = vault
    with pytest.raises(Exception, match="open flag"):
        approve(v, rid)
    rd.accept_flag(v, rid, 0)
    assert open_flags(v, rid) == []
    review = load_review(v, rid)
    assert review["decisions"][-1]["action"] == "accept_flag"
    assert len(v.list(tier=IDENTIFIABLE, recording_id=rid, kind=REVIEW)) == 1  # old shredded
    [entry] = _events(v, "accept_flag")
    assert "48213" not in json.dumps(entry)
    assert approve(v, rid)["id"] == rid
    with pytest.raises(InputError, match="already approved"):
        rd.accept_flag(v, rid, 0)


def test_flag_decision_survives_a_rerun(vault) -> None:
    v, rid = vault
    rd.accept_flag(v, rid, 0)
    rd.mark_missed(v, rid, "trumps", "LOCATION")
    assert open_flags(v, rid) == []
    assert load_review(v, rid)["flags"][0]["decision"] == rd.ACCEPTED


def test_mark_missed_apply_all_goes_into_the_project_dictionary(vault) -> None:
    from anonkit.workflow.project import load_dictionary
    from anonkit.workflow.recordings import RAW, anonymize_recording
    from anonkit.workflow.review_view import load_raw

    v, rid = vault
    other = v.new_recording("transcribed")  # a second interview saying the same
    v.put_bytes(IDENTIFIABLE, RAW, load_raw(v, rid).to_json().encode(), other)
    anonymize_recording(v, other, load_raw(v, rid))
    assert "trumps" in load_doc(v, other).text
    assert rd.mark_missed(v, rid, "trumps", "LOCATION", apply_all=True) == [other]
    assert "trumps" not in load_doc(v, rid).text
    assert "trumps" not in load_doc(v, other).text
    assert [e.name for e in load_dictionary(v, "en").entries] == ["trumps"]
    assert _events(v, "mark_missed")[0]["apply_all"] is True


def test_mark_missed_this_recording_only_stays_in_the_review_record(vault) -> None:
    from anonkit.workflow.project import load_dictionary

    v, rid = vault
    rd.mark_missed(v, rid, "trumps", "LOCATION")
    assert "trumps" not in load_doc(v, rid).text
    assert load_dictionary(v, "en") is None
    assert load_review(v, rid)["extra"] == [{"name": "trumps", "type": "LOCATION"}]


def test_replace_flag_replaces_the_flagged_token(vault) -> None:
    v, rid = vault
    rd.replace_flag(v, rid, 0)
    assert "48213" not in load_doc(v, rid).text
    assert open_flags(v, rid) == []


def test_change_pseudonym_renders_the_new_one(vault) -> None:
    v, rid = vault
    view = build_view(v, rid, with_originals=True)
    irene = next(p for t in view.turns for p in t.pieces if p.original == "Irene")
    rd.change_pseudonym(v, rid, irene.index, "Vilde")
    assert "my sister Vilde" in load_doc(v, rid).text
    with pytest.raises(InputError, match="real name"):
        rd.change_pseudonym(v, rid, irene.index, "Jonas")


def test_undo_replacement_keeps_the_word_and_forgets_the_entity(vault) -> None:
    from anonkit.workflow.project import load_key

    v, rid = vault
    view = build_view(v, rid, with_originals=True)
    jonas = next(p for t in view.turns for p in t.pieces if p.original == "Jonas")
    rd.undo_replacement(v, rid, jonas.index)
    assert "A nurse called Jonas" in load_doc(v, rid).text
    assert not any("Jonas" in e.originals for e in load_key(v).entities)
    assert "Jonas" not in json.dumps(_events(v, "undo_replacement"))


@pytest.mark.parametrize("user", ["ola", "ana"])
def test_only_stewards_decide(reviewed: Processed, user: str) -> None:
    with open_vault(reviewed.path, user, f"{user} pw") as v, \
            pytest.raises(RoleError, match="stewards only"):
        rd.accept_flag(v, reviewed.recording, 0)


def test_bad_indexes_and_empty_input_are_input_errors(vault) -> None:
    v, rid = vault
    with pytest.raises(InputError):
        rd.accept_flag(v, rid, 99)
    with pytest.raises(InputError):
        rd.undo_replacement(v, rid, -1)
    with pytest.raises(InputError):
        rd.mark_missed(v, rid, "  ")
    with pytest.raises(InputError):
        rd.edit_turn(v, rid, 0, " ")
