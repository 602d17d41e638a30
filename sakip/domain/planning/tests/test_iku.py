"""The IKU document: its JSON against the four seed IKU, and the Word, PDF, command and pages built from it.

Expected values are typed from the seed documents (../shared/seeds/000, 001, 003, 004).
"""

from __future__ import annotations

import io
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.template.loader import render_to_string
from django.urls import reverse
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm
from pypdf import PdfReader

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import Scope
from sakip.domain.planning.dokumen import IKU, build_iku

pytestmark = pytest.mark.django_db


def iku_json(slug: str, tahun: int) -> dict:
    return build_iku(Scope.system(), slug, tahun).as_json()


# --- seed 000: Wonoasih 2026–2027 -------------------------------------------------------------------


def test_wonoasih_2026_matches_seed_000():
    data = iku_json("wonoasih", 2026)
    assert data["unit"] == {"slug": "wonoasih", "nama": "Kecamatan Wonoasih", "pemda": "Kota Probolinggo"}
    assert data["tahun"] == [2026, 2027]
    assert data["tujuan"] == ["Meningkatnya Kualitas Pelayanan Kecamatan"]
    assert data["indikator_tujuan"] == ["Indeks Kepuasan Masyarakat terhadap Layanan Kecamatan"]
    assert data["sasaran"] == [
        "Meningkatnya Kualitas Tata Kelola Kelurahan dan Kecamatan",
        "Meningkatnya Kapasitas dan Partisipasi Kelompok serta Lembaga Kemasyarakatan",
        "Meningkatnya Kinerja Penyelenggaraan Pemerintahan yang Akuntabel",
    ]
    assert len(data["tugas"]) == 11 and data["tugas"][0] == "1. Menyelenggarakan urusan pemerintahan umum;"
    assert data["fungsi"] == ["Meningkatkan koordinasi penyelenggaraan pemerintahan, pelayanan publik, dan "
                              "pemberdayaan masyarakat"]
    rows = data["indikator"]
    assert [r["nama"] for r in rows] == [
        "Indeks Kepuasan Masyarakat terhadap Layanan Kecamatan",
        "Persentase Kelurahan dengan Kategori Cepat Berkembang dalam Evaluasi Perkembangan Desa/Kelurahan",
        "Persentase Lembaga Kemasyarakatan yang difasilitasi",
        "Persentase Kelompok Masyarakat yang aktif",
        "Nilai SAKIP (Sistem Akuntabilitas Kinerja Instansi Pemerintah) pada Kecamatan Wonoasih",
    ]
    assert [r["target"] for r in rows] == [
        {"2026": 94.12, "2027": 94.2}, {"2026": 100, "2027": 100}, {"2026": 85.91, "2027": 86.01},
        {"2026": 86.5, "2027": 86.75}, {"2026": 85.47, "2027": 85.48},
    ]
    assert rows[2]["target_teks"] == {"2026": "85,91%", "2027": "86,01%"}
    assert rows[0]["target_teks"] == {"2026": "94,12", "2027": "94,20"}  # as the seed writes them
    assert rows[3]["target_teks"] == {"2026": "86,50%", "2027": "86,75%"}
    assert rows[0]["penanggung_jawab"] == ""  # the seed leaves it empty
    assert rows[1]["penanggung_jawab_daftar"] == ["Kepala Seksi Pelayanan", "Kepala Seksi Pemerintahan",
                                                  "Kepala Seksi Ketentraman dan Ketertiban"]
    assert rows[4]["penanggung_jawab"] == "Sekretaris"
    assert rows[2]["formula"] == ("(Jumlah Lembaga Kemasyarakatan yang Difasilitasi/Jumlah Lembaga Kemasyarakatan "
                                  "yang Ada)*100%")
    assert rows[1]["sumber_data"] == "Aplikasi Evaluasi Perkembangan Desa dan Kelurahan (EPDESSEL) Kemendagri"
    assert rows[0]["kinerja_utama"] == "Meningkatnya Kualitas Pelayanan Kecamatan"
    assert data["penetapan"] is None  # seed 000 carries no signature


def test_rows_sharing_a_kinerja_utama_form_one_numbered_group():
    dok = build_iku(Scope.system(), "wonoasih", 2027)
    # Seed 000 numbers 1., 2., 3. (two indicators), 4.
    assert [(k.no, len(k.indikator)) for k in dok.kelompok] == [(1, 1), (2, 1), (3, 2), (4, 1)]


# --- seed 001: Kanigaran 2020–2024 ------------------------------------------------------------------


def test_kanigaran_2022_matches_seed_001():
    data = iku_json("kanigaran", 2022)
    assert data["tahun"] == [2020, 2021, 2022, 2023, 2024]
    rows = data["indikator"]
    assert len(rows) == 3
    assert rows[0]["target"] == {"2020": 25, "2021": 30, "2022": 35, "2023": 40, "2024": 45}
    assert rows[1]["target"] == {"2020": 82.5, "2021": 83, "2022": 83.5, "2023": 84, "2024": 84.5}
    assert rows[1]["target_teks"]["2020"] == "82,5%"
    assert rows[2]["target"] == {"2020": 250, "2021": 255, "2022": 260, "2023": 265, "2024": 270}
    assert [r["sumber_data"] for r in rows] == ["Data Kelompok dan Lembaga Kemasyarakatan", "Dokumen SKM",
                                                "SIJINGGO (Sistem Jaringan Informasi Good Government)"]
    assert [r["penanggung_jawab"] for r in rows] == ["Kasi Pemberdayaan Masyarakat", "Kasi Pelayanan",
                                                     "Kasi Pemerintahan"]
    assert data["tugas"][0] == "a. menyelenggarakan Urusan Pemerintahan umum;" and len(data["tugas"]) == 11


# --- seed 003: Purworejo 2023 -----------------------------------------------------------------------


def test_purworejo_2023_matches_seed_003():
    data = iku_json("purworejo", 2023)
    rows = data["indikator"]
    assert len(rows) == 12  # the seed lists the three tata-kelola indicators under both tujuan
    assert rows[0]["nama"] == "Indeks Kepuasan Masyarakat atas layanan kecamatan"
    assert rows[0]["target"] == {"2023": 81.14}
    sakip_rows = [r for r in rows if r["nama"] == "Nilai SAKIP SKPD"]
    assert len(sakip_rows) == 2
    assert sakip_rows[0]["target"] == {"2023": 63} and sakip_rows[0]["target_teks"] == {"2023": "B (63,00)"}
    assert [r["tujuan"] for r in sakip_rows] == ["Terwujudnya pelayanan prima kepada masyarakat",
                                                 "Meningkatnya pemberdayaan masyarakat"]
    assert rows[2]["target_teks"] == {"2023": "100,00%"} and rows[2]["target"] == {"2023": 100}
    assert rows[8]["target"] == {"2023": 78.5}
    assert data["penetapan"] == {
        "tempat": "Pasuruan", "tanggal": "2023-01-02", "tanggal_teks": "2 Januari 2023",
        "jabatan": "Camat Purworejo", "nama": "M. ALELAN AFANDI, S.STP", "nip": "19841205 200602 1 001",
        "pangkat": "",
    }


# --- seed 004: Sumberjambe 2022 ---------------------------------------------------------------------


def test_sumberjambe_2022_matches_seed_004_which_has_no_targets():
    data = iku_json("sumberjambe", 2022)
    rows = data["indikator"]
    assert [r["nama"] for r in rows] == [
        "Nilai Surve Kepuasan Masyarakat",
        "Persentase hasil koordinasi penyelenggaraan pemberdayaan masyarakat dan kesejahteraan sosial yang "
        "ditinjaklanjuti",
        "Persentase hasil koordinasi penyelenggaraan ketentraman dan ketertiban umum yang ditinjaklanjuti",
        "Persentase hasil koordinasi penyelenggaraan pemerintahan yang ditinjaklanjuti",
    ]
    assert all(r["target"] == {} for r in rows)
    assert [r["penanggung_jawab"] for r in rows] == [
        "Seksi Pelayanan Umum", "Seksi Pemberdayaan dan Kesejahteraan Sosial",
        "Seksi Ketentraman dan Ketertiban Umum", "Seksi Pemerintahan"]
    assert rows[3]["sumber_data"] == "Hasil rapat koordinasi bidang Pemerintahan"
    assert data["tujuan"] == ["Meningkatkan Tata Kelola Yang baik melalui peningkatan Peran Kecamatan sebagai "
                              "Garda Terdepan dalam peningkatan kualitas layanan kepada masyarakat"]
    assert len(data["fungsi"]) == 17


# --- reading rules ----------------------------------------------------------------------------------


def test_a_year_without_iku_and_an_unknown_unit_have_one_line_messages():
    with pytest.raises(TidakDitemukan, match="tidak memiliki IKU untuk tahun 2031"):
        build_iku(Scope.system(), "wonoasih", 2031)
    with pytest.raises(TidakDitemukan, match="“entah” tidak ditemukan"):
        build_iku(Scope.system(), "entah", 2026)


def test_another_pd_is_invisible_to_an_operator():
    from django.contrib.auth import get_user_model

    operator = get_user_model().objects.get(username="operator-wonoasih")
    with pytest.raises(TidakDitemukan):
        build_iku(Scope.for_user(operator), "kanigaran", 2022)
    assert build_iku(Scope.for_user(operator), "wonoasih", 2026).unit_slug == "wonoasih"


def test_building_the_document_takes_a_fixed_number_of_queries(django_assert_num_queries):
    # pd, iku, entri, targets, penanggung jawab, the tujuan's indicators, signatory: the same for 3 rows or 12.
    with django_assert_num_queries(7):
        build_iku(Scope.system(), "purworejo", 2023)
    with django_assert_num_queries(6):  # no date of penetapan: no signatory to look up
        build_iku(Scope.system(), "kanigaran", 2022)


# --- Word and PDF -----------------------------------------------------------------------------------


def _docx(slug: str, tahun: int) -> Document:
    return Document(io.BytesIO(IKU.berkas(build_iku(Scope.system(), slug, tahun), "docx").isi))


def _cell_texts(table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def test_the_word_file_has_the_seed_layout():
    doc = _docx("wonoasih", 2026)
    section = doc.sections[0]
    assert section.page_width > section.page_height  # A4 landscape
    texts = [p.text for p in doc.paragraphs]
    assert "INDIKATOR KINERJA UTAMA (IKU)" in texts and "KECAMATAN WONOASIH KOTA PROBOLINGGO" in texts
    identitas, iku_table, target_table = doc.tables[:3]
    assert _cell_texts(identitas)[0] == ["Instansi", ":", "Kecamatan Wonoasih"]
    header = _cell_texts(iku_table)[0]
    assert header[1].startswith("KINERJA UTAMA") and header[4] == "SUMBER DATA" and header[5] == "PENANGGUNG JAWAB"
    assert iku_table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None  # repeated on each page
    body = _cell_texts(iku_table)[1:]
    assert len(body) == 5
    assert body[1][5].split("\n") == ["Kepala Seksi Pelayanan", "Kepala Seksi Pemerintahan",
                                      "Kepala Seksi Ketentraman dan Ketertiban"]
    # rows 3 and 4 share one merged number and kinerja utama cell
    assert body[2][0] == body[3][0] == "3." and body[2][1] == body[3][1]
    assert body[2][3].split("\n") == [
        "Formulasi Perhitungan : (Jumlah Lembaga Kemasyarakatan yang Difasilitasi/Jumlah Lembaga Kemasyarakatan yang "
        "Ada)*100%",
        "Pembilang : Jumlah Lembaga Kemasyarakatan yang Difasilitasi",
        "Penyebut : Jumlah Lembaga Kemasyarakatan yang Ada",
    ]
    targets = _cell_texts(target_table)
    assert targets[0][3] == targets[0][4] == "TARGET" and targets[1][3:] == ["2026", "2027"]
    assert targets[2][3:] == ["94,12", "94,20"] and targets[4][3:] == ["85,91%", "86,01%"]


def test_the_word_file_is_signed_by_the_camat_of_the_date():
    doc = _docx("purworejo", 2023)
    signature = doc.tables[-1].rows[0].cells[1].text.split("\n")
    assert signature[0] == "Pasuruan, 2 Januari 2023"
    assert signature[1] == "CAMAT PURWOREJO,"
    assert "M. ALELAN AFANDI, S.STP" in signature and "NIP. 19841205 200602 1 001" in signature
    targets = _cell_texts(doc.tables[2])
    assert ["B (63,00)"] == [row[3] for row in targets if row[2] == "Nilai SAKIP SKPD"][:1]


def test_the_pdf_carries_the_same_figures():
    pdf = IKU.berkas(build_iku(Scope.system(), "purworejo", 2023), "pdf").isi
    assert pdf.startswith(b"%PDF")
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "KECAMATAN PURWOREJO KOTA PASURUAN" in text
    for figure in ("81,14", "B (63,00)", "78,50%", "85,71%", "2 Januari 2023", "19841205 200602 1 001"):
        assert figure in text, figure
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # landscape


# --- command ----------------------------------------------------------------------------------------


def test_the_command_prints_json(capfdbinary):
    call_command("iku", unit="wonoasih", year=2026)
    data = json.loads(capfdbinary.readouterr().out)
    assert data["indikator"][0]["target"] == {"2026": 94.12, "2027": 94.2}


def test_the_command_writes_word_and_pdf_files(tmp_path):
    for fmt in ("docx", "pdf"):
        out = tmp_path / f"iku.{fmt}"
        call_command("iku", unit="kanigaran", year=2021, format=fmt, out=out)
        assert out.read_bytes()[:4] == (b"PK\x03\x04" if fmt == "docx" else b"%PDF")


@pytest.mark.parametrize(("unit", "year", "message"), [
    ("entah", "2026", "Perangkat daerah “entah” tidak ditemukan."),
    ("wonoasih", "2031", "Kecamatan Wonoasih tidak memiliki IKU untuk tahun 2031."),
])
def test_an_unknown_unit_or_year_is_one_line_and_exits_non_zero(unit, year, message, capsys):
    from sakip.domain.planning.management.commands.iku import Command

    with pytest.raises(SystemExit) as exit_info:
        Command().run_from_argv(["sakip", "iku", "--unit", unit, "--year", year])
    assert exit_info.value.code != 0
    assert capsys.readouterr().err.strip() == f"CommandError: {message}"


def test_a_binary_format_without_out_is_refused():
    with pytest.raises(CommandError, match="--out"):
        call_command("iku", unit="wonoasih", year=2026, format="pdf")


# --- pages ------------------------------------------------------------------------------------------


def test_the_iku_page_shows_the_document_with_download_links(login):
    client = login("operator-wonoasih")
    html = client.get(reverse("planning:iku", args=["wonoasih", 2026])).content.decode()
    for text in ("KECAMATAN WONOASIH KOTA PROBOLINGGO", "85,91%", "Kepala Seksi Ketentraman dan Ketertiban",
                 reverse("planning:iku_unduh", args=["wonoasih", 2026, "docx"])):
        assert text in html, text


def test_the_pd_page_links_to_its_iku(login):
    html = login("operator-wonoasih").get(reverse("beranda:pd", args=["wonoasih"])).content.decode()
    assert reverse("planning:iku", args=["wonoasih", 2026]) in html


@pytest.mark.parametrize(("fmt", "content_type", "magic"), [
    ("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", b"PK"),
    ("pdf", "application/pdf", b"%PDF"),
    ("json", "application/json", b"{"),
])
def test_downloads_are_attachments_named_after_the_unit(login, fmt, content_type, magic):
    response = login("operator-wonoasih").get(reverse("planning:iku_unduh", args=["wonoasih", 2026, fmt]))
    assert response.status_code == 200 and response["Content-Type"] == content_type
    assert response["Content-Disposition"] == f'attachment; filename="IKU-wonoasih-2026-2027.{fmt}"'
    assert response.content.startswith(magic)


def test_the_downloaded_json_is_what_the_command_prints(login, capfdbinary):
    downloaded = login("operator-wonoasih").get(reverse("planning:iku_unduh", args=["wonoasih", 2026, "json"]))
    call_command("iku", unit="wonoasih", year=2026)
    assert downloaded.content == capfdbinary.readouterr().out


@pytest.mark.parametrize("url", [
    reverse("planning:iku", args=["kanigaran", 2022]),
    reverse("planning:iku_unduh", args=["kanigaran", 2022, "pdf"]),
    reverse("planning:iku", args=["wonoasih", 2031]),
    reverse("planning:iku_unduh", args=["wonoasih", 2026, "exe"]),
])
def test_other_pd_unknown_years_and_formats_are_not_found(login, url):
    assert login("operator-wonoasih").get(url).status_code == 404


def test_an_evaluator_of_the_pemda_reads_every_pd_of_it(login):
    client = login("inspektorat-probolinggo")
    assert client.get(reverse("planning:iku", args=["kanigaran", 2022])).status_code == 200
    assert client.get(reverse("planning:iku", args=["purworejo", 2023])).status_code == 404


def test_the_page_takes_the_same_queries_for_few_or_many_rows(login, django_assert_max_num_queries):
    client = login("operator-purworejo")
    client.get(reverse("planning:iku", args=["purworejo", 2023]))
    # session, user, akses + the seven of build_iku
    with django_assert_max_num_queries(10):
        client.get(reverse("planning:iku", args=["purworejo", 2023]))


# --- what the seeds print (issue 15) -----------------------------------------------------------------


def test_the_tujuan_indicators_come_from_the_renstra_with_their_formula():
    # Seed 001 gives Kanigaran's two tujuan indicators with a formula although neither is an IKU row.
    dok = build_iku(Scope.system(), "kanigaran", 2022)
    assert dict(dok.identitas)["Indikator Tujuan"] == ("1. % Penyandang Masalah Kesejahteraan Sosial (PMKS)", "2. IKM")
    assert [(r.nama, r.formula) for r in dok.indikator_tujuan_rinci] == [
        ("% Penyandang Masalah Kesejahteraan Sosial (PMKS)", "(Σ PMKSⁿ − Σ PMKSⁿ⁻¹) / Σ PMKSⁿ⁻¹ × 100%"),
        ("IKM", "Hasil Survey Kepuasan Masyarakat")]
    assert dok.formula_tujuan
    html = render_to_string("planning/_iku_dokumen.html", {"dok": dok})
    assert "INDIKATOR TUJUAN</th>" in html and "Hasil Survey Kepuasan Masyarakat</td>" in html
    # Seed 004: one tujuan indicator, no formula, so no table of them.
    sumberjambe = build_iku(Scope.system(), "sumberjambe", 2022)
    assert dict(sumberjambe.identitas)["Indikator Tujuan"] == ("Nilai Survey Kepuasan Masyarakat",)
    assert not sumberjambe.formula_tujuan


def test_rows_without_content_are_not_printed():
    # Seed 003 has no Tugas and no Fungsi: no "Tugas : -".
    dok = build_iku(Scope.system(), "purworejo", 2023)
    labels = [label for label, _ in dok.identitas]
    assert labels == ["Instansi", "Tujuan", "Indikator Tujuan", "Sasaran", "Indikator Sasaran"]
    # Its tujuan indicators are IKU rows whose formulas the IKU table shows: no second table.
    assert not dok.formula_tujuan
    texts = [c.text for t in _docx("purworejo", 2023).tables for row in t.rows for c in row.cells]
    assert "Tugas" not in texts and "Fungsi" not in texts


def test_an_iku_without_targets_says_so_instead_of_a_table_of_dashes():
    dok = build_iku(Scope.system(), "sumberjambe", 2022)
    assert not dok.ada_target
    html = render_to_string("planning/_iku_dokumen.html", {"dok": dok})
    assert "Dokumen IKU ini tidak memuat target kinerja tahun 2022." in html
    assert 'class="grid target"' not in html
    doc = _docx("sumberjambe", 2022)
    assert len(doc.tables) == 2  # the label block and the IKU table; no target table
    assert any(p.text == "Dokumen IKU ini tidak memuat target kinerja tahun 2022." for p in doc.paragraphs)


def test_the_five_year_target_table_fits_the_page_width():
    # Landscape A4 (297 mm) less two margins of 20 mm: 257 mm for 12 + kinerja + indikator + 5 × 20 mm.
    doc = _docx("kanigaran", 2022)
    target = doc.tables[-1]
    widths = [col.w for col in target._tbl.tblGrid.gridCol_lst]
    assert len(widths) == 8
    assert sum(widths) <= Mm(257.1)  # the grid stores twips: a fraction of a millimetre of rounding
    assert [round(w / Mm(1)) for w in widths[3:]] == [20] * 5


def test_the_signature_is_kept_with_the_last_rows_in_word():
    doc = _docx("purworejo", 2023)
    target, signature = doc.tables[-2], doc.tables[-1]
    assert all(p.paragraph_format.keep_with_next for c in target.rows[-1].cells for p in c.paragraphs)
    assert signature.rows[0]._tr.trPr.find(qn("w:cantSplit")) is not None


def test_the_signature_is_never_alone_on_the_last_pdf_page():
    # Purworejo's signature fell alone onto page 5; it now takes the last target rows with it.
    reader = PdfReader(io.BytesIO(IKU.berkas(build_iku(Scope.system(), "purworejo", 2023), "pdf").isi))
    last = reader.pages[-1].extract_text()
    assert "CAMAT PURWOREJO" in last and "M. ALELAN AFANDI, S.STP" in last
    assert "100,00%" in last  # a target of the table it signs
    fonts = {str(f["/BaseFont"]).split("+")[-1] for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert fonts == {"Liberation-Sans", "Liberation-Sans-Bold"}  # the footer too, not a serif


def test_a_cover_page_on_request(login):
    # Seed 001 opens with a cover: the year, "IKU", its name in full, the PD and its address.
    dok = build_iku(Scope.system(), "kanigaran", 2022)
    assert not dok.sampul
    assert dok.dengan_sampul().sampul_baris == ("TAHUN 2020–2024", "IKU", "Indikator Kinerja Utama",
                                                "KECAMATAN KANIGARAN", "Jl. Slamet Riyadi PROBOLINGGO")
    client = login("operator-kanigaran")
    url = reverse("planning:iku_unduh", args=["kanigaran", 2022, "pdf"])
    assert f'{url}?sampul=1"' in client.get(reverse("planning:iku", args=["kanigaran", 2022])).content.decode()
    with_cover = PdfReader(io.BytesIO(client.get(url + "?sampul=1").content)).pages
    without = PdfReader(io.BytesIO(client.get(url).content)).pages
    assert len(with_cover) == len(without) + 1
    cover = with_cover[0].extract_text()
    assert "Jl. Slamet Riyadi PROBOLINGGO" in cover and "Halaman" not in cover
    docx = Document(io.BytesIO(client.get(reverse("planning:iku_unduh", args=["kanigaran", 2022, "docx"])
                                          + "?sampul=1").content))
    assert [p.text for p in docx.paragraphs if p.text][:5] == list(dok.dengan_sampul().sampul_baris)
