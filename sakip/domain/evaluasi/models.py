"""Evaluasi AKIP: the Lembar Kerja Evaluasi (LKE) of a pemda's year and each PD's evaluation on it.

The worksheet (``Lke`` → ``KomponenLke`` → ``SubKomponenLke`` → ``KriteriaLke``) belongs to the pemda and a
year: loaded from PermenPANRB 88/2021 (``data/lke-88-2021.json``) or copied from the pemda's previous year, so an
earlier year keeps the version it was scored on. An ``Evaluasi`` is one PD's evaluation of a year, moving
through its stages (self-assessment → the Inspektorat's review → the PD's response → final); a ``JawabanLke``
holds what each side wrote on one criterion. Values are the scale's letters (``AA``…``E``); the score is
computed by :mod:`sakip.rumus.lke`, never stored.
"""

from __future__ import annotations

import datetime
import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models

from sakip.core.models import TenantModel, same_pemda
from sakip.core.riwayat import riwayat
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.rumus import lke
from sakip.rumus.peran import EVALUASI

SKALA_CHOICES = [(kode, nama) for kode, nama in lke.NAMA_SKALA.items()]
JADWAL_TAHAP = ("mandiri", "reviu", "tanggapan")  # the stages with a window (``Evaluasi.Tahap`` values)


class Lke(TenantModel):
    """The worksheet a pemda evaluates its PD on in one year."""

    tahun = models.PositiveSmallIntegerField("tahun")
    kode = models.CharField("kode", max_length=20, help_text="Misalnya 88/2021.")
    nama = models.CharField("nama", max_length=200)
    skala = models.CharField("skala jawaban", max_length=10, choices=SKALA_CHOICES, default="88/2021")
    # The window of each stage (set by the Inspektorat or the admin pemda); empty = open on that side.
    mandiri_mulai = models.DateField("penilaian mandiri dibuka", null=True, blank=True)
    mandiri_selesai = models.DateField("penilaian mandiri ditutup", null=True, blank=True)
    reviu_mulai = models.DateField("reviu evaluator dibuka", null=True, blank=True)
    reviu_selesai = models.DateField("reviu evaluator ditutup", null=True, blank=True)
    tanggapan_mulai = models.DateField("tanggapan PD dibuka", null=True, blank=True)
    tanggapan_selesai = models.DateField("tanggapan PD ditutup", null=True, blank=True)

    scope_pd_field = None
    scope_hak_ubah = EVALUASI

    class Meta:
        verbose_name = "lembar kerja evaluasi"
        verbose_name_plural = "lembar kerja evaluasi"
        ordering = ["pemda", "tahun"]
        constraints = [models.UniqueConstraint(fields=["pemda", "tahun"], name="lke_tahun_unik",
                                               violation_error_message="LKE tahun ini sudah ada.")]

    def __str__(self) -> str:
        return f"LKE {self.kode} tahun {self.tahun}"

    def jendela(self, tahap: str) -> tuple[datetime.date | None, datetime.date | None]:
        """The (first, last) day of ``tahap``'s window; ``None`` where open. Final has none."""
        return getattr(self, f"{tahap}_mulai", None), getattr(self, f"{tahap}_selesai", None)

    def clean(self) -> None:
        super().clean()
        errors = {}
        for tahap in JADWAL_TAHAP:
            mulai, selesai = self.jendela(tahap)
            if mulai and selesai and selesai < mulai:
                errors[f"{tahap}_selesai"] = (f"Tanggal ditutup tahap {Evaluasi.Tahap(tahap).label} harus sama "
                                              f"dengan atau sesudah tanggal dibuka.")
        if errors:
            raise ValidationError(errors)


class KomponenLke(TenantModel):
    lke = models.ForeignKey(Lke, on_delete=models.CASCADE, related_name="komponen")
    kode = models.CharField("kode", max_length=10)
    nama = models.CharField("nama", max_length=300)
    bobot = models.DecimalField("bobot", max_digits=6, decimal_places=2)
    urutan = models.PositiveSmallIntegerField("urutan", default=0)

    tenant_parent = "lke"
    scope_pd_field = None
    scope_hak_ubah = EVALUASI

    class Meta:
        verbose_name = "komponen LKE"
        verbose_name_plural = "komponen LKE"
        ordering = ["lke", "urutan", "kode"]
        constraints = [models.UniqueConstraint(fields=["lke", "kode"], name="lke_komponen_unik",
                                               violation_error_message="Kode komponen ini sudah ada.")]

    def __str__(self) -> str:
        return f"{self.kode}. {self.nama}"


class SubKomponenLke(TenantModel):
    class Jenis(models.TextChoices):
        KEBERADAAN = "keberadaan", "Keberadaan"
        KUALITAS = "kualitas", "Kualitas"
        PEMANFAATAN = "pemanfaatan", "Pemanfaatan"

    komponen = models.ForeignKey(KomponenLke, on_delete=models.CASCADE, related_name="sub_komponen")
    kode = models.CharField("kode", max_length=10)
    nama = models.TextField("nama")
    bobot = models.DecimalField("bobot", max_digits=6, decimal_places=2)
    jenis = models.CharField("jenis", max_length=12, choices=Jenis.choices)
    urutan = models.PositiveSmallIntegerField("urutan", default=0)

    tenant_parent = "komponen"
    scope_pd_field = None
    scope_hak_ubah = EVALUASI

    class Meta:
        verbose_name = "sub-komponen LKE"
        verbose_name_plural = "sub-komponen LKE"
        ordering = ["komponen", "urutan", "kode"]
        constraints = [models.UniqueConstraint(fields=["komponen", "kode"], name="lke_sub_komponen_unik",
                                               violation_error_message="Kode sub-komponen ini sudah ada.")]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


class KriteriaLke(TenantModel):
    sub_komponen = models.ForeignKey(SubKomponenLke, on_delete=models.CASCADE, related_name="kriteria")
    kode = models.CharField("kode", max_length=12)
    uraian = models.TextField("uraian")
    skala = models.CharField("skala jawaban", max_length=10, choices=SKALA_CHOICES, default="88/2021")
    urutan = models.PositiveSmallIntegerField("urutan", default=0)

    tenant_parent = "sub_komponen"
    scope_pd_field = None
    scope_hak_ubah = EVALUASI

    class Meta:
        verbose_name = "kriteria LKE"
        verbose_name_plural = "kriteria LKE"
        ordering = ["sub_komponen", "urutan", "kode"]
        constraints = [models.UniqueConstraint(fields=["sub_komponen", "kode"], name="lke_kriteria_unik",
                                               violation_error_message="Kode kriteria ini sudah ada.")]

    def __str__(self) -> str:
        return f"{self.kode} {self.uraian}"


class Evaluasi(TenantModel):
    """One PD's evaluation of a year on its pemda's LKE of that year."""

    class Tahap(models.TextChoices):
        MANDIRI = "mandiri", "Penilaian mandiri"
        REVIU = "reviu", "Reviu evaluator"
        TANGGAPAN = "tanggapan", "Tanggapan perangkat daerah"
        FINAL = "final", "Final"

    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="evaluasi",
                           verbose_name="perangkat daerah")
    tahun = models.PositiveSmallIntegerField("tahun")
    lke = models.ForeignKey(Lke, on_delete=models.PROTECT, related_name="evaluasi", verbose_name="LKE")
    tahap = models.CharField("tahap", max_length=10, choices=Tahap.choices, default=Tahap.MANDIRI)
    # The LHE (Laporan Hasil Evaluasi) the Inspektur signs.
    nomor_lhe = models.CharField("nomor LHE", max_length=100, blank=True)
    tanggal_lhe = models.DateField("tanggal LHE", null=True, blank=True)
    tempat_lhe = models.CharField("tempat penandatanganan LHE", max_length=80, blank=True)
    inspektur_jabatan = models.CharField("jabatan penandatangan", max_length=120, blank=True, default="Inspektur")
    inspektur_nama = models.CharField("nama penandatangan", max_length=120, blank=True)
    inspektur_pangkat = models.CharField("pangkat/golongan penandatangan", max_length=120, blank=True)
    inspektur_nip = models.CharField("NIP penandatangan", max_length=30, blank=True)

    tenant_parent = "pd"
    scope_hak_ubah = EVALUASI

    history = riwayat()

    class Meta:
        verbose_name = "evaluasi AKIP"
        verbose_name_plural = "evaluasi AKIP"
        ordering = ["pd", "tahun"]
        constraints = [models.UniqueConstraint(fields=["pd", "tahun"], name="evaluasi_tahun_unik",
                                               violation_error_message="Evaluasi perangkat daerah ini untuk tahun "
                                                                       "ini sudah ada.")]

    def __str__(self) -> str:
        return f"Evaluasi AKIP {self.pd} {self.tahun}"

    def clean(self) -> None:
        super().clean()
        if self.lke_id is not None:
            errors = same_pemda("lke", self, self.lke, "LKE harus milik pemda perangkat daerah ini.")
            if not errors and self.tahun and self.lke.tahun != self.tahun:
                errors = {"lke": f"LKE tahun {self.lke.tahun} tidak dapat dipakai untuk evaluasi tahun {self.tahun}."}
            if errors:
                raise ValidationError(errors)


class LangkahEvaluasi(TenantModel):
    """One move of an evaluation between stages: who, when, from which stage to which, and the reason (required
    when a final evaluation is reopened)."""

    evaluasi = models.ForeignKey(Evaluasi, on_delete=models.CASCADE, related_name="langkah")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False,
                           verbose_name="perangkat daerah")
    dari = models.CharField("dari tahap", max_length=10, choices=Evaluasi.Tahap.choices)
    ke = models.CharField("ke tahap", max_length=10, choices=Evaluasi.Tahap.choices)
    oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="+", verbose_name="oleh")
    waktu = models.DateTimeField("waktu", auto_now_add=True)
    alasan = models.TextField("alasan", blank=True)

    tenant_parent = "evaluasi"

    class Meta:
        verbose_name = "langkah evaluasi"
        verbose_name_plural = "langkah evaluasi"
        ordering = ["evaluasi", "waktu", "pk"]

    def __str__(self) -> str:
        return f"{self.evaluasi}: {self.dari} → {self.ke}"


class PenugasanLke(TenantModel):
    """An evaluator owning one sub-komponen of a PD's evaluation: only they write its review. A sub-komponen
    without an owner is reviewed by any evaluator of the pemda."""

    evaluasi = models.ForeignKey(Evaluasi, on_delete=models.CASCADE, related_name="penugasan")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False,
                           verbose_name="perangkat daerah")
    sub_komponen = models.ForeignKey(SubKomponenLke, on_delete=models.CASCADE, related_name="+",
                                     verbose_name="sub-komponen")
    evaluator = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+",
                                  verbose_name="evaluator")

    tenant_parent = "evaluasi"
    scope_hak_ubah = EVALUASI

    class Meta:
        verbose_name = "penugasan evaluator"
        verbose_name_plural = "penugasan evaluator"
        ordering = ["evaluasi", "sub_komponen"]
        constraints = [models.UniqueConstraint(fields=["evaluasi", "sub_komponen"], name="penugasan_lke_unik",
                                               violation_error_message="Sub-komponen ini sudah ditugaskan.")]

    def __str__(self) -> str:
        return f"{self.evaluasi}: {self.sub_komponen_id} → {self.evaluator_id}"

    def clean(self) -> None:
        super().clean()
        if self.evaluasi_id is not None and self.sub_komponen_id is not None \
                and self.sub_komponen.komponen.lke_id != self.evaluasi.lke_id:
            raise ValidationError({"sub_komponen": "Sub-komponen harus dari LKE evaluasi ini."})


# The letter fields of an answer, with the label each message names.
NILAI = {"nilai_pd": "Nilai PD", "nilai_evaluator": "Nilai evaluator"}


class JawabanLke(TenantModel):
    """What the PD and the evaluator wrote on one criterion of one evaluation."""

    evaluasi = models.ForeignKey(Evaluasi, on_delete=models.CASCADE, related_name="jawaban")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False,
                           verbose_name="perangkat daerah")
    kriteria = models.ForeignKey(KriteriaLke, on_delete=models.PROTECT, related_name="+")
    nilai_pd = models.CharField("nilai PD", max_length=2, blank=True)
    penjelasan_pd = models.TextField("penjelasan PD", blank=True)
    bukti = models.TextField("bukti dukung", blank=True, help_text="Tautan atau keterangan bukti, satu per baris.")
    nilai_evaluator = models.CharField("nilai evaluator", max_length=2, blank=True)
    catatan = models.TextField("catatan evaluator", blank=True)
    rekomendasi = models.TextField("rekomendasi", blank=True)
    tanggapan_pd = models.TextField("tanggapan PD", blank=True)

    tenant_parent = "evaluasi"
    scope_hak_ubah = EVALUASI

    history = riwayat()

    class Meta:
        verbose_name = "jawaban LKE"
        verbose_name_plural = "jawaban LKE"
        ordering = ["evaluasi", "kriteria"]
        constraints = [models.UniqueConstraint(fields=["evaluasi", "kriteria"], name="jawaban_lke_unik",
                                               violation_error_message="Kriteria ini sudah dijawab pada evaluasi "
                                                                       "ini.")]

    def __str__(self) -> str:
        return f"{self.evaluasi}: {self.kriteria_id}"

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.kriteria_id is not None:
            for field, label in NILAI.items():
                try:
                    lke.pecahan(self.kriteria.skala, getattr(self, field))
                except ValueError as exc:
                    errors[field] = f"{label}: {exc}"
            if self.evaluasi_id is not None and self.kriteria.pemda_id != self.pemda_id:
                errors["kriteria"] = "Kriteria harus dari LKE pemda evaluasi ini."
        if errors:
            raise ValidationError(errors)


def lokasi_bukti_lke(instance, filename: str) -> str:
    """``upload_to`` of an LKE evidence file: ``lke/<uuid>.<ext>`` with the extension of its checked type (the
    service sets ``ekstensi``), never the uploaded name."""
    return f"lke/{uuid.uuid4().hex}.{getattr(instance, 'ekstensi', '') or 'bin'}"


class BuktiLke(TenantModel):
    """A file or a link the PD gives as evidence of one criterion (besides what sakip already holds)."""

    jawaban = models.ForeignKey(JawabanLke, on_delete=models.CASCADE, related_name="berkas_bukti")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False,
                           verbose_name="perangkat daerah")
    berkas = models.FileField("berkas", upload_to=lokasi_bukti_lke, blank=True, max_length=200)
    tautan = models.URLField("tautan", max_length=500, blank=True)
    keterangan = models.CharField("keterangan", max_length=255, blank=True)
    nama_asli = models.CharField("nama berkas", max_length=255, blank=True)
    ukuran = models.PositiveIntegerField("ukuran (byte)", default=0)
    oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                             related_name="+", verbose_name="diunggah oleh")
    waktu = models.DateTimeField("waktu", auto_now_add=True)

    tenant_parent = "jawaban"

    class Meta:
        verbose_name = "bukti LKE"
        verbose_name_plural = "bukti LKE"
        ordering = ["jawaban", "waktu"]

    def __str__(self) -> str:
        return self.nama_asli or self.tautan

    def clean(self) -> None:
        super().clean()
        if bool(self.berkas) == bool(self.tautan):
            raise ValidationError({"tautan": "Isi salah satu: unggah berkas atau tuliskan tautan."})


class TindakLanjut(TenantModel):
    """The PD's follow-up of one recommendation of the evaluator, verified by the Inspektorat; next year's
    criterion 4.c.1 ("Seluruh rekomendasi atas hasil evaluasi AKIP internal telah ditindaklanjuti") reads them."""

    class Status(models.TextChoices):
        BELUM = "belum", "Belum ditindaklanjuti"
        PROSES = "proses", "Dalam proses"
        SELESAI = "selesai", "Selesai"

    jawaban = models.ForeignKey(JawabanLke, on_delete=models.CASCADE, related_name="tindak_lanjut")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False,
                           verbose_name="perangkat daerah")
    uraian = models.TextField("uraian tindak lanjut", blank=True)
    bukti = models.TextField("bukti tindak lanjut", blank=True, help_text="Tautan atau keterangan, satu per baris.")
    status = models.CharField("status", max_length=10, choices=Status.choices, default=Status.BELUM)
    target_tanggal = models.DateField("target selesai", null=True, blank=True)
    diverifikasi = models.BooleanField("diverifikasi Inspektorat", default=False)
    diverifikasi_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True,
                                          blank=True, related_name="+", verbose_name="diverifikasi oleh")
    diverifikasi_pada = models.DateTimeField("diverifikasi pada", null=True, blank=True)
    catatan_verifikasi = models.TextField("catatan verifikasi", blank=True)

    tenant_parent = "jawaban"
    scope_hak_ubah = EVALUASI

    history = riwayat()

    class Meta:
        verbose_name = "tindak lanjut rekomendasi"
        verbose_name_plural = "tindak lanjut rekomendasi"
        ordering = ["jawaban"]
        constraints = [models.UniqueConstraint(fields=["jawaban"], name="tindak_lanjut_unik",
                                               violation_error_message="Rekomendasi ini sudah punya tindak lanjut.")]

    def __str__(self) -> str:
        return f"Tindak lanjut {self.jawaban}"
