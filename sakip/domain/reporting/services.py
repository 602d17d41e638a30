"""Writes of report narrative (one transaction per user action)."""

from __future__ import annotations

from django.db import transaction

from sakip.core.scoping import Scope
from sakip.domain.planning.models import Indikator
from sakip.domain.reporting.models import AnalisisCapaian


@transaction.atomic
def simpan_analisis(scope: Scope, *, indikator: Indikator, tahun: int, data: dict) -> AnalisisCapaian:
    scope.require_change(indikator, "Anda tidak berwenang mengubah analisis indikator ini.")
    row = AnalisisCapaian.objects.filter(indikator=indikator, tahun=tahun).first() or AnalisisCapaian(
        indikator=indikator, tahun=tahun)
    row.penyebab, row.solusi, row.langkah = data["penyebab"], data.get("solusi", ""), data.get("langkah", "")
    row.full_clean()
    row.save()
    return row
