"""A citizen reads Wonoasih's page on the public portal on a phone: the draft TW IV figure is not
there; once the Camat approves TW IV and publishes the LKjIP, it is, with the document to download."""

import pytest
from playwright.sync_api import expect

from tests.helpers import ARTIFACTS

pytestmark = pytest.mark.browser

PORTAL = "/publik/kota-probolinggo/wonoasih/2024/"


def test_the_portal_shows_approved_figures_only_and_the_published_lkjip(login, context_baru):
    from django.core.cache import cache

    from sakip.core.scoping import Scope
    from sakip.domain.organisation.models import PerangkatDaerah
    from sakip.domain.workflow import services

    page = context_baru(390, 844, is_mobile=True)
    page.goto("/publik/")
    page.get_by_role("link", name="Kota Probolinggo").click()
    page.get_by_role("link", name="Kecamatan Wonoasih").click()
    iku = page.locator("[data-portal-iku]")
    expect(iku).to_contain_text("74,21%")  # TW III, approved
    expect(iku).not_to_contain_text("85,71%")  # TW IV, still a draft
    expect(page.locator("[data-portal-dokumen]")).to_contain_text("LKjIP 2024 belum diterbitkan")

    wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
    for aksi in ("ajukan", "verifikasi", "setujui"):
        services.jalankan(Scope.system(), pd=wonoasih, jenis="pengukuran", tahun=2024, triwulan=4, aksi=aksi)
    camat = login("camat-wonoasih")
    camat.goto("/pd/wonoasih/lkjip/2024/")
    camat.get_by_role("button", name="Terbitkan di portal publik").click()
    expect(camat.locator(".messages")).to_contain_text("diterbitkan di portal publik")

    cache.clear()  # the portal's pages are cached for a minute, on the server and in the browser:
    page.goto(PORTAL + "?sesudah=terbit")  # a new address, as a citizen arriving a minute later
    expect(page.locator("[data-portal-iku]")).to_contain_text("85,71%")
    with page.expect_download() as info:
        page.get_by_role("link", name="LKjIP Kecamatan Wonoasih Tahun 2024").click()
    assert open(info.value.path(), "rb").read(5) == b"%PDF-"
    width = page.evaluate("document.documentElement.scrollWidth")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "portal-wonoasih-ponsel.png"), full_page=True)
    assert width <= 390, f"the portal scrolls sideways on a phone ({width}px)"
    page.get_by_role("link", name="Cara membaca angka").first.click()
    expect(page.get_by_role("heading", name="Cara membaca angka kinerja")).to_be_visible()
