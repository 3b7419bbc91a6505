"""The role table (docs/workflow.md "Roles"), one test per cell, on a real vault with real
users: cryptographic limits show as ``AccessDeniedError`` from the vault, workflow policy as
``RoleError``.

| action                                   | steward | interviewer          | analyst |
|------------------------------------------|---------|----------------------|---------|
| ingest, process                          | yes     | yes                  | no      |
| read audio / raw transcript / metadata   | all     | own recordings only  | none    |
| use the project key and dictionary       | yes     | yes (shared copies)  | no      |
| change the project dictionary            | yes     | yes                  | no      |
| approve                                  | yes     | no                   | no      |
| export approved                          | yes     | yes                  | yes     |
| export unapproved (--draft)              | yes     | no                   | no      |
| purge                                    | yes     | no                   | no      |
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from anonkit.vault.errors import AccessDeniedError, UnknownUserError
from anonkit.vault.kdf import KdfParams
from anonkit.vault.vault import Vault
from anonkit.workflow import recordings as wr
from anonkit.workflow import release, retention
from anonkit.workflow.errors import NotApprovedError, RoleError
from anonkit.workflow.project import add_name, load_dictionary, load_key
from tests.workflow.conftest import SAMPLE, new_vault, open_vault

USERS = {"ingrid": "interviewer", "ola": "interviewer", "anna": "analyst"}


@dataclass(frozen=True)
class Team:
    path: Path
    ingrids: str  # processed by ingrid
    kari: str  # ingested (not processed) by the steward


@pytest.fixture(scope="module")
def team(tmp_path_factory: pytest.TempPathFactory) -> Team:
    path = tmp_path_factory.mktemp("team") / "vault"
    with new_vault(path) as v:
        for name, role in USERS.items():
            v.add_user(name, role, f"{name} pw", KdfParams.testing())
        add_name(v, "Irene", lang="en")
        kari = wr.ingest(v, SAMPLE, participant="P01", language="en")
    with open_vault(path, "ingrid", "ingrid pw") as iv:
        rid = wr.ingest(iv, SAMPLE, participant="P02", language="en")
        [res] = wr.process(iv, [rid])
        assert res.error is None and res.stage == "anonymized", res
    return Team(path, rid, kari)


def _open(path: Path, user: str) -> Vault:
    return open_vault(path, user, f"{user} pw") if user != "kari" else open_vault(path)


def _as(team: Team, user: str, tmp: Path | None = None) -> Vault:
    """``user`` on the team vault, or on a private copy in ``tmp`` (made if missing)."""
    path = team.path
    if tmp is not None:
        path = tmp / "vault"
        if not path.exists():
            shutil.copytree(team.path, path)
    return _open(path, user)


def _identifiable(v: Vault, rid: str) -> list:
    return v.list(tier="identifiable", recording_id=rid)


def test_interviewer_reads_own_raw_data(team: Team) -> None:
    with _as(team, "ingrid") as v:
        for obj in _identifiable(v, team.ingrids):
            assert v.get_bytes(obj.id)
        assert v.get_metadata(team.ingrids)["participant"] == "P02"


def test_interviewer_cannot_read_other_raw_data(team: Team) -> None:
    with _as(team, "ola") as v:
        objs = _identifiable(v, team.ingrids)
        assert {o.kind for o in objs} >= {"audio", "transcript_raw", "metadata"}
        for obj in objs:
            with pytest.raises(AccessDeniedError):
                v.get_bytes(obj.id)
    with _as(team, "ingrid") as v:
        with pytest.raises(AccessDeniedError):
            v.get_bytes(_identifiable(v, team.kari)[0].id)
        row = {r["id"]: r for r in wr.status(v)}[team.kari]
        assert row["participant"] is None


def test_interviewer_process_skips_others_recordings(team: Team) -> None:
    with _as(team, "ola") as v:
        assert wr.pending(v) == []
    with _as(team, "kari") as v:
        assert wr.pending(v) == [team.kari]


def test_interviewers_share_the_project_key(team: Team) -> None:
    with _as(team, "kari") as s, _as(team, "ola") as o:
        steward_key = load_key(s)
        ola_key = load_key(o)
        assert ola_key is not None and ola_key.to_dict() == steward_key.to_dict()
        assert any("Irene" in e.originals for e in ola_key.entities)  # from ingrid's text
        assert [e.name for e in load_dictionary(o, "en").entries] == ["Irene"]


def test_interviewers_keep_the_project_key_through_rotation(team: Team, tmp_path: Path) -> None:
    """Reader stanzas are carried over by ``rotate_keys`` (vault spec §9): after a steward
    removes one interviewer and rotates, the remaining one still uses the project key and
    can still process, while the removed one can no longer open the vault."""
    with _as(team, "kari", tmp_path) as s:
        before = load_key(s).to_dict()
        s.remove_user("ola")
        s.rotate_keys()
        assert s.rotation_problems == []
    with _open(tmp_path / "vault", "ingrid") as iv:
        assert load_key(iv).to_dict() == before
        assert [e.name for e in load_dictionary(iv, "en").entries] == ["Irene"]
    with pytest.raises(UnknownUserError):
        _open(tmp_path / "vault", "ola")


def test_analyst_cannot_use_key_or_raw_data(team: Team) -> None:
    with _as(team, "anna") as v:
        with pytest.raises(AccessDeniedError):
            load_key(v)
        with pytest.raises(AccessDeniedError):
            load_dictionary(v, "en")
        for obj in _identifiable(v, team.ingrids):
            with pytest.raises(AccessDeniedError):
                v.get_bytes(obj.id)


@pytest.mark.parametrize("action", ["ingest", "process", "names"])
def test_analyst_cannot_handle_recordings(team: Team, action: str) -> None:
    with _as(team, "anna") as v, pytest.raises(RoleError):
        if action == "ingest":
            wr.ingest(v, SAMPLE)
        elif action == "process":
            wr.process(v, [team.kari])
        else:
            add_name(v, "Jonas")


def test_interviewer_changes_dictionary(team: Team, tmp_path: Path) -> None:
    with _as(team, "ola", tmp_path) as v:
        assert add_name(v, "Jonas", lang="en") == 2
    with _as(team, "ingrid", tmp_path) as v2:
        assert {e.name for e in load_dictionary(v2, "en").entries} == {"Irene", "Jonas"}


@pytest.mark.parametrize("user", ["ingrid", "anna"])
def test_only_stewards_approve(team: Team, user: str) -> None:
    with _as(team, user) as v, pytest.raises(RoleError):
        release.approve(v, team.ingrids, accept_flags=True, reason="x")


@pytest.mark.parametrize("user", ["ingrid", "anna"])
def test_only_stewards_export_drafts(team: Team, user: str, tmp_path: Path) -> None:
    with _as(team, user) as v, pytest.raises(RoleError):
        release.export(v, [team.ingrids], "txt", tmp_path, draft=True)


@pytest.mark.parametrize("user", ["kari", "ingrid", "anna"])
def test_nobody_exports_unapproved(team: Team, user: str, tmp_path: Path) -> None:
    with _as(team, user) as v, pytest.raises((NotApprovedError, AccessDeniedError)):
        release.export(v, [team.ingrids], "txt", tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_everyone_exports_approved(team: Team, tmp_path: Path) -> None:
    with _as(team, "kari", tmp_path) as v:
        release.approve(v, team.ingrids, accept_flags=True, reason="role test")
    for user in ("kari", "ingrid", "anna"):
        with _as(team, user, tmp_path) as v:
            [path] = release.export(v, None, "txt", tmp_path / user)
            assert "Irene" not in path.read_text()


@pytest.mark.parametrize("user", ["ingrid", "anna"])
def test_only_stewards_purge(team: Team, user: str) -> None:
    with _as(team, user) as v, pytest.raises(RoleError):
        retention.purge(v, [team.ingrids])


def test_steward_purge_shreds_identifiable_keeps_anonymized(team: Team, tmp_path: Path) -> None:
    with _as(team, "kari", tmp_path) as v:
        ids_before = {o.id for o in _identifiable(v, team.ingrids)}
        pseudo = v.list(tier="anonymized", recording_id=team.ingrids)
        assert retention.purge(v, [team.ingrids]) == {team.ingrids: len(ids_before)}
        assert _identifiable(v, team.ingrids) == []
        for oid in ids_before:
            assert not v.layout.key_path(oid).exists()
            assert not v.layout.object_path(oid).exists()
        assert [v.get_bytes(o.id) for o in pseudo]  # anonymized tier still readable
        key = load_key(v)
        assert team.ingrids not in key.documents()
        assert not any("Irene" in e.originals and e.source != "dictionary"
                       for e in key.entities)
        assert [e.event for e in v.audit_entries()][-1] == "purge"
        assert v.recording(team.ingrids).stage == "purged"
        assert retention.purge(v, [team.ingrids]) == {team.ingrids: 0}  # idempotent
        from anonkit.workflow.verify import verify_vault

        assert verify_vault(v).ok


def test_purge_expired(team: Team, tmp_path: Path) -> None:
    import datetime as dt

    with _as(team, "kari", tmp_path) as v:
        assert retention.expired(v) == []
        later = dt.date.today() + dt.timedelta(days=5 * 366 + 1)
        assert set(retention.expired(v, later)) == {team.ingrids, team.kari}
