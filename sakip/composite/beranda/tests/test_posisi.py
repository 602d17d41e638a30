"""A PD's home page shows where it stands and never links to a dead end, for a PD in the demo and for a new one."""

from __future__ import annotations

import datetime
import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from sakip.domain.accounts.models import Akses
from sakip.domain.organisation.models import Pemda, PerangkatDaerah
from sakip.domain.planning.models import Renstra

pytestmark = pytest.mark.django_db


def _links(html: str) -> list[str]:
    return sorted({h for h in re.findall(r'href="([^"#]+)"', html) if h.startswith("/") and "/static/" not in h
                   and not h.startswith("/admin/")})


def _crawl(client: Client, start: str) -> dict[str, int]:
    """Every link of ``start`` followed once: their status codes."""
    page = client.get(start)
    assert page.status_code == 200
    return {url: client.get(url).status_code for url in _links(page.content.decode())}


def _pd_baru() -> tuple[PerangkatDaerah, User]:
    pemda = Pemda.objects.create(slug="kabupaten-contoh", nama="Kabupaten Contoh", jenis="kabupaten")
    pd = PerangkatDaerah.objects.create(pemda=pemda, nama="Kecamatan Contoh", slug="contoh")
    user = User.objects.create_user("operator-contoh", password="kata-sandi-panjang")
    Akses.objects.create(user=user, peran="operator", pemda=pemda, pd=pd)
    return pd, user


def test_a_new_pd_sees_its_set_up_checklist_and_no_link_is_a_dead_end(client):
    pd, user = _pd_baru()
    tahun = datetime.date.today().year
    Renstra.objects.create(pd=pd, tahun_mulai=tahun, tahun_selesai=tahun + 4)  # a Renstra, nothing in it yet
    client.force_login(user)
    html = client.get(reverse("beranda:pd", args=["contoh"])).content.decode()
    checklist = html.split("data-persiapan", 1)[1].split("</div>", 1)[0]
    assert f"✓ Renstra yang mencakup tahun {tahun}" in checklist
    assert f"○ Program, kegiatan dan sub kegiatan tahun {tahun}" in checklist
    assert f"○ Perjanjian Kinerja {tahun}" in checklist
    row = html.split(f'data-tahun="{tahun}"', 1)[1].split("</tr>", 1)[0]
    assert "program tahun ini belum disusun" in row and "/pengukuran/" not in row  # no quarter links yet
    statuses = _crawl(client, reverse("beranda:pd", args=["contoh"]))
    assert statuses and not {u: s for u, s in statuses.items() if s >= 400}


def test_a_year_without_programs_says_what_is_missing_and_how_to_set_it_up(client):
    pd, user = _pd_baru()
    client.force_login(user)
    for url in (reverse("measurement:grid", args=["contoh", 2026, 1]), reverse("reporting:lkjip", args=["contoh", 2026]),
                reverse("dashboard:pd", args=["contoh", 2026])):
        page = client.get(url)
        html = page.content.decode()
        assert page.status_code == 200, url
        assert "Kecamatan Contoh belum memiliki program tahun 2026" in html
        assert f'href="{reverse("planning:tree", args=["contoh"])}?tahun=2026"' in html  # the operator's action


def test_the_demo_pd_page_shows_each_quarter_state(login):
    html = login("operator-wonoasih").get(reverse("beranda:pd", args=["wonoasih"])).content.decode()
    row = html.split('data-tahun="2024"', 1)[1].split("</tr>", 1)[0]
    # The demo approves the PK and TW I–III 2024; TW IV is a draft past its deadline (15 January 2025).
    assert row.count("Disetujui") == 4 and "TW 4</a> <span class=\"status status-draft\">Draf</span> <strong>terlambat" in row
