"""A crawl as every demo role: from the home page, every link (two clicks deep) answers, never 403, 404 or 500
(a link a role is shown is a link it may follow).

Downloads and documents are left out (the URL × role walk and the document tests cover them); a link that
leads to data not set up yet must answer with what is missing (200), not with a dead end.
"""

from __future__ import annotations

import re
from collections import deque

import pytest
from django.contrib.auth.models import User
from django.test import Client

pytestmark = pytest.mark.django_db

ROLES = ["admin", "admin-probolinggo", "inspektorat-probolinggo", "operator-wonoasih", "verifikator-wonoasih",
         "camat-wonoasih", "operator-kanigaran", "operator-purworejo", "kelurahan-sumbertaman"]  # every demo role
SKIP = re.compile(r"unduh|format=|/berkas/|\.(pdf|docx|xlsx|json)\b|/admin/|/static/|/media/|keluar")


def _links(html: str) -> set[str]:
    return {h.replace("&amp;", "&") for h in re.findall(r'href="(/[^"#]*)"', html) if not SKIP.search(h)}


def _jenis(url: str) -> str:
    """Links that differ only by a row id (an indicator, a sasaran) are one kind of page: followed once. Years and
    quarters are kept apart, since a year or quarter not set up is exactly what could be a dead end."""
    return re.sub(r"/(\d+)/", lambda m: m.group(0) if 1900 <= int(m.group(1)) <= 2100 else "/N/", url)


SUMBER = re.compile(r"\bseeds?\b", re.IGNORECASE)  # the project's sources are never cited to users


def crawl(client: Client, start: str = "/", depth: int = 2, *, sumber: list[str] | None = None) -> dict[str, int]:
    seen: dict[str, int] = {}
    kinds: set[str] = set()
    queue = deque([(start, 0)])
    while queue:
        url, d = queue.popleft()
        if url in seen or _jenis(url) in kinds:
            continue
        kinds.add(_jenis(url))
        response = client.get(url, follow=True)
        seen[url] = response.status_code
        if sumber is not None and response.status_code == 200 and SUMBER.search(response.content.decode()):
            sumber.append(url)
        if d < depth and response.status_code == 200 and "text/html" in response.get("Content-Type", ""):
            queue.extend((link, d + 1) for link in _links(response.content.decode()) if link not in seen)
    return seen


@pytest.mark.parametrize("username", ROLES)
def test_no_link_leads_to_a_dead_end(username):
    client = Client()
    client.force_login(User.objects.get(username=username))
    sumber: list[str] = []
    seen = crawl(client, sumber=sumber)
    assert len(seen) >= 2
    assert {url: s for url, s in seen.items() if s in (403, 404, 500)} == {}
    assert sumber == []  # no page cites "seed 002"
