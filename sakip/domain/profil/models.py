"""The profile of a PD for a year: what LKjIP Bab I tells about the organisation (narrative, free
tables with computed totals, organisation chart, kewenangan dilimpahkan, permasalahan, isu strategis)
and the cover / Kata Pengantar details."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db import models

from sakip.core.models import TenantModel
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.rumus import tabel


class ProfilPd(TenantModel):
    """One PD, one year: the narrative of LKjIP Bab I and the report's own details."""

    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="profil", verbose_name="perangkat daerah")
    tahun = models.PositiveSmallIntegerField("tahun")
    tanggal = models.DateField("tanggal penyusunan laporan", null=True, blank=True,
                               help_text="Pimpinan PD pada tanggal ini yang menandatangani LKjIP.")
    tempat = models.CharField("tempat penandatanganan", max_length=80, blank=True)
    kata_pengantar = models.TextField("kata pengantar", blank=True,
                                      help_text="Kosongkan untuk memakai teks baku. Satu paragraf per baris.")
    pendahuluan = models.TextField("pendahuluan Bab I", blank=True, help_text="Satu paragraf per baris.")
    tugas_fungsi = models.TextField("tugas, fungsi dan struktur organisasi", blank=True,
                                    help_text="Satu paragraf atau butir per baris. Kosong: tugas dan fungsi dari data PD.")
    bagan = models.ImageField("bagan struktur organisasi (gambar)", upload_to="profil/bagan/", blank=True,
                              help_text="Kosongkan untuk bagan yang dibuat dari unit kerja.")
    peta = models.ImageField("peta wilayah (gambar)", upload_to="profil/peta/", blank=True,
                             help_text="Dicetak di Bab I sebagai gambar pertama, “Peta …”.")
    kewenangan_pengantar = models.TextField("pengantar kewenangan yang dilimpahkan", blank=True)
    permasalahan = models.TextField("permasalahan utama", blank=True, help_text="Satu paragraf atau butir per baris.")
    aspek_strategis = models.TextField("aspek strategis", blank=True, help_text="Satu paragraf per baris.")
    renstra_pengantar = models.TextField("pengantar Bab II (rencana strategis)", blank=True)
    kesimpulan = models.TextField(
        "Bab IV: penjelasan kesimpulan", blank=True,
        help_text="Dicetak di 4.1 setelah angka capaian dan anggaran, mis. sebab anggaran tidak terserap penuh. "
                  "Satu paragraf per baris.")
    langkah_peningkatan = models.TextField(
        "Bab IV: langkah-langkah untuk meningkatkan kinerja", blank=True,
        help_text="Dicetak di 4.2 sebelum tabel catatan analisis per indikator. Kosong: kalimat baku. "
                  "Satu paragraf per baris.")
    # Set by the portal when the head first publishes the year's LKjIP (``portal.services.terbitkan_lkjip``; a
    # re-publication keeps it): the fact LKE criterion 3.a.6 judges, readable here without the portal's tables.
    diterbitkan = models.DateTimeField("LKjIP diterbitkan di portal", null=True, blank=True, editable=False)

    tenant_parent = "pd"

    class Meta:
        verbose_name = "profil perangkat daerah"
        verbose_name_plural = "profil perangkat daerah"
        constraints = [models.UniqueConstraint(fields=["pd", "tahun"], name="profil_unik_per_tahun")]

    def __str__(self) -> str:
        return f"Profil {self.pd} {self.tahun}"


class UraianProfil(TenantModel):
    """A part of Bab I with its tables: under 1.1 “Gambaran Umum” (geografi, kependudukan, ...) or
    after the isu strategis table of 1.3 “Aspek Strategis”."""

    class Bagian(models.TextChoices):
        GAMBARAN = "gambaran", "1.1 Gambaran umum organisasi"
        STRATEGIS = "strategis", "1.3 Aspek strategis"

    profil = models.ForeignKey(ProfilPd, on_delete=models.CASCADE, related_name="uraian")
    bagian = models.CharField("bagian", max_length=20, choices=Bagian.choices, default=Bagian.GAMBARAN)
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    urutan = models.PositiveSmallIntegerField("urutan", default=0)
    judul = models.CharField("judul", max_length=200)
    teks = models.TextField("uraian", blank=True, help_text="Satu paragraf per baris.")

    tenant_parent = "profil"

    class Meta:
        verbose_name = "uraian profil"
        verbose_name_plural = "uraian profil"
        ordering = ["profil", "urutan", "pk"]

    def __str__(self) -> str:
        return self.judul


class TabelProfil(TenantModel):
    """A free table (rows and columns as typed) whose totals sakip computes."""

    uraian = models.ForeignKey(UraianProfil, on_delete=models.CASCADE, related_name="tabel")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    urutan = models.PositiveSmallIntegerField("urutan", default=0)
    judul = models.CharField("judul", max_length=200)
    kolom = models.JSONField("judul kolom", default=list)
    baris = models.JSONField("isi", default=list, help_text="Daftar baris; tiap baris daftar sel seperti tertulis.")
    dijumlah = models.JSONField("kolom yang dijumlah", default=list, blank=True,
                                help_text="Nomor kolom (mulai 0) yang angkanya dijumlah di baris JUMLAH.")
    jumlah_kanan = models.CharField("judul kolom jumlah per baris", max_length=60, blank=True,
                                    help_text="Isi untuk menambah kolom berisi jumlah tiap baris.")
    jumlah_bawah = models.BooleanField("baris JUMLAH", default=True)
    bernomor = models.BooleanField("kolom NO", default=True)
    sumber = models.CharField("sumber", max_length=200, blank=True)

    tenant_parent = "uraian"

    class Meta:
        verbose_name = "tabel profil"
        verbose_name_plural = "tabel profil"
        ordering = ["uraian", "urutan", "pk"]

    def __str__(self) -> str:
        return self.judul

    def clean(self) -> None:
        super().clean()
        try:
            tabel.periksa(self.kolom, self.baris, self.dijumlah)
        except ValueError as exc:
            raise ValidationError({"baris": str(exc)}) from exc

    def terhitung(self) -> tabel.TabelTerhitung:
        return tabel.hitung(self.kolom, self.baris, self.dijumlah, jumlah_kanan=self.jumlah_kanan,
                            bernomor=self.bernomor, jumlah_bawah=self.jumlah_bawah)


class IsuStrategis(TenantModel):
    """A row of Bab I 1.3: urusan, the problem, and the strategic issue it gives."""

    profil = models.ForeignKey(ProfilPd, on_delete=models.CASCADE, related_name="isu_strategis")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    urutan = models.PositiveSmallIntegerField("urutan", default=0)
    urusan = models.CharField("urusan", max_length=200, blank=True)
    permasalahan = models.TextField("permasalahan")
    isu = models.TextField("isu strategis", blank=True)

    tenant_parent = "profil"

    class Meta:
        verbose_name = "isu strategis"
        verbose_name_plural = "isu strategis"
        ordering = ["profil", "urutan", "pk"]

    def __str__(self) -> str:
        return self.permasalahan[:60]


class Kewenangan(TenantModel):
    """A power the head of the pemda delegated to the head of the PD (kept across years)."""

    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="kewenangan")
    urutan = models.PositiveSmallIntegerField("urutan", default=0)
    bidang = models.CharField("bidang kewenangan", max_length=200)
    subbidang = models.CharField("subbidang kewenangan", max_length=200, blank=True)
    rincian = models.TextField("rincian kewenangan yang dilimpahkan")

    tenant_parent = "pd"

    class Meta:
        verbose_name = "kewenangan yang dilimpahkan"
        verbose_name_plural = "kewenangan yang dilimpahkan"
        ordering = ["pd", "urutan", "pk"]

    def __str__(self) -> str:
        return self.rincian[:60]


class PelaksanaanKewenangan(TenantModel):
    """What was done under a delegated power in one year (each year typed once, shown in two reports)."""

    kewenangan = models.ForeignKey(Kewenangan, on_delete=models.CASCADE, related_name="pelaksanaan")
    pd = models.ForeignKey(PerangkatDaerah, on_delete=models.CASCADE, related_name="+", editable=False)
    tahun = models.PositiveSmallIntegerField("tahun")
    uraian = models.TextField("pelaksanaan")

    tenant_parent = "kewenangan"

    class Meta:
        verbose_name = "pelaksanaan kewenangan"
        verbose_name_plural = "pelaksanaan kewenangan"
        constraints = [models.UniqueConstraint(fields=["kewenangan", "tahun"], name="pelaksanaan_unik_per_tahun")]

    def __str__(self) -> str:
        return f"{self.kewenangan} {self.tahun}"
