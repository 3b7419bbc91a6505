"""The review app in process (Starlette's TestClient over httpx): every endpoint refuses a
missing or wrong token (403), POSTs without the CSRF token, and non-stewards' decisions;
every response is no-store."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("httpx", reason="httpx (the test client) is not installed")

from starlette.testclient import TestClient

from anonkit.review.app import create_app
from anonkit.review.security import COOKIE, Secrets
from tests.review.conftest import Reviewable, open_vault

PORT = 48123
BASE = f"http://127.0.0.1:{PORT}"


def _client(vault_path: Path, user: str = "kari", password: str = "steward secret"):
    v = open_vault(vault_path, user, password)
    s = Secrets(port=PORT)
    return v, s, TestClient(create_app(v, s), base_url=BASE, follow_redirects=False)


@pytest.fixture
def steward(vault_dir: Path) -> Iterator[tuple[TestClient, Secrets]]:
    v, s, c = _client(vault_dir)
    with v:
        yield c, s


def _enter(c: TestClient, s: Secrets) -> None:
    r = c.get(f"/?token={s.token}")
    assert r.status_code == 303 and r.headers["location"] == "/"
    assert "HttpOnly" in r.headers["set-cookie"] and "SameSite=Strict" in r.headers["set-cookie"]


def _gets(rid: str) -> list[str]:
    return ["/", f"/r/{rid}", f"/r/{rid}?originals=1", f"/r/{rid}/audio", f"/r/{rid}/turn/0",
            "/static/review.js", "/static/review.css"]


POSTS = ("accept-flag", "replace-flag", "accept", "pseudonym", "undo", "missed", "turn",
         "approve")


def test_every_endpoint_refuses_without_the_session(steward, reviewable: Reviewable) -> None:
    c, s = steward
    for path in _gets(reviewable.recording):
        r = c.get(path)
        assert r.status_code == 403, path
        assert r.headers["cache-control"] == "no-store"
        assert c.get(path, headers={"cookie": f"{COOKIE}=wrong"}).status_code == 403
    for action in POSTS:
        r = c.post(f"/r/{reviewable.recording}/{action}", data={"csrf": s.csrf, "index": "0"})
        assert r.status_code == 403, action


def test_wrong_token_and_reused_token_are_refused(steward) -> None:
    c, s = steward
    assert c.get("/?token=nope").status_code == 403
    _enter(c, s)
    c.cookies.clear()
    assert c.get(f"/?token={s.token}").status_code == 403  # one-time


def test_wrong_host_is_refused(steward) -> None:
    c, s = steward
    r = c.get(f"/?token={s.token}", headers={"host": "evil.example:48123"})
    assert r.status_code == 403


def test_session_opens_every_page_no_store_and_csp(steward, reviewable: Reviewable) -> None:
    c, s = steward
    _enter(c, s)
    for path in _gets(reviewable.recording):
        r = c.get(path)
        assert r.status_code == 200, path
        assert r.headers["cache-control"] == "no-store"
        assert "default-src 'self'" in r.headers["content-security-policy"]
    page = c.get(f"/r/{reviewable.recording}").text
    assert "Sabrina" in page or 'class="rep' in page
    assert "Irene" not in page  # originals only on demand
    assert "Irene" in c.get(f"/r/{reviewable.recording}?originals=1").text
    assert "48213" in page and 'class="flag' in page


def test_posts_need_the_csrf_token_and_a_same_origin(steward, reviewable: Reviewable) -> None:
    c, s = steward
    _enter(c, s)
    url = f"/r/{reviewable.recording}/accept-flag"
    assert c.post(url, data={"index": "0"}).status_code == 403
    assert c.post(url, data={"index": "0", "csrf": "x"}).status_code == 403
    assert c.post(url, data={"index": "0", "csrf": s.csrf},
                  headers={"origin": "http://evil.example"}).status_code == 403
    r = c.post(url, data={"index": "0", "csrf": s.csrf}, headers={"origin": BASE})
    assert r.status_code == 303 and "flag%20accepted" in r.headers["location"]
    assert c.post(url, data={"index": "0"}, headers={"x-csrf-token": s.csrf}).status_code == 303


def test_audio_range_requests(steward, reviewable: Reviewable) -> None:

    c, s = steward
    _enter(c, s)
    url = f"/r/{reviewable.recording}/audio"
    full = c.get(url)
    assert full.status_code == 200 and full.headers["content-type"] == "audio/flac"
    assert full.content[:4] == b"fLaC"
    part = c.get(url, headers={"range": "bytes=4-99"})
    assert part.status_code == 206 and part.content == full.content[4:100]
    assert part.headers["content-range"] == f"bytes 4-99/{len(full.content)}"
    tail = c.get(url, headers={"range": "bytes=-10"})
    assert tail.content == full.content[-10:]
    assert c.get(url, headers={"range": f"bytes={len(full.content)}-"}).status_code == 416


@pytest.mark.parametrize(("user", "password"), [("ola", "ola pw"), ("ana", "ana pw")])
def test_non_stewards_cannot_decide_or_see_originals(vault_dir: Path, reviewable: Reviewable,
                                                     user: str, password: str) -> None:
    v, s, c = _client(vault_dir, user, password)
    with v:
        _enter(c, s)
        rid = reviewable.recording
        page = c.get(f"/r/{rid}")
        # an interviewer: not another interviewer's recording; an analyst: released text only
        assert page.status_code == 403
        assert ("another interviewer" if user == "ola" else "analyst") in page.text
        assert c.get(f"/r/{rid}?originals=1").status_code == 403
        assert c.get(f"/r/{rid}/turn/0").status_code == 403
        for action in POSTS:
            r = c.post(f"/r/{rid}/{action}", data={"csrf": s.csrf, "index": "0"})
            assert r.status_code == 403, action


def test_decisions_through_the_app_then_approve(steward, reviewable: Reviewable) -> None:
    c, s = steward
    _enter(c, s)
    rid = reviewable.recording
    post = lambda action, **data: c.post(f"/r/{rid}/{action}",  # noqa: E731
                                         data={"csrf": s.csrf, **data})
    r = post("approve")
    assert "open%20flag" in r.headers["location"]  # refused: the flag is open
    post("accept-flag", index="0")
    r = post("missed", text="trumps", type="LOCATION", apply_all="1")
    assert "missed%20name%20replaced" in r.headers["location"]
    r = post("approve")
    assert r.status_code == 303 and "approved" in r.headers["location"], r.headers["location"]
    page = c.get(f"/r/{rid}").text
    assert "trumps" not in page.split('aria-label="Transcript"')[1]
    assert "approved" in page
    r = post("accept-flag", index="0")
    assert "already%20approved" in r.headers["location"]


def test_turn_pseudonym_undo_and_replace_flag_through_the_app(steward,
                                                               reviewable: Reviewable) -> None:
    c, s = steward
    _enter(c, s)
    rid = reviewable.recording
    post = lambda action, **data: c.post(f"/r/{rid}/{action}",  # noqa: E731
                                         data={"csrf": s.csrf, **data})
    assert "Irene" in c.get(f"/r/{rid}/turn/3").text  # the raw turn, for correcting it
    r = post("turn", index="9", text="No, I think that was everything. Say hello to Jonas.")
    assert "turn%20corrected" in r.headers["location"]
    orig = c.get(f"/r/{rid}?originals=1").text
    t9 = orig.split('id="t9"')[1].split("</p>")[0]
    assert "Jonas" in t9 and 'class="rep' in t9  # detection ran on the correction
    page = c.get(f"/r/{rid}").text.split('id="t9"')[1].split("</p>")[0]
    assert "Jonas" not in page
    irene = orig.split("(Irene)")[0].rsplit('data-i="', 1)[1].split('"')[0]
    post("pseudonym", index=irene, pseudonym="Vilde")
    assert ">Vilde</mark>" in c.get(f"/r/{rid}").text
    r = post("pseudonym", index=irene, pseudonym="Jonas")
    assert "error" in r.headers["location"] and "real%20name" in r.headers["location"]
    post("undo", index=irene)
    assert "my sister Irene" in c.get(f"/r/{rid}").text
    post("replace-flag", index="0", type="")
    page = c.get(f"/r/{rid}").text
    assert "48213" not in page and "0 open flags" in page
