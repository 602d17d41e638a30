"""Issue 15 (Also): every role that may read the IKU and the PK downloads each of them from its screen, in every
format the screen offers, and a download of one PK version is named by that version."""

from __future__ import annotations

import re

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PERAN = ("operator-wonoasih", "verifikator-wonoasih", "camat-wonoasih", "admin-probolinggo",
         "inspektorat-probolinggo")


def _unduhan(client, url: str) -> list[str]:
    page = client.get(url)
    assert page.status_code == 200, url
    return sorted(set(re.findall(r'href="([^"]*/unduh\.[^"]*)"', page.content.decode())))


@pytest.mark.parametrize("username", PERAN)
def test_every_reader_downloads_the_iku_and_the_pk_from_their_screens(login, username):
    client = login(username)
    home = client.get(reverse("beranda:pd", args=["wonoasih"])).content.decode()
    assert reverse("planning:iku", args=["wonoasih", 2026]) in home  # reached from the PD's page
    assert reverse("agreement:pk", args=["wonoasih", 2024]) in home
    iku = _unduhan(client, reverse("planning:iku", args=["wonoasih", 2026]))
    pk = _unduhan(client, reverse("agreement:pk", args=["wonoasih", 2024]) + "?versi=2")
    # IKU: Word, PDF, JSON, and Word and PDF with a cover; PK: version 2 in Word, PDF and JSON, and every
    # version in one PDF.
    assert len(iku) == 5 and len(pk) == 4, (iku, pk)
    names = set()
    for url in iku + pk:
        response = client.get(url.replace("&amp;", "&"))
        assert response.status_code == 200, (username, url)
        names.add(re.search(r'filename="?([^";]+)', response["Content-Disposition"]).group(1))
    assert names == {"IKU-wonoasih-2026-2027.docx", "IKU-wonoasih-2026-2027.pdf", "IKU-wonoasih-2026-2027.json",
                     "PK-wonoasih-2024-versi-2.docx", "PK-wonoasih-2024-versi-2.pdf", "PK-wonoasih-2024-versi-2.json",
                     "PK-wonoasih-2024.pdf"}
