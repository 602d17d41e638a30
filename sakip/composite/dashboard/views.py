"""Dashboards: a pemda's PD side by side, one PD's year, one indicator's quarters and evidence."""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_GET

from sakip.composite.dashboard.dokumen import DASBOR_PD, DASBOR_PEMDA
from sakip.composite.dashboard.dokumen_pd import build_dasbor_pd
from sakip.composite.dashboard.dokumen_pemda import URUTAN, WARNA, build_dasbor_pemda
from sakip.core.scoping import perlu
from sakip.documents.berkas import unduhan
from sakip.domain.measurement.models import BuktiDukung, Realisasi
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Program
from sakip.rumus import alur
from sakip.rumus.peran import LIHAT


def _tw(request) -> int | None:
    """The quarter asked for (``?tw=1`` to ``4``), if any."""
    value = request.GET.get("tw", "")
    return int(value) if value in ("1", "2", "3", "4") else None


def alamat_baris(nama: str, ubah: tuple[str, ...], **tetap) -> Callable[..., str]:
    """``reverse(nama, kwargs=…)`` for the many rows of one page. Django's ``reverse`` costs ~35 µs and the pemda
    dashboard of 500 PD links 2.000 times (75 ms of its rendering), so the URL is reversed once, with a marker of
    digits for each argument named in ``ubah`` (valid for ``<slug:>`` and ``<int:>``, which ``reverse`` writes
    unquoted), and each row puts its values in their place: the same text as ``reverse`` would give."""
    penanda = {str(9_100_000_001 + i): k for i, k in enumerate(ubah)}
    pola = reverse(nama, kwargs={**tetap, **{k: v for v, k in penanda.items()}})
    potongan = re.split(f"({'|'.join(penanda)})", pola)  # text, marker, text, …: filled without a second scan
    if sorted(potongan[1::2]) != sorted(penanda):
        raise ValueError(f"{nama}: a marker is not in its URL exactly once: {pola}")
    urutan = [penanda[v] for v in potongan[1::2]]

    def isi(**nilai) -> str:
        alamat = potongan.copy()
        alamat[1::2] = [str(nilai[k]) for k in urutan]
        return "".join(alamat)

    return isi


def _tahun_pilihan(scope, **where) -> list[int]:
    """The years a dashboard can show: those with a program tree, newest first."""
    return sorted(set(Program.objects.within(scope).filter(**where).values_list("tahun", flat=True).distinct()),
                  reverse=True)


def _pindah_tahun(request, nama: str, **kwargs):
    """``?tahun=2023`` (the year selector of a GET form) → the same dashboard at that year, other choices kept."""
    tahun = request.GET.get("tahun", "")
    if not tahun.isdigit() or int(tahun) == kwargs["tahun"]:
        return None
    query = request.GET.copy()
    del query["tahun"]
    url = reverse(nama, kwargs={**kwargs, "tahun": int(tahun)})
    return redirect(f"{url}?{query.urlencode()}" if query else url)


@perlu(LIHAT)
@require_GET
def mulai(request):
    """The entry: the pemda dashboard of the user's pemda (one PD: its own), at the latest year with data."""
    scope = request.scope
    tahun = (Realisasi.objects.within(scope).order_by("-tahun").values_list("tahun", flat=True).first()
             or datetime.date.today().year)
    pds = list(PerangkatDaerah.objects.within(scope).select_related("pemda").order_by("nama")[:2])
    if not pds:
        raise Http404("Tidak ada perangkat daerah.")
    messages.info(request, f"Dasbor dibuka pada tahun {tahun}, tahun terakhir yang memiliki realisasi; "
                           "tahun dan triwulan lain dapat dipilih di bawah.")
    if scope.pd_id is not None:
        return redirect("dashboard:pd", slug=pds[0].slug, tahun=tahun)
    return redirect("dashboard:pemda", pemda=pds[0].pemda.slug, tahun=tahun)


@perlu(LIHAT)
@require_GET
def pemda(request, pemda: str, tahun: int):
    pindah = _pindah_tahun(request, "dashboard:pemda", pemda=pemda, tahun=tahun)
    if pindah:
        return pindah
    semua = build_dasbor_pemda(request.scope, pemda, tahun, _tw(request) or 4)
    d = semua.pilih(urut=request.GET.get("urut", "capaian"), status=request.GET.get("status", ""),
                    warna=request.GET.get("warna", ""))
    if DASBOR_PEMDA.punya(request.GET.get("format", "")):
        return unduhan(DASBOR_PEMDA.berkas(d, request.GET["format"]))
    alamat_pd = alamat_baris("dashboard:pd", ("slug",), tahun=d.tahun)
    alamat_indikator = alamat_baris("dashboard:indikator", ("slug", "indikator_id"), tahun=d.tahun)
    tw = f"?tw={d.triwulan}"
    baris = [(b, alamat_pd(slug=b.slug) + tw, [(i, alamat_indikator(slug=b.slug, indikator_id=i.indikator_id) + tw)
                                               for i in b.indikator]) for b in d.baris]
    return render(request, "dashboard/pemda.html", {
        "d": d, "baris": baris, "jumlah_semua": len(semua.baris), "f": request.GET, "urutan": list(URUTAN), "warna": WARNA,
        "status_pilihan": list(alur.STATUS.items()), "triwulan_pilihan": (1, 2, 3, 4),
        "tahun_pilihan": _tahun_pilihan(request.scope, pd__pemda__slug=pemda)})


@perlu(LIHAT)
@require_GET
def pd(request, slug: str, tahun: int):
    d = build_dasbor_pd(request.scope, slug, tahun, _tw(request))
    if DASBOR_PD.punya(request.GET.get("format", "")):
        return unduhan(DASBOR_PD.berkas(d, request.GET["format"]))
    grafik = {
        "triwulan": ["TW I", "TW II", "TW III", "TW IV"],
        "jalur": [{"nama": i.nama, "nilai": [float(v) if v is not None else None for v in i.jalur]} for i in d.indikator],
        "program": [{"nama": p.nama, "serapan": float(p.serapan.nilai) if p.serapan.nilai is not None else None,
                     "rencana": float(p.rencana) if p.rencana is not None else None} for p in d.program],
        "ikm": [{"periode": i.periode, "ikm": float(i.ikm) if i.ikm is not None else None} for i in d.ikm],
    }
    return render(request, "dashboard/pd.html", {"d": d, "grafik": grafik, "triwulan_pilihan": (1, 2, 3, 4),
                                                 "tahun_pilihan": _tahun_pilihan(request.scope, pd__slug=slug)})


@perlu(LIHAT)
@require_GET
def indikator(request, slug: str, tahun: int, indikator_id: int):
    """Drill-down: one indicator's target, realisations and capaian per quarter, and its evidence."""
    d = build_dasbor_pd(request.scope, slug, tahun, _tw(request))
    ind = next((i for i in d.indikator if i.indikator_id == indikator_id), None)
    if ind is None:
        raise Http404("Indikator tidak ditemukan.")
    bukti: dict[int, list[BuktiDukung]] = {}
    for b in BuktiDukung.objects.within(request.scope).filter(indikator_id=indikator_id, tahun=tahun).order_by("pk"):
        bukti.setdefault(b.triwulan, []).append(b)
    triwulan = [{"tw": n, "realisasi": ind.jalur_realisasi[n - 1], "capaian": ind.jalur[n - 1],
                 "bukti": bukti.get(n, [])} for n in (1, 2, 3, 4)]
    return render(request, "dashboard/indikator.html", {"d": d, "ind": ind, "triwulan": triwulan})
