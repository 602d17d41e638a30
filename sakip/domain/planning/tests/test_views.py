"""The planning screens: the tree, inline target editing, forms, and who may do what."""

from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from sakip.domain.planning.models import Indikator, Nomenklatur, Program, Sasaran, Target
from tests.helpers import rpjmd_sasaran_of

pytestmark = pytest.mark.django_db


def ikm_2019_2024() -> Indikator:
    return Indikator.objects.get(pd__slug="wonoasih", sasaran__tujuan__renstra__tahun_mulai=2019,
                                 nama="Indeks Kepuasan Masyarakat (IKM)")


def test_pages_need_a_login(client):
    response = client.get(reverse("planning:tree", args=["wonoasih"]))
    assert response.status_code == 302 and response["Location"].startswith(reverse("login"))


def test_a_pd_operator_lands_on_their_pd(login):
    response = login("operator-wonoasih").get("/")
    assert response.status_code == 302 and response["Location"] == reverse("beranda:pd", args=["wonoasih"])


def test_the_tree_shows_the_whole_chain_with_targets(login):
    html = login("operator-wonoasih").get(reverse("planning:tree", args=["wonoasih"]) + "?tahun=2024").content.decode()
    for text in ("Misi II", "Meningkatnya Kemampuan Kelompok dan Lembaga Kemasyarakatan",
                 "PROGRAM PEMBERDAYAAN MASYARAKAT DESA DAN KELURAHAN", "7.01.03.2.02.0002",
                 "Pembangunan Sarana dan Prasarana Kelurahan", "Sumber Taman", "94,14"):
        assert text in html, text


def test_the_tree_runs_a_fixed_number_of_queries(login, django_assert_num_queries):
    client = login("operator-wonoasih")
    url = reverse("planning:tree", args=["wonoasih"]) + "?tahun=2024"
    client.get(url)  # warm the session/user caches
    with django_assert_num_queries(QUERIES_TREE) as first:
        client.get(url)
    # More rows must not mean more queries.
    program = Program.objects.get(pd__slug="wonoasih", tahun=2024, nomenklatur__kode="7.01.03")
    for n in range(5):
        indikator = Indikator.objects.create(program=program, nama=f"Indikator tambahan {n}", satuan="%")
        Target.objects.create(indikator=indikator, tahun=2024, nilai=Decimal(n))
    with django_assert_num_queries(len(first.captured_queries)):
        client.get(url)


QUERIES_TREE = 38  # constant: one query per table of the tree (and one for the year's lock), whatever the rows


def test_saving_a_target_inline(login, alur_terbuka):
    indikator = ikm_2019_2024()
    url = reverse("planning:target_edit", args=[indikator.pk, 2024])
    client = login("operator-wonoasih")
    assert client.get(url, HTTP_HX_REQUEST="true").status_code == 200
    response = client.post(url, {"nilai": "94,50"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "94,50" in response.content.decode()  # shown as written
    assert response["HX-Retarget"] == f"#indikator-{indikator.pk}"  # the whole row is redrawn, not just the chip
    saved = Target.objects.get(indikator=indikator, tahun=2024)
    assert (saved.nilai, saved.teks) == (Decimal("94.5"), "94,50")


@pytest.mark.parametrize(("typed", "message"), [("abc", "bukan angka"), ("94.50", "gunakan koma")])
def test_a_text_where_a_number_belongs_is_refused_on_the_field(login, typed, message):
    indikator = ikm_2019_2024()
    response = login("operator-wonoasih").post(reverse("planning:target_edit", args=[indikator.pk, 2024]),
                                               {"nilai": typed}, HTTP_HX_REQUEST="true")
    assert message in response.content.decode()
    assert Target.objects.get(indikator=indikator, tahun=2024).nilai == Decimal("94.14")


def test_a_target_year_outside_the_period_is_not_offered(login):
    indikator = ikm_2019_2024()
    response = login("operator-wonoasih").post(reverse("planning:target_edit", args=[indikator.pk, 2031]), {"nilai": "90"})
    assert response.status_code == 404
    assert not Target.objects.filter(indikator=indikator, tahun=2031).exists()


def test_another_pd_cannot_see_or_change(login):
    client = login("operator-kanigaran")
    assert client.get(reverse("planning:tree", args=["wonoasih"])).status_code == 404
    indikator = ikm_2019_2024()
    response = client.post(reverse("planning:target_edit", args=[indikator.pk, 2024]), {"nilai": "1"})
    assert response.status_code == 404
    assert Target.objects.get(indikator=indikator, tahun=2024).nilai == Decimal("94.14")


def test_the_evaluator_reads_but_does_not_change(login):
    client = login("inspektorat-probolinggo")
    html = client.get(reverse("planning:tree", args=["wonoasih"]) + "?tahun=2024").content.decode()
    assert "94,14" in html and "hx-get" not in html
    indikator = ikm_2019_2024()
    assert client.post(reverse("planning:target_edit", args=[indikator.pk, 2024]), {"nilai": "1"}).status_code == 403


def test_a_duplicate_program_code_gets_a_message_on_the_form(login, alur_terbuka):
    kode = Nomenklatur.objects.get(kode="7.01.03")
    url = reverse("planning:program_add", args=["wonoasih"]) + "?tahun=2024"
    response = login("operator-wonoasih").post(url, {"nomenklatur": kode.pk, "tahun": 2024})
    assert response.status_code == 200
    assert "Program dengan kode ini sudah ada pada tahun tersebut." in response.content.decode()
    assert Program.objects.filter(pd__slug="wonoasih", tahun=2024, nomenklatur=kode).count() == 1


def test_adding_a_program_links_it_to_a_sasaran(login, alur_terbuka):
    kode = Nomenklatur.objects.get(kode="7.01.04")
    sasaran = Sasaran.objects.get(pd__slug="wonoasih", nama="Meningkatnya Kualitas Pelayanan Publik di Kecamatan Wonoasih")
    response = login("operator-wonoasih").post(reverse("planning:program_add", args=["wonoasih"]),
                                               {"nomenklatur": kode.pk, "tahun": 2024, "sasaran": [sasaran.pk]})
    assert response.status_code == 302
    assert list(Program.objects.get(pd__slug="wonoasih", tahun=2024, nomenklatur=kode).sasaran.all()) == [sasaran]


def test_a_sasaran_linked_across_pemda_is_refused_on_the_field(login):
    from sakip.domain.organisation.models import Pemda

    foreign = rpjmd_sasaran_of(Pemda.objects.get(slug="kota-pasuruan"))
    sasaran = Sasaran.objects.get(pd__slug="wonoasih", nama="Meningkatnya Manajemen Perkantoran")
    response = login("operator-wonoasih").post(reverse("planning:sasaran_edit", args=[sasaran.pk]),
                                               {"nama": sasaran.nama, "sasaran_rpjmd": foreign.pk})
    assert "hanya dapat ditautkan ke RPJMD pemdanya sendiri" in response.content.decode()
    sasaran.refresh_from_db()
    assert sasaran.sasaran_rpjmd_id != foreign.pk


def test_editing_an_indicator_refuses_a_bad_kondisi_awal(login):
    indikator = ikm_2019_2024()
    data = {"nama": indikator.nama, "satuan": "Skor", "polaritas": "positif", "akumulasi": "terakhir",
            "kondisi_awal_teks": "delapan puluh"}
    response = login("operator-wonoasih").post(reverse("planning:indikator_edit", args=[indikator.pk]), data)
    assert "bukan angka" in response.content.decode()
    indikator.refresh_from_db()
    assert indikator.kondisi_awal == Decimal("84.5")


def test_adding_an_indicator_to_a_sasaran(login):
    sasaran = Sasaran.objects.get(pd__slug="wonoasih", nama="Meningkatnya Manajemen Perkantoran")
    data = {"nama": "Persentase arsip tertata", "satuan": "%", "polaritas": "positif", "akumulasi": "terakhir"}
    response = login("operator-wonoasih").post(reverse("planning:indikator_add", args=["sasaran", sasaran.pk]), data)
    assert response.status_code == 302
    assert sasaran.indikator.filter(nama="Persentase arsip tertata", pd__slug="wonoasih").exists()


def test_a_target_form_saved_over_a_newer_change_is_refused(login, alur_terbuka):
    client = login("operator-wonoasih")
    indikator = ikm_2019_2024()
    url = reverse("planning:target_edit", args=[indikator.pk, 2024])
    form = client.get(url).content.decode()
    assert 'name="awal" value="94,14"' in form
    assert client.post(url, {"nilai": "95", "awal": "94,14"}).status_code == 200  # someone saves first
    html = client.post(url, {"nilai": "96", "awal": "94,14"}).content.decode()  # the older page
    assert "telah diubah oleh Operator Kecamatan Wonoasih menjadi 95" in html
    assert 'name="awal" value="95"' in html  # saving again now is a deliberate overwrite
    assert Target.objects.get(indikator=indikator, tahun=2024).nilai == Decimal("95")


def _bertambah(n: int) -> None:
    """More indicators with targets on Wonoasih's Renstra 2019–2024 and on the RPJMD of Kota Probolinggo."""
    from sakip.domain.planning.models import IndikatorRpjmd, SasaranRpjmd, TargetRpjmd

    sasaran = Sasaran.objects.get(pd__slug="wonoasih", nama="Meningkatnya Manajemen Perkantoran")
    sasaran_rpjmd = SasaranRpjmd.objects.filter(pemda__slug="kota-probolinggo").order_by("pk").first()
    for i in range(n):
        indikator = Indikator.objects.create(sasaran=sasaran, nama=f"Indikator tambahan {i}", satuan="%")
        Target.objects.create(indikator=indikator, tahun=2023, nilai=Decimal(i))
        rpjmd = IndikatorRpjmd.objects.create(sasaran=sasaran_rpjmd, nama=f"Indikator kota {i}")
        TargetRpjmd.objects.create(indikator=rpjmd, tahun=2023, nilai=Decimal(i))


@pytest.mark.parametrize("halaman", ["renstra", "rpjmd"])
def test_the_renstra_and_rpjmd_pages_run_a_fixed_number_of_queries(login, django_assert_num_queries, halaman):
    from sakip.domain.planning.models import Renstra, Rpjmd

    client = login("operator-wonoasih")
    pk = (Renstra.objects.get(pd__slug="wonoasih", tahun_mulai=2019) if halaman == "renstra"
          else Rpjmd.objects.get(pemda__slug="kota-probolinggo")).pk
    url = reverse(f"planning:{halaman}", args=[pk])
    client.get(url)
    with CaptureQueriesContext(connection) as first:
        assert client.get(url).status_code == 200
    _bertambah(4)
    with django_assert_num_queries(len(first.captured_queries)):
        html = client.get(url).content.decode()
    assert "Indikator tambahan 3" in html or "Indikator kota 3" in html
