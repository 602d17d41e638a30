"""The demo data against figures typed by hand from the seed documents (not from sakip.composite.demo.data).

The demo is loaded once per test session by ``conftest.py``; every test runs in a transaction.
"""

import datetime
from decimal import Decimal
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.http import HttpRequest
from django.urls import reverse

from sakip.composite.demo.services import DemoError, delete_demo, load_demo
from sakip.domain.accounts.models import Akses
from sakip.domain.organisation.models import Jabatan, Kelurahan, MasaJabatan, Pejabat, Pemda, PerangkatDaerah, UnitKerja
from sakip.domain.planning.models import (
    Iku,
    Indikator,
    Kegiatan,
    Lokasi,
    Program,
    Renstra,
    SubKegiatan,
    Target,
)

pytestmark = pytest.mark.django_db

DEMO_USERNAMES = [
    "admin", "admin-probolinggo", "inspektorat-probolinggo", "operator-wonoasih", "verifikator-wonoasih",
    "camat-wonoasih", "operator-kanigaran", "operator-purworejo", "operator-sumberjambe", "kelurahan-sumbertaman",
]


def target(pd: str, nama: str, tahun: int, **owner) -> Target:
    return Target.objects.get(indikator__pd__slug=pd, indikator__nama=nama, tahun=tahun, **owner)


def counts() -> dict[str, int]:
    models = (Pemda, PerangkatDaerah, Kelurahan, UnitKerja, Jabatan, Pejabat, MasaJabatan, Renstra, Indikator,
              Target, Program, Kegiatan, SubKegiatan, Lokasi, Iku, Akses, get_user_model())
    return {m.__name__: m.objects.count() for m in models}


# --- Wilayah and organisation ---------------------------------------------------------------------

def test_seven_kecamatan_in_three_pemda_of_jawa_timur():
    assert set(PerangkatDaerah.objects.values_list("slug", flat=True)) == {
        "wonoasih", "kanigaran", "purworejo", "sumberjambe", "kademangan", "kedopok", "mayangan"}
    assert set(PerangkatDaerah.objects.filter(pemda__slug="kota-probolinggo").values_list("slug", flat=True)) == {
        "wonoasih", "kanigaran", "kademangan", "kedopok", "mayangan"}  # all five kecamatan of the kota
    assert PerangkatDaerah.objects.get(slug="sumberjambe").pemda.nama == "Kabupaten Jember"
    assert PerangkatDaerah.objects.get(slug="purworejo").pemda.ibukota == "Pasuruan"
    jatim = Pemda.objects.get(slug="jawa-timur")
    assert jatim.jenis == "provinsi"
    assert set(jatim.kabupaten_kota.values_list("slug", flat=True)) == {
        "kota-probolinggo", "kota-pasuruan", "kabupaten-jember"}


def test_wonoasih_has_its_six_kelurahan_in_the_order_of_tabel_1_1():
    names = list(Kelurahan.objects.filter(pd__slug="wonoasih").order_by("urutan").values_list("nama", flat=True))
    assert names == ["Wonoasih", "Jrebeng Kidul", "Pakistaji", "Kedunggaleng", "Kedung Asem", "Sumber Taman"]


def test_wonoasih_address_tugas_and_fungsi():
    pd = PerangkatDaerah.objects.get(slug="wonoasih")
    assert (pd.alamat, pd.telepon) == ("Jl. Jeruk No.1", "(0335) 424902")
    assert pd.email == "kecwonoasih.kotaprobolinggo@gmail.com"
    assert len(pd.tugas_butir) == 11
    assert pd.tugas_butir[0] == "1. Menyelenggarakan urusan pemerintahan umum;"
    assert pd.tugas_butir[9] == "10. Melaksanakan tugas lain yang diperintahkan oleh peraturan perundang-undangan; dan"
    assert pd.fungsi_butir == [
        "Meningkatkan koordinasi penyelenggaraan pemerintahan, pelayanan publik, dan pemberdayaan masyarakat"]
    kanigaran = PerangkatDaerah.objects.get(slug="kanigaran")
    assert kanigaran.alamat == "Jl. Slamet Riyadi"
    assert kanigaran.tugas_butir[0] == "a. menyelenggarakan Urusan Pemerintahan umum;"
    assert len(kanigaran.tugas_butir) == 11
    assert len(PerangkatDaerah.objects.get(slug="sumberjambe").fungsi_butir) == 17  # a. … q.


def test_units_of_wonoasih_and_sumberjambe():
    sekretariat = UnitKerja.objects.get(pd__slug="wonoasih", kelurahan=None, nama="Sekretariat")
    assert set(sekretariat.sub_unit.values_list("nama", flat=True)) == {
        "Subbagian Program dan Keuangan", "Subbagian Tata Usaha"}
    seksi = UnitKerja.objects.filter(pd__slug="wonoasih", kelurahan=None, jenis="seksi")
    assert set(seksi.values_list("nama", flat=True)) == {
        "Seksi Pemerintahan", "Seksi Pelayanan", "Seksi Pemberdayaan Masyarakat", "Seksi Ketentraman dan Ketertiban"}
    assert UnitKerja.objects.filter(pd__slug="wonoasih", kelurahan__isnull=False, nama="Seksi Pelayanan").count() == 6
    assert set(UnitKerja.objects.filter(pd__slug="sumberjambe").values_list("nama", flat=True)) == {
        "Seksi Pelayanan Umum", "Seksi Pemberdayaan dan Kesejahteraan Sosial",
        "Seksi Ketentraman dan Ketertiban Umum", "Seksi Pemerintahan"}


def test_officials_of_wonoasih_and_purworejo():
    camat = MasaJabatan.objects.get(jabatan__pd__slug="wonoasih", jabatan__nama="Camat Wonoasih")
    assert (camat.pejabat.nama, camat.pejabat.nip) == ("DEUS NAWANDI, S.STP, M.Si", "197812041998021001")
    assert camat.pejabat.pangkat == "Pembina Tk. I" and camat.pejabat.golongan == ""
    assert camat.mulai is None and camat.selesai is None
    kasi = MasaJabatan.objects.get(jabatan__pd__slug="wonoasih", jabatan__nama="Kepala Seksi Pelayanan")
    assert kasi.pejabat.nip == "196907212008012019" and kasi.jabatan.unit.nama == "Seksi Pelayanan"
    sumber_taman = MasaJabatan.objects.get(jabatan__nama="Kepala Seksi Pelayanan pada Kelurahan Sumber Taman")
    assert (sumber_taman.pejabat.nama, sumber_taman.pejabat.nip) == ("ASRIYATI, S.Sos.", "197906201999032005")
    assert sumber_taman.jabatan.unit.kelurahan.nama == "Sumber Taman"
    kedunggaleng = MasaJabatan.objects.get(jabatan__nama="Kepala Seksi Pelayanan pada Kelurahan Kedunggaleng")
    assert kedunggaleng.pejabat.nip == "197705082010012011"
    purworejo = MasaJabatan.objects.get(jabatan__pd__slug="purworejo", jabatan__nama="Camat Purworejo")
    assert (purworejo.pejabat.nama, purworejo.pejabat.nip) == ("M. ALELAN AFANDI, S.STP", "198412052006021001")
    assert purworejo.pemda.slug == "kota-pasuruan"


@pytest.mark.parametrize(("tanggal", "nama", "status"), [
    (datetime.date(2024, 1, 15), "Dr. HABIB HADI ZAINAL ABIDIN, S.Pd., M.M., M.HP.", "definitif"),
    (datetime.date(2024, 2, 15), "NURKHOLIS", "pj"),
    (datetime.date(2024, 11, 15), "M. TAUFIK KURNIAWAN", "definitif"),
])
def test_who_was_wali_kota_probolinggo_on_a_date(tanggal, nama, status):
    jabatan = Jabatan.objects.get(pemda__slug="kota-probolinggo", pd=None, nama="Wali Kota Probolinggo")
    assert jabatan.jenis == "kepala_daerah"
    holders = [m for m in jabatan.masa_jabatan.select_related("pejabat") if m.mencakup(tanggal)]
    assert [(m.pejabat.nama, m.status) for m in holders] == [(nama, status)]
    assert "PK 2024" in holders[0].keterangan


# --- RPJMD and Renstra 2019–2024 of Wonoasih (seed 002) -------------------------------------------

def test_rpjmd_probolinggo_cascades_to_the_wonoasih_renstra():
    renstra = Renstra.objects.get(pd__slug="wonoasih", tahun_mulai=2019)
    assert (renstra.tahun_selesai, renstra.tahun_kondisi_awal) == (2024, 2019)
    assert renstra.rpjmd.visi.startswith("Membangun Bersama Rakyat untuk Kota Probolinggo")
    assert [m.nomor_romawi for m in renstra.rpjmd.misi.all()] == ["I", "II", "III", "IV"]
    tujuan = list(renstra.tujuan.all())
    assert [t.misi.nomor for t in tujuan] == [2, 4]
    assert tujuan[0].tujuan_rpjmd.nama == "Meningkatkan Kesejahteraan Sosial Masyarakat"
    sasaran = [s for t in tujuan for s in t.sasaran.all()]
    assert [s.nama for s in sasaran] == [
        "Meningkatnya Kemampuan Kelompok dan Lembaga Kemasyarakatan",
        "Meningkatnya Kualitas Pelayanan Publik di Kecamatan Wonoasih",
        "Meningkatnya Manajemen Perkantoran",
    ]
    assert sasaran[0].sasaran_rpjmd.nama == "Meningkatnya Cakupan Perlindungan Sosial Masyarakat"
    assert sasaran[0].sasaran_rpjmd.indikator.get().nama == "% PMKS"
    assert sasaran[1].sasaran_rpjmd.nama == "Meningkatnya Kualitas Penyelenggaraan Pelayanan Publik Pemerintahan"
    assert sasaran[1].urusan == "Koordinasi / Kewilayahan"
    assert sasaran[0].kebijakan.splitlines()[0] == "1. Penyediaan Data base kemiskinan yang akurat"


def test_renstra_targets_and_kondisi_awal_follow_the_matrix():
    renstra = {"indikator__sasaran__tujuan__renstra__tahun_mulai": 2019}
    ikm = target("wonoasih", "Indeks Kepuasan Masyarakat (IKM)", 2024, **renstra)
    assert (ikm.nilai, ikm.teks) == (Decimal("94.14"), "94,14")
    assert ikm.indikator.satuan == "Skor" and ikm.indikator.kondisi_awal == Decimal("84.5")
    assert [t.teks for t in ikm.indikator.target.all()] == ["84,60", "85,60", "94,12", "94,13", "94,14"]
    kelompok = target("wonoasih", "Persentase Kelompok dan Lembaga Kemasyarakatan yang Difasilitasi", 2023)
    assert kelompok.nilai == Decimal("35") and kelompok.indikator.satuan == "%"
    assert target("wonoasih", "Persentase Kelompok dan Lembaga Kemasyarakatan yang Difasilitasi", 2024).teks == "80%"
    administrasi = Indikator.objects.get(
        pd__slug="wonoasih", nama="Persentase Capaian Pengelolaan Administrasi Perkantoran yang ditangani sesuai ketentuan")
    assert administrasi.kondisi_awal is None and administrasi.kondisi_awal_teks == "-"
    assert list(administrasi.target.values_list("tahun", flat=True)) == [2023, 2024]
    assert administrasi.sumber_data == "Dokumen Administrasi Perkantoran"
    cakupan = Indikator.objects.get(pd__slug="wonoasih",
                                    nama="% Peningkatan Cakupan Pemberdayaan Masyarakat di Kecamatan Wonoasih")
    assert cakupan.level == "tujuan" and cakupan.kondisi_awal == 0
    assert cakupan.target.get().teks == "80%"


# --- Programs 2024 of Wonoasih (Tabel 3.26 and the quarterly tables) --------------------------------

def test_wonoasih_2024_has_4_programs_13_kegiatan_24_sub_kegiatan_45_lokasi():
    assert Program.objects.filter(pd__slug="wonoasih", tahun=2024).count() == 4
    assert Kegiatan.objects.filter(program__pd__slug="wonoasih", program__tahun=2024).count() == 13
    assert SubKegiatan.objects.filter(kegiatan__program__pd__slug="wonoasih", kegiatan__program__tahun=2024).count() == 24
    lokasi = Lokasi.objects.filter(sub_kegiatan__kegiatan__program__pd__slug="wonoasih")
    assert lokasi.count() == 45
    assert lokasi.filter(kelurahan=None).count() == 21  # "(Kecamatan Wonoasih)" or no suffix
    assert lokasi.filter(kelurahan__nama="Sumber Taman").count() == 4
    assert lokasi.filter(kelurahan__nama="Kedunggaleng").count() == 4  # "Kedung Galeng" and "Kedunggaleng"


def test_every_program_level_has_one_indicator_with_a_2024_target():
    for model, path in ((Program, "program"), (Kegiatan, "kegiatan"), (SubKegiatan, "sub_kegiatan")):
        for row in model.objects.filter(pd__slug="wonoasih"):
            indikator = row.indikator.get()
            assert indikator.target.get().tahun == 2024, (path, row)


def test_sub_kegiatan_sit_under_the_kegiatan_of_their_code():
    gaji = SubKegiatan.objects.get(pd__slug="wonoasih", nomenklatur__kode="7.01.01.2.02.0001")
    assert gaji.nama == "Penyediaan Gaji dan Tunjangan ASN" and gaji.kegiatan.kode == "7.01.01.2.02"
    indikator = gaji.indikator.get()
    assert (indikator.nama, indikator.satuan, indikator.target.get().nilai) == (
        "Jumlah Orang yang Menerima Gaji dan Tunjangan ASN", "Orang/Bulan", Decimal("73"))
    # Tabel 3.26 prints "Jasa Komunikasi" beside "Pengadaan Barang Milik Daerah".
    komunikasi = SubKegiatan.objects.get(pd__slug="wonoasih", nomenklatur__kode="7.01.01.2.08.0002")
    assert komunikasi.kegiatan.kode == "7.01.01.2.08"
    pengadaan = SubKegiatan.objects.get(pd__slug="wonoasih", nomenklatur__kode="7.01.01.2.07.0006")
    assert pengadaan.indikator.get().target.get().nilai == Decimal("17")


def test_targets_written_with_a_unit_word_and_missing_tw_iv_rows():
    wawasan = SubKegiatan.objects.get(pd__slug="wonoasih", nomenklatur__kode="7.01.05.2.01.0002").indikator.get()
    assert (wawasan.satuan, wawasan.target.get().nilai, wawasan.target.get().teks) == ("Orang", Decimal("150"),
                                                                                      "150 Orang")
    program = Program.objects.get(pd__slug="wonoasih", tahun=2024, nomenklatur__kode="7.01.05").indikator.get()
    assert program.nama == "Persentase Penurunan Gangguan Keamanan" and program.target.get().teks == "25%"
    penunjang = Program.objects.get(pd__slug="wonoasih", tahun=2024, nomenklatur__kode="7.01.01").indikator.get()
    assert penunjang.nama == "Persentase Capaian Kinerja Program Minimal 80%"


def test_programs_support_the_sasaran_of_the_pk():
    def sasaran_of(kode):
        return list(Program.objects.get(pd__slug="wonoasih", tahun=2024, nomenklatur__kode=kode)
                    .sasaran.values_list("nama", flat=True))

    assert sasaran_of("7.01.03") == ["Meningkatnya Kemampuan Kelompok dan Lembaga Kemasyarakatan"]
    assert sasaran_of("7.01.02") == sasaran_of("7.01.05") == ["Meningkatnya Kualitas Pelayanan Publik di Kecamatan Wonoasih"]
    assert sasaran_of("7.01.01") == ["Meningkatnya Manajemen Perkantoran"]


# --- The IKU documents ------------------------------------------------------------------------------

@pytest.mark.parametrize(("pd", "tahun_mulai", "rows"), [
    ("kanigaran", 2020, 3),
    ("wonoasih", 2026, 5),
    ("wonoasih", 2024, 3),
    ("purworejo", 2023, 12),  # 1 + 2 + 3 under tujuan 1, 1 + 2 + 3 under tujuan 2
    ("sumberjambe", 2022, 4),
])
def test_iku_entry_counts(pd, tahun_mulai, rows):
    assert Iku.objects.get(pd__slug=pd, tahun_mulai=tahun_mulai).entri.count() == rows


def test_wonoasih_iku_2026_2027_from_seed_000():
    iku = Iku.objects.get(pd__slug="wonoasih", tahun_mulai=2026)
    assert iku.tahun_selesai == 2027 and iku.renstra.tahun_mulai == 2026
    assert "dokumen IKU Kecamatan Wonoasih 2026–2027" in iku.renstra.keterangan
    first = iku.entri.first().indikator
    assert first.nama == "Indeks Kepuasan Masyarakat terhadap Layanan Kecamatan" and first.level == "tujuan"
    assert first.definisi.startswith("Indeks Kepuasan Masyarakat (IKM) adalah suatu alat ukur")
    assert first.formula == "Skor dari Survei Kepuasan Masyarakat (SKM) pada Aplikasi Portal Emas"
    assert not first.penanggung_jawab.exists()
    assert target("wonoasih", "Indeks Kepuasan Masyarakat terhadap Layanan Kecamatan", 2026).nilai == Decimal("94.12")
    aktif = target("wonoasih", "Persentase Kelompok Masyarakat yang aktif", 2027)
    assert (aktif.nilai, aktif.teks) == (Decimal("86.75"), "86,75%")
    assert target("wonoasih", "Persentase Lembaga Kemasyarakatan yang difasilitasi", 2026).teks == "85,91%"
    kelurahan = Indikator.objects.get(pd__slug="wonoasih", nama__startswith="Persentase Kelurahan dengan Kategori Cepat")
    assert [pj.nama for pj in kelurahan.penanggung_jawab.all()] == [
        "Kepala Seksi Pelayanan", "Kepala Seksi Pemerintahan", "Kepala Seksi Ketentraman dan Ketertiban"]
    sakip = Indikator.objects.get(pd__slug="wonoasih", nama__startswith="Nilai SAKIP")
    assert [pj.nama for pj in sakip.penanggung_jawab.all()] == ["Sekretaris"]
    assert sakip.target.get(tahun=2027).nilai == Decimal("85.48")


def test_wonoasih_iku_2024_lists_the_rekap_in_its_order():
    iku = Iku.objects.get(pd__slug="wonoasih", tahun_mulai=2024)
    assert iku.renstra.tahun_mulai == 2019
    assert [e.indikator.nama for e in iku.entri.all()] == [
        "Indeks Kepuasan Masyarakat (IKM)",
        "Persentase Kelompok dan Lembaga Kemasyarakatan yang Difasilitasi",
        "Persentase Capaian Pengelolaan Administrasi Perkantoran yang ditangani sesuai ketentuan",
    ]
    assert all(e.indikator.is_iku for e in iku.entri.all())


def test_kanigaran_targets_2020_2024():
    ikm = target("kanigaran", "Indeks Kepuasan Masyarakat (IKM)", 2022)
    assert (ikm.nilai, ikm.teks, ikm.indikator.satuan) == (Decimal("83.5"), "83,5%", "%")
    assert target("kanigaran", "Indeks Kepuasan Masyarakat (IKM)", 2020).teks == "82,5%"
    tata_kelola = target("kanigaran", "Nilai Rata-Rata Tata Kelola Penyelenggaraan Pemerintahan Kecamatan dan Kelurahan",
                         2022)
    assert tata_kelola.nilai == Decimal("260")
    assert [pj.nama for pj in tata_kelola.indikator.penanggung_jawab.all()] == ["Kasi Pemerintahan"]
    kelompok = target("kanigaran", "% Kelompok dan Lembaga Kemasyarakatan yang Difasilitasi", 2024)
    assert kelompok.nilai == Decimal("45")
    assert kelompok.indikator.sumber_data == "Data Kelompok dan Lembaga Kemasyarakatan"
    pmks = Indikator.objects.get(pd__slug="kanigaran", nama="% Penyandang Masalah Kesejahteraan Sosial (PMKS)")
    assert pmks.level == "tujuan" and not pmks.target.exists() and pmks.formula


def test_purworejo_grade_target_and_repeated_sasaran():
    sakip = target("purworejo", "Nilai SAKIP SKPD", 2023)
    assert (sakip.nilai, sakip.teks, sakip.huruf) == (Decimal("63"), "B (63,00)", "B")
    assert Indikator.objects.filter(pd__slug="purworejo", nama="Nilai SAKIP SKPD").count() == 1
    assert target("purworejo", "Indeks Kepuasan Masyarakat atas layanan kecamatan", 2023).nilai == Decimal("81.14")
    assert target("purworejo", "Persentase Usulan Musrenbangcam yang Disampaikan dalam Forum PD", 2023).teks == "78,50%"
    iku = Iku.objects.get(pd__slug="purworejo", tahun_mulai=2023)
    assert (iku.tanggal, iku.tempat) == (datetime.date(2023, 1, 2), "Pasuruan")
    rows = list(iku.entri.select_related("indikator", "kelompok_tujuan"))
    assert [r.indikator.nama for r in rows[3:6]] == [r.indikator.nama for r in rows[9:12]]
    assert {r.kelompok_tujuan.nama for r in rows[9:12]} == {"Meningkatnya pemberdayaan masyarakat"}
    assert all(r.kelompok_tujuan is None for r in rows[:9])
    terintegrasi = Indikator.objects.get(pd__slug="purworejo", nama__startswith="Persentase kelurahan yang telah")
    assert terintegrasi.formula_penyebut == "Jumlah kelurahan"
    assert terintegrasi.sumber_data == "Sekretaris Camat"
    assert [pj.nama for pj in terintegrasi.penanggung_jawab.all()] == ["Camat Purworejo"]


def test_sumberjambe_has_units_as_penanggung_jawab_and_no_targets():
    indikator = Indikator.objects.filter(pd__slug="sumberjambe")
    assert indikator.count() == 5 and not Target.objects.filter(pd__slug="sumberjambe").exists()
    tujuan = indikator.get(tujuan__isnull=False)
    assert tujuan.nama == "Nilai Survey Kepuasan Masyarakat"
    skm = indikator.get(nama="Nilai Surve Kepuasan Masyarakat")
    assert skm.penanggung_jawab.get().unit.nama == "Seksi Pelayanan Umum"
    assert skm.sumber_data == "Survey kepada Masyarakat"
    assert skm.formula_pembilang == "Total Nilai Persepsi per Unsur X"


# --- Accounts, idempotency, reset, the command ------------------------------------------------------

def test_demo_accounts_log_in_with_the_demo_password(client):
    for username in DEMO_USERNAMES:
        assert client.login(request=HttpRequest(), username=username, password="sakip-demo"), username
    akses = Akses.objects.get(user__username="kelurahan-sumbertaman")
    assert (akses.peran, akses.kelurahan.nama, akses.pd.slug) == ("operator_kelurahan", "Sumber Taman", "wonoasih")
    assert Akses.objects.get(user__username="inspektorat-probolinggo").pemda.slug == "kota-probolinggo"
    assert get_user_model().objects.get(username="admin").is_superuser


def test_loading_again_changes_nothing():
    before = counts()
    result = load_demo()
    assert result.loaded is False
    assert counts() == before
    assert [a.username for a in result.accounts] == DEMO_USERNAMES


def test_reset_reloads_and_keeps_other_pemda_under_the_provinsi():
    jatim = Pemda.objects.get(slug="jawa-timur")
    Pemda.objects.create(slug="kota-malang", nama="Kota Malang", jenis="kota", provinsi=jatim)
    wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
    before = counts()
    result = load_demo(reset=True)
    assert result.loaded and result.reset
    assert counts() == before
    assert PerangkatDaerah.objects.get(slug="wonoasih").pk != wonoasih.pk
    assert Pemda.objects.get(slug="kota-malang").provinsi_id == Pemda.objects.get(slug="jawa-timur").pk == jatim.pk


def test_the_demo_command_says_the_data_is_present_and_lists_the_accounts():
    out = StringIO()
    call_command("demo", stdout=out)
    text = out.getvalue()
    assert "Data demo sudah ada" in text
    assert "sakip-demo" in text
    for username in DEMO_USERNAMES:
        assert username in text
    assert "Operator kelurahan" in text and "Kelurahan Sumber Taman (Kecamatan Wonoasih)" in text


def test_a_partial_demo_is_refused_with_advice():
    PerangkatDaerah.objects.filter(slug="wonoasih").update(slug="wonoasih-lama")
    with pytest.raises(DemoError) as info:
        load_demo()
    assert "--reset" in str(info.value)


def test_an_existing_account_with_a_demo_username_is_left_alone():
    delete_demo()
    own = get_user_model().objects.create_user(username="admin", password="rahasia-sendiri")
    result = load_demo()
    assert result.loaded
    own.refresh_from_db()
    assert own.check_password("rahasia-sendiri") and not own.is_superuser
    assert not Akses.objects.filter(user=own).exists()
    assert [a.username for a in result.accounts if a.kept] == ["admin"]
    out = StringIO()
    call_command("demo", stdout=out)
    assert "admin" in out.getvalue()


def test_the_other_kecamatan_of_kota_probolinggo_have_generated_2024_figures_marked_as_such():
    from sakip.composite.demo.data.dibangkitkan import TANDA
    from sakip.domain.measurement.models import Pagu, Realisasi, RealisasiAnggaran

    for slug in ("kanigaran", "kademangan", "kedopok", "mayangan"):
        rows = Realisasi.objects.filter(pd__slug=slug, tahun=2024)
        assert rows.exists() and not rows.exclude(keterangan=TANDA).exists(), slug
        assert Pagu.objects.filter(pd__slug=slug).exists() and RealisasiAnggaran.objects.filter(pd__slug=slug).exists()
    # Kanigaran keeps its real IKU (seed 001); the new kecamatan say their Renstra is generated.
    assert Renstra.objects.get(pd__slug="kanigaran").keterangan != TANDA
    assert set(Renstra.objects.filter(keterangan=TANDA).values_list("pd__slug", flat=True)) == {
        "kademangan", "kedopok", "mayangan"}
    assert not Realisasi.objects.filter(pd__slug="wonoasih", keterangan=TANDA).exists()  # Wonoasih: the seed's


def test_reloading_the_demo_removes_its_published_files(settings, tmp_path, login):
    from pathlib import Path

    from sakip.composite.demo.services import load_demo
    from sakip.composite.portal.models import Publikasi
    from sakip.domain.organisation.models import PerangkatDaerah
    from sakip.domain.workflow.models import Pengajuan

    settings.MEDIA_ROOT = tmp_path
    Pengajuan.objects.create(pd=PerangkatDaerah.objects.get(slug="wonoasih"), jenis="pengukuran", tahun=2024,
                             triwulan=4, status="disetujui")
    login("camat-wonoasih").post(reverse("portal:terbitkan_lkjip", args=["wonoasih", 2024]))
    path = Path(Publikasi.objects.get().berkas.path)
    assert path.exists()
    load_demo(reset=True)
    assert not path.exists() and not Publikasi.objects.exists()
