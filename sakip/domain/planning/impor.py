"""The Renstra of a PD from the Excel file it already keeps: a template to download (filled with what sakip
holds, so download → import changes nothing), then every row checked, a preview of every change and every
error by sheet, row and column, and all or nothing saved. Also ``sakip import renstra``.

One sheet "Renstra", one row per indicator: tujuan, sasaran (a blank cell repeats the one above, as merged
cells in the PD's own tables do), indicator, satuan, its rules and one target column per year of the period.
An indicator without a sasaran belongs to its tujuan. Rows are matched by name, so renaming an indicator is a
new indicator; nothing is deleted by an import except a target whose cell was emptied.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.core import kunci
from sakip.core.masukan import baca_nilai, baca_target, panjang_kolom, pesan_panjang
from sakip.core.scoping import Scope
from sakip.documents import impor
from sakip.documents.lembar import Kesalahan, buka_xlsx, get_column_letter, sel, simpan_xlsx, teks_sel
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.planning.models import Indikator, Renstra, Sasaran, Target, Tujuan
from sakip.rumus.capaian import Akumulasi, CaraIsi, Frekuensi, Peran, Polaritas
from sakip.rumus.pilihan import Pilihan

SHEET, META = "Renstra", "sakip"
HEADER_ROW = 3
KOLOM = ["Tujuan", "Sasaran", "Indikator", "Satuan", "Polaritas", "Akumulasi triwulan", "Cara isi", "Frekuensi",
         "Peran", "Kondisi awal"]
PILIHAN: dict[str, tuple[str, type[Pilihan], str]] = {  # column → (field, enum of accepted codes/labels, default)
    "Polaritas": ("polaritas", Polaritas, Polaritas.POSITIF), "Akumulasi triwulan": ("akumulasi", Akumulasi,
                                                                                     Akumulasi.TERAKHIR),
    "Cara isi": ("cara_isi", CaraIsi, CaraIsi.KUMULATIF), "Frekuensi": ("frekuensi", Frekuensi, Frekuensi.TRIWULAN),
    "Peran": ("peran", Peran, ""),
}


PANJANG = [panjang_kolom(Tujuan, "nama"), panjang_kolom(Sasaran, "nama"),  # columns A–D are stored as typed
           panjang_kolom(Indikator, "nama"), panjang_kolom(Indikator, "satuan")]


def _kode(enum: type[Pilihan]) -> list[str]:
    return [m.value for m in enum if m.value]


def _tujuan_of(ind: Indikator) -> Tujuan:
    tujuan = ind.tujuan if ind.tujuan_id else (ind.sasaran.tujuan if ind.sasaran else None)
    assert tujuan is not None  # a Renstra indicator hangs from a tujuan or a sasaran
    return tujuan


def _kolom(nama: str) -> str:
    return get_column_letter(KOLOM.index(nama) + 1)


# --- the template --------------------------------------------------------------------------------------------


def templat(scope: Scope, slug: str, tahun_mulai: int, tahun_selesai: int) -> bytes:
    """The template of a Renstra period, filled with the indicators and targets sakip holds for it."""
    from openpyxl import Workbook  # here, not at the top: every start-up imports this module (the importers)
    from openpyxl.styles import Alignment, Font
    from openpyxl.worksheet.datavalidation import DataValidation

    pd = get_pd(scope, slug)
    years = list(range(tahun_mulai, tahun_selesai + 1))
    wb = Workbook()
    ws = wb.active
    ws.title = SHEET
    sel(ws, 1, 1, f"Renstra {pd.nama} {tahun_mulai}–{tahun_selesai}").font = Font(bold=True, size=12)
    ws["A2"] = ("Satu baris per indikator. Sel tujuan/sasaran yang kosong mengikuti baris di atasnya. Target boleh "
                "angka (94,20), rentang (80–90) atau predikat (BB (75,00)).")
    for c, nama in enumerate([*KOLOM, *(f"Target {y}" for y in years)], start=1):
        cell = ws.cell(HEADER_ROW, c, nama)
        cell.font = Font(bold=True)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    row = HEADER_ROW + 1
    for ind in _indikator(pd, tahun_mulai, tahun_selesai):
        values = [_tujuan_of(ind).nama, ind.sasaran.nama if ind.sasaran else "", ind.nama, ind.satuan, ind.polaritas,
                  ind.akumulasi, ind.cara_isi, ind.frekuensi, ind.peran, ind.kondisi_awal_teks]
        targets = {t.tahun: t.tampil for t in ind.target.all()}
        for c, v in enumerate([*values, *(targets.get(y, "") for y in years)], start=1):
            sel(ws, row, c, v).number_format = "@"  # text: "80–90", "94,20" stay as typed
        row += 1
    for nama, (_, enum, _) in PILIHAN.items():
        dv = DataValidation(type="list", formula1='"' + ",".join(_kode(enum)) + '"', allow_blank=True)
        ws.add_data_validation(dv)
        dv.add(f"{_kolom(nama)}{HEADER_ROW + 1}:{_kolom(nama)}{HEADER_ROW + 500}")
    for c, width in enumerate([30, 30, 45, 10, 10, 12, 11, 11, 10, 12, *([10] * len(years))], start=1):
        ws.column_dimensions[get_column_letter(c)].width = width
    meta = wb.create_sheet(META)
    info: dict[str, object] = {"jenis": "renstra", "unit": pd.slug, "tahun_mulai": tahun_mulai,
                               "tahun_selesai": tahun_selesai}
    for r, (kunci_meta, isi_meta) in enumerate(info.items(), start=1):
        meta.cell(r, 1, kunci_meta)
        sel(meta, r, 2, isi_meta)
    meta.sheet_state = "hidden"
    return simpan_xlsx(wb)


def _indikator(pd: PerangkatDaerah, tahun_mulai: int, tahun_selesai: int) -> list[Indikator]:
    renstra = Renstra.objects.filter(pd=pd, tahun_mulai=tahun_mulai, tahun_selesai=tahun_selesai).first()
    if renstra is None:
        return []
    rows = (Indikator.objects.filter(pd=pd).filter(tujuan__renstra=renstra)
            | Indikator.objects.filter(pd=pd, sasaran__tujuan__renstra=renstra))
    return sorted(rows.select_related("tujuan", "sasaran__tujuan").prefetch_related("target"),
                  key=lambda i: (_tujuan_of(i).urutan, _tujuan_of(i).pk, i.sasaran.urutan if i.sasaran else -1,
                                 i.urutan, i.pk))


# --- reading and saving --------------------------------------------------------------------------------------


@dataclass
class BarisRenstra:
    baris: int
    tujuan: str
    sasaran: str
    nama: str
    aturan: dict[str, str]
    kondisi_awal: tuple[Decimal | None, str]
    target: dict[int, tuple[Decimal, Decimal | None, str] | None]  # year → (nilai, nilai_atas, text) or emptied


@dataclass
class HasilRenstra:
    kesalahan: list[Kesalahan] = field(default_factory=list)
    perubahan: list[str] = field(default_factory=list)
    disimpan: bool = False


def impor_renstra(scope: Scope, *, slug: str, isi: bytes, simpan: bool) -> HasilRenstra:
    """Check a filled template against what sakip holds; with ``simpan`` and no error, save it in one
    transaction. Every problem names its sheet, row and column."""
    hasil = HasilRenstra()
    pd = get_pd(scope, slug)
    if not scope.writes_for(pd):
        hasil.kesalahan.append(Kesalahan(None, None, "Anda tidak berwenang mengubah Renstra perangkat daerah ini."))
        return hasil
    wb = buka_xlsx(isi, bukan_xlsx="Berkas bukan .xlsx (unduh templat Renstra, isi, lalu unggah).")
    if isinstance(wb, Kesalahan):
        hasil.kesalahan.append(wb)
        return hasil
    if META not in wb.sheetnames or SHEET not in wb.sheetnames:
        hasil.kesalahan.append(Kesalahan(None, None, "Berkas ini bukan templat Renstra sakip (lembar “Renstra” dan "
                                                     "“sakip” harus ada)."))
        return hasil
    meta = {wb[META].cell(r, 1).value: wb[META].cell(r, 2).value for r in range(1, 6)}
    if meta.get("jenis") != "renstra" or meta.get("unit") != pd.slug:
        hasil.kesalahan.append(Kesalahan(None, None, f"Templat ini untuk {meta.get('unit')}, bukan {pd.slug}."))
        return hasil
    try:
        mulai, selesai = int(meta["tahun_mulai"]), int(meta["tahun_selesai"])
    except (KeyError, TypeError, ValueError):
        hasil.kesalahan.append(Kesalahan(None, None, "Lembar “sakip” rusak: periode Renstra tidak terbaca."))
        return hasil
    rows = _baca(wb[SHEET], mulai, selesai, hasil)
    if hasil.kesalahan:
        return hasil
    try:
        with transaction.atomic():
            hasil.perubahan = _terapkan(pd, mulai, selesai, rows)
            if not simpan:
                transaction.set_rollback(True)  # the preview computes every change, then undoes it
    except ValidationError as exc:
        hasil.kesalahan += [Kesalahan(None, None, m) for m in exc.messages]
        return hasil
    hasil.disimpan = simpan
    return hasil


def _baca(ws, mulai: int, selesai: int, hasil: HasilRenstra) -> list[BarisRenstra]:
    years = list(range(mulai, selesai + 1))
    header = [teks_sel(ws.cell(HEADER_ROW, c).value) for c in range(1, len(KOLOM) + len(years) + 1)]
    expected = [*KOLOM, *(f"Target {y}" for y in years)]
    if header != expected:
        wrong = next(i for i, (a, b) in enumerate(zip(header, expected, strict=True)) if a != b)
        hasil.kesalahan.append(Kesalahan(HEADER_ROW, get_column_letter(wrong + 1), (
            f"Judul kolom “{header[wrong]}” seharusnya “{expected[wrong]}”; gunakan templat tanpa mengubah kolomnya.")))
        return []
    rows: list[BarisRenstra] = []
    tujuan = sasaran = ""
    for r in range(HEADER_ROW + 1, ws.max_row + 1):
        cells = [teks_sel(ws.cell(r, c).value) for c in range(1, len(expected) + 1)]
        if not any(cells):
            continue
        if cells[0] and cells[0] != tujuan:
            tujuan, sasaran = cells[0], ""
        sasaran = cells[1] or sasaran
        before = len(hasil.kesalahan)
        row = _baris(r, tujuan, sasaran, cells, years, hasil)
        if len(hasil.kesalahan) == before:
            rows.append(row)
    names = [(row.tujuan, row.sasaran, row.nama) for row in rows]
    for row in rows:
        if names.count((row.tujuan, row.sasaran, row.nama)) > 1:
            hasil.kesalahan.append(Kesalahan(row.baris, _kolom("Indikator"), (
                f"Indikator “{row.nama}” tertulis lebih dari sekali di bawah sasaran yang sama.")))
    return rows


def _nama(r: int, tujuan: str, cells: list[str], hasil: HasilRenstra) -> None:
    """The names of a row: a tujuan (here or above) and an indicator, each no longer than its column holds."""
    if not tujuan:
        hasil.kesalahan.append(Kesalahan(r, "A", "Tujuan kosong (baris pertama harus menyebut tujuannya)."))
    if not cells[2]:
        hasil.kesalahan.append(Kesalahan(r, "C", "Nama indikator kosong."))
    for i, maks in enumerate(PANJANG):
        pesan = pesan_panjang(cells[i], maks)
        if pesan:
            hasil.kesalahan.append(Kesalahan(r, get_column_letter(i + 1), pesan))


def _baris(r: int, tujuan: str, sasaran: str, cells: list[str], years: list[int], hasil: HasilRenstra) -> BarisRenstra:
    _nama(r, tujuan, cells, hasil)
    aturan = {}
    for nama, (name, enum, default) in PILIHAN.items():
        typed = cells[KOLOM.index(nama)].casefold()
        found = next((v for v, label in enum.choices() if typed in (v, v.replace("_", "-"), label.casefold())), None)
        if found is None and typed:
            hasil.kesalahan.append(Kesalahan(r, _kolom(nama), (
                f"“{cells[KOLOM.index(nama)]}” bukan pilihan {nama.lower()}; pilih salah satu: {', '.join(_kode(enum))}.")))
        aturan[name] = found if found is not None else str(default)
    aturan["satuan"] = cells[KOLOM.index("Satuan")]
    kondisi: tuple[Decimal | None, str] = (None, "")
    if cells[KOLOM.index("Kondisi awal")] == "-":  # as the documents print an unknown starting point
        kondisi = (None, "-")
    elif cells[KOLOM.index("Kondisi awal")]:
        try:
            kondisi = baca_nilai(cells[KOLOM.index("Kondisi awal")])
        except ValidationError as exc:
            hasil.kesalahan += [Kesalahan(r, _kolom("Kondisi awal"), m) for m in exc.messages]
    target: dict[int, tuple[Decimal, Decimal | None, str] | None] = {}
    for i, y in enumerate(years):
        typed = cells[len(KOLOM) + i]
        if not typed:
            target[y] = None
            continue
        try:
            parsed, ditulis = baca_target(typed)
            target[y] = (parsed.nilai, parsed.atas, ditulis)
        except ValidationError as exc:
            hasil.kesalahan += [Kesalahan(r, get_column_letter(len(KOLOM) + i + 1), m) for m in exc.messages]
    return BarisRenstra(r, tujuan, sasaran, cells[2], aturan, kondisi, target)


def _terapkan(pd: PerangkatDaerah, mulai: int, selesai: int, rows: list[BarisRenstra]) -> list[str]:
    """Write the rows (inside the caller's transaction) and describe each change."""
    changes: list[str] = []
    renstra = Renstra.objects.filter(pd=pd, tahun_mulai=mulai, tahun_selesai=selesai).first()
    if renstra is None:
        renstra = _simpan(Renstra(pd=pd, tahun_mulai=mulai, tahun_selesai=selesai))
        changes.append(f"Renstra {mulai}–{selesai} dibuat.")
    tujuan: dict[str, Tujuan] = {t.nama: t for t in Tujuan.objects.filter(renstra=renstra)}
    sasaran: dict[tuple[str, str], Sasaran] = {(s.tujuan.nama, s.nama): s for s in
                                                Sasaran.objects.filter(tujuan__renstra=renstra).select_related("tujuan")}
    for row in rows:
        if row.tujuan not in tujuan:
            tujuan[row.tujuan] = _simpan(Tujuan(renstra=renstra, nama=row.tujuan, urutan=len(tujuan) + 1))
            changes.append(f"Baris {row.baris}: tujuan “{row.tujuan}” ditambahkan.")
        owner: dict = {"tujuan": tujuan[row.tujuan]}
        if row.sasaran:
            key = (row.tujuan, row.sasaran)
            if key not in sasaran:
                sasaran[key] = _simpan(Sasaran(tujuan=tujuan[row.tujuan], nama=row.sasaran,
                                               urutan=sum(1 for k in sasaran if k[0] == row.tujuan) + 1))
                changes.append(f"Baris {row.baris}: sasaran “{row.sasaran}” ditambahkan.")
            owner = {"sasaran": sasaran[key]}
        changes += _indikator_baris(pd, owner, row)
    return changes


def _indikator_baris(pd: PerangkatDaerah, owner: dict, row: BarisRenstra) -> list[str]:
    changes = []
    ind = Indikator.objects.filter(pd=pd, nama=row.nama, **owner).first()
    fields = {**row.aturan, "kondisi_awal": row.kondisi_awal[0], "kondisi_awal_teks": row.kondisi_awal[1]}
    if ind is None:
        n = Indikator.objects.filter(**owner).count()
        ind = _simpan(Indikator(nama=row.nama, urutan=n + 1, **owner, **fields))
        changes.append(f"Baris {row.baris}: indikator “{row.nama}” ditambahkan.")
    return changes + _rules(ind, row) + _targets(pd, ind, row)


def _rules(ind: Indikator, row: BarisRenstra) -> list[str]:
    wanted = {**row.aturan, "kondisi_awal": row.kondisi_awal[0], "kondisi_awal_teks": row.kondisi_awal[1]}
    diff = {k: v for k, v in wanted.items() if getattr(ind, k) != v}
    if not diff:
        return []
    for k, v in diff.items():
        setattr(ind, k, v)
    _simpan(ind)
    return [f"Baris {row.baris}: {ind.nama}: {', '.join(diff)} diubah."]


def _targets(pd: PerangkatDaerah, ind: Indikator, row: BarisRenstra) -> list[str]:
    changes = []
    existing = {t.tahun: t for t in ind.target.all()}
    for y, value in row.target.items():
        old = existing.get(y)
        if value is None:
            if old is not None:
                kunci.pastikan_tahun_terbuka(pd.pk, y)
                old.delete()
                changes.append(f"Baris {row.baris}: {ind.nama}: target {y} “{old.tampil}” dihapus.")
            continue
        nilai, atas, teks = value
        if old is not None and (old.nilai, old.nilai_atas, old.tampil) == (nilai, atas, teks):
            continue
        kunci.pastikan_tahun_terbuka(pd.pk, y)
        target = old or Target(indikator=ind, tahun=y)
        target.nilai, target.nilai_atas, target.teks = nilai, atas, teks
        _simpan(target)
        changes.append(f"Baris {row.baris}: {ind.nama}: target {y} {old.tampil if old else '-'} → {teks}.")
    return changes


def _simpan(obj):
    obj.full_clean()
    obj.save()
    return obj


# --- ``sakip import renstra`` --------------------------------------------------------------------------------


def _argumen(parser) -> None:
    parser.add_argument("--unit", required=True, help="slug perangkat daerah")


def _jalankan(scope: Scope, isi: bytes, *, simpan: bool, unit: str) -> impor.HasilImpor:
    hasil = impor_renstra(scope, slug=unit, isi=isi, simpan=simpan)
    return impor.HasilImpor(kesalahan=hasil.kesalahan, rincian=hasil.perubahan, disimpan=hasil.disimpan,
                            ringkasan=f"{len(hasil.perubahan)} perubahan {'disimpan' if simpan else 'diperiksa'}.")


IMPOR = impor.daftar_impor(impor.JenisImpor("renstra", "templat .xlsx Renstra (tujuan, sasaran, indikator, target)",
                                            _argumen, _jalankan))
