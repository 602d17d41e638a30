"""Scoped reads of the quarterly measurement: the rows a quarter's structure is computed from, and the
values the writes check against. Each function runs a fixed number of queries."""

from __future__ import annotations

import datetime
import functools
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from django.db.models import FilteredRelation, Q, QuerySet
from django.db.models.expressions import Combinable

from sakip.core.scoping import Scope
from sakip.domain.agreement.models import PerjanjianKinerja
from sakip.domain.measurement.models import (
    BelanjaTanpaRincian,
    BuktiDukung,
    Pagu,
    Realisasi,
    RealisasiAnggaran,
)
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Indikator, Lokasi, Program, SubKegiatan
from sakip.domain.planning.selectors import indikator_sasaran
from sakip.domain.workflow.kelengkapan import Kelengkapan, Kelompok, Temuan
from sakip.rumus.angka import format_angka
from sakip.rumus.capaian import Aturan

if TYPE_CHECKING:
    from sakip.domain.measurement.dokumen import Baris, BarisIku, Pengukuran


# The rows a quarter's structure is computed from: plain rows, not model instances.
class Simpul(NamedTuple):
    """A program, kegiatan or sub kegiatan of the year's tree as the structure reads it (not a model instance)."""

    pk: int
    kode: str
    nama: str


class TempatLokasi(NamedTuple):
    """A lokasi of a sub kegiatan: its kelurahan's name, else the PD's (as :attr:`Lokasi.nama`)."""

    pk: int
    nama: str


class TargetBaris(NamedTuple):
    nilai: Decimal
    nilai_atas: Decimal | None
    teks: str


class RealisasiBaris(NamedTuple):
    nilai: Decimal | None
    teks: str


class TahunanBaris(NamedTuple):
    nilai: Decimal
    teks: str
    sumber: str


class IndikatorBaris(NamedTuple):
    """An indicator with the fields the quarter's rules and rows read (not a model instance)."""

    pk: int
    pd_id: int
    nama: str
    satuan: str
    akumulasi: str
    cara_isi: str
    polaritas: str
    rumus_negatif: str
    frekuensi: str
    peran: str
    sasaran: str | None  # the sasaran's name (a sasaran indicator)

    def aturan(self, rumus_negatif_pemda: str) -> Aturan:
        """:meth:`Indikator.aturan` of this indicator (computed once per distinct set of rules)."""
        return aturan_indikator(self.polaritas, self.rumus_negatif, self.akumulasi, self.cara_isi, self.frekuensi,
                                rumus_negatif_pemda)


class IkuTahun(NamedTuple):
    """The sasaran indicators of a year with their Renstra targets, every quarter's realisation, annual values."""

    indikator: list[IndikatorBaris]
    target: dict[int, TargetBaris]
    realisasi: dict[int, dict[int, RealisasiBaris]]  # indikator → triwulan → row
    tahunan: dict[int, TahunanBaris]


@functools.lru_cache(maxsize=1024)
def aturan_indikator(polaritas: str, rumus_negatif: str, akumulasi: str, cara_isi: str, frekuensi: str,
                     rumus_negatif_pemda: str) -> Aturan:
    """The rules of an indicator with these fields, by the model's own :meth:`Indikator.aturan` (a handful of
    distinct combinations exist, so the enums are looked up once each, not once per row)."""
    return Indikator(polaritas=polaritas, rumus_negatif=rumus_negatif, akumulasi=akumulasi, cara_isi=cara_isi,
                     frekuensi=frekuensi).aturan(rumus_negatif_pemda)


class IndikatorBernilai(NamedTuple):
    """An indicator with its target of the year, its realisations by quarter and its annual value
    (:func:`indikator_bernilai`); ``lain``: the further columns asked for."""

    indikator: IndikatorBaris
    lain: tuple
    target: TargetBaris | None
    realisasi: dict[int, RealisasiBaris]
    tahunan: TahunanBaris | None


_KOLOM_INDIKATOR = ("pk", "pd_id", "nama", "satuan", "akumulasi", "cara_isi", "polaritas", "rumus_negatif",
                    "frekuensi", "peran", "sasaran__nama")


def indikator_bernilai(indikator: QuerySet[Indikator], tahun: int, *lain: str, sampai: int | None = None,
                       tahunan: bool = True) -> list[IndikatorBernilai]:
    """The indicators of ``indikator`` (a queryset ordered so that its last key is the primary key) as plain rows,
    each with its target of ``tahun``, its realisations of that year (of the quarters up to ``sampai``) and, with
    ``tahunan``, its annual value: one query whatever their number (a row per realisation, joined to the target
    and the annual value), no model instances."""
    return _kelompok_indikator(_kolom_bernilai(indikator, tahun, lain, sampai, tahunan), len(lain), tahunan)


def _kolom_bernilai(indikator: QuerySet[Indikator], tahun: int, lain: tuple[str, ...], sampai: int | None,
                    tahunan: bool) -> QuerySet:
    """``indikator`` joined to its target, realisations and annual value of ``tahun``, as the columns
    :func:`_kelompok_indikator` reads."""
    realisasi = Q(realisasi__tahun=tahun, **({"realisasi__triwulan__lte": sampai} if sampai else {}))
    return indikator.annotate(
        t=FilteredRelation("target", condition=Q(target__tahun=tahun)),
        r=FilteredRelation("realisasi", condition=realisasi),
        **({"a": FilteredRelation("realisasi_tahunan", condition=Q(realisasi_tahunan__tahun=tahun))} if tahunan
           else {}),
    ).values_list(*_KOLOM_INDIKATOR, *lain, "t__nilai", "t__nilai_atas", "t__teks", "r__triwulan", "r__nilai",
                  "r__teks", *(("a__nilai", "a__teks", "a__sumber") if tahunan else ()))


def _kelompok_indikator(rows: Iterable[tuple], n_lain: int, tahunan: bool) -> list[IndikatorBernilai]:
    """The rows of :func:`_kolom_bernilai` (a row per realisation) grouped into one entry per indicator."""
    n = len(_KOLOM_INDIKATOR) + n_lain
    out: list[IndikatorBernilai] = []
    last = None
    for row in rows:
        if row[0] != last:  # the rows of one indicator follow each other
            last = row[0]
            annual = row[n + 6:n + 9] if tahunan and row[n + 6] is not None else None
            out.append(IndikatorBernilai(
                IndikatorBaris._make(row[:len(_KOLOM_INDIKATOR)]), row[len(_KOLOM_INDIKATOR):n],
                TargetBaris._make(row[n:n + 3]) if row[n] is not None else None, {},
                TahunanBaris._make(annual) if annual else None))
        if row[n + 3] is not None:
            out[-1].realisasi[row[n + 3]] = RealisasiBaris(row[n + 4], row[n + 5])
    return out


# The shapes of DataTahun's reads (issue 21): the joins, columns and order of each read are built once per process
# (per year where the year sits in a join's condition) and every call filters a clone of it by the scope and the
# PD, which is all that differs between calls. Building a queryset's joins and columns cost more than the SQL;
# the clone copies the built query. The shapes are never evaluated themselves and hold no rows.
@functools.lru_cache(maxsize=64)
def _bentuk_indikator(tahun: int, urutan: tuple[str, ...], iku: bool) -> QuerySet:
    return _kolom_bernilai(Indikator.objects.order_by(*urutan), tahun, _LAIN_TAHUN, None, iku)


_LAIN_TAHUN = ("program_id", "kegiatan_id", "sub_kegiatan_id", "sasaran_id")


@functools.cache
def _bentuk_pohon() -> QuerySet:
    keg, sub, lok = "kegiatan__", "kegiatan__sub_kegiatan__", "kegiatan__sub_kegiatan__lokasi__"
    return Program.objects.order_by(
        "urutan", "nomenklatur__kode", f"{keg}urutan", f"{keg}nomenklatur__kode", f"{sub}urutan",
        f"{sub}nomenklatur__kode", f"{lok}urutan", f"{lok}id").values_list(
        "pk", "nomenklatur__kode", "nomenklatur__nama", f"{keg}id", f"{keg}nomenklatur__kode",
        f"{keg}nomenklatur__nama", f"{sub}id", f"{sub}nomenklatur__kode", f"{sub}nomenklatur__nama", f"{lok}id",
        f"{lok}kelurahan_id", f"{lok}kelurahan__nama")


@functools.lru_cache(maxsize=16)
def _bentuk_anggaran(tahun: int) -> tuple[QuerySet, QuerySet]:
    """The pagu and the spending lines of the year's tree (:func:`baris_pagu`, :func:`baris_belanja`)."""
    of_year = Q(sub_kegiatan__kegiatan__program__tahun=tahun)
    return (Pagu.objects.filter(of_year).order_by().values_list(*BARIS_PAGU, named=True),
            RealisasiAnggaran.objects.filter(of_year).order_by().values_list(*BARIS_BELANJA, named=True))


def dalam(scope: Scope, bentuk: QuerySet, *q: Q, **where) -> QuerySet:
    """A clone of the shape ``bentuk`` holding the rows ``scope`` reaches (:meth:`Scope.q`, as ``within``) that
    match ``q`` and ``where``: one ``filter`` for both."""
    mine = scope.q(bentuk.model)
    return bentuk.none() if mine is None else bentuk.filter(mine, *q, **where)


@functools.cache
def _bentuk_kecil() -> tuple[QuerySet, QuerySet]:
    """Spending without budget lines, and the PK versions with their targets (:func:`versi_pk`)."""
    return (BelanjaTanpaRincian.objects.order_by().values_list("triwulan", "nilai", "keterangan"),
            PerjanjianKinerja.objects.order_by().values_list(
                "pk", "pd_id", "nomor", "tanggal", "target__indikator_id", "target__nilai", "target__nilai_atas",
                "target__teks"))


class VersiPk(NamedTuple):
    """A version of a PD's PK with its targets, as plain rows (:func:`versi_pk`)."""

    pk: int
    pd_id: int
    nomor: int
    tanggal: datetime.date
    target: dict[int, TargetBaris]  # indikator → target


def versi_pk(scope: Scope, tahun: int, **where) -> list[VersiPk]:
    """Every version of the PK of ``tahun`` of the PD selected by ``where`` (``pd=…``, ``pd__pemda=…``) with its
    targets, in one query (a row per target; a version without targets still has its row). The version in force
    on a date is :func:`sakip.domain.agreement.selectors.versi_berlaku` of these."""
    versi: dict[int, VersiPk] = {}
    for pk, pd_id, nomor, tanggal, ind, nilai, atas, teks in dalam(
            scope, _bentuk_kecil()[1], tahun=tahun, **where):
        v = versi.get(pk)
        if v is None:
            versi[pk] = v = VersiPk(pk, pd_id, nomor, tanggal, {})
        if ind is not None:
            v.target[ind] = TargetBaris(nilai, atas, teks)
    return list(versi.values())


class TanpaRincian(NamedTuple):
    nilai: Decimal
    keterangan: str


class DataTahun:
    """Every row of a PD-year's measurement, read once as plain rows, not model instances, in a fixed number of
    queries: the program tree (one query); its indicators and, with ``iku``, the year's sasaran indicators, with
    their targets, realisations and annual values (one query); the year's budget and spending lines (one query
    each); spending reported without budget lines (one query); with ``iku``, the versions of the year's PK with
    their targets (one query). ``hanya_anggaran`` reads the tree and the budget lines only (the pagu screen).

    ``program_id`` restricts the program tree to one program and ``triwulan`` the spending to one quarter
    (a saved grid row needs no more); the year's budget lines are read whole in any case, for the quarter's
    totals (:data:`BARIS_PAGU`, :data:`BARIS_BELANJA`). ``iku_id`` reads only that sasaran indicator.
    """

    def __init__(self, scope: Scope, pd: PerangkatDaerah, tahun: int, program_id: int | None = None,
                 pohon: bool = True, triwulan: int | None = None, iku: bool = False,
                 iku_id: int | None = None, hanya_anggaran: bool = False) -> None:
        self.program: list[Simpul] = []
        self.kegiatan: dict[int, list[Simpul]] = defaultdict(list)
        self.sub: dict[int, list[Simpul]] = defaultdict(list)
        self.lokasi: dict[int, list[TempatLokasi]] = defaultdict(list)
        if pohon:
            self._pohon(scope, pd, tahun, program_id)
        self.indikator: dict[tuple[str, int], list[IndikatorBaris]] = defaultdict(list)
        self.target: dict[int, TargetBaris] = {}
        self.realisasi: dict[int, dict[int, RealisasiBaris]] = {}  # indikator → triwulan → row
        iku = iku or iku_id is not None
        self._iku = IkuTahun([], self.target, self.realisasi, {}) if iku else None
        if not hanya_anggaran and (self.program or iku):
            self._indikator(scope, pd, tahun, iku, iku_id)
        pagu, belanja = _bentuk_anggaran(tahun)
        self.pagu = list(dalam(scope, pagu, pd_id=pd.pk))
        self.belanja = list(dalam(scope, belanja, pd_id=pd.pk, **({"triwulan": triwulan} if triwulan else {})))
        self.tanpa_rincian: dict[int, TanpaRincian] = {}  # triwulan → spending reported without budget lines
        if not hanya_anggaran:
            for tw, nilai, keterangan in dalam(scope, _bentuk_kecil()[0], pd_id=pd.pk, tahun=tahun,
                                                **({"triwulan": triwulan} if triwulan else {})):
                self.tanpa_rincian[tw] = TanpaRincian(nilai, keterangan)
        self.pk_versi = versi_pk(scope, tahun, pd=pd) if iku else []

    def _pohon(self, scope: Scope, pd: PerangkatDaerah, tahun: int, program_id: int | None) -> None:
        """The programs of the year with their kegiatan, sub kegiatan and lokasi: one query, a row per path from
        a program to its last level (every level in document order: urutan, then code)."""
        rows = dalam(scope, _bentuk_pohon(), pd_id=pd.pk, tahun=tahun, **({"pk": program_id} if program_id else {}))
        seen: set[tuple[str, int]] = set()
        for p, p_kode, p_nama, k, k_kode, k_nama, s, s_kode, s_nama, lokasi, kelurahan, kelurahan_nama in rows:
            if ("p", p) not in seen:
                seen.add(("p", p))
                self.program.append(Simpul(p, p_kode, p_nama))
            if k is not None and ("k", k) not in seen:
                seen.add(("k", k))
                self.kegiatan[p].append(Simpul(k, k_kode, k_nama))
            if s is not None and ("s", s) not in seen:
                seen.add(("s", s))
                self.sub[k].append(Simpul(s, s_kode, s_nama))
            if lokasi is not None:
                self.lokasi[s].append(TempatLokasi(lokasi, kelurahan_nama if kelurahan is not None else pd.nama))

    def _indikator(self, scope: Scope, pd: PerangkatDaerah, tahun: int, iku: bool, iku_id: int | None) -> None:
        """The indicators of the tree and (``iku``) the sasaran indicators of the year (:func:`indikator_sasaran`,
        in its order), each with its target, realisations and annual value: one query."""
        milik = Q()
        if self.program:
            milik |= (Q(program_id__in=[p.pk for p in self.program])
                      | Q(kegiatan_id__in=[k.pk for rows in self.kegiatan.values() for k in rows])
                      | Q(sub_kegiatan_id__in=[s.pk for rows in self.sub.values() for s in rows]))
        urutan: Sequence[str | Combinable] = ("urutan", "id")
        if iku:
            sasaran = indikator_sasaran(scope, pd, tahun, indikator_id=iku_id)
            milik |= Q(pk__in=sasaran.values("pk"))
            urutan = sasaran.query.order_by  # the tree's indicators have no sasaran: (urutan, id) among themselves
        rows = dalam(scope, _bentuk_indikator(tahun, tuple(urutan), iku), milik)
        for ind, (program, kegiatan, sub, sasaran_id), target, realisasi, annual in _kelompok_indikator(
                rows, len(_LAIN_TAHUN), iku):
            if target is not None:
                self.target[ind.pk] = target
            if realisasi:
                self.realisasi[ind.pk] = realisasi
            if sasaran_id is not None:
                assert self._iku is not None
                self._iku.indikator.append(ind)
                if annual is not None:
                    self._iku.tahunan[ind.pk] = annual
            else:
                level, pemilik = (("program", program) if program is not None else ("kegiatan", kegiatan)
                                  if kegiatan is not None else ("sub_kegiatan", sub))
                self.indikator[(level, pemilik)].append(ind)

    def iku(self) -> IkuTahun:
        """The year's sasaran indicators (read with ``iku``) with their Renstra targets, realisations of every
        quarter and annual values, however many quarters are computed from this data."""
        if self._iku is None:
            raise ValueError("DataTahun dibaca tanpa iku")
        return self._iku


BARIS_PAGU = ("sub_kegiatan_id", "lokasi_id", "sumber", "berlaku_mulai", "nilai", "pd_id")
BARIS_BELANJA = ("sub_kegiatan_id", "lokasi_id", "triwulan", "nilai")


def baris_pagu(queryset: QuerySet[Pagu]) -> list:
    """Pagu lines as light rows with the fields the budget rules read (no model instances). The models'
    default ordering joins eight tables and these rows only fill dictionaries, so it is dropped."""
    return list(queryset.order_by().values_list(*BARIS_PAGU, named=True))


def baris_belanja(queryset: QuerySet[RealisasiAnggaran]) -> list:
    """Spending lines as light rows (see :func:`baris_pagu`)."""
    return list(queryset.order_by().values_list(*BARIS_BELANJA, named=True))


def pagu_sub(sub_kegiatan_id: int) -> list:
    """Every pagu line of a sub kegiatan (each budget, its own line and its lokasi lines)."""
    return baris_pagu(Pagu.objects.filter(sub_kegiatan_id=sub_kegiatan_id))


def realisasi_lain(indikator: Indikator, tahun: int) -> dict[int, Decimal | None]:
    """An indicator's realisation of every quarter of the year."""
    return dict(Realisasi.objects.filter(indikator=indikator, tahun=tahun).values_list("triwulan", "nilai"))


def belanja_lain(sub_kegiatan: SubKegiatan, lokasi: Lokasi | None) -> dict[int, Decimal]:
    """A budget line's spending s.d. every quarter."""
    return dict(RealisasiAnggaran.objects.filter(sub_kegiatan=sub_kegiatan, lokasi=lokasi)
                .values_list("triwulan", "nilai"))


def semua_realisasi(ids: list[int], tahun: int) -> dict[int, dict[int, Decimal | None]]:
    """The realisations of every quarter of many indicators: indikator → triwulan → nilai."""
    out: dict[int, dict[int, Decimal | None]] = {}
    for ind, tw, nilai in Realisasi.objects.filter(indikator_id__in=ids, tahun=tahun).values_list(
            "indikator_id", "triwulan", "nilai"):
        out.setdefault(ind, {})[tw] = nilai
    return out


def semua_belanja(sub_ids: list[int]) -> dict[tuple[int, int | None], dict[int, Decimal]]:
    """The spending s.d. every quarter of many budget lines: (sub kegiatan, lokasi) → triwulan → nilai
    (what :func:`belanja_lain` gives for one line)."""
    out: dict[tuple[int, int | None], dict[int, Decimal]] = {}
    for s, lok, tw, nilai in RealisasiAnggaran.objects.filter(sub_kegiatan_id__in=sub_ids).order_by().values_list(
            "sub_kegiatan_id", "lokasi_id", "triwulan", "nilai"):
        out.setdefault((s, lok), {})[tw] = nilai
    return out


# The completeness of a quarter before it is submitted (the workflow panel, ``workflow.kelengkapan``).
BATAS_CAPAIAN_WAJAR = (Decimal(0), Decimal(200))  # as reporting.cek.BATAS_WAJAR: flagged, never capped


def kelengkapan(scope: Scope, pd: PerangkatDaerah, p: Pengukuran) -> Kelengkapan:
    """What quarter ``p`` (built by ``measurement.dokumen``) still lacks, each gap with the anchor of its grid row:
    measured indicators without a realisation, realisations without evidence (one query), budget lines that take
    spending this quarter without it, the quarter's failing checks (those of ``reporting.cek`` that one
    quarter can fail: spending above pagu, a lokasi without pagu, capaian outside 0–200 %, spending without
    budget lines, and at TW IV an annual value that differs from TW IV), and the rencana aksi not monitored in an
    earlier quarter (a target without its realisation, as ``reporting.cek`` lists it; this quarter's are the
    indicators not yet filled in)."""
    rows: list[tuple[str, Baris | BarisIku]] = [(f"{b.nama} (IKU)", b) for b in p.iku]
    rows += [
        (f"{b.indikator} ({b.kode} {b.nama})", b) for b in p.baris if b.indikator_id is not None]
    diukur = [(nama, b) for nama, b in rows if b.diukur]
    terisi = [(nama, b) for nama, b in diukur if b.isian.nilai is not None]
    ids = [b.indikator_id for _, b in terisi]
    ada_bukti = set(BuktiDukung.objects.within(scope).filter(
        pd=pd, indikator_id__in=ids, tahun=p.tahun, triwulan=p.triwulan).values_list("indikator_id", flat=True)
    ) if ids else set()
    anggaran = [b for b in p.baris if b.anggaran_diisi_di_sini]
    return Kelengkapan((
        Kelompok("belum-diisi", "indikator belum diisi", tuple(
            Temuan(nama, f"#baris-{b.kunci}") for nama, b in diukur if b.isian.nilai is None), len(diukur)),
        Kelompok("tanpa-bukti", "indikator tanpa bukti dukung", tuple(
            Temuan(nama, f"#baris-{b.kunci}") for nama, b in terisi if b.indikator_id not in ada_bukti)),
        Kelompok("tanpa-belanja", "baris anggaran tanpa realisasi", tuple(
            Temuan(_nama_anggaran(b), f"#baris-{b.kunci}") for b in anggaran if b.realisasi_anggaran is None),
            len(anggaran)),
        Kelompok("pemeriksaan", "pemeriksaan gagal", _cek_triwulan(p, rows, anggaran)),
        Kelompok("renaksi-tidak-dipantau", "rencana aksi tidak dipantau", tuple(  # issue 19: planned, not realised
            Temuan(t.nama, f"#baris-{t.kunci}", t.pesan, "rencana-aksi-tidak-dipantau")
            for t in p.tidak_dipantau_sampai(p.triwulan - 1))),
    ))


def _nama_anggaran(b: Baris) -> str:
    return f"{b.kode} {b.nama}" + (f" — {b.lokasi}" if b.lokasi else "")


def _cek_triwulan(p: Pengukuran, rows: list[tuple[str, Baris | BarisIku]], anggaran: list[Baris]) -> tuple[Temuan, ...]:
    out = []
    for nama, b in rows:
        nilai = b.capaian.nilai
        if nilai is not None and not BATAS_CAPAIAN_WAJAR[0] <= nilai <= BATAS_CAPAIAN_WAJAR[1]:
            out.append(Temuan(nama, f"#baris-{b.kunci}", f"Capaian {format_angka(nilai, 2)}% jauh di luar kebiasaan.",
                              "capaian-tidak-wajar"))
    if p.triwulan == 4:
        for b in p.iku:
            if b.beda_dengan_tw4:
                out.append(Temuan(f"{b.nama} (IKU)", f"#baris-{b.kunci}", (
                    f"Realisasi tahunan {format_angka(b.realisasi_tahunan.nilai)} ({b.realisasi_tahunan_sumber}) "
                    f"berbeda dari realisasi kumulatif triwulan IV {format_angka(b.realisasi.nilai)}."),
                    "realisasi-tahunan-beda-tw4"))
    for b in anggaran:
        if b.pagu is not None and b.realisasi_anggaran is not None and b.realisasi_anggaran > b.pagu:
            out.append(Temuan(_nama_anggaran(b), f"#baris-{b.kunci}", (
                f"Realisasi Rp {format_angka(b.realisasi_anggaran, 0)} melebihi pagu Rp {format_angka(b.pagu, 0)}."),
                "belanja-melebihi-pagu"))
    sub_rows = {f"{b.kode} {b.nama}": b for b in reversed(p.baris) if b.level == "sub_kegiatan"}
    for sub, lokasi in p.lokasi_tanpa_pagu:
        row = sub_rows.get(sub)
        out.append(Temuan(f"{sub} — {lokasi}", f"#baris-{row.kunci}" if row else "", (
            f"Lokasi {lokasi} tidak memiliki pagu yang berlaku pada triwulan {p.triwulan}, padahal pagu sub kegiatan "
            "ini dirinci per lokasi; periksa apakah perubahan anggaran melewatkan lokasi itu."), "pagu-lokasi-hilang"))
    if p.tanpa_rincian is not None:
        out.append(Temuan("Realisasi anggaran tanpa rincian", "#baris-total", (
            f"Realisasi anggaran Rp {format_angka(p.tanpa_rincian, 0)} dilaporkan tanpa rincian baris anggaran "
            f"({p.tanpa_rincian_keterangan})."), "belanja-tanpa-rincian"))
    return tuple(out)
