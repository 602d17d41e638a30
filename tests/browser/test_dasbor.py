"""The evaluator opens the pemda dashboard, reads the figures, drills down to Wonoasih and to an
indicator; the Camat reads Wonoasih's dashboard on a phone. Screenshots are kept as artefacts."""

import pytest
from playwright.sync_api import expect

from tests.helpers import ARTIFACTS

pytestmark = pytest.mark.browser


def test_the_evaluator_drills_down_from_the_pemda_to_an_indicator(login):
    page = login("inspektorat-probolinggo")
    page.goto("/dasbor/")
    expect(page.get_by_role("heading", name="Dasbor Kota Probolinggo — TW 4 2024")).to_be_visible()
    page.get_by_label("Triwulan").select_option("3")
    page.get_by_role("button", name="Terapkan").click()
    rows = page.locator("[data-dasbor-pemda] tbody tr")
    expect(rows).to_have_count(5)
    wonoasih = page.locator("tr[data-pd=wonoasih]")
    expect(wonoasih).to_contain_text("68,79%")  # seed 002: 9.915.580.282 / 14.415.022.746
    expect(wonoasih).to_contain_text("Disetujui")
    page.screenshot(path=str(ARTIFACTS / "dasbor-pemda-laptop.png"), full_page=True)

    wonoasih.get_by_role("link", name="Kecamatan Wonoasih").click()
    expect(page.get_by_role("heading", name="Kecamatan Wonoasih — TW 3 2024")).to_be_visible()
    expect(page.locator("[data-serapan]")).to_have_text("68,79%")
    assert page.evaluate("typeof Chart") == "function"  # Chart.js served from sakip's own static files
    expect(page.locator("canvas[data-grafik=jalur]")).to_be_visible()

    page.locator("[data-dasbor-indikator]").get_by_role("link", name="Persentase Kelompok dan Lembaga").click()
    table = page.locator("[data-triwulan-indikator]")
    expect(table).to_contain_text("74,21%")
    expect(table).to_contain_text("92,76%")  # 74,21 / 80 (PK versi 2)


def test_the_camat_reads_the_pd_dashboard_on_a_phone(context_baru):
    page = context_baru(390, 844, device_scale_factor=2, is_mobile=True)
    page.goto("/masuk/")
    page.get_by_label("Nama pengguna").fill("camat-wonoasih")
    page.get_by_label("Kata sandi").fill("sakip-demo")
    page.get_by_role("button", name="Masuk").click()
    page.goto("/pd/wonoasih/dasbor/2024/?tw=3")
    expect(page.locator("[data-serapan]")).to_have_text("68,79%")
    width = page.evaluate("document.documentElement.scrollWidth")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "dasbor-pd-ponsel.png"), full_page=True)
    assert width <= 390, f"the page scrolls sideways on a phone ({width}px)"  # wide tables scroll in their box
