"""Writes to planning data. Every public function takes the actor's scope, checks the row is theirs to
change, validates with the model's invariants and writes in one transaction.

Who writes what: the operator of a PD (``isi``) its Renstra, IKU and program tree; the admin pemda
(``master``) the pemda's RPJMD. A year-bound write (a target of year Y; a program, kegiatan, sub kegiatan,
lokasi or indicator of year Y's tree) first asks :func:`sakip.core.kunci.pastikan_tahun_terbuka`, so planning
data under a submitted, verified or approved quarter or PK of that year is refused with the reason. A
Renstra-level indicator is bound to the years of its targets: its targets, a change of the rules that compute
its figures, and its removal are refused in a locked year.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TypeVar

from django.core.exceptions import ValidationError
from django.db import models, router, transaction
from django.db.models.deletion import Collector, ProtectedError, RestrictedError

from sakip.core import kunci
from sakip.core.galat import Ditolak
from sakip.core.masukan import baca_nilai, baca_target
from sakip.core.riwayat import periksa_basi
from sakip.core.scoping import Scope
from sakip.domain.organisation.models import Jabatan, Kelurahan, Pemda, PerangkatDaerah, UnitKerja
from sakip.domain.planning.models import (
    Iku,
    IkuEntri,
    Indikator,
    IndikatorRpjmd,
    Kegiatan,
    Lokasi,
    Misi,
    Nomenklatur,
    PenanggungJawab,
    Program,
    Renstra,
    Rpjmd,
    Sasaran,
    SasaranRpjmd,
    SubKegiatan,
    Target,
    TargetRpjmd,
    Tujuan,
    TujuanRpjmd,
)
from sakip.rumus.capaian import Peran
from sakip.rumus.peran import MASTER

INDIKATOR_FIELDS = (
    "nama", "kinerja_utama", "definisi", "formula", "formula_pembilang", "formula_penyebut", "satuan",
    "polaritas", "rumus_negatif", "akumulasi", "cara_isi", "frekuensi", "peran", "sumber_data", "sumber_eksternal",
    "kode_eksternal", "is_iku",
)
# The fields that decide how an indicator's figures are computed (capaian, quarterly aggregation, roles).
ATURAN_FIELDS = ("satuan", "polaritas", "rumus_negatif", "akumulasi", "cara_isi", "frekuensi", "peran")
SASARAN_FIELDS = ("nama", "sasaran_rpjmd", "urusan", "strategi", "kebijakan")
TUJUAN_FIELDS = ("nama", "misi", "tujuan_rpjmd")
RENSTRA_FIELDS = ("tahun_mulai", "tahun_selesai", "tahun_kondisi_awal", "rpjmd", "keterangan")
IKU_FIELDS = ("renstra", "tahun_mulai", "tahun_selesai", "tanggal", "tempat", "keterangan")
RPJMD_FIELDS = ("tahun_mulai", "tahun_selesai", "visi")
RPJMD_ITEM_FIELDS: dict[type[models.Model], tuple[str, ...]] = {
    Misi: ("nomor", "nama", "uraian"), TujuanRpjmd: ("nama",), SasaranRpjmd: ("nama",),
    IndikatorRpjmd: ("nama", "satuan"),
}
TREE_MODELS = (Program, Kegiatan, SubKegiatan, Lokasi)


# --- who may write, and the lock ------------------------------------------------------------------

def _isi_pd(scope: Scope, pd: PerangkatDaerah) -> None:
    """The actor enters this PD's data (its operator, or the system)."""
    if not (scope.writes_for(pd) and scope.reaches_pd(pd)):
        raise Ditolak("Anda tidak berwenang mengubah perencanaan perangkat daerah ini.")


def _master(scope: Scope, obj: models.Model | None = None, pemda: Pemda | None = None) -> None:
    """The actor keeps the pemda's master data (the admin pemda, or the system) and reaches the row."""
    if not scope.holds(MASTER):
        raise Ditolak("Hanya admin pemda yang dapat mengubah RPJMD.")
    if obj is not None:
        scope.require_change(obj)
    if pemda is not None and not (scope.everything or scope.pemda_id == pemda.pk):
        raise Ditolak("Pemda ini di luar jangkauan Anda.")


def tahun_pohon(obj: models.Model) -> int:
    """The year of a program-tree row (a program, kegiatan, sub kegiatan or lokasi)."""
    if isinstance(obj, Program):
        return obj.tahun
    if isinstance(obj, Kegiatan):
        return obj.program.tahun
    if isinstance(obj, SubKegiatan):
        return obj.kegiatan.program.tahun
    if isinstance(obj, Lokasi):
        return obj.sub_kegiatan.kegiatan.program.tahun
    raise TypeError(f"{obj!r} is not a row of a program tree")


def _tahun_indikator(indikator: Indikator) -> list[int]:
    """The years whose figures an indicator's rules compute: its program's year, or, for a Renstra-level
    indicator, the years it has a target for."""
    if indikator.level in ("tujuan", "sasaran"):
        return sorted(Target.objects.filter(indikator=indikator).values_list("tahun", flat=True))
    return list(indikator.tahun_target())


def _pastikan_terbuka(pd_id: int, years: Iterable[int]) -> None:
    for tahun in sorted(set(years)):
        kunci.pastikan_tahun_terbuka(pd_id, tahun)


M = TypeVar("M", bound=models.Model)


def _simpan(obj: M) -> M:
    obj.full_clean()
    obj.save()
    return obj


def _set(obj: models.Model, data: Mapping, fields: Iterable[str]) -> None:
    for name in fields:
        if name in data:
            setattr(obj, name, data[name])


# --- targets --------------------------------------------------------------------------------------

@transaction.atomic
def simpan_target(scope: Scope, *, indikator: Indikator, tahun: int, teks: str, awal: str | None = None) -> Target | None:
    """Set the target of ``indikator`` for ``tahun`` from what the user wrote; blank removes it.

    ``awal``: the value the form showed; a target changed since then is not overwritten.
    """
    scope.require_change(indikator)
    return _simpan_target(indikator, tahun, teks, awal)


def _simpan_target(indikator: Indikator, tahun: int, teks: str, awal: str | None = None) -> Target | None:
    years = indikator.tahun_target()
    if tahun not in years:
        periode = f"{years.start}–{years.stop - 1}" if years else "-"
        raise ValidationError({"tahun": f"Tahun {tahun} di luar periode indikator ini ({periode})."})
    kunci.pastikan_tahun_terbuka(indikator.pd_id, tahun)
    teks = (teks or "").strip()
    existing = Target.objects.filter(indikator=indikator, tahun=tahun).first()
    if awal is not None:
        shown = baca_target(awal)[0] if awal.strip() else None
        periksa_basi(existing, shown.nilai if shown else None, "nilai", shown.atas if shown else None)
    if not teks:
        if existing is not None:
            existing.delete()
        return None
    parsed, keep = baca_target(teks)
    target = existing or Target(indikator=indikator, tahun=tahun)
    target.nilai, target.nilai_atas, target.teks = parsed.nilai, parsed.atas, keep
    target.full_clean()
    target.save()
    return target


def _simpan_targets(indikator: Indikator, targets: Mapping[int, str]) -> None:
    """Several years' targets of one indicator; an error names the year's field (``target_2025``)."""
    for tahun, teks in sorted(targets.items()):
        try:
            _simpan_target(indikator, tahun, teks)
        except ValidationError as exc:
            if hasattr(exc, "error_dict"):
                raise ValidationError({f"target_{tahun}": [m for ms in exc.message_dict.values() for m in ms]}) from exc
            raise ValidationError({f"target_{tahun}": exc.messages}) from exc


# --- indicators -----------------------------------------------------------------------------------

def _kondisi_awal(indikator: Indikator, teks: str) -> None:
    teks = (teks or "").strip()
    if teks in ("", "-"):
        indikator.kondisi_awal, indikator.kondisi_awal_teks = None, teks
        return
    nilai, keep = baca_nilai(teks, "kondisi_awal_teks")
    indikator.kondisi_awal, indikator.kondisi_awal_teks = nilai, keep or teks


def _periksa_peran(indikator: Indikator) -> None:
    """A role (IKM, Nilai SAKIP) belongs to a Renstra-level indicator, one per level of a Renstra."""
    if not indikator.peran:
        return
    level = indikator.level
    if level not in ("tujuan", "sasaran"):
        raise ValidationError({"peran": "Peran khusus (IKM, Nilai SAKIP) hanya untuk indikator tujuan atau sasaran "
                                        "Renstra, bukan indikator program/kegiatan."})
    renstra_id = indikator.tujuan.renstra_id if level == "tujuan" and indikator.tujuan else (
        indikator.sasaran.tujuan.renstra_id if indikator.sasaran else None)
    lain = (Indikator.objects.filter(**{f"{level}__isnull": False}, peran=indikator.peran)
            .filter(models.Q(tujuan__renstra_id=renstra_id) | models.Q(sasaran__tujuan__renstra_id=renstra_id))
            .exclude(pk=indikator.pk).first())
    if lain is not None:
        raise ValidationError({"peran": f"Renstra ini sudah memiliki indikator {level} dengan peran "
                                        f"{Peran(indikator.peran).label}: “{lain.nama}”."})


def _apply_indikator(indikator: Indikator, data: Mapping, targets: Mapping[int, str] | None) -> Indikator:
    _set(indikator, data, INDIKATOR_FIELDS)
    if "kondisi_awal_teks" in data:
        _kondisi_awal(indikator, data["kondisi_awal_teks"])
    indikator.full_clean()
    _periksa_peran(indikator)
    indikator.save()
    if "penanggung_jawab" in data:
        _set_penanggung_jawab(indikator, data["penanggung_jawab"])
    if targets:
        _simpan_targets(indikator, targets)
    return indikator


def _set_penanggung_jawab(indikator: Indikator, pilihan: Iterable[UnitKerja | Jabatan]) -> None:
    PenanggungJawab.objects.filter(indikator=indikator).delete()
    for urutan, pj in enumerate(pilihan, start=1):
        row = PenanggungJawab(indikator=indikator, urutan=urutan,
                              unit=pj if isinstance(pj, UnitKerja) else None,
                              jabatan=pj if isinstance(pj, Jabatan) else None)
        _simpan(row)


@transaction.atomic
def ubah_indikator(scope: Scope, *, indikator: Indikator, data: Mapping, targets: Mapping[int, str] | None = None) -> Indikator:
    """Change an indicator's fields, penanggung jawab (``data["penanggung_jawab"]``) and the targets given.

    A program-tree indicator is refused in a locked year; a Renstra-level one only when the rules that
    compute its figures change while a year it has a target for is locked (its name and texts stay editable)."""
    scope.require_change(indikator)
    lama = Indikator.objects.get(pk=indikator.pk)
    if indikator.level in ("tujuan", "sasaran"):
        if any(name in data and data[name] != getattr(lama, name) for name in ATURAN_FIELDS):
            _pastikan_terbuka(lama.pd_id, _tahun_indikator(lama))
    else:
        _pastikan_terbuka(lama.pd_id, _tahun_indikator(lama))
    return _apply_indikator(indikator, data, targets)


@transaction.atomic
def tambah_indikator(scope: Scope, *, pemilik, data: Mapping, targets: Mapping[int, str] | None = None) -> Indikator:
    """Add an indicator to ``pemilik`` (a tujuan, sasaran, program, kegiatan or sub kegiatan)."""
    scope.require_change(pemilik)
    if isinstance(pemilik, TREE_MODELS):
        kunci.pastikan_tahun_terbuka(pemilik.pd_id, tahun_pohon(pemilik))
    indikator = Indikator.baru(pemilik)
    indikator.urutan = Indikator.objects.filter(**{indikator.level: pemilik}).count() + 1
    return _apply_indikator(indikator, data, targets)


# --- Renstra, tujuan, sasaran ---------------------------------------------------------------------

def _periksa_periode_renstra(renstra: Renstra) -> None:
    """No two Renstra of a PD cover one year; no target falls outside the period."""
    if not (renstra.tahun_mulai and renstra.tahun_selesai) or renstra.tahun_selesai < renstra.tahun_mulai:
        return
    overlap = (Renstra.objects.filter(pd_id=renstra.pd_id, tahun_mulai__lte=renstra.tahun_selesai,
                                      tahun_selesai__gte=renstra.tahun_mulai).exclude(pk=renstra.pk).first())
    if overlap is not None:
        raise ValidationError({"tahun_mulai": f"Periode {renstra.tahun_mulai}–{renstra.tahun_selesai} bertumpang "
                                              f"tindih dengan {overlap}."})
    if renstra.pk is None:
        return
    luar = (Target.objects.filter(models.Q(indikator__tujuan__renstra=renstra)
                                  | models.Q(indikator__sasaran__tujuan__renstra=renstra))
            .exclude(tahun__gte=renstra.tahun_mulai, tahun__lte=renstra.tahun_selesai)
            .select_related("indikator").order_by("tahun").first())
    if luar is not None:
        field = "tahun_mulai" if luar.tahun < renstra.tahun_mulai else "tahun_selesai"
        raise ValidationError({field: f"Indikator “{luar.indikator.nama}” memiliki target tahun {luar.tahun}, di luar "
                                      f"periode {renstra.tahun_mulai}–{renstra.tahun_selesai}. Hapus target itu dulu."})


@transaction.atomic
def buat_renstra(scope: Scope, *, pd: PerangkatDaerah, data: Mapping) -> Renstra:
    _isi_pd(scope, pd)
    renstra = Renstra(pd=pd)
    _set(renstra, data, RENSTRA_FIELDS)
    renstra.full_clean()
    _periksa_periode_renstra(renstra)
    renstra.save()
    return renstra


@transaction.atomic
def ubah_renstra(scope: Scope, *, renstra: Renstra, data: Mapping) -> Renstra:
    """Change a Renstra; a year entering or leaving its period changes that year's sasaran, so the lock applies."""
    scope.require_change(renstra)
    lama = Renstra.objects.get(pk=renstra.pk)
    _set(renstra, data, RENSTRA_FIELDS)
    renstra.full_clean()
    _periksa_periode_renstra(renstra)
    _pastikan_terbuka(renstra.pd_id, set(lama.tahun) ^ set(renstra.tahun))
    renstra.save()
    return renstra


@transaction.atomic
def tambah_tujuan(scope: Scope, *, renstra: Renstra, data: Mapping) -> Tujuan:
    scope.require_change(renstra)
    tujuan = Tujuan(renstra=renstra, urutan=Tujuan.objects.filter(renstra=renstra).count() + 1)
    _set(tujuan, data, TUJUAN_FIELDS)
    return _simpan(tujuan)


@transaction.atomic
def ubah_tujuan(scope: Scope, *, tujuan: Tujuan, data: Mapping) -> Tujuan:
    scope.require_change(tujuan)
    _set(tujuan, data, TUJUAN_FIELDS)
    return _simpan(tujuan)


@transaction.atomic
def tambah_sasaran(scope: Scope, *, tujuan: Tujuan, data: Mapping) -> Sasaran:
    scope.require_change(tujuan)
    sasaran = Sasaran(tujuan=tujuan, urutan=Sasaran.objects.filter(tujuan=tujuan).count() + 1)
    _set(sasaran, data, SASARAN_FIELDS)
    return _simpan(sasaran)


@transaction.atomic
def ubah_sasaran(scope: Scope, *, sasaran: Sasaran, data: Mapping) -> Sasaran:
    scope.require_change(sasaran)
    _set(sasaran, data, SASARAN_FIELDS)
    return _simpan(sasaran)


# --- the program tree -----------------------------------------------------------------------------

@transaction.atomic
def tambah_program(scope: Scope, *, pd: PerangkatDaerah, tahun: int, nomenklatur: Nomenklatur,
                   sasaran: list[Sasaran]) -> Program:
    _isi_pd(scope, pd)
    kunci.pastikan_tahun_terbuka(pd.pk, tahun)
    if Program.objects.filter(pd=pd, tahun=tahun, nomenklatur=nomenklatur).exists():
        raise ValidationError({"nomenklatur": "Program dengan kode ini sudah ada pada tahun tersebut."})
    program = Program(pd=pd, tahun=tahun, nomenklatur=nomenklatur,
                      urutan=Program.objects.filter(pd=pd, tahun=tahun).count() + 1)
    _simpan(program)
    _set_sasaran(program, sasaran)
    return program


def _set_sasaran(program: Program, sasaran: list[Sasaran]) -> None:
    """The Renstra sasaran a program supports: of its PD, in a Renstra in force in its year."""
    for s in sasaran:
        if s.pd_id != program.pd_id:
            raise ValidationError({"sasaran": "Sasaran yang dipilih milik perangkat daerah lain."})
        renstra = s.tujuan.renstra
        if program.tahun not in renstra.tahun:
            raise ValidationError({"sasaran": f"Sasaran “{s.nama}” milik {renstra}, yang tidak mencakup tahun "
                                              f"{program.tahun}."})
    program.sasaran.set(sasaran)


@transaction.atomic
def ubah_program(scope: Scope, *, program: Program, sasaran: list[Sasaran]) -> Program:
    scope.require_change(program)
    kunci.pastikan_tahun_terbuka(program.pd_id, program.tahun)
    _set_sasaran(program, sasaran)
    return program


@transaction.atomic
def tambah_kegiatan(scope: Scope, *, program: Program, nomenklatur: Nomenklatur) -> Kegiatan:
    """A kegiatan of the program's nomenclature; a code twice in one program is refused on the field."""
    scope.require_change(program)
    kunci.pastikan_tahun_terbuka(program.pd_id, program.tahun)
    if Kegiatan.objects.filter(program=program, nomenklatur=nomenklatur).exists():
        raise ValidationError({"nomenklatur": f"Kegiatan {nomenklatur.kode} sudah ada pada program ini."})
    kegiatan = Kegiatan(program=program, nomenklatur=nomenklatur,
                        urutan=Kegiatan.objects.filter(program=program).count() + 1)
    _simpan(kegiatan)
    return kegiatan


@transaction.atomic
def tambah_sub_kegiatan(scope: Scope, *, kegiatan: Kegiatan, nomenklatur: Nomenklatur) -> SubKegiatan:
    """A sub kegiatan of the kegiatan's nomenclature (``SubKegiatan.clean`` refuses another kegiatan's code)."""
    scope.require_change(kegiatan)
    kunci.pastikan_tahun_terbuka(kegiatan.pd_id, kegiatan.program.tahun)
    if SubKegiatan.objects.filter(kegiatan=kegiatan, nomenklatur=nomenklatur).exists():
        raise ValidationError({"nomenklatur": f"Sub kegiatan {nomenklatur.kode} sudah ada pada kegiatan ini."})
    sub = SubKegiatan(kegiatan=kegiatan, nomenklatur=nomenklatur,
                      urutan=SubKegiatan.objects.filter(kegiatan=kegiatan).count() + 1)
    _simpan(sub)
    return sub


@transaction.atomic
def tambah_lokasi(scope: Scope, *, sub_kegiatan: SubKegiatan, kelurahan: Kelurahan | None) -> Lokasi:
    """Split a sub kegiatan by lokasi: a kelurahan/desa of the kecamatan, or the kecamatan itself (``None``)."""
    scope.require_change(sub_kegiatan)
    kunci.pastikan_tahun_terbuka(sub_kegiatan.pd_id, tahun_pohon(sub_kegiatan))
    if Lokasi.objects.filter(sub_kegiatan=sub_kegiatan, kelurahan=kelurahan).exists():
        nama = kelurahan.nama if kelurahan is not None else "Tingkat kecamatan"
        raise ValidationError({"kelurahan": f"Lokasi {nama} sudah ada pada sub kegiatan ini."})
    lokasi = Lokasi(sub_kegiatan=sub_kegiatan, kelurahan=kelurahan,
                    urutan=Lokasi.objects.filter(sub_kegiatan=sub_kegiatan).count() + 1)
    _simpan(lokasi)
    return lokasi


@dataclass(frozen=True)
class Salinan:
    """What :func:`mulai_tahun` copied."""

    program: int = 0
    kegiatan: int = 0
    sub_kegiatan: int = 0
    lokasi: int = 0
    indikator: int = 0


def _salin_indikator(lama: Indikator, hitung: Counter, **pemilik) -> None:
    baru = Indikator(**pemilik, urutan=lama.urutan, kondisi_awal=lama.kondisi_awal,
                     kondisi_awal_teks=lama.kondisi_awal_teks,
                     **{name: getattr(lama, name) for name in INDIKATOR_FIELDS})
    _simpan(baru)
    hitung["indikator"] += 1
    for pj in lama.penanggung_jawab.all():
        _simpan(PenanggungJawab(indikator=baru, unit_id=pj.unit_id, jabatan_id=pj.jabatan_id, urutan=pj.urutan))


@transaction.atomic
def mulai_tahun(scope: Scope, *, pd: PerangkatDaerah, tahun: int) -> Salinan:
    """Start ``tahun``: copy the program tree of ``tahun − 1`` (programs, kegiatan, sub kegiatan, lokasi, their
    indicators with their rules and penanggung jawab) in one transaction. A program-tree target belongs to its
    year, so the copies start without one (the sasaran targets of the new year are the Renstra's own, untouched);
    the sasaran a program supported stay linked while their Renstra covers the new year. Refused when ``tahun``
    already has programs or ``tahun − 1`` has none."""
    _isi_pd(scope, pd)
    kunci.pastikan_tahun_terbuka(pd.pk, tahun)
    if Program.objects.filter(pd=pd, tahun=tahun).exists():
        raise ValidationError({"tahun": f"Tahun {tahun} sudah memiliki program; pohon tahun {tahun - 1} tidak disalin. "
                                        "Tambahkan program satu per satu bila masih ada yang kurang."})
    lama = list(
        Program.objects.filter(pd=pd, tahun=tahun - 1).select_related("nomenklatur").prefetch_related(
            "sasaran__tujuan__renstra", "indikator__penanggung_jawab", "kegiatan__indikator__penanggung_jawab",
            "kegiatan__sub_kegiatan__indikator__penanggung_jawab", "kegiatan__sub_kegiatan__lokasi")
    )
    if not lama:
        raise ValidationError({"tahun": f"Belum ada program tahun {tahun - 1} untuk disalin ke tahun {tahun}."})
    hitung: Counter = Counter()
    for p in lama:
        program = _simpan(Program(pd=pd, tahun=tahun, nomenklatur=p.nomenklatur, urutan=p.urutan))
        hitung["program"] += 1
        program.sasaran.set([s for s in p.sasaran.all() if tahun in s.tujuan.renstra.tahun])
        for ind in p.indikator.all():
            _salin_indikator(ind, hitung, program=program)
        for k in p.kegiatan.all():
            kegiatan = _simpan(Kegiatan(program=program, nomenklatur_id=k.nomenklatur_id, urutan=k.urutan))
            hitung["kegiatan"] += 1
            for ind in k.indikator.all():
                _salin_indikator(ind, hitung, kegiatan=kegiatan)
            for s in k.sub_kegiatan.all():
                sub = _simpan(SubKegiatan(kegiatan=kegiatan, nomenklatur_id=s.nomenklatur_id, urutan=s.urutan))
                hitung["sub_kegiatan"] += 1
                for ind in s.indikator.all():
                    _salin_indikator(ind, hitung, sub_kegiatan=sub)
                for lokasi in s.lokasi.all():
                    _simpan(Lokasi(sub_kegiatan=sub, kelurahan_id=lokasi.kelurahan_id, urutan=lokasi.urutan))
                    hitung["lokasi"] += 1
    return Salinan(**hitung)


# --- IKU ------------------------------------------------------------------------------------------

@transaction.atomic
def buat_iku(scope: Scope, *, pd: PerangkatDaerah, data: Mapping) -> Iku:
    _isi_pd(scope, pd)
    iku = Iku(pd=pd)
    _set(iku, data, IKU_FIELDS)
    return _simpan(iku)


@transaction.atomic
def ubah_iku(scope: Scope, *, iku: Iku, data: Mapping) -> Iku:
    scope.require_change(iku)
    _set(iku, data, IKU_FIELDS)
    return _simpan(iku)


@transaction.atomic
def tambah_entri_iku(scope: Scope, *, iku: Iku, indikator: Indikator, kelompok_tujuan: Tujuan | None = None) -> IkuEntri:
    """Add a Renstra indicator to an IKU as its last row (and mark it as an IKU)."""
    scope.require_change(iku)
    scope.require_change(indikator)
    if IkuEntri.objects.filter(iku=iku, indikator=indikator).exists():
        raise ValidationError({"indikator": f"“{indikator.nama}” sudah ada dalam IKU ini."})
    terakhir = IkuEntri.objects.filter(iku=iku).aggregate(n=models.Max("urutan"))["n"] or 0
    entri = _simpan(IkuEntri(iku=iku, indikator=indikator, urutan=terakhir + 1, kelompok_tujuan=kelompok_tujuan))
    if not indikator.is_iku:
        Indikator.objects.filter(pk=indikator.pk).update(is_iku=True)
    return entri


# --- removing and reordering ----------------------------------------------------------------------

# What may go with a row when it is removed: its own parts. Anything else below it (a child node, a
# realisation, a budget line, evidence, a PK row, an IKU row) refuses the removal, named.
BAGIAN: dict[type[models.Model], tuple[type[models.Model], ...]] = {
    Renstra: (), Tujuan: (), Sasaran: (),
    Indikator: (Target, PenanggungJawab),
    Program: (Indikator, Target, PenanggungJawab),
    Kegiatan: (Indikator, Target, PenanggungJawab),
    SubKegiatan: (Indikator, Target, PenanggungJawab, Lokasi),
    Lokasi: (),
    Iku: (IkuEntri,), IkuEntri: (),
    Rpjmd: (), Misi: (), TujuanRpjmd: (), SasaranRpjmd: (),
    IndikatorRpjmd: (TargetRpjmd,),
}


def _nama_model(model: type[models.Model], n: int) -> str:
    return f"{n} {model._meta.verbose_name}"


def _hapus_bila_kosong(obj: models.Model) -> None:
    """Delete ``obj`` with its own parts only; refuse, naming them, when anything else hangs below it."""
    boleh = {type(obj), *BAGIAN[type(obj)]}
    collector = Collector(using=router.db_for_write(type(obj)))
    try:
        collector.collect([obj])
    except (ProtectedError, RestrictedError) as exc:
        pemakai = Counter(type(o) for o in exc.args[1])
        daftar = ", ".join(_nama_model(m, n) for m, n in pemakai.items())
        raise ValidationError(f"{obj} tidak dapat dihapus karena masih dipakai oleh {daftar}.") from exc
    lain: Counter[type[models.Model]] = Counter()
    for model, rows in collector.data.items():
        if model not in boleh and not model._meta.auto_created:
            lain[model] += len(rows)
    for qs in collector.fast_deletes:
        model = qs.model
        if model not in boleh and not model._meta.auto_created:
            n = qs.count()
            if n:
                lain[model] += n
    if lain:
        daftar = ", ".join(_nama_model(m, n) for m, n in lain.items())
        raise ValidationError(f"“{obj}” tidak dapat dihapus karena masih ada {daftar} di bawahnya. "
                              "Hapus itu lebih dulu.")
    obj.delete()


@transaction.atomic
def hapus(scope: Scope, *, obj: models.Model) -> None:
    """Remove a planning row when nothing but its own parts hangs below it; year-bound rows obey the lock."""
    if type(obj) not in BAGIAN:
        raise Ditolak("Data ini tidak dapat dihapus dari sini.")
    if isinstance(obj, (Rpjmd, Misi, TujuanRpjmd, SasaranRpjmd, IndikatorRpjmd)):
        _master(scope, obj)
    else:
        scope.require_change(obj)
    if isinstance(obj, TREE_MODELS):
        kunci.pastikan_tahun_terbuka(obj.pd_id, tahun_pohon(obj))
    elif isinstance(obj, Indikator):
        _pastikan_terbuka(obj.pd_id, _tahun_indikator(obj))
    elif isinstance(obj, Sasaran) and obj.program.exists():
        raise ValidationError(f"Sasaran “{obj}” tidak dapat dihapus karena masih didukung oleh "
                              f"{obj.program.count()} program. Lepaskan tautan programnya lebih dulu.")
    indikator = obj.indikator if isinstance(obj, IkuEntri) else None
    _hapus_bila_kosong(obj)
    if indikator is not None and not IkuEntri.objects.filter(indikator=indikator).exists():
        Indikator.objects.filter(pk=indikator.pk).update(is_iku=False)


def _saudara(obj: models.Model) -> models.QuerySet:
    """The rows ``obj`` is ordered among."""
    if isinstance(obj, Tujuan):
        return Tujuan.objects.filter(renstra_id=obj.renstra_id)
    if isinstance(obj, Sasaran):
        return Sasaran.objects.filter(tujuan_id=obj.tujuan_id)
    if isinstance(obj, Indikator):
        return Indikator.objects.filter(**{f"{obj.level}_id": obj.pemilik_id})
    if isinstance(obj, IkuEntri):
        return IkuEntri.objects.filter(iku_id=obj.iku_id)
    if isinstance(obj, TujuanRpjmd):
        return TujuanRpjmd.objects.filter(misi_id=obj.misi_id)
    if isinstance(obj, SasaranRpjmd):
        return SasaranRpjmd.objects.filter(tujuan_id=obj.tujuan_id)
    if isinstance(obj, IndikatorRpjmd):
        return IndikatorRpjmd.objects.filter(tujuan_id=obj.tujuan_id, sasaran_id=obj.sasaran_id)
    raise Ditolak("Urutan data ini tidak dapat diubah dari sini.")


@transaction.atomic
def geser(scope: Scope, *, obj: models.Model, naik: bool) -> None:
    """Move a row one place up (``naik``) or down among its siblings; the order is renumbered 1..n."""
    rows = list(_saudara(obj).order_by("urutan", "pk"))
    if isinstance(obj, (TujuanRpjmd, SasaranRpjmd, IndikatorRpjmd)):
        _master(scope, obj)
    else:
        scope.require_change(obj)
    if isinstance(obj, Indikator) and obj.level not in ("tujuan", "sasaran"):
        _pastikan_terbuka(obj.pd_id, _tahun_indikator(obj))
    i = next(n for n, row in enumerate(rows) if row.pk == obj.pk)
    j = i - 1 if naik else i + 1
    if not 0 <= j < len(rows):
        return
    rows[i], rows[j] = rows[j], rows[i]
    model = type(obj)
    # Two passes: an order unique per parent (IKU rows) never holds two rows on one number in between.
    for n, row in enumerate(rows, start=1):
        model._default_manager.filter(pk=row.pk).update(urutan=10000 + n)
    for n, row in enumerate(rows, start=1):
        model._default_manager.filter(pk=row.pk).update(urutan=n)


# --- RPJMD (admin pemda) --------------------------------------------------------------------------

def _periksa_periode_rpjmd(rpjmd: Rpjmd) -> None:
    if rpjmd.tahun_mulai and rpjmd.tahun_selesai and rpjmd.tahun_selesai >= rpjmd.tahun_mulai:
        overlap = (Rpjmd.objects.filter(pemda_id=rpjmd.pemda_id, tahun_mulai__lte=rpjmd.tahun_selesai,
                                        tahun_selesai__gte=rpjmd.tahun_mulai).exclude(pk=rpjmd.pk).first())
        if overlap is not None:
            raise ValidationError({"tahun_mulai": f"Periode bertumpang tindih dengan {overlap}."})
        luar = (TargetRpjmd.objects.filter(models.Q(indikator__tujuan__misi__rpjmd_id=rpjmd.pk)
                                           | models.Q(indikator__sasaran__tujuan__misi__rpjmd_id=rpjmd.pk))
                .exclude(tahun__gte=rpjmd.tahun_mulai, tahun__lte=rpjmd.tahun_selesai).first()) if rpjmd.pk else None
        if luar is not None:
            raise ValidationError({"tahun_selesai": f"Indikator “{luar.indikator}” memiliki target tahun {luar.tahun}, "
                                                    "di luar periode baru. Hapus target itu dulu."})


@transaction.atomic
def buat_rpjmd(scope: Scope, *, pemda: Pemda, data: Mapping) -> Rpjmd:
    _master(scope, pemda=pemda)
    rpjmd = Rpjmd(pemda=pemda)
    _set(rpjmd, data, RPJMD_FIELDS)
    rpjmd.full_clean()
    _periksa_periode_rpjmd(rpjmd)
    rpjmd.save()
    return rpjmd


@transaction.atomic
def ubah_rpjmd(scope: Scope, *, rpjmd: Rpjmd, data: Mapping) -> Rpjmd:
    _master(scope, rpjmd)
    _set(rpjmd, data, RPJMD_FIELDS)
    rpjmd.full_clean()
    _periksa_periode_rpjmd(rpjmd)
    rpjmd.save()
    return rpjmd


def _urutan_berikut(model: type[models.Model], **induk) -> int:
    return model._default_manager.filter(**induk).count() + 1


# The child each kind of RPJMD row is added under.
INDUK_RPJMD: dict[str, tuple[type[models.Model], ...]] = {
    "misi": (Rpjmd,), "tujuan": (Misi,), "sasaran": (TujuanRpjmd,), "indikator": (TujuanRpjmd, SasaranRpjmd),
}


@transaction.atomic
def tambah_item_rpjmd(scope: Scope, *, jenis: str, induk: models.Model, data: Mapping,
                      targets: Mapping[int, str] | None = None) -> models.Model:
    """Add a row to an RPJMD: a misi (under the RPJMD), a tujuan (under a misi), a sasaran (under a tujuan), or an
    indicator with its targets (under a tujuan, "IKU Kota", or a sasaran, "IKD Kota")."""
    if not isinstance(induk, INDUK_RPJMD.get(jenis, ())):
        raise Ditolak("Data ini tidak dapat ditambahkan di sini.")
    _master(scope, induk)
    item: models.Model
    if isinstance(induk, Rpjmd):
        item = Misi(rpjmd=induk, nomor=data.get("nomor") or (Misi.objects.filter(rpjmd=induk).count() + 1))
        if Misi.objects.filter(rpjmd=induk, nomor=item.nomor).exists():
            raise ValidationError({"nomor": f"Misi nomor {item.nomor} sudah ada pada RPJMD ini."})
    elif isinstance(induk, Misi):
        item = TujuanRpjmd(misi=induk, urutan=_urutan_berikut(TujuanRpjmd, misi=induk))
    elif jenis == "sasaran" and isinstance(induk, TujuanRpjmd):
        item = SasaranRpjmd(tujuan=induk, urutan=_urutan_berikut(SasaranRpjmd, tujuan=induk))
    else:
        owner: dict[str, models.Model] = {"tujuan" if isinstance(induk, TujuanRpjmd) else "sasaran": induk}
        item = IndikatorRpjmd(**owner, urutan=_urutan_berikut(IndikatorRpjmd, **owner))
    _set(item, {k: v for k, v in data.items() if k != "nomor"}, RPJMD_ITEM_FIELDS[type(item)])
    _simpan(item)
    if isinstance(item, IndikatorRpjmd) and targets:
        _simpan_targets_rpjmd(item, targets)
    return item


@transaction.atomic
def ubah_item_rpjmd(scope: Scope, *, item: models.Model, data: Mapping,
                    targets: Mapping[int, str] | None = None) -> models.Model:
    _master(scope, item)
    if isinstance(item, Misi) and "nomor" in data and \
            Misi.objects.filter(rpjmd_id=item.rpjmd_id, nomor=data["nomor"]).exclude(pk=item.pk).exists():
        raise ValidationError({"nomor": f"Misi nomor {data['nomor']} sudah ada pada RPJMD ini."})
    _set(item, data, RPJMD_ITEM_FIELDS[type(item)])
    _simpan(item)
    if isinstance(item, IndikatorRpjmd) and targets:
        _simpan_targets_rpjmd(item, targets)
    return item


def _simpan_targets_rpjmd(indikator: IndikatorRpjmd, targets: Mapping[int, str]) -> None:
    for tahun, teks in sorted(targets.items()):
        field = f"target_{tahun}"
        if tahun not in indikator.tahun_target():
            raise ValidationError({field: f"Tahun {tahun} di luar periode RPJMD."})
        existing = TargetRpjmd.objects.filter(indikator=indikator, tahun=tahun).first()
        teks = (teks or "").strip()
        if not teks:
            if existing is not None:
                existing.delete()
            continue
        parsed, keep = baca_target(teks, field)
        target = existing or TargetRpjmd(indikator=indikator, tahun=tahun)
        target.nilai, target.nilai_atas, target.teks = parsed.nilai, parsed.atas, keep
        _simpan(target)
