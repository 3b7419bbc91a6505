"""Every export format parses back (structure, times, speakers, DRAFT marks); no ASR."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

import docx
import pytest

from anonkit.workflow.document import DocSegment, PseudonymizedDoc, build_doc
from anonkit.workflow.export import FORMATS, ExportOptions, render_qdpx
from anonkit.workflow.export.text import clock

SEGS = (("S1", 0.0, 4.25, "Welcome to the interview."),
        ("S2", 5.0, 9.96, "I missed my sister Harriet."),
        ("S1", 3725.04, 3731.5, "Anything else?"))


def _doc() -> PseudonymizedDoc:
    segs, off = [], 0
    for speaker, start, end, text in SEGS:
        segs.append(DocSegment(start, end, speaker, text, off))
        off += len(text) + 1
    return PseudonymizedDoc("ab" * 16, "en", 3732.0, "tiny.en", tuple(segs))


OPT = ExportOptions(speakers={"S1": "Interviewer", "S2": "P07"})
DRAFT = ExportOptions(draft=True)


def test_clock() -> None:
    assert clock(3725.04) == "01:02:05"
    assert clock(3725.04, tenths=True) == "01:02:05.0"
    assert clock(9.96, tenths=True) == "00:00:10.0"


def test_txt() -> None:
    lines = FORMATS["txt"][1](_doc(), OPT).decode().splitlines()
    body = [ln for ln in lines if ln.startswith("[")]
    assert body[0] == "[00:00:00] Interviewer: Welcome to the interview."
    assert body[1] == "[00:00:05] P07: I missed my sister Harriet."
    assert body[2].startswith("[01:02:05] Interviewer:")


def test_nvivo_tab_delimited_timespans() -> None:
    rows = list(csv.reader(io.StringIO(FORMATS["nvivo"][1](_doc(), OPT).decode()),
                           delimiter="\t"))
    assert rows[0] == ["Timespan", "Speaker", "Content"]
    assert rows[1] == ["00:00:00.0-00:00:04.3", "Interviewer", "Welcome to the interview."]
    assert all(re.fullmatch(r"\d\d:\d\d:\d\d\.\d-\d\d:\d\d:\d\d\.\d", r[0]) for r in rows[1:])
    assert [r[1] for r in rows[1:]] == ["Interviewer", "P07", "Interviewer"]


def _cues(text: str, sep: str) -> list[tuple[str, str, str]]:
    pat = rf"(\d\d:\d\d:\d\d{sep}\d{{3}}) --> (\d\d:\d\d:\d\d{sep}\d{{3}})\n(.+)"
    return re.findall(pat, text)


def test_vtt_and_srt() -> None:
    vtt = FORMATS["vtt"][1](_doc(), OPT).decode()
    assert vtt.startswith("WEBVTT\n")
    cues = _cues(vtt, r"\.")
    assert cues[2] == ("01:02:05.040", "01:02:11.500", "<v Interviewer>Anything else?")
    srt = FORMATS["srt"][1](_doc(), OPT).decode()
    blocks = [b for b in srt.split("\n\n") if b.strip()]
    assert [b.splitlines()[0] for b in blocks] == ["1", "2", "3"]
    assert _cues(srt, ",")[1] == ("00:00:05,000", "00:00:09,960",
                                  "P07: I missed my sister Harriet.")


def test_json_offset_time_map() -> None:
    data = json.loads(FORMATS["json"][1](_doc(), OPT))
    for seg in data["segments"]:
        assert data["text"][seg["offset"] : seg["offset"] + seg["length"]] == seg["text"]
    assert data["speakers"] == {"S1": "Interviewer", "S2": "P07"}
    assert PseudonymizedDoc.from_json(json.dumps(data).encode()) == _doc()


def test_docx(tmp_path: Path) -> None:
    path = tmp_path / "t.docx"
    path.write_bytes(FORMATS["docx"][1](_doc(), OPT))
    d = docx.Document(str(path))
    paras = [p for p in d.paragraphs if p.text.startswith("[")]
    assert len(paras) == 3
    bold = [r.text for r in paras[1].runs if r.bold]
    assert bold == ["P07:"] and paras[1].text.endswith("Harriet.")
    assert d.paragraphs[0].style.name.startswith("Heading")


def test_qdpx_refi_structure() -> None:
    data = render_qdpx([_doc()], OPT, user="kari")
    z = zipfile.ZipFile(io.BytesIO(data))
    root = ET.fromstring(z.read("project.qde"))
    ns = {"q": "urn:QDA-XML:project:1.0"}
    assert root.tag == "{urn:QDA-XML:project:1.0}Project" and root.get("name")
    [user] = root.findall("q:Users/q:User", ns)
    [src] = root.findall("q:Sources/q:TextSource", ns)
    guid_re = r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
    assert re.fullmatch(guid_re, src.get("guid")) and re.fullmatch(guid_re, user.get("guid"))
    assert src.get("plainTextPath") == f"internal://{src.get('guid')}.txt"
    assert src.get("creatingUser") == user.get("guid")
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", src.get("creationDateTime"))
    text = z.read(f"sources/{src.get('guid')}.txt").decode()
    assert "P07: I missed my sister Harriet." in text
    assert [c.tag.split("}")[1] for c in root] == ["Users", "Sources"]  # schema order


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_draft_marks_every_line(fmt: str, tmp_path: Path) -> None:
    data = FORMATS[fmt][1](_doc(), DRAFT)
    if fmt == "docx":
        (tmp_path / "d.docx").write_bytes(data)
        d = docx.Document(str(tmp_path / "d.docx"))
        assert all(p.text.startswith("DRAFT") for p in d.paragraphs if p.text)
        return
    if fmt == "json":
        parsed = json.loads(data)
        assert parsed["draft"] and all(s["draft"] for s in parsed["segments"])
        return
    text_lines = [ln for ln in data.decode().splitlines()
                  if ln.strip() and not re.fullmatch(r"WEBVTT|\d+|[\d:.,]+ --> [\d:.,]+", ln)]
    if fmt == "nvivo":
        text_lines = [ln.split("\t")[2] for ln in text_lines[1:]]
    assert text_lines and all(ln.startswith("DRAFT") for ln in text_lines)


def test_build_doc_replacement_across_a_segment_boundary() -> None:
    from anonkit.anonymize.linking import Replacement
    from anonkit.asr.transcript import Segment, Transcript

    t = Transcript("en", 4.0, "m", (Segment(0.0, 1.0, "Hello Irene"),
                                     Segment(1.0, 2.0, "Johansen said hi")))
    # "Irene\nJohansen" as one entity: offsets 6..20 of "Hello Irene\nJohansen said hi"
    r = Replacement(6, 20, "Irene\nJohansen", "Agnes Berg", "E0001", "PERSON")
    doc = build_doc("r", t, [r])
    assert [s.text for s in doc.segments] == ["Hello Agnes Berg", " said hi"]
    assert "Irene" not in doc.text and "Johansen" not in doc.text
