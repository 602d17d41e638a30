"""Perjanjian Kinerja (PK): what a PD promises for a year, in versions re-signed when officials or budgets change."""

from __future__ import annotations

from decimal import Decimal
from typing import ClassVar

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.db.models import Q

from sakip.core.models import TenantManager, TenantModel
from sakip.core.riwayat import riwayat
from sakip.domain.kaskade.models import IndikatorAntara
from sakip.domain.organisation.models import Jabatan, PerangkatDaerah
from sakip.domain.planning.models import Indikator, Program, target_rumus
from sakip.domain.workflow.services import pastikan_terbuka
from sakip.rumus.capaian import SumberAnggaran, TargetRentang


def pastikan_pk_terbuka(pd_id: int, tahun: int) -> None:
    """A submitted or approved PK is locked (sakip.domain.workflow); a new version needs it reopened first."""
    pastikan_terbuka(pd_id, "pk", tahun, 0)


class _PkPimpinanManager(TenantManager):
    """``PerjanjianKinerja.objects``: the PK of the head of the PD (the Camat's, with the kepala daerah) only, so
    every reader of "the PD's PK" (measurement, reporting, dashboards, portal, LKE evidence) stays as it was;
    the PK berjenjang are read through ``PerjanjianKinerja.semua`` (the default manager: backups, admin, relations)."""

    def get_queryset(self):
        return super().get_queryset().filter(jenjang__isnull=True)


class PerjanjianKinerja(TenantModel):
    """One signed version of a PD's PK for a year. The version in force on a date is the latest signed by then.

    ``jenjang`` names the level: empty for the PK of the head of the PD with the kepala daerah; a post below the
    head (the Sekretaris, a Kasi, a Kasubag) for its PK berjenjang with the head, drafted from the nodes of the
    pohon kinerja that post (or its unit) owns. Versions are numbered per (PD, year, level); the workflow item of
    the PD's PK of the year (submission, approval, the lock) covers every level of that year.
    """

    class Alasan(models.TextChoices):
        AWAL = "awal", "Penetapan awal"
        PEJABAT = "pejabat", "Pergantian pejabat"
        ANGGARAN = "anggaran", "Perubahan anggaran"
        STRATEGI = "strategi", "Perubahan strategi/kebijakan"

    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="perjanjian_kinerja",
                           verbose_name="perangkat daerah")
    tahun = models.PositiveSmallIntegerField("tahun")
    nomor = models.PositiveSmallIntegerField("versi ke-")
    tanggal = models.DateField("tanggal penandatanganan")
    tempat = models.CharField("tempat", max_length=80, blank=True)
    alasan = models.CharField("alasan", max_length=10, choices=Alasan.choices, default=Alasan.AWAL)
    alasan_teks = models.TextField("uraian alasan", blank=True)
    dasar_hukum = models.TextField("dasar hukum", blank=True)
    pernyataan = models.TextField("pernyataan", blank=True, help_text="Naskah pernyataan di atas tanda tangan.")
    jabatan_pihak_pertama = models.ForeignKey(Jabatan, on_delete=models.PROTECT, related_name="+",
                                              verbose_name="jabatan pihak pertama")
    jabatan_pihak_kedua = models.ForeignKey(Jabatan, on_delete=models.PROTECT, related_name="+",
                                            verbose_name="jabatan pihak kedua")
    jenjang = models.ForeignKey(Jabatan, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                                verbose_name="jenjang (jabatan di bawah pimpinan)",
                                help_text="Kosong untuk PK pimpinan perangkat daerah dengan kepala daerah.")

    semua = TenantManager()  # every level: the default manager
    objects: ClassVar[_PkPimpinanManager] = _PkPimpinanManager()

    tenant_parent = "pd"

    history = riwayat()

    class Meta:
        verbose_name = "perjanjian kinerja"
        verbose_name_plural = "perjanjian kinerja"
        ordering = ["pd", "tahun", "nomor"]
        default_manager_name = "semua"
        constraints = [
            models.UniqueConstraint(fields=["pd", "tahun", "nomor"], condition=Q(jenjang__isnull=True),
                                    name="pk_versi_unik", violation_error_message="Versi PK ini sudah ada."),
            models.UniqueConstraint(fields=["pd", "tahun", "tanggal"], condition=Q(jenjang__isnull=True),
                                    name="pk_tanggal_unik",
                                    violation_error_message="Sudah ada PK yang ditandatangani pada tanggal ini."),
            models.UniqueConstraint(fields=["pd", "tahun", "jenjang", "nomor"], condition=Q(jenjang__isnull=False),
                                    name="pk_jenjang_versi_unik",
                                    violation_error_message="Versi PK jenjang ini sudah ada."),
            models.UniqueConstraint(fields=["pd", "tahun", "jenjang", "tanggal"], condition=Q(jenjang__isnull=False),
                                    name="pk_jenjang_tanggal_unik",
                                    violation_error_message="Sudah ada PK jenjang ini yang ditandatangani pada "
                                                            "tanggal ini."),
        ]

    def __str__(self) -> str:
        jenjang = f" {self.jenjang}" if self.jenjang_id else ""
        return f"PK{jenjang} {self.pd} {self.tahun} versi {self.nomor} ({self.tanggal:%d-%m-%Y})"

    def clean(self) -> None:
        super().clean()
        if self.pd_id and self.tahun:
            pastikan_pk_terbuka(self.pd_id, self.tahun)
        errors = {}
        if self.tanggal and self.tahun and self.tanggal.year not in (self.tahun - 1, self.tahun):
            errors["tanggal"] = f"Tanggal PK {self.tahun} harus pada tahun {self.tahun} atau akhir tahun sebelumnya."
        if self.jabatan_pihak_pertama_id and self.pd_id and self.jabatan_pihak_pertama.pd_id != self.pd_id:
            errors["jabatan_pihak_pertama"] = "Pihak pertama harus jabatan pada perangkat daerah ini."
        if self.jabatan_pihak_kedua_id and self.pemda_id and self.jabatan_pihak_kedua.pemda_id != self.pemda_id:
            errors["jabatan_pihak_kedua"] = "Pihak kedua harus jabatan pada pemda yang sama."
        if self.jenjang_id:
            jenjang = self.jenjang
            assert jenjang is not None
            if jenjang.pd_id != self.pd_id:
                errors["jenjang"] = "Jenjang PK harus jabatan pada perangkat daerah ini."
            elif jenjang.jenis in (Jabatan.Jenis.PIMPINAN_PD, Jabatan.Jenis.KEPALA_DAERAH):
                errors["jenjang"] = "Jenjang PK adalah jabatan di bawah pimpinan perangkat daerah."
            elif self.jabatan_pihak_pertama_id and self.jabatan_pihak_pertama_id != self.jenjang_id:
                errors["jabatan_pihak_pertama"] = f"Pihak pertama PK jenjang ini adalah {jenjang.nama}."
            if (self.jabatan_pihak_kedua_id and self.jabatan_pihak_kedua.pd_id != self.pd_id
                    and "jabatan_pihak_kedua" not in errors):
                errors["jabatan_pihak_kedua"] = "Pihak kedua PK jenjang adalah pimpinan perangkat daerah ini."
        if errors:
            raise ValidationError(errors)


class TargetPk(TenantModel):
    """The target a PK version promises for one indicator: a sasaran (or tujuan) indicator of planning, or, in a
    PK berjenjang, the indicator of a planning node (program, kegiatan, sub kegiatan) or of an intermediate node of
    the pohon kinerja (``indikator_antara``); exactly one of the two."""

    perjanjian = models.ForeignKey(PerjanjianKinerja, on_delete=models.CASCADE, related_name="target")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    indikator = models.ForeignKey(Indikator, on_delete=models.PROTECT, null=True, blank=True, related_name="target_pk")
    indikator_antara = models.ForeignKey(IndikatorAntara, on_delete=models.PROTECT, null=True, blank=True,
                                         related_name="target_pk", verbose_name="indikator simpul antara")
    urutan = models.PositiveSmallIntegerField("urutan", default=0)
    nilai = models.DecimalField("target", max_digits=20, decimal_places=4)
    nilai_atas = models.DecimalField("batas atas (target rentang)", max_digits=20, decimal_places=4, null=True,
                                     blank=True, help_text="Hanya untuk target rentang seperti 80–90.")
    teks = models.CharField("target (tertulis)", max_length=60, blank=True)

    tenant_parent = "perjanjian"

    history = riwayat()

    class Meta:
        verbose_name = "target PK"
        verbose_name_plural = "target PK"
        ordering = ["perjanjian", "urutan", "id"]
        constraints = [
            models.UniqueConstraint(fields=["perjanjian", "indikator"], name="target_pk_unik",
                                    violation_error_message="Indikator ini sudah ada pada PK tersebut."),
            models.UniqueConstraint(fields=["perjanjian", "indikator_antara"], name="target_pk_antara_unik",
                                    violation_error_message="Indikator simpul antara ini sudah ada pada PK tersebut."),
            models.CheckConstraint(condition=(Q(indikator__isnull=False, indikator_antara__isnull=True)
                                              | Q(indikator__isnull=True, indikator_antara__isnull=False)),
                                   name="target_pk_satu_indikator",
                                   violation_error_message="Target PK memuat tepat satu indikator."),
        ]

    def __str__(self) -> str:
        return f"{self.indikator or self.indikator_antara}: {self.teks or self.nilai}"

    @property
    def rumus(self) -> Decimal | TargetRentang:
        return target_rumus(self.nilai, self.nilai_atas)

    def clean(self) -> None:
        super().clean()
        if self.perjanjian_id:
            pastikan_pk_terbuka(self.perjanjian.pd_id, self.perjanjian.tahun)
        if bool(self.indikator_id) == bool(self.indikator_antara_id):
            raise ValidationError({"indikator": "Target PK memuat tepat satu indikator."})
        indikator, antara = self.indikator, self.indikator_antara
        if indikator is not None and self.perjanjian_id:
            if indikator.pd_id != self.perjanjian.pd_id:
                raise ValidationError({"indikator": "Indikator ini milik perangkat daerah lain."})
            if indikator.level not in ("tujuan", "sasaran") and not self.perjanjian.jenjang_id:
                raise ValidationError({"indikator": "PK memuat indikator sasaran atau tujuan."})
        if antara is not None and self.perjanjian_id:
            if antara.pd_id != self.perjanjian.pd_id:
                raise ValidationError({"indikator_antara": f"Indikator simpul antara “{antara.simpul.nama[:60]}” "
                                                           "milik perangkat daerah lain."})
            if not self.perjanjian.jenjang_id:
                raise ValidationError({"indikator_antara": "Indikator simpul antara hanya dimuat dalam PK "
                                                           "berjenjang; PK pimpinan memuat indikator sasaran atau "
                                                           "tujuan."})


class AnggaranPk(TenantModel):
    """The budget of one program attached to a PK version."""

    perjanjian = models.ForeignKey(PerjanjianKinerja, on_delete=models.CASCADE, related_name="anggaran")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    program = models.ForeignKey(Program, on_delete=models.PROTECT, related_name="anggaran_pk")
    nilai = models.DecimalField("anggaran (Rp)", max_digits=18, decimal_places=2,
                                validators=[MinValueValidator(Decimal(0), "Anggaran tidak boleh negatif.")])
    sumber = models.CharField("sumber", max_length=10, choices=SumberAnggaran.choices(), default=SumberAnggaran.APBD)

    tenant_parent = "perjanjian"

    history = riwayat()

    class Meta:
        verbose_name = "anggaran PK"
        verbose_name_plural = "anggaran PK"
        ordering = ["perjanjian", "program__urutan"]
        constraints = [models.UniqueConstraint(fields=["perjanjian", "program"], name="anggaran_pk_unik",
                                               violation_error_message="Program ini sudah ada pada PK tersebut.")]

    def __str__(self) -> str:
        return f"{self.program}: {self.nilai}"

    def clean(self) -> None:
        super().clean()
        if self.perjanjian_id:
            pastikan_pk_terbuka(self.perjanjian.pd_id, self.perjanjian.tahun)
        if self.program_id and self.perjanjian_id:
            if self.program.pd_id != self.perjanjian.pd_id:
                raise ValidationError({"program": "Program ini milik perangkat daerah lain."})
            if self.program.tahun != self.perjanjian.tahun:
                raise ValidationError(
                    {"program": f"Program ini untuk tahun {self.program.tahun}, bukan {self.perjanjian.tahun}."})
