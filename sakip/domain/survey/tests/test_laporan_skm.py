"""The SKM report as seed 002 lays it out (issue 15): its chapters and annexes, three different dates (collection,
FKP, report), the signature's place, the FKP minutes with number, parties, NIP and signatures; the checks that
stay on the screen (weakest unsur without an action, IKM against the IKU); the download by every reader,
marked DRAF until the head of the PD publishes it."""

from __future__ import annotations

import datetime
import io
import os

import pytest
from django.urls import reverse
from PIL import Image

from sakip.core.scoping import Scope
from sakip.domain.survey.cek import periksa
from sakip.domain.survey.dokumen import baca_pihak, build_skm, hari_kerja, jadwal, terbilang
from sakip.domain.survey.models import PeriodeSurvei, RencanaTindakLanjut
from sakip.domain.survey.naskah import DRAF

pytestmark = pytest.mark.django_db

URL_HASIL = reverse("survey:hasil", args=["wonoasih", "2024-S2"])
URL_RTL = reverse("survey:tindak_lanjut", args=["wonoasih", "2024-S2"])


def unduh(fmt: str) -> str:
    return reverse("survey:unduh", args=["wonoasih", "2024-S2", fmt])


def teks_pdf(isi: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(isi)).pages)


def teks_docx(isi: bytes) -> tuple[list[tuple[str, str]], str]:
    from docx import Document

    doc = Document(io.BytesIO(isi))
    headings = [(p.style.name, p.text) for p in doc.paragraphs if p.style.name.startswith("Heading")]
    body = [p.text for p in doc.paragraphs]
    body += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return headings, "\n".join(body)


# --- pure pieces, by hand ----------------------------------------------------------------------------------


def test_working_days_words_and_parties_by_hand():
    # 1 July 2024 is a Monday; to Monday 30 September: 92 days = 13 weeks (65) + that Monday.
    assert hari_kerja(datetime.date(2024, 7, 1), datetime.date(2024, 9, 30)) == 66
    assert hari_kerja(datetime.date(2024, 10, 5), datetime.date(2024, 10, 6)) == 0  # a weekend
    assert terbilang(2024) == "Dua Ribu Dua Puluh Empat" and terbilang(14) == "Empat Belas"
    assert terbilang(11) == "Sebelas" and terbilang(1945) == "Seribu Sembilan Ratus Empat Puluh Lima"
    orang = baca_pihak("ANIS, S.S. — 19780410 201001 2 010 — Kepala Seksi Pelayanan\n\nEFI — Kasi\nX | NIP. 19780326 | Y")
    assert [(o.nama, o.nip, o.jabatan) for o in orang] == [
        ("ANIS, S.S.", "19780410 201001 2 010", "Kepala Seksi Pelayanan"), ("EFI", "", "Kasi"), ("X", "19780326", "Y")]
    # Collection to 30 Sep, FKP Monday 14 Oct, report 14 Oct: processing 1–13 Oct is 9 working days.
    rows = jadwal(datetime.date(2024, 7, 1), datetime.date(2024, 9, 30), datetime.date(2024, 10, 14),
                  datetime.date(2024, 10, 14))
    assert [(j.kegiatan, j.waktu, j.hari_kerja) for j in rows] == [
        ("Pengumpulan data", "1 Juli – 30 September 2024", 66),
        ("Pengolahan data dan analisis hasil", "1–13 Oktober 2024", 9),
        ("Forum Konsultasi Publik pembahasan rencana tindak lanjut", "14 Oktober 2024", 1),
        ("Penyusunan dan pelaporan hasil", "14 Oktober 2024", 1)]
    # Nothing known after the collection yet: the schedule has the collection only.
    assert len(jadwal(datetime.date(2024, 7, 1), datetime.date(2024, 9, 30), None, None)) == 1


# --- the document --------------------------------------------------------------------------------------------


def test_the_report_has_the_seed_structure_dates_and_minutes(login):
    client = login("operator-wonoasih")
    response = client.get(unduh("docx"))
    assert response.status_code == 200 and response["Content-Disposition"].endswith('SKM-wonoasih-2024-S2.docx"')
    headings, body = teks_docx(response.content)
    assert [t for s, t in headings if s == "Heading 2"] == [
        "1.1 Latar Belakang", "1.2 Dasar Pelaksanaan Survei Kepuasan Masyarakat", "1.3 Maksud dan Tujuan",
        "2.1 Pelaksana SKM", "2.2 Metode Pengumpulan Data", "2.3 Lokasi Pengumpulan Data", "2.4 Waktu Pelaksanaan SKM",
        "2.5 Penentuan Jumlah Responden", "3.1 Jumlah Responden SKM",
        "3.2 Indeks Kepuasan Masyarakat (Unit Layanan dan Per Unsur Layanan)",
        "4.1 Analisis Permasalahan/Kelemahan dan Kelebihan Unsur Layanan", "4.2 Rencana Tindak Lanjut",
        "4.3 Tren Nilai SKM", "1. Kuesioner", "2. Hasil Olah Data SKM",
        "3. Berita Acara FKP Pembahasan Rencana Tindak Lanjut Hasil SKM"]
    pdf = teks_pdf(client.get(unduh("pdf")).content)
    for text in (body, pdf):
        assert DRAF in text  # not published yet
        # Three dates: collection 1 Jul – 30 Sep, FKP and report 14 Oct 2024 (the semester runs to 31 Dec).
        assert "1 Juli 2024 sampai dengan 30 September 2024" in " ".join(text.split())
        assert "31 Desember" not in text
        assert "Probolinggo, 14 Oktober 2024" in text  # the signature's place and date
        assert "Nomor: 000.8.3.4/498/425.503/2024" in text
        assert "Senin tanggal Empat Belas bulan Oktober tahun Dua Ribu Dua Puluh Empat" in " ".join(text.split())
        assert "197705082010012011" in text  # a party's NIP, unbroken in its cell
        assert "Persyaratan (U1): syarat yang harus dipenuhi" in " ".join(text.split())  # the nine unsur defined
        assert "S = (λ² × N × P × Q) / (d² × (N − 1) + λ² × P × Q)" in text  # the sample's formula
        assert "realisasi IKU" not in text  # the comparison with the IKU is on the screen only
    assert "PIHAK KEDUA 6," in body and "SITI RAHMATILLAH, S.E." in body  # every party signs


def test_published_report_has_no_draft_mark(login):
    from sakip.composite.portal.models import Publikasi

    camat = login("camat-wonoasih")
    assert DRAF in teks_pdf(camat.get(unduh("pdf")).content)
    camat.post(reverse("portal:terbitkan_skm", args=["wonoasih", "2024-S2"]))
    periode = PeriodeSurvei.objects.get(pd__slug="wonoasih", kode="2024-S2")
    assert periode.ditutup and periode.diterbitkan is not None
    publikasi = Publikasi.objects.get(pd__slug="wonoasih", jenis="skm", periode="2024-S2")
    assert DRAF not in teks_pdf(publikasi.berkas.read())
    assert DRAF not in teks_pdf(camat.get(unduh("pdf")).content)
    assert "Sudah diterbitkan" in camat.get(URL_HASIL).content.decode()


@pytest.mark.parametrize("user", ["admin-probolinggo", "inspektorat-probolinggo", "verifikator-wonoasih",
                                  "camat-wonoasih", "operator-wonoasih"])
def test_every_reader_downloads_word_and_pdf(login, user):
    client = login(user)
    page = client.get(URL_HASIL).content.decode()
    assert unduh("docx") in page and unduh("pdf") in page
    for fmt, mime in (("docx", "wordprocessingml"), ("pdf", "application/pdf")):
        response = client.get(unduh(fmt))
        assert response.status_code == 200 and mime in response["Content-Type"]


def test_another_pd_and_an_unknown_format_get_404(login):
    assert login("operator-kanigaran").get(unduh("pdf")).status_code == 404
    assert login("operator-wonoasih").get(unduh("xlsx")).status_code == 404


# --- the checks on the screen and the RTL form -------------------------------------------------------------


def test_checks_name_the_weak_unsur_without_action_and_the_iku_difference(login):
    # Computed NRR: U2 3,35, U5 3,46, U1 3,47 are the three lowest; the typed RTL covers U3, U2 and U7.
    h = build_skm(Scope.system(), "wonoasih", "2024-S2")
    assert [u.kode for u in h.terlemah] == ["U2", "U5", "U1"]
    found = {(c.kode, c.pesan.split(" (")[0]) for c in periksa(h)}
    assert ("rtl-kurang", "Unsur U5 Produk Spesifikasi Jenis Pelayanan") in found
    assert ("rtl-kurang", "Unsur U1 Persyaratan") in found
    assert ("rtl-lain", "Rencana tindak lanjut menyasar unsur U3 Waktu Penyelesaian") in found
    assert ("rtl-lain", "Rencana tindak lanjut menyasar unsur U7 Perilaku Pelaksana") in found
    assert not any(c.kode == "rtl-kurang" and "U2" in c.pesan for c in periksa(h))
    page = login("operator-wonoasih").get(URL_HASIL).content.decode()
    cek = page.split("data-cek>", 1)[1].split("</ul>", 1)[0]
    assert "berbeda 4,8" in cek and "94,17" in cek  # 94,17 reported against ≈ 89,3 computed
    assert "Unsur U5 Produk Spesifikasi Jenis Pelayanan" in cek


def test_rtl_form_proposes_the_weak_unsur_and_saves_the_report_dates(login):
    client = login("operator-wonoasih")
    page = client.get(URL_RTL).content.decode()
    # Two proposed rows after the five typed ones: U5 (priority 2) and U1 (priority 3); U2 already has actions.
    assert 'name="rtl-5-unsur"' in page and 'name="rtl-6-unsur"' in page
    row5 = page.split('name="rtl-5-prioritas"', 1)[1].split("</tr>", 1)[0]
    assert 'value="2"' in row5 and '<option value="U5" selected>' in row5
    form = _form_data(page)
    form.update({"laporan-tanggal_laporan": "2024-10-21", "laporan-tempat_laporan": "Probolinggo",
                 "rtl-5-kegiatan": "Standar pelayanan ditempel di loket", "rtl-5-penanggung_jawab": "Seksi Pelayanan",
                 "rtl-5-tw1": "on"})
    response = client.post(URL_RTL, form)
    assert response.status_code == 302, response.content.decode()[:3000]
    periode = PeriodeSurvei.objects.get(pd__slug="wonoasih", kode="2024-S2")
    assert periode.tanggal_laporan == datetime.date(2024, 10, 21)
    # The proposal left without a program/kegiatan (U1) is not saved; U5's is.
    assert list(RencanaTindakLanjut.objects.filter(periode=periode, unsur__in=["U5", "U1"])
                .values_list("unsur", "prioritas", "tw1")) == [("U5", 2, True)]
    h = build_skm(Scope.system(), "wonoasih", "2024-S2")
    assert h.tanggal_laporan_teks == "21 Oktober 2024"
    assert not any(c.kode == "rtl-kurang" and "U5" in c.pesan for c in periksa(h))


def test_a_report_dated_before_the_collection_ends_is_refused_on_its_field(login):
    client = login("operator-wonoasih")
    form = _form_data(client.get(URL_RTL).content.decode())
    form["laporan-tanggal_laporan"] = "2024-09-15"
    response = client.post(URL_RTL, form)
    assert response.status_code == 400
    assert "Tanggal laporan tidak boleh sebelum pengumpulan data selesai." in response.content.decode()
    assert PeriodeSurvei.objects.get(pd__slug="wonoasih", kode="2024-S2").tanggal_laporan == datetime.date(2024, 10, 14)


def _form_data(page: str) -> dict:
    """The values of a page's form as the browser would post them (inputs, checked boxes, selects, textareas)."""
    import html
    import re

    data: dict = {}
    for tag in re.findall(r"<input[^>]*>", page):
        name = re.search(r'name="([^"]+)"', tag)
        if not name or 'type="submit"' in tag:
            continue
        value = re.search(r'value="([^"]*)"', tag)
        if 'type="checkbox"' in tag:
            if "checked" in tag:
                data[name.group(1)] = "on"
            continue
        data[name.group(1)] = html.unescape(value.group(1)) if value else ""
    for name, body in re.findall(r'<select name="([^"]+)"[^>]*>(.*?)</select>', page, re.S):
        chosen = re.search(r'<option value="([^"]*)" selected>', body)
        data[name] = chosen.group(1) if chosen else ""
    for name, body in re.findall(r'<textarea name="([^"]+)"[^>]*>(.*?)</textarea>', page, re.S):
        data[name] = html.unescape(body.strip("\n"))
    return data


def test_the_trend_sentence_compares_the_last_two_periods():
    from dataclasses import replace
    from decimal import Decimal

    from sakip.domain.survey.dokumen import TitikTren
    from sakip.domain.survey.naskah import _kalimat_tren

    h = build_skm(Scope.system(), "wonoasih", "2024-S2")
    assert _kalimat_tren(h).startswith("Semester II 2024 adalah periode pertama")
    dua = replace(h, tren=(TitikTren("2024-S1", "Semester I 2024", 120, Decimal("85.00")),
                           TitikTren("2024-S2", "Semester II 2024", 341, Decimal("89.31"))))
    assert _kalimat_tren(dua) == "IKM naik dari 85,00 pada Semester I 2024 menjadi 89,31 pada Semester II 2024."


def _foto(lebar: int, tinggi: int) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (lebar, tinggi), (30, 120, 200)).save(out, "JPEG")
    return out.getvalue()


def test_photographs_of_the_survey_are_an_annex_and_can_be_removed(login, settings, tmp_path,
                                                                  django_capture_on_commit_callbacks):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from sakip.domain.survey.models import DokumentasiSkm

    settings.MEDIA_ROOT = str(tmp_path)
    client = login("operator-wonoasih")
    form = _form_data(client.get(URL_RTL).content.decode())
    form.update({"dok-keterangan": "Pengisian kuesioner di loket Kelurahan Sumber Taman",
                 "dok-gambar": SimpleUploadedFile("loket.jpg", _foto(2400, 1800), content_type="image/jpeg")})
    assert client.post(URL_RTL, form).status_code == 302
    foto = DokumentasiSkm.objects.get(periode__kode="2024-S2", periode__pd__slug="wonoasih")
    h = build_skm(Scope.system(), "wonoasih", "2024-S2")
    with Image.open(io.BytesIO(h.dokumentasi[0][1])) as png:
        assert png.format == "PNG" and png.size == (1200, 900)  # 2400 × 1800 scaled to 1200 wide
    headings, body = teks_docx(client.get(unduh("docx")).content)
    assert "3. Dokumentasi Lainnya Terkait Pelaksanaan SKM" in [t for _, t in headings]
    assert "4. Berita Acara FKP Pembahasan Rencana Tindak Lanjut Hasil SKM" in [t for _, t in headings]
    assert "Pengisian kuesioner di loket Kelurahan Sumber Taman" in teks_pdf(client.get(unduh("pdf")).content)
    # Removed: the row and its file.
    form = _form_data(client.get(URL_RTL).content.decode())
    form["dok-hapus"] = str(foto.pk)
    path = foto.gambar.path
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(URL_RTL, form).status_code == 302
    assert not DokumentasiSkm.objects.filter(pk=foto.pk).exists() and not os.path.exists(path)


def test_a_file_that_is_no_picture_is_refused_on_its_field(login, settings, tmp_path):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.MEDIA_ROOT = str(tmp_path)
    client = login("operator-wonoasih")
    form = _form_data(client.get(URL_RTL).content.decode())
    form["dok-gambar"] = SimpleUploadedFile("foto.jpg", b"%PDF-1.4 bukan gambar", content_type="image/jpeg")
    form["laporan-tanggal_laporan"] = "2024-10-20"
    response = client.post(URL_RTL, form)
    assert response.status_code == 400 and "gambar" in response.content.decode().lower()
    # Nothing of the post is saved: the report date stays.
    assert PeriodeSurvei.objects.get(pd__slug="wonoasih", kode="2024-S2").tanggal_laporan == datetime.date(2024, 10, 14)


def test_checks_of_the_three_dates():
    from dataclasses import replace

    h = build_skm(Scope.system(), "wonoasih", "2024-S2")
    assert not {c.kode for c in periksa(h)} & {"fkp-tanggal", "tanggal", "tanggal-fkp", "fkp"}
    # An FKP held before the collection ended, and a report dated before its FKP.
    fkp = replace(h.fkp, tanggal=datetime.date(2024, 9, 2), tanggal_teks="2 September 2024")
    kode = {c.kode: c.pesan for c in periksa(replace(h, fkp=fkp))}
    assert kode["fkp-tanggal"] == ("Forum Konsultasi Publik (2 September 2024) diadakan sebelum pengumpulan data "
                                   "selesai (30 September 2024).")
    dini = replace(h, tanggal_laporan=datetime.date(2024, 10, 1), tanggal_laporan_teks="1 Oktober 2024")
    assert "tanggal-fkp" in {c.kode for c in periksa(dini)}
    # No report date yet: the check says so and the signature leaves the day to be written.
    tanpa = replace(h, tanggal_laporan=None, tanggal_laporan_teks="")
    assert "tanggal" in {c.kode for c in periksa(tanpa)}
    from sakip.domain.survey.naskah import tanda_tangan

    assert tanda_tangan(tanpa).tempat_tanggal == "Probolinggo, ........................"


def test_a_period_without_answers_says_so_instead_of_tables_of_dashes():
    from sakip.domain.survey.cetak import skm_docx

    kode = PeriodeSurvei.objects.filter(pd__slug="wonoasih").exclude(kode="2024-S2").get().kode
    h = build_skm(Scope.system(), "wonoasih", kode)
    assert h.total.responden == 0 and h.draf
    _, body = teks_docx(skm_docx(h))
    assert "Belum ada jawaban survei yang tercatat untuk" in body and "adalah -." not in body
    assert "JENIS KELAMIN" not in body and "\n-\n" not in body  # no profile table, no cell of a bare dash
