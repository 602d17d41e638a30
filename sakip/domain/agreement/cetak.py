"""The Perjanjian Kinerja rendered from ``DokumenPk``: Word (layout of seed 002's three PK 2024) and PDF
(its screen HTML, WeasyPrint)."""

from __future__ import annotations

from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Mm

from sakip.documents.html import html_to_pdf
from sakip.documents.word import DocxBuilder
from sakip.domain.agreement.dokumen import JANJI_BAKU, DokumenPk, VersiPk, rupiah_pk


def pk_pdf(dok: DokumenPk) -> bytes:
    return html_to_pdf("agreement/pk_pdf.html", {"dok": dok})


def pk_docx(dok: DokumenPk) -> bytes:
    doc = DocxBuilder(landscape=False, font_size=11, title=f"Perjanjian Kinerja {dok.judul_unit} {dok.tahun}")
    for i, versi in enumerate(dok.versi):
        if i:
            doc.page_break()
        _naskah(doc, dok, versi)
        doc.page_break()
        _lampiran(doc, dok, versi)
    return doc.bytes()


def _naskah(doc: DocxBuilder, dok: DokumenPk, v: VersiPk) -> None:
    doc.heading([f"PERJANJIAN KINERJA TAHUN {dok.tahun}", dok.judul_unit.upper()])
    doc.paragraph(v.pernyataan, align="justify")
    doc.label_block([("Nama", [v.pihak_pertama.nama]), ("Jabatan", [v.pihak_pertama.jabatan])], label_width=Mm(25))
    doc.paragraph("Selanjutnya disebut pihak pertama")
    doc.label_block([("Nama", [v.pihak_kedua.nama]), ("Jabatan", [v.pihak_kedua.jabatan])], label_width=Mm(25))
    doc.paragraph("Selaku atasan pihak pertama, selanjutnya disebut pihak kedua")
    for text in JANJI_BAKU:
        doc.paragraph(text, align="justify")
    _tanda_tangan(doc, v, "Pihak Kedua,", "Pihak Pertama,")


def _tanda_tangan(doc: DocxBuilder, v: VersiPk, kiri: str, kanan: str) -> None:
    """Place, date and both signatures, kept on one page with the paragraph before them."""
    paragraphs = doc.document.paragraphs
    if paragraphs:
        paragraphs[-1].paragraph_format.keep_with_next = True
    doc.paragraph(f"{v.tempat}, {v.tanggal_teks}", align="right").paragraph_format.keep_with_next = True
    doc.signature_pair(
        left=(kiri, v.pihak_kedua.nama, v.pihak_kedua.pangkat, v.pihak_kedua.nip),
        right=(kanan, v.pihak_pertama.nama, v.pihak_pertama.pangkat, v.pihak_pertama.nip),
    )
    row = doc.document.tables[-1].rows[0]
    row._tr.get_or_add_trPr().append(OxmlElement("w:cantSplit"))


def _lampiran(doc: DocxBuilder, dok: DokumenPk, v: VersiPk) -> None:
    doc.heading([f"LAMPIRAN PERJANJIAN KINERJA TAHUN {dok.tahun}", f"{dok.judul_unit} {dok.pemda_nama}".upper()])
    rows, merges, r = [], [], 2
    for no, s in enumerate(v.sasaran, start=1):
        for j, ind in enumerate(s.indikator):
            rows.append([f"{no}." if j == 0 else "", s.nama if j == 0 else "", ind.nama, ind.target_teks])
        if len(s.indikator) > 1:
            merges += [(r, 0, r + len(s.indikator) - 1, 0), (r, 1, r + len(s.indikator) - 1, 1)]
        r += len(s.indikator)
    doc.table([("NO", dok.kolom_sasaran, "INDIKATOR KINERJA", "TARGET"), ("1", "2", "3", "4")], rows,
              (Mm(12), Mm(60), Mm(75), Mm(23)), merges=merges, center_columns=(0, 3))
    doc.paragraph()
    if dok.jenjang_id is None:  # a PK berjenjang carries no program budgets
        _anggaran(doc, v)
    _tanda_tangan(doc, v, f"{v.pihak_kedua.jabatan},", f"{v.pihak_pertama.jabatan},")


def _anggaran(doc: DocxBuilder, v: VersiPk) -> None:
    program_rows = [[f"{no}.", p.nama, rupiah_pk(p.anggaran), p.sumber] for no, p in enumerate(v.program, start=1)]
    program_rows.append(["Jumlah", "", rupiah_pk(v.total_anggaran), ""])
    last = len(program_rows)
    table = doc.table([("No", "Program", "Anggaran", "Keterangan")], program_rows, (Mm(12), Mm(80), Mm(48), Mm(30)),
                      merges=[(last, 0, last, 1)], center_columns=(0, 3))
    for row in table.rows[1:]:  # money right-aligned, as in the PDF ("Rp. " is not a figure to the builder)
        for paragraph in row.cells[2].paragraphs:
            paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    doc.paragraph()
