"""The public portal shows only approved and published data. Demo: Wonoasih's PK and TW I–III 2024
approved, TW IV draft (its seed figures are in the database: kelompok 85,71 %); TW III kelompok
74,21 % against the PK's 80 %."""

import pytest
from django.core.cache import cache
from django.urls import reverse

from sakip.composite.portal.models import Publikasi
from sakip.core.scoping import Scope
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.survey.models import PeriodeSurvei
from sakip.domain.workflow.models import Pengajuan

pytestmark = pytest.mark.django_db

WONOASIH = reverse("portal:pd_tahun", args=["kota-probolinggo", "wonoasih", 2024])


def iku_table(html: str) -> str:
    return html.split("data-portal-iku", 1)[1].split("</table>", 1)[0]


def test_draft_figures_never_reach_the_portal(client):
    table = iku_table(client.get(WONOASIH).content.decode())
    assert "74,21%" in table  # TW III approved: shown
    assert "85,71%" not in table  # TW IV is a draft: its seed figure stays out
    assert table.count("belum disetujui") == 3  # TW IV of each of the three IKU indicators
    # A quarter sent back loses its place on the portal at once (after the cache's minute).
    Pengajuan.objects.filter(pd__slug="wonoasih", jenis="pengukuran", triwulan=3).update(status="dikembalikan")
    cache.clear()
    table = iku_table(client.get(WONOASIH).content.decode())
    assert "74,21%" not in table and table.count("belum disetujui") == 6


def test_an_unapproved_pk_is_not_shown_and_its_targets_are_not_used(client):
    html = client.get(WONOASIH).content.decode()
    assert "LAMPIRAN PERJANJIAN KINERJA TAHUN 2024" in html and "PK versi" in html
    Pengajuan.objects.filter(pd__slug="wonoasih", jenis="pk").update(status="diajukan")
    cache.clear()
    html = client.get(WONOASIH).content.decode()
    assert "LAMPIRAN PERJANJIAN KINERJA" not in html and "PK versi" not in html
    assert "Perjanjian Kinerja tahun ini belum disetujui" in html


def test_the_lkjip_is_published_only_when_the_year_is_approved(login, client):
    camat = login("camat-wonoasih")
    url = reverse("portal:terbitkan_lkjip", args=["wonoasih", 2024])
    html = camat.post(url, follow=True).content.decode()
    assert "belum dapat diterbitkan: Pengukuran TW IV 2024 belum disetujui" in html
    assert not Publikasi.objects.exists()
    assert login("operator-wonoasih").post(url).status_code == 403
    Pengajuan.objects.create(pd=PerangkatDaerah.objects.get(slug="wonoasih"), jenis="pengukuran", tahun=2024,
                             triwulan=4, status="disetujui")
    client.logout()
    assert "LKjIP Kecamatan Wonoasih Tahun 2024" not in client.get(WONOASIH).content.decode()  # cached now
    camat = login("camat-wonoasih")
    assert "diterbitkan di portal publik" in camat.post(url, follow=True).content.decode()
    row = Publikasi.objects.get()
    client.logout()
    # No cache.clear(): the publication itself makes the cached page stale, not the cache's minute.
    html = client.get(WONOASIH).content.decode()
    assert "LKjIP Kecamatan Wonoasih Tahun 2024" in html and "85,71%" in iku_table(html)  # TW IV now approved
    pdf = b"".join(client.get(reverse("portal:berkas", args=[row.pk])).streaming_content)
    assert pdf.startswith(b"%PDF") and len(pdf) == row.ukuran


def test_the_skm_report_is_published_with_the_ikm_per_unsur(login, client):
    from sakip.domain.survey.dokumen import build_skm

    camat = login("camat-wonoasih")
    camat.post(reverse("portal:terbitkan_skm", args=["wonoasih", "2024-S2"]))
    assert PeriodeSurvei.objects.get(pd__slug="wonoasih", kode="2024-S2").ditutup  # answers frozen
    h = build_skm(Scope.system(), "wonoasih", "2024-S2")
    client.logout()
    html = client.get(WONOASIH).content.decode()
    ikm = html.split("data-portal-ikm>", 1)[1].split("</p>", 1)[0]
    assert f"{h.total.ikm}".replace(".", ",") in ikm and "341 responden" in ikm
    assert all(u.nama in html for u in h.total.unsur) and len(h.total.unsur) == 9
    assert "Laporan SKM Kecamatan Wonoasih Semester II 2024" in html


def test_generated_kecamatan_show_their_approved_quarters_only(client):
    html = client.get(reverse("portal:pd_tahun", args=["kota-probolinggo", "kedopok", 2024])).content.decode()
    assert "(TW 1, 2)" in html  # Kedopok: TW III only submitted
    assert "Perjanjian Kinerja tahun ini belum disetujui" in html


def test_portal_pages_are_cached_and_read_in_fixed_queries(client, django_assert_num_queries):
    with django_assert_num_queries(18):  # the portal's version (3), PD, approvals, indicators, targets, PK, scans, ...
        client.get(WONOASIH)
    with django_assert_num_queries(3):  # the next reader gets the cached page: only its version is read
        assert client.get(WONOASIH).status_code == 200
    for name, args in (("portal:beranda", []), ("portal:pemda", ["kota-probolinggo"]),
                       ("portal:cara_membaca", [])):
        assert client.get(reverse(name, args=args)).status_code == 200


def _camat() -> Scope:
    from django.contrib.auth.models import User

    return Scope.for_user(User.objects.get(username="camat-wonoasih"))


def test_the_first_lkjip_publication_dates_the_years_profile(settings, tmp_path):
    from sakip.composite.portal.services import terbitkan_lkjip
    from sakip.domain.profil.models import ProfilPd

    settings.MEDIA_ROOT = tmp_path
    wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
    profil = ProfilPd.objects.get(pd=wonoasih, tahun=2024)  # the seed's Bab I, not published yet
    assert profil.diterbitkan is None
    Pengajuan.objects.create(pd=wonoasih, jenis="pengukuran", tahun=2024, triwulan=4, status="disetujui")
    pertama = terbitkan_lkjip(_camat(), pd=wonoasih, tahun=2024)
    profil.refresh_from_db()
    assert profil.diterbitkan == pertama.diterbitkan and profil.tanggal.isoformat() == "2025-01-31"  # texts kept
    kedua = terbitkan_lkjip(_camat(), pd=wonoasih, tahun=2024)  # published again: a new row, the first date kept
    assert kedua.diterbitkan > pertama.diterbitkan
    profil.refresh_from_db()
    assert profil.diterbitkan == pertama.diterbitkan
    assert ProfilPd.objects.filter(pd=wonoasih, tahun=2024).count() == 1


def test_a_year_without_a_profile_gets_one_holding_only_the_date(settings, tmp_path):
    from sakip.composite.portal.services import terbitkan_lkjip
    from sakip.domain.profil.models import ProfilPd
    from sakip.domain.profil.selectors import profil_dokumen
    from sakip.domain.reporting.cek import periksa
    from sakip.domain.reporting.dokumen import build_lkjip

    settings.MEDIA_ROOT = tmp_path
    wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
    ProfilPd.objects.filter(pd=wonoasih, tahun=2024).delete()
    Pengajuan.objects.create(pd=wonoasih, jenis="pengukuran", tahun=2024, triwulan=4, status="disetujui")
    row = terbitkan_lkjip(_camat(), pd=wonoasih, tahun=2024)
    profil = ProfilPd.objects.get(pd=wonoasih, tahun=2024)
    assert (profil.pemda_id, profil.diterbitkan, profil.tanggal, profil.pendahuluan) == (
        wonoasih.pemda_id, row.diterbitkan, None, "")
    # The row holds no text: the LKjIP still has no profile, and its check still says so.
    assert not profil_dokumen(Scope.system(), wonoasih, 2024).ada
    kode = [c.kode for c in periksa(build_lkjip(Scope.system(), "wonoasih", 2024))]
    assert "profil-kosong" in kode


def test_a_refused_publication_dates_nothing():
    from django.core.exceptions import ValidationError

    from sakip.composite.portal.services import terbitkan_lkjip
    from sakip.domain.profil.models import ProfilPd

    wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
    with pytest.raises(ValidationError, match="Pengukuran TW IV 2024 belum disetujui"):
        terbitkan_lkjip(_camat(), pd=wonoasih, tahun=2024)
    assert ProfilPd.objects.get(pd=wonoasih, tahun=2024).diterbitkan is None and not Publikasi.objects.exists()
