"""Drafting the Perjanjian Kinerja through its screens: a brand-new pemda and kecamatan (not in the demo) make
their PK 2026 — version 1 from the Renstra targets, a new version when the Camat changes mid-year, a correction,
the refusals — and the demo's approved PK 2024 of Wonoasih stays locked until it is reopened.

The world (pemda, PD, Renstra, programs, officials, an operator) is set up with the ORM; everything after that
goes through the screens. Expected figures are typed by hand.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse

from sakip.core.scoping import Scope
from sakip.domain.accounts.models import Akses
from sakip.domain.agreement import services
from sakip.domain.agreement.dokumen import bandingkan, build_pk
from sakip.domain.agreement.models import AnggaranPk, PerjanjianKinerja, TargetPk
from sakip.domain.agreement.selectors import draf_pk, pk_terakhir
from sakip.domain.organisation.models import Jabatan, MasaJabatan, Pejabat, Pemda, PerangkatDaerah
from sakip.domain.planning.models import Indikator, Nomenklatur, Program, Renstra, Sasaran, Target, Tujuan

pytestmark = pytest.mark.django_db

CAMAT_LAMA, CAMAT_BARU, BUPATI = "Drs. AGUS SALIM, M.Si", "RINA WULANDARI, S.STP", "H. BAMBANG SUTRISNO, S.H."


@pytest.fixture
def dunia():
    """Kabupaten Contoh with Kecamatan Sukamaju: a Renstra 2026–2030 with two sasaran indicators (one target a
    range), two programs of 2026, a Camat replaced on 1 July 2026, a Bupati, and an operator account."""
    pemda = Pemda.objects.create(jenis="kabupaten", nama="Kabupaten Contoh", slug="kab-contoh", ibukota="Contoh")
    pd = PerangkatDaerah.objects.create(pemda=pemda, nama="Kecamatan Sukamaju", slug="sukamaju")
    renstra = Renstra.objects.create(pd=pd, tahun_mulai=2026, tahun_selesai=2030)
    tujuan = Tujuan.objects.create(renstra=renstra, nama="Meningkatnya kualitas pelayanan kecamatan")
    sasaran = Sasaran.objects.create(tujuan=tujuan, nama="Meningkatnya kepuasan masyarakat")
    ikm = Indikator.baru(sasaran, nama="Indeks Kepuasan Masyarakat", satuan="indeks", urutan=1)
    ikm.save()
    layanan = Indikator.baru(sasaran, nama="Persentase layanan tepat waktu", satuan="%", urutan=2)
    layanan.save()
    Target.objects.create(indikator=ikm, tahun=2026, nilai=Decimal("82.5"))
    Target.objects.create(indikator=layanan, tahun=2026, nilai=80, nilai_atas=90, teks="80–90")
    Target.objects.create(indikator=ikm, tahun=2027, nilai=83)
    for urutan, kode in enumerate(("7.01.01", "7.01.02"), start=1):
        Program.objects.create(pd=pd, tahun=2026, urutan=urutan, nomenklatur=Nomenklatur.objects.get(kode=kode))
    camat = Jabatan.objects.create(pemda=pemda, pd=pd, jenis=Jabatan.Jenis.PIMPINAN_PD, nama="Camat Sukamaju")
    bupati = Jabatan.objects.create(pemda=pemda, jenis=Jabatan.Jenis.KEPALA_DAERAH, nama="Bupati Contoh")
    for jabatan, nama, mulai, selesai in (
            (camat, CAMAT_LAMA, datetime.date(2023, 3, 1), datetime.date(2026, 6, 30)),
            (camat, CAMAT_BARU, datetime.date(2026, 7, 1), None),
            (bupati, BUPATI, datetime.date(2025, 2, 20), None)):
        MasaJabatan.objects.create(jabatan=jabatan, pejabat=Pejabat.objects.create(pemda=pemda, nama=nama),
                                   mulai=mulai, selesai=selesai)
    user = User.objects.create_user("operator-sukamaju", password="sukamaju-uji-123")
    Akses.objects.create(user=user, peran=Akses.Peran.OPERATOR, pd=pd)
    return {"pd": pd, "ikm": ikm, "layanan": layanan, "bupati": bupati,
            "program": {p.kode: p for p in Program.objects.filter(pd=pd)}}


def masuk(username: str) -> Client:
    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


def isian_form(response, **ubah) -> dict:
    """What the page's form would post as shown, with ``ubah`` typed over it, and the save button."""
    form = response.context["form"]
    data = {}
    for bf in form:
        value = bf.value()
        data[bf.html_name] = "" if value is None else str(value)
    data.update({k: str(v) for k, v in ubah.items()})
    data["simpan"] = "1"
    return data


def json_pk(slug: str, tahun: int) -> dict:
    return build_pk(Scope.system(), slug, tahun).as_json()


# --- a new kecamatan, from nothing --------------------------------------------------------------------------


def test_a_new_kecamatan_drafts_its_first_pk_from_the_renstra(dunia):
    client = masuk("operator-sukamaju")
    page = client.get(reverse("agreement:pk", args=["sukamaju", 2026]))
    assert page.status_code == 200
    html = page.content.decode()
    assert "belum memiliki Perjanjian Kinerja tahun 2026" in html and "Buat PK 2026" in html
    assert reverse("agreement:pk_buat", args=["sukamaju", 2026]) in html

    draft = client.get(reverse("agreement:pk_buat", args=["sukamaju", 2026]))
    assert draft.status_code == 200
    html = draft.content.decode()
    assert "80–90" in html and "82,5" in html  # the Renstra targets of 2026, as the Renstra writes them
    assert not PerjanjianKinerja.objects.filter(pd=dunia["pd"]).exists()  # the draft saves nothing

    p1, p2 = dunia["program"]["7.01.01"], dunia["program"]["7.01.02"]
    saved = client.post(reverse("agreement:pk_buat", args=["sukamaju", 2026]), isian_form(
        draft, tanggal="2026-01-05", dasar_hukum="Peraturan Menteri PANRB Nomor 53 Tahun 2014",
        **{f"anggaran_{p1.pk}": "1.250.000.000", f"anggaran_{p2.pk}": "185.400.000"}))
    assert saved.status_code == 302 and saved["Location"].endswith("?versi=1")

    pk = PerjanjianKinerja.objects.get(pd=dunia["pd"], tahun=2026)
    assert (pk.nomor, pk.alasan, pk.tempat, pk.tanggal) == (1, "awal", "Contoh", datetime.date(2026, 1, 5))
    targets = {t.indikator_id: (t.nilai, t.nilai_atas, t.teks) for t in TargetPk.objects.filter(perjanjian=pk)}
    assert targets == {dunia["ikm"].pk: (Decimal("82.5"), None, ""),
                       dunia["layanan"].pk: (Decimal(80), Decimal(90), "80–90")}
    assert {(a.program_id, a.nilai, a.sumber) for a in AnggaranPk.objects.filter(perjanjian=pk)} == {
        (p1.pk, Decimal(1_250_000_000), "APBD"), (p2.pk, Decimal(185_400_000), "APBD")}

    versi = json_pk("sukamaju", 2026)["versi"][0]
    assert versi["pihak_pertama"] == {"nama": CAMAT_LAMA, "jabatan": "Camat Sukamaju", "nip": "", "pangkat": ""}
    assert versi["pihak_kedua"]["nama"] == BUPATI and versi["pihak_kedua"]["jabatan"] == "Bupati Contoh"
    assert versi["total_anggaran"] == 1_435_400_000  # 1.250.000.000 + 185.400.000

    page = client.get(reverse("agreement:pk", args=["sukamaju", 2026])).content.decode()
    assert "Rp. 1.435.400.000,00" in page and "80–90" in page and "Buat versi baru" in page


def test_a_new_version_when_the_camat_changes_mid_year(dunia):
    client = masuk("operator-sukamaju")
    buat = reverse("agreement:pk_buat", args=["sukamaju", 2026])
    p1, p2 = dunia["program"]["7.01.01"], dunia["program"]["7.01.02"]
    anggaran = {f"anggaran_{p1.pk}": "1.250.000.000", f"anggaran_{p2.pk}": "185.400.000"}
    client.post(buat, isian_form(client.get(buat), tanggal="2026-01-05", **anggaran))

    url = reverse("agreement:pk_versi_baru", args=["sukamaju", 2026])
    form = client.get(url)
    assert form.status_code == 200
    # starts from version 1: its targets and budgets are the form's values
    assert form.context["form"][f"anggaran_{p2.pk}"].value() == "185.400.000"
    assert form.context["form"][f"target_{dunia['layanan'].pk}"].value() == "80–90"

    # dated before version 1: refused, nothing saved
    early = client.post(url, isian_form(form, tanggal="2026-01-04", alasan="pejabat"))
    assert early.status_code == 200
    assert "harus sesudah tanggal versi 1 (5 Januari 2026)" in early.content.decode()
    assert PerjanjianKinerja.objects.filter(pd=dunia["pd"]).count() == 1

    # the officials of the new date are shown before saving
    preview = client.post(url, {**isian_form(form, tanggal="2026-07-15", alasan="pejabat"), "simpan": "",
                                "pratinjau": "1"})  # the preview button, not the save button
    assert CAMAT_BARU in preview.content.decode()
    assert PerjanjianKinerja.objects.filter(pd=dunia["pd"]).count() == 1

    saved = client.post(url, isian_form(form, tanggal="2026-07-15", alasan="pejabat",
                                        alasan_teks="Pelantikan Camat Sukamaju 1 Juli 2026",
                                        **{f"target_{dunia['layanan'].pk}": "85 - 95"}))
    assert saved.status_code == 302 and saved["Location"].endswith("?versi=2")
    v2 = PerjanjianKinerja.objects.get(pd=dunia["pd"], tahun=2026, nomor=2)
    assert v2.alasan == "pejabat"
    changed = TargetPk.objects.get(perjanjian=v2, indikator=dunia["layanan"])
    assert (changed.nilai, changed.nilai_atas) == (Decimal(85), Decimal(95))
    kept = TargetPk.objects.get(perjanjian=v2, indikator=dunia["ikm"])
    assert (kept.nilai, kept.nilai_atas, kept.teks) == (Decimal("82.5"), None, "")
    assert sum(a.nilai for a in AnggaranPk.objects.filter(perjanjian=v2)) == Decimal(1_435_400_000)

    dok = build_pk(Scope.system(), "sukamaju", 2026)
    assert [v.pihak_pertama.nama for v in dok.versi] == [CAMAT_LAMA, CAMAT_BARU]
    assert [v.pihak_kedua.nama for v in dok.versi] == [BUPATI, BUPATI]
    parts = {c.bagian for c in bandingkan(dok.versi[0], dok.versi[1])}
    assert parts == {"Pihak pertama", "Target"}


def test_the_second_party_is_whoever_holds_the_kepala_daerah_post_on_the_date(dunia):
    """A Pj. Bupati from 1 September: a version signed in October names him; a date nobody held the post is refused."""
    client = masuk("operator-sukamaju")
    MasaJabatan.objects.filter(jabatan=dunia["bupati"]).update(selesai=datetime.date(2026, 8, 31))
    MasaJabatan.objects.create(jabatan=dunia["bupati"], status=MasaJabatan.Status.PJ,
                               pejabat=Pejabat.objects.create(pemda=dunia["pd"].pemda, nama="Ir. JOKO PRASETYO"),
                               mulai=datetime.date(2026, 9, 1), selesai=datetime.date(2026, 11, 30))
    buat = reverse("agreement:pk_buat", args=["sukamaju", 2026])
    p1, p2 = dunia["program"]["7.01.01"], dunia["program"]["7.01.02"]
    client.post(buat, isian_form(client.get(buat), tanggal="2026-01-05",
                                 **{f"anggaran_{p1.pk}": "1.250.000.000", f"anggaran_{p2.pk}": "185.400.000"}))
    url = reverse("agreement:pk_versi_baru", args=["sukamaju", 2026])
    vacant = client.post(url, isian_form(client.get(url), tanggal="2026-12-10", alasan="pejabat"))
    assert "Tidak ada kepala daerah Kabupaten Contoh yang menjabat pada 10 Desember 2026" in vacant.content.decode()
    client.post(url, isian_form(client.get(url), tanggal="2026-10-01", alasan="pejabat"))
    kedua = json_pk("sukamaju", 2026)["versi"][1]["pihak_kedua"]
    assert kedua == {"nama": "Ir. JOKO PRASETYO", "jabatan": "Pj. Bupati Contoh", "nip": "", "pangkat": ""}


def test_typing_mistakes_are_refused_on_their_field_and_nothing_is_saved(dunia):
    client = masuk("operator-sukamaju")
    buat = reverse("agreement:pk_buat", args=["sukamaju", 2026])
    p1, p2 = dunia["program"]["7.01.01"], dunia["program"]["7.01.02"]
    response = client.post(buat, isian_form(client.get(buat), tanggal="2026-01-05", **{
        f"target_{dunia['ikm'].pk}": "8O", f"anggaran_{p1.pk}": "", f"anggaran_{p2.pk}": "-5.000"}))
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert "8O" in errors[f"target_{dunia['ikm'].pk}"][0]
    assert errors[f"anggaran_{p1.pk}"] == ["Isikan anggaran program ini, misalnya 185.400.000."]
    assert errors[f"anggaran_{p2.pk}"] == ["Anggaran tidak boleh negatif."]
    assert not PerjanjianKinerja.objects.filter(pd=dunia["pd"]).exists()


def test_the_latest_version_is_corrected_while_open_and_locked_once_submitted(dunia):
    client = masuk("operator-sukamaju")
    buat = reverse("agreement:pk_buat", args=["sukamaju", 2026])
    p1, p2 = dunia["program"]["7.01.01"], dunia["program"]["7.01.02"]
    client.post(buat, isian_form(client.get(buat), tanggal="2026-01-05",
                                 **{f"anggaran_{p1.pk}": "1.250.000.000", f"anggaran_{p2.pk}": "185.400.000"}))
    ubah = reverse("agreement:pk_ubah", args=["sukamaju", 2026])
    fixed = client.post(ubah, isian_form(client.get(ubah), **{f"anggaran_{p2.pk}": "158.400.000"}))
    assert fixed.status_code == 302
    assert AnggaranPk.objects.get(program=p2).nilai == Decimal(158_400_000)
    assert PerjanjianKinerja.objects.filter(pd=dunia["pd"]).count() == 1

    submitted = client.post(reverse("workflow:aksi", args=["sukamaju", "pk", 2026, 0]), {"aksi": "ajukan", "versi": 0})
    assert submitted.status_code == 302
    page = client.get(reverse("agreement:pk", args=["sukamaju", 2026])).content.decode()
    assert "Buat versi baru" not in page
    url = reverse("agreement:pk_versi_baru", args=["sukamaju", 2026])
    form = client.get(url)
    assert "terkunci" in form.content.decode() and "Simpan PK" not in form.content.decode()
    refused = client.post(url, isian_form(form, tanggal="2026-07-15", alasan="pejabat"))
    assert refused.status_code == 200 and "terkunci" in refused.content.decode()
    assert PerjanjianKinerja.objects.filter(pd=dunia["pd"]).count() == 1


def test_a_pk_that_exists_is_not_created_again(dunia):
    client = masuk("operator-sukamaju")
    buat = reverse("agreement:pk_buat", args=["sukamaju", 2026])
    p1, p2 = dunia["program"]["7.01.01"], dunia["program"]["7.01.02"]
    client.post(buat, isian_form(client.get(buat), tanggal="2026-01-05",
                                 **{f"anggaran_{p1.pk}": "1", f"anggaran_{p2.pk}": "2"}))
    again = client.get(buat)
    assert again.status_code == 302 and again["Location"] == reverse("agreement:pk", args=["sukamaju", 2026])


# --- the demo's Wonoasih ----------------------------------------------------------------------------------------


def test_the_approved_pk_2024_refuses_a_new_version_until_reopened(login):
    client = login("operator-wonoasih")
    url = reverse("agreement:pk_versi_baru", args=["wonoasih", 2024])
    form = client.get(url)
    assert form.status_code == 200 and "disetujui dan terkunci" in form.content.decode()
    refused = client.post(url, isian_form(form, tanggal="2024-12-02", alasan="strategi"))
    assert "terkunci" in refused.content.decode()
    assert PerjanjianKinerja.objects.filter(pd__slug="wonoasih", tahun=2024).count() == 3


@pytest.mark.usefixtures("alur_terbuka")
def test_a_fourth_version_of_wonoasih_2024_after_reopening(login):
    client = login("operator-wonoasih")
    url = reverse("agreement:pk_versi_baru", args=["wonoasih", 2024])
    form = client.get(url)
    # starts from version 3 (November, APBD-P): Rp 14.415.022.746 in four programs
    saved = client.post(url, isian_form(form, tanggal="2024-12-02", alasan="strategi"))
    assert saved.status_code == 302
    versi = json_pk("wonoasih", 2024)["versi"]
    assert [v["nomor"] for v in versi] == [1, 2, 3, 4]
    assert versi[3]["total_anggaran"] == 14_415_022_746
    assert versi[3]["pihak_kedua"]["nama"] == "M. TAUFIK KURNIAWAN"
    assert versi[3]["pihak_pertama"]["nama"] == "DEUS NAWANDI, S.STP, M.Si"
    assert [i["target"] for s in versi[3]["sasaran"] for i in s["indikator"]] == \
        [i["target"] for s in versi[2]["sasaran"] for i in s["indikator"]]


def test_who_may_draft(login, dunia):
    url = reverse("agreement:pk_buat", args=["wonoasih", 2026])
    assert login("verifikator-wonoasih").post(url, {"simpan": "1"}).status_code == 403
    assert masuk("operator-sukamaju").get(url).status_code == 404  # another pemda's PD: no hint it exists
    page = login("camat-wonoasih").get(reverse("agreement:pk", args=["wonoasih", 2026])).content.decode()
    assert "belum memiliki Perjanjian Kinerja tahun 2026" in page and "Buat PK 2026" not in page


def test_drafting_reads_a_fixed_number_of_queries(django_assert_num_queries):
    pd = PerangkatDaerah.objects.get(slug="wonoasih")
    dasar = pk_terakhir(Scope.system(), pd, 2024)
    with django_assert_num_queries(5):  # sasaran indicators, the version's targets and budgets, Renstra, programs
        draf = draf_pk(Scope.system(), pd, 2024, dasar)
    assert len(draf.target) == 3 and len(draf.anggaran) == 4


def test_the_service_refuses_a_version_dated_before_the_previous_one_whatever_the_form(dunia):
    """The date rule lives in the service too, for any caller (an import, a command), not only in the form."""
    pd = dunia["pd"]
    scope = User.objects.get(username="operator-sukamaju").akses.scope()
    target = (services.IsianTarget(dunia["ikm"], Decimal(82), None, ""),)
    services.buat_pk(scope, pd=pd, tahun=2026, isian=services.IsianPk(tanggal=datetime.date(2026, 1, 5), target=target))
    with pytest.raises(ValidationError) as info:
        services.buat_versi(scope, pd=pd, tahun=2026, isian=services.IsianPk(
            tanggal=datetime.date(2026, 1, 5), alasan="anggaran", target=target))
    assert info.value.message_dict["tanggal"] == ["Tanggal versi ini harus sesudah tanggal versi 1 (5 Januari 2026)."]
    with pytest.raises(ValidationError) as info:
        services.buat_versi(scope, pd=pd, tahun=2026, isian=services.IsianPk(
            tanggal=datetime.date(2026, 3, 1), alasan="awal", target=target))
    assert "alasan" in info.value.message_dict
    assert PerjanjianKinerja.objects.filter(pd=pd).count() == 1
