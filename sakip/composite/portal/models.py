"""What the public portal may show that is a file: documents a PD's head published."""

from __future__ import annotations

import uuid

from django.conf import settings
from django.db import models

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
