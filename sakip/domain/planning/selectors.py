"""Scoped reads of planning data. Each function runs a fixed number of queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.db.models import Count, Prefetch, QuerySet
from django.http import Http404

from sakip.core.scoping import CHANGE, Scope
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import (
    Iku,
    IkuEntri,
    Indikator,
    Kegiatan,
    Lokasi,
    Misi,
    Nomenklatur,
    PenanggungJawab,
    Program,
    Renstra,
    Sasaran,
    SasaranRpjmd,
    SubKegiatan,
    Target,
    Tujuan,
    TujuanRpjmd,
)


def iku_berlaku(scope: Scope, pd: PerangkatDaerah, tahun: int) -> Iku | None:
    """The IKU of ``pd`` in force in ``tahun`` with its rows, their indicators, targets and penanggung jawab."""
    entri = (IkuEntri.objects.select_related("indikator__tujuan", "indikator__sasaran__tujuan", "kelompok_tujuan")
             .prefetch_related("indikator__target", Prefetch("indikator__penanggung_jawab",
                                                             queryset=PenanggungJawab.objects.select_related("unit", "jabatan")))
             .order_by("urutan"))
    return (Iku.objects.within(scope).filter(pd=pd, tahun_mulai__lte=tahun, tahun_selesai__gte=tahun)
            .prefetch_related(Prefetch("entri", queryset=entri)).first())


def indikator_sasaran(scope: Scope, pd: PerangkatDaerah | Iterable[PerangkatDaerah], tahun: int, *,
                      indikator_id: int | None = None, peran: str | None = None) -> QuerySet[Indikator]:
    """The sasaran indicators of the Renstra in force in ``tahun`` of one PD (or of several), in document
    order: the one definition of "the sasaran indicators of a PD in a year" (IKU rows of the grid, the LKjIP's
    Bab III, the dashboards, the portal). ``peran`` selects the indicator of a role (the IKM indicator)."""
    rows = Indikator.objects.within(scope).filter(
        sasaran__tujuan__renstra__tahun_mulai__lte=tahun, sasaran__tujuan__renstra__tahun_selesai__gte=tahun)
    rows = rows.filter(pd=pd) if isinstance(pd, PerangkatDaerah) else rows.filter(pd__in=list(pd))
    if indikator_id is not None:
        rows = rows.filter(pk=indikator_id)
    if peran is not None:
        rows = rows.filter(peran=peran)
    return rows.order_by("pd_id", "sasaran__tujuan__urutan", "sasaran__urutan", "urutan", "pk")


def indikator_queryset(scope: Scope):
    """Indicators with their targets and penanggung jawab, ready to display."""
    return Indikator.objects.within(scope).prefetch_related(
        Prefetch("target", Target.objects.within(scope).order_by("tahun")),
        Prefetch("penanggung_jawab", PenanggungJawab.objects.within(scope).select_related("unit", "jabatan")),
    )


def get_indikator(scope: Scope, pk: int, action: str = "view") -> Indikator:
    owner_related = ["tujuan__renstra", "sasaran__tujuan__renstra", "program", "kegiatan__program",
                     "sub_kegiatan__kegiatan__program", "pd"]
    indikator = indikator_queryset(scope).select_related(*owner_related).filter(pk=pk)
    if action == CHANGE:
        indikator = indikator.filter(pk__in=Indikator.objects.within(scope, CHANGE).values("pk"))
    found = indikator.first()
    if found is None:
        raise Http404("Indikator tidak ditemukan.")
    return found


def get_scoped(scope: Scope, model, pk: int, action: str = "view", related: tuple[str, ...] = ()):
    obj = model.objects.within(scope, action).select_related(*related).filter(pk=pk).first()
    if obj is None:
        raise Http404(f"{model._meta.verbose_name.capitalize()} tidak ditemukan.")
    return obj


@dataclass
class PdOverview:
    renstra: list
    iku: list
    tahun: list[int]


def pd_overview(scope: Scope, pd: PerangkatDaerah) -> PdOverview:
    renstra = list(Renstra.objects.within(scope).filter(pd=pd).order_by("-tahun_mulai"))
    iku = list(Iku.objects.within(scope).filter(pd=pd).annotate(jumlah_entri=Count("entri")).order_by("-tahun_mulai"))
    program_years = set(Program.objects.within(scope).filter(pd=pd).values_list("tahun", flat=True).distinct())
    years = program_years | {year for r in renstra for year in r.tahun}
    return PdOverview(renstra=renstra, iku=iku, tahun=sorted(years, reverse=True))


def default_tahun(overview: PdOverview, today_year: int) -> int:
    """The year a planning page opens on: the latest year with programs, else the latest Renstra year."""
    return overview.tahun[0] if overview.tahun else today_year


@dataclass
class PlanningTree:
    pd: PerangkatDaerah
    tahun: int
    tahun_pilihan: list[int]
    renstra: Renstra | None
    misi: list = field(default_factory=list)
    tujuan: list = field(default_factory=list)
    program_tanpa_sasaran: list = field(default_factory=list)
    jumlah_program: int = 0


def planning_tree(scope: Scope, pd: PerangkatDaerah, tahun: int, tahun_pilihan: list[int]) -> PlanningTree:
    """RPJMD → Renstra → tujuan → sasaran → program → kegiatan → sub kegiatan, with indicators and targets."""
    renstra = (
        Renstra.objects.within(scope).select_related("rpjmd")
        .filter(pd=pd, tahun_mulai__lte=tahun, tahun_selesai__gte=tahun).order_by("-tahun_mulai").first()
    )
    tree = PlanningTree(pd=pd, tahun=tahun, tahun_pilihan=tahun_pilihan, renstra=renstra)
    indikator = indikator_queryset(scope)
    if renstra is not None and renstra.rpjmd_id:
        tree.misi = list(
            Misi.objects.within(scope).filter(rpjmd_id=renstra.rpjmd_id).prefetch_related(
                Prefetch("tujuan", TujuanRpjmd.objects.within(scope).prefetch_related(
                    "indikator", Prefetch("sasaran", SasaranRpjmd.objects.within(scope).prefetch_related("indikator"))))
            )
        )
    if renstra is not None:
        tree.tujuan = list(
            Tujuan.objects.within(scope).filter(renstra=renstra)
            .select_related("renstra", "misi", "tujuan_rpjmd").prefetch_related(
                Prefetch("indikator", indikator),
                Prefetch("sasaran", Sasaran.objects.within(scope).select_related("sasaran_rpjmd")
                         .prefetch_related(Prefetch("indikator", indikator))),
            )
        )
    programs = list(
        Program.objects.within(scope).filter(pd=pd, tahun=tahun).select_related("nomenklatur").prefetch_related(
            "sasaran",
            Prefetch("indikator", indikator),
            Prefetch("kegiatan", Kegiatan.objects.within(scope).select_related("nomenklatur").prefetch_related(
                Prefetch("indikator", indikator),
                Prefetch("sub_kegiatan", SubKegiatan.objects.within(scope).select_related("nomenklatur").prefetch_related(
                    Prefetch("indikator", indikator),
                    Prefetch("lokasi", Lokasi.objects.within(scope).select_related("kelurahan", "pd")),
                )),
            )),
        )
    )
    tree.jumlah_program = len(programs)
    by_sasaran: dict[int, list[Program]] = defaultdict(list)
    for program in programs:
        linked = [s.pk for s in program.sasaran.all()]
        for sasaran_id in linked:
            by_sasaran[sasaran_id].append(program)
        if not any(sasaran.pk in linked for t in tree.tujuan for sasaran in t.sasaran.all()):
            tree.program_tanpa_sasaran.append(program)
    for tujuan in tree.tujuan:
        for sasaran in tujuan.sasaran.all():
            sasaran.program_tahun = by_sasaran.get(sasaran.pk, [])
    return tree


def nomenklatur_program():
    return Nomenklatur.objects.filter(level=Nomenklatur.Level.PROGRAM).order_by("kode")


def sasaran_pilihan(scope: Scope, pd: PerangkatDaerah, tahun: int):
    """The Renstra sasaran a program of ``pd`` in ``tahun`` may support."""
    return Sasaran.objects.within(scope).filter(
        pd=pd, tujuan__renstra__tahun_mulai__lte=tahun, tujuan__renstra__tahun_selesai__gte=tahun
    ).order_by("tujuan__urutan", "urutan")


def sasaran_rpjmd_pilihan(scope: Scope, pemda_id: int):
    return SasaranRpjmd.objects.within(scope).filter(pemda_id=pemda_id).select_related("tujuan__misi")
