"""The worksheet's evidence: accepting a proposed answer from sakip's facts (one click: it becomes the PD's value in
the self-assessment, the evaluator's in the review), uploading a file or adding a link to a criterion, downloading
and deleting it. Every row is reached through the evaluation's scope (another PD: 404)."""

from __future__ import annotations

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import FileResponse, Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.http import require_GET, require_POST

from sakip.core.galat import Ditolak, TidakDitemukan
from sakip.core.penolakan import catat
from sakip.core.scoping import perlu
from sakip.domain.evaluasi import bukti, services
from sakip.domain.evaluasi.bukti_sakip import fakta
from sakip.domain.evaluasi.dokumen import Lembar, lembar_lke
from sakip.domain.evaluasi.selectors import get_kriteria
from sakip.domain.evaluasi.views import _halaman
from sakip.domain.measurement.bukti import BerkasDitolak
from sakip.rumus import lke_usulan
from sakip.rumus.peran import LIHAT


def _kriteria(lembar: Lembar, scope, kode: str):
    kriteria = get_kriteria(scope, lembar.evaluasi.lke, kode)
    if kriteria is None:
        raise TidakDitemukan(f"Kriteria “{kode[:20]}” tidak ditemukan.")
    return kriteria


def _kembali(slug: str, tahun: int, kode: str):
    return redirect(reverse("evaluasi:lke", args=[slug, tahun]) + f"#k-{kode}")


@perlu(LIHAT)
@require_POST
def terima_usulan(request, slug: str, tahun: int, kode: str):
    """Accept the proposal of criterion ``kode``, computed again from sakip's facts now (the posted ``nilai`` must
    still be it): the PD's value in mandiri, the evaluator's in reviu; an empty explanation/note takes the reason."""
    scope = request.scope
    lembar = lembar_lke(scope, slug, tahun)
    kriteria = _kriteria(lembar, scope, kode)
    usul = lke_usulan.usulan(kriteria.kode, kriteria.skala, fakta(scope, lembar.pd, tahun))
    if usul is None:
        raise TidakDitemukan(f"Kriteria {kriteria.kode} tidak mempunyai usulan nilai dari data sakip.")
    medan = services.medan_boleh(scope, lembar.evaluasi, lembar.pd)
    if "nilai_evaluator" in medan:
        sisi, data = services.EVALUATOR, {"nilai_evaluator": usul.nilai}
        keterangan = "catatan"
    elif "nilai_pd" in medan:
        sisi, data = services.PD, {"nilai_pd": usul.nilai}
        keterangan = "penjelasan_pd"
    else:
        raise Ditolak(f"Nilai usulan diterima oleh perangkat daerah pada tahap penilaian mandiri atau oleh evaluator "
                      f"pada tahap reviu; evaluasi ini pada tahap {lembar.evaluasi.get_tahap_display()}.")
    try:
        if request.POST.get("nilai", usul.nilai) != usul.nilai:
            raise ValidationError({"nilai": f"Usulan nilai kriteria {kriteria.kode} kini {usul.nilai} (data sakip "
                                            f"berubah); periksa lalu terima lagi."})
        ada = next((k for kom in lembar.dok.komponen for s in kom.sub_komponen for k in s.kriteria
                    if k.kode == kriteria.kode), None)
        if ada is not None and not getattr(ada, keterangan).strip():
            data[keterangan] = f"Usulan dari data sakip: {usul.alasan}"
        services.simpan_jawaban(scope, evaluasi=lembar.evaluasi, kriteria=kriteria, data=data, sisi=sisi)
    except ValidationError as exc:
        return _halaman(request, lembar, {kriteria.kode: exc.messages}, status=400)
    messages.success(request, f"Usulan nilai {usul.nilai} kriteria {kriteria.kode} diterima.")
    return _kembali(slug, tahun, kriteria.kode)


@perlu(LIHAT)
@require_POST
def unggah(request, slug: str, tahun: int, kode: str):
    """Add a file (``berkas``) or a link (``tautan``) with an optional ``keterangan`` to criterion ``kode``."""
    scope = request.scope
    lembar = lembar_lke(scope, slug, tahun)
    kriteria = _kriteria(lembar, scope, kode)
    if not scope.writes_for(lembar.pd):
        raise Http404("Perangkat daerah tidak ditemukan.")
    try:
        row = bukti.simpan_bukti(scope, evaluasi=lembar.evaluasi, kriteria=kriteria, upload=request.FILES.get("berkas"),
                                 tautan=request.POST.get("tautan", "")[:500],
                                 keterangan=request.POST.get("keterangan", ""), oleh=request.user)
    except BerkasDitolak as exc:
        if exc.mencurigakan:
            catat(request, f"Berkas bukti LKE ditolak: {exc.alasan}")
        return _halaman(request, lembar, {kriteria.kode: exc.messages}, status=400)
    except ValidationError as exc:
        return _halaman(request, lembar, {kriteria.kode: exc.messages}, status=400)
    messages.success(request, f"Bukti dukung “{row}” ditambahkan pada kriteria {kriteria.kode}.")
    return _kembali(slug, tahun, kriteria.kode)


def _bukti(request, pk: int):
    row = bukti.get_bukti(request.scope, pk)
    if row is None:
        raise Http404("Bukti dukung LKE tidak ditemukan.")
    return row


@perlu(LIHAT)
@require_GET
def unduh(request, pk: int):
    """The stored file, to whoever reads its evaluation; MEDIA_ROOT itself is served by no URL."""
    row = _bukti(request, pk)
    if not row.berkas:
        raise Http404("Bukti dukung ini sebuah tautan, bukan berkas.")
    try:
        berkas = row.berkas.open("rb")
    except (FileNotFoundError, ValueError) as exc:
        raise Http404("Berkas bukti dukung LKE tidak ditemukan.") from exc
    response = FileResponse(berkas, as_attachment=True, filename=row.nama_asli or "bukti",
                            content_type=bukti.jenis_konten(row))
    response["Cache-Control"] = "private, no-store"
    return response


@perlu(LIHAT)
@require_POST
def hapus(request, pk: int):
    scope = request.scope
    row = _bukti(request, pk)
    evaluasi = row.jawaban.evaluasi
    if not scope.writes_for(evaluasi.pd):
        raise Http404("Bukti dukung LKE tidak ditemukan.")
    slug, tahun, kode = evaluasi.pd.slug, evaluasi.tahun, row.jawaban.kriteria.kode
    try:
        bukti.hapus_bukti(scope, row)
    except ValidationError as exc:
        return _halaman(request, lembar_lke(scope, slug, tahun), {kode: exc.messages}, status=400)
    messages.success(request, f"Bukti dukung “{row}” dihapus dari kriteria {kode}.")
    return _kembali(slug, tahun, kode)
