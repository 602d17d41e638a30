"""Publishing: the head of a PD freezes a document for the public portal."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import transaction

from sakip.composite.portal.models import Publikasi
from sakip.core.galat import Ditolak
from sakip.core.scoping import Scope
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.reporting.dokumen import LKJIP, build_lkjip
from sakip.domain.survey.dokumen import LAPORAN_SKM, build_skm
from sakip.domain.survey.models import PeriodeSurvei
from sakip.domain.workflow.models import Jenis, Pengajuan, judul
from sakip.rumus import alur
from sakip.rumus.peran import SETUJUI


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
    """Publish the LKjIP of a year as PDF; only when the PK and all four quarters are approved."""
    _boleh(scope, pd)
    kurang = belum_disetujui(pd, tahun)
    if kurang:
        raise ValidationError(f"LKjIP {tahun} belum dapat diterbitkan: {', '.join(kurang)} belum disetujui.")
    isi = LKJIP.berkas(build_lkjip(scope, pd.slug, tahun), "pdf").isi
    row = Publikasi(pd=pd, jenis=Publikasi.Jenis.LKJIP, tahun=tahun, judul=f"LKjIP {pd.nama} Tahun {tahun}",
                    ukuran=len(isi), oleh=oleh)
    row.berkas.save("lkjip.pdf", ContentFile(isi), save=False)
    row.save()
    return row


@transaction.atomic
def terbitkan_skm(scope: Scope, *, pd: PerangkatDaerah, kode_periode: str, oleh=None) -> Publikasi:
    """Publish the SKM report of a period as PDF; the period is closed so its answers cannot change."""
    _boleh(scope, pd)
    periode = PeriodeSurvei.objects.within(scope).filter(pd=pd, kode=kode_periode).first()
    if periode is None:
        raise ValidationError("Periode survei tidak ditemukan.")
    hasil = build_skm(scope, pd.slug, kode_periode)
    if hasil.total.ikm is None:
        raise ValidationError("Periode ini belum memiliki jawaban untuk kesembilan unsur; laporan belum dapat diterbitkan.")
    if not periode.ditutup:
        periode.ditutup = True
        periode.save(update_fields=["ditutup"])
    isi = LAPORAN_SKM.berkas(hasil, "pdf").isi
    row = Publikasi(pd=pd, jenis=Publikasi.Jenis.SKM, tahun=periode.selesai.year, periode=periode.kode,
                    judul=f"Laporan SKM {pd.nama} {periode.nama}", ukuran=len(isi), oleh=oleh)
    row.berkas.save("skm.pdf", ContentFile(isi), save=False)
    row.save()
    return row
