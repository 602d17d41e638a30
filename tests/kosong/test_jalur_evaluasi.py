"""Issue 18 in the browser, from an empty database: the whole Evaluasi AKIP of one kecamatan — the evaluator
starts it, the operator's self-assessment, the evaluator's review, the PD's response, final, the LHE in Word and
PDF — each user going from their start page by links, every answer typed in the real (htmx) form.

The world is the minimum one, written through the services as the settings screens would (``test_tahun_pertama``
walks those screens): Kabupaten Contoh, Kecamatan Sukamaju, its operator, the pemda's evaluator. The year
evaluated is last year, the one the evaluator's start page offers.

Every expected figure is computed here by hand from the 88/2021 weights (``data/lke-88-2021.json``) and the scale
AA = 1, A = 0,9, BB = 0,8, B = 0,7, CC = 0,6, C = 0,5, D = 0,3, E = 0; unanswered = 0; a sub-komponen's nilai is
the mean of its criteria × its bobot, a komponen the sum of its sub-komponen, the Nilai AKIP the sum of all.
"""

from __future__ import annotations

import datetime
import io
import re

import pytest
from django.contrib.auth.models import User
from docx import Document
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from sakip.core.scoping import Scope
from sakip.domain.accounts import services as akun
from sakip.domain.evaluasi import services
from sakip.domain.evaluasi.models import Evaluasi, KriteriaLke
from sakip.domain.organisation import services as organisasi
from sakip.domain.organisation.models import PerangkatDaerah
from tests.helpers import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db]

SHOTS = ARTIFACTS / "evaluasi"
SANDI = {"operator-sukamaju": "kopi-tubruk-7431", "inspektorat-contoh": "teh-poci-9023"}
PD_NAMA = "Kecamatan Sukamaju"
TAHUN = datetime.date.today().year - 1  # the year the evaluator's start page offers


# --- the world and the browser's steps ---------------------------------------------------------------------


def dunia() -> None:
    """Kabupaten Contoh (under Provinsi Contoh, with its admin pemda), Kecamatan Sukamaju, its operator and the
    pemda's evaluator: nothing else, no LKE either (the evaluator's start loads the 88/2021 worksheet)."""
    sistem = Scope.system()
    provinsi, _ = akun.buat_pemda(sistem, pemda={"jenis": "provinsi", "nama": "Provinsi Contoh"}, admin=None)
    pemda, _ = akun.buat_pemda(sistem, pemda={"jenis": "kabupaten", "nama": "Kabupaten Contoh", "provinsi": provinsi,
                                              "ibukota": "Sukamaju"},
                               admin={"username": "admin-contoh", "nama": "Rina Wulandari", "sandi": "gula-aren-4821"})
    pd = organisasi.tambah_pd(sistem, pemda=pemda, jenis="kecamatan", data={"nama": PD_NAMA})
    akun.buat_pengguna(sistem, pemda=pemda, data={"username": "operator-sukamaju", "nama": "Dewi Lestari",
                                                  "peran": "operator", "pd": pd, "sandi": SANDI["operator-sukamaju"]})
    akun.buat_pengguna(sistem, pemda=pemda, data={"username": "inspektorat-contoh", "nama": "Hendra Gunawan",
                                                  "peran": "evaluator", "sandi": SANDI["inspektorat-contoh"]})


def shot(page: Page, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


def masuk(page: Page, username: str) -> None:
    """Log in on the login page; the site sends the user to their start page."""
    page.goto("/masuk/")
    page.get_by_label("Nama pengguna").fill(username)
    page.get_by_label("Kata sandi").fill(SANDI[username])
    page.get_by_role("button", name="Masuk").click()
    page.wait_for_url(lambda url: "/masuk/" not in url)


def keluar(page: Page) -> None:
    page.get_by_role("button", name="Keluar").click()
    page.wait_for_load_state()


def pesan(page: Page, text: str) -> None:
    expect(page.locator("ul.messages")).to_contain_text(text)


def ke_lke(page: Page) -> None:
    """From the start page (beranda) to the PD's worksheet of the year, by links only."""
    page.get_by_role("link", name=f"Evaluasi AKIP {TAHUN}", exact=True).click()
    expect(page.get_by_role("heading", name=f"Evaluasi AKIP {TAHUN} — {PD_NAMA}")).to_be_visible()


# The cells of a criterion's row on the worksheet, by the field each shows.
KOLOM = {"nilai_pd": 2, "penjelasan_pd": 3, "nilai_evaluator": 4, "catatan": 5, "rekomendasi": 6, "tanggapan_pd": 7}


def isi(page: Page, kode: str, **medan: str) -> None:
    """Fill one criterion's form (selects by value, text areas by text) and save it: htmx posts it and draws the
    worksheet again, whose row then shows each value saved (which also waits for the swap before the next form)."""
    form = page.locator(f'form[data-isian="{kode}"]')
    for name, value in medan.items():
        field = form.locator(f'[name="{name}"]')
        if name.startswith("nilai_"):
            field.select_option(value)
        else:
            field.fill(value)
    with page.expect_response(lambda r: r.url.endswith(f"/kriteria/{kode}/") and r.request.method == "POST") as r:
        form.get_by_role("button", name=f"Simpan {kode}", exact=True).click()
    assert r.value.status == 200 and r.value.request.headers.get("hx-request") == "true"
    sel = kriteria(page, kode).locator("td")
    for name, value in medan.items():
        expect(sel.nth(KOLOM[name])).to_have_text(value)
    expect(page.locator(f'form[data-isian="{kode}"] .errorlist')).to_have_count(0)


def kriteria(page: Page, kode: str):
    return page.locator(f'tr[data-kriteria="{kode}"]')


def ringkasan(page: Page, nilai: str, predikat: str, tahap: str) -> None:
    expect(page.locator("[data-nilai-akip]")).to_have_text(nilai)
    expect(page.locator("[data-predikat]")).to_have_text(predikat)
    expect(page.locator("[data-tahap]")).to_have_attribute("data-tahap", tahap)


# --- the journey ---------------------------------------------------------------------------------------------


def test_evaluasi_dari_mulai_sampai_lhe(page: Page, tmp_path):
    """Self-assessment → review → response → final → the LHE downloaded, each step by its own user."""
    dunia()
    langkah_1_evaluator_memulai(page)
    langkah_2_penilaian_mandiri(page)
    langkah_3_reviu(page)
    langkah_4_tanggapan(page)
    langkah_5_final(page)
    langkah_6_lhe(page, tmp_path)


def langkah_1_evaluator_memulai(page: Page) -> None:
    """1. The evaluator, from the start page to the pemda's list of the year, starts Sukamaju's evaluation."""
    masuk(page, "inspektorat-contoh")
    page.get_by_role("link", name=re.compile(rf"^Evaluasi AKIP {TAHUN} — Kabupaten Contoh")).click()
    expect(page.get_by_role("heading", name=f"Evaluasi AKIP {TAHUN} — Kabupaten Contoh")).to_be_visible()
    baris = page.locator('tr[data-pd="sukamaju"]')
    expect(baris).to_contain_text("belum dimulai")
    shot(page, "01-daftar-evaluator")
    baris.get_by_role("button", name=f"Mulai evaluasi {PD_NAMA}").click()
    pesan(page, f"Evaluasi AKIP {PD_NAMA} tahun {TAHUN} dimulai: tahap penilaian mandiri.")
    ringkasan(page, "0,00", "D", "mandiri")  # nothing answered: every criterion counts 0
    expect(page.locator("tr[data-kriteria]")).to_have_count(80)
    expect(page.locator("form[data-isian]")).to_have_count(0)  # the evaluator writes nothing in this stage
    keluar(page)


def langkah_2_penilaian_mandiri(page: Page) -> None:
    """2. The operator reaches the worksheet by links, answers three criteria in the form, sends to review."""
    masuk(page, "operator-sukamaju")
    shot(page, "02-beranda-operator")
    ke_lke(page)
    isi(page, "1.a.1", nilai_pd="AA", penjelasan_pd="Pedoman perencanaan kinerja ditetapkan dengan Keputusan Camat.")
    isi(page, "1.a.2", nilai_pd="A", penjelasan_pd="Renstra 2021–2026 mengacu pada RPJPD kabupaten.")
    isi(page, "2.a.1", nilai_pd="BB", penjelasan_pd="Pedoman pengukuran dan pengumpulan data kinerja tersedia.")
    # By hand: 1.a (1 + 0,9) / 7 × 6 = 1,628…; 2.a 0,8 / 3 × 6 = 1,6; Nilai AKIP 3,228… → 3,23, D.
    ringkasan(page, "3,23", "D", "mandiri")
    shot(page, "02b-penilaian-mandiri")

    # The other 77 criteria: the service layer, as the operator's form would save them (80 forms typed one by one
    # would only make the test slow), every one "B" — the screen then shows them like any other answer.
    evaluasi = Evaluasi.objects.get(pd__slug="sukamaju", tahun=TAHUN)
    operator = Scope.for_user(User.objects.get(username="operator-sukamaju"))
    for k in KriteriaLke.objects.filter(sub_komponen__komponen__lke=evaluasi.lke).exclude(
            kode__in=["1.a.1", "1.a.2", "2.a.1"]):
        services.simpan_jawaban(operator, evaluasi=evaluasi, kriteria=k, sisi=services.PD,
                                data={"nilai_pd": "B", "penjelasan_pd": "Sebagian besar kriteria terpenuhi."})
    page.reload()
    # By hand, all 80 answered: 1.a (1 + 0,9 + 5 × 0,7) / 7 × 6 = 4,628…; 1.b 0,7 × 9 = 6,3; 1.c 0,7 × 15 = 10,5;
    # 2.a (0,8 + 2 × 0,7) / 3 × 6 = 4,4; 2.b 6,3; 2.c 10,5; komponen 3 0,7 × 15 = 10,5; komponen 4 0,7 × 25 = 17,5;
    # Nilai AKIP 21,428… + 21,2 + 10,5 + 17,5 = 70,628… → 70,63, BB.
    ringkasan(page, "70,63", "BB", "mandiri")
    page.get_by_role("button", name="Lanjutkan ke tahap Reviu evaluator").click()
    pesan(page, "Evaluasi kini pada tahap Reviu evaluator.")
    ringkasan(page, "70,63", "BB", "reviu")
    expect(page.locator("form[data-isian]")).to_have_count(0)  # the PD writes nothing during the review
    keluar(page)


def langkah_3_reviu(page: Page) -> None:
    """3. The evaluator reviews three criteria (value, catatan, rekomendasi) and sends to the PD's response."""
    masuk(page, "inspektorat-contoh")
    page.get_by_role("link", name=re.compile(rf"^Evaluasi AKIP {TAHUN} — Kabupaten Contoh")).click()
    baris = page.locator('tr[data-pd="sukamaju"]')
    expect(baris).to_contain_text("Reviu evaluator")
    expect(baris).to_contain_text("70,63")
    baris.get_by_role("link", name="Buka LKE").click()
    isi(page, "1.a.2", nilai_evaluator="B", catatan="Renstra belum memuat indikator jangka panjang.",
        rekomendasi="Agar Renstra memuat indikator jangka panjang yang terukur.")
    isi(page, "2.a.1", nilai_evaluator="BB", catatan="Pedoman tersedia dan dipakai.")
    isi(page, "3.a.1", nilai_evaluator="CC", catatan="LKjIP disusun tetapi terlambat.",
        rekomendasi="Agar LKjIP disusun tepat waktu.")
    # By hand: 1.a (1 + 0,7 + 5 × 0,7) / 7 × 6 = 4,457…, komponen 1 = 21,257…; komponen 2 = 21,2;
    # 3.a (0,6 + 5 × 0,7) / 6 × 3 = 2,05, komponen 3 = 2,05 + 3,15 + 5,25 = 10,45; komponen 4 = 17,5;
    # Nilai AKIP 70,407… → 70,41, BB.
    ringkasan(page, "70,41", "BB", "reviu")
    expect(page.locator("table[data-komponen] tbody tr td.num:last-child, table[data-komponen] tbody tr th.num:last-child")
           ).to_have_text(["21,26", "21,20", "10,45", "17,50", "70,41"])
    expect(page.locator('[data-sub="1.a"] [data-nilai-sub]')).to_have_text("4,46")
    expect(page.locator('[data-sub="3.a"] [data-nilai-sub]')).to_have_text("2,05")
    shot(page, "03-reviu")
    page.get_by_role("button", name="Lanjutkan ke tahap Tanggapan perangkat daerah").click()
    pesan(page, "Evaluasi kini pada tahap Tanggapan perangkat daerah.")
    keluar(page)


def langkah_4_tanggapan(page: Page) -> None:
    """4. The operator answers the review of 1.a.2."""
    masuk(page, "operator-sukamaju")
    ke_lke(page)
    ringkasan(page, "70,41", "BB", "tanggapan")
    isi(page, "1.a.2", tanggapan_pd="Indikator jangka panjang ditambahkan pada reviu Renstra.")
    expect(page.get_by_role("button", name=re.compile("^Lanjutkan ke tahap"))).to_have_count(0)  # final: evaluator
    shot(page, "04-tanggapan")
    keluar(page)


def langkah_5_final(page: Page) -> None:
    """5. The evaluator makes the evaluation final (every criterion has its value: see step 2, and the refusal in
    ``test_final_menolak_kriteria_tanpa_nilai``); the pemda's list then shows the final figure."""
    masuk(page, "inspektorat-contoh")
    page.get_by_role("link", name=re.compile(rf"^Evaluasi AKIP {TAHUN} — Kabupaten Contoh")).click()
    baris = page.locator('tr[data-pd="sukamaju"]')
    expect(baris).to_contain_text("Tanggapan perangkat daerah")
    baris.get_by_role("link", name="Buka LKE").click()
    expect(kriteria(page, "1.a.2")).to_contain_text("Indikator jangka panjang ditambahkan pada reviu Renstra.")
    page.get_by_role("button", name="Lanjutkan ke tahap Final").click()
    pesan(page, "Evaluasi kini pada tahap Final.")
    ringkasan(page, "70,41", "BB", "final")
    expect(page.locator("form[data-isian]")).to_have_count(0)
    shot(page, "05-final")
    page.get_by_role("link", name=PD_NAMA, exact=True).click()  # the breadcrumb, back to the PD's page
    page.get_by_role("link", name=re.compile(rf"^Evaluasi AKIP {TAHUN} — Kabupaten Contoh")).click()
    baris = page.locator('tr[data-pd="sukamaju"]')
    expect(baris.locator("td")).to_have_text(["Kecamatan Sukamaju", "Final", "70,41", "BB (Sangat Baik)", "Buka LKE"])
    baris.get_by_role("link", name="Buka LKE").click()


def langkah_6_lhe(page: Page, tmp_path) -> None:
    """6. The evaluator fills the LHE's data and downloads it in Word and PDF."""
    lhe = page.locator("form[data-form-lhe]")
    lhe.get_by_label("Nomor LHE").fill(f"700/12/425.301/{TAHUN + 1}")
    lhe.get_by_label("Tanggal LHE").fill(f"{TAHUN + 1}-03-14")
    lhe.get_by_label("Tempat penandatanganan LHE").fill("Sukamaju")
    lhe.get_by_label("Jabatan penandatangan").fill("Inspektur Kabupaten Contoh")
    lhe.get_by_label("Nama penandatangan").fill("Drs. Bambang Prasetyo, M.Si.")
    lhe.get_by_label("NIP penandatangan").fill("196805121990031005")
    lhe.get_by_role("button", name="Simpan data LHE").click()
    pesan(page, "Data Laporan Hasil Evaluasi tersimpan.")
    shot(page, "06-lhe")

    berkas = page.locator("[data-berkas-lke]")
    with page.expect_download() as unduhan:
        berkas.get_by_role("link", name="Word", exact=True).click()
    docx = tmp_path / "lhe.docx"
    unduhan.value.save_as(docx)
    dokumen = Document(str(docx))
    teks = "\n".join(p.text for p in dokumen.paragraphs)
    sel = [c.text for t in dokumen.tables for row in t.rows for c in row.cells]
    assert PD_NAMA in teks
    assert f"Nilai AKIP {PD_NAMA} tahun {TAHUN} adalah 70,41 dengan predikat BB (Sangat Baik)." in teks
    assert "DRAF" not in teks
    assert f"Nomor: 700/12/425.301/{TAHUN + 1}" in teks
    # The komponen by hand (step 3): 21,257… → 21,26; 21,20; 10,45; 17,50; total 70,41.
    for nilai in ("21,26", "21,20", "10,45", "17,50", "70,41"):
        assert nilai in sel, nilai
    assert "Agar Renstra memuat indikator jangka panjang yang terukur. (kriteria 1.a.2)" in teks

    with page.expect_download() as unduhan:
        berkas.get_by_role("link", name="PDF", exact=True).click()
    pdf = unduhan.value.path().read_bytes()
    assert pdf.startswith(b"%PDF")
    halaman = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)
    assert PD_NAMA in halaman and "70,41" in halaman


def test_reviu_tanpa_semua_nilai_ditolak(page: Page):
    """5 (the refusal). An evaluation in review with criteria nobody valued: the evaluator's click on sending it to
    the PD's response is refused with the criteria named, and the stage stays (from the response on no side
    writes a value, ``services.HAK``, so an evaluation sent on with gaps could never become final).

    The self-assessment goes through the services (the journey above walks it in the browser); the PD valued
    1.a.1 and 1.a.3 only, so the first five without a value are 1.a.2, 1.a.4, 1.a.5, 1.a.6, 1.a.7 and
    80 − 2 − 5 = 73 more."""
    dunia()
    operator = Scope.for_user(User.objects.get(username="operator-sukamaju"))
    evaluator = Scope.for_user(User.objects.get(username="inspektorat-contoh"))
    pd = PerangkatDaerah.objects.get(slug="sukamaju")
    evaluasi = services.mulai_evaluasi(evaluator, pd=pd, tahun=TAHUN)
    for kode in ("1.a.1", "1.a.3"):
        services.simpan_jawaban(operator, evaluasi=evaluasi, sisi=services.PD, data={"nilai_pd": "BB"},
                                kriteria=KriteriaLke.objects.get(sub_komponen__komponen__lke=evaluasi.lke, kode=kode))
    services.lanjutkan_tahap(operator, evaluasi=evaluasi)

    masuk(page, "inspektorat-contoh")
    ke_lke(page)
    ringkasan(page, "1,37", "D", "reviu")  # by hand: 1.a (0,8 + 0,8) / 7 × 6 = 1,371… → 1,37
    page.get_by_role("button", name="Lanjutkan ke tahap Tanggapan perangkat daerah").click()
    pesan(page, "Belum semua kriteria bernilai: 1.a.2, 1.a.4, 1.a.5, 1.a.6, 1.a.7 dan 73 lainnya.")
    ringkasan(page, "1,37", "D", "reviu")
    shot(page, "05a-tanggapan-ditolak")
    evaluasi.refresh_from_db()
    assert evaluasi.tahap == Evaluasi.Tahap.REVIU
