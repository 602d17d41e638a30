"""The dashboards against the seed figures and hand calculation: Wonoasih's TW III 2024 (seed 002:
JUMLAH pagu 14.415.022.746, realisasi 9.915.580.282; kelompok 74,21 % against the PK's 80 %) and the
generated figures of the other four kecamatan of Kota Probolinggo."""

import io
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from sakip.composite.dashboard.dokumen_pemda import build_dasbor_pemda
from sakip.core.scoping import Scope
from sakip.domain.measurement.models import Realisasi
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Indikator, Renstra, Sasaran, Target, Tujuan

pytestmark = pytest.mark.django_db

PEMDA = reverse("dashboard:pemda", args=["kota-probolinggo", 2024])


def test_the_pemda_dashboard_shows_the_five_kecamatan_with_seed_figures():
    d = build_dasbor_pemda(Scope.system(), "kota-probolinggo", 2024, 3)
    assert [b.nama for b in sorted(d.baris, key=lambda b: b.nama)] == [
        "Kecamatan Kademangan", "Kecamatan Kanigaran", "Kecamatan Kedopok", "Kecamatan Mayangan", "Kecamatan Wonoasih"]
    w = next(b for b in d.baris if b.slug == "wonoasih")
    assert (w.pagu, w.realisasi_anggaran) == (Decimal("14415022746"), Decimal("9915580282"))
    assert round(w.serapan.nilai, 2) == Decimal("68.79")  # 9.915.580.282 / 14.415.022.746
    kelompok = next(i for i in w.indikator if i.nama.startswith("Persentase Kelompok"))
    assert (kelompok.target.nilai, kelompok.target_sumber, kelompok.realisasi.nilai) == (Decimal("80"), "PK versi 2",
                                                                                    Decimal("74.21"))
    assert round(kelompok.capaian.nilai, 2) == Decimal("92.76")  # 74,21 / 80
    assert w.status == "disetujui" and next(b for b in d.baris if b.slug == "kedopok").status == "diajukan"
    assert d.rencana_serapan == 75


def test_ranking_and_filters(login):
    d = build_dasbor_pemda(Scope.system(), "kota-probolinggo", 2024, 3)
    by_serapan = d.pilih(urut="serapan")
    values = [b.serapan.nilai for b in by_serapan.baris]
    assert values == sorted(values, reverse=True) and [b.peringkat for b in by_serapan.baris] == [1, 2, 3, 4, 5]
    assert {b.slug for b in d.pilih(status="disetujui").baris} == {"wonoasih", "kademangan"}
    html = login("inspektorat-probolinggo").get(PEMDA + "?tw=3&status=disetujui").content.decode()
    assert "Kecamatan Kademangan" in html and "Kecamatan Kanigaran" not in html and "2 dari 5" in html


def test_the_pemda_dashboard_takes_the_same_queries_with_one_more_pd(login, django_assert_num_queries):
    client = login("inspektorat-probolinggo")
    client.get(PEMDA)  # warm the session
    # session, user, akses; the structure (10: 12 before it was read as plain rows, issue 21, then 9; the anggaran
    # kas of every PD for the plan of serapan, issue 19, one more); the years of the selector
    with django_assert_num_queries(14) as before:
        client.get(PEMDA + "?tw=3")
    kanigaran = PerangkatDaerah.objects.get(slug="kanigaran")
    pd = PerangkatDaerah.objects.create(pemda=kanigaran.pemda, nama="Kecamatan Uji", slug="uji")
    renstra = Renstra.objects.create(pd=pd, tahun_mulai=2020, tahun_selesai=2024)
    sasaran = Sasaran.objects.create(tujuan=Tujuan.objects.create(renstra=renstra, urutan=1, nama="T"), urutan=1,
                                     nama="S")
    ind = Indikator.objects.create(sasaran=sasaran, urutan=1, nama="Indikator uji", satuan="%")
    Target.objects.create(indikator=ind, tahun=2024, nilai=50, teks="50")
    Realisasi.objects.create(indikator=ind, tahun=2024, triwulan=3, nilai=25)
    with django_assert_num_queries(len(before)):
        html = client.get(PEMDA + "?tw=3").content.decode()
    assert "Kecamatan Uji" in html and "50,00%" in html  # 25 / 50 by hand


def test_a_pd_user_sees_only_its_own_row(login):
    html = login("operator-kanigaran").get(PEMDA + "?tw=3").content.decode()
    assert "Kecamatan Kanigaran" in html and "Wonoasih" not in html and "Kademangan" not in html


def test_every_table_exports_to_xlsx(login):
    response = login("admin-probolinggo").get(PEMDA + "?tw=3&urut=nama&format=xlsx")
    wb = load_workbook(io.BytesIO(response.content))
    assert wb.sheetnames == ["Ringkasan TW 3 2024", "Capaian per indikator"]
    rows = list(wb["Ringkasan TW 3 2024"].values)
    assert rows[0][:3] == ("Peringkat", "Perangkat daerah", "Rata-rata capaian (%)")
    wonoasih = next(r for r in rows if r[1] == "Kecamatan Wonoasih")
    assert (wonoasih[11], wonoasih[12]) == (14415022746, 9915580282)
    pd = load_workbook(io.BytesIO(login("camat-wonoasih").get(
        reverse("dashboard:pd", args=["wonoasih", 2024]) + "?tw=3&format=xlsx").content))
    assert pd.sheetnames[:3] == ["Indikator TW 3 2024", "Anggaran per program", "IKM per periode"]


def test_the_pd_dashboard_shows_its_year(login):
    from sakip.domain.survey.dokumen import build_skm

    client = login("operator-wonoasih")
    html = client.get(reverse("dashboard:pd", args=["wonoasih", 2024]) + "?tw=3").content.decode()
    assert "68,79%" in html  # serapan TW III, as above
    assert "92,76%" in html  # kelompok TW III
    # "IKM" is the IKM indicator's realisation: measured per semester and not yet by TW III (the seed's TW II
    # is 0, "not measured yet"), so a dash, never 0; at TW IV the year's figure with the SKM beside it
    assert '<div class="besar" data-ikm>-</div>' in html
    skm = build_skm(Scope.system(), "wonoasih", "2024-S2")
    html4 = client.get(reverse("dashboard:pd", args=["wonoasih", 2024]) + "?tw=4").content.decode()
    assert '<div class="besar" data-ikm>94,17</div>' in html4  # the seed's annual realisation (LKjIP Tabel 3.2)
    assert f"SKM Semester II 2024: {skm.total.ikm}".replace(".", ",") + " (341 responden)" in html4
    assert ("Pengukuran TW IV 2024: <span class=\"status status-draft\">Draf</span> <strong>terlambat</strong>"
            in html)  # the deadline 15 January 2025 has passed
    assert "data-checks" in html  # the LKjIP's data-quality checks are listed
    default = client.get(reverse("dashboard:pd", args=["wonoasih", 2024])).content.decode()
    assert "TW 4 2024" in default  # the latest quarter with realisations


def test_the_pd_dashboard_takes_a_fixed_number_of_queries(login, django_assert_num_queries):
    client = login("operator-wonoasih")
    url = reverse("dashboard:pd", args=["wonoasih", 2024])
    client.get(url)
    # session, user, akses; the LKjIP structure (46: 63 before its quarters were read as plain rows, issue 21, then
    # 44; its quarters read the rencana aksi and the anggaran kas of the year, issue 19, one query each — the targets
    # of the quarters and the plan of serapan); PD, workflow, deadlines, IKM; years
    with django_assert_num_queries(54):
        client.get(url + "?tw=2")


def test_the_indicator_drill_down_lists_quarters_and_evidence(login):
    from django.core.files.base import ContentFile

    from sakip.domain.measurement.models import BuktiDukung

    ind = Indikator.objects.get(pd__slug="wonoasih", nama__startswith="Persentase Kelompok",
                                sasaran__tujuan__renstra__tahun_mulai__lte=2024,
                                sasaran__tujuan__renstra__tahun_selesai__gte=2024)
    bukti = BuktiDukung(indikator=ind, tahun=2024, triwulan=3, nama_asli="daftar-hadir.pdf", jenis="application/pdf")
    bukti.berkas.save("x.pdf", ContentFile(b"%PDF-1.4\n"), save=False)
    bukti.save()
    html = login("inspektorat-probolinggo").get(
        reverse("dashboard:indikator", args=["wonoasih", 2024, ind.pk])).content.decode()
    assert "74,21%" in html and "92,76%" in html and "daftar-hadir.pdf" in html
    assert reverse("measurement:bukti_unduh", args=[bukti.pk]) in html


def test_the_dashboards_say_which_year_they_opened_and_offer_the_others(login):
    from sakip.domain.planning.models import Program

    program = Program.objects.filter(pd__slug="wonoasih", tahun=2024).first()
    Program.objects.create(pd=program.pd, tahun=2025, nomenklatur=program.nomenklatur)  # a year begun, no realisation
    client = login("operator-wonoasih")
    page = client.get(reverse("dashboard:mulai"), follow=True)
    html = page.content.decode()
    assert "Dasbor dibuka pada tahun 2024, tahun terakhir yang memiliki realisasi" in html
    years = html.split("data-pilih-tahun>", 1)[1].split("</nav>", 1)[0]
    assert reverse("dashboard:pd", args=["wonoasih", 2025]) in years  # offered, though it opened at 2024
    pemda = login("inspektorat-probolinggo")
    url = reverse("dashboard:pemda", args=["kota-probolinggo", 2024])
    moved = pemda.get(url + "?tahun=2023&tw=2")
    assert moved.status_code == 302
    assert moved["Location"] == reverse("dashboard:pemda", args=["kota-probolinggo", 2023]) + "?tw=2"


def test_the_links_of_the_pemda_page_are_those_reverse_gives(login):
    """The page fills the slug and indicator into a URL reversed once per page (issue 21): the same text as
    ``reverse`` for every PD and indicator row."""
    import re

    from sakip.composite.dashboard.views import alamat_baris

    html = login("inspektorat-probolinggo").get(PEMDA + "?tw=3").content.decode()
    d = build_dasbor_pemda(Scope.system(), "kota-probolinggo", 2024, 3)
    expected = {reverse("dashboard:pd", args=[b.slug, 2024]) + "?tw=3" for b in d.baris} | {
        reverse("dashboard:indikator", args=[b.slug, 2024, i.indikator_id]) + "?tw=3" for b in d.baris
        for i in b.indikator}
    links = set(re.findall(r'href="(/pd/[^"]+)"', html))
    assert links == {link.replace("&", "&amp;") for link in expected} and len(links) == 5 + 15
    alamat = alamat_baris("dashboard:indikator", ("slug", "indikator_id"), tahun=2031)
    for slug, ind in (("uji-9100000002", 7), ("9100000001", 9100000002)):  # values that look like the markers
        assert alamat(slug=slug, indikator_id=ind) == reverse("dashboard:indikator", args=[slug, 2031, ind])
