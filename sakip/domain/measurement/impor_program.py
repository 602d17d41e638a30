"""The year's program tree from the Excel file a PD already keeps (the layout of the seeds' Tabel 2.1 and
quarterly tables): programs, kegiatan and sub kegiatan by their nomenclature code, their indicators with the
year's target, the lokasi of a split sub kegiatan, and the pagu of each budget line (APBD from TW I, an APBD-P
from a chosen quarter). A template filled with what sakip holds (so download → import changes nothing), every
cell checked with its row and column, a preview of every change, all or nothing. Also ``sakip import program``.

One sheet "Program". A row with a code is a program (``7.01.02``), kegiatan (``7.01.02.2.01``) or sub
kegiatan (``7.01.02.2.01.0002``); a row without a code belongs to the node above: an indicator (name, satuan,
target) or, under a sub kegiatan, a lokasi (a kelurahan/desa or the PD itself) with its pagu. A pagu on a sub
kegiatan's own row is its own line. Rows are matched by code and name; an import adds and changes, it never
deletes (a tree is pruned on the planning screen).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.core import kunci
from sakip.core.masukan import baca_rupiah, baca_target, panjang_kolom, pesan_panjang
from sakip.core.scoping import Scope
from sakip.documents import impor
from sakip.documents.lembar import Kesalahan, buka_xlsx, get_column_letter, sel, simpan_xlsx, teks_sel
from sakip.domain.measurement.models import Pagu
from sakip.domain.measurement.services_anggaran import pastikan_triwulan_terbuka
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.planning.models import Indikator, Kegiatan, Lokasi, Nomenklatur, Program, SubKegiatan, Target
from sakip.rumus.angka import kutip
from sakip.rumus.capaian import SumberAnggaran

SHEET, META = "Program", "sakip"
HEADER_ROW = 3
KOLOM = ["Kode", "Uraian", "Lokasi", "Indikator", "Satuan", "Target", "Pagu APBD (Rp)", "Pagu APBD-P (Rp)",
         "APBD-P mulai triwulan"]
K = {nama: get_column_letter(i + 1) for i, nama in enumerate(KOLOM)}
PANJANG = {"Indikator": panjang_kolom(Indikator, "nama"), "Satuan": panjang_kolom(Indikator, "satuan")}  # stored as typed
LEVEL = {3: Nomenklatur.Level.PROGRAM, 5: Nomenklatur.Level.KEGIATAN, 6: Nomenklatur.Level.SUB_KEGIATAN}


def _rp(nilai: Decimal | None) -> str:
    return "" if nilai is None else f"{int(nilai):,}".replace(",", ".")


# --- the template --------------------------------------------------------------------------------------------


def templat(scope: Scope, slug: str, tahun: int) -> bytes:
    from openpyxl import Workbook  # here, not at the top: every start-up imports this module (the importers)
    from openpyxl.styles import Font

    pd = get_pd(scope, slug)
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    sel(ws, 1, 1, f"Program, kegiatan dan sub kegiatan {pd.nama} tahun {tahun}").font = Font(bold=True, size=12)
    ws["A2"] = ("Baris berkode: program, kegiatan, sub kegiatan (kode nomenklatur). Baris tanpa kode: indikator atau "
                "lokasi dari baris di atasnya. Pagu ditulis 185.400.000.")
    for c, nama in enumerate(KOLOM, start=1):
        ws.cell(HEADER_ROW, c, nama).font = Font(bold=True)
    row = HEADER_ROW + 1
    for values in _baris_pohon(pd, tahun):
        for c, v in enumerate(values, start=1):
            sel(ws, row, c, v).number_format = "@"
        row += 1
    for c, width in enumerate([20, 50, 22, 45, 10, 12, 18, 18, 10], start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    meta = wb.create_sheet(META)
    info: dict[str, object] = {"jenis": "program", "unit": pd.slug, "tahun": tahun}
    for r, (kunci_meta, isi_meta) in enumerate(info.items(), start=1):
        meta.cell(r, 1, kunci_meta)
        sel(meta, r, 2, isi_meta)
    meta.sheet_state = "hidden"
    return simpan_xlsx(wb)


def _pagu_kolom(lines: dict[str, Pagu]) -> list[str]:
    apbd, apbdp = lines.get(SumberAnggaran.APBD), lines.get(SumberAnggaran.APBD_P)
    return [_rp(apbd.nilai) if apbd else "", _rp(apbdp.nilai) if apbdp else "",
            str(apbdp.berlaku_mulai) if apbdp else ""]


def _baris_pohon(pd: PerangkatDaerah, tahun: int) -> list[list[str]]:
    """The tree as template rows: each node, then its indicators, then (a sub kegiatan's) lokasi lines."""
    programs = Program.objects.filter(pd=pd, tahun=tahun).select_related("nomenklatur").prefetch_related(
        "indikator__target", "kegiatan__nomenklatur", "kegiatan__indikator__target", "kegiatan__sub_kegiatan__nomenklatur",
        "kegiatan__sub_kegiatan__indikator__target", "kegiatan__sub_kegiatan__lokasi__kelurahan")
    pagu: dict[tuple[int, int | None], dict[str, Pagu]] = {}
    for p in Pagu.objects.filter(pd=pd, sub_kegiatan__kegiatan__program__tahun=tahun):
        pagu.setdefault((p.sub_kegiatan_id, p.lokasi_id), {})[p.sumber] = p
    rows: list[list[str]] = []

    def indikator(node, first: list[str]) -> None:
        inds = list(node.indikator.all())
        for i, ind in enumerate(inds or [None]):
            base = first if i == 0 else ["", "", "", "", "", "", "", "", ""]
            if ind is not None:
                t = next((t for t in ind.target.all() if t.tahun == tahun), None)
                base[3:6] = [ind.nama, ind.satuan, t.tampil if t else ""]
            rows.append(base)

    for program in sorted(programs, key=lambda p: (p.urutan, p.nomenklatur.kode)):
        indikator(program, [program.kode, program.nama, "", "", "", "", "", "", ""])
        for kegiatan in program.kegiatan.all():
            indikator(kegiatan, [kegiatan.kode, kegiatan.nama, "", "", "", "", "", "", ""])
            for sub in kegiatan.sub_kegiatan.all():
                indikator(sub, [sub.kode, sub.nama, "", "", "", "", *_pagu_kolom(pagu.get((sub.pk, None), {}))])
                for lokasi in sub.lokasi.all():
                    rows.append(["", "", lokasi.nama, "", "", "", *_pagu_kolom(pagu.get((sub.pk, lokasi.pk), {}))])
    return rows


# --- reading -------------------------------------------------------------------------------------------------


@dataclass
class Simpul:
    baris: int
    nomenklatur: Nomenklatur
    indikator: list[tuple[int, str, str, tuple[Decimal, Decimal | None, str] | None]] = field(default_factory=list)
    pagu: dict[str | None, tuple[int, Decimal | None, Decimal | None, int | None]] = field(default_factory=dict)
    # lokasi name ("" = the PD itself; None = the sub kegiatan's own line) → (row, APBD, APBD-P, from quarter)


@dataclass
class HasilProgram:
    kesalahan: list[Kesalahan] = field(default_factory=list)
    perubahan: list[str] = field(default_factory=list)
    disimpan: bool = False


def _sel(cells: dict[str, str], nama: str, r: int, hasil: HasilProgram, baca):
    if not cells[nama]:
        return None
    try:
        return baca(cells[nama])
    except ValidationError as exc:
        hasil.kesalahan += [Kesalahan(r, K[nama], f"{SHEET}: {m}") for m in exc.messages]
        return None


def _baca(ws, pd: PerangkatDaerah, hasil: HasilProgram) -> list[Simpul]:
    header = [teks_sel(ws.cell(HEADER_ROW, c).value) for c in range(1, len(KOLOM) + 1)]
    if header != KOLOM:
        hasil.kesalahan.append(Kesalahan(HEADER_ROW, None, "Judul kolom tidak sesuai templat; gunakan templat tanpa "
                                                           "mengubah kolomnya."))
        return []
    nomenklatur = {n.kode: n for n in Nomenklatur.objects.all()}
    lokasi_names = {pd.nama.casefold(): "", **{k.nama.casefold(): k.nama for k in pd.kelurahan.all()},
                    **{f"{k.get_jenis_display()} {k.nama}".casefold(): k.nama for k in pd.kelurahan.all()}}
    nodes: list[Simpul] = []
    kode_baris: dict[str, int] = {}  # a code → the row it is written on (one row per program, kegiatan, sub)
    for r in range(HEADER_ROW + 1, ws.max_row + 1):
        cells = {nama: teks_sel(ws.cell(r, c).value) for c, nama in enumerate(KOLOM, start=1)}
        if not any(cells.values()):
            continue
        if cells["Kode"]:
            n = nomenklatur.get(cells["Kode"])
            if n is None:
                hasil.kesalahan.append(Kesalahan(r, K["Kode"], f"{SHEET}: kode {kutip(cells['Kode'])} tidak ada dalam "
                                                               "nomenklatur."))
                continue
            if n.kode in kode_baris:
                hasil.kesalahan.append(Kesalahan(r, K["Kode"], (
                    f"{SHEET}: kode {n.kode} juga tertulis di baris {kode_baris[n.kode]}; tulis setiap program, kegiatan "
                    "dan sub kegiatan satu kali, dengan indikator dan lokasinya di baris-baris bawahnya.")))
                continue
            kode_baris[n.kode] = r
            nodes.append(Simpul(r, n))
        elif not nodes:
            hasil.kesalahan.append(Kesalahan(r, K["Kode"], f"{SHEET}: baris pertama harus berkode program."))
            continue
        _isi_simpul(nodes[-1], r, cells, lokasi_names, pd, hasil)
    return nodes


def _isi_simpul(node: Simpul, r: int, cells: dict[str, str], lokasi_names: dict[str, str], pd: PerangkatDaerah,
                hasil: HasilProgram) -> None:
    """What a row adds to its node: an indicator, and (a sub kegiatan's) a pagu line, own or of a lokasi."""
    for nama, maks in PANJANG.items():
        pesan = pesan_panjang(cells[nama], maks)
        if pesan:
            hasil.kesalahan.append(Kesalahan(r, K[nama], f"{SHEET}: {pesan}"))
            return
    if cells["Indikator"]:
        earlier = next((row for row, name, _, _ in node.indikator if name == cells["Indikator"]), None)
        if earlier is not None:
            hasil.kesalahan.append(Kesalahan(r, K["Indikator"], (
                f"{SHEET}: indikator {kutip(cells['Indikator'])} juga tertulis di baris {earlier} untuk "
                f"{node.nomenklatur.kode}; hapus salah satunya.")))
            return
        target = _sel(cells, "Target", r, hasil, lambda t: baca_target(t, "target"))
        node.indikator.append((r, cells["Indikator"], cells["Satuan"],
                               (target[0].nilai, target[0].atas, target[1]) if target else None))
    lokasi: str | None = None
    if cells["Lokasi"]:
        lokasi = lokasi_names.get(cells["Lokasi"].casefold())
        if lokasi is None:
            hasil.kesalahan.append(Kesalahan(r, K["Lokasi"], (
                f"{SHEET}: lokasi “{cells['Lokasi']}” bukan kelurahan/desa {pd.nama} (atau {pd.nama} sendiri).")))
            return
    apbd = _sel(cells, "Pagu APBD (Rp)", r, hasil, baca_rupiah)
    apbdp = _sel(cells, "Pagu APBD-P (Rp)", r, hasil, baca_rupiah)
    mulai = cells["APBD-P mulai triwulan"]
    if mulai and mulai not in ("2", "3", "4"):
        hasil.kesalahan.append(Kesalahan(r, K["APBD-P mulai triwulan"], f"{SHEET}: triwulan 2, 3 atau 4."))
    if apbd is None and apbdp is None and lokasi is None:
        return
    if node.nomenklatur.level != Nomenklatur.Level.SUB_KEGIATAN:
        hasil.kesalahan.append(Kesalahan(r, K["Lokasi"] if lokasi is not None else K["Pagu APBD (Rp)"], (
            f"{SHEET}: lokasi dan pagu hanya untuk sub kegiatan.")))
        return
    if apbdp is not None and not mulai:
        hasil.kesalahan.append(Kesalahan(r, K["APBD-P mulai triwulan"], f"{SHEET}: isi triwulan mulai berlakunya APBD-P."))
    if lokasi in node.pagu:
        line = f"lokasi {lokasi or pd.nama}" if lokasi is not None else f"sub kegiatan {node.nomenklatur.kode} sendiri"
        hasil.kesalahan.append(Kesalahan(r, K["Lokasi"] if lokasi is not None else K["Pagu APBD (Rp)"], (
            f"{SHEET}: pagu {line} juga tertulis di baris {node.pagu[lokasi][0]}; tulis setiap baris anggaran satu kali.")))
        return
    node.pagu[lokasi] = (r, apbd, apbdp, int(mulai) if mulai in ("2", "3", "4") else None)


# --- saving --------------------------------------------------------------------------------------------------


def impor_program(scope: Scope, *, slug: str, tahun: int, isi: bytes, simpan: bool) -> HasilProgram:
    hasil = HasilProgram()
    pd = get_pd(scope, slug)
    if not scope.writes_for(pd):
        hasil.kesalahan.append(Kesalahan(None, None, "Anda tidak berwenang mengubah program perangkat daerah ini."))
        return hasil
    wb = buka_xlsx(isi, bukan_xlsx="Berkas bukan .xlsx (unduh templat program, isi, lalu unggah).")
    if isinstance(wb, Kesalahan):
        hasil.kesalahan.append(wb)
        return hasil
    if META not in wb.sheetnames or SHEET not in wb.sheetnames:
        hasil.kesalahan.append(Kesalahan(None, None, "Berkas ini bukan templat program sakip (lembar “Program” dan "
                                                     "“sakip” harus ada)."))
        return hasil
    meta = {wb[META].cell(r, 1).value: wb[META].cell(r, 2).value for r in range(1, 5)}
    if meta.get("jenis") != "program" or meta.get("unit") != pd.slug or str(meta.get("tahun")) != str(tahun):
        hasil.kesalahan.append(Kesalahan(None, None, (
            f"Templat ini untuk {meta.get('unit')} tahun {meta.get('tahun')}, bukan {pd.slug} tahun {tahun}.")))
        return hasil
    nodes = _baca(wb[SHEET], pd, hasil)
    if hasil.kesalahan:
        return hasil
    try:
        with transaction.atomic():
            terapkan = _Terapkan(pd, tahun)
            hasil.perubahan = terapkan.semua(nodes)
            if terapkan.pohon_berubah:  # the tree, its indicators and targets: the year's lock
                kunci.pastikan_tahun_terbuka(pd.pk, tahun)
            pastikan_triwulan_terbuka(pd.pk, tahun, terapkan.pagu_dari)  # pagu: the quarters it is in force in
            if not simpan:
                transaction.set_rollback(True)
    except ValidationError as exc:
        hasil.kesalahan += [Kesalahan(None, None, m) for m in exc.messages]
        return hasil
    hasil.disimpan = simpan
    return hasil


class _Terapkan:
    def __init__(self, pd: PerangkatDaerah, tahun: int) -> None:
        self.pd, self.tahun = pd, tahun
        self.changes: list[str] = []
        self.pagu_dari = 5  # the first quarter a pagu change reaches (5: none)
        self.pohon_berubah = False  # a program, kegiatan, sub kegiatan, indicator or target added or changed
        self.program: dict[str, Program] = {p.kode: p for p in Program.objects.filter(pd=pd, tahun=tahun)
                                            .select_related("nomenklatur")}
        self.kegiatan: dict[str, Kegiatan] = {k.kode: k for k in Kegiatan.objects.filter(
            program__pd=pd, program__tahun=tahun).select_related("nomenklatur")}
        self.sub: dict[str, SubKegiatan] = {s.kode: s for s in SubKegiatan.objects.filter(
            kegiatan__program__pd=pd, kegiatan__program__tahun=tahun).select_related("nomenklatur")}

    def semua(self, nodes: list[Simpul]) -> list[str]:
        for node in nodes:
            before = len(self.changes)
            owner = self._simpul(node)
            for r, nama, satuan, target in node.indikator:
                self._indikator(owner, r, nama, satuan, target)
            self.pohon_berubah |= len(self.changes) > before
            if isinstance(owner, SubKegiatan):
                self._pagu(owner, node)
        return self.changes

    def _simpul(self, node: Simpul):
        n = node.nomenklatur
        if n.level == Nomenklatur.Level.PROGRAM:
            if n.kode not in self.program:
                self.program[n.kode] = _simpan(Program(pd=self.pd, tahun=self.tahun, nomenklatur=n,
                                                       urutan=len(self.program) + 1), node.baris, "Kode")
                self.changes.append(f"Baris {node.baris}: program {n.kode} {n.nama} ditambahkan.")
            return self.program[n.kode]
        parent_code = n.induk.kode if n.induk else ""
        if n.level == Nomenklatur.Level.KEGIATAN:
            if n.kode not in self.kegiatan:
                program = self.program.get(parent_code)
                if program is None:
                    raise ValidationError(f"Baris {node.baris}, kolom A: kegiatan {n.kode} tanpa program {parent_code} "
                                          "di atasnya.")
                self.kegiatan[n.kode] = _simpan(Kegiatan(program=program, nomenklatur=n, urutan=len(self.kegiatan) + 1),
                                                node.baris, "Kode")
                self.changes.append(f"Baris {node.baris}: kegiatan {n.kode} {n.nama} ditambahkan.")
            return self.kegiatan[n.kode]
        if n.kode not in self.sub:
            kegiatan = self.kegiatan.get(parent_code)
            if kegiatan is None:
                raise ValidationError(f"Baris {node.baris}, kolom A: sub kegiatan {n.kode} tanpa kegiatan {parent_code} "
                                      "di atasnya.")
            self.sub[n.kode] = _simpan(SubKegiatan(kegiatan=kegiatan, nomenklatur=n, urutan=len(self.sub) + 1),
                                       node.baris, "Kode")
            self.changes.append(f"Baris {node.baris}: sub kegiatan {n.kode} {n.nama} ditambahkan.")
        return self.sub[n.kode]

    def _indikator(self, owner, r: int, nama: str, satuan: str, target) -> None:
        level = {Program: "program", Kegiatan: "kegiatan", SubKegiatan: "sub_kegiatan"}[type(owner)]
        ind = Indikator.objects.filter(**{level: owner}, nama=nama).first()
        if ind is None:
            ind = _simpan(Indikator(**{level: owner}, nama=nama, satuan=satuan,
                                    urutan=Indikator.objects.filter(**{level: owner}).count() + 1), r, "Indikator")
            self.changes.append(f"Baris {r}: indikator “{nama}” ditambahkan.")
        elif ind.satuan != satuan:
            ind.satuan = satuan
            _simpan(ind, r, "Satuan")
            self.changes.append(f"Baris {r}: {nama}: satuan → {satuan or '-'}.")
        old = Target.objects.filter(indikator=ind, tahun=self.tahun).first()
        if target is None:
            if old is not None:
                old.delete()
                self.changes.append(f"Baris {r}: {nama}: target {self.tahun} “{old.tampil}” dihapus.")
            return
        nilai, atas, teks = target
        if old is not None and (old.nilai, old.nilai_atas, old.tampil) == (nilai, atas, teks):
            return
        row = old or Target(indikator=ind, tahun=self.tahun)
        row.nilai, row.nilai_atas, row.teks = nilai, atas, teks
        _simpan(row, r, "Target")
        self.changes.append(f"Baris {r}: {nama}: target {self.tahun} {old.tampil if old else '-'} → {teks}.")

    def _pagu(self, sub: SubKegiatan, node: Simpul) -> None:
        lokasi = {loc.kelurahan.nama if loc.kelurahan else "": loc for loc in sub.lokasi.select_related("kelurahan")}
        for name in node.pagu:
            if name is not None and name not in lokasi:
                kel = self.pd.kelurahan.get(nama=name) if name else None
                lokasi[name] = _simpan(Lokasi(sub_kegiatan=sub, kelurahan=kel, urutan=len(lokasi) + 1),
                                       node.pagu[name][0], "Lokasi")
                self.changes.append(f"Baris {node.pagu[name][0]}: lokasi {name or self.pd.nama} ditambahkan.")
        for name, (r, apbd, apbdp, mulai) in node.pagu.items():
            line = lokasi[name] if name is not None else None
            label = f"{sub.kode} {name or self.pd.nama if name is not None else ''}".strip()
            self._line(sub, line, SumberAnggaran.APBD, apbd, 1, r, label)
            self._line(sub, line, SumberAnggaran.APBD_P, apbdp, mulai or 1, r, label)
        self._tidak_ada_yang_hilang(sub, lokasi)

    def _line(self, sub, lokasi, sumber: str, nilai: Decimal | None, mulai: int, r: int, label: str) -> None:
        old = Pagu.objects.filter(sub_kegiatan=sub, lokasi=lokasi, sumber=sumber).first()
        if nilai is None:
            return  # an empty cell keeps the line as it is (an import never deletes)
        if old is not None and (old.nilai, old.berlaku_mulai) == (nilai, mulai):
            return
        self.pagu_dari = min(self.pagu_dari, mulai, old.berlaku_mulai if old is not None else mulai)
        row = old or Pagu(sub_kegiatan=sub, lokasi=lokasi, sumber=sumber)
        row.nilai, row.berlaku_mulai = nilai, mulai
        _simpan(row, r, "Pagu APBD (Rp)" if sumber == SumberAnggaran.APBD else "Pagu APBD-P (Rp)")
        self.changes.append(f"Baris {r}: pagu {sumber} {label}: {_rp(old.nilai) if old else '-'} → {_rp(nilai)}"
                            + (f" (mulai TW {mulai})" if sumber != SumberAnggaran.APBD else "") + ".")

    def _tidak_ada_yang_hilang(self, sub: SubKegiatan, lokasi: dict[str, Lokasi]) -> None:
        """A sub kegiatan whose own APBD line is followed by an APBD-P by lokasi must give every lokasi a line:
        otherwise the lokasi left out would drop out of every total from that quarter (refused, named)."""
        lines = list(Pagu.objects.filter(sub_kegiatan=sub))
        own = any(p.lokasi_id is None for p in lines)
        by_lokasi = {p.lokasi_id for p in lines if p.lokasi_id is not None}
        if own and by_lokasi:
            missing = [name or self.pd.nama for name, loc in lokasi.items() if loc.pk not in by_lokasi]
            if missing:
                raise ValidationError(
                    f"Sub kegiatan {sub.kode}: pagu per lokasi tidak menyebut {', '.join(missing)}; lokasi itu akan "
                    "hilang dari pagu yang berlaku. Isi pagu setiap lokasinya.")


def _simpan(obj, baris: int, kolom: str):
    try:
        obj.full_clean()
    except ValidationError as exc:
        raise ValidationError([f"Baris {baris}, kolom {K[kolom]}: {m}" for m in exc.messages]) from exc
    obj.save()
    return obj


# --- ``sakip import program`` --------------------------------------------------------------------------------


def argumen_unit_tahun(parser) -> None:
    """The arguments of an import of one PD-year (``program``, ``rencana_aksi``)."""
    parser.add_argument("--unit", required=True, help="slug perangkat daerah")
    parser.add_argument("--year", required=True, type=int)


def _jalankan(scope: Scope, isi: bytes, *, simpan: bool, unit: str, year: int) -> impor.HasilImpor:
    hasil = impor_program(scope, slug=unit, tahun=year, isi=isi, simpan=simpan)
    return impor.HasilImpor(kesalahan=hasil.kesalahan, rincian=hasil.perubahan, disimpan=hasil.disimpan,
                            ringkasan=f"{len(hasil.perubahan)} perubahan {'disimpan' if simpan else 'diperiksa'}.")


IMPOR = impor.daftar_impor(impor.JenisImpor(
    "program", "templat .xlsx program, kegiatan, sub kegiatan, indikator, lokasi dan pagu satu tahun", argumen_unit_tahun,
    _jalankan))
