"""Evidence the PD gives on one criterion of its LKE (``BuktiLke``): an uploaded file or a link.

A file is checked like a realisation's evidence (:mod:`sakip.domain.measurement.bukti`: type by its content, at most
``BUKTI_MAKS_BYTE``) and stored under a generated name (``lokasi_bukti_lke``) with
:func:`sakip.core.models.simpan_dengan_berkas`, so a refused row leaves no file. The PD's writers add and delete
evidence while the PD writes on the worksheet: in the self-assessment (*mandiri*) and the response (*tanggapan*);
everyone who reads the evaluation reads its evidence, through the evaluation's scope (another PD: 404).
"""

from __future__ import annotations

import mimetypes
from collections import defaultdict

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction

from sakip.core.galat import Ditolak
from sakip.core.models import simpan_dengan_berkas
from sakip.core.scoping import Scope
from sakip.domain.evaluasi.models import BuktiLke, Evaluasi, JawabanLke, KriteriaLke
from sakip.domain.evaluasi.services import di_luar_jadwal
from sakip.domain.measurement.bukti import periksa_berkas
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.rumus.angka import kutip

Tahap = Evaluasi.Tahap
TAHAP_BUKTI = frozenset({Tahap.MANDIRI, Tahap.TANGGAPAN})  # stages in which the PD adds or deletes evidence


def boleh_ubah(scope: Scope, evaluasi: Evaluasi, pd: PerangkatDaerah) -> bool:
    """Whether the actor adds or deletes evidence on ``evaluasi`` (of ``pd``) now: the PD's writer, in mandiri or
    tanggapan, within the stage's window (no query)."""
    return evaluasi.tahap in TAHAP_BUKTI and scope.writes_for(pd) and not di_luar_jadwal(evaluasi)


def _pastikan(scope: Scope, evaluasi: Evaluasi) -> None:
    if not scope.writes_for(evaluasi.pd):
        raise Ditolak("Bukti dukung LKE diunggah oleh perangkat daerah yang dievaluasi.")
    if evaluasi.tahap not in TAHAP_BUKTI:
        raise ValidationError({"berkas": f"Bukti dukung tidak dapat diubah pada tahap {evaluasi.get_tahap_display()}; "
                                         f"hanya pada tahap penilaian mandiri dan tanggapan."})
    alasan = di_luar_jadwal(evaluasi)
    if alasan:
        raise ValidationError({"berkas": f"Bukti dukung tidak dapat diubah: {alasan}"})


def _jawaban(evaluasi: Evaluasi, kriteria: KriteriaLke) -> JawabanLke:
    if not KriteriaLke.objects.filter(pk=kriteria.pk, sub_komponen__komponen__lke_id=evaluasi.lke_id).exists():
        raise ValidationError({"kriteria": f"Kriteria {kriteria.kode} bukan bagian LKE evaluasi ini."})
    jawaban, _ = JawabanLke.objects.get_or_create(evaluasi=evaluasi, kriteria=kriteria,
                                                 defaults={"pemda_id": evaluasi.pemda_id, "pd_id": evaluasi.pd_id})
    return jawaban


def simpan_bukti(scope: Scope, *, evaluasi: Evaluasi, kriteria: KriteriaLke, upload=None, tautan: str = "",
                 keterangan: str = "", oleh=None) -> BuktiLke:
    """Add a file (``upload``) or a link (``tautan``) as evidence of ``kriteria``. A file whose content is not an
    accepted type raises :class:`sakip.domain.measurement.bukti.BerkasDitolak`; nothing is saved on any refusal."""
    tautan = (tautan or "").strip()
    if (upload is None) == (not tautan):
        raise ValidationError({"tautan": f"Kriteria {kriteria.kode}: isi salah satu, unggah berkas atau tuliskan "
                                         f"tautan."})
    if tautan:
        try:
            URLValidator(schemes=["http", "https"])(tautan)
        except ValidationError:
            raise ValidationError({"tautan": f"Tautan {kutip(tautan)} bukan alamat http(s) yang sah."}) from None
    diperiksa = periksa_berkas(upload) if upload is not None else None
    with transaction.atomic():
        evaluasi = Evaluasi.objects.select_for_update().select_related("pd").get(pk=evaluasi.pk)
        scope.require_change(evaluasi, "Anda tidak berwenang mengubah evaluasi ini.")
        _pastikan(scope, evaluasi)
        row = BuktiLke(jawaban=_jawaban(evaluasi, kriteria), keterangan=(keterangan or "").strip()[:255],
                       oleh=oleh if oleh is not None and oleh.is_authenticated else None)
        if diperiksa is None:
            row.tautan = tautan
            row.full_clean()
            row.save()
        else:
            row.nama_asli, row.ukuran = diperiksa.nama_asli, diperiksa.ukuran
            row.ekstensi = diperiksa.ekstensi  # type: ignore[attr-defined]  # read by lokasi_bukti_lke
            simpan_dengan_berkas(row, "berkas", diperiksa.nama_asli, upload)
    return row


@transaction.atomic
def hapus_bukti(scope: Scope, bukti: BuktiLke) -> None:
    """Delete a piece of evidence (the file on disk once the transaction commits) while the PD writes."""
    scope.require_change(bukti, "Anda tidak berwenang menghapus bukti ini.")
    evaluasi = Evaluasi.objects.select_for_update().select_related("pd").get(pk=bukti.jawaban.evaluasi_id)
    _pastikan(scope, evaluasi)
    storage, name = bukti.berkas.storage, bukti.berkas.name
    bukti.delete()
    if name:
        transaction.on_commit(lambda: storage.delete(name))


def bukti_evaluasi(scope: Scope, evaluasi: Evaluasi) -> dict[str, list[BuktiLke]]:
    """The evidence of ``evaluasi`` by criterion kode, oldest first (one query)."""
    per: dict[str, list[BuktiLke]] = defaultdict(list)
    for b in (BuktiLke.objects.within(scope).filter(jawaban__evaluasi=evaluasi)
              .select_related("jawaban__kriteria").order_by("waktu", "pk")):
        per[b.jawaban.kriteria.kode].append(b)
    return dict(per)


def get_bukti(scope: Scope, pk: int) -> BuktiLke | None:
    """One piece of evidence the scope reaches, with its evaluation and PD (one query)."""
    return BuktiLke.objects.within(scope).select_related("jawaban__evaluasi__pd", "jawaban__kriteria").filter(
        pk=pk).first()


def jenis_konten(bukti: BuktiLke) -> str:
    """The content type a stored file is served with: from its stored extension (the checked type)."""
    return mimetypes.guess_type(bukti.berkas.name or "")[0] or "application/octet-stream"
