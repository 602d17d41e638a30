"""The account screens: a new pemda with its admin pemda (system admin only); the accounts of a pemda,
their roles, deactivation, password resets shown once and lifting a login lockout; an admin pemda never
reaches another pemda's accounts nor makes a system admin."""

from __future__ import annotations

import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from sakip.domain.accounts.models import Akses
from sakip.domain.organisation.models import Kelurahan, Pemda, PerangkatDaerah

pytestmark = pytest.mark.django_db

ALAMAT = "10.7.7.7"


def coba_masuk(username: str, sandi: str, alamat: str = ALAMAT):
    client = Client()
    return client, client.post(reverse("login"), {"username": username, "password": sandi}, REMOTE_ADDR=alamat)


def sandi_di(html: str) -> str:
    found = re.search(r'<code id="sandi">([^<]+)</code>', html)
    assert found, "kata sandi tidak ditampilkan"
    return found.group(1)


def user_pk(username: str) -> int:
    return User.objects.get(username=username).pk


def akun_data(**ubah) -> dict:
    return {"username": "verifikator-kanigaran", "nama": "Verifikator Kecamatan Kanigaran", "email": "",
            "peran": "verifikator", "pd": PerangkatDaerah.objects.get(slug="kanigaran").pk, "kelurahan": "",
            "sandi": "", **ubah}


# --- the lockout, and lifting it ------------------------------------------------------------------------


def test_the_lockout_page_names_who_can_lift_it():
    for _ in range(5):
        _, r = coba_masuk("operator-wonoasih", "salah-sandi")
    assert r.status_code == 429
    assert "hubungi admin pemda" in r.content.decode()


def test_the_admin_pemda_lifts_a_lockout(login):
    for _ in range(5):
        coba_masuk("operator-wonoasih", "salah-sandi")
    _, r = coba_masuk("operator-wonoasih", "sakip-demo")
    assert r.status_code == 429  # locked: even the right password is refused
    admin = login("admin-probolinggo")
    daftar = admin.get(reverse("accounts:pengguna_daftar", args=["kota-probolinggo"])).content.decode()
    assert re.search(r"operator-wonoasih</a>.*?terkunci", daftar, re.S)
    r = admin.post(reverse("accounts:pengguna_buka_kunci", args=[user_pk("operator-wonoasih")]), follow=True)
    assert "Kunci akun operator-wonoasih dibuka." in r.content.decode()
    _, r = coba_masuk("operator-wonoasih", "sakip-demo")
    assert r.status_code == 302  # from the same address, at once


# --- passwords ------------------------------------------------------------------------------------------


def test_a_password_reset_is_shown_once_and_replaces_the_old_one(login):
    admin = login("admin-probolinggo")
    r = admin.post(reverse("accounts:pengguna_sandi", args=[user_pk("operator-kanigaran")]), {"sandi": ""})
    assert r.status_code == 200 and r["Cache-Control"] == "no-store"
    baru = sandi_di(r.content.decode())
    assert re.fullmatch(r"[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}", baru)
    assert coba_masuk("operator-kanigaran", "sakip-demo")[1].status_code == 200  # the old one: the form again
    assert coba_masuk("operator-kanigaran", baru, alamat="10.7.7.8")[1].status_code == 302
    # the page of the account never shows it again
    assert baru not in admin.get(reverse("accounts:pengguna", args=[user_pk("operator-kanigaran")])).content.decode()


def test_a_chosen_password_follows_the_rules(login):
    admin = login("admin-probolinggo")
    r = admin.post(reverse("accounts:pengguna_sandi", args=[user_pk("operator-kanigaran")]), {"sandi": "pendek1"})
    assert r.status_code == 400 and r.context["sandi"].errors["sandi"]
    r = admin.post(reverse("accounts:pengguna_sandi", args=[user_pk("operator-kanigaran")]),
                   {"sandi": "Kanigaran-Kinerja-2025"})
    assert sandi_di(r.content.decode()) == "Kanigaran-Kinerja-2025"
    assert User.objects.get(username="operator-kanigaran").check_password("Kanigaran-Kinerja-2025")


# --- creating accounts and their roles ------------------------------------------------------------------


def test_accounts_of_each_role_are_created_for_the_pemda(login):
    admin = login("admin-probolinggo")
    url = reverse("accounts:pengguna_tambah", args=["kota-probolinggo"])
    sumber_taman = Kelurahan.objects.get(pd__slug="wonoasih", nama="Sumber Taman")
    wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
    for data, harapan in [
        (akun_data(), ("verifikator", "kanigaran", None)),
        (akun_data(username="evaluator-2", nama="Evaluator Dua", peran="evaluator"), ("evaluator", None, None)),
        (akun_data(username="kelurahan-wonoasih", nama="Operator Kelurahan", peran="operator_kelurahan",
                   pd="", kelurahan=sumber_taman.pk), ("operator_kelurahan", "wonoasih", sumber_taman.pk)),
        (akun_data(username="camat-baru", nama="Camat", peran="pimpinan", pd=wonoasih.pk), ("pimpinan", "wonoasih", None)),
    ]:
        r = admin.post(url, data)
        assert r.status_code == 200 and sandi_di(r.content.decode()), data["username"]
        akses = User.objects.get(username=data["username"]).akses
        assert (akses.peran, akses.pd.slug if akses.pd else None, akses.kelurahan_id) == harapan
        assert akses.pemda.slug == "kota-probolinggo"
    # the kelurahan operator reaches its kelurahan's SKM entry only
    scope = User.objects.get(username="kelurahan-wonoasih").akses.scope()
    assert (scope.kelurahan_id, scope.pd_id) == (sumber_taman.pk, wonoasih.pk)


def test_a_role_needs_its_pd_and_a_username_is_taken_once(login):
    admin = login("admin-probolinggo")
    url = reverse("accounts:pengguna_tambah", args=["kota-probolinggo"])
    r = admin.post(url, akun_data(pd=""))
    assert r.context["form"].errors["pd"] == ["Peran ini memerlukan perangkat daerah."]
    r = admin.post(url, akun_data(peran="operator_kelurahan", pd=""))
    assert r.context["form"].errors["kelurahan"] == ["Operator kelurahan memerlukan kelurahan."]
    r = admin.post(url, akun_data(username="Operator-Wonoasih"))
    assert r.context["form"].errors["username"] == ["Nama pengguna “Operator-Wonoasih” sudah dipakai."]
    r = admin.post(url, akun_data(username="ada spasi"))
    assert "username" in r.context["form"].errors
    r = admin.post(url, akun_data(sandi="verifikator-kanigaran"))
    assert r.context["form"].errors["sandi"]
    assert not User.objects.filter(username__in=["verifikator-kanigaran", "ada spasi"]).exists()


def test_the_admin_pemda_cannot_make_a_system_admin(login):
    admin = login("admin-probolinggo")
    r = admin.post(reverse("accounts:pengguna_tambah", args=["kota-probolinggo"]),
                   akun_data(username="admin-palsu", peran="admin"))
    assert r.context["form"].errors["peran"] == ["Peran ini tidak dapat diberikan dari halaman pemda."]
    r = admin.post(reverse("accounts:pengguna", args=[user_pk("operator-wonoasih")]), {
        "nama": "Operator", "email": "", "peran": "admin", "pd": "", "kelurahan": ""})
    assert r.context["form"].errors["peran"]
    assert not User.objects.filter(username="admin-palsu").exists()
    assert Akses.objects.get(user__username="operator-wonoasih").peran == "operator"
    assert admin.get(reverse("accounts:pemda_baru")).status_code == 403


def test_a_role_is_changed_but_never_ones_own(login):
    admin = login("admin-probolinggo")
    r = admin.post(reverse("accounts:pengguna", args=[user_pk("operator-kanigaran")]), {
        "nama": "Operator Kanigaran", "email": "op@kanigaran.go.id", "peran": "verifikator",
        "pd": PerangkatDaerah.objects.get(slug="kanigaran").pk, "kelurahan": ""})
    assert r.status_code == 302
    user = User.objects.get(username="operator-kanigaran")
    assert (user.first_name, user.email, user.akses.peran) == ("Operator Kanigaran", "op@kanigaran.go.id", "verifikator")
    r = admin.post(reverse("accounts:pengguna", args=[user_pk("admin-probolinggo")]), {
        "nama": "Admin", "email": "", "peran": "evaluator", "pd": "", "kelurahan": ""})
    assert r.context["form"].errors["peran"] == ["Anda tidak dapat mengubah peran akun Anda sendiri."]


# --- deactivation ---------------------------------------------------------------------------------------


def test_a_deactivated_account_cannot_log_in_until_reactivated(login):
    admin = login("admin-probolinggo")
    url = reverse("accounts:pengguna_aktif", args=[user_pk("operator-kanigaran")])
    assert admin.post(url, {"aktif": "0"}).status_code == 302
    assert coba_masuk("operator-kanigaran", "sakip-demo")[1].status_code == 200  # refused: the form again
    html = admin.get(reverse("accounts:pengguna_daftar", args=["kota-probolinggo"])).content.decode()
    assert re.search(r"operator-kanigaran</a>.*?nonaktif", html, re.S)
    assert admin.post(url, {"aktif": "1"}).status_code == 302
    assert coba_masuk("operator-kanigaran", "sakip-demo", alamat="10.7.7.9")[1].status_code == 302


def test_nobody_deactivates_their_own_account(login):
    admin = login("admin-probolinggo")
    r = admin.post(reverse("accounts:pengguna_aktif", args=[user_pk("admin-probolinggo")]), {"aktif": "0"})
    assert r.status_code == 403 and User.objects.get(username="admin-probolinggo").is_active


# --- scope ----------------------------------------------------------------------------------------------


def test_the_admin_pemda_never_reaches_another_pemdas_accounts(login):
    admin = login("admin-probolinggo")
    assert admin.get(reverse("accounts:pengguna_daftar", args=["kota-pasuruan"])).status_code == 404
    assert admin.get(reverse("accounts:pengguna_tambah", args=["kota-pasuruan"])).status_code == 404
    for username in ("operator-purworejo", "operator-sumberjambe", "admin"):
        pk = user_pk(username)
        assert admin.get(reverse("accounts:pengguna", args=[pk])).status_code == 404, username
        for name in ("accounts:pengguna_sandi", "accounts:pengguna_aktif", "accounts:pengguna_buka_kunci"):
            assert admin.post(reverse(name, args=[pk]), {"aktif": "0", "sandi": "Sandi-Palsu-12345"}).status_code == 404
    purworejo = User.objects.get(username="operator-purworejo")
    assert purworejo.is_active and purworejo.check_password("sakip-demo")
    html = admin.get(reverse("accounts:pengguna_daftar", args=["kota-probolinggo"])).content.decode()
    assert "operator-wonoasih" in html and "operator-purworejo" not in html and ">admin<" not in html


def test_forged_posts_for_another_pemda_create_nothing(login):
    admin = login("admin-probolinggo")
    jumlah = User.objects.count()
    r = admin.post(reverse("accounts:pengguna_tambah", args=["kota-pasuruan"]),
                   akun_data(pd=PerangkatDaerah.objects.get(slug="purworejo").pk))
    assert r.status_code == 404
    # a PD of another pemda posted to one's own pemda: not a choice there
    r = admin.post(reverse("accounts:pengguna_tambah", args=["kota-probolinggo"]),
                   akun_data(pd=PerangkatDaerah.objects.get(slug="purworejo").pk))
    assert r.context["form"].errors["pd"] == ["Perangkat daerah ini bukan bagian dari pemda ini."]
    kel_lain = Kelurahan.objects.create(pd=PerangkatDaerah.objects.get(slug="purworejo"), nama="Pohjentrek")
    r = admin.post(reverse("accounts:pengguna_tambah", args=["kota-probolinggo"]),
                   akun_data(peran="operator_kelurahan", pd="", kelurahan=kel_lain.pk))
    assert r.context["form"].errors["kelurahan"] == ["Kelurahan ini bukan bagian dari pemda ini."]
    assert User.objects.count() == jumlah


# --- a new pemda ----------------------------------------------------------------------------------------


def pemda_data(**ubah) -> dict:
    return {"jenis": "kota", "nama": "Kota Batu", "provinsi": Pemda.objects.get(slug="jawa-timur").pk, "ibukota": "Batu",
            "admin_username": "admin-batu", "admin_nama": "Admin Pemda Kota Batu", "admin_email": "",
            "admin_sandi": "Kota-Batu-Kinerja-2025", **ubah}


def test_a_new_pemda_is_refused_on_its_fields_and_saved_whole_or_not_at_all(login):
    admin = login("admin")
    url = reverse("accounts:pemda_baru")
    r = admin.post(url, pemda_data(provinsi=""))
    assert r.context["form"].errors["provinsi"] == ["Pilih provinsi induk kota/kabupaten ini."]
    r = admin.post(url, pemda_data(nama="kota probolinggo"))
    assert r.context["form"].errors["nama"] == ["Pemda bernama kota probolinggo sudah ada."]
    r = admin.post(url, pemda_data(admin_username="admin-probolinggo"))
    assert r.context["form"].errors["admin_username"] == ["Nama pengguna “admin-probolinggo” sudah dipakai."]
    r = admin.post(url, pemda_data(admin_sandi="12345678901"))
    assert r.context["form"].errors["admin_sandi"]
    r = admin.post(url, pemda_data(admin_username=""))
    assert r.context["form"].errors["admin_username"] == ["Kota/kabupaten baru memerlukan akun admin pemda pertamanya."]
    assert not Pemda.objects.filter(nama="Kota Batu").exists()  # nothing half-saved
    r = admin.post(url, pemda_data())
    assert sandi_di(r.content.decode()) == "Kota-Batu-Kinerja-2025"
    pemda = Pemda.objects.get(nama="Kota Batu")
    assert pemda.slug == "kota-batu"
    assert Akses.objects.get(user__username="admin-batu").scope().pemda_id == pemda.pk


def test_a_provinsi_may_be_created_without_an_account(login):
    admin = login("admin")
    r = admin.post(reverse("accounts:pemda_baru"), pemda_data(jenis="provinsi", nama="Provinsi Bali", provinsi="",
                                                               admin_username="", admin_nama="", admin_sandi=""))
    assert r.status_code == 302
    assert Pemda.objects.get(nama="Provinsi Bali").slug == "provinsi-bali"


def test_only_the_system_admin_creates_a_pemda(login):
    admin = login("admin-probolinggo")
    assert admin.post(reverse("accounts:pemda_baru"), pemda_data()).status_code == 403
    assert not Pemda.objects.filter(nama="Kota Batu").exists()


def test_a_new_pemda_may_come_with_its_logo(login, settings, tmp_path):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from PIL import Image

    from sakip.domain.organisation.models import Pemda as PemdaModel

    settings.MEDIA_ROOT = tmp_path
    png = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(png, "PNG")
    admin = login("admin")
    jatim = PemdaModel.objects.get(slug="jawa-timur")
    data = {"jenis": "kabupaten", "nama": "Kabupaten Berlogo", "provinsi": jatim.pk, "ibukota": "Berlogo",
            "admin_username": "admin-berlogo", "admin_nama": "Admin Berlogo", "admin_sandi": ""}
    not_an_image = admin.post(reverse("accounts:pemda_baru"), {**data, "logo": SimpleUploadedFile("l.png", b"bukan")})
    assert not_an_image.status_code == 200 and not PemdaModel.objects.filter(nama="Kabupaten Berlogo").exists()
    admin.post(reverse("accounts:pemda_baru"), {**data, "logo": SimpleUploadedFile("logo.png", png.getvalue())})
    pemda = PemdaModel.objects.get(nama="Kabupaten Berlogo")
    assert pemda.logo.name.startswith("logo/") and pemda.logo.read() == png.getvalue()
    html = admin.get(reverse("organisation:pemda", args=[pemda.slug])).content.decode()
    assert f'src="{pemda.logo.url}"' in html
