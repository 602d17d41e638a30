"""Word files ready to open and sign (issue 15, the points that hold for every .docx): page numbers in a footer
(front matter i, ii, … and the body from 1), Indonesian as the language, one font with black headings, sakip as
author with today's date, rows that never split across pages, figures right-aligned, no empty section (a blank
page) between two landscape tables."""

from __future__ import annotations

import datetime
import io

import pytest
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from sakip.core.scoping import Scope
from sakip.documents import registry
from sakip.domain.agreement.dokumen import build_pk
from sakip.domain.planning.dokumen import build_iku
from sakip.domain.reporting.dokumen import build_lkjip

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def dokumen(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        scope = Scope.system()
        return {
            "lkjip": Document(io.BytesIO(registry.jenis("lkjip").berkas(build_lkjip(scope, "wonoasih", 2024), "docx").isi)),
            "pk": Document(io.BytesIO(registry.jenis("pk").berkas(build_pk(scope, "wonoasih", 2024), "docx").isi)),
            "iku": Document(io.BytesIO(registry.jenis("iku").berkas(build_iku(scope, "wonoasih", 2024), "docx").isi)),
        }


@pytest.mark.parametrize("nama", ["lkjip", "pk", "iku"])
def test_every_page_has_its_number_and_the_file_says_who_made_it_when(dokumen, nama):
    doc = dokumen[nama]
    footer = doc.sections[0].footer._element
    assert [f.get(qn("w:instr")) for f in footer.iter(qn("w:fldSimple"))] == ["PAGE"]
    assert all(s.footer.is_linked_to_previous for s in doc.sections[1:] if s.footer)  # later sections follow it
    props = doc.core_properties
    assert props.author == "sakip" and props.last_modified_by == "sakip"
    assert props.created.date() == datetime.datetime.now(datetime.UTC).date()


@pytest.mark.parametrize("nama", ["lkjip", "pk", "iku"])
def test_indonesian_one_font_black_headings(dokumen, nama):
    doc = dokumen[nama]
    lang = doc.styles.element.find(qn("w:docDefaults")).find(f".//{qn('w:lang')}")
    assert lang.get(qn("w:val")) == "id-ID"
    for name in ("Heading 1", "Heading 2", "Title"):
        rpr = doc.styles[name].element.rPr
        fonts = rpr.find(qn("w:rFonts"))
        assert fonts.get(qn("w:ascii")) == "Arial" and fonts.get(qn("w:asciiTheme")) is None
        assert rpr.find(qn("w:color")) is None  # not the template's blue


def test_the_lkjip_front_matter_is_roman_and_the_body_starts_at_1(dokumen):
    doc = dokumen["lkjip"]
    first, body = doc.sections[0]._sectPr.find(qn("w:pgNumType")), doc.sections[1]._sectPr.find(qn("w:pgNumType"))
    assert first.get(qn("w:fmt")) == "lowerRoman"
    assert body.get(qn("w:fmt")) == "decimal" and body.get(qn("w:start")) == "1"
    assert doc.sections[0].different_first_page_header_footer  # the cover has no number


def test_no_row_splits_across_pages_and_figures_are_right_aligned(dokumen):
    doc = dokumen["lkjip"]
    rows = [row for table in doc.tables if table.style is not None and table.style.name == "Table Grid"
            for row in table.rows]
    assert rows and all(row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None for row in rows)
    # Tabel 3.26: the pagu of the whole year, 9.638.366.951 (seed 002), sits at the right of its cell.
    cells = [c for table in doc.tables for row in table.rows for c in row.cells if c.text == "9.638.366.951"]
    assert cells and all(c.paragraphs[0].alignment == WD_ALIGN_PARAGRAPH.RIGHT for c in cells)


def test_no_section_is_empty(dokumen):
    """An empty section is a blank page in Word and LibreOffice (the LKjIP had seven)."""
    body = dokumen["lkjip"].element.body
    blocks = list(body)
    breaks = [i for i, b in enumerate(blocks) if b.find(f"{qn('w:pPr')}/{qn('w:sectPr')}") is not None]
    for before, after in zip([-1, *breaks], breaks, strict=False):
        content = blocks[before + 1:after + 1]
        assert any("".join(b.itertext()).strip() or b.tag == qn("w:tbl") for b in content), after
