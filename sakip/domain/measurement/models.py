"""Quarterly measurement: realisation of every indicator, pagu and spending of every budget line.

Realisations are cumulative, "s.d. triwulan n", as the quarterly tables print them. A budget line
is a sub kegiatan, or one lokasi of it when the DPA splits it by kelurahan; a figure is stored at
the level the source gives it (a sub kegiatan's value is its own line's, else the sum of its lokasi).
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from sakip.core.models import TenantModel
from sakip.core.riwayat import riwayat
from sakip.domain.measurement.bukti import lokasi_berkas, nama_jenis, ukuran_teks
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Indikator, Lokasi, SubKegiatan
from sakip.rumus.capaian import ROMAWI, Frekuensi, SumberAnggaran

TRIWULAN = [(1, "Triwulan I"), (2, "Triwulan II"), (3, "Triwulan III"), (4, "Triwulan IV")]


def triwulan_field(**kwargs) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField("triwulan", choices=TRIWULAN,
                                            validators=[MinValueValidator(1), MaxValueValidator(4)], **kwargs)


class Realisasi(TenantModel):
    """The realisation of an indicator up to the end of a quarter (cumulative, "s.d. triwulan")."""

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="realisasi")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    tahun = models.PositiveSmallIntegerField("tahun")
    triwulan = triwulan_field()
    nilai = models.DecimalField("realisasi", max_digits=20, decimal_places=4, null=True, blank=True,
                                help_text="Kosong bila data tidak tersedia; jelaskan pada keterangan.")
    teks = models.CharField("realisasi (tertulis)", max_length=60, blank=True)
    keterangan = models.CharField("keterangan", max_length=255, blank=True)
    diubah = models.DateTimeField(auto_now=True)

    tenant_parent = "indikator"

    history = riwayat()

    class Meta:
        verbose_name = "realisasi triwulan"
        verbose_name_plural = "realisasi triwulan"
        ordering = ["indikator", "tahun", "triwulan"]
        constraints = [models.UniqueConstraint(fields=["indikator", "tahun", "triwulan"], name="realisasi_unik",
                                               violation_error_message="Realisasi triwulan ini sudah ada.")]

    def __str__(self) -> str:
        return f"{self.indikator} {self.tahun} TW {ROMAWI.get(self.triwulan, '?')}: {self.teks or self.nilai}"

    def clean(self) -> None:
        super().clean()
        if self.indikator_id and self.tahun and self.tahun not in self.indikator.tahun_target():
            raise ValidationError({"tahun": f"Tahun {self.tahun} di luar periode indikator ini."})


class RealisasiTahunan(TenantModel):
    """An annual realisation set explicitly (e.g. verified after year end); shown beside the TW IV value."""

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="realisasi_tahunan")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    tahun = models.PositiveSmallIntegerField("tahun")
    nilai = models.DecimalField("realisasi tahunan", max_digits=20, decimal_places=4)
    teks = models.CharField("realisasi (tertulis)", max_length=60, blank=True)
    sumber = models.CharField("sumber", max_length=255, help_text="Dari mana angka ini, misalnya “hasil SKM semester II”.")

    tenant_parent = "indikator"

    history = riwayat()

    class Meta:
        verbose_name = "realisasi tahunan"
        verbose_name_plural = "realisasi tahunan"
        constraints = [models.UniqueConstraint(fields=["indikator", "tahun"], name="realisasi_tahunan_unik",
                                               violation_error_message="Realisasi tahunan indikator ini sudah ada.")]

    def __str__(self) -> str:
        return f"{self.indikator} {self.tahun}: {self.teks or self.nilai}"


class BarisAnggaranMixin(models.Model):
    """A value of a budget line: a sub kegiatan, or one lokasi of it."""

    sub_kegiatan = models.ForeignKey(SubKegiatan, on_delete=models.CASCADE, related_name="+", verbose_name="sub kegiatan")
    lokasi = models.ForeignKey(Lokasi, on_delete=models.CASCADE, null=True, blank=True, related_name="+",
                               verbose_name="lokasi", help_text="Kosong: untuk sub kegiatan seluruhnya.")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    nilai = models.DecimalField("nilai (Rp)", max_digits=18, decimal_places=2,
                                validators=[MinValueValidator(Decimal(0), "Nilai anggaran tidak boleh negatif.")])

    tenant_parent: str | None = "sub_kegiatan"

    class Meta:
        abstract = True

    def clean(self) -> None:
        super().clean()
        if (self.lokasi_id and self.sub_kegiatan_id and self.lokasi is not None
                and self.lokasi.sub_kegiatan_id != self.sub_kegiatan_id):
            raise ValidationError({"lokasi": "Lokasi ini milik sub kegiatan lain."})


class Pagu(BarisAnggaranMixin, TenantModel):
    """The pagu of a budget line from one budget (APBD, then APBD-P), in force from a quarter on."""

    sumber = models.CharField("sumber", max_length=10, choices=SumberAnggaran.choices(), default=SumberAnggaran.APBD)
    berlaku_mulai = triwulan_field(default=1)

    history = riwayat()

    class Meta:
        verbose_name = "pagu"
        verbose_name_plural = "pagu"
        ordering = ["sub_kegiatan", "lokasi", "berlaku_mulai"]
        constraints = [
            models.UniqueConstraint(fields=["sub_kegiatan", "lokasi", "sumber"], name="pagu_unik",
                                    violation_error_message="Pagu dari sumber ini sudah ada untuk baris anggaran ini."),
            models.UniqueConstraint(fields=["sub_kegiatan", "sumber"], condition=Q(lokasi__isnull=True),
                                    name="pagu_sub_unik",
                                    violation_error_message="Pagu dari sumber ini sudah ada untuk sub kegiatan ini."),
        ]

    def __str__(self) -> str:
        return f"Pagu {self.sumber} {self.sub_kegiatan}: {self.nilai}"


class RealisasiAnggaran(BarisAnggaranMixin, TenantModel):
    """Spending of a budget line up to the end of a quarter (cumulative)."""

    triwulan = triwulan_field()
    diubah = models.DateTimeField(auto_now=True)

    history = riwayat()

    class Meta:
        verbose_name = "realisasi anggaran"
        verbose_name_plural = "realisasi anggaran"
        ordering = ["sub_kegiatan", "lokasi", "triwulan"]
        constraints = [
            models.UniqueConstraint(fields=["sub_kegiatan", "lokasi", "triwulan"], name="realisasi_anggaran_unik",
                                    violation_error_message="Realisasi anggaran triwulan ini sudah ada."),
            models.UniqueConstraint(fields=["sub_kegiatan", "triwulan"], condition=Q(lokasi__isnull=True),
                                    name="realisasi_anggaran_sub_unik",
                                    violation_error_message="Realisasi anggaran triwulan ini sudah ada."),
        ]

    def __str__(self) -> str:
        return f"Realisasi anggaran {self.sub_kegiatan} TW {ROMAWI.get(self.triwulan, '?')}: {self.nilai}"


class RencanaAksi(TenantModel):
    """The rencana aksi of an indicator in one quarter of a year: the quarter's target and what is planned.

    The target is typed the way the indicator's realisation is typed (its ``cara_isi`` and ``akumulasi``), so the
    target s.d. a quarter comes from the same rule as the realisation (``sakip.rumus.rencana_aksi.target_sd``).
    """

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="rencana_aksi")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    tahun = models.PositiveSmallIntegerField("tahun")
    triwulan = triwulan_field()
    nilai = models.DecimalField("target triwulan", max_digits=20, decimal_places=4)
    teks = models.CharField("target (tertulis)", max_length=60, blank=True)
    aksi = models.CharField("rencana aksi", max_length=400, blank=True,
                            help_text="Apa yang direncanakan dikerjakan pada triwulan ini.")
    diubah = models.DateTimeField(auto_now=True)

    tenant_parent = "indikator"

    history = riwayat()

    class Meta:
        verbose_name = "rencana aksi"
        verbose_name_plural = "rencana aksi"
        ordering = ["indikator", "tahun", "triwulan"]
        constraints = [models.UniqueConstraint(fields=["indikator", "tahun", "triwulan"], name="rencana_aksi_unik",
                                               violation_error_message="Rencana aksi triwulan ini sudah ada.")]

    def __str__(self) -> str:
        return f"Rencana aksi {self.indikator} {self.tahun} TW {ROMAWI.get(self.triwulan, '?')}: {self.teks or self.nilai}"

    def clean(self) -> None:
        super().clean()
        if not self.indikator_id:
            return
        if self.tahun and self.tahun not in self.indikator.tahun_target():
            raise ValidationError({"tahun": f"Tahun {self.tahun} di luar periode indikator ini."})
        if self.triwulan in ROMAWI and not Frekuensi(self.indikator.frekuensi).diukur(self.triwulan):
            raise ValidationError({"nilai": f"Indikator ini tidak diukur pada triwulan {ROMAWI[self.triwulan]}."})


class AnggaranKas(TenantModel):
    """The anggaran kas of a sub kegiatan: its planned spending in one quarter (the quarter's own amount, as the
    DPA's anggaran kas gives it; the plan s.d. a quarter is the sum, ``sakip.rumus.rencana_aksi.kas_sd``)."""

    sub_kegiatan = models.ForeignKey(SubKegiatan, on_delete=models.CASCADE, related_name="+", verbose_name="sub kegiatan")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    triwulan = triwulan_field()
    nilai = models.DecimalField("anggaran kas (Rp)", max_digits=18, decimal_places=2,
                                validators=[MinValueValidator(Decimal(0), "Nilai anggaran tidak boleh negatif.")])
    diubah = models.DateTimeField(auto_now=True)

    tenant_parent = "sub_kegiatan"

    history = riwayat()

    class Meta:
        verbose_name = "anggaran kas"
        verbose_name_plural = "anggaran kas"
        ordering = ["sub_kegiatan", "triwulan"]
        constraints = [models.UniqueConstraint(fields=["sub_kegiatan", "triwulan"], name="anggaran_kas_unik",
                                               violation_error_message="Anggaran kas triwulan ini sudah ada.")]

    def __str__(self) -> str:
        return f"Anggaran kas {self.sub_kegiatan} TW {ROMAWI.get(self.triwulan, '?')}: {self.nilai}"


class BelanjaTanpaRincian(TenantModel):
    """Spending a source reports only as the PD's total for a quarter, without the budget lines behind it.

    Kept so the quarter's total is the one reported, without spreading it over sub kegiatan the
    source does not name; the pengukuran shows it as its own line and a check can flag it.
    """

    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", verbose_name="perangkat daerah")
    tahun = models.PositiveSmallIntegerField("tahun")
    triwulan = triwulan_field()
    nilai = models.DecimalField("nilai (Rp)", max_digits=18, decimal_places=2,
                                validators=[MinValueValidator(Decimal(0), "Nilai anggaran tidak boleh negatif.")])
    keterangan = models.CharField("keterangan", max_length=255)

    tenant_parent = "pd"

    class Meta:
        verbose_name = "realisasi anggaran tanpa rincian"
        verbose_name_plural = "realisasi anggaran tanpa rincian"
        constraints = [models.UniqueConstraint(fields=["pd", "tahun", "triwulan"], name="belanja_tanpa_rincian_unik")]

    def __str__(self) -> str:
        return f"{self.pd} {self.tahun} TW {ROMAWI.get(self.triwulan, '?')}: {self.nilai}"


class BuktiDukung(TenantModel):
    """A file that supports a realisation (bukti dukung): the document an evaluator asks to see.

    Stored under MEDIA_ROOT, which no URL serves, with a generated name (``bukti.lokasi_berkas``);
    its type is checked by content on upload (``sakip.domain.measurement.bukti``) and it is handed out only
    through the scoped download view. The LKjIP lists indicators whose realisation has none.
    """

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="bukti_dukung")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    tahun = models.PositiveSmallIntegerField("tahun")
    triwulan = models.PositiveSmallIntegerField("triwulan", validators=[MinValueValidator(1), MaxValueValidator(4)])
    berkas = models.FileField("berkas", upload_to=lokasi_berkas)
    nama_asli = models.CharField("nama berkas", max_length=255, blank=True, default="",
                                 help_text="Nama berkas yang diunggah (dibersihkan); untuk tampilan dan nama unduhan.")
    jenis = models.CharField("jenis berkas", max_length=100, blank=True, default="",
                             help_text="Jenis MIME menurut isi berkas, bukan menurut namanya.")
    ukuran = models.PositiveBigIntegerField("ukuran (byte)", default=0)
    keterangan = models.CharField("keterangan", max_length=255, blank=True)
    diunggah = models.DateTimeField("diunggah", auto_now_add=True)
    diunggah_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                      related_name="+", editable=False, verbose_name="diunggah oleh")

    tenant_parent = "indikator"

    history = riwayat()

    class Meta:
        verbose_name = "bukti dukung"
        verbose_name_plural = "bukti dukung"
        ordering = ["indikator", "tahun", "triwulan", "pk"]

    def __str__(self) -> str:
        return f"Bukti {self.indikator} {self.tahun} TW {self.triwulan}"

    @property
    def nama_unduhan(self) -> str:
        return self.nama_asli or (self.berkas.name or "").rsplit("/", 1)[-1]

    @property
    def jenis_teks(self) -> str:
        return nama_jenis(self.jenis)

    @property
    def ukuran_teks(self) -> str:
        return ukuran_teks(self.ukuran)


class KirimanEksternal(TenantModel):
    """A value an external source sent for an indicator that declares it (``Indikator.sumber_eksternal`` and
    ``kode_eksternal``): through the API with a service token, or as a CSV file (``sakip impor_sumber``, the upload on
    the quarter's kiriman page). It waits (``menunggu``) until the PD's operator accepts it — then it is written as
    the quarter's realisation through the grid's own service — or rejects it with a reason; while any of a quarter
    waits, the quarter cannot be submitted. sakip keeps who sent what and when (``dikirim_oleh``,
    ``dikirim_pada``) and who decided (``diputus_oleh``, ``diputus_pada``, ``alasan``)."""

    MENUNGGU, DITERIMA, DITOLAK = "menunggu", "diterima", "ditolak"
    STATUS = [(MENUNGGU, "menunggu konfirmasi"), (DITERIMA, "diterima"), (DITOLAK, "ditolak")]

    indikator = models.ForeignKey(Indikator, on_delete=models.CASCADE, related_name="kiriman_eksternal")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    tahun = models.PositiveSmallIntegerField("tahun")
    triwulan = triwulan_field()
    nilai = models.DecimalField("nilai", max_digits=20, decimal_places=4)
    teks = models.CharField("nilai (tertulis)", max_length=60, help_text="Nilai seperti dikirim, dibaca seperti isian layar.")
    keterangan = models.CharField("keterangan", max_length=255, blank=True)
    sumber = models.CharField("sumber", max_length=40, help_text="Aplikasi sumber, sama dengan sumber eksternal indikator.")
    kode = models.CharField("kode eksternal", max_length=60)
    dikirim_oleh = models.CharField("dikirim oleh", max_length=200,
                                    help_text="Token API (nama dan awalan) atau berkas CSV dan siapa yang mengunggahnya.")
    # Who sent it, as a key the sender's own list filters by: ``token:<id>`` for an API token, ``csv`` for a file.
    kunci_pengirim = models.CharField("kunci pengirim", max_length=40, db_index=True, editable=False)
    dikirim_akun = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+", editable=False, verbose_name="akun pengirim")
    dikirim_pada = models.DateTimeField("dikirim pada", auto_now_add=True)
    status = models.CharField("status", max_length=10, choices=STATUS, default=MENUNGGU)
    diputus_oleh = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True,
                                     related_name="+", editable=False, verbose_name="diputus oleh")
    diputus_pada = models.DateTimeField("diputus pada", null=True, blank=True)
    alasan = models.CharField("alasan", max_length=255, blank=True, help_text="Alasan penolakan.")

    tenant_parent = "indikator"

    class Meta:
        verbose_name = "kiriman sumber eksternal"
        verbose_name_plural = "kiriman sumber eksternal"
        ordering = ["-dikirim_pada", "-id"]
        indexes = [models.Index(fields=["pd", "tahun", "triwulan", "status"], name="kiriman_eksternal_triwulan")]
        constraints = [
            models.CheckConstraint(condition=~Q(status="ditolak") | ~Q(alasan=""), name="kiriman_ditolak_beralasan",
                                   violation_error_message="Tuliskan alasan penolakan kiriman."),
            models.CheckConstraint(condition=Q(status="menunggu") | Q(diputus_pada__isnull=False),
                                   name="kiriman_diputus_bertanggal",
                                   violation_error_message="Kiriman yang diputus harus mencatat waktu putusannya."),
        ]

    def __str__(self) -> str:
        return f"Kiriman {self.sumber} {self.kode} {self.tahun} TW {ROMAWI.get(self.triwulan, '?')}: {self.teks}"

    def clean(self) -> None:
        super().clean()
        if self.indikator_id and self.tahun and self.tahun not in self.indikator.tahun_target():
            raise ValidationError({"tahun": f"Tahun {self.tahun} di luar periode indikator ini."})
