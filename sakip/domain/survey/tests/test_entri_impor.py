"""Staff entry of paper questionnaires and the "Hasil Olah Data SKM" import: good and broken files."""

from __future__ import annotations

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.urls import reverse
from django.utils import timezone
from openpyxl import Workbook

from sakip.core.scoping import Scope
from sakip.domain.survey.impor import impor_respons
from sakip.domain.survey.models import PeriodeSurvei, Respons, UnitLayanan

pytestmark = pytest.mark.django_db

HEADER = ["Kecamatan", "Nomor Responden", "Nama", "Umur", "Kelompok Umur", "Jenis Kelamin", "Pendidikan Terakhir",
          "Pekerjaan Utama", "Jenis Pelayanan yg Diminta", *[f"A{i}" for i in range(1, 10)]]
# Rows as seed 002's sheet shows them (names replaced); question 8 is sarana (U9), question 9 pengaduan (U8).
GOOD = [
    ["", 81, "Responden A", 41, 4, "L", "SLTP", "WIRASWASTA", "USAH", 4, 4, 3, 4, 4, 4, 3, 4, 2],
    ["", 82, "Responden B", 38, 3, "P", "SLTA", "WIRASWASTA", "USAH", 3, 4, 3, 4, 4, 3, 3, 4, 3],
    ["", 83, "Responden C", 24, 2, "P", "SMA", "ASUKAN", "USAH", 3, 3, 1, 4, 3, 3, 4, 4, 4],
]


def xlsx(rows, header=HEADER) -> bytes:
    wb = Workbook()
    ws = wb.active
    ws.append(["DATA SURVEY KEPUASAN MASYARAKAT 2024"])
    ws.append(header)
    for row in rows:
        ws.append(row)
    ws.append(["", "", "", "", "", "", "", "", "", 10, 11])  # the sums under the table are ignored
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def period() -> PeriodeSurvei:
    today = timezone.localdate()
    return PeriodeSurvei.objects.get(pd__slug="wonoasih", mulai__lte=today, selesai__gte=today)


def unit() -> UnitLayanan:
    return UnitLayanan.objects.get(slug="wonoasih-pakistaji")


def impor(isi, simpan=True, kode=None):
    return impor_respons(Scope.system(), unit=unit(), kode_periode=kode or period().kode, isi=isi, simpan=simpan)


def test_a_good_sheet_is_stored_with_answers_mapped_by_question_order():
    hasil = impor(xlsx(GOOD))
    assert hasil.disimpan and hasil.jumlah == 3 and not hasil.kesalahan
    first = Respons.objects.filter(unit=unit(), kanal=Respons.Kanal.IMPOR).order_by("id").first()
    assert (first.usia, first.jenis_kelamin, first.pendidikan, first.pekerjaan) == ("40-49", "L", "sltp", "wiraswasta")
    assert (first.u9, first.u8) == (4, 2)  # A8 = sarana = U9, A9 = pengaduan = U8


def test_every_bad_cell_is_named_and_nothing_is_stored():
    bad = [row[:] for row in GOOD]
    bad[0][9] = 5  # A1 outside 1–4
    bad[1][17] = None  # A9 missing
    bad[2][4] = 9  # kelompok umur
    before = Respons.objects.count()
    hasil = impor(xlsx(bad))
    messages = [str(k) for k in hasil.kesalahan]
    assert "Baris 3, kolom J: Jawaban pertanyaan 1 “5” harus 1–4." in messages
    assert "Baris 4, kolom R: Jawaban pertanyaan 9 kosong." in messages
    assert "Baris 5, kolom E: Kelompok umur “9” harus 1–5." in messages
    assert not hasil.disimpan and Respons.objects.count() == before


@pytest.mark.parametrize(("isi", "message"), [
    (b"not a workbook", "Berkas bukan .xlsx."),
    (None, "Kolom tidak ditemukan di baris judul (lembar “Sheet”, baris 2): A9."),
    (b"x" * (5 * 1024 * 1024 + 1), "Berkas lebih dari 5 MB."),
])
def test_malformed_or_oversized_files_are_refused(isi, message):
    if isi is None:
        isi = xlsx([row[:-1] for row in GOOD], header=HEADER[:-1])
    assert message in [str(k).split(": ", 1)[-1] if k.baris else str(k) for k in impor(isi).kesalahan]


def test_a_closed_period_cannot_be_changed():
    hasil = impor(xlsx(GOOD), kode="2024-S2")
    assert "sudah ditutup" in str(hasil.kesalahan[0]) and not hasil.disimpan


def test_the_import_command(tmp_path, capsys):
    path = tmp_path / "olah.xlsx"
    path.write_bytes(xlsx(GOOD))
    call_command("import", "skm", str(path), unit="wonoasih-pakistaji", period=period().kode)
    assert "3 kuesioner disimpan." in capsys.readouterr().out
    with pytest.raises(CommandError, match="tidak ditemukan"):
        call_command("import", "skm", str(path), unit="tidak-ada", period=period().kode)


def test_staff_type_a_paper_questionnaire(login):
    client = login("operator-wonoasih")
    url = reverse("survey:entri", args=["wonoasih", period().kode])
    assert "Entri kuesioner kertas" in client.get(url).content.decode()
    data = {"unit": unit().pk, "jenis_kelamin": "P", "usia": "<20", "pendidikan": "sd", "pekerjaan": "pelajar",
            **{f"u{i}": "3" for i in range(1, 10)}}
    assert client.post(url, data).status_code == 302
    assert Respons.objects.filter(unit=unit(), kanal=Respons.Kanal.KERTAS, usia="<20").count() == 1
    response = client.post(url, {**data, "u4": "7"})
    assert response.status_code == 400 and "Jawaban U4 harus salah satu pilihan (1–4)." in response.content.decode()


def test_another_pd_cannot_enter_into_wonoasih(login):
    url = reverse("survey:entri", args=["wonoasih", period().kode])
    assert login("operator-kanigaran").get(url).status_code == 404
