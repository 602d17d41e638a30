"""Planning: RPJMD of a pemda, Renstra of a PD, program → kegiatan → sub kegiatan, indicators, IKU.

The chain the documents draw: RPJMD misi → tujuan → sasaran; a Renstra tujuan/sasaran links up to
them; programs of a year support Renstra sasaran; every level carries :class:`Indikator` rows with
their :class:`Target` per year. :class:`Iku` is the IKU document of a PD for a period.
"""

from __future__ import annotations

from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q

from sakip.core.models import TenantModel, same_pemda
from sakip.core.riwayat import riwayat
from sakip.domain.organisation.models import Jabatan, Kelurahan, PerangkatDaerah, UnitKerja
from sakip.rumus.angka import AngkaError, format_angka, kutip, parse_nilai
from sakip.rumus.capaian import Akumulasi, Aturan, CaraIsi, Frekuensi, Peran, Polaritas, RumusNegatif, TargetRentang

INDIKATOR_OWNERS = ("tujuan", "sasaran", "program", "kegiatan", "sub_kegiatan")


def _exactly_one(fields: tuple[str, ...]) -> Q:
    """A check that exactly one of ``fields`` is set."""
    condition = Q()
    for chosen in fields:
        condition |= Q(**{f"{name}__isnull": name != chosen for name in fields})
    return condition


ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]


# --- National nomenclature (reference data, the same for every pemda) ---------------------------

class Nomenklatur(models.Model):
    """A program, kegiatan or sub kegiatan of the Kepmendagri nomenclature (kodefikasi)."""

    class Level(models.TextChoices):
        PROGRAM = "program", "Program"
        KEGIATAN = "kegiatan", "Kegiatan"
        SUB_KEGIATAN = "sub_kegiatan", "Sub Kegiatan"

    kode = models.CharField("kode", max_length=30, unique=True)
    level = models.CharField("level", max_length=15, choices=Level.choices)
    nama = models.CharField("nama", max_length=400)
    induk = models.ForeignKey("self", on_delete=models.PROTECT, null=True, blank=True, related_name="anak")

    class Meta:
        verbose_name = "nomenklatur"
        verbose_name_plural = "nomenklatur"
        ordering = ["kode"]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"


# --- RPJMD of a pemda ----------------------------------------------------------------------------

class Rpjmd(TenantModel):
    """The five-year plan of a pemda: visi, misi, tujuan, sasaran with indicators."""

    pemda = models.ForeignKey("organisation.Pemda", on_delete=models.PROTECT, related_name="rpjmd", verbose_name="pemda")
    tahun_mulai = models.PositiveSmallIntegerField("tahun mulai")
    tahun_selesai = models.PositiveSmallIntegerField("tahun selesai")
    visi = models.TextField("visi")

    scope_pd_field = None

    class Meta:
        verbose_name = "RPJMD"
        verbose_name_plural = "RPJMD"
        ordering = ["pemda", "-tahun_mulai"]
        constraints = [models.UniqueConstraint(fields=["pemda", "tahun_mulai"], name="rpjmd_unik")]

    def __str__(self) -> str:
        return f"RPJMD {self.pemda} {self.tahun_mulai}–{self.tahun_selesai}"

    @property
    def tahun(self) -> range:
        return range(self.tahun_mulai, self.tahun_selesai + 1)

    def clean(self) -> None:
        if self.tahun_mulai and self.tahun_selesai and self.tahun_selesai < self.tahun_mulai:
            raise ValidationError({"tahun_selesai": "Tahun selesai tidak boleh sebelum tahun mulai."})


class Misi(TenantModel):
    rpjmd = models.ForeignKey(Rpjmd, on_delete=models.CASCADE, related_name="misi", verbose_name="RPJMD")
    nomor = models.PositiveSmallIntegerField("nomor")
    nama = models.CharField("misi", max_length=400)
    uraian = models.TextField("uraian", blank=True)

    scope_pd_field = None
    tenant_parent = "rpjmd"

    class Meta:
        verbose_name = "misi"
        verbose_name_plural = "misi"
        ordering = ["rpjmd", "nomor"]
        constraints = [models.UniqueConstraint(fields=["rpjmd", "nomor"], name="misi_nomor_unik")]

    def __str__(self) -> str:
        return f"Misi {self.nomor_romawi}: {self.nama}"

    @property
    def nomor_romawi(self) -> str:
        return ROMAN[self.nomor] if self.nomor < len(ROMAN) else str(self.nomor)


class TujuanRpjmd(TenantModel):
    misi = models.ForeignKey(Misi, on_delete=models.CASCADE, related_name="tujuan", verbose_name="misi")
    urutan = models.PositiveSmallIntegerField("urutan", default=0)
    nama = models.CharField("tujuan", max_length=400)

    scope_pd_field = None
    tenant_parent = "misi"

    class Meta:
        verbose_name = "tujuan RPJMD"
        verbose_name_plural = "tujuan RPJMD"
        ordering = ["misi", "urutan", "id"]

    def __str__(self) -> str:
        return self.nama


class SasaranRpjmd(TenantModel):
    tujuan = models.ForeignKey(TujuanRpjmd, on_delete=models.CASCADE, related_name="sasaran", verbose_name="tujuan")
    urutan = models.PositiveSmallIntegerField("urutan", default=0)
    nama = models.CharField("sasaran", max_length=400)

    scope_pd_field = None
    tenant_parent = "tujuan"

    class Meta:
        verbose_name = "sasaran RPJMD"
        verbose_name_plural = "sasaran RPJMD"
        ordering = ["tujuan", "urutan", "id"]

    def __str__(self) -> str:
        return self.nama


class IndikatorRpjmd(TenantModel):
    """An indicator of an RPJMD tujuan (IKU Kota) or sasaran (IKD Kota)."""

    tujuan = models.ForeignKey(TujuanRpjmd, on_delete=models.CASCADE, null=True, blank=True, related_name="indikator")
    sasaran = models.ForeignKey(SasaranRpjmd, on_delete=models.CASCADE, null=True, blank=True, related_name="indikator")
    urutan = models.PositiveSmallIntegerField("urutan", default=0)
    nama = models.CharField("indikator", max_length=400)
    satuan = models.CharField("satuan", max_length=50, blank=True)

    scope_pd_field = None

    class Meta:
        verbose_name = "indikator RPJMD"
        verbose_name_plural = "indikator RPJMD"
        ordering = ["urutan", "id"]
        constraints = [
            models.CheckConstraint(
                condition=_exactly_one(("tujuan", "sasaran")), name="indikator_rpjmd_satu_pemilik",
            )
        ]

    def __str__(self) -> str:
        return self.nama

    def inherit_tenant(self) -> None:
        owner = self.tujuan or self.sasaran
        if owner is not None:
            self.pemda_id = owner.pemda_id

    @property
    def rpjmd(self) -> Rpjmd | None:
        if self.tujuan is not None:
            return self.tujuan.misi.rpjmd
        if self.sasaran is not None:
            return self.sasaran.tujuan.misi.rpjmd
        return None

    def tahun_target(self) -> range:
        """The years a target may be set for: the RPJMD period."""
        rpjmd = self.rpjmd
        return rpjmd.tahun if rpjmd is not None else range(0)

    def target_tahunan(self) -> list[tuple[int, TargetRpjmd | None]]:
        """Every year of the period with its target (uses prefetched targets)."""
        by_year = {t.tahun: t for t in self.target.all()}
        return [(year, by_year.get(year)) for year in self.tahun_target()]


class TargetRpjmd(TenantModel):
    """The target of an RPJMD indicator for one year of the RPJMD period, as written (``80–90``, ``BB (75,00)``)."""

    indikator = models.ForeignKey(IndikatorRpjmd, on_delete=models.CASCADE, related_name="target")
    tahun = models.PositiveSmallIntegerField("tahun")
    nilai = models.DecimalField("target", max_digits=20, decimal_places=4)
    nilai_atas = models.DecimalField("batas atas (target rentang)", max_digits=20, decimal_places=4, null=True,
                                     blank=True)
    teks = models.CharField("target (tertulis)", max_length=60, blank=True)

    scope_pd_field = None
    tenant_parent = "indikator"

    class Meta:
        verbose_name = "target RPJMD"
        verbose_name_plural = "target RPJMD"
        ordering = ["indikator", "tahun"]
        constraints = [models.UniqueConstraint(fields=["indikator", "tahun"], name="target_rpjmd_unik_per_tahun",
                                    violation_error_message="Target indikator ini untuk tahun tersebut sudah ada.")]

    def __str__(self) -> str:
        return f"{self.indikator} {self.tahun}: {self.tampil}"

    @property
    def tampil(self) -> str:
        return tampil_target(self.nilai, self.nilai_atas, self.teks, self.indikator.satuan)

    def clean(self) -> None:
        super().clean()
        if self.indikator_id and self.tahun:
            years = self.indikator.tahun_target()
            if self.tahun not in years:
                raise ValidationError(
                    {"tahun": f"Tahun {self.tahun} di luar periode RPJMD ({years.start}–{years.stop - 1})."})


# --- Renstra of a perangkat daerah ----------------------------------------------------------------

class Renstra(TenantModel):
    """The five-year strategic plan of a PD (``tahun_mulai``–``tahun_selesai`` as the document titles it)."""

    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="renstra", verbose_name="perangkat daerah")
    rpjmd = models.ForeignKey(Rpjmd, on_delete=models.PROTECT, null=True, blank=True, related_name="renstra",
                              verbose_name="RPJMD")
    tahun_mulai = models.PositiveSmallIntegerField("tahun mulai")
    tahun_selesai = models.PositiveSmallIntegerField("tahun selesai")
    tahun_kondisi_awal = models.PositiveSmallIntegerField("tahun kondisi awal", null=True, blank=True)
    keterangan = models.TextField("keterangan", blank=True)

    tenant_parent = "pd"

    class Meta:
        verbose_name = "Renstra"
        verbose_name_plural = "Renstra"
        ordering = ["pd", "-tahun_mulai"]
        constraints = [models.UniqueConstraint(fields=["pd", "tahun_mulai"], name="renstra_unik",
                                    violation_error_message="Renstra dengan tahun mulai ini sudah ada.")]

    def __str__(self) -> str:
        return f"Renstra {self.pd} {self.tahun_mulai}–{self.tahun_selesai}"

    @property
    def tahun(self) -> range:
        return range(self.tahun_mulai, self.tahun_selesai + 1)

    @property
    def periode(self) -> str:
        """The period as addresses and commands name it (``2019-2024``: the pohon kinerja's ``periode``)."""
        return f"{self.tahun_mulai}-{self.tahun_selesai}"

    def clean(self) -> None:
        super().clean()
        errors = same_pemda("rpjmd", self, self.rpjmd if self.rpjmd_id else None,
                            "RPJMD ini milik pemda lain; Renstra hanya dapat mengacu RPJMD pemdanya sendiri.")
        if self.tahun_mulai and self.tahun_selesai and self.tahun_selesai < self.tahun_mulai:
            errors["tahun_selesai"] = "Tahun selesai tidak boleh sebelum tahun mulai."
        if errors:
            raise ValidationError(errors)


class Tujuan(TenantModel):
    renstra = models.ForeignKey(Renstra, on_delete=models.CASCADE, related_name="tujuan", verbose_name="Renstra")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    urutan = models.PositiveSmallIntegerField("urutan", default=0)
    nama = models.CharField("tujuan", max_length=400)
    misi = models.ForeignKey(Misi, on_delete=models.PROTECT, null=True, blank=True, related_name="tujuan_pd",
                             verbose_name="misi RPJMD yang didukung")
    tujuan_rpjmd = models.ForeignKey(TujuanRpjmd, on_delete=models.PROTECT, null=True, blank=True, related_name="tujuan_pd",
                                     verbose_name="tujuan RPJMD yang didukung")

    tenant_parent = "renstra"

    class Meta:
        verbose_name = "tujuan"
        verbose_name_plural = "tujuan"
        ordering = ["renstra", "urutan", "id"]

    def __str__(self) -> str:
        return self.nama

    def clean(self) -> None:
        super().clean()
        message = "Tujuan hanya dapat ditautkan ke RPJMD pemdanya sendiri."
        errors = same_pemda("misi", self, self.misi if self.misi_id else None, message)
        errors |= same_pemda("tujuan_rpjmd", self, self.tujuan_rpjmd if self.tujuan_rpjmd_id else None, message)
        if errors:
            raise ValidationError(errors)


class Sasaran(TenantModel):
    tujuan = models.ForeignKey(Tujuan, on_delete=models.CASCADE, related_name="sasaran", verbose_name="tujuan")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    urutan = models.PositiveSmallIntegerField("urutan", default=0)
    nama = models.CharField("sasaran", max_length=400)
    sasaran_rpjmd = models.ForeignKey(SasaranRpjmd, on_delete=models.PROTECT, null=True, blank=True, related_name="sasaran_pd",
                                      verbose_name="sasaran RPJMD yang didukung")
    urusan = models.CharField("urusan", max_length=200, blank=True)
    strategi = models.TextField("strategi", blank=True)
    kebijakan = models.TextField("kebijakan", blank=True)

    tenant_parent = "tujuan"

    class Meta:
        verbose_name = "sasaran"
        verbose_name_plural = "sasaran"
        ordering = ["tujuan", "urutan", "id"]

    def __str__(self) -> str:
        return self.nama

    def clean(self) -> None:
        super().clean()
        errors = same_pemda("sasaran_rpjmd", self, self.sasaran_rpjmd if self.sasaran_rpjmd_id else None,
                            "Sasaran RPJMD ini milik pemda lain; sasaran hanya dapat ditautkan ke RPJMD pemdanya sendiri.")
        if errors:
            raise ValidationError(errors)


# --- Program → Kegiatan → Sub kegiatan of a PD and year -------------------------------------------

class Program(TenantModel):
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="program", verbose_name="perangkat daerah")
    tahun = models.PositiveSmallIntegerField("tahun")
    nomenklatur = models.ForeignKey(Nomenklatur, on_delete=models.PROTECT, related_name="+",
                                    limit_choices_to={"level": "program"}, verbose_name="program (nomenklatur)")
    sasaran = models.ManyToManyField(Sasaran, blank=True, related_name="program", verbose_name="sasaran yang didukung")
    urutan = models.PositiveSmallIntegerField("urutan", default=0)

    tenant_parent = "pd"

    class Meta:
        verbose_name = "program"
        verbose_name_plural = "program"
        ordering = ["pd", "tahun", "urutan", "nomenklatur__kode"]
        constraints = [models.UniqueConstraint(fields=["pd", "tahun", "nomenklatur"], name="program_unik",
                                    violation_error_message="Program dengan kode ini sudah ada pada tahun tersebut.")]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"

    @property
    def kode(self) -> str:
        return self.nomenklatur.kode

    @property
    def nama(self) -> str:
        return self.nomenklatur.nama

    def clean(self) -> None:
        super().clean()
        if self.nomenklatur_id and self.nomenklatur.level != Nomenklatur.Level.PROGRAM:
            raise ValidationError({"nomenklatur": "Pilih kode program, bukan kegiatan atau sub kegiatan."})


class Kegiatan(TenantModel):
    program = models.ForeignKey(Program, on_delete=models.CASCADE, related_name="kegiatan", verbose_name="program")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    nomenklatur = models.ForeignKey(Nomenklatur, on_delete=models.PROTECT, related_name="+",
                                    limit_choices_to={"level": "kegiatan"}, verbose_name="kegiatan (nomenklatur)")
    urutan = models.PositiveSmallIntegerField("urutan", default=0)

    tenant_parent = "program"

    class Meta:
        verbose_name = "kegiatan"
        verbose_name_plural = "kegiatan"
        ordering = ["program", "urutan", "nomenklatur__kode"]
        constraints = [models.UniqueConstraint(fields=["program", "nomenklatur"], name="kegiatan_unik",
                                    violation_error_message="Kegiatan dengan kode ini sudah ada pada program tersebut.")]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"

    @property
    def kode(self) -> str:
        return self.nomenklatur.kode

    @property
    def nama(self) -> str:
        return self.nomenklatur.nama

    @property
    def tahun(self) -> int:
        return self.program.tahun

    def clean(self) -> None:
        super().clean()
        if self.nomenklatur_id and self.program_id and self.nomenklatur.induk_id != self.program.nomenklatur_id:
            raise ValidationError(
                {"nomenklatur": f"Kegiatan {self.nomenklatur.kode} bukan bagian dari program {self.program.kode}."})


class SubKegiatan(TenantModel):
    kegiatan = models.ForeignKey(Kegiatan, on_delete=models.CASCADE, related_name="sub_kegiatan", verbose_name="kegiatan")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    nomenklatur = models.ForeignKey(Nomenklatur, on_delete=models.PROTECT, related_name="+",
                                    limit_choices_to={"level": "sub_kegiatan"}, verbose_name="sub kegiatan (nomenklatur)")
    urutan = models.PositiveSmallIntegerField("urutan", default=0)

    tenant_parent = "kegiatan"

    class Meta:
        verbose_name = "sub kegiatan"
        verbose_name_plural = "sub kegiatan"
        ordering = ["kegiatan", "urutan", "nomenklatur__kode"]
        constraints = [models.UniqueConstraint(fields=["kegiatan", "nomenklatur"], name="sub_kegiatan_unik",
                                    violation_error_message="Sub kegiatan dengan kode ini sudah ada pada kegiatan tersebut.")]

    def __str__(self) -> str:
        return f"{self.kode} {self.nama}"

    @property
    def kode(self) -> str:
        return self.nomenklatur.kode

    @property
    def nama(self) -> str:
        return self.nomenklatur.nama

    def clean(self) -> None:
        super().clean()
        if self.nomenklatur_id and self.kegiatan_id and self.nomenklatur.induk_id != self.kegiatan.nomenklatur_id:
            raise ValidationError(
                {"nomenklatur": f"Sub kegiatan {self.nomenklatur.kode} bukan bagian dari kegiatan {self.kegiatan.kode}."})


class Lokasi(TenantModel):
    """Where a sub kegiatan's budget is spent: a kelurahan, or the kecamatan itself (no kelurahan)."""

    sub_kegiatan = models.ForeignKey(SubKegiatan, on_delete=models.CASCADE, related_name="lokasi", verbose_name="sub kegiatan")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    kelurahan = models.ForeignKey(Kelurahan, on_delete=models.PROTECT, null=True, blank=True, related_name="lokasi",
                                  verbose_name="kelurahan", help_text="Kosong bila dilaksanakan di tingkat kecamatan.")
    urutan = models.PositiveSmallIntegerField("urutan", default=0)

    tenant_parent = "sub_kegiatan"

    class Meta:
        verbose_name = "lokasi"
        verbose_name_plural = "lokasi"
        ordering = ["sub_kegiatan", "urutan", "id"]
        constraints = [
            models.UniqueConstraint(fields=["sub_kegiatan", "kelurahan"], name="lokasi_unik",
                                    violation_error_message="Lokasi ini sudah ada pada sub kegiatan tersebut."),
            models.UniqueConstraint(fields=["sub_kegiatan"], condition=Q(kelurahan__isnull=True), name="lokasi_pd_unik"),
        ]

    def __str__(self) -> str:
        return self.nama

    @property
    def nama(self) -> str:
        return self.kelurahan.nama if self.kelurahan_id and self.kelurahan is not None else self.pd.nama

    def clean(self) -> None:
        super().clean()
        if self.kelurahan_id and self.kelurahan is not None and self.kelurahan.pd_id != self.pd_id:
            raise ValidationError({"kelurahan": "Kelurahan ini tidak berada di kecamatan tersebut."})


# --- Indicators and their targets -----------------------------------------------------------------

# The relations ``Indikator.tahun_target`` reads, for reading it on many indicators.
INDIKATOR_TAHUN = ("tujuan__renstra", "sasaran__tujuan__renstra", "program", "kegiatan__program",
                   "sub_kegiatan__kegiatan__program")


class Indikator(TenantModel):
    """A performance indicator of a Renstra tujuan/sasaran or of a program, kegiatan, sub kegiatan."""

    OWNERS = INDIKATOR_OWNERS

    tujuan = models.ForeignKey(Tujuan, on_delete=models.CASCADE, null=True, blank=True, related_name="indikator")
    sasaran = models.ForeignKey(Sasaran, on_delete=models.CASCADE, null=True, blank=True, related_name="indikator")
    program = models.ForeignKey(Program, on_delete=models.CASCADE, null=True, blank=True, related_name="indikator")
    kegiatan = models.ForeignKey(Kegiatan, on_delete=models.CASCADE, null=True, blank=True, related_name="indikator")
    sub_kegiatan = models.ForeignKey(SubKegiatan, on_delete=models.CASCADE, null=True, blank=True, related_name="indikator")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    urutan = models.PositiveSmallIntegerField("urutan", default=0)
    nama = models.CharField("indikator", max_length=400)
    kinerja_utama = models.CharField("kinerja utama/outcome", max_length=400, blank=True,
                                     help_text="Kosong: sama dengan nama tujuan/sasarannya.")
    definisi = models.TextField("definisi operasional", blank=True)
    formula = models.TextField("formulasi perhitungan", blank=True)
    formula_pembilang = models.TextField("pembilang", blank=True)
    formula_penyebut = models.TextField("penyebut", blank=True)
    satuan = models.CharField("satuan", max_length=50, blank=True)
    polaritas = models.CharField("polaritas", max_length=10, choices=Polaritas.choices(), default=Polaritas.POSITIF)
    akumulasi = models.CharField("akumulasi triwulan", max_length=10, choices=Akumulasi.choices(),
                                 default=Akumulasi.TERAKHIR)
    rumus_negatif = models.CharField("rumus capaian polaritas negatif", max_length=10, blank=True,
                                     choices=RumusNegatif.choices(), help_text="Kosong: mengikuti pengaturan pemda.")
    cara_isi = models.CharField(
        "yang diisi tiap triwulan", max_length=10, choices=CaraIsi.choices(), default=CaraIsi.KUMULATIF,
        help_text="Untuk indikator yang dijumlahkan: angka s.d. triwulan, atau angka triwulan itu saja.")
    frekuensi = models.CharField("frekuensi pengukuran", max_length=10, choices=Frekuensi.choices(),
                                 default=Frekuensi.TRIWULAN,
                                 help_text="Triwulan yang tidak diukur tampil “belum diukur”, bukan 0.")
    peran = models.CharField("peran khusus", max_length=12, choices=Peran.choices(), blank=True, default=Peran.BIASA,
                             help_text="Indikator IKM menerima hasil SKM; indikator Nilai SAKIP menerima hasil evaluasi.")
    sumber_data = models.TextField("sumber data", blank=True)
    # An indicator whose realisation comes from another application (issue 20): that application's service token
    # posts values by ``kode_eksternal``; they wait as ``measurement.KirimanEksternal`` until the operator accepts.
    sumber_eksternal = models.CharField(
        "sumber eksternal", max_length=40, blank=True,
        help_text="Nama aplikasi yang mengirim realisasi indikator ini, misalnya EPDESKEL atau SIJINGGO; "
                  "kosong bila realisasi diisi langsung di sakip.")
    kode_eksternal = models.CharField(
        "kode eksternal", max_length=60, blank=True,
        help_text="Kode indikator ini pada aplikasi sumber; aplikasi itu mengirim nilai dengan kode ini.")
    is_iku = models.BooleanField("indikator kinerja utama (IKU)", default=False)
    kondisi_awal = models.DecimalField("kondisi awal", max_digits=20, decimal_places=4, null=True, blank=True)
    kondisi_awal_teks = models.CharField("kondisi awal (tertulis)", max_length=60, blank=True)

    class Meta:
        verbose_name = "indikator"
        verbose_name_plural = "indikator"
        ordering = ["urutan", "id"]
        constraints = [
            models.CheckConstraint(condition=_exactly_one(INDIKATOR_OWNERS), name="indikator_satu_pemilik"),
            models.CheckConstraint(
                condition=Q(sumber_eksternal="", kode_eksternal="") | (~Q(sumber_eksternal="") & ~Q(kode_eksternal="")),
                name="indikator_sumber_dan_kode_eksternal",
                violation_error_message="Isi sumber eksternal dan kode eksternal bersama-sama, atau kosongkan keduanya."),
        ]

    def __str__(self) -> str:
        return self.nama

    @classmethod
    def baru(cls, pemilik, **fields) -> Indikator:
        """An unsaved indicator owned by ``pemilik`` (a tujuan, sasaran, program, kegiatan or sub kegiatan)."""
        level = {"subkegiatan": "sub_kegiatan"}.get(pemilik._meta.model_name, pemilik._meta.model_name)
        if level not in cls.OWNERS:
            raise ValueError(f"{pemilik!r} cannot own an indicator")
        return cls(**{level: pemilik}, **fields)

    @property
    def level(self) -> str:
        for name in self.OWNERS:
            if getattr(self, f"{name}_id"):
                return name
        return ""

    @property
    def pemilik_id(self) -> int | None:
        level = self.level
        return getattr(self, f"{level}_id") if level else None

    @property
    def pemilik(self):
        level = self.level
        return getattr(self, level) if level else None

    def inherit_tenant(self) -> None:
        owner = self.pemilik
        if owner is not None:
            self.pemda_id = owner.pemda_id
            self.pd_id = owner.pd_id

    @property
    def kinerja_utama_tampil(self) -> str:
        return self.kinerja_utama or (self.pemilik.nama if self.level in ("tujuan", "sasaran") else "")

    def aturan(self, rumus_negatif_pemda: str) -> Aturan:
        """How this indicator's figures are computed (its own negative formula, else the pemda's)."""
        return Aturan(polaritas=Polaritas(self.polaritas),
                      rumus_negatif=RumusNegatif(self.rumus_negatif or rumus_negatif_pemda),
                      akumulasi=Akumulasi(self.akumulasi), cara_isi=CaraIsi(self.cara_isi),
                      frekuensi=Frekuensi(self.frekuensi))

    def tahun_target(self) -> range:
        """The years a target may be set for: the Renstra period, or the program's year."""
        level = self.level
        if level == "tujuan" and self.tujuan is not None:
            return self.tujuan.renstra.tahun
        if level == "sasaran" and self.sasaran is not None:
            return self.sasaran.tujuan.renstra.tahun
        if level == "program" and self.program is not None:
            return range(self.program.tahun, self.program.tahun + 1)
        if level == "kegiatan" and self.kegiatan is not None:
            return range(self.kegiatan.program.tahun, self.kegiatan.program.tahun + 1)
        if level == "sub_kegiatan" and self.sub_kegiatan is not None:
            year = self.sub_kegiatan.kegiatan.program.tahun
            return range(year, year + 1)
        return range(0)

    def target_tahunan(self) -> list[tuple[int, Target | None]]:
        """Every year a target may be set for, with its target (uses prefetched targets)."""
        by_year = {t.tahun: t for t in self.target.all()}
        return [(year, by_year.get(year)) for year in self.tahun_target()]

    def clean(self) -> None:
        owners = [name for name in self.OWNERS if getattr(self, f"{name}_id")]
        if len(owners) != 1:
            raise ValidationError("Indikator harus milik tepat satu tujuan, sasaran, program, kegiatan atau sub kegiatan.")
        super().clean()
        self._periksa_eksternal()

    def _periksa_eksternal(self) -> None:
        """The external source and code go together, and one code of a source names one indicator of the PD in any
        year: the source's values are found by it. Not a database constraint: a program indicator is copied to the
        next year's tree (``planning.services.mulai_tahun``) with its code, so a code recurs in other years."""
        self.sumber_eksternal = " ".join(self.sumber_eksternal.split()).upper()
        self.kode_eksternal = self.kode_eksternal.strip()
        if bool(self.sumber_eksternal) != bool(self.kode_eksternal):
            kosong = "kode_eksternal" if self.sumber_eksternal else "sumber_eksternal"
            raise ValidationError({kosong: "Isi sumber eksternal dan kode eksternal bersama-sama, atau kosongkan "
                                           "keduanya."})
        if not self.sumber_eksternal or not self.pd_id:
            return
        tahun = set(self.tahun_target())
        lain = (Indikator.objects.filter(pd_id=self.pd_id, sumber_eksternal=self.sumber_eksternal,
                                         kode_eksternal=self.kode_eksternal)
                .exclude(pk=self.pk).select_related(*INDIKATOR_TAHUN))
        for row in lain:
            sama = sorted(tahun & set(row.tahun_target()))
            if sama:
                raise ValidationError({"kode_eksternal": (
                    f"Kode {kutip(self.kode_eksternal)} dari {self.sumber_eksternal} sudah dipakai indikator "
                    f"“{row.nama[:60]}” pada tahun {sama[0]}; satu kode menunjuk satu indikator perangkat daerah.")})


class PenanggungJawab(TenantModel):
    """Who answers for an indicator: a unit (“Seksi Pelayanan Umum”) or a post (“Sekretaris”)."""

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="penanggung_jawab")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    unit = models.ForeignKey(UnitKerja, on_delete=models.CASCADE, null=True, blank=True, related_name="+",
                             verbose_name="unit kerja")
    jabatan = models.ForeignKey(Jabatan, on_delete=models.CASCADE, null=True, blank=True, related_name="+",
                                verbose_name="jabatan")
    urutan = models.PositiveSmallIntegerField("urutan", default=0)

    tenant_parent = "indikator"

    class Meta:
        verbose_name = "penanggung jawab"
        verbose_name_plural = "penanggung jawab"
        ordering = ["indikator", "urutan", "id"]
        constraints = [
            models.CheckConstraint(
                condition=(Q(unit__isnull=False) & Q(jabatan__isnull=True)) | (Q(unit__isnull=True) & Q(jabatan__isnull=False)),
                name="penanggung_jawab_unit_atau_jabatan",
            )
        ]

    def __str__(self) -> str:
        return self.nama

    @property
    def nama(self) -> str:
        if self.jabatan_id and self.jabatan is not None:
            return self.jabatan.nama
        return self.unit.nama if self.unit is not None else ""

    def clean(self) -> None:
        super().clean()
        other = self.jabatan if self.jabatan_id else (self.unit if self.unit_id else None)
        if other is not None and getattr(other, "pd_id", None) not in (None, self.pd_id):
            raise ValidationError("Penanggung jawab harus dari perangkat daerah yang sama.")


def huruf_target(teks: str) -> str:
    """The grade letter of a target written as ``B (63,00)``, else ``""``."""
    try:
        return parse_nilai(teks).huruf if teks else ""
    except AngkaError:
        return ""


def target_rumus(nilai: Decimal, atas: Decimal | None) -> Decimal | TargetRentang:
    """A target as capaian computes on it: its number, or the range ``nilai``–``atas``."""
    return TargetRentang(nilai, atas) if atas is not None else nilai


def tampil_target(nilai: Decimal, atas: Decimal | None, teks: str, satuan: str) -> str:
    """A target as documents print it: as its author wrote it, else formatted (``80–90``, ``85,91%``)."""
    if teks:
        return teks
    suffix = "%" if satuan == "%" else ""
    bawah = format_angka(nilai)
    return f"{bawah}–{format_angka(atas)}{suffix}" if atas is not None else f"{bawah}{suffix}"


class Target(TenantModel):
    """The target of an indicator for one year: the number computed on, and the text as written.

    ``teks`` keeps what the document writes (``85,91%``, ``B (63,00)``); ``nilai`` is the number.
    """

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="target")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    tahun = models.PositiveSmallIntegerField("tahun")
    nilai = models.DecimalField("target", max_digits=20, decimal_places=4)
    nilai_atas = models.DecimalField("batas atas (target rentang)", max_digits=20, decimal_places=4, null=True,
                                     blank=True, help_text="Hanya untuk target rentang seperti 80–90.")
    teks = models.CharField("target (tertulis)", max_length=60, blank=True)

    tenant_parent = "indikator"

    history = riwayat()

    class Meta:
        verbose_name = "target"
        verbose_name_plural = "target"
        ordering = ["indikator", "tahun"]
        constraints = [models.UniqueConstraint(fields=["indikator", "tahun"], name="target_unik_per_tahun",
                                    violation_error_message="Target indikator ini untuk tahun tersebut sudah ada.")]

    def __str__(self) -> str:
        return f"{self.indikator} {self.tahun}: {self.tampil}"

    @property
    def huruf(self) -> str:
        return huruf_target(self.teks)

    @property
    def rumus(self) -> Decimal | TargetRentang:
        """What capaian is computed on: the number, or the range of a range target."""
        return target_rumus(self.nilai, self.nilai_atas)

    @property
    def tampil(self) -> str:
        return self.teks or tampil_target(self.nilai, self.nilai_atas, "", self.indikator.satuan)

    def clean(self) -> None:
        super().clean()
        if self.indikator_id and self.tahun:
            years = self.indikator.tahun_target()
            if self.tahun not in years:
                raise ValidationError(
                    {"tahun": f"Tahun {self.tahun} di luar periode indikator ini ({years.start}–{years.stop - 1})."})


# --- The IKU of a PD for a period -----------------------------------------------------------------

class Iku(TenantModel):
    """The IKU document of a PD: which indicators, in which order, for which years."""

    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="iku", verbose_name="perangkat daerah")
    renstra = models.ForeignKey(Renstra, on_delete=models.PROTECT, null=True, blank=True, related_name="iku",
                                verbose_name="Renstra")
    tahun_mulai = models.PositiveSmallIntegerField("tahun mulai")
    tahun_selesai = models.PositiveSmallIntegerField("tahun selesai")
    tanggal = models.DateField("tanggal penetapan", null=True, blank=True)
    tempat = models.CharField("tempat penetapan", max_length=80, blank=True)
    keterangan = models.TextField("keterangan", blank=True)

    tenant_parent = "pd"

    class Meta:
        verbose_name = "IKU"
        verbose_name_plural = "IKU"
        ordering = ["pd", "-tahun_mulai"]
        constraints = [models.UniqueConstraint(fields=["pd", "tahun_mulai"], name="iku_unik",
                                    violation_error_message="IKU dengan tahun mulai ini sudah ada.")]

    def __str__(self) -> str:
        return f"IKU {self.pd} {self.periode}"

    @property
    def periode(self) -> str:
        if self.tahun_mulai == self.tahun_selesai:
            return str(self.tahun_mulai)
        return f"{self.tahun_mulai}–{self.tahun_selesai}"

    @property
    def tahun(self) -> list[int]:
        return list(range(self.tahun_mulai, self.tahun_selesai + 1))

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.tahun_mulai and self.tahun_selesai and self.tahun_selesai < self.tahun_mulai:
            errors["tahun_selesai"] = "Tahun selesai tidak boleh sebelum tahun mulai."
        if self.renstra_id and self.renstra is not None and self.renstra.pd_id != self.pd_id:
            errors["renstra"] = "Renstra ini milik perangkat daerah lain."
        if not errors and self.pd_id and self.tahun_mulai and self.tahun_selesai:
            overlap = Iku.objects.filter(pd_id=self.pd_id, tahun_mulai__lte=self.tahun_selesai,
                                         tahun_selesai__gte=self.tahun_mulai).exclude(pk=self.pk)
            if overlap.exists():
                errors["tahun_mulai"] = f"Periode bertumpang tindih dengan {overlap.first()}."
        if errors:
            raise ValidationError(errors)


class IkuEntri(TenantModel):
    """One row of an IKU: an indicator, its place, and the tujuan it is shown under.

    ``kelompok_tujuan`` is set only when the document lists the indicator under another tujuan
    than its own (seed 003 repeats one sasaran under both tujuan).
    """

    iku = models.ForeignKey(Iku, on_delete=models.CASCADE, related_name="entri")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    indikator = models.ForeignKey(Indikator, on_delete=models.PROTECT, related_name="iku_entri")
    urutan = models.PositiveSmallIntegerField("urutan")
    kelompok_tujuan = models.ForeignKey(Tujuan, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                                        verbose_name="ditampilkan di bawah tujuan")

    tenant_parent = "iku"

    class Meta:
        verbose_name = "baris IKU"
        verbose_name_plural = "baris IKU"
        ordering = ["iku", "urutan"]
        constraints = [models.UniqueConstraint(fields=["iku", "urutan"], name="iku_entri_urutan_unik")]

    def __str__(self) -> str:
        return f"{self.urutan}. {self.indikator}"

    def clean(self) -> None:
        super().clean()
        errors = {}
        if self.indikator_id and self.indikator.pd_id != self.pd_id:
            errors["indikator"] = "Indikator ini milik perangkat daerah lain."
        elif self.indikator_id and self.indikator.level not in ("tujuan", "sasaran"):
            errors["indikator"] = "IKU memuat indikator tujuan atau sasaran, bukan indikator program/kegiatan."
        if self.kelompok_tujuan_id and self.kelompok_tujuan is not None and self.kelompok_tujuan.pd_id != self.pd_id:
            errors["kelompok_tujuan"] = "Tujuan ini milik perangkat daerah lain."
        if errors:
            raise ValidationError(errors)
