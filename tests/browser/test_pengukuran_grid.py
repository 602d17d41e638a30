"""An operator enters a realisation in the quarterly grid, sees its capaian, moves on with the keyboard."""


import pytest
from playwright.sync_api import expect

from sakip.domain.measurement.models import Realisasi
from sakip.domain.planning.models import Target
from sakip.domain.workflow.models import Pengajuan

pytestmark = pytest.mark.browser


def test_operator_enters_a_realisation_and_sees_the_capaian(login):
    page = login("operator-wonoasih")
    Pengajuan.objects.filter(pd__slug="wonoasih").update(status="draft")  # the demo approved (locked) TW II
    page.goto("/pd/wonoasih/pengukuran/2024/tw2/")
    expect(page.get_by_role("heading", name="Pengukuran kinerja triwulan 2 tahun 2024")).to_be_visible()

    # The first sub kegiatan row with an input: its target is read from the data, the capaian computed by hand.
    row = page.locator("tr.level-sub_kegiatan:has(input[name=realisasi])").first
    indikator_id = int(row.locator("input[name=indikator]").get_attribute("value"))
    target = Target.objects.get(indikator_id=indikator_id, tahun=2024).nilai
    field = row.locator("input[name=realisasi]")

    field.fill("abc")
    expect(field).to_have_attribute("aria-invalid", "true")  # checked as it is typed
    field.press("Enter")
    row = page.locator(f"tr.level-sub_kegiatan:has(input[name=indikator][value='{indikator_id}'])")
    expect(row.get_by_role("alert")).to_contain_text("bukan angka")

    half = target / 2
    typed = f"{half.normalize():f}".replace(".", ",")
    row.locator("input[name=realisasi]").fill(typed)
    row.locator("input[name=realisasi]").press("Enter")
    expect(row.locator("[data-capaian]")).to_contain_text("50,00%")
    expect(row.get_by_role("alert")).to_have_count(0)
    assert Realisasi.objects.get(indikator_id=indikator_id, tahun=2024, triwulan=2).nilai == half

    # Enter moved the cursor down the same column.
    focused = page.evaluate("document.activeElement.getAttribute('data-kolom')")
    assert focused == "realisasi"


def test_a_save_refused_during_a_restore_says_so(login):
    """A restore keeps the site read-only (503 to every write); the grid's htmx save must not fail silently."""
    from sakip.core.cadangan import berkas_pemeliharaan

    page = login("operator-wonoasih")
    Pengajuan.objects.filter(pd__slug="wonoasih").update(status="draft")
    page.goto("/pd/wonoasih/pengukuran/2024/tw2/")
    row = page.locator("tr.level-sub_kegiatan:has(input[name=realisasi])").first
    indikator_id = int(row.locator("input[name=indikator]").get_attribute("value"))
    before = Realisasi.objects.filter(indikator_id=indikator_id, tahun=2024, triwulan=2).first()
    flag = berkas_pemeliharaan()
    flag.parent.mkdir(parents=True, exist_ok=True)
    flag.touch()
    try:
        row.locator("input[name=realisasi]").fill("1")
        row.locator("input[name=realisasi]").press("Enter")
        expect(page.locator("#sibuk")).to_contain_text("sakip sedang dipulihkan dari cadangan; isian ini belum tersimpan.")
    finally:
        flag.unlink()
    after = Realisasi.objects.filter(indikator_id=indikator_id, tahun=2024, triwulan=2).first()
    assert (after.nilai if after else None) == (before.nilai if before else None)
