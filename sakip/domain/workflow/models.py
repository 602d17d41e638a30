"""The workflow's rows: where each quarter's measurement and each year's PK stands, every step
taken on it, and the deadlines the admin pemda sets."""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models

from sakip.core.models import TenantModel
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.rumus import alur
from sakip.rumus.capaian import ROMAWI


class Jenis(models.TextChoices):
    PENGUKURAN = "pengukuran", "Pengukuran kinerja triwulan"
    PK = "pk", "Perjanjian Kinerja"


def _triwulan() -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField("triwulan", validators=[MinValueValidator(0), MaxValueValidator(4)],
                                            help_text="1–4 untuk pengukuran; 0 untuk PK (tahunan).")


class Pengajuan(TenantModel):
    """The workflow state of one PD's quarter (pengukuran) or year (PK, triwulan 0).

    A missing row means draft. ``versi`` grows with every step: a form carries the version it was
    shown with, so a step taken on a stale page is refused instead of acting on a newer state.
    """

    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", verbose_name="perangkat daerah")
    jenis = models.CharField("jenis", max_length=12, choices=Jenis.choices)
    tahun = models.PositiveSmallIntegerField("tahun")
    triwulan = _triwulan()
    status = models.CharField("status", max_length=12, choices=list(alur.STATUS.items()), default=alur.DRAFT)
    versi = models.PositiveIntegerField("versi", default=0)
    diubah = models.DateTimeField("diubah", auto_now=True)

    tenant_parent = "pd"

    class Meta:
        verbose_name = "pengajuan"
        verbose_name_plural = "pengajuan"
        constraints = [models.UniqueConstraint(fields=["pd", "jenis", "tahun", "triwulan"], name="pengajuan_unik")]

    def __str__(self) -> str:
        return f"{self.pd} {judul(self.jenis, self.tahun, self.triwulan)}: {self.get_status_display()}"


class LangkahAlur(TenantModel):
    """One step taken: who, when, from where, from which state to which, and the comment or reason."""

    pengajuan = models.ForeignKey(Pengajuan, on_delete=models.CASCADE, related_name="langkah")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    aksi = models.CharField("aksi", max_length=12)
    dari = models.CharField("dari", max_length=12, choices=list(alur.STATUS.items()))
    ke = models.CharField("ke", max_length=12, choices=list(alur.STATUS.items()))
    oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    waktu = models.DateTimeField("waktu", auto_now_add=True)
    catatan = models.TextField("catatan", blank=True)
    alamat_ip = models.GenericIPAddressField("alamat IP", null=True, blank=True)

    tenant_parent = "pengajuan"

    class Meta:
        verbose_name = "langkah alur"
        verbose_name_plural = "langkah alur"
        ordering = ["-waktu", "-pk"]

    def __str__(self) -> str:
        return f"{self.pengajuan}: {self.dari} → {self.ke}"


class BatasWaktu(TenantModel):
    """The date by which every PD of the pemda submits a quarter's measurement or the year's PK."""

    jenis = models.CharField("jenis", max_length=12, choices=Jenis.choices)
    tahun = models.PositiveSmallIntegerField("tahun")
    triwulan = _triwulan()
    tanggal = models.DateField("batas waktu pengajuan")

    scope_pd_field = None

    class Meta:
        verbose_name = "batas waktu"
        verbose_name_plural = "batas waktu"
        ordering = ["tahun", "jenis", "triwulan"]
        constraints = [models.UniqueConstraint(fields=["pemda", "jenis", "tahun", "triwulan"], name="batas_waktu_unik")]

    def __str__(self) -> str:
        return f"{judul(self.jenis, self.tahun, self.triwulan)}: {self.tanggal:%d-%m-%Y}"


def judul(jenis: str, tahun: int, triwulan: int) -> str:
    """“Pengukuran TW II 2024” / “PK 2024”."""
    return f"PK {tahun}" if jenis == Jenis.PK else f"Pengukuran TW {ROMAWI.get(triwulan, '?')} {tahun}"
