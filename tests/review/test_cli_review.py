"""``anonkit review`` as a real process: the URL with its token is the first line on
stdout, the server answers on 127.0.0.1 only, and Ctrl+C ends it."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.review.conftest import Reviewable
from tests.review.server_proc import ROOT, env, review_server

URL = re.compile(r"^http://127\.0\.0\.1:(\d+)/(r/[0-9a-f]+)?\?token=[A-Za-z0-9_-]{40,}$")


@pytest.fixture
def password_file(tmp_path: Path) -> Path:
    p = tmp_path / "pw"
    p.write_text("steward secret\n")
    return p


def test_prints_the_url_first_serves_it_and_ends_on_ctrl_c(
        reviewable: Reviewable, password_file: Path) -> None:
    with review_server(reviewable.path, password_file, reviewable.recording) as (proc, url):
        assert URL.match(url), url
        assert f"/r/{reviewable.recording}?" in url
        with httpx.Client(follow_redirects=True) as c:
            r = c.get(url)
            assert r.status_code == 200 and "Transcript" in r.text
            assert c.get(url).status_code == 403  # the link works once
        bare = url.split("?")[0]
        assert httpx.get(bare).status_code == 403
        proc.send_signal(signal.SIGINT)
        assert proc.wait(30) in (0, 130)


def test_unknown_recording_fails_before_serving(reviewable: Reviewable,
                                                password_file: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "anonkit.cli.main", "review",
                          str(reviewable.path), "feedfeedfeedfeedfeedfeedfeedfeed",
                          "--no-browser", "--password-file", str(password_file)],
                         capture_output=True, text=True, env=env(), cwd=ROOT, timeout=120)
    assert res.returncode != 0 and res.stdout == ""
    assert "error: no recording" in res.stderr and "Traceback" not in res.stderr


def test_wrong_password_fails_before_serving(reviewable: Reviewable, tmp_path: Path) -> None:
    pw = tmp_path / "bad"
    pw.write_text("nope\n")
    res = subprocess.run([sys.executable, "-m", "anonkit.cli.main", "review",
                          str(reviewable.path), "--no-browser", "--password-file", str(pw)],
                         capture_output=True, text=True, env=env(), cwd=ROOT, timeout=120)
    assert res.returncode != 0 and res.stdout == "" and "Traceback" not in res.stderr
