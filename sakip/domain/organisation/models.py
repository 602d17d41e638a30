"""Pemda, perangkat daerah, kelurahan/desa, organisational units and the officials who sign."""

from __future__ import annotations

import datetime
import re

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from sakip.core.models import TenantManager, TenantModel, same_pemda
from sakip.rumus.capaian import PILIHAN_SKALA, SKALA_PROBOLINGGO, RumusNegatif


class Pemda(models.Model):
    """A regional government: provinsi, kabupaten or kota."""

    class Jenis(models.TextChoices):
        PROVINSI = "provinsi", "Provinsi"
        KABUPATEN = "kabupaten", "Kabupaten"
        KOTA = "kota", "Kota"

    jenis = models.CharField("jenis", max_length=10, choices=Jenis.choices)
    nama = models.CharField("nama", max_length=120, help_text="Nama lengkap, misalnya “Kota Probolinggo”.")
    slug = models.SlugField("slug", max_length=60, unique=True)
    provinsi = models.ForeignKey(
        "self", on_delete=models.PROTECT, null=True, blank=True, related_name="kabupaten_kota",
        limit_choices_to={"jenis": "provinsi"}, verbose_name="provinsi",
    )
    ibukota = models.CharField(
        "tempat penandatanganan", max_length=80, blank=True,
        help_text="Nama kota pada tempat-tanggal dokumen, misalnya “Probolinggo”.",
    )
    # Measurement settings of the pemda (sakip.rumus.capaian): how a negative indicator's capaian is
    # computed and which category scale names a capaian.
    rumus_negatif = models.CharField("rumus capaian polaritas negatif", max_length=10, default=RumusNegatif.SELISIH,
                                     choices=RumusNegatif.choices())
    skala_kategori = models.CharField("skala kategori capaian", max_length=20, default=SKALA_PROBOLINGGO.kode,
                                      choices=PILIHAN_SKALA)
    logo = models.ImageField("logo", upload_to="logo/", blank=True,
                             help_text="Boleh kosong; gambar PNG atau JPEG, paling besar 1 MB.")
    # SKM defaults: the period a new PD's survey starts with, and the yearly number of service users (N of the
    # Krejcie–Morgan minimum sample) it is given until the PD sets its own.
    skm_periode = models.CharField("periode SKM baku", max_length=10, default="semester",
                                   choices=[("semester", "Per semester"), ("tahun", "Per tahun")])
    skm_populasi = models.PositiveIntegerField("populasi pengguna layanan baku (setahun)", default=0,
                                               help_text="0 bila belum diketahui.")

    objects = TenantManager()
    scope_pemda_field = "id"
    scope_pd_field = None

    class Meta:
        verbose_name = "pemda"
        verbose_name_plural = "pemda"
        ordering = ["nama"]

    def __str__(self) -> str:
        return self.nama

    def clean(self) -> None:
        if self.provinsi_id and self.jenis == self.Jenis.PROVINSI:
            raise ValidationError({"provinsi": "Provinsi tidak berada di bawah provinsi lain."})


class PerangkatDaerah(TenantModel):
    """An agency of a pemda (PD/OPD/SKPD). A kecamatan is one kind."""

    scope_kelurahan_reads = True  # a kelurahan operator sees its PD

    class Jenis(models.TextChoices):
        KECAMATAN = "kecamatan", "Kecamatan"
        DINAS = "dinas", "Dinas"
        BADAN = "badan", "Badan"
        SEKRETARIAT = "sekretariat", "Sekretariat"
        INSPEKTORAT = "inspektorat", "Inspektorat"
        LAINNYA = "lainnya", "Lainnya"

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="perangkat_daerah", verbose_name="pemda")
    jenis = models.CharField("jenis", max_length=20, choices=Jenis.choices, default=Jenis.KECAMATAN)
    nama = models.CharField("nama", max_length=150, help_text="Misalnya “Kecamatan Wonoasih”.")
    slug = models.SlugField("slug", max_length=60, unique=True)
    alamat = models.CharField("alamat", max_length=255, blank=True)
    telepon = models.CharField("telepon", max_length=80, blank=True)
    email = models.CharField("email", max_length=120, blank=True)
    tugas = models.TextField("tugas", blank=True, help_text="Satu butir per baris, seperti tertulis dalam dokumen.")
    fungsi = models.TextField("fungsi", blank=True, help_text="Satu butir per baris, seperti tertulis dalam dokumen.")

    scope_pd_field = "id"

    class Meta:
        verbose_name = "perangkat daerah"
        verbose_name_plural = "perangkat daerah"
        ordering = ["pemda__nama", "nama"]
        constraints = [models.UniqueConstraint(fields=["pemda", "nama"], name="pd_nama_unik_per_pemda")]

    def __str__(self) -> str:
        return self.nama

    def inherit_tenant(self) -> None:  # the pemda is set directly on a PD
        return

    @property
    def tugas_butir(self) -> list[str]:
        return [line.strip() for line in self.tugas.splitlines() if line.strip()]

    @property
    def fungsi_butir(self) -> list[str]:
        return [line.strip() for line in self.fungsi.splitlines() if line.strip()]


class Kelurahan(TenantModel):
    """A kelurahan (urban) or desa (rural) under a kecamatan."""

    scope_kelurahan_reads = True

    class Jenis(models.TextChoices):
        KELURAHAN = "kelurahan", "Kelurahan"
        DESA = "desa", "Desa"

    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="kelurahan", verbose_name="kecamatan")
    jenis = models.CharField("jenis", max_length=10, choices=Jenis.choices, default=Jenis.KELURAHAN)
    nama = models.CharField("nama", max_length=120, help_text="Tanpa kata “Kelurahan”, misalnya “Sumber Taman”.")
    kode = models.CharField("kode wilayah", max_length=20, blank=True)
    urutan = models.PositiveSmallIntegerField("urutan", default=0)

    tenant_parent = "pd"

    class Meta:
        verbose_name = "kelurahan/desa"
        verbose_name_plural = "kelurahan/desa"
        ordering = ["pd", "urutan", "nama"]
        constraints = [models.UniqueConstraint(fields=["pd", "nama"], name="kelurahan_nama_unik_per_pd")]

    def __str__(self) -> str:
        return f"{self.get_jenis_display()} {self.nama}"

    def clean(self) -> None:
        super().clean()
        if self.pd_id and self.pd.jenis != PerangkatDaerah.Jenis.KECAMATAN:
            raise ValidationError({"pd": "Kelurahan/desa hanya berada di bawah kecamatan."})


class UnitKerja(TenantModel):
    """An organisational unit of a PD (Sekretariat, Subbagian, Seksi), or of one of its kelurahan."""

    class Jenis(models.TextChoices):
        PIMPINAN = "pimpinan", "Pimpinan"
        SEKRETARIAT = "sekretariat", "Sekretariat"
        SUBBAGIAN = "subbagian", "Subbagian"
        SEKSI = "seksi", "Seksi"
        BIDANG = "bidang", "Bidang"
        FUNGSIONAL = "fungsional", "Kelompok Jabatan Fungsional"

    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="unit_kerja", verbose_name="perangkat daerah")
    kelurahan = models.ForeignKey(Kelurahan, on_delete=models.CASCADE, null=True, blank=True, related_name="unit_kerja",
                                  verbose_name="kelurahan")
    induk = models.ForeignKey("self", on_delete=models.CASCADE, null=True, blank=True, related_name="sub_unit",
                              verbose_name="unit induk")
    jenis = models.CharField("jenis", max_length=20, choices=Jenis.choices)
    nama = models.CharField("nama", max_length=150)
    urutan = models.PositiveSmallIntegerField("urutan", default=0)

    tenant_parent = "pd"

    class Meta:
        verbose_name = "unit kerja"
        verbose_name_plural = "unit kerja"
        ordering = ["pd", "kelurahan", "urutan", "nama"]
        constraints = [
            models.UniqueConstraint(fields=["pd", "nama"], condition=Q(kelurahan__isnull=True), name="unit_nama_unik_per_pd"),
            models.UniqueConstraint(fields=["kelurahan", "nama"], name="unit_nama_unik_per_kelurahan"),
        ]

    def __str__(self) -> str:
        return self.nama if self.kelurahan_id is None else f"{self.nama} ({self.kelurahan})"

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.kelurahan_id and self.kelurahan is not None and self.kelurahan.pd_id != self.pd_id:
            errors["kelurahan"] = "Kelurahan ini bukan bagian dari perangkat daerah tersebut."
        if self.induk_id and self.induk is not None and self.induk.pd_id != self.pd_id:
            errors["induk"] = "Unit induk harus dari perangkat daerah yang sama."
        if errors:
            raise ValidationError(errors)


class Jabatan(TenantModel):
    """A post that signs or answers for something: Camat, Kepala Seksi, Wali Kota (pemda-wide)."""

    class Jenis(models.TextChoices):
        KEPALA_DAERAH = "kepala_daerah", "Kepala daerah"
        PIMPINAN_PD = "pimpinan_pd", "Pimpinan perangkat daerah"
        SEKRETARIS = "sekretaris", "Sekretaris"
        KEPALA_UNIT = "kepala_unit", "Kepala unit"
        LAINNYA = "lainnya", "Lainnya"

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="jabatan", verbose_name="pemda")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, null=True, blank=True, related_name="jabatan",
                           verbose_name="perangkat daerah", help_text="Kosong untuk jabatan tingkat pemda (Wali Kota, Bupati).")
    unit = models.ForeignKey(UnitKerja, on_delete=models.SET_NULL, null=True, blank=True, related_name="jabatan",
                             verbose_name="unit kerja")
    jenis = models.CharField("jenis", max_length=20, choices=Jenis.choices)
    nama = models.CharField("nama jabatan", max_length=200, help_text="Seperti tertulis pada dokumen, misalnya “Camat Wonoasih”.")

    scope_pd_optional = True

    class Meta:
        verbose_name = "jabatan"
        verbose_name_plural = "jabatan"
        ordering = ["pemda", "pd", "nama"]
        constraints = [
            models.UniqueConstraint(fields=["pd", "nama"], name="jabatan_nama_unik_per_pd"),
            models.UniqueConstraint(fields=["pemda", "nama"], condition=Q(pd__isnull=True), name="jabatan_nama_unik_per_pemda"),
        ]

    def __str__(self) -> str:
        return self.nama

    def inherit_tenant(self) -> None:
        if self.pd_id and self.pd is not None:
            self.pemda_id = self.pd.pemda_id

    def clean(self) -> None:
        super().clean()
        if self.unit_id and self.unit is not None and self.unit.pd_id != self.pd_id:
            raise ValidationError({"unit": "Unit kerja harus dari perangkat daerah yang sama."})


NIP_PATTERN = re.compile(r"^\d{18}$")


def format_nip(nip: str) -> str:
    """``197812041998021001`` → ``19781204 199802 1 001`` (birth date, TMT, sex, serial)."""
    if not NIP_PATTERN.match(nip or ""):
        return nip or ""
    return f"{nip[:8]} {nip[8:14]} {nip[14]} {nip[15:]}"


class Pejabat(TenantModel):
    """A person who holds posts: name with titles, NIP, pangkat/golongan."""

    pemda = models.ForeignKey(Pemda, on_delete=models.PROTECT, related_name="pejabat", verbose_name="pemda")
    nama = models.CharField("nama dengan gelar", max_length=200)
    nip = models.CharField("NIP", max_length=18, blank=True, help_text="18 angka, boleh diketik dengan spasi.")
    pangkat = models.CharField("pangkat", max_length=80, blank=True, help_text="Misalnya “Pembina Tk. I”.")
    golongan = models.CharField("golongan", max_length=10, blank=True, help_text="Misalnya “IV/b”.")

    scope_pd_field = None

    class Meta:
        verbose_name = "pejabat"
        verbose_name_plural = "pejabat"
        ordering = ["nama"]
        constraints = [models.UniqueConstraint(fields=["nip"], condition=~Q(nip=""), name="nip_unik")]

    def __str__(self) -> str:
        return self.nama

    @property
    def nip_tampil(self) -> str:
        return format_nip(self.nip)

    def clean_fields(self, exclude=None) -> None:
        # Strip the spaces of "19781204 199802 1 001" before max_length is checked.
        self.nip = re.sub(r"\s+", "", self.nip or "")
        super().clean_fields(exclude=exclude)

    def clean(self) -> None:
        if self.nip and not NIP_PATTERN.match(self.nip):
            raise ValidationError({"nip": "NIP terdiri dari 18 angka, misalnya 19781204 199802 1 001."})


class MasaJabatan(TenantModel):
    """Who held which post from when to when, so documents are signed by the holder on their date."""

    class Status(models.TextChoices):
        DEFINITIF = "definitif", "Definitif"
        PJ = "pj", "Penjabat (Pj.)"
        PLT = "plt", "Pelaksana Tugas (Plt.)"
        PLH = "plh", "Pelaksana Harian (Plh.)"

    PREFIX: dict[str, str] = {Status.DEFINITIF: "", Status.PJ: "Pj. ", Status.PLT: "Plt. ", Status.PLH: "Plh. "}

    jabatan = models.ForeignKey(Jabatan, on_delete=models.CASCADE, related_name="masa_jabatan", verbose_name="jabatan")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, null=True, blank=True, related_name="+", editable=False)
    pejabat = models.ForeignKey(Pejabat, on_delete=models.PROTECT, related_name="masa_jabatan", verbose_name="pejabat")
    status = models.CharField("status", max_length=10, choices=Status.choices, default=Status.DEFINITIF)
    mulai = models.DateField("mulai", null=True, blank=True, help_text="Kosong bila tidak diketahui.")
    selesai = models.DateField("selesai", null=True, blank=True, help_text="Kosong bila masih menjabat.")
    keterangan = models.CharField("keterangan", max_length=255, blank=True)

    tenant_parent = "jabatan"
    scope_pd_optional = True

    class Meta:
        verbose_name = "masa jabatan"
        verbose_name_plural = "masa jabatan"
        ordering = ["jabatan", "mulai"]
        constraints = [
            models.CheckConstraint(
                condition=Q(mulai__isnull=True) | Q(selesai__isnull=True) | Q(selesai__gte=models.F("mulai")),
                name="masa_jabatan_urut",
            )
        ]

    def __str__(self) -> str:
        return f"{self.judul_jabatan}: {self.pejabat}"

    @property
    def judul_jabatan(self) -> str:
        return f"{self.PREFIX[self.status]}{self.jabatan.nama}"

    def mencakup(self, tanggal: datetime.date) -> bool:
        return (self.mulai is None or self.mulai <= tanggal) and (self.selesai is None or tanggal <= self.selesai)

    def clean(self) -> None:
        super().clean()
        errors = same_pemda("pejabat", self, self.pejabat if self.pejabat_id else None,
                            "Pejabat ini terdaftar pada pemda lain.")
        if self.mulai and self.selesai and self.selesai < self.mulai:
            errors["selesai"] = "Tanggal selesai tidak boleh sebelum tanggal mulai."
        if not errors and self.jabatan_id:
            lo, hi = self.mulai or datetime.date.min, self.selesai or datetime.date.max
            overlap = MasaJabatan.objects.filter(jabatan_id=self.jabatan_id).exclude(pk=self.pk).filter(
                Q(mulai__isnull=True) | Q(mulai__lte=hi), Q(selesai__isnull=True) | Q(selesai__gte=lo)
            )
            if overlap.exists():
                errors["mulai"] = f"Masa jabatan bertumpang tindih dengan {overlap.first()}."
        if errors:
            raise ValidationError(errors)
