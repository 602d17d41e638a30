"""The audit pages: a scoped activity log with filters, and the history of one indicator."""

from __future__ import annotations

import datetime

from django.shortcuts import render
from django.utils.dateparse import parse_date, parse_datetime
from django.views.decorators.http import require_GET

from sakip.composite.audit import selectors as riwayat
from sakip.core.scoping import perlu
from sakip.domain.planning.models import Indikator
from sakip.domain.planning.selectors import get_scoped
from sakip.rumus.peran import LIHAT


@perlu(LIHAT)
@require_GET
def aktivitas(request):
    scope = request.scope
    f = request.GET
    sebelum = parse_datetime(f.get("sebelum", "")) if f.get("sebelum") else None
    rows = riwayat.aktivitas(scope, jenis=f.get("jenis", ""), pengguna=f.get("pengguna", "").strip(),
                             pd=f.get("pd", ""), dari=parse_date(f.get("dari", "") or "") if f.get("dari") else None,
                             sampai=parse_date(f.get("sampai", "")) if f.get("sampai") else None, sebelum=sebelum)
    jenis = [(m.instance_type._meta.model_name, m.instance_type._meta.verbose_name) for m in riwayat.model_riwayat()]
    jenis += riwayat.JENIS_LAIN
    lanjut = rows[-1].waktu.isoformat() if len(rows) == riwayat.PER_HALAMAN else None
    return render(request, "audit/aktivitas.html", {"rows": rows, "jenis": jenis, "f": f, "lanjut": lanjut,
                                                   "hari_ini": datetime.date.today()})


@perlu(LIHAT)
@require_GET
def riwayat_indikator(request, indikator_id: int):
    scope = request.scope
    indikator = get_scoped(scope, Indikator, indikator_id, related=("pd",))
    tahun = request.GET.get("tahun")
    triwulan = request.GET.get("triwulan")
    rows = riwayat.riwayat_indikator(scope, indikator, tahun=int(tahun) if tahun and tahun.isdigit() else None,
                                     triwulan=int(triwulan) if triwulan and triwulan.isdigit() else None)
    return render(request, "audit/riwayat_indikator.html", {"indikator": indikator, "rows": rows, "f": request.GET})
