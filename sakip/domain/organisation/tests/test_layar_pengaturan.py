"""The pemda's settings screens: their rules (overlapping tenures, kelurahan only under a kecamatan, names
unique), their scope (another pemda's rows answer 404, forged ids are refused) and who may write."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from sakip.core.galat import Ditolak
from sakip.domain.accounts.models import Akses
from sakip.domain.organisation import services
from sakip.domain.organisation.forms import baca_kelurahan
from sakip.domain.organisation.models import Jabatan, Kelurahan, MasaJabatan, Pejabat, Pemda, PerangkatDaerah, UnitKerja
from sakip.domain.organisation.signals import kelurahan_dibuat

pytestmark = pytest.mark.django_db


def scope_of(username: str):
    return Akses.objects.get(user__username=username).scope()


def masa_data(**ubah) -> dict:
    return {"pejabat": "", "pejabat_baru_nama": "", "pejabat_baru_nip": "", "pejabat_baru_pangkat": "",
            "pejabat_baru_golongan": "", "status": "plt", "mulai": "", "selesai": "", "keterangan": "", **ubah}


# --- tenures ---------------------------------------------------------------------------------------------


def test_an_overlapping_tenure_is_refused_with_its_reason_and_nothing_is_saved(login):
    """Seed 002: the Camat Wonoasih, DEUS NAWANDI, holds the post with no end date; a Plt. in 2025 overlaps.
    The new official typed in the same form is not saved either."""
    client = login("admin-probolinggo")
    camat = Jabatan.objects.get(pd__slug="wonoasih", nama="Camat Wonoasih")
    before = MasaJabatan.objects.count(), Pejabat.objects.count()
    r = client.post(reverse("organisation:masa_tambah", args=[camat.pk]), masa_data(
        pejabat_baru_nama="SEKCAM SEMENTARA, S.Sos.", mulai="2025-01-01", selesai="2025-03-31"))
    assert r.status_code == 200
    errors = r.context["form"].errors
    assert errors["mulai"] == ["Masa jabatan bertumpang tindih dengan Camat Wonoasih: DEUS NAWANDI, S.STP, M.Si."]
    assert "bertumpang tindih dengan Camat Wonoasih" in r.content.decode()
    assert (MasaJabatan.objects.count(), Pejabat.objects.count()) == before


def test_a_tenure_between_two_wali_kota_is_refused_and_one_after_them_accepted(login):
    """Seed 002: the Pj. Wali Kota NURKHOLIS signed the PK of February 2024; M. TAUFIK KURNIAWAN the one of
    November, and holds the post since (the demo's estimated terms). A tenure on 10 February 2024 overlaps
    NURKHOLIS's; one from 2030 overlaps TAUFIK's until his tenure is closed."""
    client = login("admin-probolinggo")
    wali_kota = Jabatan.objects.get(pemda__slug="kota-probolinggo", pd=None, nama="Wali Kota Probolinggo")
    taufik = Pejabat.objects.get(nama="M. TAUFIK KURNIAWAN")
    r = client.post(reverse("organisation:masa_tambah", args=[wali_kota.pk]),
                    masa_data(pejabat=taufik.pk, mulai="2024-02-10", selesai="2024-02-20"))
    assert "NURKHOLIS" in r.context["form"].errors["mulai"][0]
    # M. TAUFIK KURNIAWAN's tenure from 1 November 2024 is open: a new one overlaps until it is closed
    r = client.post(reverse("organisation:masa_tambah", args=[wali_kota.pk]),
                    masa_data(pejabat_baru_nama="WALI KOTA BERIKUTNYA", status="definitif", mulai="2030-01-01"))
    assert "M. TAUFIK KURNIAWAN" in r.context["form"].errors["mulai"][0]
    akhir = wali_kota.masa_jabatan.get(pejabat=taufik)
    r = client.post(reverse("organisation:masa_ubah", args=[akhir.pk]), {
        "pejabat": taufik.pk, "status": "definitif", "mulai": "2024-11-01", "selesai": "2029-12-31",
        "keterangan": akhir.keterangan})
    assert r.status_code == 302
    r = client.post(reverse("organisation:masa_tambah", args=[wali_kota.pk]),
                    masa_data(pejabat_baru_nama="WALI KOTA BERIKUTNYA", status="definitif", mulai="2030-01-01"))
    assert r.status_code == 302
    assert wali_kota.masa_jabatan.filter(mulai="2030-01-01", pejabat__nama="WALI KOTA BERIKUTNYA").exists()


def test_a_tenure_needs_an_official_and_ends_after_it_starts(login):
    client = login("admin-probolinggo")
    kasi = Jabatan.objects.get(pd__slug="wonoasih", nama="Kepala Seksi Pemerintahan")
    r = client.post(reverse("organisation:masa_tambah", args=[kasi.pk]), masa_data(mulai="2025-01-01"))
    assert r.context["form"].errors["pejabat"] == ["Pilih pejabat, atau isi nama pejabat baru."]
    r = client.post(reverse("organisation:masa_tambah", args=[kasi.pk]), masa_data(
        pejabat_baru_nama="Uji", mulai="2025-02-01", selesai="2025-01-01"))
    assert r.context["form"].errors["selesai"] == ["Tanggal selesai tidak boleh sebelum tanggal mulai."]
    assert not Pejabat.objects.filter(nama="Uji").exists()


# --- scope: another pemda, forged ids ---------------------------------------------------------------------


def test_the_admin_pemda_never_reaches_another_pemdas_settings(login):
    client = login("admin-probolinggo")
    purworejo = PerangkatDaerah.objects.get(slug="purworejo")
    for name, args in [("organisation:pemda", ["kota-pasuruan"]), ("organisation:pemda_ubah", ["kota-pasuruan"]),
                       ("organisation:pd_daftar", ["kota-pasuruan"]), ("organisation:pd_tambah", ["kota-pasuruan"]),
                       ("organisation:jabatan_daftar", ["kota-pasuruan"]), ("organisation:pejabat_daftar", ["kota-pasuruan"]),
                       ("organisation:pd", ["purworejo"]), ("organisation:pd_ubah", ["purworejo"]),
                       ("organisation:kelurahan", ["purworejo"]), ("organisation:jabatan_pd_tambah", ["purworejo"]),
                       ("organisation:jabatan_ubah", [Jabatan.objects.filter(pd=purworejo).first().pk])]:
        assert client.get(reverse(name, args=args)).status_code == 404, name
    # and the start page goes to its own pemda only
    assert client.get(reverse("organisation:mulai"))["Location"] == reverse("organisation:pemda", args=["kota-probolinggo"])


def test_forged_posts_to_another_pemda_change_nothing(login):
    client = login("admin-probolinggo")
    pasuruan = Pemda.objects.get(slug="kota-pasuruan")
    purworejo = PerangkatDaerah.objects.get(slug="purworejo")
    jumlah_pd = PerangkatDaerah.objects.count()
    assert client.post(reverse("organisation:pd_tambah", args=["kota-pasuruan"]), {
        "jenis": "kecamatan", "nama": "Kecamatan Palsu", "jenis_kelurahan": "kelurahan"}).status_code == 404
    assert client.post(reverse("organisation:pemda_ubah", args=["kota-pasuruan"]), {
        "ibukota": "X", "rumus_negatif": "bagi", "skala_kategori": "permendagri86"}).status_code == 404
    assert client.post(reverse("organisation:pd_ubah", args=["purworejo"]), {"nama": "Palsu"}).status_code == 404
    jabatan = Jabatan.objects.filter(pd=purworejo).first()
    assert client.post(reverse("organisation:jabatan_ubah", args=[jabatan.pk]),
                       {"nama": "Palsu", "jenis": "lainnya"}).status_code == 404
    assert PerangkatDaerah.objects.count() == jumlah_pd
    pasuruan.refresh_from_db()
    assert pasuruan.ibukota == "Pasuruan" and PerangkatDaerah.objects.get(slug="purworejo").nama == "Kecamatan Purworejo"


def test_another_pemdas_rows_cannot_be_chosen_in_a_form(login):
    """An official of Kota Pasuruan for a post of Kota Probolinggo, a unit of Kanigaran as parent of a
    Wonoasih unit: refused on the named field."""
    client = login("admin-probolinggo")
    pejabat_lain = Pejabat.objects.create(pemda=Pemda.objects.get(slug="kota-pasuruan"), nama="Pejabat Pasuruan")
    kasi = Jabatan.objects.get(pd__slug="wonoasih", nama="Kepala Seksi Pemerintahan")
    r = client.post(reverse("organisation:masa_tambah", args=[kasi.pk]), masa_data(pejabat=pejabat_lain.pk))
    assert r.context["form"].errors["pejabat"] == ["Pejabat ini tidak terdaftar pada pemda ini."]
    unit_kanigaran = UnitKerja.objects.create(pd=PerangkatDaerah.objects.get(slug="kanigaran"), jenis="sekretariat",
                                              nama="Sekretariat Kanigaran")
    r = client.post(reverse("organisation:unit_tambah", args=["wonoasih"]), {
        "jenis": "seksi", "nama": "Seksi Baru", "urutan": 9, "induk": unit_kanigaran.pk, "kelurahan": ""})
    assert r.context["form"].errors["induk"] == ["Pilihan ini bukan bagian dari perangkat daerah ini."]
    assert not UnitKerja.objects.filter(nama="Seksi Baru").exists()


def test_only_a_holder_of_master_writes_the_master_data():
    """The Camat of Wonoasih (pimpinan) and its operator reach Wonoasih but hold no ``master``."""
    pemda = Pemda.objects.get(slug="kota-probolinggo")
    pd = PerangkatDaerah.objects.get(slug="wonoasih")
    for username in ("camat-wonoasih", "operator-wonoasih", "inspektorat-probolinggo"):
        scope = scope_of(username)
        with pytest.raises(Ditolak):
            services.ubah_pengaturan(scope, pemda=pemda, data={"rumus_negatif": "bagi"})
        with pytest.raises(Ditolak):
            services.ubah_pd(scope, pd=pd, data={"telepon": "1"})
    with pytest.raises(Ditolak):
        services.ubah_pd(scope_of("admin-probolinggo"), pd=PerangkatDaerah.objects.get(slug="purworejo"), data={})


# --- perangkat daerah, kelurahan, units, posts -----------------------------------------------------------


def test_kelurahan_are_renamed_reordered_and_added_in_one_save(login, django_capture_on_commit_callbacks):
    client = login("admin-probolinggo")
    pd = PerangkatDaerah.objects.get(slug="wonoasih")
    rows = list(Kelurahan.objects.filter(pd=pd).order_by("urutan", "nama"))
    data = {"kel-TOTAL_FORMS": len(rows), "kel-INITIAL_FORMS": len(rows), "kel-MIN_NUM_FORMS": 0, "kel-MAX_NUM_FORMS": 1000,
            "baru": "Kelurahan Jrebeng Wetan\nDesa Uji Coba; 35.74.03.2001", "jenis_baru": "kelurahan"}
    for i, k in enumerate(rows):
        data.update({f"kel-{i}-id": k.pk, f"kel-{i}-urutan": k.urutan, f"kel-{i}-jenis": k.jenis,
                     f"kel-{i}-nama": k.nama, f"kel-{i}-kode": k.kode})
    # swap the names of the first two, and move the first to the end
    data["kel-0-nama"], data["kel-1-nama"] = rows[1].nama, rows[0].nama
    data["kel-0-urutan"] = 99
    dibuat = []
    kelurahan_dibuat.connect(lambda sender, kelurahan, **kw: dibuat.append(kelurahan.nama), weak=False, dispatch_uid="uji")
    try:
        with django_capture_on_commit_callbacks(execute=True):
            r = client.post(reverse("organisation:kelurahan", args=["wonoasih"]), data)
    finally:
        kelurahan_dibuat.disconnect(dispatch_uid="uji")
    assert r.status_code == 302
    assert Kelurahan.objects.get(pk=rows[0].pk).nama == rows[1].nama
    assert Kelurahan.objects.get(pk=rows[1].pk).nama == rows[0].nama
    urut = list(Kelurahan.objects.filter(pd=pd).order_by("urutan", "nama").values_list("nama", "jenis", "kode"))
    assert urut[-3:] == [(rows[1].nama, rows[0].jenis, rows[0].kode), ("Jrebeng Wetan", "kelurahan", ""),
                         ("Uji Coba", "desa", "35.74.03.2001")]
    assert len(urut) == len(rows) + 2 and sorted(dibuat) == ["Jrebeng Wetan", "Uji Coba"]
    from sakip.domain.survey.models import UnitLayanan  # each new one has its public survey address at once

    assert set(UnitLayanan.objects.filter(pd=pd, kelurahan__nama__in=["Jrebeng Wetan", "Uji Coba"]).values_list(
        "slug", "nama")) == {("wonoasih-jrebeng-wetan", "Kelurahan Jrebeng Wetan"), ("wonoasih-uji-coba", "Desa Uji Coba")}


def test_a_kelurahan_name_already_there_is_refused(login):
    client = login("admin-probolinggo")
    data = {"kel-TOTAL_FORMS": 0, "kel-INITIAL_FORMS": 0, "kel-MIN_NUM_FORMS": 0, "kel-MAX_NUM_FORMS": 1000,
            "baru": "Sumber Taman", "jenis_baru": "kelurahan"}
    r = client.post(reverse("organisation:kelurahan", args=["wonoasih"]), data)
    assert r.context["tambah"].errors["baru"] == ["Sumber Taman sudah ada di Kecamatan Wonoasih."]


def test_kelurahan_lines_are_read_with_their_kind_and_code():
    assert [(k.jenis, k.nama, k.kode) for k in baca_kelurahan(
        "Desa Sumberan\n\n  Kelurahan Jrebeng Kidul ; 35.74.03.1002\nKel. Wonoasih\nPakistaji\tKODE-1", "desa")] == [
        ("desa", "Sumberan", ""), ("kelurahan", "Jrebeng Kidul", "35.74.03.1002"), ("kelurahan", "Wonoasih", ""),
        ("desa", "Pakistaji", "KODE-1")]
    with pytest.raises(ValidationError) as info:
        baca_kelurahan("Desa Sumberan\nsumberan", "desa")
    assert info.value.messages == ["Baris 2: sumberan ditulis dua kali."]


def test_a_dinas_has_no_kelurahan_and_names_are_unique_per_pemda(login):
    client = login("admin-probolinggo")
    url = reverse("organisation:pd_tambah", args=["kota-probolinggo"])
    r = client.post(url, {"jenis": "dinas", "nama": "Dinas Kominfo", "jenis_kelurahan": "kelurahan", "kelurahan": "Wonoasih"})
    assert r.context["form"].errors["kelurahan"] == ["Kelurahan/desa hanya berada di bawah kecamatan."]
    r = client.post(url, {"jenis": "kecamatan", "nama": "Kecamatan Wonoasih", "jenis_kelurahan": "kelurahan"})
    assert r.context["form"].errors["nama"] == ["Kota Probolinggo sudah mempunyai perangkat daerah bernama Kecamatan Wonoasih."]
    r = client.post(url, {"jenis": "dinas", "nama": "Dinas Komunikasi dan Informatika", "jenis_kelurahan": "kelurahan",
                          "email": "bukan email"})
    assert "email" in r.context["form"].errors
    r = client.post(url, {"jenis": "dinas", "nama": "Dinas Komunikasi dan Informatika", "jenis_kelurahan": "kelurahan"})
    assert r.status_code == 302
    pd = PerangkatDaerah.objects.get(nama="Dinas Komunikasi dan Informatika")
    assert (pd.slug, pd.jenis, pd.pemda.slug) == ("dinas-komunikasi-dan-informatika", "dinas", "kota-probolinggo")


def test_a_pd_is_described_and_gets_units_and_posts(login):
    client = login("admin-probolinggo")
    r = client.post(reverse("organisation:pd_ubah", args=["wonoasih"]), {
        "nama": "Kecamatan Wonoasih", "alamat": "Jl. Jeruk No. 1, Wonoasih", "telepon": "(0335) 424902",
        "email": "kecwonoasih.kotaprobolinggo@gmail.com", "tugas": "Tugas satu\nTugas dua", "fungsi": "Fungsi"})
    assert r.status_code == 302
    pd = PerangkatDaerah.objects.get(slug="wonoasih")
    assert pd.alamat == "Jl. Jeruk No. 1, Wonoasih" and pd.tugas_butir == ["Tugas satu", "Tugas dua"]
    sekretariat = UnitKerja.objects.get(pd=pd, nama="Sekretariat")
    r = client.post(reverse("organisation:unit_tambah", args=["wonoasih"]), {
        "jenis": "subbagian", "nama": "Subbagian Umum", "urutan": 4, "induk": sekretariat.pk, "kelurahan": ""})
    assert r.status_code == 302
    unit = UnitKerja.objects.get(pd=pd, nama="Subbagian Umum")
    assert unit.induk == sekretariat
    r = client.post(reverse("organisation:unit_tambah", args=["wonoasih"]), {
        "jenis": "seksi", "nama": "subbagian umum", "urutan": 5, "induk": "", "kelurahan": ""})
    assert r.context["form"].errors["nama"] == ["Unit kerja bernama subbagian umum sudah ada."]
    r = client.post(reverse("organisation:unit_ubah", args=[unit.pk]), {
        "jenis": "subbagian", "nama": "Subbagian Umum dan Kepegawaian", "urutan": 4, "induk": sekretariat.pk, "kelurahan": ""})
    assert r.status_code == 302 and UnitKerja.objects.get(pk=unit.pk).nama == "Subbagian Umum dan Kepegawaian"
    r = client.post(reverse("organisation:jabatan_pd_tambah", args=["wonoasih"]), {
        "nama": "Kepala Subbagian Umum dan Kepegawaian", "jenis": "kepala_unit", "unit": unit.pk})
    assert r.status_code == 302
    assert Jabatan.objects.get(pd=pd, nama="Kepala Subbagian Umum dan Kepegawaian").unit == unit
    r = client.post(reverse("organisation:jabatan_pd_tambah", args=["wonoasih"]), {
        "nama": "camat wonoasih", "jenis": "pimpinan_pd", "unit": ""})
    assert r.context["form"].errors["nama"] == ["Jabatan camat wonoasih sudah ada."]
    html = client.get(reverse("organisation:pd", args=["wonoasih"])).content.decode()
    assert "Subbagian Umum dan Kepegawaian" in html and "DEUS NAWANDI, S.STP, M.Si" in html


def test_the_pemda_settings_and_the_kepala_daerah_posts(login):
    client = login("admin-probolinggo")
    r = client.post(reverse("organisation:pemda_ubah", args=["kota-probolinggo"]),
                    {"ibukota": "Probolinggo", "rumus_negatif": "tidak-ada", "skala_kategori": "probolinggo"})
    assert "rumus_negatif" in r.context["form"].errors
    r = client.post(reverse("organisation:jabatan_tambah", args=["kota-probolinggo"]),
                    {"nama": "Wakil Wali Kota Probolinggo", "jenis": "kepala_daerah"})
    assert r.status_code == 302
    wakil = Jabatan.objects.get(pemda__slug="kota-probolinggo", pd=None, nama="Wakil Wali Kota Probolinggo")
    r = client.post(reverse("organisation:pejabat_tambah", args=["kota-probolinggo"]),
                    {"nama": "Ir. WAKIL, M.T.", "nip": "", "pangkat": "", "golongan": ""})
    assert r.status_code == 302
    html = client.get(reverse("organisation:jabatan_daftar", args=["kota-probolinggo"])).content.decode()
    assert "Wakil Wali Kota Probolinggo" in html and "M. TAUFIK KURNIAWAN" in html
    assert "Ir. WAKIL, M.T." in client.get(reverse("organisation:pejabat_daftar", args=["kota-probolinggo"])).content.decode()
    assert wakil.pd is None


def test_a_nip_is_unique_and_typed_with_spaces(login):
    """Seed 002: 197812041998021001 is the NIP of DEUS NAWANDI."""
    client = login("admin-probolinggo")
    url = reverse("organisation:pejabat_tambah", args=["kota-probolinggo"])
    r = client.post(url, {"nama": "Orang Lain", "nip": "19781204 199802 1 001", "pangkat": "", "golongan": ""})
    assert r.context["form"].errors["nip"] == ["NIP 19781204 199802 1 001 sudah terdaftar untuk pejabat lain."]
    r = client.post(url, {"nama": "Orang Lain", "nip": "1978", "pangkat": "", "golongan": ""})
    assert r.context["form"].errors["nip"] == ["NIP terdiri dari 18 angka, misalnya 19781204 199802 1 001."]
    r = client.post(url, {"nama": "Orang Lain", "nip": "19800101 200501 1 009", "pangkat": "Penata", "golongan": "III/c"})
    assert r.status_code == 302 and Pejabat.objects.get(nama="Orang Lain").nip == "198001012005011009"


def test_the_system_admin_sees_every_pemda_and_manages_any(login):
    client = login("admin")
    html = client.get(reverse("organisation:mulai")).content.decode()
    for nama in ("Kota Probolinggo", "Kota Pasuruan", "Kabupaten Jember", "Provinsi Jawa Timur"):
        assert nama in html
    assert client.get(reverse("organisation:pemda", args=["kota-pasuruan"])).status_code == 200
    r = client.post(reverse("organisation:pemda_ubah", args=["kota-pasuruan"]),
                    {"ibukota": "Pasuruan", "rumus_negatif": "bagi", "skala_kategori": "probolinggo",
                     "skm_periode": "semester", "skm_populasi": "0"})
    assert r.status_code == 302 and Pemda.objects.get(slug="kota-pasuruan").rumus_negatif == "bagi"


def test_list_pages_read_a_fixed_number_of_queries(login):
    """Adding a PD with kelurahan, posts with tenures and an account adds no query to the list pages."""
    client = login("admin-probolinggo")
    urls = [reverse(name, args=["kota-probolinggo"]) for name in (
        "organisation:pemda", "organisation:pd_daftar", "organisation:jabatan_daftar", "organisation:pejabat_daftar",
        "accounts:pengguna_daftar")] + [reverse("organisation:pd", args=["wonoasih"])]

    def hitung() -> list[int]:
        jumlah = []
        for url in urls:
            with CaptureQueriesContext(connection) as queries:
                assert client.get(url).status_code == 200
            jumlah.append(len(queries))
        return jumlah

    sebelum = hitung()
    pemda = Pemda.objects.get(slug="kota-probolinggo")
    wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
    baru = PerangkatDaerah.objects.create(pemda=pemda, nama="Kecamatan Uji", slug="uji")
    for i in range(3):
        Kelurahan.objects.create(pd=baru, nama=f"Uji {i}")
        for pd in (baru, wonoasih):
            jabatan = Jabatan.objects.create(pemda=pemda, pd=pd, nama=f"Kepala Uji {i}", jenis="kepala_unit",
                                             unit=UnitKerja.objects.create(pd=pd, nama=f"Seksi Uji {i}", jenis="seksi"))
            MasaJabatan.objects.create(jabatan=jabatan, pejabat=Pejabat.objects.create(pemda=pemda, nama=f"P {pd.slug} {i}"))
        user = User.objects.create(username=f"uji-{i}")
        Akses.objects.create(user=user, peran="operator", pd=baru)
    assert hitung() == sebelum
