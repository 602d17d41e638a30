"""Crosscutting between two kecamatan in the browser (issue 19): Wonoasih's operator asks from a sasaran of its
pohon kinerja to Kanigaran, Kanigaran's operator declines it with a reason, Wonoasih asks again and Kanigaran
accepts it choosing its own sasaran; the pemda's page lists both with their status. Screenshots of the pohon page's
crosscutting section and of the pemda page are kept in ``test-artifacts/``."""

import pytest
from playwright.sync_api import expect

from sakip.domain.kaskade.models import Crosscutting
from sakip.domain.planning.models import Sasaran
from tests.helpers import ARTIFACTS

pytestmark = pytest.mark.browser

S21 = "Meningkatnya Kualitas Pelayanan Publik di Kecamatan Wonoasih"
S_KANIGARAN = "Meningkatkan Kualitas Pelayanan Publik di Kecamatan Kanigaran"
POHON_W = "/pd/wonoasih/pohon-kinerja/2019-2024/"
POHON_K = "/pd/kanigaran/pohon-kinerja/2020-2024/"


def ajukan(page, s21: Sasaran) -> None:
    page.goto(POHON_W)
    form = page.locator("[data-cc-ajukan]")
    form.get_by_label("Simpul perangkat daerah ini").select_option(f"sasaran-{s21.pk}")
    form.get_by_label("Keterkaitan").select_option(label="bergantung pada")
    form.get_by_label("Perangkat daerah tujuan").select_option(label="Kecamatan Kanigaran")
    form.get_by_label("Uraian").fill("Data kependudukan kelurahan untuk survei IKM bersama")
    form.get_by_role("button", name="Ajukan").click()
    expect(page.get_by_text("Crosscutting diajukan ke Kecamatan Kanigaran.")).to_be_visible()


def keluar(page) -> None:
    page.get_by_role("button", name="Keluar").click()


def test_wonoasih_asks_kanigaran_declines_then_accepts(login):
    s21 = Sasaran.objects.get(pd__slug="wonoasih", nama=S21)
    sk = Sasaran.objects.get(pd__slug="kanigaran", nama=S_KANIGARAN)

    page = login("operator-wonoasih")
    ajukan(page, s21)
    baris = page.locator("[data-cc-keluar] tbody tr")
    expect(baris).to_have_count(1)
    expect(baris.first).to_contain_text(f"Sasaran: {S21}")
    expect(baris.first.locator("[data-cc-status]")).to_have_text("Diajukan")
    keluar(page)

    page = login("operator-kanigaran")
    page.goto(POHON_K)
    masuk = page.locator("[data-cc-masuk] tbody tr").first
    expect(masuk).to_contain_text("Kecamatan Wonoasih")
    masuk.get_by_role("button", name="Tolak").click()  # no reason: refused, named
    expect(page.get_by_role("alert")).to_contain_text("Tuliskan alasan penolakan.")
    page.get_by_label("Alasan penolakan").fill("Data kependudukan dikelola Dispendukcapil, bukan kecamatan")
    page.get_by_role("button", name="Tolak").click()
    expect(page.get_by_text("Crosscutting dari Kecamatan Wonoasih ditolak.")).to_be_visible()
    expect(page.locator("[data-cc-masuk] [data-cc-status]").first).to_have_text("Ditolak")
    keluar(page)

    page = login("operator-wonoasih")
    ajukan(page, s21)
    expect(page.locator("[data-cc-keluar] [data-cc-status]")).to_have_text(["Diajukan", "Ditolak"])
    expect(page.locator("[data-cc-keluar]")).to_contain_text("Dispendukcapil")
    keluar(page)

    page = login("operator-kanigaran")
    page.goto(POHON_K)
    masuk = page.locator("[data-cc-masuk] tbody tr").first
    masuk.get_by_label("Simpul Kecamatan Kanigaran yang terkait").select_option(f"sasaran-{sk.pk}")
    masuk.get_by_role("button", name="Terima").click()
    expect(page.get_by_text("Crosscutting dari Kecamatan Wonoasih diterima.")).to_be_visible()
    expect(page.locator("[data-cc-masuk] [data-cc-status]")).to_have_text(["Diterima", "Ditolak"])
    ARTIFACTS.mkdir(exist_ok=True)
    page.locator("[data-crosscutting]").screenshot(path=str(ARTIFACTS / "crosscutting-pohon-kanigaran.png"))

    page.locator("[data-cc-pemda]").click()
    expect(page.get_by_role("heading", name="Crosscutting antar perangkat daerah Kota Probolinggo")).to_be_visible()
    rows = page.locator("[data-cc-pemda] tbody tr")
    expect(rows).to_have_count(2)
    expect(rows.locator("[data-cc-status]")).to_have_text(["Diterima", "Ditolak"])
    expect(rows.first).to_contain_text(f"Sasaran: {S_KANIGARAN}")
    expect(rows.nth(1)).to_contain_text("Dispendukcapil")
    page.screenshot(path=str(ARTIFACTS / "crosscutting-pemda.png"), full_page=True)

    assert sorted(Crosscutting.objects.values_list("status", "ke_sasaran_id")) == [("diterima", sk.pk),
                                                                                   ("ditolak", None)]
    keluar(page)
    page = login("operator-wonoasih")
    page.goto(POHON_W)
    page.locator("[data-crosscutting]").screenshot(path=str(ARTIFACTS / "crosscutting-pohon-wonoasih.png"))
    bagian = page.locator("[data-diagram-bagian]").filter(has_text="↔ Kecamatan Kanigaran")
    expect(bagian).to_have_count(1)  # the accepted link as a note in the sasaran's box
    bagian.screenshot(path=str(ARTIFACTS / "crosscutting-diagram-wonoasih.png"))
