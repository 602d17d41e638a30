"""Typst PDF of long documents: text typed by users can never be read as markup."""

from __future__ import annotations

import io

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
