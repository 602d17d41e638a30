"""A user logs in, opens the planning tree and edits a target in headless Chromium."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from sakip.domain.planning.models import Target

pytestmark = pytest.mark.browser


def test_operator_edits_a_target_in_the_planning_tree(login, alur_terbuka):
    page = login("operator-wonoasih")
    expect(page.get_by_role("heading", name="Kecamatan Wonoasih")).to_be_visible()
    page.get_by_role("link", name="2024", exact=True).click()
    expect(page.get_by_role("heading", name="Pohon perencanaan Kecamatan Wonoasih tahun 2024")).to_be_visible()

    row = page.locator("[data-sasaran] [data-indikator='Indeks Kepuasan Masyarakat (IKM)']").first
    chip = row.locator("[data-tahun='2024']")
    expect(chip).to_contain_text("94,14")
    chip.click()

    field = page.get_by_label("2024")
    field.fill("abc")
    page.get_by_role("button", name="Simpan").click()
    expect(page.get_by_role("alert")).to_contain_text("bukan angka")

    page.get_by_label("2024").fill("95,25")
    page.get_by_role("button", name="Simpan").click()
    row = page.locator("[data-sasaran] [data-indikator='Indeks Kepuasan Masyarakat (IKM)']").first
    expect(row.locator("[data-tahun='2024']")).to_contain_text("95,25")

    target = Target.objects.get(indikator__pd__slug="wonoasih", indikator__sasaran__isnull=False,
                                indikator__nama="Indeks Kepuasan Masyarakat (IKM)", tahun=2024)
    assert target.nilai == Decimal("95.25")
    page.reload()
    expect(page.locator("[data-sasaran] [data-indikator='Indeks Kepuasan Masyarakat (IKM)'] [data-tahun='2024']").first
           ).to_contain_text("95,25")
