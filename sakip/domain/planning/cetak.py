"""The IKU rendered from ``IkuDokumen``: Word (layout of seed 000) and PDF (its screen HTML, WeasyPrint)."""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from sakip.documents.html import html_to_pdf
from sakip.documents.word import DocxBuilder
from sakip.domain.planning.dokumen import IkuDokumen

IKU_HEADER = ("NO", "KINERJA UTAMA/ OUTCOME", "INDIKATOR KINERJA UTAMA", "FORMULASI PERHITUNGAN/ DEFINISI OPERASIONAL",
              "SUMBER DATA", "PENANGGUNG JAWAB")


def iku_pdf(dok: IkuDokumen) -> bytes:
    return html_to_pdf("planning/iku_pdf.html", {"dok": dok})


def iku_docx(dok: IkuDokumen) -> bytes:
    doc = DocxBuilder(landscape=True, font_size=9, title=" ".join(dok.judul))
    if dok.sampul:
        _sampul(doc, dok)
    doc.heading(dok.judul)
    doc.label_block(dok.identitas)
    if dok.formula_tujuan:
        doc.paragraph("INDIKATOR KINERJA TUJUAN :", bold=True)
        rows = [[f"{no}.", r.tujuan, r.nama, r.formula or "-"]
                for no, r in enumerate(dok.indikator_tujuan_rinci, start=1)]
        doc.table([("NO.", "TUJUAN", "INDIKATOR TUJUAN", "PENJELASAN/FORMULASI PERHITUNGAN")], rows,
                  (Mm(12), Mm(80), Mm(65), Mm(100)), center_columns=(0,))
        doc.paragraph()
    _iku_table(doc, dok)
    doc.paragraph()
    if dok.ada_target:
        last = _target_table(doc, dok)
    else:
        last = doc.paragraph(dok.tanpa_target_teks)
        last.runs[0].italic = True
    if dok.penetapan:
        p = dok.penetapan
        _keep_with_next(last)
        _keep_with_next(doc.paragraph())
        doc.signature(tempat_tanggal=f"{p.tempat}, {p.tanggal_teks}".lstrip(", "), jabatan=p.jabatan, nama=p.nama,
                      nip=p.nip, pangkat=p.pangkat)
        _keep_with_next(doc.document.tables[-1])
    return doc.bytes()


def _sampul(doc: DocxBuilder, dok: IkuDokumen) -> None:
    """The cover page (seed 001): period, "IKU", the name in full, the PD and its address, centred."""
    for _ in range(6):
        doc.paragraph()
    sizes = {"IKU": 28, "Indikator Kinerja Utama": 18}
    for line in dok.sampul_baris:
        paragraph = doc.paragraph(line, bold=True, align="center")
        paragraph.runs[0].font.size = Pt(sizes.get(line, 14))
        paragraph.paragraph_format.space_after = Pt(12)
    doc.page_break()
    doc.document.sections[0].different_first_page_header_footer = True  # no page number on the cover


def _keep_with_next(block) -> None:
    """Keep a paragraph, or the last row of a table, on the page of what follows: the signature stays with
    what it signs. A table's rows are kept whole, and its paragraphs kept with the next (Word and LibreOffice
    then move the last row along with the signature)."""
    if hasattr(block, "rows"):
        row = block.rows[-1]
        row_el = row._tr
        if row_el.trPr is None or row_el.trPr.find(qn("w:cantSplit")) is None:
            row_el.get_or_add_trPr().append(OxmlElement("w:cantSplit"))
        paragraphs = [p for cell in row.cells for p in cell.paragraphs]
    else:
        paragraphs = [block]
    for paragraph in paragraphs:
        paragraph.paragraph_format.keep_with_next = True


def _group_merges(dok: IkuDokumen, first_row: int, columns: tuple[int, ...]) -> list[tuple[int, int, int, int]]:
    merges, r = [], first_row
    for kelompok in dok.kelompok:
        last = r + len(kelompok.indikator) - 1
        if last > r:
            merges += [(r, c, last, c) for c in columns]
        r = last + 1
    return merges


def _group_cells(dok: IkuDokumen):
    """Per indicator row: the group number and kinerja utama, written only on the group's first row."""
    for kelompok in dok.kelompok:
        for i, row in enumerate(kelompok.indikator):
            yield (f"{kelompok.no}." if i == 0 else ""), (kelompok.kinerja_utama if i == 0 else ""), row


def _iku_table(doc: DocxBuilder, dok: IkuDokumen) -> None:
    rows = [[no, kinerja, row.nama, list(row.uraian), row.sumber_data, list(row.penanggung_jawab)]
            for no, kinerja, row in _group_cells(dok)]
    doc.table([IKU_HEADER], rows, (Mm(10), Mm(45), Mm(50), Mm(80), Mm(37), Mm(35)),
              merges=_group_merges(dok, 1, (0, 1)), center_columns=(0,))


def _target_table(doc: DocxBuilder, dok: IkuDokumen):
    years = [str(t) for t in dok.tahun]
    header = [["NO.", "KINERJA UTAMA/OUTCOME", "INDIKATOR KINERJA", "TARGET", *[""] * (len(years) - 1)],
              ["", "", "", *years]]
    rows = [[no.rstrip("."), kinerja, row.nama, *[t.teks for t in row.target]] for no, kinerja, row in _group_cells(dok)]
    # The columns fill the page width whatever the number of years (five years ran past the edge).
    year_width = Mm(20)
    rest = doc.text_width - Mm(12) - year_width * len(years)
    fixed = (Mm(12), rest * 4 // 9, rest - rest * 4 // 9)
    merges = [(0, c, 1, c) for c in range(3)] + ([(0, 3, 0, 2 + len(years))] if len(years) > 1 else [])
    return doc.table(header, rows, (*fixed, *[year_width] * len(years)),
              merges=merges + _group_merges(dok, 2, (0, 1)), center_columns=(0, *range(3, 3 + len(years))))
