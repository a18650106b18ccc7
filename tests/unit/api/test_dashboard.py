"""The dashboard's first pages: the login form, the overview and a target's page; captured and
reported text only ever escaped; assets served locally; no inline script or style anywhere."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import httpx

from tamperwatch.models import IncidentKind, Target

from .apikit import PASSWORD, PNG, ApiEnv

HOSTILE = '<script>document.title="pwned"</script><img src=x onerror=alert(1)>'


async def _session(env: ApiEnv, name: str = "viewer") -> httpx.AsyncClient:
    client = httpx.AsyncClient(transport=httpx.ASGITransport(app=env.app), base_url="http://testserver")
    env.sessions.append(client)
    reply = await client.post("/login", data={"name": name, "password": PASSWORD})
    assert (reply.status_code, reply.headers["location"]) == (303, "/"), reply.text
    return client


class _Elements(HTMLParser):
    """Every element's tag and attributes, as a browser would parse them."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.found.append((tag, dict(attrs)))


def _no_inline_code(html: str) -> None:
    parser = _Elements()
    parser.feed(html)
    for tag, attrs in parser.found:
        assert tag != "script" or attrs.get("src"), "an inline script"
        assert tag not in ("style", "iframe", "object", "embed"), f"a <{tag}>"
        assert not any(name == "style" or name.startswith("on") for name in attrs), (tag, attrs)
    assert any(tag == "script" for tag, _ in parser.found)  # the check saw the page's elements


async def test_the_login_form_logs_in_and_refuses_other_origins(env: ApiEnv) -> None:
    form = await env.client.get("/login")
    assert form.status_code == 200 and 'name="password"' in form.text
    assert "unsafe-inline" not in form.headers["content-security-policy"]
    _no_inline_code(form.text)
    wrong = await env.client.post("/login", data={"name": "<b>x</b>", "password": "nope"})
    assert wrong.status_code == 401 and "wrong user name or password" in wrong.text
    assert "<b>x</b>" not in wrong.text and "&lt;b&gt;x&lt;/b&gt;" in wrong.text
    forged = await env.client.post(
        "/login", data={"name": "viewer", "password": PASSWORD}, headers={"Origin": "https://evil.example"}
    )
    assert forged.status_code == 403 and "set-cookie" not in forged.headers
    client = await _session(env)
    assert (await client.get("/")).status_code == 200


async def test_the_overview_shows_states_incidents_and_pages_of_targets(env: ApiEnv) -> None:
    for n in range(60):
        await env.api.archive.add_target(Target(url=f"https://site{n}.example/"))
    await env.api.archive.open_incident(env.target_id, IncidentKind.MONITORING_GAP, 0.0, (HOSTILE,), {})
    await env.client.post(f"/api/v1/targets/{env.target_id}/pause", headers=env.auth("operator"))
    client = await _session(env)
    page = await client.get("/")
    html = page.text
    assert page.status_code == 200 and "Open incidents" in html and "monitoring gaps" in html
    assert "foreign script" in html and "https://portal.example/" in html
    assert HOSTILE not in html and "&lt;script&gt;" in html
    assert '<div class="n status status-paused">1</div>' in html
    assert '<div class="n status status-not-checked">60</div>' in html
    _no_inline_code(html)
    cursor = re.search(r'hx-get="/partials/targets\?cursor=([^"]+)"', html)
    assert cursor is not None
    rows = await client.get(f"/partials/targets?cursor={cursor.group(1)}")
    assert rows.status_code == 200 and "https://site59.example/" in rows.text
    assert "https://site40.example/" not in rows.text  # the first page held it


async def test_the_overview_summary_is_fetched_again_with_its_counts_and_incidents(env: ApiEnv) -> None:
    client = await _session(env)
    overview = (await client.get("/")).text
    assert 'hx-get="/partials/summary"' in overview and 'hx-trigger="tw-changed from:body"' in overview
    before = (await client.get("/partials/summary")).text
    other = await env.api.archive.add_target(Target(url="https://other.example/"))
    await env.api.archive.open_incident(other.id, IncidentKind.DEFACED, 0.9, (HOSTILE,), {})
    after = await client.get("/partials/summary")
    assert after.status_code == 200 and "https://other.example/" in after.text
    assert after.text.count('href="/incidents/') == before.count('href="/incidents/') + 1
    assert HOSTILE not in after.text and "&lt;script&gt;" in after.text  # reasons escaped
    assert "<html" not in after.text and "<script" not in after.text  # a fragment, swapped in place
    anonymous = await env.client.get("/partials/summary", follow_redirects=False)
    assert anonymous.status_code in (303, 307, 401)


async def test_a_target_page_shows_its_timeline_and_screenshots_never_raw_content(env: ApiEnv) -> None:
    evidence = {
        "screenshot_before": env.image_hash,
        "screenshot_after": env.image_hash,
        "screenshot_diff": "../../signing.key",
    }
    await env.api.archive.open_incident(env.target_id, IncidentKind.UNAVAILABLE, 0.7, (HOSTILE,), evidence)
    client = await _session(env)
    page = await client.get(f"/targets/{env.target_id}")
    html = page.text
    assert page.status_code == 200 and html.count("<tr>") >= 4  # three checks in the timeline
    assert f'src="/api/v1/captures/{env.image_hash}/image"' in html
    assert "signing.key" not in html  # evidence that is not a content hash is never a URL
    assert HOSTILE not in html and "<iframe" not in html and "document.cookie" not in html
    _no_inline_code(html)
    shot = await client.get(f"/api/v1/captures/{env.image_hash}/image")
    assert shot.content == PNG  # the session cookie reads the image for the page
    assert (await client.get("/targets/99999")).status_code == 404


async def test_assets_are_served_locally_with_the_security_headers(env: ApiEnv) -> None:
    for path, kind in (("/static/htmx.min.js", "javascript"), ("/static/dashboard.css", "text/css")):
        reply = await env.client.get(path)
        assert reply.status_code == 200 and kind in reply.headers["content-type"]
        assert reply.headers["x-content-type-options"] == "nosniff"
    assert (await env.client.get("/static/../settings.py")).status_code == 404
    client = await _session(env)
    html = (await client.get("/")).text
    sources = re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html)
    assert sources and all(src.startswith("/static/") or src == "data:," for src in sources)  # data: icon


async def test_logging_out_needs_the_pages_csrf_token(env: ApiEnv) -> None:
    client = await _session(env)
    page = (await client.get("/")).text
    token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page)
    assert token is not None
    assert (await client.post("/logout", data={"csrf_token": "0" * 64})).status_code == 403
    out = await client.post("/logout", data={"csrf_token": token.group(1)})
    assert (out.status_code, out.headers["location"]) == (303, "/login")
    assert (await client.get("/")).status_code == 303  # the cookie is gone


async def test_operators_act_on_an_incident_from_its_page_and_viewers_only_see_it(env: ApiEnv) -> None:
    iid = env.incident_id
    viewer = await _session(env, "viewer")
    seen = await viewer.get(f"/incidents/{iid}")
    assert seen.status_code == 200 and "foreign script" in seen.text and "hx-post" not in seen.text
    viewer_csrf = re.search(r'name="csrf_token" value="([0-9a-f]+)"', seen.text)
    assert viewer_csrf is not None
    refused = await viewer.post(
        f"/incidents/{iid}/acknowledge", headers={"X-CSRF-Token": viewer_csrf.group(1)}
    )
    assert refused.status_code == 403
    operator = await _session(env, "operator")
    page = (await operator.get(f"/incidents/{iid}")).text
    _no_inline_code(page)
    buttons = re.findall(r'hx-post="/incidents/\d+/([a-z-]+)"', page)
    assert buttons == ["acknowledge", "resolve", "false-positive"]  # what an open incident allows
    token = re.search(r'name="csrf_token" value="([0-9a-f]+)"', page)
    assert token is not None
    assert (await operator.post(f"/incidents/{iid}/acknowledge")).status_code == 403  # no CSRF token
    done = await operator.post(f"/incidents/{iid}/acknowledge", headers={"X-CSRF-Token": token.group(1)})
    assert done.status_code == 204 and done.headers["hx-refresh"] == "true"
    after = (await operator.get(f"/incidents/{iid}")).text
    assert re.findall(r'hx-post="/incidents/\d+/([a-z-]+)"', after) == ["resolve", "false-positive"]
    assert "<td>acknowledged</td>\n    <td>operator</td>" in after
    assert [e.change for e in env.published] == ["acknowledged"]
    again = await operator.post(f"/incidents/{iid}/acknowledge", headers={"X-CSRF-Token": token.group(1)})
    assert again.status_code == 409


async def test_a_stream_incident_shows_its_frames_before_and_after_and_its_clip(env: ApiEnv) -> None:
    """Issue 13's evidence in the dashboard: the frames around a hijack, marked when they come
    after the finding, served as images by hash, and the clip as a download; a hostile frame
    record (a path instead of a hash) shows nothing."""
    archive = env.api.archive
    frame, clip = env.image_hash, await archive.put_blob(b"\x00\x00\x00\x18ftypmp42")
    frames = [{"t": 3.5, "sha256": "../../session.key"}, {"t": 4.0, "sha256": frame}]
    frames += [{"t": 5.0, "sha256": frame}, {"t": 9.0, "sha256": frame}]  # the last two: after
    evidence = {"frames": frames, "frames_after": 2, "clip_mp4": clip, "blobs": [frame, clip]}
    incident = await archive.open_incident(
        env.target_id, IncidentKind.DEFACED, 0.8, ("unknown content on air",), evidence
    )
    page = (await (await _session(env)).get(f"/incidents/{incident.id}")).text
    assert page.count(f'src="/api/v1/captures/{frame}/image"') == 3
    assert "session.key" not in page
    assert page.count("after the finding") == 2
    assert f'href="/api/v1/captures/{clip}/body"' in page
    _no_inline_code(page)
