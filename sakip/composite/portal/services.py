"""Publishing: the head of a PD freezes a document for the public portal."""

from __future__ import annotations

from datetime import datetime

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone

from sakip.composite.portal.models import Pindaian, Publikasi
from sakip.composite.portal.pindaian import periksa_pindaian
from sakip.core.galat import Ditolak
from sakip.core.models import simpan_dengan_berkas
from sakip.core.scoping import Scope
from sakip.domain.agreement.models import PerjanjianKinerja
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Program
from sakip.domain.profil.models import ProfilPd
from sakip.domain.reporting.dokumen import LKJIP, build_lkjip
from sakip.domain.survey.dokumen import LAPORAN_SKM, build_skm
from sakip.domain.survey.models import PeriodeSurvei
from sakip.domain.workflow.models import Jenis, Pengajuan, judul
from sakip.rumus import alur
from sakip.rumus.peran import ISI, SETUJUI


def _boleh(scope: Scope, pd: PerangkatDaerah) -> None:
    if not scope.holds(SETUJUI) or not scope.reaches_pd(pd):
        raise Ditolak("Hanya pimpinan perangkat daerah yang menerbitkan dokumen.")


def belum_disetujui(pd: PerangkatDaerah, tahun: int) -> list[str]:
    """What of the year is not approved yet: the PK and the four quarters must be."""
    done = set(Pengajuan.objects.filter(pd=pd, tahun=tahun, status=alur.DISETUJUI).values_list("jenis", "triwulan"))
    perlu = [(Jenis.PK, 0), *((Jenis.PENGUKURAN, tw) for tw in (1, 2, 3, 4))]
    return [judul(j, tahun, tw) for j, tw in perlu if (j, tw) not in done]


@transaction.atomic
def terbitkan_lkjip(scope: Scope, *, pd: PerangkatDaerah, tahun: int, oleh=None) -> Publikasi:
    """Publish the LKjIP of a year as PDF; only when the PK and all four quarters are approved. The first
    publication's time goes to the year's ``ProfilPd.diterbitkan`` in the same transaction."""
    _boleh(scope, pd)
    kurang = belum_disetujui(pd, tahun)
    if kurang:
        raise ValidationError(f"LKjIP {tahun} belum dapat diterbitkan: {', '.join(kurang)} belum disetujui.")
    isi = LKJIP.berkas(build_lkjip(scope, pd.slug, tahun, pohon=True), "pdf").isi
    row = Publikasi(pd=pd, jenis=Publikasi.Jenis.LKJIP, tahun=tahun, judul=f"LKjIP {pd.nama} Tahun {tahun}",
                    ukuran=len(isi), oleh=oleh)
    row.berkas.save("lkjip.pdf", ContentFile(isi), save=False)
    row.save()
    _tandai_lkjip_terbit(pd, tahun, row.diterbitkan)
    return row


def _tandai_lkjip_terbit(pd: PerangkatDaerah, tahun: int, waktu: datetime) -> None:
    """Record the first publication on the year's profile, where the LKE (a domain app, which cannot read the
    portal) finds it; a re-publication keeps the first date. A year without a profile gets one holding only this.

    Written here rather than through ``profil.services.simpan_profil``: that one saves the texts a PD's writer
    typed, while the head who publishes writes no profile text."""
    # get_or_create survives a second request creating the row at the same moment (a double click); the
    # conditional update keeps the first date whichever of two concurrent publications commits first.
    profil, dibuat = ProfilPd.objects.get_or_create(pd=pd, tahun=tahun,
                                                    defaults={"pemda_id": pd.pemda_id, "diterbitkan": waktu})
    if not dibuat:
        ProfilPd.objects.filter(pk=profil.pk, diterbitkan__isnull=True).update(diterbitkan=waktu)


@transaction.atomic
def terbitkan_skm(scope: Scope, *, pd: PerangkatDaerah, kode_periode: str, oleh=None) -> Publikasi:
    """Publish the SKM report of a period as PDF; the period is closed so its answers cannot change."""
    _boleh(scope, pd)
    periode = PeriodeSurvei.objects.within(scope).filter(pd=pd, kode=kode_periode).first()
    if periode is None:
        raise ValidationError("Periode survei tidak ditemukan.")
    # Closed and marked published first, so the frozen PDF is built without its DRAF mark (the transaction
    # undoes both if the period has no answers yet).
    periode.ditutup = True
    periode.diterbitkan = timezone.now()
    periode.save(update_fields=["ditutup", "diterbitkan"])
    hasil = build_skm(scope, pd.slug, kode_periode)
    if hasil.total.ikm is None:
        raise ValidationError("Periode ini belum memiliki jawaban untuk kesembilan unsur; laporan belum dapat diterbitkan.")
    isi = LAPORAN_SKM.berkas(hasil, "pdf").isi
    row = Publikasi(pd=pd, jenis=Publikasi.Jenis.SKM, tahun=periode.selesai.year, periode=periode.kode,
                    judul=f"Laporan SKM {pd.nama} {periode.nama}", ukuran=len(isi), oleh=oleh)
    row.berkas.save("skm.pdf", ContentFile(isi), save=False)
    row.save()
    return row


# --- scans of the signed PK and LKjIP ----------------------------------------------------------------------


def boleh_unggah_pindaian(scope: Scope, pd: PerangkatDaerah) -> bool:
    """The PD's operator (who enters its data) and its head (who signs) upload and delete signed scans."""
    return scope.reaches_pd(pd) and (scope.writes_for(pd) or scope.holds(SETUJUI))


def _boleh_pindaian(scope: Scope, pd: PerangkatDaerah) -> None:
    if not (scope.holds(ISI) or scope.holds(SETUJUI)):
        raise Ditolak("Hanya operator atau pimpinan perangkat daerah yang mengunggah dokumen bertanda tangan.")
    if not boleh_unggah_pindaian(scope, pd):
        raise Ditolak("Anda tidak dapat mengunggah dokumen bertanda tangan perangkat daerah ini.")


def _dokumen_ada(pd: PerangkatDaerah, jenis: str, tahun: int) -> None:
    """The signed paper is of a document sakip holds: the year's PK, or the LKjIP of a year with its programs."""
    if jenis == Pindaian.Jenis.PK:
        if not PerjanjianKinerja.objects.filter(pd=pd, tahun=tahun).exists():
            raise ValidationError({"jenis": f"Tahun {tahun} belum memiliki Perjanjian Kinerja; "
                                            "pindaian PK belum dapat diunggah."})
    elif jenis == Pindaian.Jenis.LKJIP:
        if not Program.objects.filter(pd=pd, tahun=tahun).exists():
            raise ValidationError({"jenis": f"Program tahun {tahun} belum disusun, jadi LKjIP {tahun} belum ada; "
                                            "pindaian LKjIP belum dapat diunggah."})
    else:
        raise ValidationError({"jenis": "Pilih dokumen: Perjanjian Kinerja atau LKjIP."})


def simpan_pindaian(scope: Scope, *, pd: PerangkatDaerah, jenis: str, tahun: int, upload, keterangan: str = "",
                    oleh=None) -> Pindaian:
    """Check an uploaded scan of the signed PK or LKjIP (PDF by content, opens, size) and store it under a
    generated name beside the generated document.

    Raises ``Ditolak`` for a role that may not, ``BerkasDitolak`` for a refused file and ``ValidationError``
    for a document that does not exist or a bad field; then nothing is saved, neither the row nor the file.
    """
    _boleh_pindaian(scope, pd)
    _dokumen_ada(pd, jenis, tahun)
    diperiksa = periksa_pindaian(upload)
    row = Pindaian(pd=pd, jenis=jenis, tahun=tahun, keterangan=(keterangan or "").strip(),
                   nama_asli=diperiksa.nama_asli, ukuran=diperiksa.ukuran, halaman=diperiksa.halaman,
                   oleh=oleh if oleh is not None and oleh.is_authenticated else None)
    simpan_dengan_berkas(row, "berkas", diperiksa.nama_asli, upload)  # the stored name comes from lokasi_pindaian
    return row


@transaction.atomic
def hapus_pindaian(scope: Scope, row: Pindaian) -> None:
    """Delete an uploaded scan (a wrong file): the row now, the file once the transaction commits."""
    _boleh_pindaian(scope, row.pd)
    storage, name = row.berkas.storage, row.berkas.name
    row.delete()
    if name:
        transaction.on_commit(lambda: storage.delete(name))
