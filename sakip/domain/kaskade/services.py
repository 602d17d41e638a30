"""Writes of the pohon kinerja: intermediate nodes and owners of built nodes. One transaction each; the actor must
write for the PD (``isi`` on its own PD, or the system); a parent, unit or post of another PD or pemda, and a
cycle, are refused on the field that names them."""

from __future__ import annotations

from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.core.galat import Ditolak
from sakip.core.scoping import CHANGE, Scope
from sakip.domain.kaskade.models import NODE_FIELDS, IndikatorAntara, PemilikSimpul, SimpulAntara
from sakip.domain.organisation.models import Jabatan, UnitKerja
from sakip.domain.planning.models import Renstra


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
    simpul.indikator.all().delete()
    rows = [IndikatorAntara(simpul=simpul, urutan=i, nama=n.strip(), satuan=s.strip(), target=t.strip())
            for i, (n, s, t) in enumerate(indikator, start=1) if n.strip()]
    for row in rows:
        row.full_clean()  # also copies pemda and PD from the node (bulk_create calls no save())
    IndikatorAntara.objects.bulk_create(rows)
    return simpul


@transaction.atomic
def hapus_antara(scope: Scope, *, simpul: SimpulAntara) -> None:
    _pastikan_menulis(scope, simpul.pd)
    scope.require_change(simpul)
    anak = simpul.anak.count()
    if anak:
        raise ValidationError({"induk_simpul": f"Simpul “{simpul.nama[:40]}” masih memiliki {anak} simpul di "
                                               "bawahnya; pindahkan atau hapus simpul itu dahulu."})
    simpul.delete()


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
