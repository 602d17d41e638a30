"""The IKU rendered from ``IkuDokumen``: Word (layout of seed 000) and PDF (its screen HTML, WeasyPrint)."""

from __future__ import annotations

from docx.shared import Mm

from sakip.documents.html import html_to_pdf
from sakip.documents.word import DocxBuilder
from sakip.domain.planning.dokumen import IkuDokumen

IKU_HEADER = ("NO", "KINERJA UTAMA/ OUTCOME", "INDIKATOR KINERJA UTAMA", "FORMULASI PERHITUNGAN/ DEFINISI OPERASIONAL",
              "SUMBER DATA", "PENANGGUNG JAWAB")


def iku_pdf(dok: IkuDokumen) -> bytes:
    return html_to_pdf("planning/iku_pdf.html", {"dok": dok})


def iku_docx(dok: IkuDokumen) -> bytes:
    doc = DocxBuilder(landscape=True, font_size=9, title=" ".join(dok.judul))
    doc.heading(dok.judul)
    doc.label_block(dok.identitas)
    _iku_table(doc, dok)
    doc.paragraph()
    _target_table(doc, dok)
    if dok.penetapan:
        p = dok.penetapan
        doc.paragraph()
        doc.signature(tempat_tanggal=f"{p.tempat}, {p.tanggal_teks}".lstrip(", "), jabatan=p.jabatan, nama=p.nama,
                      nip=p.nip, pangkat=p.pangkat)
    return doc.bytes()


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


def _target_table(doc: DocxBuilder, dok: IkuDokumen) -> None:
    years = [str(t) for t in dok.tahun]
    header = [["NO.", "KINERJA UTAMA/OUTCOME", "INDIKATOR KINERJA", "TARGET", *[""] * (len(years) - 1)],
              ["", "", "", *years]]
    rows = [[no.rstrip("."), kinerja, row.nama, *[t.teks for t in row.target]] for no, kinerja, row in _group_cells(dok)]
    year_width = Mm(22)
    fixed = (Mm(12), Mm(80), Mm(100))
    merges = [(0, c, 1, c) for c in range(3)] + ([(0, 3, 0, 2 + len(years))] if len(years) > 1 else [])
    doc.table(header, rows, (*fixed, *[year_width] * len(years)),
              merges=merges + _group_merges(dok, 2, (0, 1)), center_columns=(0, *range(3, 3 + len(years))))
