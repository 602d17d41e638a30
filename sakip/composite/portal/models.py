"""What the public portal may show that is a file: documents a PD's head published."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

from sakip.composite.portal.pindaian import lokasi_pindaian
from sakip.core.models import TenantModel
from sakip.domain.organisation.models import PerangkatDaerah


def _nama_berkas(instance, filename: str) -> str:
    return f"publikasi/{instance.tahun}/{uuid.uuid4().hex}.pdf"


class Publikasi(TenantModel):
    """A published document (LKjIP of a year, SKM report of a period): a PDF frozen when published.

    The file is generated from the data at that moment and never regenerated, so what the public
    downloads is exactly what the head approved; publishing again makes a new row (the newest one
    is shown, the older ones stay listed).
    """

    class Jenis(models.TextChoices):
        LKJIP = "lkjip", "LKjIP"
        SKM = "skm", "Laporan SKM"

    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", verbose_name="perangkat daerah")
    jenis = models.CharField("jenis", max_length=8, choices=Jenis.choices)
    tahun = models.PositiveSmallIntegerField("tahun")
    periode = models.CharField("periode survei", max_length=20, blank=True)
    judul = models.CharField("judul", max_length=200)
    berkas = models.FileField("berkas", upload_to=_nama_berkas)
    ukuran = models.PositiveIntegerField("ukuran (byte)", default=0)
    diterbitkan = models.DateTimeField("diterbitkan", auto_now_add=True)
    oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")

    tenant_parent = "pd"

    class Meta:
        verbose_name = "publikasi"
        verbose_name_plural = "publikasi"
        ordering = ["-diterbitkan", "-pk"]

    def __str__(self) -> str:
        return self.judul


class Pindaian(TenantModel):
    """The signed paper of a year's PK or LKjIP, scanned to PDF and uploaded by the PD, kept beside the
    generated document.

    Every upload is a new row; the newest of a kind and year is the one in force and the older ones stay
    listed (a deleted upload is gone). The public portal shows a PK scan once the year's PK is approved and
    an LKjIP scan once the year's LKjIP is published (``portal.selectors``).
    """

    class Jenis(models.TextChoices):
        PK = "pk", "Perjanjian Kinerja"
        LKJIP = "lkjip", "LKjIP"

    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", verbose_name="perangkat daerah")
    jenis = models.CharField("dokumen", max_length=8, choices=Jenis.choices)
    tahun = models.PositiveSmallIntegerField("tahun")
    keterangan = models.CharField("keterangan", max_length=255, blank=True)
    berkas = models.FileField("berkas", upload_to=lokasi_pindaian, max_length=200)
    nama_asli = models.CharField("nama berkas", max_length=255)
    ukuran = models.PositiveIntegerField("ukuran (byte)", default=0)
    halaman = models.PositiveIntegerField("jumlah halaman", default=0)
    diunggah = models.DateTimeField("diunggah", auto_now_add=True)
    oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="+", verbose_name="diunggah oleh")

    tenant_parent = "pd"

    class Meta:
        verbose_name = "pindaian dokumen bertanda tangan"
        verbose_name_plural = "pindaian dokumen bertanda tangan"
        ordering = ["-diunggah", "-pk"]

    def __str__(self) -> str:
        return f"{self.get_jenis_display()} {self.tahun} bertanda tangan ({self.nama_asli})"

    @property
    def judul(self) -> str:
        return f"{self.get_jenis_display()} {self.tahun} bertanda tangan"
