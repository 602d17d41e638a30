"""Writes of the pohon kinerja: intermediate nodes and owners of built nodes. One transaction each; the actor must
write for the PD (``isi`` on its own PD, or the system); a parent, unit or post of another PD or pemda, and a
cycle, are refused on the field that names them. Crosscutting: the asking PD's operator asks, the other PD's operator
accepts (naming its node) or declines (with a reason), or the asking PD withdraws a request still waiting (with a
reason); either side's admin pemda may act for it."""

from __future__ import annotations

from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import ProtectedError
from django.utils import timezone

from sakip.core.galat import Ditolak, TidakDitemukan
from sakip.core.scoping import CHANGE, Scope
from sakip.domain.kaskade.models import (
    NODE_FIELDS,
    SIMPUL_FIELDS,
    Crosscutting,
    IndikatorAntara,
    PemilikSimpul,
    SimpulAntara,
)
from sakip.domain.kaskade.selectors import crosscutting_q
from sakip.domain.organisation.models import Jabatan, PerangkatDaerah, UnitKerja
from sakip.domain.planning.models import Kegiatan, Program, Renstra, Sasaran, SubKegiatan, Tujuan
from sakip.rumus.peran import MASTER


def _pastikan_menulis(scope: Scope, pd) -> None:
    if not scope.writes_for(pd):
        raise Ditolak("Hanya operator perangkat daerah ini yang dapat mengubah pohon kinerjanya.")


def _induk(simpul: SimpulAntara, induk: str) -> None:
    """Point ``simpul`` at the parent named ``induk`` (``program-12``, ``antara-3``); other fields cleared."""
    level, _, pk = induk.rpartition("-")
    field = "induk" if level == "antara" else level
    if field not in SimpulAntara.INDUK_FIELDS or not pk.isdigit():
        raise ValidationError({"induk_simpul": f"Simpul induk “{induk[:30]}” tidak dikenal."})
    for name in SimpulAntara.INDUK_FIELDS:
        setattr(simpul, f"{name}_id", int(pk) if name == field else None)


def _pemilik(row, unit: UnitKerja | None, jabatan: Jabatan | None) -> None:
    row.unit, row.jabatan = unit, jabatan


@transaction.atomic
def simpan_antara(scope: Scope, *, renstra: Renstra, simpul: SimpulAntara | None = None, jenis: str, nama: str,
                  catatan: str = "", induk: str, unit: UnitKerja | None = None, jabatan: Jabatan | None = None,
                  indikator: Sequence[tuple[str, str, str]] = ()) -> SimpulAntara:
    """Create (``simpul`` None) or change an intermediate node with its indicators (name, satuan, target)."""
    _pastikan_menulis(scope, renstra.pd)
    scope.require_change(renstra)
    if simpul is None:
        simpul = SimpulAntara(renstra=renstra)
    else:
        scope.require_change(simpul)
        if simpul.renstra_id != renstra.pk:
            raise ValidationError({"induk_simpul": "Simpul ini milik Renstra lain."})
    simpul.jenis, simpul.nama, simpul.catatan = jenis, nama, catatan
    _induk(simpul, induk)
    _pemilik(simpul, unit, jabatan)
    parent = simpul.induk_simpul  # the row behind the id, read unscoped: its pemda and PD are checked by clean()
    if parent is None:
        raise ValidationError({"induk_simpul": "Simpul induk tidak ditemukan."})
    simpul.full_clean()
    simpul.save()
    _simpan_indikator(simpul, indikator)
    return simpul


def _simpan_indikator(simpul: SimpulAntara, indikator: Sequence[tuple[str, str, str]]) -> None:
    """Write the node's indicators in place, so a PK berjenjang promising one keeps it: each typed indicator
    takes the stored one of the same name, else the next stored one left (a rename); stored ones left over are
    deleted, refused (naming the PK) while a PK promises them."""
    baru = [(n.strip(), s.strip(), t.strip()) for n, s, t in indikator if n.strip()]
    lama = list(simpul.indikator.order_by("urutan", "id"))
    pakai: dict[int, IndikatorAntara] = {}
    for i, (nama, _, _) in enumerate(baru):
        row = next((r for r in lama if r.nama == nama), None)
        if row is not None:
            pakai[i] = row
            lama.remove(row)
    for i in range(len(baru)):
        if i not in pakai and lama:
            pakai[i] = lama.pop(0)
    for row in lama:
        _hapus_terlindung(row, f"Indikator “{row.nama[:60]}”")
    for i, (nama, satuan, target) in enumerate(baru):
        row = pakai.get(i) or IndikatorAntara(simpul=simpul)
        if row.pk and (row.urutan, row.nama, row.satuan, row.target) == (i + 1, nama, satuan, target):
            continue
        row.urutan, row.nama, row.satuan, row.target = i + 1, nama, satuan, target
        row.full_clean()  # also copies pemda and PD from the node
        row.save()


def _hapus_terlindung(row: SimpulAntara | IndikatorAntara, nama: str) -> None:
    """Delete ``row``; while a PK target (agreement, a higher app) promises an indicator of it, refuse naming that
    PK (the reference protects the row: ``TargetPk.indikator_antara``)."""
    try:
        row.delete()
    except ProtectedError as exc:
        target = next(iter(exc.protected_objects))
        pk = getattr(target, "perjanjian", target)  # a TargetPk: name its PK version
        raise ValidationError({"indikator": f"{nama} dimuat dalam {pk}; keluarkan indikatornya dari "
                                            "PK itu (versi baru) lebih dulu."}) from exc


@transaction.atomic
def hapus_antara(scope: Scope, *, simpul: SimpulAntara) -> None:
    _pastikan_menulis(scope, simpul.pd)
    scope.require_change(simpul)
    anak = simpul.anak.count()
    if anak:
        raise ValidationError({"induk_simpul": f"Simpul “{simpul.nama[:40]}” masih memiliki {anak} simpul di "
                                               "bawahnya; pindahkan atau hapus simpul itu dahulu."})
    _hapus_terlindung(simpul, f"Indikator simpul “{simpul.nama[:40]}”")


@transaction.atomic
def atur_pemilik(scope: Scope, *, level: str, node, unit: UnitKerja | None, jabatan: Jabatan | None) -> PemilikSimpul | None:
    """Set (or, with neither unit nor post, clear) the owner of the built node ``node`` of ``level``."""
    if level not in NODE_FIELDS:
        raise ValidationError({"level": f"Level “{level[:20]}” tidak dikenal."})
    _pastikan_menulis(scope, node.pd)
    scope.require_change(node)
    row = PemilikSimpul.objects.within(scope, CHANGE).filter(**{level: node}).first()
    if unit is None and jabatan is None:
        if row is not None:
            row.delete()
        return None
    if row is None:
        row = PemilikSimpul(**{level: node})
    _pemilik(row, unit, jabatan)
    row.full_clean()
    row.save()
    return row


# --- crosscutting --------------------------------------------------------------------------------------------

_MODEL_SIMPUL = {"tujuan": Tujuan, "sasaran": Sasaran, "program": Program, "kegiatan": Kegiatan,
                 "sub_kegiatan": SubKegiatan, "antara": SimpulAntara}


def boleh_crosscutting(scope: Scope, pd) -> bool:
    """Whether the actor asks or answers crosscutting for ``pd``: its writer (the PD's operator), or an admin pemda
    (``master``, no PD of its own) of its pemda; the system."""
    return scope.writes_for(pd) or (scope.holds(MASTER) and scope.pd_id is None and scope.reaches_pd(pd))


def _pastikan_boleh(scope: Scope, pd, pesan: str) -> None:
    if not boleh_crosscutting(scope, pd):
        raise Ditolak(pesan)


def _tetapkan_simpul(cc: Crosscutting, simpul: str, *, ke: bool, field: str) -> None:
    """Point ``cc``'s asking node (or, ``ke``, the other PD's node) at the node named ``simpul`` (``sasaran-12``,
    ``antara-3``), its other keys cleared. The row is read unscoped: ``Crosscutting.clean`` checks its pemda and PD."""
    level, _, pk = simpul.rpartition("-")
    model = _MODEL_SIMPUL.get(level)
    row = model.objects.filter(pk=int(pk)).first() if model is not None and pk.isdigit() else None
    if row is None:
        raise ValidationError({field: f"Simpul pohon kinerja “{simpul[:30]}” tidak dikenal."})
    name = "simpul_antara" if level == "antara" else level
    prefix = "ke_" if ke else ""
    for other in SIMPUL_FIELDS:
        setattr(cc, f"{prefix}{other}", row if other == name else None)


def _terjangkau(scope: Scope, cc: Crosscutting) -> None:
    condition = crosscutting_q(scope)
    if condition is None or not Crosscutting.objects.filter(condition, pk=cc.pk).exists():
        raise TidakDitemukan("Permintaan crosscutting tidak ditemukan.")


@transaction.atomic
def ajukan_crosscutting(scope: Scope, *, pd: PerangkatDaerah, simpul: str, jenis: str, pd_tujuan: PerangkatDaerah,
                        simpul_tujuan: str = "", uraian: str = "") -> Crosscutting:
    """``pd``'s node ``simpul`` depends on / contributes to ``pd_tujuan`` (optionally its node ``simpul_tujuan``)."""
    _pastikan_boleh(scope, pd, "Hanya operator perangkat daerah ini (atau admin pemda) yang dapat mengajukan "
                               "crosscutting dari pohon kinerjanya.")
    if jenis not in Crosscutting.Jenis.values:
        raise ValidationError({"jenis": f"Jenis keterkaitan “{jenis[:20]}” tidak dikenal."})
    cc = Crosscutting(pd=pd, pd_tujuan=pd_tujuan, jenis=jenis, uraian=uraian.strip(),
                      status=Crosscutting.Status.DIAJUKAN, diajukan_oleh_id=scope.user_id, diajukan_pada=timezone.now())
    _tetapkan_simpul(cc, simpul, ke=False, field="simpul")
    if simpul_tujuan:
        _tetapkan_simpul(cc, simpul_tujuan, ke=True, field="simpul_tujuan")
    cc.full_clean()
    cc.save()
    return cc


def _pastikan_diajukan(cc: Crosscutting) -> None:
    if cc.status != Crosscutting.Status.DIAJUKAN:
        raise ValidationError({"status": f"Permintaan ini sudah {cc.get_status_display().lower()}; jawabannya tidak "
                                         "dapat diubah. Ajukan permintaan baru bila perlu."})


@transaction.atomic
def terima_crosscutting(scope: Scope, *, cc: Crosscutting, simpul_tujuan: str = "") -> Crosscutting:
    """The other PD accepts, naming its node (``simpul_tujuan``; may be left out when the asker named it)."""
    _terjangkau(scope, cc)
    _pastikan_boleh(scope, cc.pd_tujuan, f"Hanya operator {cc.pd_tujuan.nama} (atau admin pemda) yang dapat "
                                         "menerima permintaan ini.")
    cc = Crosscutting.objects.select_for_update().get(pk=cc.pk)
    _pastikan_diajukan(cc)
    if simpul_tujuan:
        _tetapkan_simpul(cc, simpul_tujuan, ke=True, field="simpul_tujuan")
    cc.status, cc.alasan = Crosscutting.Status.DITERIMA, ""
    cc.diputus_oleh_id, cc.diputus_pada = scope.user_id, timezone.now()
    cc.full_clean()
    cc.save()
    return cc


@transaction.atomic
def tolak_crosscutting(scope: Scope, *, cc: Crosscutting, alasan: str) -> Crosscutting:
    """The other PD declines with a reason (required)."""
    return _tutup(scope, cc, Crosscutting.Status.DITOLAK, alasan)


@transaction.atomic
def tarik_crosscutting(scope: Scope, *, cc: Crosscutting, alasan: str) -> Crosscutting:
    """The asking PD withdraws a request still waiting, with a reason (required); refused once it was answered."""
    return _tutup(scope, cc, Crosscutting.Status.DITARIK, alasan)


def _tutup(scope: Scope, cc: Crosscutting, status: str, alasan: str) -> Crosscutting:
    """Close a waiting request with a reason: declined by the other PD (``ditolak``) or withdrawn by the asking PD
    (``ditarik``); who and when in ``diputus_oleh``/``diputus_pada``."""
    tarik = status == Crosscutting.Status.DITARIK
    _terjangkau(scope, cc)
    pd = cc.pd if tarik else cc.pd_tujuan
    _pastikan_boleh(scope, pd, f"Hanya operator {pd.nama} (atau admin pemda) yang dapat "
                               f"{'menarik' if tarik else 'menolak'} permintaan ini.")
    cc = Crosscutting.objects.select_for_update().get(pk=cc.pk)
    if tarik and cc.status != Crosscutting.Status.DIAJUKAN:
        raise ValidationError({"status": f"Permintaan ini sudah {cc.get_status_display().lower()}; tidak dapat "
                                         "ditarik lagi."})
    _pastikan_diajukan(cc)
    if not alasan.strip():
        raise ValidationError({"alasan": f"Tuliskan alasan {'penarikan' if tarik else 'penolakan'}."})
    cc.status, cc.alasan = status, alasan.strip()
    cc.diputus_oleh_id, cc.diputus_pada = scope.user_id, timezone.now()
    cc.full_clean()
    cc.save()
    return cc
