"""Writes of the workflow: taking a step, the lock other writes obey, and the deadlines."""

from __future__ import annotations

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.core.galat import Ditolak
from sakip.core.penolakan import DITOLAK_TERKUNCI
from sakip.core.scoping import CHANGE, Scope
from sakip.domain.organisation.models import Pemda, PerangkatDaerah
from sakip.domain.workflow import kelengkapan
from sakip.domain.workflow.models import BatasWaktu, Jenis, LangkahAlur, Pengajuan, judul
from sakip.rumus import alur
from sakip.rumus.peran import JADWAL

SARAN = {
    alur.DIAJUKAN: "Minta verifikator mengembalikannya bila masih perlu diperbaiki.",
    alur.DIVERIFIKASI: "Minta pimpinan mengembalikannya bila masih perlu diperbaiki.",
    alur.DISETUJUI: "Pimpinan atau admin pemda dapat membukanya kembali dengan alasan.",
}


def pastikan_terbuka(pd_id: int, jenis: str, tahun: int, triwulan: int) -> None:
    """Refuse a change of data whose quarter (or PK year) is submitted, verified or approved."""
    status = (Pengajuan.objects.filter(pd_id=pd_id, jenis=jenis, tahun=tahun, triwulan=triwulan)
              .values_list("status", flat=True).first())
    if status and not alur.terbuka(status):
        raise ValidationError(f"{judul(jenis, tahun, triwulan)} berstatus {alur.STATUS[status].lower()} dan terkunci; "
                              f"datanya tidak dapat diubah. {SARAN[status]}", code=DITOLAK_TERKUNCI)


def pastikan_tahun_terbuka(pd_id: int, tahun: int) -> None:
    """The lock of a year's planning data (registered in :mod:`sakip.core.kunci`): refused while any quarter or
    the PK of the year is submitted, verified or approved, naming the first such item and who can reopen it."""
    rows = (Pengajuan.objects.filter(pd_id=pd_id, tahun=tahun).exclude(status__in=list(alur.TERBUKA))
            .order_by("triwulan").values_list("jenis", "triwulan", "status"))
    for jenis, triwulan, status in rows[:1]:
        raise ValidationError(
            f"Data perencanaan tahun {tahun} terkunci karena {judul(jenis, tahun, triwulan)} berstatus "
            f"{alur.STATUS[status].lower()}; perubahan akan mengubah angka yang sudah diajukan atau disetujui. "
            f"{SARAN[status]}")


class BelumLengkap(ValidationError):
    """A submission of an item that still has gaps, without the user's confirmation; carries the gaps."""

    def __init__(self, judul_item: str, hasil: kelengkapan.Kelengkapan) -> None:
        super().__init__({"konfirmasi": (
            f"{judul_item} belum lengkap: {hasil.ringkasan}. Tidak ada yang diajukan. Periksa daftarnya di panel "
            "status, lalu centang “Saya sudah memeriksa kekurangan ini” bila tetap ingin mengajukan.")})
        self.kelengkapan = hasil


def _periksa_item(jenis: str, triwulan: int) -> None:
    if jenis not in Jenis.values or (jenis == Jenis.PK) != (triwulan == 0) or not 0 <= triwulan <= 4:
        raise Ditolak("Jenis atau triwulan pengajuan tidak dikenal.")


@transaction.atomic
def jalankan(scope: Scope, *, pd: PerangkatDaerah, jenis: str, tahun: int, triwulan: int, aksi: str,
             catatan: str = "", versi: int | None = None, oleh=None, alamat: str | None = None,
             konfirmasi: bool | None = None) -> Pengajuan:
    """Take the step ``aksi`` on an item, as the user behind ``scope``; one transaction.

    Refused with Ditolak when the PD is not the user's or the role has no such step from
    the current state (a forged form); with ValidationError when the page was stale (``versi``) or a
    required comment is missing; with :class:`BelumLengkap` when a screen submits (``ajukan``) an item whose
    registered completeness check (:mod:`~sakip.domain.workflow.kelengkapan`) finds gaps and the user did
    not confirm (``konfirmasi=False``); with the check's ``BelumSiap`` when the item is not set up at all (a
    quarter of a year without its program tree), confirmed or not. ``konfirmasi=None``, as commands and the
    demo call it, skips the check.
    """
    _periksa_item(jenis, triwulan)
    if not scope.reaches_pd(pd):
        raise Ditolak("Perangkat daerah ini di luar jangkauan Anda.")
    Pengajuan.objects.get_or_create(pd=pd, jenis=jenis, tahun=tahun, triwulan=triwulan)
    row = Pengajuan.objects.select_for_update().get(pd=pd, jenis=jenis, tahun=tahun, triwulan=triwulan)
    if versi is not None and versi != row.versi:
        raise ValidationError(f"Status {judul(jenis, tahun, triwulan)} sudah berubah menjadi "
                              f"{alur.STATUS[row.status].lower()} sejak halaman ini dibuka; tidak ada yang diubah. "
                              "Muat ulang halaman lalu ulangi bila masih perlu.")
    step = alur.langkah(row.status, aksi, scope.hak)
    if step is None:
        raise Ditolak(f"Tindakan “{aksi}” tidak tersedia bagi peran Anda pada status "
                      f"{alur.STATUS[row.status].lower()}.")
    catatan = (catatan or "").strip()
    if step.perlu_catatan and not catatan:
        raise ValidationError({"catatan": "Tuliskan catatan atau alasan untuk tindakan ini."})
    if step.aksi == "ajukan" and konfirmasi is not None:
        hasil = kelengkapan.periksa(scope, pd, jenis, tahun, triwulan)  # BelumSiap: nothing to submit yet
        if hasil is not None and not hasil.lengkap and not konfirmasi:
            raise BelumLengkap(judul(jenis, tahun, triwulan), hasil)
    LangkahAlur.objects.create(pengajuan=row, aksi=aksi, dari=row.status, ke=step.ke, oleh=oleh, catatan=catatan,
                               alamat_ip=alamat or None)
    row.status, row.versi = step.ke, row.versi + 1
    row.save(update_fields=["status", "versi", "diubah"])
    return row


@transaction.atomic
def simpan_jadwal(scope: Scope, *, pemda: Pemda, tahun: int,
                  tanggal: dict[tuple[str, int], datetime.date | None]) -> None:
    """Set (or clear, with ``None``) the deadlines of a pemda's year; all or nothing."""
    if not scope.holds(JADWAL) or not scope.reaches(pemda, CHANGE):
        raise Ditolak("Anda tidak berwenang mengatur jadwal pemda ini.")
    existing = {(b.jenis, b.triwulan): b for b in BatasWaktu.objects.within(scope, CHANGE).filter(pemda=pemda,
                                                                                                   tahun=tahun)}
    for (jenis, triwulan), value in tanggal.items():
        _periksa_item(jenis, triwulan)
        row = existing.get((jenis, triwulan))
        if value is None:
            if row:
                row.delete()
            continue
        row = row or BatasWaktu(pemda=pemda, jenis=jenis, tahun=tahun, triwulan=triwulan)
        row.tanggal = value
        row.full_clean()
        row.save()
