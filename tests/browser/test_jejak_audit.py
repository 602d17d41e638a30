"""An Inspektorat evaluator reads the activity log and an indicator's history in headless Chromium: what
changed (the indicator by name), who (name and role), from where, before → after, and a refusal as a refusal."""

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse
from playwright.sync_api import expect

from sakip.domain.planning.models import Indikator
from tests.helpers import ARTIFACTS

pytestmark = pytest.mark.browser

IKM = "Indeks Kepuasan Masyarakat (IKM)"


def test_an_evaluator_reconstructs_a_target_change_and_a_refusal(login, context_baru, alur_terbuka):
    page = login("operator-wonoasih")
    page.get_by_role("link", name="2024", exact=True).click()
    row = page.locator("[data-sasaran] [data-indikator='Indeks Kepuasan Masyarakat (IKM)']").first
    for nilai in ("95,25", "95,25"):  # the second save changes nothing: no entry
        row.locator("[data-tahun='2024']").click()
        page.get_by_label("2024").fill(nilai)
        page.get_by_role("button", name="Simpan").click()
        row = page.locator("[data-sasaran] [data-indikator='Indeks Kepuasan Masyarakat (IKM)']").first
        expect(row.locator("[data-tahun='2024']")).to_contain_text("95,25")

    indikator = Indikator.objects.get(pd__slug="wonoasih", sasaran__tujuan__renstra__tahun_mulai=2019, nama=IKM)
    verifikator = Client()
    verifikator.force_login(User.objects.get(username="verifikator-wonoasih"))
    url = reverse("planning:target_edit", args=[indikator.pk, 2024])
    assert verifikator.post(url, {"nilai": "50"}, REMOTE_ADDR="10.16.0.9").status_code == 403

    log = context_baru()
    log.goto("/masuk/")
    log.get_by_label("Nama pengguna").fill("inspektorat-probolinggo")
    log.get_by_label("Kata sandi").fill("sakip-demo")
    log.get_by_role("button", name="Masuk").click()
    log.get_by_role("link", name="Aktivitas").click()
    rows = log.locator("table[data-aktivitas] tbody tr")
    refusal, change = rows.nth(0), rows.nth(1)
    expect(refusal).to_contain_text("Verifikator Kecamatan Wonoasih")
    expect(refusal).to_contain_text("ditolak")
    expect(refusal).to_contain_text(f"POST {url}")
    expect(refusal).to_contain_text("Tindakan di luar hak peran pengguna")
    expect(change).to_contain_text("Operator Kecamatan Wonoasih")
    expect(change).to_contain_text("Operator perangkat daerah")
    expect(change).to_contain_text("diubah")
    expect(change).to_contain_text(IKM)
    expect(change.locator(".rincian")).to_have_text("target: 94,14 → 95,25")
    expect(rows.filter(has_text=IKM).filter(has_text="diubah")).to_have_count(1)  # the second save is no entry
    ARTIFACTS.mkdir(exist_ok=True)
    log.screenshot(path=str(ARTIFACTS / "jejak_audit-aktivitas.png"), full_page=False)

    change.get_by_role("link", name="riwayat indikator").click()
    expect(log.get_by_role("heading", name=f"Riwayat: {IKM}")).to_be_visible()
    first = log.locator("table[data-riwayat] tbody tr").first
    expect(first.locator(".rincian div").first).to_have_text("target: 94,14 → 95,25")
