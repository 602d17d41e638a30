"""The PK berjenjang in the browser (issue 19): Wonoasih's operator opens the PK 2024, goes to the PK berjenjang,
opens the Sekretaris's, drafts a new version from the pohon kinerja (the intermediate node's indicator among the
rows), changes the program's target, saves it, submits the year's PK (the workflow answers with the PD's PK page;
back to the Sekretaris's, now locked) and downloads the new version's PDF.
Screenshots of the list, the form and the saved version are kept in ``test-artifacts/``."""

from pathlib import Path

import pytest
from playwright.sync_api import expect

from sakip.domain.agreement.models import PerjanjianKinerja
from sakip.domain.kaskade.models import IndikatorAntara
from sakip.domain.organisation.models import Jabatan
from sakip.domain.planning.models import Indikator
from tests.helpers import ARTIFACTS

pytestmark = pytest.mark.browser


def test_the_operator_drafts_a_new_version_of_the_sekretaris_pk(login, alur_terbuka):
    sekretaris = Jabatan.objects.get(pd__slug="wonoasih", nama="Sekretaris")
    program = Indikator.objects.get(program__pd__slug="wonoasih", program__tahun=2024,
                                    program__nomenklatur__kode="7.01.01")
    antara = IndikatorAntara.objects.get(pd__slug="wonoasih", simpul__jabatan=sekretaris)
    ARTIFACTS.mkdir(exist_ok=True)

    page = login("operator-wonoasih")
    page.goto("/pd/wonoasih/pk/2024/")
    page.get_by_role("link", name="buka PK berjenjang 2024").click()
    expect(page.get_by_role("heading", name="PK berjenjang 2024")).to_be_visible()
    baris = page.locator(f"[data-pk-jenjang-daftar] tr[data-jabatan='{sekretaris.pk}']")
    expect(baris).to_contain_text("Versi 1")
    expect(baris.locator("td.num")).to_have_text("27")  # 26 planning indicators and the sasaran program's
    page.locator("[data-pk-jenjang-daftar]").screenshot(path=str(ARTIFACTS / "pk-jenjang-daftar.png"))
    baris.get_by_role("link", name="Buka PK").click()
    expect(page.locator("[data-pk-jenjang]")).to_contain_text("PK berjenjang: Sekretaris")

    page.get_by_role("link", name="Buat versi baru").click()
    expect(page.get_by_role("heading", name="PK 2024 Sekretaris versi 2")).to_be_visible()
    page.get_by_label("Tanggal penandatanganan").fill("2024-07-01")
    page.get_by_label("Alasan versi baru").select_option(label="Perubahan strategi/kebijakan")
    row_antara = page.locator(f"tr[data-indikator='antara-{antara.pk}']")
    expect(row_antara).to_contain_text("(simpul antara)")
    expect(row_antara).to_contain_text("Pohon kinerja: 100")
    target = page.locator(f"tr[data-indikator='{program.pk}'] input")
    expect(target).to_have_value("100")
    target.fill("95")
    page.locator("[data-pk-form]").screenshot(path=str(ARTIFACTS / "pk-jenjang-form.png"))
    page.get_by_role("button", name="Simpan PK").click()

    expect(page.get_by_text("PK 2024 versi 2 disimpan.")).to_be_visible()
    perubahan = page.locator("[data-perubahan-pk]")
    expect(perubahan).to_contain_text("Perubahan dari versi 1 ke versi 2")
    expect(perubahan).to_contain_text(program.nama)
    v2 = PerjanjianKinerja.semua.get(pd__slug="wonoasih", tahun=2024, jenjang=sekretaris, nomor=2)
    assert v2.target.get(indikator=program).nilai == 95 and v2.target.filter(indikator_antara=antara).exists()

    ajukan = page.get_by_role("button", name="Ajukan untuk verifikasi")
    ajukan.click()
    centang = page.get_by_label("Saya sudah memeriksa kekurangan ini")
    if centang.count():
        centang.check()
        page.get_by_role("button", name="Ajukan untuk verifikasi").click()
    # the workflow item is the PD's PK of the year: its page answers, and every level is submitted with it
    expect(page.locator("[data-alur] h2")).to_have_text("Status: Diajukan")
    page.get_by_role("link", name="buka PK berjenjang 2024").click()
    page.locator(f"[data-pk-jenjang-daftar] tr[data-jabatan='{sekretaris.pk}']").get_by_role(
        "link", name="Buka PK").click()
    expect(page.locator("[data-alur] h2")).to_have_text("Status: Diajukan")
    expect(page.get_by_role("link", name="Buat versi baru")).to_have_count(0)  # locked once submitted
    page.screenshot(path=str(ARTIFACTS / "pk-jenjang-versi-2.png"), full_page=True)

    with page.expect_download() as info:
        page.locator("a[href$='unduh.pdf?versi=2']").click()
    unduhan = info.value
    assert unduhan.suggested_filename == "PK-wonoasih-2024-sekretaris-versi-2.pdf"
    assert Path(unduhan.path()).read_bytes()[:5] == b"%PDF-"
