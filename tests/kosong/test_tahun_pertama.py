"""Issue 14: a new kabupaten's first year, from an empty database, through the screens only.

The system admin creates Kabupaten Contoh and its admin pemda; the admin pemda sets the pemda up (negative
formula T/R, the Bupati, Kecamatan Sukamaju with five desa, its Camat, the kecamatan's accounts); the
operator builds the Renstra 2025–2029, the 2025 program tree, the pagu and the PK, which the verifikator and
the Camat approve; four quarters are measured (typed in the grid, TW III imported from Excel), with an APBD-P
from TW III, a new Camat in July and PK version 2, paper SKM questionnaires and a public answer; the LKjIP's
Bab III is checked against figures computed by hand below, and its PDF downloaded.

Every expected figure is written here by hand, never read back from the code.
"""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from openpyxl import load_workbook
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from tests.helpers import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SHOTS = ARTIFACTS / "kosong"
PD = "/pd/sukamaju"
SANDI = {  # typed by whoever creates the account; none resembles its username
    "admin-contoh": "gula-aren-4821",
    "operator-sukamaju": "kopi-tubruk-7431",
    "verifikator-sukamaju": "teh-poci-9023",
    "camat-sukamaju": "wedang-jahe-5617",
}
DESA = ["Sukamaju", "Sukarame", "Cibeureum", "Mekarsari", "Sindangsari"]

# The five sasaran indicators, one of each kind of rule (their satuan, targets and rules are typed in step 3).
NEGATIF = "Jumlah pengaduan layanan yang tidak tertangani"
RENTANG = "Persentase layanan administrasi selesai tepat waktu"
PREDIKAT = "Nilai evaluasi SAKIP kecamatan"
JUMLAH = "Jumlah kegiatan pembinaan pemerintahan desa"
RATA = "Persentase kehadiran aparatur desa dalam rapat koordinasi"


def shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def masuk(page: Page, username: str, password: str) -> None:
    page.goto("/masuk/")
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Kata sandi").fill(password)
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(lambda url: "/masuk/" not in url)


def keluar(page: Page) -> None:
    page.get_by_role("button", name="Keluar").click()
    page.wait_for_load_state()


def menu(page: Page, name: str) -> None:
    """Follow a link of the top navigation bar."""
    page.locator("nav.topnav").get_by_role("link", name=name, exact=True).click()


def simpan(page: Page, name: str = "Simpan") -> None:
    page.get_by_role("button", name=name, exact=True).click()
    page.wait_for_load_state()


def pesan(page: Page, text: str) -> None:
    expect(page.locator("ul.messages")).to_contain_text(text)


def ketik(page: Page, label: str | re.Pattern, nilai: str) -> None:
    """Type a value in a grid cell and press Enter: the row saves itself (htmx) and is drawn again."""
    field = page.get_by_label(label, exact=True) if isinstance(label, str) else page.get_by_label(label)
    field.fill(nilai)
    with page.expect_response(lambda r: r.url.endswith("/simpan/") and r.request.method == "POST"):
        field.press("Enter")
    expect(baris(page, label).get_by_role("alert")).to_have_count(0)


def baris(page: Page, label: str | re.Pattern):
    """The grid row holding the input labelled ``label``."""
    field = page.get_by_label(label, exact=True) if isinstance(label, str) else page.get_by_label(label)
    return page.locator("tr", has=field)


def anggaran(desa: str) -> re.Pattern:
    """The label of a lokasi's spending input in the grid."""
    return re.compile(rf"^Realisasi anggaran .* {desa}$")


def status(page: Page, label: str) -> None:
    expect(page.locator("[data-alur] h2")).to_have_text(f"Status: {label}")


def ajukan_sampai_disetujui(page: Page, url: str) -> None:
    """The operator (logged in, on the item's page) submits; the verifikator verifies; the Camat approves. A
    quarter still lacking something (here: evidence files) is submitted only after ticking the confirmation."""
    konfirmasi = page.get_by_label("Saya sudah memeriksa kekurangan ini dan tetap mengajukan.")
    if konfirmasi.count():
        page.get_by_role("button", name="Ajukan untuk verifikasi").click()  # refused by the browser: box not ticked
        status(page, "Draf")
        konfirmasi.check()
    page.get_by_role("button", name="Ajukan untuk verifikasi").click()
    status(page, "Diajukan")
    keluar(page)
    masuk(page, "verifikator-sukamaju", SANDI["verifikator-sukamaju"])
    page.goto(url)
    page.get_by_role("button", name="Verifikasi").click()
    status(page, "Diverifikasi")
    keluar(page)
    masuk(page, "camat-sukamaju", SANDI["camat-sukamaju"])
    page.goto(url)
    page.get_by_role("button", name="Setujui").click()
    status(page, "Disetujui")
    keluar(page)


def test_kabupaten_baru_tahun_pertama(page: Page, admin_sistem, tmp_path):
    """One journey, from an empty database to the LKjIP of the first year; each step logs in as its role."""
    langkah_1_pemda_baru(page, admin_sistem)
    langkah_2_pengaturan_pemda(page)
    langkah_3_perencanaan_dan_pk(page)
    langkah_4_triwulan_1_dan_2(page)
    langkah_5_triwulan_3(page, tmp_path)
    langkah_6_camat_baru(page)
    langkah_7_skm(page)
    langkah_8_triwulan_4_dan_lkjip(page)


def langkah_1_pemda_baru(page: Page, admin: tuple[str, str]) -> None:
    """1. The system admin creates the provinsi, then Kabupaten Contoh with its first admin pemda."""
    masuk(page, *admin)
    page.goto("/pengaturan/pemda-baru/")
    page.locator("#id_jenis").select_option("provinsi")
    page.locator("#id_nama").fill("Provinsi Contoh")
    simpan(page)
    pesan(page, "Provinsi Contoh dibuat.")

    page.goto("/pengaturan/pemda-baru/")
    page.locator("#id_jenis").select_option("kabupaten")
    page.locator("#id_nama").fill("Kabupaten Contoh")
    page.locator("#id_provinsi").select_option(label="Provinsi Contoh")
    page.locator("#id_ibukota").fill("Sukamaju")
    page.locator("#id_admin_username").fill("admin-contoh")
    page.locator("#id_admin_nama").fill("Rina Wulandari")
    page.locator("#id_admin_email").fill("organisasi@contoh.go.id")
    page.locator("#id_admin_sandi").fill(SANDI["admin-contoh"])
    simpan(page)
    expect(page.get_by_role("heading", name="Kabupaten Contoh dibuat")).to_be_visible()
    expect(page.locator("#sandi")).to_have_text(SANDI["admin-contoh"])  # shown once, as typed
    shot(page, "01-pemda-baru")
    keluar(page)


def langkah_2_pengaturan_pemda(page: Page) -> None:
    """2. The admin pemda: the negative formula, the Bupati, the kecamatan, its Camat and accounts."""
    masuk(page, "admin-contoh", SANDI["admin-contoh"])
    page.goto("/pengaturan/")
    expect(page.get_by_role("heading", name="Pengaturan pemda: Kabupaten Contoh")).to_be_visible()
    page.get_by_role("link", name="Ubah pengaturan").click()
    page.locator("#id_rumus_negatif").select_option("bagi")
    simpan(page)
    pesan(page, "Pengaturan pemda disimpan.")
    expect(page.locator("table")).to_contain_text("T / R × 100")

    # The Bupati: the official on the pejabat screen, the post, then the tenure naming that official.
    page.get_by_role("link", name="Pejabat", exact=True).click()
    page.get_by_role("link", name="Tambah pejabat").click()
    page.locator("#id_nama").fill("H. Bambang Sutrisno, S.H., M.Si.")
    simpan(page)
    pesan(page, "Pejabat ditambahkan.")
    menu(page, "Pengaturan")  # the admin pemda's menu: its pemda
    page.get_by_role("link", name="Jabatan dan masa jabatan").click()
    page.get_by_role("link", name="Tambah jabatan kepala daerah").click()
    page.locator("#id_nama").fill("Bupati Contoh")
    page.locator("#id_jenis").select_option("kepala_daerah")
    simpan(page)
    pesan(page, "Jabatan ditambahkan.")
    page.locator("tr", has_text="Bupati Contoh").get_by_role("link", name="tambah masa jabatan").click()
    page.locator("#id_pejabat").select_option(label="H. Bambang Sutrisno, S.H., M.Si.")
    page.locator("#id_mulai").fill("2021-02-26")
    simpan(page)
    pesan(page, "Masa jabatan ditambahkan.")
    shot(page, "02-kepala-daerah")

    # Kecamatan Sukamaju with its five desa, one per line.
    menu(page, "Pengaturan")
    page.get_by_role("link", name="Tambah perangkat daerah").click()
    page.locator("#id_nama").fill("Kecamatan Sukamaju")
    page.locator("#id_kelurahan").fill("\n".join(DESA))
    page.locator("#id_jenis_kelurahan").select_option("desa")
    simpan(page)
    pesan(page, "Kecamatan Sukamaju dibuat dengan 5 kelurahan/desa.")
    for desa in DESA:
        expect(page.locator("ol")).to_contain_text(f"Desa {desa}")

    # The Camat's post and official A from 2 January 2025.
    page.get_by_role("link", name="Tambah jabatan").click()
    page.locator("#id_nama").fill("Camat Sukamaju")
    page.locator("#id_jenis").select_option("pimpinan_pd")
    simpan(page)
    pesan(page, "Jabatan ditambahkan.")
    page.locator("tr", has_text="Camat Sukamaju").get_by_role("link", name="tambah masa jabatan").click()
    page.locator("#id_pejabat_baru_nama").fill("Drs. Agus Salim")
    page.locator("#id_pejabat_baru_nip").fill("19700512 199503 1 002")
    page.locator("#id_pejabat_baru_pangkat").fill("Pembina")
    page.locator("#id_pejabat_baru_golongan").fill("IV/a")
    page.locator("#id_mulai").fill("2025-01-02")
    simpan(page)
    pesan(page, "Masa jabatan ditambahkan.")
    expect(page.locator("tr", has_text="Camat Sukamaju")).to_contain_text("Drs. Agus Salim")
    shot(page, "03-kecamatan")

    # The kecamatan's three accounts, each with the password typed here.
    for username, nama, peran in (("operator-sukamaju", "Dewi Lestari", "operator"),
                                  ("verifikator-sukamaju", "Hendra Gunawan", "verifikator"),
                                  ("camat-sukamaju", "Camat Sukamaju", "pimpinan")):
        menu(page, "Pengaturan")
        page.get_by_role("link", name="Pengguna dan peran").click()
        page.get_by_role("link", name="Tambah pengguna").click()
        page.locator("#id_username").fill(username)
        page.locator("#id_nama").fill(nama)
        page.locator("#id_peran").select_option(peran)
        page.locator("#id_pd").select_option(label="Kecamatan Sukamaju")
        page.locator("#id_sandi").fill(SANDI[username])
        simpan(page)
        expect(page.get_by_role("heading", name=f"Akun {username} dibuat")).to_be_visible()
    page.get_by_role("link", name="Ke daftar pengguna").click()
    for username in ("operator-sukamaju", "verifikator-sukamaju", "camat-sukamaju"):
        expect(page.locator("main")).to_contain_text(username)
    shot(page, "04-pengguna")
    keluar(page)


def langkah_3_perencanaan_dan_pk(page: Page) -> None:
    """3. The operator: Renstra 2025–2029, the 2025 program tree, the pagu, PK version 1."""
    masuk(page, "operator-sukamaju", SANDI["operator-sukamaju"])
    expect(page).to_have_url(re.compile(f"{PD}/$"))
    persiapan = page.locator("[data-persiapan]")
    # The admin pemda's part is done; the planning items wait for the operator (the year is the clock's).
    expect(persiapan.locator("li.selesai")).to_contain_text([
        "Pimpinan perangkat daerah dan masa jabatannya", "Akun operator, verifikator dan pimpinan",
        "Survei Kepuasan Masyarakat"])
    expect(persiapan.locator("li.belum").first).to_contain_text("Renstra yang mencakup tahun")
    shot(page, "05-persiapan")
    persiapan.get_by_role("link", name="Buat Renstra").click()
    page.locator("#id_tahun_mulai").fill("2025")
    page.locator("#id_tahun_selesai").fill("2029")
    page.locator("#id_tahun_kondisi_awal").fill("2024")
    simpan(page)
    expect(page.get_by_role("heading", name="Renstra Kecamatan Sukamaju 2025–2029")).to_be_visible()
    renstra_url = page.url

    page.get_by_role("link", name="+ Tambah tujuan").click()
    page.locator("#id_nama").fill("Meningkatnya kualitas penyelenggaraan pemerintahan kecamatan")
    simpan(page)
    for sasaran in ("Meningkatnya kualitas pelayanan publik kecamatan", "Meningkatnya akuntabilitas kinerja kecamatan"):
        page.get_by_role("link", name="+ Tambah sasaran").click()
        page.locator("#id_nama").fill(sasaran)
        simpan(page)
        pesan(page, "Sasaran ditambahkan.")

    # Five sasaran indicators with a target for each year of the Renstra (2025 is the one measured here).
    indikator = [
        # sasaran no., name, satuan, targets 2025…2029, polaritas, akumulasi, cara isi, frekuensi
        (1, NEGATIF, "kasus", ["3", "3", "2", "2", "1"], "negatif", "terakhir", "kumulatif", "triwulan"),
        (1, RENTANG, "%", ["80–90", "82–92", "84–94", "86–96", "88–98"], "positif", "terakhir", "kumulatif", "triwulan"),
        (1, RATA, "%", ["100", "100", "100", "100", "100"], "positif", "rata_rata", "kumulatif", "triwulan"),
        (2, PREDIKAT, "nilai", ["BB (75,00)", "BB (77,00)", "A (80,00)", "A (82,00)", "A (85,00)"],
         "positif", "terakhir", "kumulatif", "tahun"),
        (2, JUMLAH, "kegiatan", ["40", "42", "44", "46", "48"], "positif", "jumlah", "triwulan", "triwulan"),
    ]
    for nomor, nama, satuan, targets, polaritas, akumulasi, cara_isi, frekuensi in indikator:
        page.locator("[data-sasaran]").nth(nomor - 1).get_by_role("link", name="+ indikator sasaran").click()
        page.locator("#id_nama").fill(nama)
        page.locator("#id_satuan").fill(satuan)
        page.locator("#id_polaritas").select_option(polaritas)
        page.locator("#id_akumulasi").select_option(akumulasi)
        page.locator("#id_cara_isi").select_option(cara_isi)
        page.locator("#id_frekuensi").select_option(frekuensi)
        page.locator("#id_is_iku").check()
        for tahun, target in zip(range(2025, 2030), targets, strict=True):
            page.locator(f"#id_target_{tahun}").fill(target)
        simpan(page)
        pesan(page, "Indikator ditambahkan.")
        expect(page).to_have_url(renstra_url)
        row = page.locator("tr[data-indikator]", has_text=nama)
        expect(row.locator("td[data-tahun='2025']")).to_have_text(targets[0])
        expect(row.locator("td[data-tahun='2029']")).to_have_text(targets[4])
    shot(page, "06-renstra")

    # The 2025 tree: program 7.01.01 supporting both sasaran, kegiatan 7.01.01.2.01, sub kegiatan
    # 7.01.01.2.01.0006 split into two desa.
    page.goto(f"{PD}/perencanaan/?tahun=2025")
    page.get_by_role("link", name="+ Tambah program tahun 2025").click()
    program = page.locator("#id_nomenklatur option", has_text="7.01.01 ").get_attribute("value")
    page.locator("#id_nomenklatur").select_option(program)
    page.get_by_label("Meningkatnya kualitas pelayanan publik kecamatan").check()
    page.get_by_label("Meningkatnya akuntabilitas kinerja kecamatan").check()
    simpan(page)
    pesan(page, "Program ditambahkan.")
    page.locator("li[data-program]").first.get_by_role("link", name="+ kegiatan").click()
    page.locator("#id_nomenklatur").fill("7.01.01.2.01")
    simpan(page)
    pesan(page, "Kegiatan ditambahkan.")
    page.locator("li[data-kegiatan]").first.get_by_role("link", name="+ sub kegiatan").click()
    page.locator("#id_nomenklatur").fill("7.01.01.2.01.0006")
    simpan(page)
    pesan(page, "Sub kegiatan ditambahkan.")
    page.locator("li[data-sub-kegiatan]").first.get_by_role("link", name="atur lokasi").click()
    for desa in ("Sukamaju", "Sukarame"):
        page.locator("#id_kelurahan").select_option(label=f"Desa {desa}")
        simpan(page, "Tambahkan")
        pesan(page, "Lokasi ditambahkan.")
    expect(page.locator("tr[data-lokasi]")).to_have_count(2)
    page.get_by_role("link", name="Kembali ke pohon perencanaan").click()
    sub = page.locator("li[data-sub-kegiatan]").first
    expect(sub).to_contain_text("7.01.01.2.01.0006")
    expect(sub).to_contain_text("Lokasi: Sukamaju, Sukarame")
    shot(page, "07-pohon-2025")

    # The pagu of each lokasi (APBD).
    page.goto(f"{PD}/anggaran/2025/")
    page.locator("tr[data-lokasi]", has_text="Sukamaju").locator("input.uang").first.fill("400.000.000")
    page.locator("tr[data-lokasi]", has_text="Sukarame").locator("input.uang").first.fill("41.250.000")
    simpan(page, "Simpan pagu")
    pesan(page, "Pagu disimpan (2 baris anggaran berubah).")
    expect(page.locator("tfoot tr.total td").first).to_have_text("441.250.000")
    shot(page, "08-pagu")

    # PK version 1, signed on 2 January 2025: the Renstra targets of 2025 and the program budget typed.
    page.goto(f"{PD}/")
    page.locator("tr[data-tahun='2025']").get_by_role("link", name="buat PK").click()
    page.locator("#id_tanggal").fill("2025-01-02")
    simpan(page, "Perbarui pratinjau")
    pihak = page.locator("[data-pihak]")
    expect(pihak).to_contain_text("Drs. Agus Salim")
    expect(pihak).to_contain_text("H. Bambang Sutrisno, S.H., M.Si.")
    expect(page.locator("tr[data-indikator]", has_text=RENTANG).locator("input")).to_have_value("80–90")
    page.locator("tr[data-program] input.uang").fill("441.250.000")
    simpan(page, "Simpan PK")
    pesan(page, "PK 2025 versi 1 disimpan.")
    page.get_by_role("button", name="Ajukan untuk verifikasi").click()
    expect(page.locator("[data-alur] h2")).to_have_text("Status: Diajukan")
    keluar(page)

    masuk(page, "verifikator-sukamaju", SANDI["verifikator-sukamaju"])
    page.goto("/kotak-masuk/")
    page.locator("[data-kotak=tugas]").get_by_role("link", name="PK 2025").click()
    page.get_by_role("button", name="Verifikasi").click()
    expect(page.locator("[data-alur] h2")).to_have_text("Status: Diverifikasi")
    keluar(page)

    masuk(page, "camat-sukamaju", SANDI["camat-sukamaju"])
    page.goto("/kotak-masuk/")
    page.locator("[data-kotak=tugas]").get_by_role("link", name="PK 2025").click()
    page.get_by_role("button", name="Setujui").click()
    expect(page.locator("[data-alur] h2")).to_have_text("Status: Disetujui")
    shot(page, "09-pk-disetujui")
    keluar(page)


def langkah_4_triwulan_1_dan_2(page: Page) -> None:
    """4. TW I and TW II typed in the grid, each submitted, verified and approved."""
    # Capaian by hand (targets of PK version 1; negative formula T/R of the pemda):
    #   TW I : negatif T 3 / R 1 = 300,00 · rentang 70 below 80–90 → 70/80 = 87,50 · rata-rata 98 → 98,00 ·
    #          jumlah 10 of 40 = 25,00 · the grade is measured in TW IV only;
    #          spending 80.000.000 + 8.000.000 = 88.000.000 of 441.250.000 = 19,94 %.
    #   TW II: negatif 3/2 = 150,00 · rentang 85 inside → 100,00 · rata-rata (98 + 104)/2 = 101 → 101,00 ·
    #          jumlah 10 + 15 = 25 → 62,50; spending 190.000.000 + 20.000.000 = 210.000.000 → 47,59 %.
    triwulan = {
        1: ({NEGATIF: ("1", "300,00%"), RENTANG: ("70", "87,50%"), RATA: ("98", "98,00%"), JUMLAH: ("10", "25,00%")},
            {"Sukamaju": "80.000.000", "Sukarame": "8.000.000"}, "88.000.000", "19,94%"),
        2: ({NEGATIF: ("2", "150,00%"), RENTANG: ("85", "100,00%"), RATA: ("104", "101,00%"), JUMLAH: ("15", "62,50%")},
            {"Sukamaju": "190.000.000", "Sukarame": "20.000.000"}, "210.000.000", "47,59%"),
    }
    for tw, (realisasi, belanja, total, serapan) in triwulan.items():
        masuk(page, "operator-sukamaju", SANDI["operator-sukamaju"])
        grid = f"{PD}/pengukuran/2025/tw{tw}/"
        page.goto(grid)
        expect(page.get_by_role("heading", name=f"Pengukuran kinerja triwulan {tw} tahun 2025")).to_be_visible()
        expect(baris(page, f"Realisasi {RENTANG}").locator("td.num").first).to_have_text("80–90")
        expect(page.locator("tr", has_text=PREDIKAT).locator("[data-belum-diukur]")).to_have_text("belum diukur")
        for nama, (nilai, capaian) in realisasi.items():
            ketik(page, f"Realisasi {nama}", nilai)
            expect(baris(page, f"Realisasi {nama}").locator("[data-capaian]")).to_have_text(capaian)
        for desa, nilai in belanja.items():
            ketik(page, anggaran(desa), nilai)
        expect(page.locator("[data-total-pagu]")).to_have_text("441.250.000")
        expect(page.locator("[data-total-realisasi]")).to_have_text(total)
        expect(page.locator("[data-total-serapan]")).to_have_text(serapan)
        shot(page, f"1{tw}-tw{tw}-grid")
        ajukan_sampai_disetujui(page, grid)


def langkah_5_triwulan_3(page: Page, tmp_path: Path) -> None:
    """5. TW III: the APBD-P of one lokasi, then the quarter filled in Excel and uploaded."""
    # TW I–II and the PK are approved; an APBD-P taking effect from TW III changes none of their figures (the PK
    # keeps its own typed budget; the LKjIP lists the difference), so the open quarters take it.
    masuk(page, "operator-sukamaju", SANDI["operator-sukamaju"])
    page.goto(f"{PD}/anggaran/2025/")
    expect(page.locator("[data-kunci]"), "an APBD-P from TW III must not be locked by TW I–II or the PK").to_have_count(0)
    expect(page.locator("#id_apbdp_mulai")).to_have_value("3")
    page.locator("tr[data-lokasi]", has_text="Sukamaju").locator("input.uang").nth(1).fill("437.400.000")
    simpan(page, "Simpan pagu")
    pesan(page, "Pagu disimpan (1 baris anggaran berubah).")
    # In force: APBD 441.250.000 in TW I–II; from TW III 437.400.000 + 41.250.000 = 478.650.000.
    expect(page.locator("tfoot tr.total td")).to_have_text(["441.250.000", "441.250.000", "478.650.000",
                                                            "478.650.000"])
    shot(page, "20-apbd-p")

    # The quarter's template, filled in Excel as the operator would, uploaded, previewed, saved.
    # TW III by hand: negatif 3/3 = 100,00 · rentang 88 inside → 100,00 · rata-rata (98 + 104 + 102)/3 = 101,33 ·
    # jumlah 10 + 15 + 20 = 45 → 112,50; spending 300.000.000 + 30.000.000 = 330.000.000 of 478.650.000 = 68,94 %.
    grid = f"{PD}/pengukuran/2025/tw3/"
    page.goto(grid)
    with page.expect_download() as unduhan:
        page.get_by_role("link", name="Unduh templat Excel").click()
    templat = tmp_path / "tw3-templat.xlsx"
    unduhan.value.save_as(templat)
    wb = load_workbook(templat)
    ws = wb.worksheets[0]
    isian_iku = {NEGATIF: 3, RENTANG: 88, RATA: 102, JUMLAH: 20}
    isian_belanja = {"Sukamaju": 300_000_000, "Sukarame": 30_000_000}
    for row in range(5, ws.max_row + 1):
        if ws.cell(row, 2).value in isian_iku:
            ws.cell(row, 5).value = isian_iku[ws.cell(row, 2).value]
        if ws.cell(row, 7).value in isian_belanja:
            ws.cell(row, 13).value = isian_belanja[ws.cell(row, 7).value]
    assert [ws.cell(r, 12).value for r in range(5, ws.max_row + 1) if ws.cell(r, 7).value in isian_belanja] == [
        437_400_000, 41_250_000]  # the pagu in force in TW III, APBD-P included
    terisi = tmp_path / "tw3-terisi.xlsx"
    wb.save(terisi)
    page.locator("#berkas").set_input_files(terisi)
    page.get_by_role("button", name="Periksa berkas").click()
    expect(page.get_by_role("heading", name="6 isian berubah")).to_be_visible()
    expect(page.locator("tr[data-perubahan]", has_text=RENTANG)).to_contain_text("88")
    shot(page, "21-tw3-pratinjau")
    page.get_by_role("button", name="Simpan semua").click()
    pesan(page, "6 isian dari berkas disimpan.")
    for nama, capaian in ((NEGATIF, "100,00%"), (RENTANG, "100,00%"), (RATA, "101,33%"), (JUMLAH, "112,50%")):
        expect(baris(page, f"Realisasi {nama}").locator("[data-capaian]")).to_have_text(capaian)
    expect(page.locator("[data-total-pagu]")).to_have_text("478.650.000")
    expect(page.locator("[data-total-realisasi]")).to_have_text("330.000.000")
    expect(page.locator("[data-total-serapan]")).to_have_text("68,94%")
    shot(page, "22-tw3-grid")
    ajukan_sampai_disetujui(page, grid)


def langkah_6_camat_baru(page: Page) -> None:
    """6. A new Camat from 1 July 2025 and PK version 2 naming her."""
    masuk(page, "admin-contoh", SANDI["admin-contoh"])
    page.goto("/pengaturan/pd/sukamaju/")
    page.locator("tr", has_text="Camat Sukamaju").get_by_role("link", name="ubah", exact=True).first.click()
    page.locator("#id_selesai").fill("2025-06-30")
    simpan(page)
    pesan(page, "Masa jabatan disimpan.")
    page.locator("tr", has_text="Camat Sukamaju").get_by_role("link", name="tambah masa jabatan").click()
    page.locator("#id_pejabat_baru_nama").fill("Dr. Siti Rahmawati, S.STP., M.Si.")
    page.locator("#id_pejabat_baru_nip").fill("19820317 200501 2 004")
    page.locator("#id_mulai").fill("2025-07-01")
    simpan(page)
    pesan(page, "Masa jabatan ditambahkan.")
    camat = page.locator("tr", has_text="Camat Sukamaju")
    expect(camat).to_contain_text("Drs. Agus Salim · 2 Jan 2025 – 30 Jun 2025")
    expect(camat).to_contain_text("Dr. Siti Rahmawati, S.STP., M.Si. · 1 Jul 2025 – sekarang")
    shot(page, "30-camat-baru")
    keluar(page)

    # The approved PK is reopened by the Camat, version 2 drafted by the operator, then approved again.
    pk = f"{PD}/pk/2025/"
    masuk(page, "camat-sukamaju", SANDI["camat-sukamaju"])
    page.goto(pk)
    page.get_by_label("Alasan membuka kembali").fill("Pergantian Camat per 1 Juli 2025: PK ditandatangani ulang.")
    page.get_by_role("button", name="Buka kembali").click()
    status(page, "Draf")
    keluar(page)
    masuk(page, "operator-sukamaju", SANDI["operator-sukamaju"])
    page.goto(pk)
    page.get_by_role("link", name="Buat versi baru").click()
    page.locator("#id_tanggal").fill("2025-07-15")
    page.locator("#id_alasan").select_option("pejabat")
    page.locator("#id_alasan_teks").fill("Pergantian Camat Sukamaju sejak 1 Juli 2025.")
    simpan(page, "Perbarui pratinjau")
    expect(page.locator("[data-pihak]")).to_contain_text("Dr. Siti Rahmawati, S.STP., M.Si.")
    simpan(page, "Simpan PK")
    pesan(page, "PK 2025 versi 2 disimpan.")
    versi = page.locator(".card", has=page.get_by_role("heading", name="Versi", exact=True)).locator("tbody tr")
    expect(versi).to_have_count(2)
    expect(versi.nth(0)).to_contain_text("Drs. Agus Salim")
    expect(versi.nth(1)).to_contain_text("Pergantian pejabat")
    expect(versi.nth(1)).to_contain_text("Dr. Siti Rahmawati, S.STP., M.Si.")
    ajukan_sampai_disetujui(page, pk)
    masuk(page, "operator-sukamaju", SANDI["operator-sukamaju"])
    page.goto(pk)
    shot(page, "31-pk-versi-2")


def langkah_7_skm(page: Page) -> None:
    """7. SKM: three paper questionnaires typed by the operator, one answer on the public page."""
    page.goto(f"{PD}/")
    page.get_by_role("link", name="entri kuesioner kertas").first.click()
    kuesioner = ["444444444", "333333333", "443344334"]
    for jawaban in kuesioner:
        page.locator("select[name=jenis_kelamin]").select_option("L")
        page.locator("select[name=usia]").select_option("30-39")
        page.locator("select[name=pendidikan]").select_option("slta")
        page.locator("select[name=pekerjaan]").select_option("wiraswasta")
        page.locator("input.jawaban").first.click()
        page.keyboard.type(jawaban)  # each digit moves the cursor to the next question
        expect(page.locator("#saran")).to_be_focused()
        page.keyboard.press("Enter")
        pesan(page, "Kuesioner disimpan (Kecamatan Sukamaju).")
    expect(page.locator("main")).to_contain_text("3 kuesioner tersimpan untuk Kecamatan Sukamaju.")
    shot(page, "40-skm-entri")
    hasil_skm = page.get_by_role("link", name=re.compile(r"^SKM ")).get_attribute("href")
    assert hasil_skm
    page.goto(f"{PD}/")
    publik = page.get_by_role("link", name="Kecamatan Sukamaju", exact=True).last.get_attribute("href")
    assert publik
    keluar(page)

    page.goto(publik)
    page.locator("#jenis_kelamin").select_option("P")
    page.locator("#usia").select_option("40-49")
    page.locator("#pendidikan").select_option(label="D-I/D-III/D-IV/S1")
    page.locator("#pekerjaan").select_option(label="PNS/TNI/POLRI")
    for soal in page.locator("fieldset.soal").all():
        soal.locator("input[type=radio][value='4']").check()
    page.get_by_role("button", name="Kirim jawaban").click()
    expect(page.locator("main")).to_contain_text("Terima kasih, jawaban Anda sudah kami terima.")
    shot(page, "41-skm-publik")

    # IKM by hand: the answers of the four respondents per unsur (4,3,4,4 or 4,3,3,4) give NRR 3,75 (five unsur)
    # and 3,50 (four); Σ NRR = 32,75; IKM = 32,75 / 9 × 25 = 90,97 (mutu A).
    masuk(page, "operator-sukamaju", SANDI["operator-sukamaju"])
    page.goto(hasil_skm)
    expect(page.locator("[data-ikm]")).to_contain_text("IKM unit layanan: 90,97")
    shot(page, "42-skm-hasil")


def langkah_8_triwulan_4_dan_lkjip(page: Page) -> None:
    """8. TW IV, its approval, the LKjIP figures and its PDF."""
    # TW IV by hand: negatif T 3 / R 4 under T/R = 75,00 · rentang 92,5 above 80–90 → 92,5/90 = 102,78 ·
    # predikat BB (77,15) for BB (75,00) → 77,15/75 = 102,87 · rata-rata (98 + 104 + 102 + 102)/4 = 101,5 →
    # 101,50 · jumlah 10 + 15 + 20 + 5 = 50 of 40 = 125,00; spending 430.000.000 + 41.000.000 = 471.000.000 of
    # 478.650.000 = 98,40 %, sisa 7.650.000.
    grid = f"{PD}/pengukuran/2025/tw4/"
    page.goto(grid)
    tw4 = {NEGATIF: ("4", "75,00%"), RENTANG: ("92,5", "102,78%"), PREDIKAT: ("BB (77,15)", "102,87%"),
           RATA: ("102", "101,50%"), JUMLAH: ("5", "125,00%")}
    for nama, (nilai, capaian) in tw4.items():
        ketik(page, f"Realisasi {nama}", nilai)
        expect(baris(page, f"Realisasi {nama}").locator("[data-capaian]")).to_have_text(capaian)
    ketik(page, anggaran("Sukamaju"), "430.000.000")
    ketik(page, anggaran("Sukarame"), "41.000.000")
    expect(page.locator("[data-total-pagu]")).to_have_text("478.650.000")
    expect(page.locator("[data-total-realisasi]")).to_have_text("471.000.000")
    expect(page.locator("[data-total-serapan]")).to_have_text("98,40%")
    shot(page, "50-tw4-grid")
    page.get_by_role("link", name="Realisasi tahunan").click()  # no explicit annual figure: TW IV stands
    expect(page.locator("tr", has_text=JUMLAH)).to_contain_text("50 (Triwulan IV)")
    expect(page.locator("tr", has_text=PREDIKAT)).to_contain_text("BB (77,15) (Triwulan IV)")
    shot(page, "51-realisasi-tahunan")
    page.goto(grid)
    ajukan_sampai_disetujui(page, grid)

    masuk(page, "operator-sukamaju", SANDI["operator-sukamaju"])
    page.goto(f"{PD}/")
    expect(page.locator("tr[data-tahun='2025']")).to_contain_text("PK 2025 Disetujui")
    page.locator("tr[data-tahun='2025']").get_by_role("link", name="LKjIP 2025").click()
    expect(page.get_by_role("heading", name="LKjIP 2025: angka akuntabilitas kinerja")).to_be_visible()
    expect(page.locator("main")).to_contain_text(
        "Pagu Rp 478.650.000, realisasi Rp 471.000.000 (98,40%), sisa Rp 7.650.000.")
    lkjip = {  # indicator → (target PK, realisasi, capaian)
        NEGATIF: ("3", "4", "75,00%"), RENTANG: ("80–90", "92,5", "102,78%"), RATA: ("100", "101,5", "101,50%"),
        PREDIKAT: ("BB (75,00)", "BB (77,15)", "102,87%"), JUMLAH: ("40", "50", "125,00%"),
    }
    for nama, (target, realisasi, capaian) in lkjip.items():
        sel = page.locator("tr", has=page.locator("td", has_text=re.compile(f"^{nama}$"))).locator("td")
        expect(sel.nth(2)).to_have_text(target)
        expect(sel.nth(3)).to_have_text(re.compile(rf"^{re.escape(realisasi)}\s?%?$"))  # "%" from the satuan, or not
        expect(sel.nth(4)).to_have_text(capaian)
    shot(page, "60-lkjip")
    with page.expect_download() as unduhan:
        page.get_by_role("link", name="PDF", exact=True).click()
    pdf = unduhan.value.path().read_bytes()
    assert pdf.startswith(b"%PDF")
    teks = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages[:3])
    assert "Kecamatan Sukamaju" in " ".join(teks.split())
