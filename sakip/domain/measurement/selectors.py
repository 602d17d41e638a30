"""Scoped reads of the quarterly measurement: the rows a quarter's structure is computed from, and the
values the writes check against. Each function runs a fixed number of queries."""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import TYPE_CHECKING, NamedTuple

from django.db.models import Q, QuerySet

from sakip.core.scoping import Scope
from sakip.domain.measurement.models import (
    BelanjaTanpaRincian,
    BuktiDukung,
    Pagu,
    Realisasi,
    RealisasiAnggaran,
    RealisasiTahunan,
)
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Indikator, Kegiatan, Lokasi, Program, SubKegiatan, Target
from sakip.domain.planning.selectors import indikator_sasaran
from sakip.domain.workflow.kelengkapan import Kelengkapan, Kelompok, Temuan
from sakip.rumus.angka import format_angka

if TYPE_CHECKING:
    from sakip.domain.measurement.dokumen import Baris, BarisIku, Pengukuran


# The year's sasaran indicators, their Renstra targets, realisations by (indicator, quarter) and annual values.
class IkuTahun(NamedTuple):
    """The sasaran indicators of a year with their Renstra targets, every quarter's realisation, annual values."""

    indikator: list[Indikator]
    target: dict[int, Target]
    realisasi: dict[tuple[int, int], Realisasi]
    tahunan: dict[int, RealisasiTahunan]


class DataTahun:
    """Every row of a PD-year's measurement, read once (a fixed number of queries).

    ``program_id`` restricts the program tree to one program and ``triwulan`` the spending to one quarter
    (a saved grid row needs no more); the year's budget lines are read whole in any case, for the quarter's
    totals, as plain rows (:data:`BARIS_PAGU`, :data:`BARIS_BELANJA`), not model instances.
    """

    def __init__(self, scope: Scope, pd: PerangkatDaerah, tahun: int, program_id: int | None = None,
                 pohon: bool = True, triwulan: int | None = None) -> None:
        self.program = list(Program.objects.within(scope).filter(pd=pd, tahun=tahun)
                            .filter(**({"pk": program_id} if program_id else {}))
                            .select_related("nomenklatur").order_by("urutan", "nomenklatur__kode")) if pohon else []
        kegiatan = Kegiatan.objects.within(scope).filter(program__in=self.program).select_related("nomenklatur")
        sub = SubKegiatan.objects.within(scope).filter(kegiatan__program__in=self.program).select_related("nomenklatur")
        lokasi = Lokasi.objects.within(scope).filter(sub_kegiatan__kegiatan__program__in=self.program).select_related(
            "kelurahan", "pd")
        self.kegiatan = _group(kegiatan.order_by("urutan", "nomenklatur__kode"), "program_id")
        self.sub = _group(sub.order_by("urutan", "nomenklatur__kode"), "kegiatan_id")
        self.lokasi = _group(lokasi.order_by("urutan", "id"), "sub_kegiatan_id")
        indikator = list(Indikator.objects.within(scope).filter(
            Q(program__in=self.program) | Q(kegiatan__program__in=self.program)
            | Q(sub_kegiatan__kegiatan__program__in=self.program)).order_by("urutan", "id"))
        self.indikator = defaultdict(list)
        for ind in indikator:
            self.indikator[(ind.level, ind.pemilik_id)].append(ind)
        ids = [i.pk for i in indikator]
        self.target = {t.indikator_id: t for t in Target.objects.filter(indikator_id__in=ids, tahun=tahun)}
        self.realisasi = {(r.indikator_id, r.triwulan): r for r in Realisasi.objects.filter(indikator_id__in=ids, tahun=tahun)}
        self.pagu = baris_pagu(Pagu.objects.filter(pd=pd, sub_kegiatan__kegiatan__program__tahun=tahun))
        belanja = RealisasiAnggaran.objects.filter(pd=pd, sub_kegiatan__kegiatan__program__tahun=tahun)
        self.belanja = baris_belanja(belanja.filter(triwulan=triwulan) if triwulan else belanja)
        self._iku: IkuTahun | None = None

    def iku(self, scope: Scope, pd: PerangkatDaerah, tahun: int, indikator_id: int | None = None) -> IkuTahun:
        """The sasaran indicators of the year with their Renstra targets, realisations of every quarter
        and annual values, read once however many quarters are computed from this data."""
        if self._iku is None:
            indikator = list(indikator_sasaran(scope, pd, tahun, indikator_id=indikator_id).select_related("sasaran"))
            ids = [i.pk for i in indikator]
            self._iku = IkuTahun(
                indikator,
                {t.indikator_id: t for t in Target.objects.filter(indikator_id__in=ids, tahun=tahun)},
                {(r.indikator_id, r.triwulan): r for r in Realisasi.objects.filter(indikator_id__in=ids, tahun=tahun)},
                {r.indikator_id: r for r in RealisasiTahunan.objects.filter(indikator_id__in=ids, tahun=tahun)},
            )
        return self._iku


def _group(queryset, key: str) -> dict:
    grouped = defaultdict(list)
    for obj in queryset:
        grouped[getattr(obj, key)].append(obj)
    return grouped


BARIS_PAGU = ("sub_kegiatan_id", "lokasi_id", "sumber", "berlaku_mulai", "nilai", "pd_id")
BARIS_BELANJA = ("sub_kegiatan_id", "lokasi_id", "triwulan", "nilai")


def baris_pagu(queryset: QuerySet[Pagu]) -> list:
    """Pagu lines as light rows with the fields the budget rules read (no model instances). The models'
    default ordering joins eight tables and these rows only fill dictionaries, so it is dropped."""
    return list(queryset.order_by().values_list(*BARIS_PAGU, named=True))


def baris_belanja(queryset: QuerySet[RealisasiAnggaran]) -> list:
    """Spending lines as light rows (see :func:`baris_pagu`)."""
    return list(queryset.order_by().values_list(*BARIS_BELANJA, named=True))


def belanja_tanpa_rincian(scope: Scope, pd: PerangkatDaerah, tahun: int, triwulan: int) -> BelanjaTanpaRincian | None:
    return BelanjaTanpaRincian.objects.within(scope).filter(pd=pd, tahun=tahun, triwulan=triwulan).first()


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
    spending this quarter without it, and the quarter's failing checks (those of ``reporting.cek`` that one
    quarter can fail: spending above pagu, a lokasi without pagu, capaian outside 0–200 %, spending without
    budget lines, and at TW IV an annual value that differs from TW IV)."""
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
