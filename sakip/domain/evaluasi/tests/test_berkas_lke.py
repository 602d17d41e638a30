"""The LHE (Word, PDF) and the LKE worksheet (Excel) as files, and the worksheet's upload (issue 18): the LHE's
figures for a fully answered evaluation, computed by hand in ``test_evaluasi`` (komponen 22,65; 18,90; 10,10;
15,25; Nilai AKIP 66,90, B); the Excel round trip (download, change cells, preview, save; a bad letter or the other
side's column named by its cell, nothing saved); the LHE form; the commands."""

from __future__ import annotations

import base64
import datetime
import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from docx import Document
from openpyxl import load_workbook
from pypdf import PdfReader

from sakip.domain.evaluasi import services
from sakip.domain.evaluasi.impor import impor_lke
from sakip.domain.evaluasi.lhe import simpan_lhe
from sakip.domain.evaluasi.models import Evaluasi, JawabanLke
from sakip.domain.evaluasi.naskah import build_lhe, tabel_komponen, tabel_sub_komponen
from sakip.domain.evaluasi.tests.test_evaluasi import EVALUATOR_JAWAB, PD_JAWAB, isi_semua, kriteria, scope_of
from sakip.domain.organisation.models import PerangkatDaerah

pytestmark = pytest.mark.django_db

PD, EVALUATOR = services.PD, services.EVALUATOR
LKE = reverse("evaluasi:lke", args=["wonoasih", 2024])
UNGGAH = reverse("evaluasi:unggah", args=["wonoasih", 2024])


def unduh(fmt: str) -> str:
    return reverse("evaluasi:unduh", args=["wonoasih", 2024, fmt])


@pytest.fixture
def evaluasi() -> Evaluasi:
    pd = PerangkatDaerah.objects.get(slug="wonoasih")
    return services.mulai_evaluasi(scope_of("inspektorat-probolinggo"), pd=pd, tahun=2024)


@pytest.fixture
def reviu(evaluasi) -> Evaluasi:
    """Self-assessment done (PD_JAWAB), in the evaluator's review, nothing reviewed yet."""
    operator = scope_of("operator-wonoasih")
    isi_semua(evaluasi, PD, PD_JAWAB, "nilai_pd", operator)
    return services.lanjutkan_tahap(operator, evaluasi=evaluasi)


@pytest.fixture
def final(reviu) -> Evaluasi:
    evaluator = scope_of("inspektorat-probolinggo")
    isi_semua(reviu, EVALUATOR, EVALUATOR_JAWAB, "nilai_evaluator", evaluator)
    for kode, catatan, rekomendasi in (("1.a.1", "Pedoman belum dimutakhirkan.", "Agar memutakhirkan pedoman."),
                                       ("3.a.5", "LKjIP terlambat dipublikasikan.", "Agar LKjIP dipublikasikan tepat waktu.")):
        services.simpan_jawaban(evaluator, evaluasi=reviu, kriteria=kriteria(kode), sisi=EVALUATOR,
                                data={"catatan": catatan, "rekomendasi": rekomendasi})
    services.lanjutkan_tahap(evaluator, evaluasi=reviu)
    evaluasi = services.lanjutkan_tahap(evaluator, evaluasi=reviu)
    simpan_lhe(evaluator, evaluasi=evaluasi, data={
        "nomor_lhe": "700/45/425.301/2025", "tanggal_lhe": datetime.date(2025, 3, 14), "tempat_lhe": "Probolinggo",
        "inspektur_jabatan": "Inspektur Kota Probolinggo", "inspektur_nama": "Drs. Budi Santoso, M.Si.",
        "inspektur_pangkat": "Pembina Utama Muda (IV/c)", "inspektur_nip": "196805121990031005"})
    return evaluasi


# --- the LHE ------------------------------------------------------------------------------------------------


def test_the_lhe_tables_give_each_komponen_and_the_total_computed_by_hand(final):
    h = build_lhe(scope_of("operator-wonoasih"), "wonoasih", 2024)
    assert not h.draf
    assert list(tabel_komponen(h.lke).baris) == [
        ("1.", "Perencanaan Kinerja", "30", "22,65"), ("2.", "Pengukuran Kinerja", "30", "18,90"),
        ("3.", "Pelaporan Kinerja", "15", "10,10"), ("4.", "Evaluasi Akuntabilitas Kinerja Internal", "25", "15,25"),
        ("", "Nilai AKIP", "100", "66,90")]
    # Komponen 3 with its half weights: 3.a (1 + 5 × 0,3) / 6 × 3 = 1,25; 3.b 0,8 × 4,5 = 3,60; 3.c 0,7 × 7,5 = 5,25.
    tiga = tabel_sub_komponen(h.lke.komponen[2])
    assert [(r[0], r[2], r[3]) for r in tiga.baris] == [
        ("3.a", "3", "1,25"), ("3.b", "4,5", "3,60"), ("3.c", "7,5", "5,25"), ("", "15", "10,10")]
    assert (h.lke.predikat.huruf, h.kepala_daerah) == ("B", "Wali Kota Probolinggo")


def test_the_lhe_in_word_and_pdf_carries_the_figures_the_catatan_and_the_signature(final, login):
    client = login("operator-wonoasih")  # the PD reads its own LHE
    word = client.get(unduh("docx"))
    assert word.status_code == 200 and word["Content-Disposition"] == 'attachment; filename="LHE-wonoasih-2024.docx"'
    doc = Document(io.BytesIO(word.content))
    teks = "\n".join([p.text for p in doc.paragraphs]
                     + [c.text for t in doc.tables for row in t.rows for c in row.cells])
    pdf = client.get(unduh("pdf"))
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    teks_pdf = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(io.BytesIO(pdf.content)).pages)
    for isi in (teks, " ".join(teks.split()), teks_pdf):
        for figure in ("22,65", "18,90", "10,10", "15,25", "66,90", "1,25", "3,60", "5,25"):
            assert figure in isi
    for isi in (" ".join(teks.split()), teks_pdf):
        assert "PEMERINTAH KOTA PROBOLINGGO" in isi
        assert "Nomor: 700/45/425.301/2025" in isi
        assert "Hal: Hasil Evaluasi Akuntabilitas Kinerja Instansi Pemerintah (AKIP) Tahun 2024" in isi
        assert "Peraturan Presiden Nomor 29 Tahun 2014" in isi
        assert "adalah 66,90 dengan predikat B (Baik)" in isi
        assert "1. Pedoman belum dimutakhirkan. (kriteria 1.a.1)" in isi
        assert "1. Agar LKjIP dipublikasikan tepat waktu. (kriteria 3.a.5)" in isi
        assert "Probolinggo, 14 Maret 2025" in isi
        assert "Drs. Budi Santoso, M.Si." in isi and "196805121990031005" in isi
        assert "Wali Kota Probolinggo (sebagai laporan)" in isi and "Sekretaris Daerah Kota Probolinggo" in isi
        assert "DRAF" not in isi


def test_the_lhe_is_a_draft_until_final_and_the_command_writes_the_same_files(reviu, tmp_path):
    out = tmp_path / "lhe.docx"
    call_command("lke", unit="wonoasih", year=2024, format="docx", out=out)
    teks = " ".join(p.text for p in Document(str(out)).paragraphs)
    assert "DRAF — evaluasi belum final (tahap Reviu evaluator)" in teks
    assert "Nomor: ........................" in teks  # not set yet
    call_command("lke", unit="wonoasih", year=2024, format="pdf", out=tmp_path / "lhe.pdf")
    assert "DRAF" in PdfReader(str(tmp_path / "lhe.pdf")).pages[0].extract_text()


def test_only_the_evaluator_sets_the_lhe(evaluasi, login):
    url = reverse("evaluasi:lhe", args=["wonoasih", 2024])
    data = {"nomor_lhe": "700/1/2025", "tanggal_lhe": "2025-03-14", "tempat_lhe": "Probolinggo",
            "inspektur_jabatan": "Inspektur", "inspektur_nama": "Budi", "inspektur_pangkat": "", "inspektur_nip": ""}
    operator = login("operator-wonoasih")
    assert "data-form-lhe" not in operator.get(LKE).content.decode()
    assert operator.post(url, data).status_code == 403
    evaluator = login("inspektorat-probolinggo")
    assert "data-form-lhe" in evaluator.get(LKE).content.decode()
    assert evaluator.post(url, data).status_code == 302
    evaluasi.refresh_from_db()
    assert (evaluasi.nomor_lhe, evaluasi.tanggal_lhe, evaluasi.inspektur_nama) == (
        "700/1/2025", datetime.date(2025, 3, 14), "Budi")
    bad = evaluator.post(url, {**data, "tanggal_lhe": "14-13-2025"}, follow=True).content.decode()
    assert "Tanggal LHE: Masukkan tanggal yang valid." in bad


# --- the worksheet in Excel and back --------------------------------------------------------------------------


def baris_kode(ws, kode: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == kode)


def test_the_worksheet_lists_each_row_with_its_nilai_as_computed_by_hand(final, login):
    wb = load_workbook(io.BytesIO(login("camat-wonoasih").get(unduh("xlsx")).content))
    ws = wb["LKE"]
    assert [ws.cell(5, c).value for c in range(1, 12)] == [
        "Kode", "Komponen / sub-komponen / kriteria", "Bobot", "Nilai PD", "Penjelasan PD", "Bukti dukung",
        "Nilai evaluator", "Catatan evaluator", "Rekomendasi", "Tanggapan PD", "Nilai"]
    # Row 6 komponen 1, row 7 sub-komponen 1.a, row 8 its first criterion.
    assert [ws.cell(6, c).value for c in (1, 3, 11)] == ["1", 30, 22.65]
    assert [ws.cell(7, c).value for c in (1, 3, 11)] == ["1.a", 6, 5.4]
    assert [ws.cell(8, c).value for c in (1, 4, 7, 8, 11)] == [
        "1.a.1", "AA", "A", "Pedoman belum dimutakhirkan.", "A"]
    sub_3b = baris_kode(ws, "3.b")
    assert (ws.cell(sub_3b, 3).value, ws.cell(sub_3b, 11).value) == (4.5, 3.6)
    total = next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 2).value == "Nilai AKIP")
    assert (ws.cell(total, 11).value, ws.cell(total + 1, 2).value) == (66.9, "Predikat: B (Baik)")
    assert wb["sakip"].sheet_state == "hidden" and ws.print_title_rows == "$1:$5"


def _ubah(isi: bytes, perubahan: dict[str, object]) -> bytes:
    wb = load_workbook(io.BytesIO(isi))
    for ref, value in perubahan.items():
        wb["LKE"][ref] = value
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def test_round_trip_preview_then_save_two_cells(reviu, login):
    client = login("inspektorat-probolinggo")
    isi = _ubah(client.get(unduh("xlsx")).content, {"G8": "bb", "H8": "Pedoman 2019 belum direvisi."})
    pratinjau = client.post(UNGGAH, {"berkas": _berkas(isi)})
    page = pratinjau.content.decode()
    assert pratinjau.status_code == 200 and page.count("data-perubahan") == 2
    assert "Pedoman 2019 belum direvisi." in page
    assert not JawabanLke.objects.filter(evaluasi=reviu, kriteria=kriteria("1.a.1")).exclude(nilai_evaluator="").exists()
    simpan = client.post(UNGGAH, {"berkas_b64": base64.b64encode(isi).decode(), "simpan": "1"})
    assert simpan.status_code == 302 and simpan["Location"] == LKE
    j = JawabanLke.objects.get(evaluasi=reviu, kriteria=kriteria("1.a.1"))
    assert (j.nilai_pd, j.nilai_evaluator, j.catatan) == ("AA", "BB", "Pedoman 2019 belum direvisi.")
    # Sub-komponen 1.a now: (0,8 + 6 × 1) / 7 × 6 = 5,83 (the PD's AA stands on the six others).
    assert "5,83" in client.get(LKE).content.decode()


def _berkas(isi: bytes):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile("LKE-wonoasih-2024.xlsx", isi)


def test_a_bad_letter_is_named_by_its_cell_and_nothing_is_saved(reviu, login):
    client = login("inspektorat-probolinggo")
    isi = _ubah(client.get(unduh("xlsx")).content, {"G8": "BB", "G9": "X1"})
    res = client.post(UNGGAH, {"berkas_b64": base64.b64encode(isi).decode(), "simpan": "1"})
    page = res.content.decode()
    assert res.status_code == 400 and page.count("data-kesalahan") == 1
    assert "<td>9</td><td>G</td><td>Nilai evaluator kriteria 1.a.2: Nilai “X1” tidak ada pada skala AA–E" in page
    assert not JawabanLke.objects.filter(evaluasi=reviu).exclude(nilai_evaluator="").exists()


def test_the_other_sides_column_is_ignored_unchanged_and_refused_changed(reviu):
    from sakip.domain.evaluasi.cetak import lke_xlsx
    from sakip.domain.evaluasi.dokumen import build_lke

    evaluator = scope_of("inspektorat-probolinggo")
    isi = lke_xlsx(build_lke(evaluator, "wonoasih", 2024))
    # Unchanged, every PD column (D, E, F) is ignored: no change, no error.
    hasil = impor_lke(evaluator, slug="wonoasih", tahun=2024, isi=isi, simpan=True)
    assert (hasil.kesalahan, hasil.perubahan, hasil.terbaca) == ([], [], 80)
    hasil = impor_lke(evaluator, slug="wonoasih", tahun=2024, isi=_ubah(isi, {"D8": "E", "H8": "Catatan"}), simpan=True)
    assert [str(k) for k in hasil.kesalahan] == [
        "Baris 8, kolom D: Nilai PD kriteria 1.a.1 tidak dapat diubah evaluator pada tahap Reviu evaluator; kembalikan "
        "isinya (“AA”) atau unduh lembar kerja lagi."]
    assert not hasil.disimpan
    assert JawabanLke.objects.get(evaluasi=reviu, kriteria=kriteria("1.a.1")).catatan == ""
    # The PD's operator writes nothing in the review stage: its upload is turned away on the page.
    assert impor_lke(scope_of("operator-wonoasih"), slug="wonoasih", tahun=2024, isi=_ubah(isi, {"E8": "x"}),
                     simpan=False).kesalahan[0].kolom == "E"


def test_the_import_command_checks_then_saves_and_refuses_another_pds_worksheet(evaluasi, tmp_path, capsys):
    call_command("lke", unit="wonoasih", year=2024, format="xlsx", out=tmp_path / "lke.xlsx")
    berkas = tmp_path / "isi.xlsx"
    berkas.write_bytes(_ubah((tmp_path / "lke.xlsx").read_bytes(), {"D8": "A", "E8": "Perwali 12/2023"}))
    call_command("import", "lke", str(berkas), unit="wonoasih", year=2024, periksa=True)
    out = capsys.readouterr().out
    assert "Baris 8, kolom D: kriteria 1.a.1 — Nilai PD: - → A" in out
    assert "2 isian berubah (diperiksa, belum disimpan)." in out
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()
    call_command("import", "lke", str(berkas), unit="wonoasih", year=2024)
    j = JawabanLke.objects.get(evaluasi=evaluasi, kriteria=kriteria("1.a.1"))
    assert (j.nilai_pd, j.penjelasan_pd) == ("A", "Perwali 12/2023")
    services.mulai_evaluasi(scope_of("inspektorat-probolinggo"), pd=PerangkatDaerah.objects.get(slug="kanigaran"),
                            tahun=2024)
    with pytest.raises(CommandError, match="1 kesalahan; tidak ada yang disimpan"):
        call_command("import", "lke", str(berkas), unit="kanigaran", year=2024)
    assert "Berkas ini lembar kerja “wonoasih” tahun “2024”, bukan kanigaran tahun 2024." in capsys.readouterr().err


def test_text_that_looks_like_a_formula_goes_out_as_text_and_comes_back_unchanged(reviu):
    from sakip.domain.evaluasi.cetak import lke_xlsx
    from sakip.domain.evaluasi.dokumen import build_lke

    evaluator = scope_of("inspektorat-probolinggo")
    services.simpan_jawaban(evaluator, evaluasi=reviu, kriteria=kriteria("1.a.1"), sisi=EVALUATOR,
                            data={"catatan": '=HYPERLINK("http://x","klik")', "rekomendasi": "=1+1"})
    isi = lke_xlsx(build_lke(evaluator, "wonoasih", 2024))
    ws = load_workbook(io.BytesIO(isi))["LKE"]
    assert (ws["H8"].data_type, ws["H8"].value, ws["I8"].data_type) == ("s", '=HYPERLINK("http://x","klik")', "s")
    hasil = impor_lke(evaluator, slug="wonoasih", tahun=2024, isi=isi, simpan=True)
    assert (hasil.kesalahan, hasil.perubahan) == ([], [])
