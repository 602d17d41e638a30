"""Typst PDF of long documents: text typed by users can never be read as markup."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from sakip.documents.naskah import Bagian, Tabel, nomori
from sakip.documents.typst import naskah_pdf_typst


def test_markup_characters_print_as_typed_and_tables_are_numbered_per_chapter():
    tricky = 'Biaya #1 [uji] "kutip" \\ *bukan tebal* _x_ $5 <a> @b = c'
    sections = [Bagian("BAB II PERENCANAAN KINERJA", [tricky, Tabel("Contoh", ("A", "B"), [("#x", "]y")])])]
    nomori(sections)
    pdf = naskah_pdf_typst(("JUDUL",), sections, daftar_isi=True, daftar_tabel=True)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert tricky in text
    assert "Tabel 2.1 Contoh" in text and "#x" in text and "]y" in text
    assert "DAFTAR ISI" in text and "DAFTAR GAMBAR DAN TABEL" in text


def test_tables_are_sized_by_their_pieces_figures_right_aligned_and_only_numbered_ones_listed():
    from sakip.documents.typst import sumber_typst

    sections = [Bagian("BAB III AKUNTABILITAS KINERJA", [Tabel("Anggaran", ("Program", "Pagu (Rp)"), [
                    ("Program Penunjang", "9.638.366.951")])]),
                Bagian("LAMPIRAN", [Tabel("Rekap", ("NO", "IKU"), [("1.", "IKM")]),
                                    Tabel("", ("A", "B"), [("x", "y")])])]
    nomori(sections)
    source, _ = sumber_typst(("JUDUL",), sections, daftar_tabel=True)
    assert 'outlined: true, caption: "Tabel 3.1 Anggaran"' in source
    assert 'outlined: false, caption: "Rekap"' in source  # the Lampiran's tables are not in Daftar Tabel
    assert '#table(columns: (' in source and source.count("#figure(kind: table") == 2  # untitled: no caption
    assert 'table.cell(align: right, "9.638.366.951")' in source
    # "9.638.366.951" at 8,5 pt = 6,394 em × 8,5 = 54,349 pt, plus 6 pt inset and 2,55 pt air = 62,899 pt of the
    # 481,89 pt page width: at least 13,053 % (both cells fit one line, so the width is shared by their lengths).
    columns = re.search(r'caption: "Tabel 3.1 Anggaran", table\(columns: \(([^)]*)\)', source).group(1)
    name, pagu = (float(c.strip().removesuffix("fr")) for c in columns.split(",") if c.strip())
    assert pagu >= 13.05 and name + pagu == pytest.approx(100, abs=0.01)
