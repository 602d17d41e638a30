"""The LKjIP's content and tables as the staff who sign it read them (issue 15), against seed 002: columns wide
enough that no figure breaks, the real data source of each indicator, the analysis staff wrote, the programs that
supported each sasaran, counts that match the tables, a narrative figure that disagrees with its table named,
the PK annexes told apart, landscape pages only for wide tables, the map of Bab I."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document
from docx.oxml.ns import qn

from sakip.core.scoping import Scope
from sakip.documents.naskah import Tabel
from sakip.domain.reporting import naskah
from sakip.domain.reporting.dokumen import LKJIP, build_lkjip

pytestmark = pytest.mark.django_db

KELOMPOK = "Persentase Kelompok dan Lembaga Kemasyarakatan yang Difasilitasi"
IKM = "Indeks Kepuasan Masyarakat (IKM)"
ADMINISTRASI = "Persentase Capaian Pengelolaan Administrasi Perkantoran yang ditangani sesuai ketentuan"
TWIPS = 20  # the grid's widths are in twentieths of a point
AIR = 5.6 + 3.0  # a Word cell's margins (2 × 2,8 pt, lebar.WORD_TEPI) and 0,3 × the 10 pt of the table text


def dok():
    return build_lkjip(Scope.system(), "wonoasih", 2024)


def tabel(data, judul: str) -> Tabel:
    return next(p for b in naskah.bab(data) for p in b.isi if isinstance(p, Tabel) and p.label.startswith(judul))


def muat(twips: int, pt: float) -> bool:
    """A grid column holds a piece ``pt`` wide with the cell's margins (less a twip lost to rounding EMU)."""
    return twips >= (pt + AIR) * TWIPS - 1


def docx_tables(data) -> dict[str, list[int]]:
    """Caption → the grid widths (twips) of the table under it, in the Word file."""
    doc = Document(io.BytesIO(LKJIP.berkas(data, "docx").isi))
    out, caption = {}, None
    for block in doc.element.body:
        if block.tag == qn("w:p"):
            text = "".join(t.text or "" for t in block.iter(qn("w:t"))).strip()
            style = block.find(f"{qn('w:pPr')}/{qn('w:pStyle')}")
            caption = text if style is not None and "Judul" in style.get(qn("w:val")) and text else caption
        elif block.tag == qn("w:tbl") and caption:
            out.setdefault(caption, [int(g.get(qn("w:w"))) for g in block.iter(qn("w:gridCol"))])
            caption = None
    return out


def test_no_figure_code_or_word_is_narrower_than_its_column_in_word():
    widths = docx_tables(dok())
    # The tables' text is 10 pt (lebar.WORD_PT). Tabel 3.26: pagu 9.638.366.951 = (10 × 556 + 3 × 278) × 10 / 1000
    # = 63,94 pt; the code 7.01.01.2.06.0002 = (12 × 556 + 5 × 278) × 10 / 1000 = 80,62 pt.
    realisasi = widths["Tabel 3.26 Realisasi Anggaran Kecamatan Wonoasih Tahun 2024"]
    assert muat(realisasi[0], 80.62) and muat(realisasi[4], 63.94)
    # The Renstra matrix: the targets of 2020–2022 hold "94,12" = (4 × 556 + 278) × 10 / 1000 = 25,02 pt, those
    # of 2023–2024 "100%" = (3 × 556 + 889) × 10 / 1000 = 25,57 pt (it printed "84,50" one character a line).
    matrik = widths["Matrik Rencana Strategis: Indikator dan Target"]
    assert len(matrik) == 10 and all(muat(w, 25.02) for w in matrik[5:8]) and all(muat(w, 25.57) for w in matrik[8:])
    # Tabel 3.8, 3.16, 3.24: Target and Realisasi hold their headers whole; bold "penyesuaian" = 611 + 556 + 611
    # + 556 + 556 + 556 + 611 + 556 + 278 + 556 + 611 = 6.059 → 60,59 pt, bold "Realisasi" (722 + 556 + 556 + 278
    # + 278 + 556 + 556 + 556 + 278 = 4.336) 43,36 pt.
    for nomor in ("3.8", "3.16", "3.24"):
        analisis = next(w for c, w in widths.items() if c.startswith(f"Tabel {nomor} Analisis Penyebab"))
        assert muat(analisis[2], 60.59) and muat(analisis[3], 43.36), nomor


def test_no_figure_breaks_inside_its_cell_in_the_pdf():
    from pypdf import PdfReader

    data = dok()
    words = set(re.split(r"\s+", "\n".join(p.extract_text() for p in PdfReader(
        io.BytesIO(LKJIP.berkas(data, "pdf").isi)).pages)))
    figures = {cell for b in naskah.bab(data) for p in b.isi if isinstance(p, Tabel) for row in p.baris
               for cell in row if re.fullmatch(r"[\d.,%]{5,}", cell)}
    assert {"9.638.366.951", "14.415.022.746", "13.770.521.146", "107,14%", "7.01.01.2.06.0002"} <= figures | {
        "7.01.01.2.06.0002"}
    assert sorted(f for f in figures if f not in words) == []


def test_the_rekap_names_each_indicators_own_data_source():
    from sakip.domain.planning.models import Indikator

    rekap = tabel(dok(), "Rekap Capaian Kinerja")
    assert [(r[1], r[4]) for r in rekap.baris] == [
        (KELOMPOK, "Data Sasaran Fasilitasi Pemberdayaan Masyarakat yang diperoleh dari Surat Kelurahan tentang "
                   "Jumlah LKK yang difasilitasi"),
        (IKM, "Skor terdapat pada Dokumen Survey Kepuasan Masyarakat (SKM)"),
        (ADMINISTRASI, "Dokumen Administrasi Perkantoran")]
    Indikator.objects.filter(pd__slug="wonoasih", nama=IKM, sasaran__tujuan__renstra__tahun_mulai=2019).update(
        sumber_data="")
    data = dok()
    assert tabel(data, "Rekap Capaian Kinerja").baris[1][4] == "-"
    assert [c.lokasi for c in data.checks if c.kode == "sumber-data-kosong"] == [IKM]


def test_the_analysis_tables_print_what_staff_wrote_and_bab_iv_its_next_steps():
    data = dok()
    # Bab III follows the Renstra's order of sasaran: Kelompok (3.2–3.9), IKM (3.10–3.17), administrasi (3.18–3.25).
    analisis = tabel(data, "Tabel 3.8 Analisis Penyebab")
    # Seed 002 Tabel 3.24: no solution was written, so there is no empty Solusi column.
    assert analisis.kepala == ("Indikator kinerja utama", "Target Renstra", "Target penyesuaian", "Realisasi",
                               "Analisis penyebab")
    # The Renstra's 2024 target is 80% (its matrix); seed 002's Bab III prints 40% there, its PK "Target Renstra".
    assert analisis.baris == [(KELOMPOK, "80%", "80%", "85,71%",
                               "Fasilitasi kepada kelompok dan lembaga masyarakat sudah dilaksanakan sesuai target.")]
    langkah = tabel(data, "Tabel 4.1")
    # Percentages keep their %; each note names its own indicator (seed 002's "Catatan Analisa").
    assert langkah.baris[0][:6] == ("1", KELOMPOK, "35%", "80%", "35%", "85,71%")
    assert len({r[6] for r in langkah.baris}) == 3 and all(r[1] in r[6] for r in langkah.baris)
    bab4 = next(b for b in naskah.bab(data) if b.judul == "4.2 Langkah-langkah untuk Meningkatkan Kinerja")
    assert bab4.isi[0].startswith("Melihat dari hasil capaian kinerja yang telah dilaksanakan")
    kesimpulan = next(b for b in naskah.bab(data) if b.judul == "4.1 Kesimpulan")
    assert kesimpulan.isi[-1].startswith("Sisa anggaran tersebut disebabkan karena pada Kegiatan Pemberdayaan")


def test_a_written_solution_gets_its_column():
    from sakip.domain.reporting.models import AnalisisCapaian

    AnalisisCapaian.objects.filter(indikator__nama=IKM, tahun=2024).update(solusi="Menambah loket pelayanan.")
    analisis = tabel(dok(), "Tabel 3.16 Analisis Penyebab")
    assert analisis.kepala[-1] == "Solusi yang telah dilakukan"
    assert analisis.baris[0][-1] == "Menambah loket pelayanan."


def test_tabel_3_9_lists_the_programs_kegiatan_and_sub_kegiatan_that_supported_the_sasaran():
    rows = tabel(dok(), "Tabel 3.17 Analisis Program/Kegiatan").baris
    assert rows[0][:4] == (IKM, "94,14", "94,14", "94,17") and all(r[:4] == ("", "", "", "") for r in rows[1:])
    kecamatan = "Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di Wilayah Kecamatan"
    # Seed 002 Tabel 3.9: 14 lines, the sub kegiatan split by lokasi once per lokasi (in Tabel 3.26's order).
    assert [r[4] for r in rows] == [
        "PROGRAM PENYELENGGARAAN PEMERINTAHAN DAN PELAYANAN PUBLIK",
        "Penyelenggaraan Urusan Pemerintahan yang Tidak Dilaksanakan oleh Unit Kerja Perangkat Daerah yang Ada di "
        "Kecamatan",
        *[f"{kecamatan} ({lokasi})" for lokasi in ("Kecamatan Wonoasih", "Sumber Taman", "Kedung Asem",
                                                    "Kedunggaleng", "Pakistaji", "Jrebeng Kidul", "Wonoasih")],
        "Koordinasi Penyelenggaraan Kegiatan Pemerintahan di Tingkat Kecamatan",
        "Peningkatan Efektifitas Kegiatan Pemerintahan di Tingkat Kecamatan",
        "PROGRAM PENYELENGGARAAN URUSAN PEMERINTAHAN UMUM",
        "Penyelenggaraan Urusan Pemerintahan Umum Sesuai Penugasan Kepala Daerah",
        "Fasilitasi, Koordinasi dan Pembinaan (Bimtek, Sosialisasi, Konsultasi) Wawasan Kebangsaan dan Ketahanan "
        "Nasional"]


def test_the_ikhtisar_counts_what_the_tables_list():
    data = dok()
    ikhtisar = next(b for b in naskah.opsi(data)["ringkasan"] if b.judul == "IKHTISAR EKSEKUTIF").isi[1]
    program = tabel(data, "Tabel 2.2 Program dan Kegiatan").baris
    # Tabel 2.2: 4 programs, 13 kegiatan, 45 rows = 24 sub kegiatan, four of them split by lokasi (7 + 6 + 6 + 6).
    assert (sum(bool(r[1]) for r in program), sum(bool(r[2]) for r in program), len(program)) == (4, 13, 45)
    assert ("memiliki 3 sasaran dengan 3 indikator kinerja, 4 Program, 13 Kegiatan dan 24 Sub Kegiatan (45 rincian "
            "sub kegiatan per lokasi)") in ikhtisar


def test_a_narrative_figure_that_disagrees_with_its_table_is_named():
    from sakip.domain.profil.models import UraianProfil

    check = [c for c in dok().checks if c.kode == "angka-uraian-beda-tabel"]
    # Seed 002: "32.834 jiwa" above Tabel 1.2, whose rows sum to 16.200 + 16.387 = 32.587.
    assert [(c.lokasi, c.pesan) for c in check] == [("Bab I Kependudukan", (
        "Uraian menyebut 32.834, sedangkan jumlah pada tabel “Jumlah Penduduk Tahun 2024 (s/d Bulan Desember)” "
        "32.587; samakan angka uraian dengan tabel."))]
    uraian = UraianProfil.objects.get(pd__slug="wonoasih", judul="Kependudukan")
    UraianProfil.objects.filter(pk=uraian.pk).update(teks=uraian.teks.replace("32.834", "32.587"))
    assert not [c for c in dok().checks if c.kode == "angka-uraian-beda-tabel"]


def test_only_wide_tables_go_landscape_and_annexes_carry_one_title():
    sections = naskah.bab(dok())
    lebar = {p.label: p.lebar for b in sections for p in b.isi if isinstance(p, Tabel) and p.label}
    assert lebar["Tabel 3.26 Realisasi Anggaran Kecamatan Wonoasih Tahun 2024"]
    assert lebar["Matrik Rencana Strategis: Indikator dan Target"]
    assert not lebar["Tabel 4.1 Pencapaian Kinerja Pelayanan Kecamatan Wonoasih"]
    assert not lebar["Tabel 1.2 Jumlah Penduduk Tahun 2024 (s/d Bulan Desember)"]
    # The quarterly annexes: a landscape table under its heading, with no caption repeating it.
    annex = [b for b in sections if b.judul.startswith("Pengukuran Kinerja Kecamatan Wonoasih Triwulan")]
    assert [b.judul for b in annex] == [f"Pengukuran Kinerja Kecamatan Wonoasih Triwulan {r} Tahun 2024"
                                        for r in ("I", "II", "III", "IV")]
    assert all(b.isi[0].judul == "" and b.isi[0].lebar for b in annex)
    pk = [b for b in sections if b.judul == "Perjanjian Kinerja Tahun 2024"]
    assert [b.isi[0] for b in pk] == [
        "Penetapan awal, ditandatangani di Probolinggo pada 2 Januari 2024",
        "Perubahan ke-1 (pergantian pejabat), ditandatangani di Probolinggo pada 1 Februari 2024",
        "Perubahan ke-2 (perubahan anggaran), ditandatangani di Probolinggo pada 1 November 2024"]


def test_the_uploaded_map_is_bab_is_first_picture_in_word_and_pdf(login, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse
    from PIL import Image
    from pypdf import PdfReader

    from sakip.domain.profil.models import ProfilPd

    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    Image.new("RGB", (300, 600), (40, 120, 60)).save(buffer, format="JPEG")  # a tall map, as a JPEG
    profil = ProfilPd.objects.get(pd__slug="wonoasih", tahun=2024)
    client = login("operator-wonoasih")
    response = client.post(reverse("profil:profil", args=["wonoasih", 2024]), {
        "aksi": "profil", "tanggal": "2025-01-31", "tempat": profil.tempat, "pendahuluan": profil.pendahuluan,
        "peta": SimpleUploadedFile("peta.jpg", buffer.getvalue(), content_type="image/jpeg")}, follow=True)
    assert "Profil disimpan." in response.content.decode()
    assert "memakai gambar yang diunggah; dicetak di Bab I sebagai Gambar 1" in response.content.decode()
    data = dok()
    gambar = next(p for b in naskah.bab(data) for p in b.isi if getattr(p, "nomor", "") == "Gambar 1")
    assert gambar.label == "Gambar 1 Peta Kecamatan Wonoasih"
    # Printed 150 mm wide, a 300 × 600 picture would be 300 mm tall: padded to 462 × 600 (600 / 1,3 = 461,5).
    with Image.open(io.BytesIO(gambar.png)) as png:
        assert (png.format, png.size) == ("PNG", (462, 600))
    doc = Document(io.BytesIO(LKJIP.berkas(data, "docx").isi))
    captions = [p.text for p in doc.paragraphs if p.style.name == "Judul Tabel"]
    assert captions.index("Gambar 1 Peta Kecamatan Wonoasih") < captions.index("Tabel 1.1 Luas dan Jarak Kelurahan "
                                                                              "ke Kecamatan Wonoasih")
    assert "Gambar 2 Bagan Struktur Organisasi Kecamatan Wonoasih" in captions
    assert len(doc.inline_shapes) == 5  # the map, the chart and three charts of Bab III
    pdf = PdfReader(io.BytesIO(LKJIP.berkas(data, "pdf").isi))
    assert "Gambar 1 Peta Kecamatan Wonoasih" in "\n".join(p.extract_text() for p in pdf.pages)
    assert sum(len(p.images) for p in pdf.pages) == 5


def test_a_picture_too_large_is_refused_by_name(login, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse
    from PIL import Image

    from sakip.domain.profil.models import ProfilPd

    settings.MEDIA_ROOT = tmp_path
    buffer = io.BytesIO()
    Image.new("RGB", (10, 10)).save(buffer, format="PNG")
    big = buffer.getvalue() + b"\0" * (5 * 1024 * 1024)  # a valid picture followed by 5 MB
    client = login("operator-wonoasih")
    html = client.post(reverse("profil:profil", args=["wonoasih", 2024]), {
        "aksi": "profil", "tanggal": "2025-01-31", "peta": SimpleUploadedFile("peta.png", big)}).content.decode()
    assert "Berkas peta terlalu besar (5 MB); paling besar 5 MB." in html
    assert not ProfilPd.objects.get(pd__slug="wonoasih", tahun=2024).peta


def test_every_label_of_the_organisation_chart_stays_inside_its_box():
    import numpy as np
    from PIL import Image

    from sakip.documents.grafik import bagan

    png = bagan("CAMAT", [("Sekretariat", ("Subbagian Program dan Keuangan", "Subbagian Tata Usaha")),
                          ("Kelompok Jabatan Fungsional", ())],
                [("Seksi Pemerintahan", ()), ("Seksi Pemberdayaan Masyarakat", ()),
                 ("Seksi Ketentraman dan Ketertiban", ()), ("Seksi Kesejahteraan Sosial", ())],
                [f"Kelurahan {n}" for n in ("Wonoasih", "Jrebeng Kidul", "Pakistaji", "Kedunggaleng", "Kedung Asem",
                                            "Sumber Taman", "Penyelenggaraanpemerintahan")])
    pixels = np.asarray(Image.open(io.BytesIO(png)).convert("RGB")).astype(int)
    # Text is black; boxes are filled #eef3fa; outside them the page is white. A letter that overflowed its box
    # would have white (255, 255, 255) right beside it.
    text = (pixels.max(axis=2) < 90)
    white = (pixels.min(axis=2) == 255)
    near = np.zeros_like(white)
    for dy in (-2, -1, 0, 1, 2):
        for dx in (-2, -1, 0, 1, 2):
            near |= np.roll(np.roll(white, dy, axis=0), dx, axis=1)
    assert text.sum() > 1000 and not (text & near).any()
