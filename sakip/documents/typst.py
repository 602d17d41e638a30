"""Long documents to PDF with Typst: the same sections (``naskah.Bagian``) that Word gets, written
as Typst source and compiled in-process.

Why Typst and not WeasyPrint here: the LKjIP of a kecamatan is ~90 A4 pages of tables; WeasyPrint
needs 6–7 s for it on a 2-core machine, Typst well under a second, with the same features the
document needs natively (contents and list of tables with page numbers, table headers repeated on
every page, landscape pages, page X of Y). The SKM report goes the same way; the IKU and PK, printed
from their screen HTML, keep WeasyPrint.

All text goes in as Typst string literals, so nothing typed by a user can be read as markup.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from sakip.core.teks import bersihkan
from sakip.documents import lebar
from sakip.documents.naskah import HALAMAN_BARU, Bagian, Gambar, Tabel, TandaTangan, TandaTanganDua

PEMBUKAAN = (Path(__file__).parent / "typst_pembuka.typ").read_text(encoding="utf-8")


def s(text: str) -> str:
    """A Typst string literal (control characters dropped: :mod:`sakip.core.teks`)."""
    return '"' + bersihkan(str(text)).replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _tabel(t: Tabel, heading: str = "") -> str:
    """A table as a figure with its caption (outlined in Daftar Tabel when numbered), its columns as wide as
    :func:`sakip.documents.lebar.lebar_kolom` gives for the page (no figure or word broken inside); a table
    without a title is printed bare (its section heading titles it)."""
    # Landscape when the table asks for it and is too wide for a portrait page even at this renderer's 8.5 pt
    # (a table Word's 11 pt cannot fit on a portrait page may fit here).
    landscape = t.lebar and not lebar.muat(t.kepala, t.baris, lebar.TYPST_POTRET_MM * lebar.MM, pt=lebar.TYPST_PT,
                                           tepi=lebar.TYPST_TEPI)
    total = (lebar.TYPST_LANDSKAP_MM if landscape else lebar.TYPST_POTRET_MM) * lebar.MM
    widths = lebar.lebar_kolom(t.kepala, t.baris, total, pt=lebar.TYPST_PT, tepi=lebar.TYPST_TEPI)
    columns = "(" + ", ".join(f"{w / total * 100:.3f}fr" for w in widths) + ",)"
    header = ", ".join(s(k) for k in t.kepala)
    cells = ", ".join(f"table.cell(align: right, {s(c)})" if lebar.ANGKA.match(str(c)) else s(c)
                      for row in t.baris for c in row)
    table = f"table(columns: {columns}, table.header({header}), {cells})"
    if t.label:
        outlined = "true" if t.nomor else "false"
        body = f"#figure(kind: table, supplement: none, outlined: {outlined}, caption: {s(t.label)}, {table})"
    else:
        body = f"#{table}"
    if t.catatan:
        body += f"\n#text(size: 8pt, {s(t.catatan)})"
    if landscape:  # a heading right before a wide table goes on its landscape page, not alone on a portrait one
        return f"#page(flipped: true)[\n{heading}\n{body}\n]\n"
    return heading + "\n" + body + "\n"


def _bagian(b: Bagian, images: dict[str, bytes], tanda_tangan: dict | None) -> str:
    out = []
    if b.halaman_baru:
        out.append("#pagebreak(weak: true)")
    heading = f"#heading(level: {b.tingkat}, {s(b.judul)})"
    if b.isi and isinstance(b.isi[0], Tabel) and b.isi[0].lebar:
        out.append(_tabel(b.isi[0], heading))
        parts = b.isi[1:]
    else:
        out.append(heading)
        parts = b.isi
    for part in parts:
        if isinstance(part, Tabel):
            out.append(_tabel(part))
        elif isinstance(part, Gambar):
            name = f"gambar-{len(images) + 1}.png"
            images[name] = part.png
            out.append(f"#figure(kind: image, supplement: none, caption: {s(part.label)}, "
                       f"image({s(name)}, width: 150mm))")
        elif isinstance(part, TandaTangan):
            out.append(_ttd(part))
        elif isinstance(part, TandaTanganDua):
            kiri, kanan = ("(" + ", ".join(s(x) for x in side) + ")" for side in (part.kiri, part.kanan))
            out.append(f"#ttd2({s(part.tempat_tanggal)}, {kiri}, {kanan})")
        elif part is HALAMAN_BARU:
            out.append("#pagebreak(weak: true)")
        else:
            out.append(f"#par({s(part)})")
    signature = (tanda_tangan or {}).get(b.judul)
    if signature:
        out.append(_ttd(signature))
    return "\n\n".join(out) + "\n"


def _ttd(t: TandaTangan) -> str:
    return f"#ttd({s(t.tempat_tanggal)}, {s(t.jabatan)}, {s(t.nama)}, {s(t.pangkat)}, {s(t.nip)})"


def sumber_typst(judul: tuple[str, ...], bagian: list[Bagian], *, daftar_isi: bool = False,
                 tanda_tangan: dict[str, TandaTangan] | None = None, sampul: tuple[str, ...] = (),
                 pembuka: list[Bagian] | None = None, daftar_tabel: bool = False,
                 ringkasan: list[Bagian] | None = None) -> tuple[str, dict[str, bytes]]:
    """The Typst source of the document and the pictures it refers to. With front matter (cover, Kata
    Pengantar, contents, Ikhtisar) its pages are numbered i, ii, …, and the body from 1, as the seed does."""
    images: dict[str, bytes] = {}
    parts = [PEMBUKAAN.replace("TITLE", s(" ".join(judul)))]
    depan = bool(sampul or pembuka or daftar_isi or daftar_tabel or ringkasan)
    if depan:
        parts.append('#set page(numbering: "i")')
    title = " \\ ".join(f"#{s(line)}" for line in judul)
    if sampul:
        lines = " \\ ".join(f"#{s(line)}" for line in sampul)
        parts.append(f"#page(footer: none)[#v(60mm) #align(center)[#text(size: 16pt, weight: \"bold\")[{title}] "
                     f"#v(2em) #text(weight: \"bold\")[{lines}]]]")
        parts.append("#counter(page).update(1)")  # the cover is not counted: Kata Pengantar is i, as in seed 002
    else:
        parts.append(f"#align(center, text(size: 12pt, weight: \"bold\")[{title}])")
    for b in pembuka or []:
        parts.append(_bagian(b, images, tanda_tangan))
        parts.append("#pagebreak(weak: true)")
    if daftar_isi:
        parts.append('#outline(title: "DAFTAR ISI", depth: 2)\n#pagebreak(weak: true)')
    if daftar_tabel:
        parts.append('#outline(title: "DAFTAR GAMBAR DAN TABEL", target: figure)\n#pagebreak(weak: true)')
    for b in ringkasan or []:
        parts.append(_bagian(b, images, tanda_tangan))
        parts.append("#pagebreak(weak: true)")
    if depan:
        parts.append('#set page(numbering: "1")\n#counter(page).update(1)')
    for b in bagian:
        parts.append(_bagian(b, images, tanda_tangan))
    return "\n".join(parts), images


def naskah_pdf_typst(judul: tuple[str, ...], bagian: list[Bagian], **options) -> bytes:
    import typst

    source, images = sumber_typst(judul, bagian, **options)
    with tempfile.TemporaryDirectory(prefix="sakip-naskah-") as tmp:
        root = Path(tmp)
        (root / "naskah.typ").write_text(source, encoding="utf-8")
        for name, png in images.items():
            (root / name).write_bytes(png)
        return typst.compile(str(root / "naskah.typ"), root=str(root))
