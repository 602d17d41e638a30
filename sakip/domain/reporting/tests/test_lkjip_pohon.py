"""Bab II of the LKjIP cites the pohon kinerja (issue 19): a paragraph naming the tree's document and a table
“Pohon Kinerja” per sasaran, in the structure (JSON) and so in every format (Word, PDF, Excel).

Counts by hand from the demo's Wonoasih 2024 (the seed's program tree, ``composite/demo/data/wonoasih_2024.py``,
and the owners and intermediate nodes of ``composite/demo/pohon.py``):

- “Meningkatnya Manajemen Perkantoran”: program 7.01.01, its 8 kegiatan and 1 + 2 + 1 + 1 + 5 + 1 + 2 + 4 = 17 sub
  kegiatan, 1 intermediate node (a sasaran program); owners the Sekretaris (program, node) and the two Subbagian;
- “Meningkatnya Kualitas Pelayanan Publik …”: programs 7.01.02 (kegiatan 2.01 and 2.02, one sub kegiatan each)
  and 7.01.05 (one kegiatan, one sub kegiatan) = 2 / 3 / 3, the kelurahan's sasaran kegiatan under 7.01.02.2.02;
- “Meningkatnya Kemampuan Kelompok dan Lembaga Kemasyarakatan”: program 7.01.03, 2 kegiatan, 3 + 1 = 4 sub
  kegiatan, 1 intermediate node;
- in all 4 programs, 13 kegiatan, 24 sub kegiatan, 3 intermediate nodes; PK berjenjang 2024 for 5 posts (the
  Sekretaris and the four Kasi: ``composite/demo/pk_jenjang.py``).
"""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.urls import reverse

from sakip.core.scoping import Scope
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.reporting.dokumen import LKJIP, build_lkjip, pohon_lkjip

pytestmark = pytest.mark.django_db

MANAJEMEN = "Meningkatnya Manajemen Perkantoran"
PELAYANAN = "Meningkatnya Kualitas Pelayanan Publik di Kecamatan Wonoasih"
KELEMBAGAAN = "Meningkatnya Kemampuan Kelompok dan Lembaga Kemasyarakatan"
JENJANG = ["Kepala Seksi Ketentraman dan Ketertiban", "Kepala Seksi Pelayanan", "Kepala Seksi Pemberdayaan Masyarakat",
           "Kepala Seksi Pemerintahan", "Sekretaris"]
BERKAS = "Pohon-Kinerja-wonoasih-2019-2024"  # what ``sakip pohon --unit wonoasih --period 2019-2024`` names its file


def test_the_structure_counts_the_cascade_per_sasaran():
    data = build_lkjip(Scope.system(), "wonoasih", 2024, pohon=True).as_json()["pohon_kinerja"]
    assert (data["periode"], data["tahun"], data["berkas"], data["jenjang"]) == ("2019-2024", 2024, BERKAS, JENJANG)
    rows = {s["nama"]: (s["program"], s["kegiatan"], s["sub_kegiatan"], s["simpul_antara"]) for s in data["sasaran"]}
    assert rows == {MANAJEMEN: (1, 8, 17, 1), PELAYANAN: (2, 3, 3, 1), KELEMBAGAAN: (1, 2, 4, 1)}
    pemilik = {s["nama"]: s["pemilik"] for s in data["sasaran"]}
    assert pemilik[MANAJEMEN] == ["Sekretaris", "Subbagian Program dan Keuangan", "Subbagian Tata Usaha"]
    assert pemilik[KELEMBAGAAN] == ["Kepala Seksi Pemberdayaan Masyarakat", "Seksi Pemberdayaan Masyarakat"]
    assert "Kepala Seksi Pelayanan pada Kelurahan Sumber Taman" in pemilik[PELAYANAN]
    # the dashboards' structure leaves it out (they print no Bab II)
    assert build_lkjip(Scope.system(), "wonoasih", 2024).as_json()["pohon_kinerja"] is None


def test_the_summary_takes_the_trees_queries_and_two_more(django_assert_num_queries):
    pd = PerangkatDaerah.objects.get(slug="wonoasih")
    with django_assert_num_queries(1 + 19 + 1):  # the Renstra of the year, build_pohon's 19, the posts with a PK
        pohon_lkjip(Scope.system(), pd, 2024)


def test_every_format_prints_it():
    from docx import Document
    from openpyxl import load_workbook
    from pypdf import PdfReader

    dok = build_lkjip(Scope.system(), "wonoasih", 2024, pohon=True)
    word = Document(io.BytesIO(LKJIP.berkas(dok, "docx").isi))
    text = "\n".join(p.text for p in word.paragraphs)
    assert "2.4 Pohon Kinerja" in text and f"“{BERKAS}”" in text
    assert "Perjanjian Kinerja berjenjang tahun 2024 bagi 5 (lima) jabatan" in text
    table = next(t for t in word.tables if t.rows[0].cells[1].text == "SASARAN" and "SIMPUL ANTARA" in
                 [c.text for c in t.rows[0].cells])
    body = [[c.text for c in r.cells] for r in table.rows[1:]]
    assert body[-1][1:6] == ["JUMLAH", "4", "13", "24", "3"]
    assert [r[1] for r in body[:-1]] == [KELEMBAGAAN, PELAYANAN, MANAJEMEN]
    pdf = PdfReader(io.BytesIO(LKJIP.berkas(dok, "pdf").isi))
    halaman = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    # Typst may break the file name after its hyphen at the end of a line
    assert "2.4 Pohon Kinerja Sasaran dan indikator" in halaman and "wonoasih-2019-2024”" in halaman
    assert "SIMPUL ANTARA" in halaman and "JUMLAH 4 13 24 3" in halaman
    wb = load_workbook(io.BytesIO(LKJIP.berkas(dok, "xlsx").isi))
    ws = next(wb[n] for n in wb.sheetnames if "Pohon Kinerja" in (wb[n]["A1"].value or ""))
    assert [c.value for c in ws[ws.max_row]][1:6] == ["JUMLAH", 4, 13, 24, 3]


def test_the_command_and_the_screen_carry_it(capfdbinary, login):
    import json

    call_command("lkjip", unit="wonoasih", year=2024)
    assert json.loads(capfdbinary.readouterr().out)["pohon_kinerja"]["berkas"] == BERKAS
    html = login("operator-wonoasih").get(reverse("reporting:lkjip", args=["wonoasih", 2024])).content.decode()
    assert "data-lkjip-pohon" in html and BERKAS in html
