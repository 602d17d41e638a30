"""The pohon kinerja in Word and PDF: the diagram (Graphviz, :mod:`sakip.documents.diagram`) page by page, then the
indented table (level, kode, nama, indikator, target, pemilik).

A tree too large for one readable page is cut (``halaman_diagram``): one page per RPJMD sasaran, and a subtree
with more than ``MAKS_DAUN`` leaves is split among its children (packed in order), each page repeating the chain
of ancestors above it. The PDF (Typst) puts the SVG on A3 landscape pages and the table on A4 landscape; the Word
file puts each diagram as a 200 dpi PNG in an A3 landscape section and the table in an A4 landscape one.
"""

from __future__ import annotations

import dataclasses
import tempfile
from pathlib import Path

from sakip.documents import diagram
from sakip.documents.typst import s
from sakip.domain.kaskade.dokumen import PohonKinerja, Simpul

MAKS_DAUN = 10  # leaves on one A3 page: at this many the boxes print at about their own size (9 pt names)
WARNA = {"sasaran_rpjmd": 0, "kelompok": 0, "tujuan": 1, "sasaran": 2, "sasaran_program": 3, "program": 3,
         "sasaran_kegiatan": 4, "kegiatan": 4, "sasaran_sub_kegiatan": 5, "sub_kegiatan": 5}
KEPALA_TABEL = ("Level", "Kode", "Nama", "Indikator", "Target", "Pemilik")


def _daun(node: Simpul) -> int:
    return 1 if not node.anak else sum(_daun(a) for a in node.anak)


def halaman_diagram(pohon: PohonKinerja) -> list[tuple[str, list[Simpul], Simpul]]:
    """The diagram's pages: (title, chain of ancestors, the subtree drawn under them)."""
    pages: list[tuple[str, list[Simpul], Simpul]] = []

    def bagian(chain: list[Simpul], node: Simpul, group: list[Simpul]) -> None:
        judul = node.nama if len(group) == len(node.anak) else f"{node.nama} — " + "; ".join(
            f"{g.kode} {g.nama}".strip() for g in group)
        pages.append((judul, chain, dataclasses.replace(node, anak=tuple(group))))

    def potong(chain: list[Simpul], node: Simpul) -> None:
        if _daun(node) <= MAKS_DAUN or not node.anak:
            pages.append((node.nama, chain, node))
            return
        group: list[Simpul] = []
        count = 0
        for child in node.anak:
            n = _daun(child)
            if n > MAKS_DAUN or (count + n > MAKS_DAUN and group):
                if group:
                    bagian(chain, node, group)
                group, count = [], 0
            if n > MAKS_DAUN:
                potong([*chain, node], child)
                continue
            group.append(child)
            count += n
        if group:
            bagian(chain, node, group)

    for root in pohon.akar:
        potong([], root)
    return pages


def kotak(node: Simpul, induk: str | None) -> diagram.Kotak:
    judul = f"{node.level_nama.upper()} {node.kode}".strip()
    if node.antara:
        judul += " · simpul antara"
    pemilik = node.pemilik.nama if node.pemilik else ("" if node.level == "kelompok" else "Pemilik belum ditetapkan")
    return diagram.Kotak(id=node.id, judul=judul, nama=node.nama, pemilik=pemilik,
                         indikator=tuple(i.baris for i in node.indikator) + tuple(t.catatan for t in node.crosscutting),
                         induk=induk,
                         warna=WARNA.get(node.level, 4), putus=node.antara)


def kotak_halaman(chain: list[Simpul], node: Simpul) -> list[diagram.Kotak]:
    out: list[diagram.Kotak] = []
    induk = None
    for c in chain:
        out.append(kotak(c, induk))
        induk = c.id

    def turun(n: Simpul, parent: str | None) -> None:
        out.append(kotak(n, parent))
        for a in n.anak:
            turun(a, n.id)

    turun(node, induk)
    return out


def kotak_semua(pohon: PohonKinerja) -> list[diagram.Kotak]:
    """Every node of the tree as one diagram (the screen)."""
    return [b for root in pohon.akar for b in kotak_halaman([], root)]


def baris_tabel(pohon: PohonKinerja) -> list[tuple[int, tuple[str, ...]]]:
    """The indented table: (depth, cells); indicator and target cells hold one line per indicator."""
    rows: list[tuple[int, tuple[str, ...]]] = []
    for depth, node in pohon.baris():
        pemilik = node.pemilik.nama if node.pemilik else "-"
        rows.append((depth, (node.level_nama, node.kode or "-", node.nama,
                             "\n".join(i.nama for i in node.indikator) or "-",
                             "\n".join(i.target_tampil for i in node.indikator) or "-", pemilik)))
    return rows


def _subjudul(pohon: PohonKinerja) -> str:
    tahun = f"program, kegiatan dan sub kegiatan tahun {pohon.tahun}" if pohon.tahun else "belum ada program"
    return f"{pohon.pemda_nama} · Renstra {pohon.periode_tampil} · {tahun}"


# --- PDF (Typst) ----------------------------------------------------------------------------------

def sumber_typst(pohon: PohonKinerja, svgs: list[str]) -> str:
    pages = halaman_diagram(pohon)
    out = [
        f'#set document(title: {s(pohon.judul)}, author: "sakip")',
        '#set page(paper: "a3", flipped: true, margin: 12mm, '
        'footer: context align(center, text(size: 8pt, counter(page).display("1"))))',
        '#set text(font: ("Liberation Sans", "DejaVu Sans"), size: 9pt, lang: "id")',
    ]
    for n, ((judul, _chain, _node), name) in enumerate(zip(pages, svgs, strict=True), start=1):
        if n > 1:
            out.append("#pagebreak()")
        out.append(f"#text(size: 13pt, weight: \"bold\", {s(pohon.judul.upper())})\\")
        out.append(f"#text(size: 9pt, {s(_subjudul(pohon) + f' · bagian {n} dari {len(pages)}: {judul}')})")
        out.append(f"#align(center + horizon, image({s(name)}, width: 100%, height: 1fr, fit: \"contain\"))")
    # the indented table
    out.append('#set page(paper: "a4", flipped: true, margin: 15mm)')
    out.append("#pagebreak(weak: true)")
    out.append(f"#text(size: 12pt, weight: \"bold\", {s('Tabel ' + pohon.judul)})\\")
    out.append(f"#text(size: 8pt, {s(_subjudul(pohon))})")
    cells = []
    for depth, row in baris_tabel(pohon):
        level, kode, nama, ind, target, pemilik = row
        cells.append(", ".join([s(level), s(kode), f"pad(left: {depth * 3}mm, {s(nama)})", s(ind), s(target),
                                s(pemilik)]))
    out.append("#set text(size: 7.5pt)")
    out.append("#table(columns: (22mm, 30mm, 1.4fr, 1.5fr, 22mm, 0.8fr), inset: 3pt, stroke: 0.4pt + luma(120), "
               f"table.header(..({', '.join(s(k) for k in KEPALA_TABEL)},).map(k => strong(k))), "
               + ", ".join(cells) + ")")
    if pohon.catatan:
        out.append("#text(size: 8pt, " + s("Catatan: " + " ".join(pohon.catatan)) + ")")
    return "\n".join(out) + "\n"


def pohon_pdf(pohon: PohonKinerja) -> bytes:
    import typst

    pages = halaman_diagram(pohon)
    with tempfile.TemporaryDirectory(prefix="sakip-pohon-") as tmp:
        root = Path(tmp)
        names = []
        for n, (_judul, chain, node) in enumerate(pages, start=1):
            name = f"pohon-{n}.svg"
            (root / name).write_text(diagram.svg(kotak_halaman(chain, node)), encoding="utf-8")
            names.append(name)
        (root / "pohon.typ").write_text(sumber_typst(pohon, names), encoding="utf-8")
        return typst.compile(str(root / "pohon.typ"), root=str(root))


# --- Word ------------------------------------------------------------------------------------------

def pohon_docx(pohon: PohonKinerja) -> bytes:
    import io

    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.shared import Mm

    from sakip.documents.word import DocxBuilder

    doc = DocxBuilder(landscape=True, font_size=9, title=pohon.judul)
    section = doc.document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = Mm(420), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(12))
    pages = halaman_diagram(pohon)
    lebar, tinggi = Mm(420 - 24), Mm(297 - 24 - 28)
    for n, (judul, chain, node) in enumerate(pages, start=1):
        if n > 1:
            doc.page_break()
        doc.paragraph(pohon.judul.upper(), bold=True)
        doc.paragraph(f"{_subjudul(pohon)} · bagian {n} dari {len(pages)}: {judul}")
        gambar = diagram.png(kotak_halaman(chain, node), dpi=200)
        w, h = _ukuran_png(gambar)
        skala = min(lebar / w, tinggi / h)
        doc.document.add_picture(io.BytesIO(gambar), width=int(w * skala), height=int(h * skala))
    table_section = doc.document.add_section(WD_SECTION.NEW_PAGE)
    table_section.orientation = WD_ORIENT.LANDSCAPE
    table_section.page_width, table_section.page_height = Mm(297), Mm(210)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(table_section, side, Mm(15))
    doc.paragraph(f"Tabel {pohon.judul}", bold=True)
    doc.paragraph(_subjudul(pohon))
    data = baris_tabel(pohon)
    rows = [(level, kode, nama, ind.split("\n"), target.split("\n"), pemilik)
            for _depth, (level, kode, nama, ind, target, pemilik) in data]
    widths = [Mm(w) for w in (26, 34, 70, 70, 22, 45)]
    table = doc.table([KEPALA_TABEL], rows, widths, ukuran=8)
    for row, (depth, _cells) in zip(table.rows[1:], data, strict=True):  # the name indented by its depth
        row.cells[2].paragraphs[0].paragraph_format.left_indent = Mm(3 * depth)
    if pohon.catatan:
        doc.paragraph("Catatan: " + " ".join(pohon.catatan))
    return doc.bytes()


def _ukuran_png(data: bytes) -> tuple[int, int]:
    """Width and height of a PNG (its IHDR), in pixels."""
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
