"""The quarterly measurement: the JSON of the quarter's download (``measurement.dokumen.build_pengukuran``, the
builder of the grid and its download) with, on each row, the ids the structure carries and the download leaves
out — the indicator, sub kegiatan and lokasi, and the grid key (``kunci``) — by which realisations and spending are
written back.

Writing back (``POST …/pengukuran/{tahun}/{tw}/isian``): one row or a batch, all or nothing, each row through the
grid's own service (``measurement.services.simpan_baris``: the same checks as the grid and the .xlsx import, the
lock of a submitted quarter). Optimistic concurrency as the grid's: each value is sent with the value the client
read (``realisasi_awal``, ``realisasi_anggaran_awal``; ``null`` when it was empty) and is refused with 409, naming
who changed it, when the stored value is no longer that one; a locked quarter is 409 with the reason too.
Evidence files (``…/bukti/{indikator_id}``, multipart) go through ``measurement.services.simpan_bukti`` (type by
content, size, the lock), the explicit annual realisation with its source (``/pd/{slug}/realisasi-tahunan/{tahun}``)
through ``measurement.services_anggaran.simpan_realisasi_tahunan``, as on their screens.
"""

from __future__ import annotations

import math
from decimal import Decimal
from typing import Any

from django.core.exceptions import NON_FIELD_ERRORS, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import File, Form, P, PathEx, Schema, Status, UploadedFile
from pydantic import Field, StrictFloat, StrictInt, StrictStr

from sakip.composite.api import auth, services
from sakip.composite.api.galat import GALAT_TULIS, Konflik
from sakip.composite.api.http import JAWABAN_DOKUMEN, SlugPd, Tahun, Triwulan, json_etag
from sakip.composite.api.router import Router
from sakip.core.galat import TidakDitemukan
from sakip.core.masukan import baca_realisasi
from sakip.core.penolakan import KODE_PENOLAKAN, catat, catat_bila_ditolak
from sakip.core.riwayat import periksa_basi
from sakip.core.scoping import CHANGE, Scope
from sakip.domain.measurement import services as pengukuran_services
from sakip.domain.measurement.bukti import BerkasDitolak
from sakip.domain.measurement.dokumen import Pengukuran, build_pengukuran
from sakip.domain.measurement.models import RealisasiTahunan
from sakip.domain.measurement.services_anggaran import IsianTahunan, medan_sumber_tahunan, medan_tahunan, simpan_realisasi_tahunan
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.planning.models import Indikator, Lokasi, SubKegiatan
from sakip.domain.planning.selectors import get_scoped
from sakip.rumus.peran import ISI

router = Router(tags=["Pengukuran"])

MAKS_BARIS = 500
IdIndikator = PathEx[int, P(ge=1, le=2**31 - 1, description="Id indikator (``indikator_id`` baris).")]

# A value as read (a JSON number of the quarter's JSON) or as typed on the grid ("85,71", "Rp 1.234.567", "-").
Nilai = StrictStr | StrictInt | StrictFloat | None


def pengukuran_json(p: Pengukuran) -> dict[str, Any]:
    """The quarter's download JSON with the ids of each row."""
    data = p.as_json()
    for row, b in zip(data["iku"], p.iku, strict=True):
        row.update({"indikator_id": b.indikator_id, "kunci": b.kunci})
    for row, baris in zip(data["rows"], p.baris, strict=True):
        row.update({"indikator_id": baris.indikator_id, "sub_kegiatan_id": baris.sub_kegiatan_id,
                    "lokasi_id": baris.lokasi_id, "kunci": baris.kunci})
    return data


@router.get("/pd/{slug}/pengukuran/{tahun}/{tw}", response=JAWABAN_DOKUMEN, url_name="pengukuran",
            summary="Pengukuran kinerja satu triwulan (JSON unduhan, dengan id setiap baris)")
def pengukuran(request: HttpRequest, slug: SlugPd, tahun: Tahun, tw: Triwulan) -> HttpResponse:
    return json_etag(request, pengukuran_json(build_pengukuran(auth.scope(request), slug, tahun, tw)))


class IsianBaris(Schema):
    """One row of the grid: an indicator's realisation and/or a budget line's spending (both, as on the grid, or one).
    A value sent needs the value read (its ``…_awal``; ``null`` when it was empty); a value ``null`` or ``"-"``
    removes the stored one."""

    indikator_id: int | None = Field(None, ge=1, le=2**31 - 1, description="Id indikator (``indikator_id`` baris).")
    realisasi: Nilai = Field(None, description="Realisasi s.d. triwulan ini: angka, atau teks seperti di layar (85,71).")
    realisasi_awal: Nilai = Field(None, description="Realisasi yang Anda baca sebelumnya (null: kosong).")
    sub_kegiatan_id: int | None = Field(None, ge=1, le=2**31 - 1, description="Id sub kegiatan baris anggaran.")
    lokasi_id: int | None = Field(None, ge=1, le=2**31 - 1, description="Id lokasi baris anggaran (bila ada).")
    realisasi_anggaran: Nilai = Field(None, description="Realisasi anggaran kumulatif (rupiah).")
    realisasi_anggaran_awal: Nilai = Field(None, description="Realisasi anggaran yang Anda baca (null: kosong).")


class IsianTriwulan(Schema):
    baris: list[IsianBaris] = Field(min_length=1, max_length=MAKS_BARIS,
                                    description=f"1–{MAKS_BARIS} baris; semua disimpan atau tidak satu pun.")


class HasilIsian(Schema):
    disimpan: int = Field(description="Jumlah baris yang disimpan.")


def _teks(nilai: Nilai, field: str) -> str:
    """A value as the grid's text: a JSON number in Indonesian notation (``37.53`` → ``37,53``), text as typed."""
    if nilai is None:
        return ""
    if isinstance(nilai, str):
        if len(nilai) > 40:
            raise ValidationError({field: f"Paling panjang 40 karakter ({nilai[:12]}…)."})
        return nilai
    if isinstance(nilai, float) and not math.isfinite(nilai):
        raise ValidationError({field: "Harus angka yang terhingga."})
    return format(Decimal(str(nilai)), "f").replace(".", ",")


def _isian(scope: Scope, pd: Any, tw: int, nomor: int, baris: IsianBaris) -> tuple[
        pengukuran_services.IsianRealisasi | None, pengukuran_services.IsianAnggaran | None]:
    """The grid's inputs of one row, read as ``measurement.views.simpan_baris`` reads a posted row."""
    dikirim = baris.model_fields_set
    awal = f"baris.{nomor}."
    galat: dict[str, list[str]] = {}
    for nilai, pembanding in (("realisasi", "realisasi_awal"), ("realisasi_anggaran", "realisasi_anggaran_awal")):
        if nilai in dikirim and pembanding not in dikirim:
            galat[awal + pembanding] = ["Wajib diisi bersama nilainya: nilai yang Anda baca sebelumnya (null bila kosong)."]
    if baris.indikator_id is None and "realisasi" in dikirim:
        galat[awal + "indikator_id"] = ["Wajib diisi bersama realisasi."]
    if baris.sub_kegiatan_id is None and "realisasi_anggaran" in dikirim:
        galat[awal + "sub_kegiatan_id"] = ["Wajib diisi bersama realisasi anggaran."]
    if "realisasi" not in dikirim and "realisasi_anggaran" not in dikirim:
        galat[awal + "realisasi"] = ["Kirim realisasi dan/atau realisasi_anggaran."]
    if galat:
        raise ValidationError(galat)
    realisasi = anggaran = None
    try:
        if baris.indikator_id is not None and "realisasi" in dikirim:
            indikator = get_scoped(scope, Indikator, baris.indikator_id, CHANGE)
            if indikator.pd_id != pd.pk:
                raise TidakDitemukan("Indikator tidak ditemukan.")
            realisasi = pengukuran_services.IsianRealisasi(
                indikator, _teks(baris.realisasi, awal + "realisasi"), _teks(baris.realisasi_awal, awal + "realisasi_awal"))
        if baris.sub_kegiatan_id is not None and "realisasi_anggaran" in dikirim:
            sub = get_scoped(scope, SubKegiatan, baris.sub_kegiatan_id, CHANGE)
            lokasi = get_scoped(scope, Lokasi, baris.lokasi_id, CHANGE) if baris.lokasi_id else None
            if sub.pd_id != pd.pk or (lokasi is not None and lokasi.sub_kegiatan_id != sub.pk):
                raise TidakDitemukan("Baris anggaran tidak ditemukan.")
            anggaran = pengukuran_services.isian_anggaran(
                sub, lokasi, tw, _teks(baris.realisasi_anggaran, awal + "realisasi_anggaran"),
                _teks(baris.realisasi_anggaran_awal, awal + "realisasi_anggaran_awal"))
    except Http404 as exc:
        raise TidakDitemukan(f"Baris ke-{nomor}: {exc}") from exc
    return realisasi, anggaran


def _menolak(exc: ValidationError) -> bool:
    """Whether the refusal is the data's state (locked, changed meanwhile), not the input."""
    errors = [e for es in exc.error_dict.values() for e in es] if hasattr(exc, "error_dict") else exc.error_list
    return any(e.code in KODE_PENOLAKAN for e in errors)


@router.post("/pd/{slug}/pengukuran/{tahun}/{tw}/isian", response={200: HasilIsian, **GALAT_TULIS},
             url_name="pengukuran_isi", summary="Isi realisasi dan realisasi anggaran triwulan (satu baris atau banyak)")
def pengukuran_isi(request: HttpRequest, slug: SlugPd, tahun: Tahun, tw: Triwulan, isian: IsianTriwulan) -> dict:
    """Semua baris disimpan dalam satu transaksi atau tidak satu pun. 409 bila triwulan terkunci atau nilai telah
    diubah orang lain sejak Anda membacanya; 422 dengan medan `baris.<n>.<medan>` untuk isian yang tidak sah."""
    scope = auth.scope(request, ISI)
    pd = get_pd(scope, slug)
    baris = [_isian(scope, pd, tw, nomor, b) for nomor, b in enumerate(isian.baris)]
    try:
        disimpan = services.simpan_pengukuran(scope, tahun=tahun, triwulan=tw, baris=baris)
    except ValidationError as exc:
        if _menolak(exc):
            catat_bila_ditolak(request, exc)
            raise Konflik(exc.error_dict if hasattr(exc, "error_dict") else exc.error_list) from exc
        raise
    return {"disimpan": disimpan}


# --- evidence files ------------------------------------------------------------------------------------------------


class BuktiSkema(Schema):
    id: int
    nama: str = Field(description="Nama berkas asli.")
    jenis: str = Field(description="Jenis berkas (MIME) menurut isinya, misalnya application/pdf.")
    ukuran: int = Field(description="Ukuran dalam byte.")
    keterangan: str


@router.post("/pd/{slug}/pengukuran/{tahun}/{tw}/bukti/{indikator_id}", response={201: BuktiSkema, **GALAT_TULIS},
             url_name="bukti_unggah", summary="Unggah bukti dukung indikator pada satu triwulan (multipart)")
def bukti_unggah(request: HttpRequest, slug: SlugPd, tahun: Tahun, tw: Triwulan, indikator_id: IdIndikator,
                 berkas: File[UploadedFile], keterangan: Form[str] = "") -> Status:
    """Berkas dalam medan `berkas` (multipart/form-data) dengan `keterangan`; jenis diperiksa dari isinya, paling besar
    sesuai batas bukti dukung. 409 bila triwulan terkunci."""
    scope = auth.scope(request, ISI)
    pd = get_pd(scope, slug)
    indikator = get_scoped(scope, Indikator, indikator_id, CHANGE)
    if indikator.pd_id != pd.pk or tahun not in indikator.tahun_target():
        raise TidakDitemukan("Indikator tidak ditemukan.")
    if len(keterangan) > 300:
        raise ValidationError({"keterangan": f"Paling panjang 300 karakter ({len(keterangan)} dikirim)."})
    try:
        row = pengukuran_services.simpan_bukti(scope, indikator=indikator, tahun=tahun, triwulan=tw, upload=berkas,
                                               keterangan=keterangan, oleh=request.user)
    except BerkasDitolak as exc:
        if exc.mencurigakan:
            catat(request, f"Berkas bukti dukung ditolak: {exc.alasan}")
        raise
    except ValidationError as exc:
        if _menolak(exc):
            raise Konflik(_per_medan(exc, "berkas")) from exc
        raise
    return Status(201, {"id": row.pk, "nama": row.nama_asli, "jenis": row.jenis, "ukuran": row.ukuran,
                 "keterangan": row.keterangan})


def _per_medan(exc: ValidationError, medan: str) -> dict[str, list[str]]:
    """An error's messages by field, those of no field under ``medan``."""
    if not hasattr(exc, "error_dict"):
        return {medan: exc.messages}
    return {(medan if k == NON_FIELD_ERRORS else k): v for k, v in exc.message_dict.items()}


def _basi(isian: list[IsianTahunan], tahun: int) -> bool:
    """Whether a refused annual batch holds a value changed since it was read (the service reports it by message
    only): the stored values against the values read, by the screens' own ``periksa_basi``."""
    stored = {r.indikator_id: r for r in RealisasiTahunan.objects.filter(
        indikator_id__in=[i.indikator.pk for i in isian], tahun=tahun)}
    for i in isian:
        try:
            periksa_basi(stored.get(i.indikator.pk), baca_realisasi(i.awal or "")[0], "nilai")
        except ValidationError:
            return True
    return False


# --- the explicit annual realisation ----------------------------------------------------------------------------------


class IsianTahunanApi(Schema):
    indikator_id: int = Field(ge=1, le=2**31 - 1, description="Id indikator sasaran (``indikator_id`` baris IKU).")
    nilai: Nilai = Field(description="Realisasi tahunan; null atau “-” menghapusnya.")
    nilai_awal: Nilai = Field(description="Realisasi tahunan yang Anda baca (null: belum ada).")
    sumber: str = Field("", max_length=200, description="Sumber angka, misalnya “hasil SKM semester II”.")


class KirimanTahunan(Schema):
    baris: list[IsianTahunanApi] = Field(min_length=1, max_length=MAKS_BARIS)


@router.post("/pd/{slug}/realisasi-tahunan/{tahun}", response={200: HasilIsian, **GALAT_TULIS},
             url_name="realisasi_tahunan", summary="Isi realisasi tahunan indikator sasaran dengan sumbernya")
def realisasi_tahunan(request: HttpRequest, slug: SlugPd, tahun: Tahun, kiriman: KirimanTahunan) -> dict:
    """Realisasi tahunan eksplisit (mis. IKM dari SKM) dengan sumbernya; semua atau tidak satu pun. 409 bila TW IV
    terkunci atau nilai telah diubah sejak Anda membacanya."""
    scope = auth.scope(request, ISI)
    pd = get_pd(scope, slug)
    isian, nomor_medan = [], {}
    for nomor, b in enumerate(kiriman.baris):
        indikator = Indikator.objects.within(scope, CHANGE).filter(pk=b.indikator_id, pd=pd).first()
        if indikator is None or indikator.level != "sasaran":
            raise TidakDitemukan(f"Baris ke-{nomor}: indikator sasaran tidak ditemukan.")
        isian.append(IsianTahunan(indikator, _teks(b.nilai, f"baris.{nomor}.nilai"), b.sumber,
                                  _teks(b.nilai_awal, f"baris.{nomor}.nilai_awal")))
        nomor_medan[medan_tahunan(indikator.pk)] = f"baris.{nomor}.nilai"
        nomor_medan[medan_sumber_tahunan(indikator.pk)] = f"baris.{nomor}.sumber"
    try:
        ditulis = simpan_realisasi_tahunan(scope, pd=pd, tahun=tahun, isian=isian)
    except ValidationError as exc:
        galat = {nomor_medan.get(k, k): v for k, v in _per_medan(exc, "permintaan").items()}
        if _menolak(exc) or _basi(isian, tahun):
            catat(request, f"Penyimpanan ditolak: {' '.join(m for ms in galat.values() for m in ms)}", 409)
            raise Konflik(galat) from exc
        raise ValidationError(galat) from exc
    return {"disimpan": ditulis}
