"""End to end in a real headless Chromium (Debian's ``chromium``, driven by Playwright for
Python through ``executable_path``; Playwright's own browser download needs the internet):
open the review from the URL ``anonkit review`` prints, play audio, accept a flag with the
keyboard, mark a missed name by selecting it, approve, then ``anonkit export`` succeeds.

Afterwards the server's HOME, TMPDIR and cache folders and the browser's own profile
folder are scanned for the names spoken in the sample (shown on screen as originals): the
app writes nothing decrypted to disk, and the browser keeps no copy (``no-store``).

Set ``ANONKIT_REVIEW_SCREENSHOTS=docs/review`` to save the screenshots used in
docs/review.md."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.review.conftest import Reviewable
from tests.review.server_proc import ROOT, env, review_server
from tests.workflow.conftest import SAMPLE_NAMES
from tests.workflow.test_no_plaintext import _hits

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

sync_api = pytest.importorskip("playwright.sync_api",
                               reason="playwright (Python) is not installed")
if not Path(CHROMIUM).exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install -y chromium)",
                allow_module_level=True)


def _shot(page, dest: Path | None, name: str) -> None:
    if dest is not None:
        dest.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(dest / f"{name}.png"), full_page=False)


def _navigate(page, action: Callable[[], None]) -> None:
    """Run ``action`` and wait until the page it leads to has run its deferred script.

    Waiting for a selector alone is a race: the element can be parsed before
    ``review.js`` (``defer``) attaches its key handlers, and a key pressed in between
    is lost. ``domcontentloaded`` fires only after deferred scripts have run."""
    with page.expect_navigation(wait_until="domcontentloaded"):
        action()


def test_review_in_a_real_browser_then_export(reviewable: Reviewable, tmp_path: Path) -> None:
    vault = tmp_path / "vault"
    shutil.copytree(reviewable.path, vault)
    pw = tmp_path / "pw"
    pw.write_text("steward secret\n")
    shots = os.environ.get("ANONKIT_REVIEW_SCREENSHOTS")
    dest = (ROOT / shots) if shots else None
    rid = reviewable.recording
    disk = tmp_path / "disk"
    dirs = {k: disk / k.lower() for k in ("HOME", "TMPDIR", "XDG_CACHE_HOME")}
    for d in dirs.values():
        d.mkdir(parents=True)
    profile = disk / "chromium-profile"
    with review_server(vault, pw, extra_env={k: str(d) for k, d in dirs.items()}) as (
            proc, url), sync_api.sync_playwright() as p:
        assert url.startswith("http://127.0.0.1:"), proc.stderr.read() if proc.stderr else ""
        # bypass_csp: only for the test's own probes (wait_for_function evaluates a string)
        browser = p.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, args=ARGS,
            viewport={"width": 1280, "height": 860}, bypass_csp=True)
        try:
            page = browser.new_page()
            page.goto(url)
            assert page.locator("h1").inner_text() == "Recordings to review"
            assert page.locator("td.open").inner_text() == "1"
            _shot(page, dest, "queue")
            _navigate(page, lambda: page.click(f"a[href='/r/{rid}']"))
            page.wait_for_selector("mark.flag")

            # play: the turn's play button starts the decrypted audio at that turn
            page.click("#t3 button.play")
            page.wait_for_function("document.getElementById('player').currentTime > 15.2",
                                   timeout=20000)
            page.keyboard.press("Escape")

            # keyboard: j goes to the open flag, a accepts it
            page.keyboard.press("j")
            assert page.evaluate("document.activeElement.dataset.kind") == "flag"
            assert page.locator("#sel-desc").inner_text().startswith("Flag (NUMBER)")
            _shot(page, dest, "flag-selected")
            _navigate(page, lambda: page.keyboard.press("a"))
            page.wait_for_selector("#msg")
            assert "flag accepted" in page.locator("#msg").inner_text()
            assert page.locator("#count-open").inner_text() == "0 open flags"

            # a missed name: select it in the transcript, m, type, every occurrence
            page.evaluate("""() => {
                const span = [...document.querySelectorAll('#t7 span.w')]
                    .find(s => s.textContent.includes('trumps'));
                const i = span.textContent.indexOf('trumps');
                const r = document.createRange();
                r.setStart(span.firstChild, i); r.setEnd(span.firstChild, i + 6);
                const sel = window.getSelection(); sel.removeAllRanges(); sel.addRange(r);
            }""")
            page.keyboard.press("m")
            assert page.input_value("#missed-text") == "trumps"
            page.select_option("#missed-type", "LOCATION")
            page.check("#missed-all")
            _shot(page, dest, "missed-name")
            _navigate(page, lambda: page.click("#btn-missed"))
            page.wait_for_selector("#msg")
            assert "missed name replaced" in page.locator("#msg").inner_text()
            assert "trumps" not in page.locator("#t7").inner_text()

            _navigate(page, lambda: page.click("#show-originals"))
            page.wait_for_selector("small.orig")
            _shot(page, dest, "originals")
            _navigate(page, lambda: page.click("#btn-approve"))
            page.wait_for_selector("#msg")
            assert "approved" in page.locator("#msg").inner_text()
            assert page.locator("#btn-approve").is_disabled()
            _shot(page, dest, "approved")
        finally:
            browser.close()
    out = tmp_path / "export"
    res = subprocess.run([sys.executable, "-m", "anonkit.cli.main", "export", str(vault),
                          "--format", "txt", "-o", str(out), "--password-file", str(pw)],
                         capture_output=True, text=True, env=env(), cwd=ROOT, timeout=300)
    assert res.returncode == 0, res.stderr
    text = (out / f"{rid}.txt").read_text()
    assert "trumps" not in text and "Irene" not in text and "48213" in text
    assert list(profile.rglob("*")), "the browser profile was not where we scan"
    assert _hits(disk, SAMPLE_NAMES) == []
