"""Writes of a PD's profile: one transaction per user action, refused outside the user's scope."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import CHANGE, Scope
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.profil.models import Kewenangan, PelaksanaanKewenangan, ProfilPd, TabelProfil, UraianProfil
from sakip.rumus.angka import kutip

PESAN = "Anda tidak berwenang mengubah profil perangkat daerah ini."
TEKS_PROFIL = ("tanggal", "tempat", "kata_pengantar", "pendahuluan", "tugas_fungsi", "kewenangan_pengantar",
               "permasalahan", "aspek_strategis", "kesimpulan", "langkah_peningkatan")


@transaction.atomic
def simpan_profil(scope: Scope, *, pd: PerangkatDaerah, tahun: int, data: dict, bagan=None,
                  peta=None) -> ProfilPd:
    """Save the profile's texts; a picture (organisation chart, map) given replaces the one kept."""
    scope.require_change(pd, PESAN)
    profil = ProfilPd.objects.filter(pd=pd, tahun=tahun).first() or ProfilPd(pd=pd, tahun=tahun)
    for name in TEKS_PROFIL:
        setattr(profil, name, data.get(name) or ("" if name != "tanggal" else None))
    if bagan is not None:
        profil.bagan = bagan
    if peta is not None:
        profil.peta = peta
    profil.full_clean()
    profil.save()
    return profil


def baca_sel(teks: str) -> list[list[str]]:
    """Rows pasted from a spreadsheet: one row per line, cells separated by tabs (or by ``|`` when typed)."""
    rows = []
    for line in teks.splitlines():
        if not line.strip():
            continue
        rows.append([c.strip() for c in (line.split("\t") if "\t" in line else line.split("|"))])
    return rows


def baca_kolom_dijumlah(teks: str, jumlah_kolom: int) -> list[int]:
    """``"2, 3"`` (column numbers as the user sees them, from 1) → ``[1, 2]``."""
    out = []
    for part in teks.replace(";", ",").replace(" ", ",").split(","):
        if not part:
            continue
        if not part.isdigit() or not 1 <= int(part) <= jumlah_kolom:
            raise ValidationError({"dijumlah": f"{kutip(part)} bukan nomor kolom 1–{jumlah_kolom}."})
        out.append(int(part) - 1)
    return out


@transaction.atomic
def simpan_uraian(scope: Scope, *, profil: ProfilPd, data: dict, uraian: UraianProfil | None = None) -> UraianProfil:
    scope.require_change(profil, PESAN)
    uraian = uraian or UraianProfil(profil=profil, urutan=profil.uraian.count() + 1)
    uraian.judul, uraian.teks, uraian.bagian = data["judul"], data.get("teks", ""), data["bagian"]
    uraian.full_clean()
    uraian.save()
    return uraian


@transaction.atomic
def simpan_tabel(scope: Scope, *, uraian: UraianProfil, data: dict, tabel: TabelProfil | None = None) -> TabelProfil:
    """Save a free table from the pasted text; an unusable cell is refused with its row and column."""
    scope.require_change(uraian, PESAN)
    kolom = baca_sel(data["kolom"])[0] if data["kolom"].strip() else []
    if not kolom:
        raise ValidationError({"kolom": "Isi judul kolom, dipisah tab atau tanda |."})
    tabel = tabel or TabelProfil(uraian=uraian, urutan=uraian.tabel.count() + 1)
    tabel.judul, tabel.kolom, tabel.baris = data["judul"], kolom, baca_sel(data["isi"])
    tabel.dijumlah = baca_kolom_dijumlah(data.get("dijumlah", ""), len(kolom))
    tabel.jumlah_kanan, tabel.sumber = data.get("jumlah_kanan", ""), data.get("sumber", "")
    tabel.full_clean()
    tabel.save()
    return tabel


@transaction.atomic
def simpan_pelaksanaan(scope: Scope, *, pd: PerangkatDaerah, tahun: int, isian: dict[int, str]) -> int:
    """What was done this year under each delegated power; an empty field removes the year's entry."""
    scope.require_change(pd, PESAN)
    kewenangan = {k.pk: k for k in Kewenangan.objects.within(scope, CHANGE).filter(pd=pd, pk__in=list(isian))}
    if set(isian) - set(kewenangan):
        raise TidakDitemukan("Kewenangan tidak ditemukan.")
    changed = 0
    for pk, teks in isian.items():
        row = PelaksanaanKewenangan.objects.filter(kewenangan_id=pk, tahun=tahun).first()
        if not teks.strip():
            if row:
                row.delete()
                changed += 1
            continue
        if row is None:
            row = PelaksanaanKewenangan(kewenangan=kewenangan[pk], tahun=tahun)
        if row.uraian != teks.strip():
            row.uraian = teks.strip()
            row.full_clean()
            row.save()
            changed += 1
    return changed
