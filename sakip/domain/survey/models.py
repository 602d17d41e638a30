"""The Survei Kepuasan Masyarakat (PermenPANRB 14/2017): service units, periods, questionnaire, answers.

Answers are stored one row per respondent with the nine unsur as columns ``u1``..``u9`` (1–4, a
database check), so the NRR and IKM of any period, unit or service are one aggregate query.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from sakip.core.models import TenantModel
from sakip.core.riwayat import riwayat
from sakip.domain.organisation.models import Kelurahan, PerangkatDaerah
from sakip.rumus.ikm import KODE_UNSUR


class UnitLayanan(TenantModel):
    """A service counter that is surveyed: the kecamatan itself or one of its kelurahan."""

    scope_kelurahan_field = "kelurahan"  # a kelurahan operator reaches its own unit only

    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="unit_layanan",
                           verbose_name="perangkat daerah")
    kelurahan = models.ForeignKey(Kelurahan, on_delete=models.PROTECT, null=True, blank=True, related_name="+",
                                  verbose_name="kelurahan", help_text="Kosong untuk layanan di kantor kecamatan.")
    nama = models.CharField("nama", max_length=150)
    slug = models.SlugField("alamat survei", max_length=80, unique=True,
                            help_text="Bagian alamat halaman survei publik, misalnya “wonoasih-sumber-taman”.")
    aktif = models.BooleanField("menerima jawaban", default=True)
    urutan = models.PositiveSmallIntegerField("urutan", default=0)

    tenant_parent = "pd"

    class Meta:
        verbose_name = "unit layanan"
        verbose_name_plural = "unit layanan"
        ordering = ["pd", "urutan", "nama"]

    def __str__(self) -> str:
        return self.nama

    @property
    def jenis(self) -> str:
        return "kelurahan" if self.kelurahan_id else "kecamatan"

    def clean(self) -> None:
        super().clean()
        if self.kelurahan_id and self.pd_id and self.kelurahan is not None and self.kelurahan.pd_id != self.pd_id:
            raise ValidationError({"kelurahan": "Kelurahan ini bukan bagian dari perangkat daerah tersebut."})


class JenisLayanan(TenantModel):
    """A service a unit gives (KTP, KK, surat pengantar, ...)."""

    scope_kelurahan_reads = True

    unit = models.ForeignKey(UnitLayanan, on_delete=models.CASCADE, related_name="layanan", verbose_name="unit layanan")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    nama = models.CharField("nama layanan", max_length=150)
    urutan = models.PositiveSmallIntegerField("urutan", default=0)

    tenant_parent = "unit"

    class Meta:
        verbose_name = "jenis layanan"
        verbose_name_plural = "jenis layanan"
        ordering = ["unit", "urutan", "nama"]
        constraints = [models.UniqueConstraint(fields=["unit", "nama"], name="jenis_layanan_unik",
                                               violation_error_message="Layanan ini sudah ada pada unit tersebut.")]

    def __str__(self) -> str:
        return self.nama


class PeriodeSurvei(TenantModel):
    """A survey period of a PD: a semester, quarter or year, with its dates and yearly service users."""

    scope_kelurahan_reads = True

    class Jenis(models.TextChoices):
        SEMESTER = "semester", "Semester"
        TRIWULAN = "triwulan", "Triwulan"
        TAHUN = "tahun", "Tahun"

    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="periode_survei",
                           verbose_name="perangkat daerah")
    kode = models.SlugField("kode", max_length=20, help_text="Misalnya “2024-S2”, “2025-T1”, “2025”.")
    jenis = models.CharField("jenis", max_length=10, choices=Jenis.choices, default=Jenis.SEMESTER)
    nama = models.CharField("nama", max_length=80, help_text="Misalnya “Semester II 2024”.")
    mulai = models.DateField("mulai")
    selesai = models.DateField("selesai")
    populasi = models.PositiveIntegerField("jumlah pengguna layanan setahun",
                                           help_text="Populasi (N) untuk jumlah sampel minimum Krejcie–Morgan.")
    ditutup = models.BooleanField("ditutup", default=False,
                                  help_text="Periode yang ditutup tidak menerima atau mengubah jawaban lagi.")
    # The report's own facts, apart from the period's dates and the FKP's: when the answers were collected,
    # when and where the report is signed, and the conditions behind the weakest unsur as staff write them.
    pengumpulan_mulai = models.DateField("pengumpulan data mulai", null=True, blank=True,
                                         help_text="Kosong: tanggal mulai periode.")
    pengumpulan_selesai = models.DateField("pengumpulan data selesai", null=True, blank=True,
                                           help_text="Kosong: tanggal selesai periode.")
    tanggal_laporan = models.DateField("tanggal laporan", null=True, blank=True,
                                       help_text="Tanggal laporan SKM ditandatangani pimpinan.")
    tempat_laporan = models.CharField("tempat penandatanganan", max_length=80, blank=True,
                                      help_text="Kosong: ibu kota pemda, misalnya “Probolinggo”.")
    analisis = models.TextField("kondisi permasalahan/kekurangan unsur layanan", blank=True,
                                help_text="Bab IV laporan SKM; satu butir per baris.")
    diterbitkan = models.DateTimeField("diterbitkan di portal", null=True, blank=True, editable=False,
                                       help_text="Sebelum terbit, laporan yang diunduh bertanda DRAF.")

    tenant_parent = "pd"

    class Meta:
        verbose_name = "periode survei"
        verbose_name_plural = "periode survei"
        ordering = ["pd", "-mulai"]
        constraints = [models.UniqueConstraint(fields=["pd", "kode"], name="periode_survei_unik",
                                               violation_error_message="Kode periode ini sudah ada.")]

    def __str__(self) -> str:
        return self.nama

    def clean(self) -> None:
        super().clean()
        if self.mulai and self.selesai and self.selesai < self.mulai:
            raise ValidationError({"selesai": "Tanggal selesai tidak boleh sebelum tanggal mulai."})
        awal, akhir = self.awal_pengumpulan, self.akhir_pengumpulan
        if awal and akhir and akhir < awal:
            raise ValidationError({"pengumpulan_selesai": "Pengumpulan data tidak boleh selesai sebelum dimulai."})
        if self.tanggal_laporan and akhir and self.tanggal_laporan < akhir:
            raise ValidationError({"tanggal_laporan": "Tanggal laporan tidak boleh sebelum pengumpulan data selesai."})

    @property
    def awal_pengumpulan(self):
        return self.pengumpulan_mulai or self.mulai

    @property
    def akhir_pengumpulan(self):
        return self.pengumpulan_selesai or self.selesai


class Pertanyaan(TenantModel):
    """The question of one unsur on a PD's questionnaire, with its four answers; the order is a setting."""

    scope_kelurahan_reads = True

    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="pertanyaan_skm")
    unsur = models.CharField("unsur", max_length=2, choices=[(k, k) for k in KODE_UNSUR])
    urutan = models.PositiveSmallIntegerField("urutan")
    teks = models.CharField("pertanyaan", max_length=300)
    jawaban_1 = models.CharField("jawaban a (nilai 1)", max_length=80)
    jawaban_2 = models.CharField("jawaban b (nilai 2)", max_length=80)
    jawaban_3 = models.CharField("jawaban c (nilai 3)", max_length=80)
    jawaban_4 = models.CharField("jawaban d (nilai 4)", max_length=80)

    tenant_parent = "pd"

    class Meta:
        verbose_name = "pertanyaan SKM"
        verbose_name_plural = "pertanyaan SKM"
        ordering = ["pd", "urutan"]
        constraints = [models.UniqueConstraint(fields=["pd", "unsur"], name="pertanyaan_unsur_unik")]

    def __str__(self) -> str:
        return f"{self.unsur}. {self.teks}"

    @property
    def pilihan(self) -> list[tuple[int, str]]:
        return [(1, self.jawaban_1), (2, self.jawaban_2), (3, self.jawaban_3), (4, self.jawaban_4)]


def _jawaban(kode: str) -> models.PositiveSmallIntegerField:
    return models.PositiveSmallIntegerField(kode.upper(), validators=[MinValueValidator(1), MaxValueValidator(4)])


class Respons(TenantModel):
    """One questionnaire: who answered (demographics), for which unit and service, the nine answers."""

    scope_kelurahan_field = "unit__kelurahan"

    class JenisKelamin(models.TextChoices):
        L = "L", "Laki-laki"
        P = "P", "Perempuan"

    class Usia(models.TextChoices):
        U_20 = "<20", "< 20 tahun"
        U20 = "20-29", "20 – 29 tahun"
        U30 = "30-39", "30 – 39 tahun"
        U40 = "40-49", "40 – 49 tahun"
        U50 = "50+", "≥ 50 tahun"

    class Pendidikan(models.TextChoices):
        SD = "sd", "SD ke bawah"
        SLTP = "sltp", "SLTP"
        SLTA = "slta", "SLTA"
        DIPLOMA_S1 = "d-s1", "D-I/D-III/D-IV/S1"
        S2 = "s2", "S-2 ke atas"

    class Pekerjaan(models.TextChoices):
        PNS = "pns", "PNS/TNI/POLRI"
        SWASTA = "swasta", "Pegawai swasta"
        WIRASWASTA = "wiraswasta", "Wiraswasta/usahawan"
        PELAJAR = "pelajar", "Pelajar/mahasiswa"
        LAINNYA = "lainnya", "Lainnya"

    class Kanal(models.TextChoices):
        WEB = "web", "Formulir daring"
        KERTAS = "kertas", "Kuesioner kertas (dientri petugas)"
        IMPOR = "impor", "Impor berkas"
        BANGKITAN = "bangkitan", "Data demo yang dibangkitkan"

    periode = models.ForeignKey(PeriodeSurvei, on_delete=models.PROTECT, related_name="respons")
    unit = models.ForeignKey(UnitLayanan, on_delete=models.PROTECT, related_name="respons")
    layanan = models.ForeignKey(JenisLayanan, on_delete=models.PROTECT, null=True, blank=True, related_name="respons")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    jenis_kelamin = models.CharField("jenis kelamin", max_length=1, choices=JenisKelamin.choices)
    usia = models.CharField("usia", max_length=5, choices=Usia.choices)
    pendidikan = models.CharField("pendidikan", max_length=6, choices=Pendidikan.choices)
    pekerjaan = models.CharField("pekerjaan", max_length=12, choices=Pekerjaan.choices)
    u1, u2, u3, u4, u5, u6, u7, u8, u9 = (_jawaban(k) for k in KODE_UNSUR)
    saran = models.TextField("saran dan masukan", blank=True, max_length=2000)
    kanal = models.CharField("kanal", max_length=10, choices=Kanal.choices, default=Kanal.WEB)
    dibuat = models.DateTimeField("waktu", auto_now_add=True, db_index=True)
    token = models.CharField(max_length=64, null=True, blank=True, unique=True, editable=False)
    alamat_hash = models.CharField(max_length=64, blank=True, editable=False)

    tenant_parent = "unit"

    history = riwayat()
    # simple_history's switch, set on an instance (never on the class) while its save leaves no record.
    skip_history_when_saving: bool

    class Meta:
        verbose_name = "jawaban SKM"
        verbose_name_plural = "jawaban SKM"
        ordering = ["periode", "dibuat"]
        indexes = [models.Index(fields=["alamat_hash", "dibuat"], name="respons_alamat_waktu")]
        constraints = [
            models.CheckConstraint(condition=Q(**{f"{k.lower()}__gte": 1}) & Q(**{f"{k.lower()}__lte": 4}),
                                   name=f"respons_{k.lower()}_1_4")
            for k in KODE_UNSUR
        ]

    def __str__(self) -> str:
        return f"Jawaban {self.pk} ({self.unit}, {self.periode})"

    def clean(self) -> None:
        super().clean()
        if self.unit_id and self.periode_id and self.unit.pd_id != self.periode.pd_id:
            raise ValidationError({"periode": "Periode ini milik perangkat daerah lain."})
        if self.layanan_id and self.unit_id and self.layanan is not None and self.layanan.unit_id != self.unit_id:
            raise ValidationError({"layanan": "Layanan ini milik unit layanan lain."})


class RencanaTindakLanjut(TenantModel):
    """One follow-up action of a period: the unsur it improves (priority order), what, when, who."""

    periode = models.ForeignKey(PeriodeSurvei, on_delete=models.CASCADE, related_name="rtl")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    prioritas = models.PositiveSmallIntegerField("prioritas", help_text="1 = unsur yang paling rendah nilainya.")
    unsur = models.CharField("unsur", max_length=2, choices=[(k, k) for k in KODE_UNSUR])
    unsur_label = models.CharField("nama unsur seperti tertulis", max_length=80, blank=True)
    kegiatan = models.CharField("program/kegiatan", max_length=300)
    tw1 = models.BooleanField("TW I", default=False)
    tw2 = models.BooleanField("TW II", default=False)
    tw3 = models.BooleanField("TW III", default=False)
    tw4 = models.BooleanField("TW IV", default=False)
    penanggung_jawab = models.CharField("penanggung jawab", max_length=150)
    urutan = models.PositiveSmallIntegerField("urutan", default=0)

    tenant_parent = "periode"

    class Meta:
        verbose_name = "rencana tindak lanjut"
        verbose_name_plural = "rencana tindak lanjut"
        ordering = ["periode", "prioritas", "urutan"]

    def __str__(self) -> str:
        return f"{self.prioritas}. {self.unsur}: {self.kegiatan}"

    @property
    def triwulan(self) -> tuple[bool, bool, bool, bool]:
        return (self.tw1, self.tw2, self.tw3, self.tw4)


PIHAK_BANTUAN = "Satu orang per baris: nama — NIP — jabatan (NIP boleh dikosongkan: nama — jabatan)."


class ForumKonsultasiPublik(TenantModel):
    """The minutes of the Forum Konsultasi Publik that discussed a period's follow-up."""

    periode = models.OneToOneField(PeriodeSurvei, on_delete=models.CASCADE, related_name="fkp")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    nomor = models.CharField("nomor berita acara", max_length=80, blank=True,
                             help_text="Misalnya “000.8.3.4/498/425.503/2024”.")
    tanggal = models.DateField("tanggal")
    tempat = models.CharField("tempat", max_length=150, blank=True)
    pihak_kesatu = models.TextField("pihak kesatu", help_text=PIHAK_BANTUAN)
    pihak_kedua = models.TextField("pihak kedua", help_text=PIHAK_BANTUAN)
    hasil = models.TextField("hasil/kesepakatan")

    tenant_parent = "periode"

    class Meta:
        verbose_name = "forum konsultasi publik"
        verbose_name_plural = "forum konsultasi publik"

    def __str__(self) -> str:
        return f"FKP {self.periode} ({self.tanggal})"


class DokumentasiSkm(TenantModel):
    """A photograph of the survey being held, printed in the report's annex “Dokumentasi lainnya terkait
    pelaksanaan SKM”."""

    MAKS = 6  # photographs per period: the annex stays a few pages

    periode = models.ForeignKey(PeriodeSurvei, on_delete=models.CASCADE, related_name="dokumentasi")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    gambar = models.ImageField("foto", upload_to="skm/dokumentasi/",
                               help_text="JPEG atau PNG, paling besar 5 MB; dicetak selebar 15 cm.")
    keterangan = models.CharField("keterangan foto", max_length=200, blank=True)
    urutan = models.PositiveSmallIntegerField("urutan", default=0)

    tenant_parent = "periode"

    class Meta:
        verbose_name = "dokumentasi SKM"
        verbose_name_plural = "dokumentasi SKM"
        ordering = ["periode", "urutan", "pk"]

    def __str__(self) -> str:
        return self.keterangan or f"Dokumentasi {self.pk}"
