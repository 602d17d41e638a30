"""Scoped reads of Perjanjian Kinerja."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol, TypeVar

from django.db.models import Prefetch

from sakip.core.scoping import Scope
from sakip.domain.agreement.models import AnggaranPk, PerjanjianKinerja, TargetPk
from sakip.domain.organisation.models import Jabatan, MasaJabatan, PerangkatDaerah
from sakip.domain.organisation.selectors import pejabat_pada, pimpinan_pada
from sakip.domain.planning.models import Indikator, Program, Target, tampil_target
from sakip.domain.planning.selectors import indikator_sasaran
from sakip.rumus.capaian import SumberAnggaran


def pk_queryset(scope: Scope):
    """PK versions with their targets and program budgets, for documents."""
    return (
        PerjanjianKinerja.objects.within(scope)
        .select_related("pd__pemda", "jabatan_pihak_pertama", "jabatan_pihak_kedua")
        .prefetch_related(
            Prefetch("target", queryset=TargetPk.objects.select_related("indikator__sasaran__tujuan")
                     .order_by("urutan", "id")),
            Prefetch("anggaran", queryset=AnggaranPk.objects.select_related("program__nomenklatur")
                     .order_by("program__urutan", "program__nomenklatur__kode")),
        )
        .order_by("nomor")
    )


def pk_versi(scope: Scope, pd: PerangkatDaerah, tahun: int) -> list[PerjanjianKinerja]:
    """Every version of the PK of ``pd`` for ``tahun``, oldest first."""
    return list(pk_queryset(scope).filter(pd=pd, tahun=tahun))


def pk_berlaku_per_pd(scope: Scope, pds: Iterable[PerangkatDaerah], tahun: int, tanggal: datetime.date,
                      anggaran: bool = False) -> dict[int, PerjanjianKinerja]:
    """The PK in force on ``tanggal`` of each PD (by id), with its targets (``anggaran``: and program budgets):
    the latest version signed on or before that date, or the first version when none is signed yet. The one rule
    of "the PK in force"; two queries (three with the budgets) whatever the number of PD."""
    versions = PerjanjianKinerja.objects.within(scope).filter(pd__in=list(pds), tahun=tahun).prefetch_related(
        "target", *(("anggaran",) if anggaran else ()))
    return versi_berlaku(versions, tanggal)


class Versi(Protocol):
    """What the rule of the PK in force reads of a version (a model instance or a plain row)."""

    @property
    def pd_id(self) -> int: ...

    @property
    def tanggal(self) -> datetime.date: ...

    @property
    def nomor(self) -> int: ...


V = TypeVar("V", bound=Versi)


def versi_berlaku(versions: Iterable[V], tanggal: datetime.date) -> dict[int, V]:
    """The rule of :func:`pk_berlaku_per_pd` over versions of one year read in any shape: per PD, the latest
    version signed on or before ``tanggal``, or the first version when none is signed yet."""
    berlaku: dict[int, V] = {}
    for versi in sorted(versions, key=lambda v: (v.tanggal, v.nomor)):
        if versi.pd_id not in berlaku or versi.tanggal <= tanggal:
            berlaku[versi.pd_id] = versi
    return berlaku


def pk_berlaku(scope: Scope, pd: PerangkatDaerah, tahun: int, tanggal: datetime.date,
               anggaran: bool = False) -> PerjanjianKinerja | None:
    """The version of ``pd``'s PK in force on ``tanggal`` (:func:`pk_berlaku_per_pd`)."""
    return pk_berlaku_per_pd(scope, [pd], tahun, tanggal, anggaran).get(pd.pk)


def pk_tahun(scope: Scope, pd: PerangkatDaerah) -> list[int]:
    """The years for which ``pd`` has a PK, newest first."""
    return sorted(set(PerjanjianKinerja.objects.within(scope).filter(pd=pd).values_list("tahun", flat=True)), reverse=True)


def pk_ada(scope: Scope, pd: PerangkatDaerah, tahun: int) -> bool:
    """Whether ``pd`` has a PK (any version) for ``tahun``."""
    return PerjanjianKinerja.objects.within(scope).filter(pd=pd, tahun=tahun).exists()


def pk_terakhir(scope: Scope, pd: PerangkatDaerah, tahun: int) -> PerjanjianKinerja | None:
    """The latest version of ``pd``'s PK for ``tahun`` (the one in force at the end of the year, which a new
    version starts from and which may still be corrected while the PK is open)."""
    return pk_berlaku(scope, pd, tahun, datetime.date(tahun, 12, 31))


# --- drafting a version: what the form starts from ------------------------------------------------------


@dataclass(frozen=True)
class BarisTarget:
    """One indicator of a PK being drafted, with the target the form starts from."""

    indikator: Indikator
    sasaran: str
    awal: str  # the target as the form shows it ("94,14", "80–90", "BB (75,00)"), "" when none
    sumber: Target | TargetPk | None  # the row the target is copied from when left unchanged
    asal: str  # where it comes from: "Renstra", "PK versi 2", ""


@dataclass(frozen=True)
class BarisAnggaran:
    """One program of the year with the budget the form starts from (None: to be typed)."""

    program: Program
    nilai: Decimal | None
    sumber: str


@dataclass(frozen=True)
class DrafPk:
    pd: PerangkatDaerah
    tahun: int
    dasar: PerjanjianKinerja | None  # the version a new one starts from (None: the first version)
    target: tuple[BarisTarget, ...]
    anggaran: tuple[BarisAnggaran, ...]


def draf_pk(scope: Scope, pd: PerangkatDaerah, tahun: int, dasar: PerjanjianKinerja | None = None) -> DrafPk:
    """What a PK version of ``pd`` for ``tahun`` is drafted from, in five queries.

    Targets: every sasaran indicator of the Renstra in force in ``tahun`` (``planning.selectors.indikator_sasaran``)
    with, from ``dasar`` (the version a new one starts from) its target, else the Renstra's target of the year;
    indicators of ``dasar`` that are no longer sasaran indicators of the year keep their place. Budgets: every
    program of the year with ``dasar``'s budget and source, else none (typed by the operator: the pagu lines live
    in the measurement app, above this one).
    """
    indikator = list(indikator_sasaran(scope, pd, tahun).select_related("sasaran"))
    janji: dict[int, TargetPk] = {}
    anggaran: dict[int, AnggaranPk] = {}
    if dasar is not None:
        rows = TargetPk.objects.within(scope).filter(perjanjian=dasar).select_related(
            "indikator__sasaran", "indikator__tujuan").order_by("urutan", "id")
        janji = {t.indikator_id: t for t in rows}
        indikator = [t.indikator for t in janji.values()] + [i for i in indikator if i.pk not in janji]
        anggaran = {a.program_id: a for a in AnggaranPk.objects.within(scope).filter(perjanjian=dasar)}
    renstra = {t.indikator_id: t for t in Target.objects.within(scope).filter(
        indikator_id__in=[i.pk for i in indikator], tahun=tahun).select_related("indikator")}
    target = []
    for ind in indikator:
        sumber: Target | TargetPk | None
        if ind.pk in janji:
            sumber, asal = janji[ind.pk], f"PK versi {dasar.nomor}" if dasar else ""
            awal = tampil_target(sumber.nilai, sumber.nilai_atas, sumber.teks, ind.satuan)
        elif ind.pk in renstra:
            rencana = renstra[ind.pk]
            sumber, asal, awal = rencana, "Renstra", rencana.tampil
        else:
            sumber, asal, awal = None, "", ""
        owner = ind.sasaran or ind.tujuan
        target.append(BarisTarget(ind, owner.nama if owner else "", awal, sumber, asal))
    program = Program.objects.within(scope).filter(pd=pd, tahun=tahun).select_related("nomenklatur").order_by(
        "urutan", "nomenklatur__kode")
    baris_anggaran = tuple(
        BarisAnggaran(p, anggaran[p.pk].nilai if p.pk in anggaran else None,
                      anggaran[p.pk].sumber if p.pk in anggaran else SumberAnggaran.APBD.value)
        for p in program)
    return DrafPk(pd, tahun, dasar, tuple(target), baris_anggaran)


# --- the two parties on a date -----------------------------------------------------------------------------


@dataclass(frozen=True)
class PihakPk:
    """Who signs a PK on a date: the head of the PD (pihak pertama) and the kepala daerah (pihak kedua)."""

    tanggal: datetime.date
    pertama: MasaJabatan | None
    kedua: MasaJabatan | None


def pihak_pada(scope: Scope, pd: PerangkatDaerah, tanggal: datetime.date) -> PihakPk:
    """The tenures covering ``tanggal`` of the PD's head (``organisation.selectors.pimpinan_pada``) and of the
    pemda's kepala daerah (``pejabat_pada`` on each kepala daerah post of the pemda)."""
    kepala = Jabatan.objects.within(scope).filter(pemda_id=pd.pemda_id, pd__isnull=True,
                                                  jenis=Jabatan.Jenis.KEPALA_DAERAH).order_by("pk")
    kedua = None
    for jabatan in kepala:
        kedua = pejabat_pada(scope, jabatan_id=jabatan.pk, tanggal=tanggal)
        if kedua is not None:
            break
    return PihakPk(tanggal, pimpinan_pada(scope, pd=pd, tanggal=tanggal), kedua)
