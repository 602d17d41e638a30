"""Scoped reads of the pohon kinerja. Each function runs a fixed number of queries."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Max, Prefetch, Q

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import VIEW, Scope
from sakip.domain.kaskade.models import (
    KE_FIELDS,
    SIMPUL_FIELDS,
    Crosscutting,
    IndikatorAntara,
    PemilikSimpul,
    SimpulAntara,
)
from sakip.domain.organisation.models import Jabatan, PerangkatDaerah, UnitKerja
from sakip.domain.planning.models import (
    Indikator,
    IndikatorRpjmd,
    Kegiatan,
    PenanggungJawab,
    Program,
    Renstra,
    Sasaran,
    SubKegiatan,
    Target,
    TargetRpjmd,
    Tujuan,
)

NODE_MODELS = {"tujuan": Tujuan, "sasaran": Sasaran, "program": Program, "kegiatan": Kegiatan,
               "sub_kegiatan": SubKegiatan}


def parse_periode(periode: str) -> tuple[int, int]:
    """``"2019-2024"`` → (2019, 2024); anything else is a :class:`TidakDitemukan` naming the value."""
    parts = periode.replace("–", "-").split("-")
    if len(parts) != 2 or not all(p.strip().isdigit() for p in parts):
        raise TidakDitemukan(f"Periode “{periode[:20]}” tidak dikenal; tulis seperti 2019-2024.")
    return int(parts[0]), int(parts[1])


def get_renstra_periode(scope: Scope, pd: PerangkatDaerah, periode: str) -> Renstra:
    mulai, selesai = parse_periode(periode)
    renstra = (Renstra.objects.within(scope).filter(pd=pd, tahun_mulai=mulai, tahun_selesai=selesai)
               .select_related("pd__pemda", "rpjmd").first())
    if renstra is None:
        raise TidakDitemukan(f"{pd.nama} tidak memiliki Renstra {mulai}–{selesai}.")
    return renstra


def tahun_program(scope: Scope, renstra: Renstra) -> int | None:
    """The year whose program tree the pohon shows by default: the period's last year with programs."""
    return (Program.objects.within(scope).filter(pd_id=renstra.pd_id, tahun__in=list(renstra.tahun))
            .aggregate(t=Max("tahun"))["t"])


def tahun_berprogram(scope: Scope, renstra: Renstra) -> list[int]:
    return sorted(set(Program.objects.within(scope).filter(pd_id=renstra.pd_id, tahun__in=list(renstra.tahun))
                      .values_list("tahun", flat=True)))


@dataclass
class DataPohon:
    """Everything a tree of one PD, Renstra and year is built from (plain rows, fetched in fixed queries)."""

    renstra: Renstra
    tahun: int | None
    tujuan: list[Tujuan]
    sasaran: list[Sasaran]
    program: list[Program]
    kegiatan: list[Kegiatan]
    sub_kegiatan: list[SubKegiatan]
    indikator_rpjmd: list[IndikatorRpjmd]  # of the RPJMD sasaran the PD's sasaran support, with the year's target
    indikator: list[Indikator]  # with their target of the year and penanggung jawab prefetched
    antara: list[SimpulAntara]  # with their indicators prefetched
    pemilik: list[PemilikSimpul]
    pimpinan: Jabatan | None  # the head of the PD (Camat): owner of the tujuan and sasaran by default
    kepala_daerah: Jabatan | None  # the head of the pemda (Wali Kota): owner of the RPJMD sasaran


def data_pohon(scope: Scope, renstra: Renstra, tahun: int | None) -> DataPohon:
    pd_id = renstra.pd_id
    tujuan = list(Tujuan.objects.within(scope).filter(renstra=renstra).order_by("urutan", "id"))
    sasaran = list(Sasaran.objects.within(scope).filter(tujuan__renstra=renstra)
                   .select_related("sasaran_rpjmd__tujuan").order_by("tujuan__urutan", "tujuan_id", "urutan", "id"))
    if tahun is not None:
        program = list(Program.objects.within(scope).filter(pd_id=pd_id, tahun=tahun).select_related("nomenklatur")
                       .prefetch_related(Prefetch("sasaran", queryset=Sasaran.objects.only("id")))
                       .order_by("urutan", "nomenklatur__kode"))
        kegiatan = list(Kegiatan.objects.within(scope).filter(program__pd_id=pd_id, program__tahun=tahun)
                        .select_related("nomenklatur").order_by("urutan", "nomenklatur__kode"))
        sub = list(SubKegiatan.objects.within(scope).filter(kegiatan__program__pd_id=pd_id,
                                                             kegiatan__program__tahun=tahun)
                   .select_related("nomenklatur").order_by("urutan", "nomenklatur__kode"))
    else:
        program, kegiatan, sub = [], [], []
    indikator = list(
        Indikator.objects.within(scope).filter(pd_id=pd_id).filter(
            _milik(tujuan__renstra=renstra, sasaran__tujuan__renstra=renstra, program__in=program,
                   kegiatan__in=kegiatan, sub_kegiatan__in=sub))
        .prefetch_related(Prefetch("target", queryset=Target.objects.filter(tahun=tahun) if tahun else
                                   Target.objects.none()),
                          Prefetch("penanggung_jawab", queryset=PenanggungJawab.objects.select_related(
                              "unit__kelurahan", "jabatan")))
        .order_by("urutan", "id"))
    sasaran_rpjmd_ids = {s.sasaran_rpjmd_id for s in sasaran if s.sasaran_rpjmd_id}
    indikator_rpjmd = list(
        IndikatorRpjmd.objects.within(scope).filter(sasaran_id__in=sasaran_rpjmd_ids)
        .prefetch_related(Prefetch("target", queryset=TargetRpjmd.objects.filter(tahun=tahun) if tahun else
                                   TargetRpjmd.objects.none()))
        .order_by("urutan", "id")) if sasaran_rpjmd_ids else []
    antara = list(SimpulAntara.objects.within(scope).filter(renstra=renstra)
                  .select_related("unit__kelurahan", "jabatan")
                  .prefetch_related(Prefetch("indikator", queryset=IndikatorAntara.objects.order_by("urutan", "id")))
                  .order_by("urutan", "id"))
    node_q = _milik(tujuan__in=tujuan, sasaran__in=sasaran, program__in=program, kegiatan__in=kegiatan,
                    sub_kegiatan__in=sub)
    pemilik = list(PemilikSimpul.objects.within(scope).filter(pd_id=pd_id).filter(node_q)
                   .select_related("unit__kelurahan", "jabatan"))
    kepala = list(Jabatan.objects.within(scope).filter(pemda_id=renstra.pemda_id).filter(
        Q(pd_id=pd_id, jenis=Jabatan.Jenis.PIMPINAN_PD) | Q(pd__isnull=True, jenis=Jabatan.Jenis.KEPALA_DAERAH))
        .order_by("id"))
    pimpinan = next((j for j in kepala if j.jenis == Jabatan.Jenis.PIMPINAN_PD), None)
    kepala_daerah = next((j for j in kepala if j.jenis == Jabatan.Jenis.KEPALA_DAERAH), None)
    return DataPohon(renstra=renstra, tahun=tahun, tujuan=tujuan, sasaran=sasaran, program=program,
                     kegiatan=kegiatan, sub_kegiatan=sub, indikator_rpjmd=indikator_rpjmd, indikator=indikator,
                     antara=antara, pemilik=pemilik,
                     pimpinan=pimpinan, kepala_daerah=kepala_daerah)


def _milik(**conditions) -> Q:
    """Rows matching any one of ``conditions``."""
    q = Q(pk__in=[])
    for key, value in conditions.items():
        q |= Q(**{key: value})
    return q


def get_simpul_antara(scope: Scope, pk: int, action: str = VIEW) -> SimpulAntara:
    row = (SimpulAntara.objects.within(scope, action).filter(pk=pk)
           .select_related("renstra__pd", "unit", "jabatan").prefetch_related("indikator").first())
    if row is None:
        raise TidakDitemukan("Simpul pohon kinerja tidak ditemukan.")
    return row


def get_simpul(scope: Scope, level: str, pk: int, action: str = VIEW):
    """A built node (tujuan, sasaran, program, kegiatan, sub kegiatan) the scope reaches."""
    model = NODE_MODELS.get(level)
    row = model.objects.within(scope, action).filter(pk=pk).first() if model is not None else None
    if row is None:
        raise TidakDitemukan("Simpul pohon kinerja tidak ditemukan.")
    return row


def pemilik_simpul(scope: Scope, level: str, node) -> PemilikSimpul | None:
    return PemilikSimpul.objects.within(scope).filter(**{level: node}).first()


def pilihan_pemilik(scope: Scope, pd_id: int) -> tuple[list[UnitKerja], list[Jabatan]]:
    units = list(UnitKerja.objects.within(scope).filter(pd_id=pd_id).select_related("kelurahan")
                 .order_by("kelurahan__urutan", "urutan", "nama"))
    jabatan = list(Jabatan.objects.within(scope).filter(pd_id=pd_id).order_by("nama"))
    return units, jabatan



# --- crosscutting --------------------------------------------------------------------------------------------

_CC_RELATED = ("pd", "pd_tujuan", "diajukan_oleh", "diputus_oleh", *SIMPUL_FIELDS, *KE_FIELDS,
               *(f"{prefix}{level}__nomenklatur" for prefix in ("", "ke_") for level in ("program", "kegiatan",
                                                                                          "sub_kegiatan")))


def crosscutting_q(scope: Scope) -> Q | None:
    """The crosscutting rows ``scope`` reaches: a PD's own requests **and those addressed to it** (a row belongs to
    the asking PD; the other PD must read it to answer); every row of its pemda for a pemda-wide role; none for a
    kelurahan operator or the anonymous. Reading is all this widens: deciding is the services' check."""
    if scope.everything:
        return Q()
    if scope.pemda_id is None or scope.kelurahan_id is not None:
        return None
    condition = Q(pemda_id=scope.pemda_id)
    if scope.pd_id is not None:
        condition &= Q(pd_id=scope.pd_id) | Q(pd_tujuan_id=scope.pd_id)
    return condition


def _crosscutting(scope: Scope):
    condition = crosscutting_q(scope)
    rows = Crosscutting.objects.select_related(*_CC_RELATED)
    return rows.none() if condition is None else rows.filter(condition)


def crosscutting_pd(scope: Scope, pd: PerangkatDaerah) -> list[Crosscutting]:
    """The requests of ``pd`` both ways (asked by it, addressed to it), newest first. One query."""
    return list(_crosscutting(scope).filter(Q(pd=pd) | Q(pd_tujuan=pd)).order_by("-diajukan_pada", "-id"))


def crosscutting_pemda(scope: Scope, pemda_id: int) -> list[Crosscutting]:
    """Every link of the pemda the scope reaches (a PD user: its own, both ways), by asking PD. One query."""
    return list(_crosscutting(scope).filter(pemda_id=pemda_id).order_by("pd__nama", "-diajukan_pada", "-id"))


def get_crosscutting(scope: Scope, pk: int) -> Crosscutting:
    row = _crosscutting(scope).filter(pk=pk).first()
    if row is None:
        raise TidakDitemukan("Permintaan crosscutting tidak ditemukan.")
    return row


def pd_lain(scope: Scope, pd: PerangkatDaerah) -> list[PerangkatDaerah]:
    """The other PDs of ``pd``'s pemda, by name: whom ``pd`` may address (names only; their rows stay out of
    reach). Empty unless the scope reaches ``pd``."""
    if not scope.reaches_pd(pd):
        return []
    return list(PerangkatDaerah.objects.filter(pemda_id=pd.pemda_id).exclude(pk=pd.pk).order_by("jenis", "nama"))


def renstra_terakhir(scope: Scope, pd: PerangkatDaerah) -> Renstra | None:
    """The PD's Renstra with the latest period: the tree whose node an accepting PD picks by default."""
    return Renstra.objects.within(scope).filter(pd=pd).order_by("-tahun_selesai", "-tahun_mulai").first()


def crosscutting_diterima(scope: Scope, pd_id: int) -> list[Crosscutting]:
    """The accepted links touching ``pd_id`` (either side): what its tree's JSON lists per node. One query."""
    return list(_crosscutting(scope).filter(Q(pd_id=pd_id) | Q(pd_tujuan_id=pd_id),
                                            status=Crosscutting.Status.DITERIMA).order_by("id"))


@dataclass(frozen=True)
class RingkasanKaskade:
    """What the LKE's cascading and crosscutting criteria (1.b.8, 1.b.9) cite of a PD's pohon kinerja."""

    pemilik: int  # built nodes whose owner was set
    antara: int  # intermediate nodes of the Renstra
    crosscutting: dict[str, int]  # status → requests asked by the PD or addressed to it


def ringkasan_kaskade(scope: Scope, pd: PerangkatDaerah, mulai: int, selesai: int) -> RingkasanKaskade:
    """For the Renstra ``mulai``–``selesai`` of ``pd``: three queries, whatever the size of the tree."""
    status = {r["status"]: r["n"] for r in _crosscutting(scope).filter(Q(pd=pd) | Q(pd_tujuan=pd))
              .order_by().values("status").annotate(n=Count("pk"))}
    return RingkasanKaskade(PemilikSimpul.objects.within(scope).filter(pd=pd).count(),
                            SimpulAntara.objects.within(scope).filter(
                                pd=pd, renstra__tahun_mulai=mulai, renstra__tahun_selesai=selesai).count(), status)
