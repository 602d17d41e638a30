"""Scoped reads of planning data. Each function runs a fixed number of queries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404

from sakip.core import kunci
from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import CHANGE, Scope
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
    tahun_program: set[int] = field(default_factory=set)  # the years that have a program tree


def pd_overview(scope: Scope, pd: PerangkatDaerah) -> PdOverview:
    renstra = list(Renstra.objects.within(scope).filter(pd=pd).order_by("-tahun_mulai"))
    iku = list(Iku.objects.within(scope).filter(pd=pd).annotate(jumlah_entri=Count("entri")).order_by("-tahun_mulai"))
    program_years = set(Program.objects.within(scope).filter(pd=pd).values_list("tahun", flat=True).distinct())
    years = program_years | {year for r in renstra for year in r.tahun}
    return PdOverview(renstra=renstra, iku=iku, tahun=sorted(years, reverse=True), tahun_program=program_years)


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


def kunci_tahun(pd: PerangkatDaerah, tahun: int) -> str:
    """Why the planning data of ``pd`` in ``tahun`` are locked (:mod:`sakip.core.kunci`), or ``""`` when open."""
    try:
        kunci.pastikan_tahun_terbuka(pd.pk, tahun)
    except ValidationError as exc:
        return " ".join(exc.messages)
    return ""


def nomenklatur_program():
    return Nomenklatur.objects.filter(level=Nomenklatur.Level.PROGRAM).order_by("kode")


def sasaran_pilihan(scope: Scope, pd: PerangkatDaerah, tahun: int):
    """The Renstra sasaran a program of ``pd`` in ``tahun`` may support."""
    return Sasaran.objects.within(scope).filter(
        pd=pd, tujuan__renstra__tahun_mulai__lte=tahun, tujuan__renstra__tahun_selesai__gte=tahun
    ).order_by("tujuan__urutan", "urutan")


def sasaran_rpjmd_pilihan(scope: Scope, pemda_id: int):
    return SasaranRpjmd.objects.within(scope).filter(pemda_id=pemda_id).select_related("tujuan__misi")


# --- Renstra --------------------------------------------------------------------------------------


def get_renstra(scope: Scope, pk: int, action: str = "view") -> Renstra:
    return get_scoped(scope, Renstra, pk, action, related=("pd__pemda", "rpjmd"))


def renstra_tujuan(scope: Scope, renstra: Renstra) -> list[Tujuan]:
    """The tujuan of a Renstra with their sasaran, the indicators of both, their targets and penanggung jawab."""
    indikator = indikator_queryset(scope)
    return list(
        Tujuan.objects.within(scope).filter(renstra=renstra).select_related("renstra", "misi", "tujuan_rpjmd")
        .prefetch_related(
            Prefetch("indikator", indikator),
            Prefetch("sasaran", Sasaran.objects.within(scope).select_related("sasaran_rpjmd")
                     .prefetch_related(Prefetch("indikator", indikator))),
        )
    )


def rpjmd_pilihan(scope: Scope, pemda_id: int) -> QuerySet[Rpjmd]:
    return Rpjmd.objects.within(scope).filter(pemda_id=pemda_id).order_by("-tahun_mulai")


def misi_pilihan(scope: Scope, pemda_id: int, rpjmd_id: int | None) -> QuerySet[Misi]:
    """The misi a Renstra tujuan may support: of the Renstra's RPJMD, else of any RPJMD of the pemda."""
    rows = Misi.objects.within(scope).filter(pemda_id=pemda_id).select_related("rpjmd")
    return rows.filter(rpjmd_id=rpjmd_id) if rpjmd_id else rows


def tujuan_rpjmd_pilihan(scope: Scope, pemda_id: int, rpjmd_id: int | None) -> QuerySet[TujuanRpjmd]:
    rows = TujuanRpjmd.objects.within(scope).filter(pemda_id=pemda_id).select_related("misi")
    return rows.filter(misi__rpjmd_id=rpjmd_id) if rpjmd_id else rows


def penanggung_jawab_pilihan(scope: Scope, pd: PerangkatDaerah) -> tuple[list[UnitKerja], list[Jabatan]]:
    """The units and posts of a PD that may answer for an indicator."""
    units = list(UnitKerja.objects.within(scope).filter(pd=pd).order_by("urutan", "nama"))
    jabatan = list(Jabatan.objects.within(scope).filter(pd=pd).order_by("nama"))
    return units, jabatan


# --- the program tree -----------------------------------------------------------------------------


def get_program(scope: Scope, pk: int, action: str = "view") -> Program:
    return get_scoped(scope, Program, pk, action, related=("pd", "nomenklatur"))


def get_kegiatan(scope: Scope, pk: int, action: str = "view") -> Kegiatan:
    return get_scoped(scope, Kegiatan, pk, action, related=("pd", "nomenklatur", "program__nomenklatur"))


def get_sub_kegiatan(scope: Scope, pk: int, action: str = "view") -> SubKegiatan:
    return get_scoped(scope, SubKegiatan, pk, action,
                      related=("pd", "nomenklatur", "kegiatan__nomenklatur", "kegiatan__program"))


def lokasi_sub_kegiatan(scope: Scope, sub: SubKegiatan) -> list[Lokasi]:
    return list(Lokasi.objects.within(scope).filter(sub_kegiatan=sub).select_related("kelurahan", "pd"))


def kelurahan_pilihan(scope: Scope, pd: PerangkatDaerah) -> QuerySet[Kelurahan]:
    return Kelurahan.objects.within(scope).filter(pd=pd).order_by("urutan", "nama")


def nomenklatur_anak(induk: Nomenklatur) -> QuerySet[Nomenklatur]:
    """The codes under ``induk`` (the kegiatan of a program, the sub kegiatan of a kegiatan)."""
    return Nomenklatur.objects.filter(induk=induk).order_by("kode")


def nomenklatur_cari(level: str, induk_kode: str, q: str, batas: int = 30) -> list[Nomenklatur]:
    """Codes of ``level`` under the code ``induk_kode`` (when given) whose code or name contains ``q``."""
    rows = Nomenklatur.objects.filter(level=level)
    if induk_kode:
        rows = rows.filter(induk__kode=induk_kode)
    q = q.strip()
    if q:
        rows = rows.filter(Q(kode__startswith=q) | Q(nama__icontains=q))
    return list(rows.order_by("kode")[:batas])


def nomenklatur_kode(level: str, kode: str) -> Nomenklatur | None:
    return Nomenklatur.objects.filter(level=level, kode=kode.strip()).first()


def ringkasan_tahun(scope: Scope, pd: PerangkatDaerah, tahun: int) -> dict[str, int]:
    """How many rows the program tree of ``tahun`` has (what "Mulai tahun" would copy)."""
    programs = Program.objects.within(scope).filter(pd=pd, tahun=tahun)
    jumlah = programs.aggregate(
        n_program=Count("pk", distinct=True), n_kegiatan=Count("kegiatan", distinct=True),
        n_sub_kegiatan=Count("kegiatan__sub_kegiatan", distinct=True),
        n_lokasi=Count("kegiatan__sub_kegiatan__lokasi", distinct=True))
    return {name.removeprefix("n_"): n for name, n in jumlah.items()}


# --- IKU ------------------------------------------------------------------------------------------


def get_iku(scope: Scope, pk: int, action: str = "view") -> Iku:
    return get_scoped(scope, Iku, pk, action, related=("pd", "renstra"))


def renstra_pd(scope: Scope, pd: PerangkatDaerah) -> QuerySet[Renstra]:
    return Renstra.objects.within(scope).filter(pd=pd).order_by("-tahun_mulai")


def iku_entri(scope: Scope, iku: Iku) -> list[IkuEntri]:
    """The rows of an IKU in order, with their indicators, targets and penanggung jawab."""
    return list(IkuEntri.objects.within(scope).filter(iku=iku).select_related(
        "indikator__tujuan", "indikator__sasaran__tujuan", "kelompok_tujuan").prefetch_related(
        Prefetch("indikator__target", Target.objects.within(scope).order_by("tahun")),
        Prefetch("indikator__penanggung_jawab", PenanggungJawab.objects.within(scope).select_related("unit", "jabatan")),
    ).order_by("urutan"))


def _renstra_iku(iku: Iku) -> Q:
    """The Renstra an IKU draws its indicators from: its own, else those overlapping its period."""
    if iku.renstra_id:
        return Q(pk=iku.renstra_id)
    return Q(pd_id=iku.pd_id, tahun_mulai__lte=iku.tahun_selesai, tahun_selesai__gte=iku.tahun_mulai)


def indikator_iku_pilihan(scope: Scope, iku: Iku) -> QuerySet[Indikator]:
    """The tujuan and sasaran indicators an IKU may list, not yet in it."""
    renstra = Renstra.objects.within(scope).filter(_renstra_iku(iku)).values("pk")
    return (Indikator.objects.within(scope).filter(pd_id=iku.pd_id)
            .filter(Q(tujuan__renstra__in=renstra) | Q(sasaran__tujuan__renstra__in=renstra))
            .exclude(iku_entri__iku=iku).select_related("tujuan", "sasaran")
            .order_by("tujuan__urutan", "sasaran__tujuan__urutan", "sasaran__urutan", "urutan", "pk"))


def tujuan_iku_pilihan(scope: Scope, iku: Iku) -> QuerySet[Tujuan]:
    renstra = Renstra.objects.within(scope).filter(_renstra_iku(iku)).values("pk")
    return Tujuan.objects.within(scope).filter(renstra__in=renstra).order_by("renstra__tahun_mulai", "urutan")


# --- RPJMD ----------------------------------------------------------------------------------------


def get_pemda(scope: Scope, slug: str) -> Pemda:
    pemda = Pemda.objects.within(scope).filter(slug=slug).first()
    if pemda is None:
        raise TidakDitemukan(f"Pemda “{slug}” tidak ditemukan.")
    return pemda


def get_rpjmd(scope: Scope, pk: int, action: str = "view") -> Rpjmd:
    return get_scoped(scope, Rpjmd, pk, action, related=("pemda",))


def rpjmd_misi(scope: Scope, rpjmd: Rpjmd) -> list[Misi]:
    """The misi of an RPJMD → tujuan → sasaran, the indicators of tujuan and sasaran with their targets."""
    indikator = IndikatorRpjmd.objects.within(scope).prefetch_related(
        Prefetch("target", TargetRpjmd.objects.within(scope).order_by("tahun")))
    return list(Misi.objects.within(scope).filter(rpjmd=rpjmd).select_related("rpjmd").prefetch_related(
        Prefetch("tujuan", TujuanRpjmd.objects.within(scope).select_related("misi__rpjmd").prefetch_related(
            Prefetch("indikator", indikator.select_related("tujuan__misi__rpjmd")),
            Prefetch("sasaran", SasaranRpjmd.objects.within(scope).prefetch_related(
                Prefetch("indikator", indikator.select_related("sasaran__tujuan__misi__rpjmd")))),
        ))))


RPJMD_MODELS = {"misi": Misi, "tujuan": TujuanRpjmd, "sasaran": SasaranRpjmd, "indikator": IndikatorRpjmd,
                "rpjmd": Rpjmd}
RPJMD_RELATED = {"misi": ("rpjmd__pemda",), "tujuan": ("misi__rpjmd__pemda",),
                 "sasaran": ("tujuan__misi__rpjmd__pemda",),
                 "indikator": ("tujuan__misi__rpjmd__pemda", "sasaran__tujuan__misi__rpjmd__pemda"),
                 "rpjmd": ("pemda",)}


def get_item_rpjmd(scope: Scope, jenis: str, pk: int, action: str = "view"):
    """An RPJMD row by its kind (``misi``, ``tujuan``, ``sasaran``, ``indikator``, ``rpjmd``)."""
    model = RPJMD_MODELS.get(jenis)
    if model is None:
        raise TidakDitemukan("Jenis data RPJMD tidak dikenal.")
    return get_scoped(scope, model, pk, action, related=RPJMD_RELATED[jenis])


def rpjmd_dari(item) -> Rpjmd:
    """The RPJMD an RPJMD row belongs to."""
    if isinstance(item, Rpjmd):
        return item
    if isinstance(item, Misi):
        return item.rpjmd
    if isinstance(item, TujuanRpjmd):
        return item.misi.rpjmd
    if isinstance(item, SasaranRpjmd):
        return item.tujuan.misi.rpjmd
    rpjmd = item.rpjmd
    assert rpjmd is not None
    return rpjmd


def indikator_tujuan(scope: Scope, tujuan_ids: Iterable[int]) -> QuerySet[Indikator]:
    """The indicators of the given tujuan (the "Indikator Tujuan" of the IKU), in document order. One query."""
    return (Indikator.objects.within(scope).filter(tujuan_id__in=list(tujuan_ids), sasaran__isnull=True)
            .select_related("tujuan").order_by("tujuan__urutan", "tujuan_id", "urutan", "pk"))
