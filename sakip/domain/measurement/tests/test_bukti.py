"""Evidence files (bukti dukung) of a realisation: upload checked by content, storage under a generated
name, scoped download, delete, and the quarter lock — against the demo data of Wonoasih 2024.

The demo has Wonoasih's quarters I–III of 2024 approved (locked) and quarter IV in draft.
"""

from __future__ import annotations

import io
import re

import docx
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import Resolver404, resolve, reverse
from PIL import Image

from sakip.core.models import Penolakan
from sakip.core.scoping import Scope
from sakip.domain.measurement import bukti
from sakip.domain.measurement.dokumen import build_pengukuran
from sakip.domain.measurement.models import BuktiDukung

pytestmark = pytest.mark.django_db

PDF = "application/pdf"
PNG = "image/png"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path / "media"


@pytest.fixture
def indikator_id():
    """An IKU indicator of Wonoasih as the 2024 grid shows it."""
    return build_pengukuran(Scope.system(), "wonoasih", 2024, 4).iku[0].indikator_id


def pdf_bytes() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buf, "PDF")
    return buf.getvalue()


def png_bytes() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buf, "PNG")
    return buf.getvalue()


def docx_bytes() -> bytes:
    document = docx.Document()
    document.add_paragraph("Surat keterangan jumlah LKK kelurahan.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def xlsx_bytes() -> bytes:
    import openpyxl

    workbook = openpyxl.Workbook()
    workbook.active["A1"] = "Rekap"
    buf = io.BytesIO()
    workbook.save(buf)
    return buf.getvalue()


def halaman(indikator_id: int, tw: int = 4, slug: str = "wonoasih") -> str:
    return reverse("measurement:bukti", args=[slug, 2024, tw, indikator_id])


def unggah(client, indikator_id: int, name: str, content: bytes, tw: int = 4, keterangan: str = "Bukti uji"):
    return client.post(halaman(indikator_id, tw), {"berkas": SimpleUploadedFile(name, content), "keterangan": keterangan})


def unduh(client, row: BuktiDukung):
    return client.get(reverse("measurement:bukti_unduh", args=[row.pk]))


def isi(response) -> bytes:
    return b"".join(response.streaming_content)


def files_in(path) -> list:
    return [p for p in path.rglob("*") if p.is_file()] if path.exists() else []


@pytest.mark.parametrize(("name", "make", "jenis", "ext"), [
    ("surat-camat.pdf", pdf_bytes, PDF, "pdf"),
    ("foto kegiatan.png", png_bytes, PNG, "png"),
    ("notulen.docx", docx_bytes, DOCX, "docx"),
    ("rekap.xlsx", xlsx_bytes, XLSX, "xlsx"),
])
def test_an_accepted_file_is_stored_under_a_generated_name_and_downloadable(login, media, indikator_id, name, make,
                                                                             jenis, ext):
    content = make()
    client = login("operator-wonoasih")
    response = unggah(client, indikator_id, name, content)
    assert response.status_code == 302 and response.url == halaman(indikator_id)

    row = BuktiDukung.objects.get(indikator_id=indikator_id, tahun=2024, triwulan=4)
    assert (row.nama_asli, row.jenis, row.ukuran, row.keterangan) == (name, jenis, len(content), "Bukti uji")
    assert row.diunggah_oleh.username == "operator-wonoasih"
    assert re.fullmatch(rf"bukti/2024/[0-9a-f]{{32}}\.{ext}", row.berkas.name)
    stored = (media / row.berkas.name).resolve()
    assert stored.is_relative_to(media.resolve()) and stored.read_bytes() == content

    page = client.get(halaman(indikator_id)).content.decode()
    assert name in page and reverse("measurement:bukti_unduh", args=[row.pk]) in page

    for username in ("operator-wonoasih", "inspektorat-probolinggo"):
        response = unduh(login(username), row)
        assert response.status_code == 200, username
        assert isi(response) == content
        assert response["Content-Type"] == jenis
        assert response["Content-Disposition"] == f'attachment; filename="{name}"'
        assert response["X-Content-Type-Options"] == "nosniff"


def test_another_pd_gets_404_on_the_page_the_upload_the_download_and_the_delete(login, media, indikator_id):
    row = _row(login, indikator_id)
    client = login("operator-kanigaran")
    assert client.get(halaman(indikator_id)).status_code == 404
    assert client.get(halaman(indikator_id, slug="kanigaran")).status_code == 404  # not its indicator either
    assert unggah(client, indikator_id, "x.pdf", pdf_bytes()).status_code == 404
    assert unduh(client, row).status_code == 404
    assert client.post(reverse("measurement:bukti_hapus", args=[row.pk])).status_code == 404
    assert BuktiDukung.objects.filter(indikator_id=indikator_id).count() == 1
    assert len(files_in(media)) == 1


def test_readers_see_the_list_without_form_and_may_not_post(login, media, indikator_id):
    row = _row(login, indikator_id)
    client = login("verifikator-wonoasih")
    page = client.get(halaman(indikator_id))
    assert page.status_code == 200
    html = page.content.decode()
    assert row.nama_asli in html and 'name="berkas"' not in html and "bukti_hapus" not in html and "Hapus" not in html
    assert unggah(client, indikator_id, "x.pdf", pdf_bytes()).status_code == 403
    assert client.post(reverse("measurement:bukti_hapus", args=[row.pk])).status_code == 403
    assert login("inspektorat-probolinggo").get(halaman(indikator_id)).status_code == 200
    assert BuktiDukung.objects.filter(indikator_id=indikator_id).count() == 1


def test_the_operator_sees_the_upload_form(login, indikator_id):
    html = login("operator-wonoasih").get(halaman(indikator_id)).content.decode()
    assert 'name="berkas"' in html and 'enctype="multipart/form-data"' in html


def test_a_text_file_named_pdf_is_refused_recorded_and_nothing_saved(login, media, indikator_id):
    before = Penolakan.objects.count()
    response = unggah(login("operator-wonoasih"), indikator_id, "laporan.pdf", b"Ini hanya teks, bukan PDF.\n" * 20)
    assert response.status_code == 400
    assert "Isi berkas “laporan.pdf” bukan PDF, gambar atau dokumen kantor yang diterima." in response.content.decode()
    assert not BuktiDukung.objects.filter(indikator_id=indikator_id).exists()
    assert files_in(media) == []
    refusal = Penolakan.objects.order_by("-pk").first()
    assert Penolakan.objects.count() == before + 1
    assert refusal.alasan.startswith("Berkas bukti dukung ditolak:") and "laporan.pdf" in refusal.alasan
    assert refusal.nama_pengguna == "operator-wonoasih"


def test_a_zip_or_html_pretending_to_be_a_document_is_refused(login, media, indikator_id):
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("payload.txt", "x")
    client = login("operator-wonoasih")
    assert unggah(client, indikator_id, "rekap.docx", buf.getvalue()).status_code == 400
    assert unggah(client, indikator_id, "foto.png", b"<html><script>alert(1)</script></html>").status_code == 400
    assert not BuktiDukung.objects.filter(indikator_id=indikator_id).exists()
    assert files_in(media) == []


def test_an_oversized_file_is_refused(login, settings, media, indikator_id):
    settings.BUKTI_MAKS_BYTE = 1024
    content = pdf_bytes() + b"%" + b"0" * 2048
    response = unggah(login("operator-wonoasih"), indikator_id, "besar.pdf", content)
    assert response.status_code == 400
    assert "Berkas “besar.pdf” lebih besar dari 1 KB." in response.content.decode()
    assert not BuktiDukung.objects.filter(indikator_id=indikator_id).exists()
    assert files_in(media) == []
    assert Penolakan.objects.filter(alasan__contains="besar.pdf").count() == 0  # too big is no trick


def test_the_default_limit_is_10_mb(settings):
    assert not hasattr(settings, "BUKTI_MAKS_BYTE") or settings.BUKTI_MAKS_BYTE == 10 * 1024 * 1024
    over = SimpleUploadedFile("besar.pdf", b"%PDF-1.4\n" + b"0" * (10 * 1024 * 1024))
    with pytest.raises(bukti.BerkasDitolak) as exc:
        bukti.periksa_berkas(over)
    assert exc.value.message_dict == {"berkas": ["Berkas “besar.pdf” lebih besar dari 10 MB."]}


def _multipart(filename: str, content: bytes) -> tuple[bytes, str]:
    """A form posted by hand: the test client itself would strip the path from the file name."""
    boundary = "sakip-uji-batas"
    body = (f'--{boundary}\r\nContent-Disposition: form-data; name="keterangan"\r\n\r\nuji\r\n'
            f'--{boundary}\r\nContent-Disposition: form-data; name="berkas"; filename="{filename}"\r\n'
            f"Content-Type: application/pdf\r\n\r\n").encode() + content + f"\r\n--{boundary}--\r\n".encode()
    return body, f"multipart/form-data; boundary={boundary}"


@pytest.mark.parametrize("filename", ["../../evil.pdf", "..\\..\\evil.pdf", "/etc/evil.pdf"])
def test_a_path_in_the_file_name_cannot_place_the_file_outside_media_root(login, tmp_path, media, indikator_id, filename):
    content = pdf_bytes()
    body, content_type = _multipart(filename, content)
    response = login("operator-wonoasih").post(halaman(indikator_id), data=body, content_type=content_type)
    assert response.status_code == 302
    row = BuktiDukung.objects.get(indikator_id=indikator_id, tahun=2024, triwulan=4)
    assert row.nama_asli == "evil.pdf"
    assert re.fullmatch(r"bukti/2024/[0-9a-f]{32}\.pdf", row.berkas.name)
    assert [p.relative_to(media).as_posix() for p in files_in(media)] == [row.berkas.name]
    assert [p for p in tmp_path.rglob("*evil*")] == []
    assert files_in(tmp_path) == files_in(media)


def test_the_display_name_is_cleaned_and_ends_with_the_detected_type():
    assert bukti.nama_tampil("../../evil.pdf", "pdf") == "evil.pdf"
    assert bukti.nama_tampil("C:\\Users\\x\\scan", "pdf") == "scan.pdf"
    assert bukti.nama_tampil("foto.pdf", "png") == "foto.pdf.png"
    assert bukti.nama_tampil("foto.JPEG", "jpg") == "foto.JPEG"
    assert bukti.nama_tampil("rapor\u202egpj.exe", "pdf") == "raporgpj.exe.pdf"
    assert bukti.nama_tampil("a\r\nb.pdf", "pdf") == "a b.pdf"
    assert bukti.nama_tampil("..", "pdf") == "bukti.pdf"
    long = bukti.nama_tampil("x" * 400 + ".pdf", "pdf")
    assert len(long) == 255 and long.endswith(".pdf")


def test_the_operator_deletes_a_file(login, media, indikator_id, django_capture_on_commit_callbacks):
    row = _row(login, indikator_id)
    client = login("operator-wonoasih")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("measurement:bukti_hapus", args=[row.pk]))
    assert response.status_code == 302 and response.url == halaman(indikator_id)
    assert not BuktiDukung.objects.filter(pk=row.pk).exists()
    assert files_in(media) == []
    assert client.get(reverse("measurement:bukti_hapus", args=[row.pk])).status_code in (403, 404, 405)


def test_a_locked_quarter_takes_no_file_and_loses_none(login, media, indikator_id):
    client = login("operator-wonoasih")
    page = client.get(halaman(indikator_id, tw=3)).content.decode()
    assert "terkunci" in page and 'name="berkas"' not in page
    response = unggah(client, indikator_id, "surat.pdf", pdf_bytes(), tw=3)
    assert response.status_code == 400 and "terkunci" in response.content.decode()
    assert not BuktiDukung.objects.filter(indikator_id=indikator_id, triwulan=3).exists()
    assert files_in(media) == []

    row = BuktiDukung(indikator_id=indikator_id, tahun=2024, triwulan=3, nama_asli="lama.pdf", jenis=PDF)
    row.berkas.save("lama.pdf", io.BytesIO(pdf_bytes()), save=False)
    row.save()
    response = client.post(reverse("measurement:bukti_hapus", args=[row.pk]))
    assert response.status_code == 400 and "terkunci" in response.content.decode()
    assert BuktiDukung.objects.filter(pk=row.pk).exists() and (media / row.berkas.name).exists()


def test_an_indicator_of_another_year_or_quarter_is_404(login, indikator_id):
    client = login("operator-wonoasih")
    assert client.get(reverse("measurement:bukti", args=["wonoasih", 1990, 4, indikator_id])).status_code == 404
    assert client.get(reverse("measurement:bukti", args=["wonoasih", 2024, 5, indikator_id])).status_code == 404
    assert client.get(reverse("measurement:bukti", args=["wonoasih", 2024, 4, 999_999])).status_code == 404


def test_the_grid_links_every_indicator_row_to_its_evidence(login, indikator_id):
    html = login("inspektorat-probolinggo").get(reverse("measurement:grid", args=["wonoasih", 2024, 4])).content.decode()
    assert halaman(indikator_id) in html
    assert html.count("data-bukti") > 1


def test_media_root_is_served_by_no_url(settings):
    with pytest.raises(Resolver404):
        resolve(f"/{settings.MEDIA_URL.strip('/')}/bukti/2024/x.pdf")


def _row(login, indikator_id: int) -> BuktiDukung:
    assert unggah(login("operator-wonoasih"), indikator_id, "surat.pdf", pdf_bytes()).status_code == 302
    return BuktiDukung.objects.get(indikator_id=indikator_id, tahun=2024, triwulan=4)
