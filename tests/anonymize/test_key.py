"""PseudonymKey: JSON round trip, version checks, review-app edits."""

from __future__ import annotations

import json

import pytest

from anonkit.anonymize.key import KeyEntity, KeyFormatError, Occurrence, PseudonymKey
from anonkit.errors import InputError


def sample() -> PseudonymKey:
    key = PseudonymKey.new("nb")
    key.add_entity(KeyEntity(
        id="", type="PERSON", originals=["Irene Johansen", "Irenes"],
        parts={"first": "Irene", "last": "Johansen"}, gender="f",
        pseudonym={"first": "Agnes", "last": "Berg"},
        occurrences=[Occurrence("d1", 10, 24, "Irene Johansen")],
    ))  # fmt: skip
    key.add_entity(
        KeyEntity(id="", type="LOCATION", originals=["Tromsø"], pseudonym={"name": "Bodø"})
    )
    return key


def test_new_key_has_a_random_seed() -> None:
    a, b = PseudonymKey.new("nb"), PseudonymKey.new("nb")
    assert len(a.seed_bytes) == 32 and a.seed != b.seed


def test_json_round_trip() -> None:
    key = sample()
    raw = key.to_json()
    again = PseudonymKey.from_json(raw)
    assert again == key
    data = json.loads(raw)
    assert data["format"] == "anonkit-pseudonym-key" and data["version"] == 1
    assert [e["id"] for e in data["entities"]] == ["E0001", "E0002"]


@pytest.mark.parametrize(
    ("mutate", "message"),
    [(lambda d: d.update(version=2), "version 2 is not supported"),
     (lambda d: d.update(format="other"), "not an anonkit pseudonym key"),
     (lambda d: d.pop("seed"), "damaged")],
)  # fmt: skip
def test_bad_keys_are_rejected(mutate, message: str) -> None:
    data = json.loads(sample().to_json())
    mutate(data)
    with pytest.raises(KeyFormatError, match=message):
        PseudonymKey.from_json(json.dumps(data))


def test_not_json() -> None:
    with pytest.raises(KeyFormatError):
        PseudonymKey.from_json(b"\xff\x00")


def test_review_edits() -> None:
    key = sample()
    key.accept("E0001")
    assert key.entity("E0001").status == "accepted"
    key.set_pseudonym("E0001", {"first": "Sigrid", "last": "Moe"})
    assert key.entity("E0001").status == "edited"
    with pytest.raises(InputError, match="real name"):
        key.set_pseudonym("E0002", {"name": "Irene"})  # an original may never be a pseudonym
    other = key.add_entity(KeyEntity(id="", type="PERSON", originals=["Irena"],
                                     parts={"first": "Irena"},
                                     occurrences=[Occurrence("d2", 0, 5, "Irena")]))  # fmt: skip
    merged = key.merge("E0001", other.id)
    assert "Irena" in merged.originals and len(merged.occurrences) == 2
    assert [e.id for e in key.entities] == ["E0001", "E0002"]
    key.remove_entity("E0002")
    assert [e.id for e in key.entities] == ["E0001"]
    with pytest.raises(KeyError):
        key.entity("E0002")


def test_forget_document_and_queries() -> None:
    key = sample()
    assert key.documents() == ["d1"]
    assert {"irene", "johansen", "irenes", "tromsø"} <= key.original_tokens()
    assert key.pseudonyms_in_use() == {"agnes", "berg", "bodø"}
    key.forget_document("d1")
    assert key.documents() == []
