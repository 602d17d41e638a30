"""Three people move TW IV 2024 of Wonoasih through the workflow in the browser: the operator
submits, the verifikator returns it with a comment, the operator reads the comment and submits
again, the verifikator verifies, the Camat approves; the grid is locked from submission on."""

import pytest
from playwright.sync_api import expect

from sakip.domain.workflow.models import LangkahAlur

pytestmark = pytest.mark.browser

GRID = "/pd/wonoasih/pengukuran/2024/tw4/"
CATATAN = "Lampirkan daftar hadir fasilitasi LPM sebagai bukti dukung."


def status(page, label):
    expect(page.locator("[data-alur] h2")).to_have_text(f"Status: {label}")


def test_submit_return_resubmit_verify_approve_with_three_users(login):
    page = login("operator-wonoasih")
    page.goto(GRID)
    status(page, "Draf")
    expect(page.locator("input[name=realisasi]").first).to_be_visible()
    page.get_by_role("button", name="Ajukan untuk verifikasi").click()  # TW IV has gaps: the box must be ticked
    status(page, "Draf")
    page.get_by_label("Saya sudah memeriksa kekurangan ini").check()
    page.get_by_role("button", name="Ajukan untuk verifikasi").click()
    status(page, "Diajukan")
    expect(page.locator("input[name=realisasi]")).to_have_count(0)  # locked once submitted
    page.get_by_role("button", name="Keluar").click()

    page = login("verifikator-wonoasih")
    page.goto("/kotak-masuk/")
    page.locator("[data-kotak=tugas]").get_by_role("link", name="Pengukuran TW IV 2024").click()
    status(page, "Diajukan")
    page.get_by_label("Catatan untuk perbaikan").fill(CATATAN)
    page.get_by_role("button", name="Kembalikan dengan catatan").click()
    status(page, "Dikembalikan")
    page.get_by_role("button", name="Keluar").click()

    page = login("operator-wonoasih")
    page.goto(GRID)
    expect(page.locator(".catatan-alur")).to_contain_text(CATATAN)
    expect(page.locator("input[name=realisasi]").first).to_be_visible()  # open again for the fix
    page.get_by_label("Saya sudah memeriksa kekurangan ini").check()
    page.get_by_role("button", name="Ajukan untuk verifikasi").click()
    status(page, "Diajukan")
    page.get_by_role("button", name="Keluar").click()

    page = login("verifikator-wonoasih")
    page.goto(GRID)
    page.get_by_role("button", name="Verifikasi").click()
    status(page, "Diverifikasi")
    expect(page.get_by_role("button", name="Setujui")).to_have_count(0)  # approval is the Camat's
    page.get_by_role("button", name="Keluar").click()

    page = login("camat-wonoasih")
    page.goto("/kotak-masuk/")
    page.locator("[data-kotak=tugas]").get_by_role("link", name="Pengukuran TW IV 2024").click()
    page.get_by_role("button", name="Setujui").click()
    status(page, "Disetujui")
    expect(page.get_by_role("button", name="Buka kembali")).to_be_visible()

    steps = list(LangkahAlur.objects.filter(pengajuan__pd__slug="wonoasih", pengajuan__triwulan=4)
                 .order_by("waktu", "pk").values_list("aksi", "oleh__username"))
    assert steps == [("ajukan", "operator-wonoasih"), ("kembalikan", "verifikator-wonoasih"),
                     ("ajukan", "operator-wonoasih"), ("verifikasi", "verifikator-wonoasih"),
                     ("setujui", "camat-wonoasih")]
