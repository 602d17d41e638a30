"""Benchmark of the LKjIP's formats against their floors (issue 21): prints its figures, asserts nothing.

    .venv/bin/python bench/dokumen.py [N_WARM] [N_PROSES]

A throwaway SQLite database with the demo; Wonoasih's LKjIP 2024 in JSON, Word, PDF and Excel, each measured
two ways beside a floor — the same tables, rows, cells, paragraphs and pages built directly with the same
library from the same computed structure, by the minimal code written below (no sakip helper):

- warm: one process, after a warm-up; the median of N_WARM (default 7) renders of the structure
  (``LKJIP.berkas(dok, fmt)``) against the floor's bare build from its prepared input;
- as a command: a fresh process ``sakip lkjip --unit wonoasih --year 2024 --format F --out FILE``, the median of
  N_PROSES (default 5), against a fresh process that does ``django.setup()``, builds the structure, prepares the
  floor's input and runs the bare build (this script with ``--lantai F``).

The floors' input is prepared from the structure: ``dok.as_json()``, and the laid-out sections of
``reporting.naskah.bab`` (the text of every cell, the charts drawn as PNG). In a warm process the floor is given
it ready; the floor process prepares it (so it draws the charts, as the command does).

- json: ``json.dumps`` of ``dok.as_json()`` (sakip's JSON also computes that dictionary and its checks);
- docx: python-docx's public API as a first program would use it (``add_heading``, ``add_paragraph``,
  ``add_table`` with ``cell.text``, ``add_picture``, ``add_section``): the cover, the Kata Pengantar, the contents
  and list-of-tables entries as paragraphs, every table with all its rows and cells, the same pictures, A4 portrait
  with landscape sections for the wide tables, 20 mm margins. No column widths, no contents numbering;
- pdf: a minimal Typst source written here (headings, paragraphs, every table as a captioned figure with the
  same cells, the two outlines, the landscape pages, the pictures) compiled by the same ``typst`` module; and,
  as a second reference, the ``typst`` compile alone of sakip's own source. Typst remembers what it compiled
  in a process, so a warm compile of the same source costs a fraction of a first one (both sides alike);
- xlsx: openpyxl writing the same sheets, rows and cells (figures as numbers with a number format) with
  ``ws.append``, frozen header, A4.

Word numbers its contents by printing the file once with LibreOffice (``documents/halaman.py``, cached by a hash
of the content in ``VAR_DIR/cache/halaman``). The docx rows compare with the cache hit (what every download but
the first costs; the floor numbers nothing); the no-LibreOffice case and the LibreOffice print of a first download
are lines of their own.

Each line gives wall time and CPU time (this process's for warm renders, the child's user + system for commands):
other jobs may load the machine (CI runs), which stretches wall time but hardly CPU time. sakip and its floor
alternate (A, B, A, B, …) so drift touches both alike; every figure is a median.
"""

from __future__ import annotations

import gc
import io
import json
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
PYTHON = sys.executable
SAKIP = str(Path(sys.executable).parent / "sakip")
FORMATS = ("json", "docx", "pdf", "xlsx")
UNIT, TAHUN = "wonoasih", 2024

if "--lantai" not in sys.argv:  # the main run makes its throwaway database; a floor process is given one
    os.environ["SAKIP_VAR_DIR"] = tempfile.mkdtemp(prefix="sakip-bench-dokumen-")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "sakip.settings")


# --- the floors: minimal builders with the bare libraries ------------------------------------------------------


def siapkan(dok, fmt: str):
    """The floor's input for ``fmt``, from the computed structure (pictures drawn here, not in the floor)."""
    if fmt == "json":
        return dok.as_json()
    if fmt == "xlsx":
        from sakip.documents.naskah import Tabel
        from sakip.domain.reporting import naskah

        tables, bab3 = [], False
        for s in naskah.bab(dok):  # the tables sakip puts on sheets of their own: all but Bab III's
            bab3 = s.judul.startswith("BAB III") if s.tingkat == 1 else bab3
            tables += [(part.kepala, part.baris) for part in s.isi if isinstance(part, Tabel) and not bab3]
        return dok.as_json(), tables
    from sakip.domain.reporting import naskah

    bagian = naskah.bab(dok)
    opsi = naskah.opsi(dok)
    for s in [*opsi["pembuka"], *opsi["ringkasan"], *bagian]:
        for part in s.isi:
            if hasattr(part, "png"):
                part.png  # noqa: B018 — drawn now: the floor gets the PNG bytes
    return naskah.judul(dok), bagian, opsi


def lantai_json(data) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()


def _blok(judul, bagian, opsi) -> list[tuple]:
    """The document as a flat list of blocks, in print order: what both the Word and the Typst floor lay out."""
    out: list[tuple] = [("baris_tebal", list(judul)), ("baris_tebal", list(opsi["sampul"])), ("putus",)]
    for s in opsi["pembuka"]:
        out += [*_blok_bagian(s), ("putus",)]
    isi = [s.judul for s in [*opsi["pembuka"], *opsi["ringkasan"], *bagian] if s.tingkat <= 2]
    out.append(("daftar", "DAFTAR ISI", [*isi, "DAFTAR ISI", "DAFTAR GAMBAR DAN TABEL"]))
    out.append(("daftar", "DAFTAR GAMBAR DAN TABEL", [p.label for s in bagian for p in s.isi if getattr(p, "nomor", "")]))
    for s in opsi["ringkasan"]:
        out += [*_blok_bagian(s), ("putus",)]
    out.append(("badan",))
    for s in bagian:
        out += _blok_bagian(s)
    return out


def _blok_bagian(s) -> list[tuple]:
    from sakip.documents.naskah import HALAMAN_BARU, Gambar, Tabel, TandaTangan, TandaTanganDua

    wide_first = bool(s.isi) and isinstance(s.isi[0], Tabel) and s.isi[0].lebar
    out: list[tuple] = [("landskap", True)] if wide_first else []
    out.append(("bab", s.tingkat, s.judul))
    for n, part in enumerate(s.isi):
        if isinstance(part, Tabel):
            out += [("landskap", True)] if part.lebar and not (wide_first and n == 0) else []
            out.append(("tabel", part.label, part.kepala, part.baris, bool(part.nomor)))
            out += [("par", part.catatan)] if part.catatan else []
            out += [("landskap", False)] if part.lebar else []
        elif isinstance(part, Gambar):
            out.append(("gambar", part.label, part.png))
        elif isinstance(part, TandaTangan):
            out.append(("ttd", [], [part.tempat_tanggal, part.jabatan.upper() + ",", "", "", part.nama, part.pangkat,
                                    f"NIP. {part.nip}"]))
        elif isinstance(part, TandaTanganDua):
            out += [("par", part.tempat_tanggal), ("ttd", list(part.kiri), list(part.kanan))]
        else:
            out.append(("putus",) if part is HALAMAN_BARU else ("par", part))
    return out


def _sel(value) -> str:
    return value if isinstance(value, str) else "\n".join(value)


class _Word:
    """The Word floor: each block with python-docx's public API, as a first python-docx program would write it."""

    def __init__(self) -> None:
        from docx import Document

        self.doc = Document()
        self.halaman(self.doc.sections[0], False)

    @staticmethod
    def halaman(section, landskap: bool) -> None:
        from docx.enum.section import WD_ORIENT
        from docx.shared import Mm

        section.orientation = WD_ORIENT.LANDSCAPE if landskap else WD_ORIENT.PORTRAIT
        section.page_width, section.page_height = (Mm(297), Mm(210)) if landskap else (Mm(210), Mm(297))
        section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Mm(20)

    def baris_tebal(self, lines) -> None:
        for line in lines:
            self.doc.add_paragraph().add_run(line).bold = True

    def putus(self) -> None:
        self.doc.add_page_break()

    def bab(self, tingkat, judul) -> None:
        self.doc.add_heading(judul, level=tingkat)

    def par(self, teks) -> None:
        self.doc.add_paragraph(teks)

    def daftar(self, judul, entries) -> None:
        self.doc.add_heading(judul, level=1)
        for entry in entries:
            self.doc.add_paragraph(entry)
        self.doc.add_page_break()

    def badan(self) -> None:
        self.landskap(False)

    def landskap(self, landskap: bool) -> None:
        from docx.enum.section import WD_SECTION

        self.halaman(self.doc.add_section(WD_SECTION.NEW_PAGE), landskap)

    def tabel(self, label, kepala, baris, _nomor) -> None:
        self.doc.add_paragraph(label)
        table = self.doc.add_table(rows=1 + len(baris), cols=len(kepala))
        table.style = "Table Grid"
        rows = table.rows
        for cell, text in zip(rows[0].cells, kepala, strict=True):
            cell.text = text
            cell.paragraphs[0].runs[0].bold = True
        for row, values in zip(rows[1:], baris, strict=True):
            for cell, value in zip(row.cells, values, strict=True):
                cell.text = _sel(value)

    def gambar(self, label, png) -> None:
        from docx.shared import Mm

        self.doc.add_paragraph(label)
        self.doc.add_picture(io.BytesIO(png), width=Mm(150))

    def ttd(self, kiri, kanan) -> None:
        cells = self.doc.add_table(rows=1, cols=2).rows[0].cells
        cells[0].text, cells[1].text = "\n".join(kiri), "\n".join(kanan)


def lantai_docx(masukan) -> bytes:
    word = _Word()
    for blok in _blok(*masukan):
        getattr(word, blok[0])(*blok[1:])
    buffer = io.BytesIO()
    word.doc.save(buffer)
    return buffer.getvalue()


def _t(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def _typst_tabel(label, kepala, baris, nomor) -> str:
    cells = ", ".join(_t(_sel(c)) for row in baris for c in row)
    return (f"#figure(kind: table, supplement: none, outlined: {'true' if nomor else 'false'}, caption: {_t(label)}, "
            f"table(columns: {len(kepala)}, table.header({', '.join(_t(k) for k in kepala)}), {cells}))")


TYPST = {
    "baris_tebal": lambda lines: "\n".join(f"#strong({_t(line)})\n" for line in lines),
    "putus": lambda: "#pagebreak(weak: true)",
    "bab": lambda tingkat, judul: f"#heading(level: {tingkat}, {_t(judul)})",
    "par": lambda teks: f"#par({_t(teks)})",
    "daftar": lambda judul, _: (f"#outline(title: {_t(judul)}{'' if judul == 'DAFTAR ISI' else ', target: figure'})"
                                "\n#pagebreak(weak: true)"),
    "badan": lambda: "#pagebreak(weak: true)",
    "landskap": lambda landskap: f"#set page(flipped: {'true' if landskap else 'false'})",
    "tabel": _typst_tabel,
    "ttd": lambda kiri, kanan: f"#grid(columns: 2, {_t(chr(10).join(kiri))}, {_t(chr(10).join(kanan))})",
}


def lantai_pdf(masukan) -> bytes:
    import typst

    parts = ['#set page(paper: "a4", margin: 20mm, numbering: "1")',
             '#set text(font: ("Liberation Sans", "DejaVu Sans"), size: 10pt)', "#show table: set text(size: 8.5pt)"]
    images = {}
    for blok in _blok(*masukan):
        if blok[0] == "gambar":
            images[f"g{len(images)}.png"] = blok[2]
            parts.append(f"#figure(kind: image, supplement: none, caption: {_t(blok[1])}, "
                         f"image({_t(f'g{len(images) - 1}.png')}, width: 150mm))")
        else:
            parts.append(TYPST[blok[0]](*blok[1:]))
    with tempfile.TemporaryDirectory(prefix="lantai-typst-") as tmp:
        (Path(tmp) / "a.typ").write_text("\n".join(parts), encoding="utf-8")
        for name, png in images.items():
            (Path(tmp) / name).write_bytes(png)
        return typst.compile(str(Path(tmp) / "a.typ"), root=tmp)


def typst_saja(sumber) -> bytes:
    """Reference: the Typst compile alone of sakip's own source (the source and pictures written beforehand)."""
    import typst

    return typst.compile(sumber)


ANGKA = re.compile(r"^-?\d{1,3}(\.\d{3})*(,\d+)?%?$|^-?\d+(,\d+)?%?$")


def lantai_xlsx(masukan) -> bytes:
    from openpyxl import Workbook

    data, tables = masukan
    wb = Workbook()
    wb.remove(wb.active)

    def lembar(title, header, rows) -> None:
        ws = wb.create_sheet(title[:31])
        ws.append(list(header))
        for row in rows:
            ws.append(row)
            for cell in ws[ws.max_row]:
                if isinstance(cell.value, int | float):
                    cell.number_format = "#,##0.00"
        ws.freeze_panes = "A2"
        ws.page_setup.paperSize, ws.page_setup.orientation = ws.PAPERSIZE_A4, "landscape"

    ind = [(s, i) for s in data["sasaran"] for i in s["indikator"]]
    lembar("Capaian Kinerja", range(10), [[s["nama"], i["nama"], i["satuan"], i["target_renstra"], i["target"],
                                          i["realisasi"], i["capaian_persen"], i["kategori"],
                                          i["realisasi_tahun_lalu"], i["target_akhir_renstra"]] for s, i in ind])
    lembar("Anggaran dan Efisiensi", range(8), [
        [s["nama"], i["nama"], i["anggaran"]["pagu"], i["anggaran"]["realisasi"], i["anggaran"]["serapan_persen"],
         i["anggaran"]["porsi_persen"], i["capaian_persen"], i["efisiensi_persen"]] for s, i in ind])
    rows = []
    for p in data["program"]:
        rows.append([p["kode"], p["nama"], "", "", p["pagu"], p["realisasi"], p["serapan_persen"]])
        for k in p["kegiatan"]:
            rows.append([k["kode"], "", k["nama"], "", k["pagu"], k["realisasi"], k["serapan_persen"]])
            for sub in k["sub_kegiatan"]:
                rows.append([sub["kode"], "", "", sub["nama"], sub["pagu"], sub["realisasi"], sub["serapan_persen"]])
                rows += [[lok["kode"], "", "", lok["nama"], lok["pagu"], lok["realisasi"], lok["serapan_persen"]]
                         for lok in sub["lokasi_rincian"]]
    lembar("Realisasi Anggaran", range(7), rows)
    for n, (header, baris) in enumerate(tables, start=1):
        def nilai(text):
            if isinstance(text, str) and ANGKA.match(text):
                return float(text.rstrip("%").replace(".", "").replace(",", "."))
            return text if isinstance(text, str) else "\n".join(text)
        lembar(f"Tabel {n}", header, [[nilai(c) for c in row] for row in baris])
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


LANTAI = {"json": lantai_json, "docx": lantai_docx, "pdf": lantai_pdf, "xlsx": lantai_xlsx}


# --- measuring -------------------------------------------------------------------------------------------------


def _ukur(fn) -> tuple[float, float]:
    """Wall and CPU milliseconds of ``fn()`` in this process."""
    gc.collect()  # the garbage of the call before is not collected inside this one
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def _proses(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall and CPU (user + system of the child) seconds of a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    hasil = subprocess.run(cmd, env=env, cwd=ROOT, capture_output=True, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if hasil.returncode:
        sys.exit(f"{' '.join(cmd)} failed ({hasil.returncode}):\n{hasil.stderr.decode()[-2000:]}")
    return wall, after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime


def _median(pairs: list[tuple[float, float]]) -> tuple[float, float]:
    return statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)


def _baris(nama: str, sakip: list[tuple[float, float]], lantai: list[tuple[float, float]], satuan: str) -> str:
    """One line: wall sakip / floor / ratio, then CPU sakip / floor / ratio (medians), Indonesian decimals."""
    places = 0 if satuan == "ms" else 2
    (ws, cs), (wl, cl) = _median(sakip), _median(lantai)
    teks = (f"  {nama:<46} {ws:>7.{places}f} {wl:>7.{places}f} {ws / wl:>5.2f}×   {cs:>7.{places}f} {cl:>7.{places}f} "
            f"{cs / cl:>5.2f}×")
    return teks.replace(".", ",")


def lantai_proses(fmt: str, out: str) -> None:
    """A floor as a process: django.setup(), the structure, the floor's input, the bare build, the file."""
    import django

    django.setup()
    from sakip.core.scoping import Scope
    from sakip.domain.reporting.dokumen import build_lkjip

    dok = build_lkjip(Scope.system(), UNIT, TAHUN, pohon=True)
    Path(out).write_bytes(LANTAI[fmt](siapkan(dok, fmt)))


def hangat(dok, n: int, tmp: Path) -> None:
    """Each format in one warm process beside its floor, alternated; then the parts of the Word file."""
    from sakip.documents.typst import sumber_typst
    from sakip.domain.reporting import naskah
    from sakip.domain.reporting.dokumen import LKJIP

    masukan = {fmt: siapkan(dok, fmt) for fmt in FORMATS}
    sumber, gambar = sumber_typst(naskah.judul(dok), naskah.bab(dok), **naskah.opsi(dok))
    (tmp / "naskah.typ").write_text(sumber, encoding="utf-8")
    for name, png in gambar.items():
        (tmp / name).write_bytes(png)
    # Warm-up: the imports, and the LibreOffice print that fills the page-number cache of this database's Word file.
    ukuran = {fmt: (len(LKJIP.berkas(dok, fmt).isi), len(LANTAI[fmt](masukan[fmt]))) for fmt in FORMATS}
    typst_saja(str(tmp / "naskah.typ"))
    sakip: dict[str, list] = {fmt: [] for fmt in FORMATS}
    lantai: dict[str, list] = {fmt: [] for fmt in [*FORMATS, "typst"]}
    for _ in range(n):
        for fmt in FORMATS:
            sakip[fmt].append(_ukur(lambda fmt=fmt: LKJIP.berkas(dok, fmt)))
            lantai[fmt].append(_ukur(lambda fmt=fmt: LANTAI[fmt](masukan[fmt])))
        lantai["typst"].append(_ukur(lambda: typst_saja(str(tmp / "naskah.typ"))))
    print(f"\nIn one warm process, median of {n}, sakip and floor alternated   wall: sakip   floor  ratio     "
          "CPU: sakip   floor  ratio (ms)")
    for fmt in FORMATS:
        print(_baris(f"{fmt} ({ukuran[fmt][0] // 1024} KB; floor {ukuran[fmt][1] // 1024} KB)", sakip[fmt], lantai[fmt],
                     "ms"))
    print(_baris("pdf against Typst compiling sakip's own source", sakip["pdf"], lantai["typst"], "ms"))
    bagian_word(dok, n, sakip["docx"])


def bagian_word(dok, n: int, hit: list) -> None:
    """The Word file's layout (sections, charts drawn afresh) and its contents numbering three ways: the cache hit
    (the line above), no LibreOffice and no cache (entries left for Word to number), an empty cache (LibreOffice
    prints the file once)."""
    from django.conf import settings

    from sakip.domain.reporting import naskah
    from sakip.domain.reporting.dokumen import LKJIP

    lupa = getattr(naskah, "_png", None)  # the charts remembered by their figures, where sakip keeps them

    def tata() -> None:
        if lupa is not None:
            lupa.cache_clear()
        for s in naskah.bab(dok):
            for part in s.isi:
                getattr(part, "png", None)

    tata_ms = [_ukur(tata) for _ in range(n)]
    LKJIP.berkas(dok, "docx")  # the charts remembered again
    cache, path = getattr(settings, "HALAMAN_CACHE", None), os.environ.get("PATH", "")
    tanpa_lo, meleset = [], []
    os.environ["PATH"] = tempfile.mkdtemp(prefix="sakip-tanpa-soffice-")
    for _ in range(n):
        settings.HALAMAN_CACHE = Path(tempfile.mkdtemp(prefix="sakip-halaman-"))  # no cached numbers either
        tanpa_lo.append(_ukur(lambda: LKJIP.berkas(dok, "docx")))
    os.environ["PATH"] = path
    for _ in range(3):
        settings.HALAMAN_CACHE = Path(tempfile.mkdtemp(prefix="sakip-halaman-"))
        meleset.append(_ukur(lambda: LKJIP.berkas(dok, "docx")))
    if cache is None:
        del settings.HALAMAN_CACHE
    else:
        settings.HALAMAN_CACHE = cache
    for nama, data in (("layout alone: sections, 4 charts drawn afresh", tata_ms),
                       ("contents numbered from the cache (the row above)", hit),
                       ("no LibreOffice, no cache: entries left for Word", tanpa_lo),
                       ("first download: LibreOffice prints it once", meleset)):
        (w, c) = _median(data)
        print(f"  docx, {nama:<50} {w:>7.0f} ms wall, {c:>6.0f} ms CPU in this process".replace(".", ","))


def proses(n: int, tmp: Path) -> None:
    """As a command: fresh processes, sakip's console script and this script's floor, alternated."""
    env = dict(os.environ)
    out = str(tmp / "keluar")
    perintah = {fmt: [SAKIP, "lkjip", "--unit", UNIT, "--year", str(TAHUN), "--format", fmt, "--out", out]
                for fmt in FORMATS}
    setup = [PYTHON, "-c", "import os, django; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'sakip.settings'); "
                           "django.setup()"]
    for fmt in FORMATS:  # warm-up: the disk cache; the page-number cache was filled by the warm process
        _proses(perintah[fmt], env)
    sakip: dict[str, list] = {fmt: [] for fmt in FORMATS}
    lantai: dict[str, list] = {fmt: [] for fmt in FORMATS}
    awal = []
    for _ in range(n):
        awal.append(_proses(setup, env))
        for fmt in FORMATS:
            sakip[fmt].append(_proses(perintah[fmt], env))
            lantai[fmt].append(_proses([PYTHON, __file__, "--lantai", fmt, out], env))
    w, c = _median(awal)
    print(f"\nAs a command, median of {n} fresh processes; floor = django.setup() + structure + floor's input + bare "
          f"build\n  django.setup() alone: {w:.2f} s wall, {c:.2f} s CPU".replace(".", ","))
    print(f"{'':<48} wall: sakip   floor  ratio     CPU: sakip   floor  ratio (s)")
    for fmt in FORMATS:
        print(_baris(f"sakip lkjip --format {fmt}", sakip[fmt], lantai[fmt], "s"))


def main() -> None:
    import django

    django.setup()
    from _ukur import muat_demo

    from sakip.core.scoping import Scope
    from sakip.domain.reporting.dokumen import build_lkjip

    n_warm = int(sys.argv[1]) if len(sys.argv) > 1 else 7
    n_proses = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    muat_demo()
    print(f"LKjIP {UNIT} {TAHUN}; load average {os.getloadavg()[0]:.2f} at the start: other jobs may share the machine, "
          "so every figure is a median and the ratios are what to read".replace(".", ","))
    dok = build_lkjip(Scope.system(), UNIT, TAHUN, pohon=True)
    tmp = Path(tempfile.mkdtemp(prefix="sakip-bench-dokumen-"))
    hangat(dok, n_warm, tmp)
    proses(n_proses, tmp)
    print(f"load average at the end {os.getloadavg()[0]:.2f}".replace(".", ","))
    shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    if "--lantai" in sys.argv:
        i = sys.argv.index("--lantai")
        lantai_proses(sys.argv[i + 1], sys.argv[i + 2])
    else:
        main()
