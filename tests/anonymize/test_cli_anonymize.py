"""`anonkit anonymize`: txt and docx, encrypted key reused across transcripts, leak gate, vault."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from anonkit.anonymize.key import PseudonymKey
from anonkit.anonymize.keyfile import DEFAULT_NAME, KeyFile
from anonkit.anonymize.nlp import _find_folder
from anonkit.cli.main import cli
from anonkit.vault.kdf import KdfParams
from anonkit.workflow.project import load_key as load_key_from_vault

PASSWORD = "s3cret pass"
needs_nb = pytest.mark.skipif(
    _find_folder("nb_anonkit_ner") is None, reason="Norwegian NER model is not installed"
)

EN_1 = (
    "Interviewer: Tell me about your family.\n"
    "Participant: My name is John Smith and I live in London. John's wife Mary works at "
    "Microsoft. You can call me on +47 912 34 567 or write to john.smith@example.com.\n"
)
EN_2 = "Interviewer: How is John doing?\nParticipant: Mary says John Smith moved to London.\n"
EN_ORIGINALS = ["John", "Smith", "Mary", "London", "912 34 567", "john.smith@example.com"]


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ANONKIT_INSECURE_TEST_KDF", "1")
    (tmp_path / "pw").write_text(PASSWORD + "\n", encoding="utf-8")
    return tmp_path


def anonymize(workdir: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(
        cli, ["anonymize", *args, "--password-file", str(workdir / "pw")], catch_exceptions=False
    )
    return result.exit_code, result.stderr


def open_key(path: Path):
    return KeyFile.open(path, PASSWORD, allow_weak=True)[1]


def test_txt_pseudonymized_and_key_reused_across_transcripts(workdir: Path) -> None:
    (workdir / "int01.txt").write_text(EN_1, encoding="utf-8")
    (workdir / "int02.txt").write_text(EN_2, encoding="utf-8")
    code, err = anonymize(workdir, str(workdir / "int01.txt"), "--lang", "en")
    assert code == 0, err
    assert "wrote" in err and "key:" in err
    out1 = (workdir / "int01.pseudonymized.txt").read_text(encoding="utf-8")
    for original in EN_ORIGINALS:
        assert original not in out1
    assert "[phone]" in out1 and "[email]" in out1
    assert out1.startswith("Interviewer: Tell me about your family.\nParticipant: My name is ")

    key_path = workdir / DEFAULT_NAME
    blob = key_path.read_bytes()
    for original in EN_ORIGINALS:
        assert original.encode() not in blob  # the key is never plaintext on disk
    key = open_key(key_path)
    john = next(e for e in key.entities if e.parts.get("first") == "John")
    pseudo = f"{john.pseudonym['first']} {john.pseudonym['last']}"
    assert pseudo in out1
    assert f"{john.pseudonym['first']}'s wife" in out1

    code, err = anonymize(workdir, str(workdir / "int02.txt"), "--lang", "en")
    assert code == 0, err
    out2 = (workdir / "int02.pseudonymized.txt").read_text(encoding="utf-8")
    for original in ["John", "Smith", "Mary", "London"]:
        assert original not in out2
    assert pseudo in out2  # same person, same pseudonym, in the second transcript
    key = open_key(key_path)
    assert {o.document for o in john.occurrences} == {"int01.txt"}
    john2 = next(e for e in key.entities if e.id == john.id)
    assert {o.document for o in john2.occurrences} == {"int01.txt", "int02.txt"}


def test_wrong_password_for_existing_key(workdir: Path) -> None:
    (workdir / "a.txt").write_text(EN_2, encoding="utf-8")
    other = KeyFile.create(workdir / DEFAULT_NAME, "another password", KdfParams.testing())
    other.save(PseudonymKey.new("en"))
    code, err = anonymize(workdir, str(workdir / "a.txt"), "--lang", "en")
    assert code == 1
    assert err.strip().splitlines()[-1].startswith("error: wrong password")
    assert not (workdir / "a.pseudonymized.txt").exists()


def test_leak_gate_writes_nothing(workdir: Path) -> None:
    # A fixed pseudonym that is another real person's name must trip the leak check.
    (workdir / "a.txt").write_text("John Smith met Mary Jones in London.\n", encoding="utf-8")
    dictionary = workdir / "d.json"
    dictionary.write_text(
        json.dumps([{"name": "John Smith", "pseudonym": "Mary Jones"}]), encoding="utf-8"
    )
    code, err = anonymize(workdir, str(workdir / "a.txt"), "--lang", "en", "--dictionary",
                          str(dictionary))  # fmt: skip
    assert code == 1
    assert "leak check failed" in err and "nothing was written" in err
    assert "Mary" not in err  # the message names offsets, not the names
    assert not (workdir / "a.pseudonymized.txt").exists()
    assert not (workdir / DEFAULT_NAME).exists()


def test_placeholder_style_and_explicit_paths(workdir: Path) -> None:
    (workdir / "a.txt").write_text("John Smith lives in London.\n", encoding="utf-8")
    out, key_path = workdir / "out" / "a.txt", workdir / "keys" / "project.akey"
    (workdir / "keys").mkdir()
    code, err = anonymize(workdir, str(workdir / "a.txt"), "--lang", "en", "--style",
                          "placeholder", "-o", str(out), "--key", str(key_path))  # fmt: skip
    assert code == 0, err
    assert out.read_text(encoding="utf-8") == "[PERSON-1] lives in [place-1].\n"
    assert open_key(key_path).style == "placeholder"


def test_refuses_other_inputs(workdir: Path) -> None:
    (workdir / "a.pdf").write_bytes(b"%PDF")
    code, err = anonymize(workdir, str(workdir / "a.pdf"), "--lang", "en")
    assert code == 1 and "reads .txt, .docx, .json, .srt and .vtt" in err


def test_docx_keeps_formatting(workdir: Path) -> None:
    import docx

    doc = docx.Document()
    doc.core_properties.author = "John Smith"
    p = doc.add_paragraph()
    label = p.add_run("Participant: ")
    label.bold = True
    p.add_run("My name is John ")
    p.add_run("Smith").italic = True
    p.add_run(" and I live in London.")
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Mary"
    table.cell(0, 1).text = "Microsoft"
    doc.sections[0].header.paragraphs[0].text = "Interview with John Smith"
    src = workdir / "int.docx"
    doc.save(str(src))

    code, err = anonymize(workdir, str(src), "--lang", "en")
    assert code == 0, err
    out = docx.Document(str(workdir / "int.pseudonymized.docx"))
    body = "\n".join(p.text for p in out.paragraphs)
    cells = " ".join(c.text for row in out.tables[0].rows for c in row.cells)
    header = out.sections[0].header.paragraphs[0].text
    for text in (body, cells, header):
        for original in ("John", "Smith", "Mary", "London"):
            assert original not in text
    runs = out.paragraphs[0].runs
    assert runs[0].text == "Participant: " and runs[0].bold  # formatting kept
    assert out.core_properties.author == ""
    key = open_key(workdir / DEFAULT_NAME)
    john = next(e for e in key.entities if e.parts.get("first") == "John")
    assert f"{john.pseudonym['first']} {john.pseudonym['last']}" in body
    assert header == f"Interview with {john.pseudonym['first']} {john.pseudonym['last']}"


def test_vault_holds_the_key(workdir: Path) -> None:
    from anonkit.vault.vault import Vault

    vault_dir = workdir / "vault"
    Vault.create(vault_dir, "steward", PASSWORD, KdfParams.testing()).close()
    (workdir / "a.txt").write_text("John Smith lives in London.\n", encoding="utf-8")
    code, err = anonymize(workdir, str(workdir / "a.txt"), "--lang", "en", "--vault",
                          str(vault_dir))  # fmt: skip
    assert code == 0, err
    assert not (workdir / DEFAULT_NAME).exists()
    with Vault.open(vault_dir, "steward", PASSWORD, allow_weak_kdf=True) as v:
        key = load_key_from_vault(v)
    assert key is not None
    assert any(e.parts.get("last") == "Smith" for e in key.entities)
    # a second run reuses the vault's key (and the steward's save shreds the old version)
    code, err = anonymize(workdir, str(workdir / "a.txt"), "--lang", "en", "--vault",
                          str(vault_dir), "-o", str(workdir / "b.txt"))  # fmt: skip
    assert code == 0, err
    assert (workdir / "b.txt").read_text() == (workdir / "a.pseudonymized.txt").read_text()
    with Vault.open(vault_dir, "steward", PASSWORD, allow_weak_kdf=True) as v:
        assert len(v.list(tier="identifiable", kind="key")) == 1


@needs_nb
def test_norwegian_genitive_and_consistency(workdir: Path) -> None:
    (workdir / "n1.txt").write_text(
        "Jeg heter Irene Johansen og bor i Tromsø. Irenes mor, Kari Nordmann, er syk.\n",
        encoding="utf-8",
    )
    (workdir / "n2.txt").write_text(
        "Hvordan gikk det med Irene? Kari sier at Johansen-familien flyttet fra Tromsø.\n",
        encoding="utf-8",
    )
    for name in ("n1.txt", "n2.txt"):
        code, err = anonymize(workdir, str(workdir / name), "--lang", "nb")
        assert code == 0, err
    out1 = (workdir / "n1.pseudonymized.txt").read_text(encoding="utf-8")
    out2 = (workdir / "n2.pseudonymized.txt").read_text(encoding="utf-8")
    key = open_key(workdir / DEFAULT_NAME)
    irene = next(e for e in key.entities if e.parts.get("first") == "Irene")
    first = irene.pseudonym["first"]
    genitive = first + "'" if first[-1] in "sxz" else first + "s"
    assert f"{first} {irene.pseudonym['last']}" in out1
    assert f"{genitive} mor" in out1
    assert f"med {first}?" in out2
    assert f"{irene.pseudonym['last']}-familien" in out2
    for text in (out1, out2):
        for original in ("Irene", "Johansen", "Kari", "Nordmann", "Tromsø"):
            assert original not in text


def test_docx_comments_are_edited_and_hidden_text_stops_the_run(workdir: Path) -> None:
    import zipfile

    import docx
    from docx.oxml import parse_xml

    from anonkit.anonymize.docx_io import package_texts

    doc = docx.Document()
    run = doc.add_paragraph("My name is John Smith and I live in London.").runs[0]
    doc.add_comment(run, text="Check with John Smith", author="Interviewer")
    src = workdir / "c.docx"
    doc.save(str(src))
    code, err = anonymize(workdir, str(src), "--lang", "en")
    assert code == 0, err
    data = (workdir / "c.pseudonymized.docx").read_bytes()
    texts = dict(package_texts(data))
    assert "word/comments.xml" in texts
    for text in texts.values():
        assert "John" not in text and "Smith" not in text
    with zipfile.ZipFile(src) as z:
        assert b"John" in z.read("word/comments.xml")  # the input really had it

    # A tracked deletion is text anonymize does not edit: the package scan must refuse it.
    doc = docx.Document()
    p = doc.add_paragraph("My name is John Smith and I live in London.")
    p._p.append(parse_xml(
        '<w:del xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'w:id="1" w:author="x"><w:r><w:delText>Smith</w:delText></w:r></w:del>'
    ))  # fmt: skip
    src = workdir / "d.docx"
    doc.save(str(src))
    code, err = anonymize(workdir, str(src), "--lang", "en", "--key", str(workdir / "k2.akey"))
    assert code == 1
    assert "leak check failed" in err and "word/document.xml" in err
    assert not (workdir / "d.pseudonymized.docx").exists()


def test_docx_mailto_link_target_is_blanked(workdir: Path) -> None:
    import docx
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml

    from anonkit.anonymize.docx_io import package_texts

    doc = docx.Document()
    p = doc.add_paragraph("Write to me, John Smith, at ")
    r_id = doc.part.relate_to("mailto:john.smith@example.com", RT.HYPERLINK, is_external=True)
    p._p.append(parse_xml(
        '<w:hyperlink xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        f'r:id="{r_id}"><w:r><w:t>john.smith@example.com</w:t></w:r></w:hyperlink>'
    ))  # fmt: skip
    src = workdir / "link.docx"
    doc.save(str(src))
    code, err = anonymize(workdir, str(src), "--lang", "en")
    assert code == 0, err
    data = (workdir / "link.pseudonymized.docx").read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        for name in z.namelist():
            assert b"john.smith" not in z.read(name).lower(), name
        assert 'Target="#"' in z.read("word/_rels/document.xml.rels").decode()
    body = dict(package_texts(data))["word/document.xml"]
    assert "[email]" in body
