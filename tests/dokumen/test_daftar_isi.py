"""The contents and the list of tables of the LKjIP's Word file carry their page numbers (issue 15), written by
``sakip.documents.halaman`` from one LibreOffice print of the file, cached by the file's content, and left to
Word (``updateFields``) when LibreOffice is missing. ``test_periksa`` checks the numbers against the printed pages."""

from __future__ import annotations

import io
import re

import pytest
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml.ns import qn

from sakip.core.scoping import Scope
from sakip.documents import registry
from sakip.documents.halaman import romawi
from sakip.domain.reporting.dokumen import build_lkjip

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def cache_halaman(tmp_path_factory):
    return tmp_path_factory.mktemp("halaman")


def lkjip_docx():
    return Document(io.BytesIO(registry.jenis("lkjip").berkas(build_lkjip(Scope.system(), "wonoasih", 2024), "docx").isi))


def daftar(doc) -> list:
    """The entry paragraphs of the contents and the list of tables (between DAFTAR ISI and the body)."""
    texts = [p.text for p in doc.paragraphs]
    start, end = texts.index("DAFTAR ISI"), texts.index("IKHTISAR EKSEKUTIF", texts.index("DAFTAR GAMBAR DAN TABEL"))
    return [p for p in doc.paragraphs[start + 1:end] if p.text and p.text != "DAFTAR GAMBAR DAN TABEL"]


def update_fields(doc) -> bool:
    return doc.settings.element.find(qn("w:updateFields")) is not None


def test_roman_numbers_as_word_writes_them():
    assert [romawi(n) for n in (1, 2, 4, 5, 9, 14, 40, 90)] == ["i", "ii", "iv", "v", "ix", "xiv", "xl", "xc"]


def test_every_entry_ends_with_dots_and_its_page(settings, cache_halaman):
    settings.HALAMAN_CACHE = cache_halaman
    doc = lkjip_docx()
    entries = daftar(doc)
    assert len(entries) > 40
    pages = []
    for p in entries:
        m = re.fullmatch(r"(.+)\t(\d+|[ivxlcdm]+)", p.text)
        assert m, p.text
        pages.append(m.group(2))
        stop = p.paragraph_format.tab_stops[0]
        assert (stop.alignment, stop.leader) == (WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    # As LibreOffice lays the demo's LKjIP out (read from its pages), as seed 002 numbers it: the cover is not
    # counted, Kata Pengantar i, the contents ii, the list of tables iii–iv, the Ikhtisar Eksekutif v, and the
    # body (Bab I) starts at 1. The contents run in the order of the document, so their pages never go down.
    assert [p.text for p in entries[:5]] == ["KATA PENGANTAR\ti", "DAFTAR ISI\tii", "DAFTAR GAMBAR DAN TABEL\tiii",
                                             "IKHTISAR EKSEKUTIF\tv", "BAB I PENDAHULUAN\t1"]
    akhir = next(i for i, p in enumerate(entries) if p.text.startswith(("Tabel ", "Gambar ")))  # the list of tables
    contents = [int(n) for n in pages[4:akhir]]  # Bab I … Lampiran
    assert contents == sorted(contents) and len(contents) > 15
    assert not update_fields(doc)  # the numbers are there: Word asks nothing when it opens the file
    assert 'w:dirty="true"' not in doc.element.xml
    assert "ZQX" not in doc.element.xml  # the markers of the print are gone
    assert list(cache_halaman.glob("*.json"))  # kept for the next download


def test_the_next_download_takes_the_numbers_from_the_cache(settings, cache_halaman, monkeypatch, tmp_path):
    settings.HALAMAN_CACHE = cache_halaman
    monkeypatch.setenv("PATH", str(tmp_path))  # no LibreOffice, no poppler: only the cache can number the list
    entries = daftar(lkjip_docx())
    assert entries[0].text == "KATA PENGANTAR\ti" and all("\t" in p.text for p in entries)


def test_without_libreoffice_the_list_is_left_for_word_to_number(settings, monkeypatch, tmp_path):
    settings.HALAMAN_CACHE = tmp_path / "kosong"
    monkeypatch.setenv("PATH", str(tmp_path))
    doc = lkjip_docx()
    entries = daftar(doc)
    assert entries[0].text == "KATA PENGANTAR" and not any("\t" in p.text for p in entries)
    assert "ZQX" not in doc.element.xml  # no marker left behind
    assert update_fields(doc)
