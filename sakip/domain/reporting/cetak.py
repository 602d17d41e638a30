"""The LKjIP as files: Word and PDF render the document's sections (:mod:`.naskah`); the .xlsx workbook
has the figure sheets from the structure and one sheet per other table, real numbers with number formats.

Number formats are Excel codes (``#,##0.00``); Excel and LibreOffice show them with the reader's
locale, so an Indonesian installation prints 14.415.022.746 and 100,03.
"""

from __future__ import annotations

import re

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from sakip.documents.lembar import sel, simpan_xlsx
from sakip.documents.naskah import Bagian, Tabel
from sakip.documents.typst import naskah_pdf_typst
from sakip.documents.word import naskah_docx
from sakip.domain.reporting import naskah
from sakip.domain.reporting.dokumen import Lkjip
from sakip.rumus.angka import parse_angka

RUPIAH, PERSEN, ANGKA = "#,##0", "#,##0.00", "#,##0.##"
HEAD = PatternFill("solid", fgColor="E7E7E7")
# One instance of each style for every cell that takes it (openpyxl keeps a cell's style as an index, not the object).
TEBAL = Font(bold=True)
KEPALA = Alignment(wrap_text=True, vertical="center")


def _sheet(wb: Workbook, title: str, header: list[tuple[str, int, str | None]], rows: list[list]) -> None:
    ws = wb.create_sheet(title[:31])
    for col, (name, width, _) in enumerate(header, start=1):
        cell = sel(ws, 1, col, name)
        cell.font, cell.fill = TEBAL, HEAD
        cell.alignment = KEPALA
        ws.column_dimensions[get_column_letter(col)].width = width
    for r, values in enumerate(rows, start=2):
        for col, value in enumerate(values, start=1):
            cell = sel(ws, r, col, value)
            fmt = header[col - 1][2]
            if fmt and isinstance(value, int | float):
                cell.number_format = fmt
    ws.freeze_panes = "A2"


ANGKA_TERTULIS = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?%?$|^-?\d+(,\d+)?%?$")


def nama_lembar(nomor: str, judul: str) -> str:
    """A sheet name that says what it holds: "Tabel 1.2 Jumlah Penduduk per…" within Excel's 31 characters."""
    nama = re.sub(r"[\[\]:*?/\\]", " ", f"{nomor} {judul}")
    return nama if len(nama) <= 31 else nama[:30].rstrip() + "…"


def _cell_value(text: str):
    """A figure as the document prints it (``14.415.022.746``, ``100,03%``) → (number, format); other text as is."""
    if not ANGKA_TERTULIS.match(text or ""):
        return text, None
    value = parse_angka(text)
    number = int(value) if value == value.to_integral_value() else float(value)
    if text.endswith("%"):
        return number, PERSEN
    return number, RUPIAH if isinstance(number, int) else PERSEN


def lkjip_docx(dok: Lkjip) -> bytes:
    return naskah_docx(naskah.judul(dok), naskah.bab(dok), **naskah.opsi(dok))


def lkjip_pdf(dok: Lkjip) -> bytes:
    return naskah_pdf_typst(naskah.judul(dok), naskah.bab(dok), **naskah.opsi(dok))


def _document_tables(wb: Workbook, sections: list[Bagian]) -> None:
    """Every other table of the document (Bab I, II, IV, Lampiran) on its own sheet, figures as numbers.
    The per-sasaran tables of Bab III and Tabel 3.26 are the sheets above, from the structure itself."""
    lampiran = 0
    for section in sections:
        if section.tingkat == 1 and section.judul.startswith("BAB III"):
            skip = True
        elif section.tingkat == 1:
            skip = False
        for part in section.isi:
            if not isinstance(part, Tabel) or skip:
                continue
            if not part.nomor:
                lampiran += 1
            judul = part.judul or section.judul  # a table without a caption is titled by its section heading
            ws = wb.create_sheet(nama_lembar(part.nomor or f"Lampiran {lampiran}", judul))
            sel(ws, 1, 1, part.label or judul).font = TEBAL
            for col, name in enumerate(part.kepala, start=1):
                cell = sel(ws, 2, col, name)
                cell.font, cell.fill = TEBAL, HEAD
                cell.alignment = KEPALA
                ws.column_dimensions[get_column_letter(col)].width = 14 if col > 1 else 30
            for r, row in enumerate(part.baris, start=3):
                for col, text in enumerate(row, start=1):
                    value, fmt = _cell_value(text)
                    cell = sel(ws, r, col, value)
                    if fmt:
                        cell.number_format = fmt
            ws.freeze_panes = "A3"


def lkjip_xlsx(dok: Lkjip) -> bytes:
    data = dok.as_json()
    wb = Workbook()
    wb.remove(wb.active)
    rows = []
    for s in data["sasaran"]:
        for i in s["indikator"]:
            rows.append([s["nama"], i["nama"], i["satuan"], i["target_renstra"], i["target"], i["realisasi"],
                         i["capaian_persen"], i["kategori"], i["realisasi_tahun_lalu"], i["target_akhir_renstra"]])
    _sheet(wb, "Capaian Kinerja", [("Sasaran", 40, None), ("Indikator", 45, None), ("Satuan", 8, None),
                                   ("Target Renstra", 12, ANGKA), ("Target PK", 12, ANGKA), ("Realisasi", 12, ANGKA),
                                   ("Capaian (%)", 12, PERSEN), ("Kategori", 12, None),
                                   ("Realisasi tahun lalu", 12, ANGKA), ("Target akhir Renstra", 12, ANGKA)], rows)
    rows = [[s["nama"], i["nama"], i["anggaran"]["pagu"], i["anggaran"]["realisasi"], i["anggaran"]["serapan_persen"],
             i["anggaran"]["porsi_persen"], i["capaian_persen"], i["efisiensi_persen"]]
            for s in data["sasaran"] for i in s["indikator"]]
    _sheet(wb, "Anggaran dan Efisiensi", [("Sasaran", 40, None), ("Indikator", 45, None), ("Pagu (Rp)", 18, RUPIAH),
                                          ("Realisasi (Rp)", 18, RUPIAH), ("Serapan (%)", 11, PERSEN),
                                          ("Porsi anggaran (%)", 11, PERSEN), ("Capaian (%)", 11, PERSEN),
                                          ("Efisiensi (%)", 11, PERSEN)], rows)
    rows = []
    for p in data["program"]:
        rows.append([p["kode"], p["nama"], "", "", p["pagu"], p["realisasi"], p["serapan_persen"]])
        for k in p["kegiatan"]:
            rows.append([k["kode"], "", k["nama"], "", k["pagu"], k["realisasi"], k["serapan_persen"]])
            for sub in k["sub_kegiatan"]:
                rows.append([sub["kode"], "", "", sub["nama"], sub["pagu"], sub["realisasi"], sub["serapan_persen"]])
                for lok in sub["lokasi_rincian"]:
                    rows.append([lok["kode"], "", "", f"{lok['nama']} ({lok['lokasi']})", lok["pagu"], lok["realisasi"],
                                 lok["serapan_persen"]])
    rows.append(["", "JUMLAH", "", "", data["anggaran"]["pagu"], data["anggaran"]["realisasi"],
                 data["anggaran"]["serapan_persen"]])
    _sheet(wb, "Realisasi Anggaran", [("Kode", 20, None), ("Program", 35, None), ("Kegiatan", 35, None),
                                      ("Sub kegiatan", 45, None), ("Pagu (Rp)", 18, RUPIAH),
                                      ("Realisasi (Rp)", 18, RUPIAH), ("%", 9, PERSEN)], rows)
    _document_tables(wb, naskah.bab(dok))
    return simpan_xlsx(wb)
