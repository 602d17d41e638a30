"""The signed, scanned PK and LKjIP (issue 15): uploaded as PDF by the PD's operator or head, checked by content,
kept beside the generated document, shown on the public portal once that document is public (the PK approved —
the demo approves Wonoasih's PK 2024 — and the LKjIP published)."""

from __future__ import annotations

import io

import pytest
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from sakip.composite.portal.models import Pindaian, Publikasi
from sakip.core.models import Penolakan
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.workflow.models import Pengajuan

pytestmark = pytest.mark.django_db

HALAMAN = reverse("portal:pindaian", args=["wonoasih", 2024])
PORTAL = reverse("portal:pd_tahun", args=["kota-probolinggo", "wonoasih", 2024])


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path / "media"


def pdf_bytes(halaman: int = 2) -> bytes:
    """A scan as a scanner makes it: one picture per page."""
    pages = [Image.new("L", (60, 80), 255) for _ in range(halaman)]
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", save_all=True, append_images=pages[1:])
    return buf.getvalue()


def png_bytes() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buf, "PNG")
    return buf.getvalue()


def unggah(client, jenis: str, isi: bytes, nama: str = "pk-ttd.pdf", url: str = HALAMAN, **extra):
    return client.post(url, {"jenis": jenis, "keterangan": "ditandatangani 2 Januari 2024",
                             "berkas": SimpleUploadedFile(nama, isi, "application/pdf"), **extra})


def stored(media) -> list[str]:
    return sorted(p.name for p in media.rglob("*") if p.is_file()) if media.exists() else []


def test_the_operator_uploads_a_signed_scan_and_it_is_kept_under_a_generated_name(login, media):
    client = login("operator-wonoasih")
    isi = pdf_bytes(3)
    response = unggah(client, "lkjip", isi, nama="../LKjIP 2024 ttd camat.pdf")
    assert response.status_code == 302
    row = Pindaian.objects.get()
    assert (row.jenis, row.tahun, row.halaman, row.pd.slug) == ("lkjip", 2024, 3, "wonoasih")
    assert row.nama_asli == "LKjIP 2024 ttd camat.pdf" and row.oleh.username == "operator-wonoasih"
    assert row.berkas.name.startswith("pindaian/2024/") and row.berkas.name.endswith(".pdf")
    assert "camat" not in row.berkas.name  # the uploaded name decides nothing about where the file lands
    html = client.get(HALAMAN).content.decode()
    assert "LKjIP 2024 ttd camat.pdf" in html and "ditandatangani 2 Januari 2024" in html
    unduh = client.get(reverse("portal:pindaian_unduh", args=[row.pk]))
    assert b"".join(unduh.streaming_content) == isi
    assert unduh["Cache-Control"] == "private, no-store"
    assert 'filename="LKjIP-wonoasih-2024-bertanda-tangan.pdf"' in unduh["Content-Disposition"]


def test_the_head_uploads_too_the_verifikator_may_not_and_another_pd_sees_nothing(login, client):
    assert unggah(login("camat-wonoasih"), "pk", pdf_bytes()).status_code == 302
    assert Pindaian.objects.get().oleh.username == "camat-wonoasih"
    client.logout()
    verifikator = login("verifikator-wonoasih")
    assert "Unggah pindaian" not in verifikator.get(HALAMAN).content.decode()  # reads the list, no form
    assert unggah(verifikator, "pk", pdf_bytes()).status_code == 403
    client.logout()
    kanigaran = login("operator-kanigaran")
    assert unggah(kanigaran, "pk", pdf_bytes()).status_code == 404
    row = Pindaian.objects.get()
    assert kanigaran.get(reverse("portal:pindaian_unduh", args=[row.pk])).status_code == 404
    assert kanigaran.post(reverse("portal:pindaian_hapus", args=[row.pk])).status_code == 404
    assert Pindaian.objects.count() == 1


def test_a_file_that_is_not_a_pdf_is_refused_by_its_content_and_recorded(login, media):
    client = login("operator-wonoasih")
    response = unggah(client, "pk", png_bytes(), nama="pk-ttd.pdf")
    assert response.status_code == 400
    assert "Isi berkas “pk-ttd.pdf” bukan PDF." in response.content.decode()
    assert Penolakan.objects.filter(alasan__contains="isi “pk-ttd.pdf” adalah image/png").exists()
    response = unggah(client, "pk", b"%PDF-1.4\n1 0 obj << /Type /Catalog", nama="terpotong.pdf")
    assert response.status_code == 400
    assert "PDF “terpotong.pdf” rusak atau tidak lengkap" in response.content.decode()
    response = unggah(client, "pk", b"", nama="kosong.pdf")
    assert response.status_code == 400 and "Berkas “kosong.pdf” kosong." in response.content.decode()
    assert not Pindaian.objects.exists() and stored(media) == []


def test_a_scan_larger_than_the_limit_is_refused(login, settings, media):
    settings.PINDAIAN_MAKS_BYTE = 1024
    response = unggah(login("operator-wonoasih"), "lkjip", pdf_bytes() + b"\n" * 2000, nama="besar.pdf")
    assert response.status_code == 400
    assert "Berkas “besar.pdf” lebih besar dari 1 KB." in response.content.decode()
    assert not Pindaian.objects.exists() and stored(media) == []


def test_a_scan_of_a_document_that_does_not_exist_is_refused_on_its_field(login, media):
    # Wonoasih has no PK for 2026 (its Renstra 2026–2027 is planned, no PK drafted) and no programs of 2026.
    client = login("operator-wonoasih")
    url = reverse("portal:pindaian", args=["wonoasih", 2026])
    html = unggah(client, "pk", pdf_bytes(), url=url).content.decode()
    assert "Tahun 2026 belum memiliki Perjanjian Kinerja; pindaian PK belum dapat diunggah." in html
    html = unggah(client, "lkjip", pdf_bytes(), url=url).content.decode()
    assert "Program tahun 2026 belum disusun, jadi LKjIP 2026 belum ada" in html
    html = unggah(client, "renstra", pdf_bytes()).content.decode()
    assert "Pilih dokumen: Perjanjian Kinerja atau LKjIP." in html
    assert not Pindaian.objects.exists() and stored(media) == []


def test_the_portal_shows_a_scan_once_its_document_is_public(login, client):
    operator = login("operator-wonoasih")
    unggah(operator, "pk", pdf_bytes(2), nama="pk.pdf")
    isi = pdf_bytes(4)
    unggah(operator, "lkjip", isi, nama="lkjip.pdf")
    pk_scan, lkjip_scan = Pindaian.objects.get(jenis="pk"), Pindaian.objects.get(jenis="lkjip")
    client.logout()
    html = client.get(PORTAL).content.decode()
    # The PK 2024 is approved: its scan is shown beside it; the LKjIP 2024 is not published: its scan is not.
    assert 'data-portal-pindaian="pk"' in html and "Perjanjian Kinerja 2024 bertanda tangan" in html
    assert "(pindaian PDF, 2 halaman" in html
    assert 'data-portal-pindaian="lkjip"' not in html
    assert client.get(reverse("portal:berkas_pindaian", args=[pk_scan.pk])).status_code == 200
    assert client.get(reverse("portal:berkas_pindaian", args=[lkjip_scan.pk])).status_code == 404
    # Published: the LKjIP's scan stands next to the generated PDF.
    wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
    terbit = Publikasi(pd=wonoasih, jenis="lkjip", tahun=2024, judul="LKjIP Kecamatan Wonoasih Tahun 2024")
    terbit.berkas.save("lkjip.pdf", io.BytesIO(b"%PDF-1.4\n%%EOF\n"), save=False)
    terbit.save()
    html = client.get(PORTAL).content.decode()
    dokumen = html.split("data-portal-dokumen", 1)[1]
    assert "LKjIP Kecamatan Wonoasih Tahun 2024</a>" in dokumen and "LKjIP 2024 bertanda tangan</a>" in dokumen
    assert "(pindaian PDF, 4 halaman" in dokumen
    response = client.get(reverse("portal:berkas_pindaian", args=[lkjip_scan.pk]))
    assert b"".join(response.streaming_content) == isi
    # A PK sent back for correction takes its scan off the portal with it.
    Pengajuan.objects.filter(pd=wonoasih, jenis="pk", tahun=2024).update(status="dikembalikan")
    cache.clear()  # update() leaves the approval's timestamp, part of the portal's cache key, as it was
    assert 'data-portal-pindaian="pk"' not in client.get(PORTAL).content.decode()
    assert client.get(reverse("portal:berkas_pindaian", args=[pk_scan.pk])).status_code == 404


def test_the_newest_scan_is_the_one_in_force_and_a_wrong_one_can_be_deleted(login, client, media,
                                                                            django_capture_on_commit_callbacks):
    operator = login("operator-wonoasih")
    unggah(operator, "pk", pdf_bytes(1), nama="salah.pdf")
    unggah(operator, "pk", pdf_bytes(2), nama="benar.pdf")
    client.logout()
    html = client.get(PORTAL).content.decode()
    assert "(pindaian PDF, 2 halaman" in html and "(pindaian PDF, 1 halaman" not in html
    salah = Pindaian.objects.get(nama_asli="salah.pdf")
    nama_berkas = salah.berkas.name
    camat = login("camat-wonoasih")
    with django_capture_on_commit_callbacks(execute=True):
        assert camat.post(reverse("portal:pindaian_hapus", args=[salah.pk])).status_code == 302
    assert list(Pindaian.objects.values_list("nama_asli", flat=True)) == ["benar.pdf"]
    assert not (media / nama_berkas).exists() and len(stored(media)) == 1
    client.logout()
    assert login("verifikator-wonoasih").post(
        reverse("portal:pindaian_hapus", args=[Pindaian.objects.get().pk])).status_code == 403


def test_the_pd_home_page_links_the_signed_scans_of_each_year(login):
    html = login("operator-wonoasih").get(reverse("beranda:pd", args=["wonoasih"])).content.decode()
    assert f'href="{HALAMAN}" data-pindaian-tahun="2024"' in html
