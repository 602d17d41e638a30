"""The rencana aksi screen in the browser (issue 19), on the demo's Wonoasih 2024 (TW I–III approved, TW IV open):
the operator reaches it from the quarter's page, types an anggaran kas above the pagu and sees the refusal beside the
field with nothing saved, corrects it, and saves a TW IV target with its plan. A screenshot of the screen is kept in
``test-artifacts/``."""

from decimal import Decimal

import pytest
from playwright.sync_api import expect

from sakip.domain.measurement.models import AnggaranKas, RencanaAksi
from sakip.domain.planning.models import Indikator, SubKegiatan
from tests.helpers import ARTIFACTS

pytestmark = pytest.mark.browser

KODE = "7.01.01.2.01.0006"  # pagu in force at TW IV (APBD-P) Rp 23.750.000; demo kas TW I 5 and TW II 4 million


def test_the_operator_plans_tw_iv(login):
    sub = SubKegiatan.objects.get(pd__slug="wonoasih", kegiatan__program__tahun=2024, nomenklatur__kode=KODE)
    ind = Indikator.objects.get(sub_kegiatan=sub)
    page = login("operator-wonoasih")
    page.goto("/pd/wonoasih/pengukuran/2024/tw4/")
    page.get_by_role("link", name="Rencana aksi").click()
    expect(page.get_by_role("heading", name="Rencana aksi 2024")).to_be_visible()
    expect(page.locator(f'input[name="kas-{sub.pk}-3"]')).to_have_count(0)  # TW III is approved: read only

    kas = page.locator(f'input[name="kas-{sub.pk}-4"]')
    kas.fill("20.000.000")  # 5 + 4 + 20 = 29 million > 23.750.000
    page.get_by_role("button", name="Simpan anggaran kas").click()
    expect(page.get_by_text("Anggaran kas belum disimpan; tidak ada yang berubah.")).to_be_visible()
    cell = page.locator(f'tr[data-sub="{sub.pk}"] td[data-tw="4"]')
    expect(cell.locator(".errorlist")).to_contain_text("melebihi pagu yang berlaku")
    expect(cell.locator("input.isian")).to_have_class("isian uang salah")
    assert AnggaranKas.objects.get(sub_kegiatan=sub, triwulan=4).nilai == Decimal(14_750_000)
    cell.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "rencana_aksi_galat.png"), full_page=False)

    page.locator(f'input[name="kas-{sub.pk}-4"]').fill("14.000.000")
    page.get_by_role("button", name="Simpan anggaran kas").click()
    expect(page.get_by_text("Anggaran kas disimpan (1 isian berubah).")).to_be_visible()
    expect(page.locator(f'tr[data-sub="{sub.pk}"] td[data-jumlah]')).to_have_text("23.000.000")
    expect(page.locator(f'tr[data-sub="{sub.pk}"] td[data-sisa]')).to_have_text("750.000")

    row = page.locator(f'tr[data-indikator="{ind.pk}"]')
    row.locator(f'textarea[name="aksi-{ind.pk}-4"]').fill("Penyusunan laporan kinerja tahunan")
    page.get_by_role("button", name="Simpan rencana aksi").click()
    expect(page.get_by_text("Rencana aksi disimpan (1 isian berubah).")).to_be_visible()
    assert RencanaAksi.objects.get(indikator=ind, tahun=2024, triwulan=4).aksi == "Penyusunan laporan kinerja tahunan"
