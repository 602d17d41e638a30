"""The whole cycle through the screens, starting from nothing (issue 14): the system admin creates a pemda
that is not in the demo with its admin pemda; that admin pemda logs in, sets the negative formula and the
category scale, creates a kecamatan with five desa, a Camat post with its official and tenure, and an
operator account; the operator logs in and reaches the kecamatan's page."""

from __future__ import annotations

import datetime
import re

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from sakip.core.scoping import Scope
from sakip.domain.organisation.models import Jabatan, Kelurahan, MasaJabatan, Pemda, PerangkatDaerah
from sakip.domain.organisation.selectors import pimpinan_pada
from sakip.domain.organisation.signals import kelurahan_dibuat, pd_dibuat

pytestmark = pytest.mark.django_db

DESA = ["Senduro", "Burno", "Kandangtepus", "Kandangan", "Bedayu"]


def sandi_di(html: str) -> str:
    """The password shown once on the page after a POST."""
    found = re.search(r'<code id="sandi">([^<]+)</code>', html)
    assert found, "kata sandi tidak ditampilkan"
    return found.group(1)


def masuk(username: str, sandi: str) -> Client:
    client = Client()
    response = client.post(reverse("login"), {"username": username, "password": sandi}, REMOTE_ADDR="10.9.9.9")
    assert response.status_code == 302, f"{username} tidak dapat masuk"
    return client


@pytest.fixture
def sinyal():
    """What the organisation signals carried during the test."""
    diterima: dict[str, list] = {"pd": [], "kelurahan": []}

    def pd(sender, pd, **kwargs):
        diterima["pd"].append((sender, pd))

    def kelurahan(sender, kelurahan, **kwargs):
        diterima["kelurahan"].append(kelurahan)

    pd_dibuat.connect(pd, dispatch_uid="uji-pd")
    kelurahan_dibuat.connect(kelurahan, dispatch_uid="uji-kelurahan")
    yield diterima
    pd_dibuat.disconnect(dispatch_uid="uji-pd")
    kelurahan_dibuat.disconnect(dispatch_uid="uji-kelurahan")


def test_a_new_pemda_from_nothing_to_an_operator_at_work(login, sinyal, django_capture_on_commit_callbacks):
    # 1. The system admin creates Kabupaten Lumajang and its admin pemda, the password generated.
    admin = login("admin")
    assert not Pemda.objects.filter(nama="Kabupaten Lumajang").exists()
    jatim = Pemda.objects.get(slug="jawa-timur")
    html = admin.post(reverse("accounts:pemda_baru"), {
        "jenis": "kabupaten", "nama": "Kabupaten Lumajang", "provinsi": jatim.pk, "ibukota": "Lumajang",
        "admin_username": "admin-lumajang", "admin_nama": "Admin Pemda Kabupaten Lumajang", "admin_sandi": "",
    }).content.decode()
    assert "ditampilkan sekali ini saja" in html
    pemda = Pemda.objects.get(nama="Kabupaten Lumajang")
    assert (pemda.slug, pemda.jenis, pemda.provinsi, pemda.ibukota) == ("kabupaten-lumajang", "kabupaten", jatim, "Lumajang")
    assert User.objects.get(username="admin-lumajang").akses.pemda == pemda
    assert "kabupaten-lumajang" in admin.get(reverse("organisation:mulai")).content.decode()

    # 2. The admin pemda logs in with that password and starts from "Pengaturan".
    ap = masuk("admin-lumajang", sandi_di(html))
    beranda = ap.get(reverse("organisation:mulai"))
    assert beranda.status_code == 302 and beranda["Location"] == reverse("organisation:pemda", args=["kabupaten-lumajang"])
    halaman = ap.get(beranda["Location"]).content.decode()
    assert "Pengaturan pemda: Kabupaten Lumajang" in halaman and "Belum ada perangkat daerah" in halaman
    assert f'href="{reverse("organisation:mulai")}">Pengaturan</a>' in halaman  # the link in the top navigation

    # 3. The negative formula T / R, the Permendagri 86 scale, and a yearly SKM over 3.000 service users.
    r = ap.post(reverse("organisation:pemda_ubah", args=["kabupaten-lumajang"]),
                {"ibukota": "Lumajang", "rumus_negatif": "bagi", "skala_kategori": "permendagri86",
                 "skm_periode": "tahun", "skm_populasi": "3000"})
    assert r.status_code == 302
    pemda.refresh_from_db()
    assert (pemda.rumus_negatif, pemda.skala_kategori, pemda.skm_periode, pemda.skm_populasi) == (
        "bagi", "permendagri86", "tahun", 3000)

    # 4. Kecamatan Senduro with its five desa, typed one per line.
    with django_capture_on_commit_callbacks(execute=True):
        r = ap.post(reverse("organisation:pd_tambah", args=["kabupaten-lumajang"]), {
            "jenis": "kecamatan", "nama": "Kecamatan Senduro", "slug": "", "alamat": "Jl. Raya Senduro No. 1",
            "telepon": "(0334) 571001", "email": "", "tugas": "", "fungsi": "", "jenis_kelurahan": "kelurahan",
            "kelurahan": "\n".join(f"Desa {d}" for d in DESA),
        })
    assert r.status_code == 302
    pd = PerangkatDaerah.objects.get(pemda=pemda, nama="Kecamatan Senduro")
    assert r["Location"] == reverse("organisation:pd", args=[pd.slug]) and pd.slug == "senduro"
    assert list(Kelurahan.objects.filter(pd=pd).order_by("urutan").values_list("urutan", "jenis", "nama")) == [
        (i, "desa", d) for i, d in enumerate(DESA, start=1)]
    assert sinyal["pd"] == [(PerangkatDaerah, pd)] and sinyal["kelurahan"] == []  # its desa come with the PD
    # The SKM is ready with the PD: a unit for the kecamatan and each desa, the questionnaire, an open period.
    from sakip.domain.survey.models import PeriodeSurvei, Pertanyaan, UnitLayanan

    assert list(UnitLayanan.objects.filter(pd=pd).order_by("urutan").values_list("nama", flat=True)) == [
        "Kecamatan Senduro", *(f"Desa {d}" for d in DESA)]
    assert Pertanyaan.objects.filter(pd=pd).count() == 9
    periode = PeriodeSurvei.objects.get(pd=pd)  # the pemda's SKM defaults: the current year, N = 3.000
    assert (periode.jenis, periode.populasi) == ("tahun", 3000)

    # 5. The Camat post, and its official with a tenure from 6 January 2025.
    r = ap.post(reverse("organisation:jabatan_pd_tambah", args=["senduro"]),
                {"nama": "Camat Senduro", "jenis": "pimpinan_pd", "unit": ""})
    assert r.status_code == 302
    camat = Jabatan.objects.get(pd=pd, nama="Camat Senduro")
    r = ap.post(reverse("organisation:masa_tambah", args=[camat.pk]), {
        "pejabat": "", "pejabat_baru_nama": "Drs. BUDI SANTOSO, M.Si", "pejabat_baru_nip": "19700101 199501 1 001",
        "pejabat_baru_pangkat": "Pembina", "pejabat_baru_golongan": "IV/a", "status": "definitif",
        "mulai": "2025-01-06", "selesai": "", "keterangan": ""})
    assert r.status_code == 302
    masa = pimpinan_pada(Scope.system(), pd=pd, tanggal=datetime.date(2025, 3, 1))
    assert (masa.pejabat.nama, masa.pejabat.nip, masa.pejabat.pemda) == ("Drs. BUDI SANTOSO, M.Si", "197001011995011001", pemda)
    halaman = ap.get(reverse("organisation:pd", args=["senduro"])).content.decode()
    assert "Camat Senduro" in halaman and "Drs. BUDI SANTOSO, M.Si" in halaman and "Desa Kandangtepus" in halaman

    # 6. An operator account for the kecamatan, with a password the admin pemda chose.
    html = ap.post(reverse("accounts:pengguna_tambah", args=["kabupaten-lumajang"]), {
        "username": "operator-senduro", "nama": "Operator Kecamatan Senduro", "email": "", "peran": "operator",
        "pd": pd.pk, "kelurahan": "", "sandi": "Senduro-Kinerja-2025"}).content.decode()
    assert sandi_di(html) == "Senduro-Kinerja-2025"
    akses = User.objects.get(username="operator-senduro").akses
    assert (akses.peran, akses.pemda, akses.pd, akses.kelurahan) == ("operator", pemda, pd, None)
    assert "operator-senduro" in ap.get(reverse("accounts:pengguna_daftar", args=["kabupaten-lumajang"])).content.decode()

    # 7. The operator logs in and reaches the kecamatan's page; the settings are not theirs.
    op = masuk("operator-senduro", "Senduro-Kinerja-2025")
    assert op.get(reverse("home"))["Location"] == reverse("beranda:pd", args=["senduro"])
    page = op.get(reverse("beranda:pd", args=["senduro"]))
    assert page.status_code == 200 and "Kecamatan Senduro" in page.content.decode()
    assert op.get(reverse("organisation:pd", args=["senduro"])).status_code == 403
    assert f'href="{reverse("organisation:mulai")}"' not in page.content.decode()  # no "Pengaturan" in its navigation


def test_a_pd_slug_taken_elsewhere_gets_the_pemda_in_it(login):
    """Kota Probolinggo has a Kecamatan Wonoasih (slug ``wonoasih``); one of another pemda is told apart."""
    client = login("admin")
    r = client.post(reverse("organisation:pd_tambah", args=["kota-pasuruan"]), {
        "jenis": "kecamatan", "nama": "Kecamatan Wonoasih", "slug": "", "jenis_kelurahan": "kelurahan",
        "kelurahan": "Sumber Taman"})
    assert r.status_code == 302
    pd = PerangkatDaerah.objects.get(pemda__slug="kota-pasuruan", nama="Kecamatan Wonoasih")
    assert pd.slug == "wonoasih-kota-pasuruan"
    assert MasaJabatan.objects.filter(pd=pd).count() == 0
