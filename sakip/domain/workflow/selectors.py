"""Scoped reads of the workflow: the panel of one item, and the inbox of a user."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from django.db.models import Q
from django.urls import reverse

from sakip.core.scoping import Scope
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.workflow.models import BatasWaktu, Jenis, LangkahAlur, Pengajuan, judul
from sakip.rumus import alur
from sakip.rumus.peran import LIHAT


class JudulStatus:
    """Title and state label of an item (a PD's quarter or PK year) with ``jenis, tahun, triwulan, status``."""

    jenis: str
    tahun: int
    triwulan: int
    status: str

    @property
    def judul(self) -> str:
        return judul(self.jenis, self.tahun, self.triwulan)

    @property
    def status_label(self) -> str:
        return alur.STATUS[self.status]


@dataclass
class Panel(JudulStatus):
    """Where one item stands and what the user may do with it now."""

    pd: PerangkatDaerah
    jenis: str
    tahun: int
    triwulan: int
    status: str
    versi: int
    langkah: list[LangkahAlur] = field(default_factory=list)
    aksi: list[alur.Langkah] = field(default_factory=list)
    batas: datetime.date | None = None
    terlambat: bool = False

    @property
    def terbuka(self) -> bool:
        return alur.terbuka(self.status)

    @property
    def catatan_terakhir(self) -> LangkahAlur | None:
        """The comment of the last return or reopening, which the operator has to act on."""
        last = self.langkah[0] if self.langkah else None
        return last if last is not None and last.catatan and self.status in alur.TERBUKA else None


def status_item(scope: Scope, pd: PerangkatDaerah, jenis: str, tahun: int, triwulan: int) -> str:
    """The state of one item alone (one query), for a caller that only needs to know if it is open."""
    return (Pengajuan.objects.within(scope).filter(pd=pd, jenis=jenis, tahun=tahun, triwulan=triwulan)
            .values_list("status", flat=True).first() or alur.DRAFT)


def panel(scope: Scope, pd: PerangkatDaerah, jenis: str, tahun: int, triwulan: int,
          hari_ini: datetime.date | None = None) -> Panel:
    """Three queries: the state, its steps, the deadline."""
    row = Pengajuan.objects.within(scope).filter(pd=pd, jenis=jenis, tahun=tahun, triwulan=triwulan).first()
    status = row.status if row else alur.DRAFT
    langkah = list(LangkahAlur.objects.within(scope).filter(pengajuan=row).select_related("oleh")[:20]) if row else []
    batas = (BatasWaktu.objects.within(scope).filter(pemda_id=pd.pemda_id, jenis=jenis, tahun=tahun, triwulan=triwulan)
             .values_list("tanggal", flat=True).first())
    hari_ini = hari_ini or datetime.date.today()
    return Panel(pd=pd, jenis=jenis, tahun=tahun, triwulan=triwulan, status=status, versi=row.versi if row else 0,
                 langkah=langkah, aksi=alur.aksi_tersedia(status, scope.hak), batas=batas,
                 terlambat=alur.terlambat(status, batas, hari_ini))


@dataclass(frozen=True)
class ItemKotak(JudulStatus):
    pd: PerangkatDaerah
    jenis: str
    tahun: int
    triwulan: int
    status: str
    batas: datetime.date | None
    terlambat: bool
    tugas: bool  # True: the user has a step to take; False: shown to watch (overdue elsewhere)
    kembali: LangkahAlur | None = None  # a returned item: the return step, its comment and who took it

    @property
    def url(self) -> str:
        return url_item(self.pd.slug, self.jenis, self.tahun, self.triwulan)


def url_item(slug: str, jenis: str, tahun: int, triwulan: int) -> str:
    """The page where an item is worked on: the quarter's grid, or the year's PK."""
    if jenis == Jenis.PK:
        return reverse("agreement:pk", args=[slug, tahun])
    return reverse("measurement:grid", args=[slug, tahun, triwulan])


# Inbox items of apps above the workflow (the LKE follow-ups), registered in their ``AppConfig.ready``:
# ``sumber(scope, hari_ini)`` → items (subclasses of ``ItemKotak`` with their own title, state label and URL).
SUMBER_KOTAK: list[Callable[[Scope, datetime.date], list[ItemKotak]]] = []


def kotak_masuk(scope: Scope, hari_ini: datetime.date | None = None) -> list[ItemKotak]:
    """What the user owes and what waits for them; overdue items first. Three queries whatever the size, a
    fourth when some item shown is returned (``dikembalikan``): the comment of its return and who wrote it,
    and those of each registered source (``SUMBER_KOTAK``: the LKE follow-ups, one query).

    An item exists for every deadline × PD of its pemda, and for every submission not yet approved.
    It is the user's task when their role has a step to take from its state (operator: submit a draft
    or returned item; verifikator: verify a submitted one; pimpinan: approve a verified one). Users
    who only read (evaluator, admin pemda) see the overdue items of their pemda to follow up.
    """
    if not scope.holds(LIHAT):
        return []
    hari_ini = hari_ini or datetime.date.today()
    pds = {pd.pk: pd for pd in PerangkatDaerah.objects.within(scope).order_by("nama")}
    batas = {(b.pemda_id, b.jenis, b.tahun, b.triwulan): b.tanggal for b in BatasWaktu.objects.within(scope)}
    tahun_batas = {key[2] for key in batas}
    pengajuan = {(p.pd_id, p.jenis, p.tahun, p.triwulan): p for p in Pengajuan.objects.within(scope).filter(
        Q(status__in=[alur.DIAJUKAN, alur.DIVERIFIKASI, alur.DIKEMBALIKAN, alur.DRAFT]) | Q(tahun__in=tahun_batas))
        .only("pk", "pd_id", "jenis", "tahun", "triwulan", "status")}
    rows = {key: p.status for key, p in pengajuan.items()}
    keys = {key for key, status in rows.items() if status != alur.DISETUJUI and key[0] in pds}
    keys |= {(pd.pk, jenis, tahun, tw) for (pemda_id, jenis, tahun, tw) in batas for pd in pds.values()
             if pd.pemda_id == pemda_id}
    items = []
    for pd_id, jenis, tahun, tw in keys:
        pd = pds[pd_id]
        status = rows.get((pd_id, jenis, tahun, tw), alur.DRAFT)
        tanggal = batas.get((pd.pemda_id, jenis, tahun, tw))
        terlambat = alur.terlambat(status, tanggal, hari_ini)
        tugas = alur.menunggu(status, scope.hak)
        if tugas or terlambat:
            items.append(ItemKotak(pd, jenis, tahun, tw, status, tanggal, terlambat, tugas))
    kembali = _pengembalian(scope, [pengajuan[(i.pd.pk, i.jenis, i.tahun, i.triwulan)].pk for i in items
                                    if i.status == alur.DIKEMBALIKAN])
    items = [replace(i, kembali=kembali.get(pengajuan[(i.pd.pk, i.jenis, i.tahun, i.triwulan)].pk))
             if i.status == alur.DIKEMBALIKAN else i for i in items]
    items += [i for sumber in SUMBER_KOTAK for i in sumber(scope, hari_ini)]
    items.sort(key=lambda i: (not i.terlambat, not i.tugas, i.batas or datetime.date.max, i.pd.nama, i.jenis,
                              i.tahun, i.triwulan))
    return items


def _pengembalian(scope: Scope, ids: list[int]) -> dict[int, LangkahAlur]:
    """The latest return step of each of the submissions ``ids`` (one query; none when there are none)."""
    if not ids:
        return {}
    out: dict[int, LangkahAlur] = {}
    for s in (LangkahAlur.objects.within(scope).filter(pengajuan_id__in=ids, ke=alur.DIKEMBALIKAN)
              .select_related("oleh").order_by("pengajuan_id", "-waktu", "-pk")):
        out.setdefault(s.pengajuan_id, s)
    return out
