"""Scoped reads of Perjanjian Kinerja."""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import Protocol, TypeVar

from django.db.models import Prefetch, Q
from django.utils.text import slugify

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import Scope
from sakip.domain.agreement.models import AnggaranPk, PerjanjianKinerja, TargetPk
from sakip.domain.kaskade.dokumen import PohonKinerja, Simpul, build_pohon
from sakip.domain.kaskade.models import IndikatorAntara
from sakip.domain.organisation.models import Jabatan, MasaJabatan, PerangkatDaerah, UnitKerja
from sakip.domain.organisation.selectors import pejabat_pada, pimpinan_pada
from sakip.domain.planning.models import Indikator, Program, Renstra, Target, tampil_target
from sakip.domain.planning.selectors import indikator_sasaran
from sakip.rumus.capaian import SumberAnggaran


def pk_queryset(scope: Scope, jenjang: bool = False):
    """PK versions with their targets and program budgets, for documents (``jenjang``: of every level, with the
    program, kegiatan and sub kegiatan an indicator of a PK berjenjang belongs to)."""
    target = TargetPk.objects.select_related("indikator__sasaran__tujuan")
    if jenjang:
        target = target.select_related("indikator__program__nomenklatur", "indikator__kegiatan__nomenklatur",
                                       "indikator__sub_kegiatan__nomenklatur", "indikator_antara__simpul")
    return (
        (PerjanjianKinerja.semua if jenjang else PerjanjianKinerja.objects).within(scope)
        .select_related("pd__pemda", "jabatan_pihak_pertama", "jabatan_pihak_kedua")
        .prefetch_related(
            Prefetch("target", queryset=target.order_by("urutan", "id")),
            Prefetch("anggaran", queryset=AnggaranPk.objects.select_related("program__nomenklatur")
                     .order_by("program__urutan", "program__nomenklatur__kode")),
        )
        .order_by("nomor")
    )


def pk_versi(scope: Scope, pd: PerangkatDaerah, tahun: int, jenjang: Jabatan | None = None) -> list[PerjanjianKinerja]:
    """Every version of the PK of ``pd`` for ``tahun`` (``jenjang``: the PK berjenjang of that post), oldest first."""
    if jenjang is None:
        return list(pk_queryset(scope).filter(pd=pd, tahun=tahun))
    return list(pk_queryset(scope, jenjang=True).filter(pd=pd, tahun=tahun, jenjang=jenjang))


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


def janji_pk(pk: PerjanjianKinerja | None) -> dict[int, TargetPk]:
    """The targets of a version (its prefetched ``target``) by planning indicator id: what the readers of the PK
    in force match their indicators against (a PK berjenjang's intermediate-node targets have no such id)."""
    if pk is None:
        return {}
    return {t.indikator_id: t for t in pk.target.all() if t.indikator_id is not None}


def pk_tahun(scope: Scope, pd: PerangkatDaerah) -> list[int]:
    """The years for which ``pd`` has a PK, newest first."""
    return sorted(set(PerjanjianKinerja.objects.within(scope).filter(pd=pd).values_list("tahun", flat=True)), reverse=True)


def pk_ada(scope: Scope, pd: PerangkatDaerah, tahun: int, jenjang: Jabatan | None = None) -> bool:
    """Whether ``pd`` has a PK (any version) for ``tahun`` (``jenjang``: that post's PK berjenjang)."""
    return PerjanjianKinerja.semua.within(scope).filter(pd=pd, tahun=tahun, jenjang=jenjang).exists()


def pk_terakhir(scope: Scope, pd: PerangkatDaerah, tahun: int,
                jenjang: Jabatan | None = None) -> PerjanjianKinerja | None:
    """The latest version of ``pd``'s PK for ``tahun`` (the one in force at the end of the year, which a new
    version starts from and which may still be corrected while the PK is open); ``jenjang``: of that post."""
    if jenjang is None:
        return pk_berlaku(scope, pd, tahun, datetime.date(tahun, 12, 31))
    versions = PerjanjianKinerja.semua.within(scope).filter(pd=pd, tahun=tahun, jenjang=jenjang)
    return versi_berlaku(versions, datetime.date(tahun, 12, 31)).get(pd.pk)


# --- drafting a version: what the form starts from ------------------------------------------------------


def kunci_indikator(indikator: Indikator | IndikatorAntara) -> str:
    """An indicator of a PK target as drafts and forms key it: ``12`` (planning), ``antara-3`` (intermediate node)."""
    return f"antara-{indikator.pk}" if isinstance(indikator, IndikatorAntara) else str(indikator.pk)


def kunci_target(target: TargetPk) -> str:
    """:func:`kunci_indikator` of a stored target."""
    return f"antara-{target.indikator_antara_id}" if target.indikator_antara_id else str(target.indikator_id)


@dataclass(frozen=True)
class BarisTarget:
    """One indicator of a PK being drafted, with the target the form starts from: a planning indicator, or (a PK
    berjenjang) the indicator of an intermediate node of the pohon kinerja."""

    indikator: Indikator | IndikatorAntara
    sasaran: str
    awal: str  # the target as the form shows it ("94,14", "80–90", "BB (75,00)"), "" when none
    sumber: Target | TargetPk | None  # the row the target is copied from when left unchanged
    asal: str  # where it comes from: "Renstra", "PK versi 2", "Pohon kinerja", ""

    @property
    def kunci(self) -> str:
        return kunci_indikator(self.indikator)

    @property
    def antara(self) -> bool:
        return isinstance(self.indikator, IndikatorAntara)


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
    jenjang: Jabatan | None = None  # a PK berjenjang: the post below the head whose PK this is


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
        janji = {t.indikator.pk: t for t in rows if t.indikator is not None}  # the head's PK: planning indicators
        indikator = [*(t.indikator for t in janji.values() if t.indikator is not None),
                     *(i for i in indikator if i.pk not in janji)]
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


def pihak_jenjang(scope: Scope, pd: PerangkatDaerah, jenjang: Jabatan, tanggal: datetime.date) -> PihakPk:
    """The parties of a PK berjenjang on ``tanggal``: the holder of the post ``jenjang`` (pihak pertama) and the
    head of the PD (pihak kedua)."""
    return PihakPk(tanggal, pejabat_pada(scope, jabatan_id=jenjang.pk, tanggal=tanggal),
                   pimpinan_pada(scope, pd=pd, tanggal=tanggal))


# --- PK berjenjang: the posts below the head that own nodes of the pohon kinerja --------------------------


@dataclass(frozen=True)
class SimpulJenjang:
    """A node of the pohon kinerja owned by a post below the head, with its indicators: a built node's planning
    indicators, an intermediate node's own (:class:`~sakip.domain.kaskade.models.IndikatorAntara`)."""

    simpul: Simpul
    indikator: tuple[Indikator, ...]
    indikator_antara: tuple[IndikatorAntara, ...] = ()


@dataclass(frozen=True)
class JenjangPk:
    """A post below the head of the PD that owns nodes of the year's pohon kinerja: what its PK is drafted from."""

    jabatan: Jabatan
    simpul: tuple[SimpulJenjang, ...]

    @property
    def indikator(self) -> tuple[tuple[Simpul, Indikator], ...]:
        """The planning indicators of its built nodes."""
        return tuple((s.simpul, i) for s in self.simpul for i in s.indikator)

    @property
    def semua_indikator(self) -> tuple[tuple[Simpul, Indikator | IndikatorAntara], ...]:
        """Every indicator of its nodes, built and intermediate, in the tree's order."""
        pairs: list[tuple[Simpul, Indikator | IndikatorAntara]] = []
        for s in self.simpul:
            pairs += [(s.simpul, i) for i in s.indikator]
            pairs += [(s.simpul, i) for i in s.indikator_antara]
        return tuple(pairs)

    @property
    def kunci(self) -> frozenset[str]:
        """:func:`kunci_indikator` of every indicator it owns."""
        return frozenset(kunci_indikator(i) for _, i in self.semua_indikator)


def pohon_tahun(scope: Scope, pd: PerangkatDaerah, tahun: int) -> PohonKinerja | None:
    """The pohon kinerja of the Renstra covering ``tahun``, with the program tree of ``tahun`` (None: no Renstra)."""
    renstra = (Renstra.objects.within(scope).filter(pd=pd, tahun_mulai__lte=tahun, tahun_selesai__gte=tahun)
               .order_by("-tahun_mulai").first())
    if renstra is None:
        return None
    return build_pohon(scope, pd.slug, renstra.periode, tahun)


def jenjang_pk(scope: Scope, pd: PerangkatDaerah, tahun: int) -> list[JenjangPk]:
    """Every post of ``pd`` below its head that owns a node of the year's pohon kinerja
    (``kaskade.dokumen.build_pohon``: a node's ``pemilik`` is the post, or the unit the post heads, or a unit
    without a post of its own under the unit the post heads: Wonoasih's two Subbagian have no Kasubag post, so
    their kegiatan are the Sekretaris's, who heads the Sekretariat), with those nodes and their indicators, in the
    tree's order; posts ordered Sekretaris first, then by name.

    A built node brings its planning indicators (their targets of the year are planning's); an intermediate node
    (``SimpulAntara``, owned when it names its owner) its own indicators, whose targets are text as written there.
    The tree's fixed queries plus five (four when the posts own no intermediate node)."""
    pohon = pohon_tahun(scope, pd, tahun)
    if pohon is None:
        return []
    milik, per_id = _milik_jabatan(scope, pd, pohon)
    simpul_ids: dict[str, list[int]] = {}
    for nodes in milik.values():
        for s in nodes:
            simpul_ids.setdefault("antara" if s.antara else s.level, []).append(s.pk)
    q = Q(pk__in=[])
    for level, ids in simpul_ids.items():
        if level != "antara":
            q |= Q(**{f"{level}_id__in": ids})
    per_simpul: dict[str, list[Indikator]] = {}
    for ind in Indikator.objects.within(scope).filter(pd=pd).filter(q).order_by("urutan", "id"):
        per_simpul.setdefault(f"{ind.level}-{ind.pemilik_id}", []).append(ind)
    per_antara: dict[str, list[IndikatorAntara]] = {}
    for ia in (IndikatorAntara.objects.within(scope).filter(simpul_id__in=simpul_ids.get("antara", []))
               .select_related("simpul").order_by("urutan", "id")):
        per_antara.setdefault(f"antara-{ia.simpul_id}", []).append(ia)
    urutan: dict[str, int] = {Jabatan.Jenis.SEKRETARIS.value: 0}
    hasil = [JenjangPk(per_id[jid], tuple(SimpulJenjang(s, tuple(per_simpul.get(s.id, [])),
                                                        tuple(per_antara.get(s.id, []))) for s in nodes))
             for jid, nodes in milik.items()]
    return sorted(hasil, key=lambda j: (urutan.get(j.jabatan.jenis, 1), j.jabatan.nama))


def _milik_jabatan(scope: Scope, pd: PerangkatDaerah,
                   pohon: PohonKinerja) -> tuple[dict[int, list[Simpul]], dict[int, Jabatan]]:
    """The nodes of ``pohon`` (built or intermediate) per post below the head (by id) that owns them, and those
    posts."""
    bawah = [j for j in Jabatan.objects.within(scope).filter(pd=pd).exclude(jenis=Jabatan.Jenis.PIMPINAN_PD)
             .order_by("pk")]
    per_id = {j.pk: j for j in bawah}
    per_unit: dict[int, Jabatan] = {}
    for j in bawah:
        if j.unit_id and (j.unit_id not in per_unit or j.jenis == Jabatan.Jenis.KEPALA_UNIT):
            per_unit.setdefault(j.unit_id, j)
    induk = dict(UnitKerja.objects.within(scope).filter(pd=pd).values_list("pk", "induk_id"))

    def kepala_unit(unit_id: int | None) -> Jabatan | None:
        seen: set[int] = set()
        while unit_id is not None and unit_id not in seen:
            if unit_id in per_unit:
                return per_unit[unit_id]
            seen.add(unit_id)
            unit_id = induk.get(unit_id)
        return None

    milik: dict[int, list[Simpul]] = {}
    for _, s in pohon.baris():
        if s.pemilik is None or not (s.antara or s.bisa_dimiliki):
            continue
        jabatan = per_id.get(s.pemilik.id) if s.pemilik.jenis == "jabatan" else kepala_unit(s.pemilik.id)
        if jabatan is not None:
            milik.setdefault(jabatan.pk, []).append(s)
    return milik, per_id


def get_jenjang(scope: Scope, pd: PerangkatDaerah, jabatan: int | str) -> Jabatan:
    """A post of ``pd`` below its head, by id or by the slug of its name (``sekretaris``,
    ``kepala-seksi-pelayanan``); :class:`TidakDitemukan` naming the value otherwise."""
    rows = Jabatan.objects.within(scope).filter(pd=pd).exclude(jenis=Jabatan.Jenis.PIMPINAN_PD)
    teks = str(jabatan).strip()
    if teks.isdigit():
        found = rows.filter(pk=int(teks)).first()
    else:
        found = next((j for j in rows if slugify(j.nama) == teks.lower()), None)
    if found is None:
        raise TidakDitemukan(f"{pd.nama} tidak memiliki jabatan “{teks[:40]}” di bawah pimpinan.")
    return found


def draf_pk_jenjang(scope: Scope, pd: PerangkatDaerah, tahun: int, jenjang: JenjangPk,
                    dasar: PerjanjianKinerja | None = None) -> DrafPk:
    """What a PK berjenjang of the post ``jenjang`` is drafted from: the indicators of the nodes it owns
    (:func:`jenjang_pk`; built and intermediate), each with ``dasar``'s target, else its target of the year in the
    tree (planning's for a built node, the one written on an intermediate node); indicators of ``dasar`` no longer
    owned keep their place (the service refuses them when saved). No budgets."""
    pasangan: list[tuple[Simpul | None, Indikator | IndikatorAntara]] = list(jenjang.semua_indikator)
    janji: dict[str, TargetPk] = {}
    if dasar is not None:
        rows = TargetPk.objects.within(scope).filter(perjanjian=dasar).select_related(
            "indikator__program__nomenklatur", "indikator__kegiatan__nomenklatur",
            "indikator__sub_kegiatan__nomenklatur", "indikator__sasaran", "indikator__tujuan",
            "indikator_antara__simpul").order_by("urutan", "id")
        janji = {kunci_target(t): t for t in rows}
        milik = jenjang.kunci
        pasangan += [(None, t.indikator or t.indikator_antara) for k, t in janji.items()  # type: ignore[misc]
                     if k not in milik]
    renstra = {t.indikator_id: t for t in Target.objects.within(scope).filter(
        indikator_id__in=[i.pk for _, i in pasangan if isinstance(i, Indikator)], tahun=tahun)}
    target = []
    for simpul, ind in pasangan:
        sumber: Target | TargetPk | None = janji.get(kunci_indikator(ind))
        asal, awal = "", ""
        if sumber is not None:
            asal = f"PK versi {dasar.nomor}" if dasar else ""
            awal = tampil_target(sumber.nilai, sumber.nilai_atas, sumber.teks, ind.satuan)
        elif isinstance(ind, IndikatorAntara):
            asal, awal = ("Pohon kinerja", ind.target) if ind.target.strip(" -") else ("", "")
        elif ind.pk in renstra:
            rencana = renstra[ind.pk]
            sumber, asal, awal = rencana, "Pohon kinerja", rencana.tampil
        target.append(BarisTarget(ind, _nama_simpul(simpul, ind), awal, sumber, asal))
    return DrafPk(pd, tahun, dasar, tuple(target), (), jenjang.jabatan)


def _nama_simpul(simpul: Simpul | None, ind: Indikator | IndikatorAntara) -> str:
    """The node an indicator of a PK berjenjang belongs to, as the draft's first column names it."""
    if simpul is None:  # a target of an earlier version whose node the post no longer owns
        return str(ind.simpul) if isinstance(ind, IndikatorAntara) else str(ind.pemilik or "")
    if simpul.nama.lower().startswith(simpul.level_nama.lower()):
        return simpul.nama
    return f"{simpul.level_nama} {simpul.nama}"


@dataclass(frozen=True)
class BarisJenjang:
    """One post of the list "PK berjenjang": the nodes it owns in the year's tree and its PK versions."""

    jabatan: Jabatan
    jenjang: JenjangPk
    versi: tuple[PerjanjianKinerja, ...]


def daftar_jenjang(scope: Scope, pd: PerangkatDaerah, tahun: int) -> list[BarisJenjang]:
    """Every post below the head owning nodes of the year's tree (:func:`jenjang_pk`), and every post with a PK
    berjenjang of the year that owns none any more, each with its versions (one query for all)."""
    versi: dict[int, list[PerjanjianKinerja]] = {}
    for v in (PerjanjianKinerja.semua.within(scope).filter(pd=pd, tahun=tahun, jenjang__isnull=False)
              .select_related("jenjang").order_by("nomor")):
        versi.setdefault(v.jenjang_id, []).append(v)
    rows = [BarisJenjang(j.jabatan, j, tuple(versi.pop(j.jabatan.pk, []))) for j in jenjang_pk(scope, pd, tahun)]
    for versions in versi.values():
        jabatan = versions[0].jenjang
        assert jabatan is not None
        rows.append(BarisJenjang(jabatan, JenjangPk(jabatan, ()), tuple(versions)))
    return rows


def jumlah_jenjang(scope: Scope, pd: PerangkatDaerah, tahun: int) -> int:
    """How many posts below the head of ``pd`` have a PK berjenjang of ``tahun`` (one query; the LKE's 1.a.7 and
    1.b.10)."""
    return (PerjanjianKinerja.semua.within(scope).filter(pd=pd, tahun=tahun, jenjang__isnull=False)
            .values("jenjang").distinct().count())


def nama_jenjang(scope: Scope, pd: PerangkatDaerah, tahun: int) -> list[str]:
    """The posts below the head of ``pd`` with a PK berjenjang of ``tahun``, by name (one query; the LKjIP's Bab
    II)."""
    return sorted(set(PerjanjianKinerja.semua.within(scope).filter(pd=pd, tahun=tahun, jenjang__isnull=False)
                      .values_list("jenjang__nama", flat=True)))
