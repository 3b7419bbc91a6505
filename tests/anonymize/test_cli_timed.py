"""`anonkit anonymize` on what `anonkit transcribe` writes (.json, .srt, .vtt): real Whisper
on the bundled sample interview, real Presidio; segments, times and speakers survive, the
names do not (anywhere in the file), and `-o`'s extension picks the output format."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from anonkit.anonymize.keyfile import DEFAULT_NAME, KeyFile
from anonkit.asr.transcript import Segment, Transcript, Word
from anonkit.cli.main import cli
from anonkit.workflow.timed import read_timed, render_timed, rewrite_words

pytestmark = pytest.mark.slow

SAMPLE = Path(__file__).resolve().parents[2] / "anonkit" / "data" / "sample_interview.flac"
PASSWORD = "s3cret pass"
NAMES = ("Irene", "Jonas")  # tiny.en hears both (Tromsø comes out as "trumps or")
TRANSCRIBE = ["--model", "tiny.en", "--speakers", "2", "--beam-size", "1", "--threads", "2",
              "-q"]


@pytest.fixture(scope="module")
def transcripts(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample interview transcribed once per format, through the CLI."""
    folder = tmp_path_factory.mktemp("timed")
    runner = CliRunner()
    out = {}
    for fmt in ("json", "srt", "vtt"):
        path = folder / f"interview.{fmt}"
        res = runner.invoke(cli, ["transcribe", str(SAMPLE), "-o", str(path), *TRANSCRIBE])
        assert res.exit_code == 0, res.output
        text = path.read_text("utf-8")
        assert all(name in text for name in NAMES), text  # the test needs them there
        out[fmt] = path
    return out


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("ANONKIT_INSECURE_TEST_KDF", "1")
    (tmp_path / "pw").write_text(PASSWORD + "\n", encoding="utf-8")
    (tmp_path / "pw").chmod(0o600)
    return tmp_path


def anonymize(workdir: Path, *args: str) -> tuple[int, str]:
    res = CliRunner().invoke(cli, ["anonymize", *args, "--lang", "en", "-q",
                                   "--password-file", str(workdir / "pw")])
    return res.exit_code, res.stderr


def _no_names(data: bytes) -> None:
    for name in NAMES:
        assert name.lower().encode() not in data.lower(), name


def test_json_keeps_segments_times_speakers_and_no_plaintext(transcripts, workdir) -> None:
    out = workdir / "a.json"
    code, err = anonymize(workdir, str(transcripts["json"]), "-o", str(out))
    assert code == 0, err
    _no_names(out.read_bytes())  # text, words, options: nowhere in the file
    before = json.loads(transcripts["json"].read_text("utf-8"))
    after = json.loads(out.read_text("utf-8"))
    assert after["pseudonymized"] is True and after["language"] == "en"
    pairs = list(zip(before["segments"], after["segments"], strict=True))
    assert [(a["start"], a["end"], a["speaker"]) for a, _ in pairs] == [
        (b["start"], b["end"], b["speaker"]) for _, b in pairs]
    assert {s["speaker"] for s in after["segments"]} == {"S1", "S2"}
    changed = [(a, b) for a, b in pairs if a["text"] != b["text"]]
    assert len(changed) == 2  # the two segments with a name, nothing else
    for a, b in pairs:  # words still tell the text, one word per pseudonym
        assert " ".join(w["word"].strip() for w in b["words"]) == b["text"]
        assert b["words"][0]["start"] == a["words"][0]["start"]
    # the same person gets the same pseudonym as in a second transcript (the key is reused)
    key = KeyFile.open(workdir / DEFAULT_NAME, PASSWORD, allow_weak=True)[1]
    jonas = next(e for e in key.entities if "Jonas" in e.originals)
    assert jonas.pseudonym["first"] in out.read_text("utf-8")
    Transcript.from_dict(after)  # still readable as a transcript


@pytest.mark.parametrize("fmt", ["srt", "vtt"])
def test_cues_keep_their_timing_and_speakers(transcripts, workdir, fmt: str) -> None:
    out = workdir / f"a.{fmt}"
    code, err = anonymize(workdir, str(transcripts[fmt]), "-o", str(out))
    assert code == 0, err
    _no_names(out.read_bytes())
    before = transcripts[fmt].read_text("utf-8").splitlines()
    after = out.read_text("utf-8").splitlines()
    assert len(before) == len(after)
    for a, b in zip(before, after, strict=True):
        if "-->" in a or a.isdigit() or not a:
            assert a == b  # numbers, timing lines and blank lines byte for byte
        else:
            assert a.split(":")[0].split(">")[0] == b.split(":")[0].split(">")[0]  # speaker
    assert sum(a != b for a, b in zip(before, after, strict=True)) == 2
    parsed = read_timed(out, out.read_text("utf-8"))
    assert [c.speaker for c in parsed.cues][:2] == ["S1", "S2"]


def test_the_extension_of_o_converts(transcripts, workdir) -> None:
    import docx

    code, err = anonymize(workdir, str(transcripts["json"]), "-o", str(workdir / "a.txt"))
    assert code == 0, err
    txt = (workdir / "a.txt").read_text("utf-8")
    _no_names(txt.encode())
    assert txt.startswith("S1: Welcome") and "\n\nS2: " in txt
    code, err = anonymize(workdir, str(transcripts["srt"]), "-o", str(workdir / "a.docx"))
    assert code == 0, err
    d = docx.Document(str(workdir / "a.docx"))
    assert d.paragraphs[0].runs[0].text == "S1:" and d.paragraphs[0].runs[0].bold
    _no_names((workdir / "a.docx").read_bytes())  # deflated, so also check the text
    _no_names("\n".join(p.text for p in d.paragraphs).encode())
    code, err = anonymize(workdir, str(transcripts["vtt"]), "-o", str(workdir / "b.json"))
    assert code == 0, err
    assert json.loads((workdir / "b.json").read_text("utf-8"))["pseudonymized"] is True
    back = Transcript.from_json((workdir / "b.json").read_text("utf-8"))
    assert back.speakers == ("S1", "S2") and len(back.segments) >= 8


def test_a_format_the_input_cannot_give_is_exit_2_before_any_work(workdir) -> None:
    (workdir / "t.txt").write_text("I met Irene Hansen.\n", encoding="utf-8")
    code, err = anonymize(workdir, str(workdir / "t.txt"), "-o", str(workdir / "t.srt"))
    assert code == 2 and err.count("\n") == 1 and "no segment times" in err
    assert not (workdir / DEFAULT_NAME).exists()  # no key made, nothing asked


def test_json_drops_fields_that_could_hold_names(workdir) -> None:
    t = Transcript("en", 4, "/home/irene/models/base",
                   (Segment(0, 2, "I met Irene Hansen.", "S1",
                            (Word(0, 0.2, " I", 0.9), Word(0.2, 0.5, " met", 0.9),
                             Word(0.5, 1.0, " Irene", 0.9), Word(1.0, 1.5, " Hansen.", 0.8))),),
                   options={"initial_prompt": "Names: Irene Hansen.", "beam_size": 5})
    data = t.to_dict() | {"text": "I met Irene Hansen."}
    data["segments"][0]["tokens"] = [40, 1138, 19142]
    (workdir / "t.json").write_text(json.dumps(data), encoding="utf-8")
    code, err = anonymize(workdir, str(workdir / "t.json"))
    assert code == 0, err
    raw = (workdir / "t.pseudonymized.json").read_bytes()
    assert b"irene" not in raw.lower() and b"hansen" not in raw.lower()
    out = json.loads(raw)
    assert "text" not in out and "tokens" not in out["segments"][0]
    assert out["model"] == "base" and out["options"] == {"beam_size": 5}
    words = out["segments"][0]["words"]
    assert [w["word"] for w in words][:2] == [" I", " met"] and len(words) == 3
    assert (words[2]["start"], words[2]["end"], words[2]["probability"]) == (0.5, 1.5, 0.8)
    assert words[2]["word"].strip() == out["segments"][0]["text"][6:]


def test_a_name_across_two_segments_goes_whole_into_the_first() -> None:
    from anonkit.anonymize.linking import Replacement

    srt = ("1\n00:00:00,000 --> 00:00:01,000\nS1: I met Irene\n\n"
           "2\n00:00:01,000 --> 00:00:02,000\nS1: Hansen today.\n")
    doc = read_timed(Path("x.srt"), srt)
    text = doc.detection_text()
    start = text.index("Irene")
    rep = Replacement(start, text.index("Hansen") + 6, "Irene\nHansen", "Kari Berg", "e1", "PERSON")
    out = render_timed(doc, [rep], "srt", "en")
    assert "S1: I met Kari Berg\n" in out and "S1:  today." not in out
    assert "S1: today.\n" in out and "Hansen" not in out and "Irene" not in out


def test_words_that_cannot_be_placed_are_dropped() -> None:
    words = [{"start": 0, "end": 1, "word": " Hello"}, {"start": 1, "end": 2, "word": " Kari"}]
    assert rewrite_words(words, "Hi Kari", []) == []


def test_foreign_vtt_and_openai_json_are_read(workdir) -> None:
    vtt = ("\ufeffWEBVTT - made elsewhere\n\nSTYLE\n::cue { color: red }\n\n"
           "NOTE made by Irene Hansen\n\nintro-1\n00:01.000 --> 00:04.500 align:start\n"
           "<v.loud Dr Berg><i>I met Irene Hansen</i> in Oslo.</v>\n\n"
           "00:00:05.000 --> 00:00:06.000\nFine.\n")
    doc = read_timed(Path("x.vtt"), vtt)
    assert [(c.start, c.end, c.speaker, c.text) for c in doc.cues] == [
        (1.0, 4.5, "Dr Berg", "I met Irene Hansen in Oslo."), (5.0, 6.0, None, "Fine.")]
    out = render_timed(doc, [], "vtt", "en")
    assert out == ("WEBVTT\n\n00:01.000 --> 00:04.500 align:start\n"
                   "<v Dr Berg>I met Irene Hansen in Oslo.\n\n"
                   "00:00:05.000 --> 00:00:06.000\nFine.\n")  # no NOTE, STYLE, cue id
    # openai-whisper's own JSON: no duration, a top-level text, token ids per segment
    data = {"text": " I met Irene Hansen.", "language": "en", "segments": [
        {"id": 0, "seek": 0, "start": 0.0, "end": 2.0, "text": " I met Irene Hansen.",
         "tokens": [50364, 40, 1131], "temperature": 0.0, "avg_logprob": -0.2}]}
    (workdir / "o.json").write_text(json.dumps(data), encoding="utf-8")
    code, err = anonymize(workdir, str(workdir / "o.json"), "-o", str(workdir / "o.txt"))
    assert code == 0, err
    txt = (workdir / "o.txt").read_text("utf-8")
    assert txt.startswith("I met ") and "Irene" not in txt and "Hansen" not in txt


def test_txt_and_docx_convert_into_each_other(workdir) -> None:
    import docx

    (workdir / "t.txt").write_text("Interviewer: Who helped you?\n\nP07: A nurse called "
                                   "Jonas Berg.\n", encoding="utf-8")
    code, err = anonymize(workdir, str(workdir / "t.txt"), "-o", str(workdir / "t.docx"))
    assert code == 0, err
    d = docx.Document(str(workdir / "t.docx"))
    assert [(p.runs[0].text, bool(p.runs[0].bold)) for p in d.paragraphs] == [
        ("Interviewer:", True), ("P07:", True)]
    text = "\n".join(p.text for p in d.paragraphs)
    assert "Jonas" not in text and "Berg" not in text and "A nurse called " in text
    # the same interview as a Word file, written as txt: same pseudonyms (one key)
    original = docx.Document()
    for line in ("Interviewer: Who helped you?", "P07: A nurse called Jonas Berg."):
        original.add_paragraph(line)
    original.save(str(workdir / "w.docx"))
    code, err = anonymize(workdir, str(workdir / "w.docx"), "-o", str(workdir / "w.txt"))
    assert code == 0, err
    assert (workdir / "w.txt").read_text("utf-8") == text
