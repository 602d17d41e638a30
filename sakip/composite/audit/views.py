"""The audit pages: a scoped activity log with filters, and the history of one indicator."""

from __future__ import annotations

import datetime

from django.shortcuts import render
from django.utils.dateparse import parse_date, parse_datetime
from django.views.decorators.http import require_GET

from sakip.composite.audit import selectors as riwayat
from sakip.core.scoping import perlu
from sakip.domain.organisation.selectors import pd_list
from sakip.domain.planning.models import Indikator
from sakip.domain.planning.selectors import get_scoped
from sakip.rumus.peran import LIHAT


def _tanggal(teks: str) -> datetime.date | None:
    try:
        return parse_date(teks) if teks else None
    except ValueError:  # 2024-02-30: well formed, no such day
        return None


def _waktu(teks: str) -> datetime.datetime | None:
    try:
        return parse_datetime(teks) if teks else None
    except ValueError:
        return None


@perlu(LIHAT)
@require_GET
def aktivitas(request):
    scope = request.scope
    f = request.GET
    halaman = riwayat.aktivitas(scope, jenis=f.get("jenis", ""), pengguna=f.get("pengguna", "").strip(),
                             pd=f.get("pd", ""), dari=_tanggal(f.get("dari", "")), sampai=_tanggal(f.get("sampai", "")),
                             sebelum=_waktu(f.get("sebelum", "")))
    return render(request, "audit/aktivitas.html", {
        "rows": halaman.entri, "jenis": riwayat.jenis_pilihan(), "pd_pilihan": pd_list(scope), "f": f,
        "lanjut": halaman.lanjut.isoformat() if halaman.lanjut else None})


@perlu(LIHAT)
@require_GET
def riwayat_indikator(request, indikator_id: int):
    scope = request.scope
    indikator = get_scoped(scope, Indikator, indikator_id, related=("pd",))
    tahun = request.GET.get("tahun", "")
    triwulan = request.GET.get("triwulan", "")
    rows = riwayat.riwayat_indikator(scope, indikator, tahun=int(tahun) if tahun.isdigit() and len(tahun) == 4 else None,
                                     triwulan=int(triwulan) if triwulan in ("1", "2", "3", "4") else None)
    return render(request, "audit/riwayat_indikator.html", {"indikator": indikator, "rows": rows, "f": request.GET})
