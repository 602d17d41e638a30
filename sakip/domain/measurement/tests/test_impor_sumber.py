"""A source's CSV file, for offices without a connection: ``sakip impor_sumber`` and the upload on the quarter's
kiriman page receive the values as the API does (waiting for the operator), all or nothing, every bad row named with
its row and column. The demo's Wonoasih 2024 TW IV (open); the sasaran indicators 5 and 2 declared from EPDESKEL."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.urls import reverse

from sakip.core.scoping import Scope
from sakip.domain.measurement.forms_eksternal import baca_csv
from sakip.domain.measurement.models import KirimanEksternal, Realisasi
from sakip.domain.planning import services as perencanaan
from sakip.domain.planning.models import Indikator

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def bersumber():
    for pk, kode in ((5, "EPD-05"), (2, "EPD-02")):
        perencanaan.ubah_indikator(Scope.system(), indikator=Indikator.objects.get(pk=pk),
                                   data={"sumber_eksternal": "EPDESKEL", "kode_eksternal": kode})


def test_the_command_receives_a_semicolon_file_with_indonesian_decimals(tmp_path):
    berkas = tmp_path / "epdeskel-tw4.csv"
    berkas.write_text("Kode;Tahun;Triwulan;Nilai;Keterangan\nEPD-05;2024;4;80,25;rekap desa\nEPD-02;2024;IV;88,5;\n\n",
                      encoding="utf-8")
    keluar = io.StringIO()
    call_command("impor_sumber", str(berkas), pd="wonoasih", sumber="epdeskel", stdout=keluar)
    assert keluar.getvalue().strip() == ("2 nilai dari EPDESKEL untuk Kecamatan Wonoasih diterima dan menunggu "
                                         "konfirmasi operator (2024 TW 4).")
    rows = list(KirimanEksternal.objects.order_by("pk").values_list("indikator_id", "triwulan", "nilai", "teks",
                                                                      "keterangan", "dikirim_oleh", "status"))
    assert rows == [
        (5, 4, Decimal("80.25"), "80,25", "rekap desa", "berkas CSV epdeskel-tw4.csv oleh perintah", "menunggu"),
        (2, 4, Decimal("88.5"), "88,5", "", "berkas CSV epdeskel-tw4.csv oleh perintah", "menunggu")]
    assert Realisasi.objects.get(indikator_id=5, tahun=2024, triwulan=4).nilai == Decimal("75")  # not yet accepted


def test_a_bad_row_names_row_and_column_and_nothing_is_saved(tmp_path):
    berkas = tmp_path / "rusak.csv"
    berkas.write_text('kode,tahun,triwulan,nilai\nEPD-05,2024,4,"80,25"\nEPD-02,2024,4,delapan\nEPD-07,2024,5,1\n',
                      encoding="utf-8")
    with pytest.raises(CommandError) as exc:
        call_command("impor_sumber", str(berkas), pd="wonoasih", sumber="EPDESKEL")
    baris = str(exc.value).splitlines()
    assert baris[0] == "Tidak ada yang disimpan."
    assert baris[1] == "baris 4, kolom triwulan: Harus 1–4 (“5”)."
    assert len(baris) == 2  # the file's own checks first: the rows' values are checked once every row reads
    berkas.write_text('kode,tahun,triwulan,nilai\nEPD-05,2024,4,"80,25"\nEPD-02,2024,4,delapan\nEPD-07,2024,4,1\n',
                      encoding="utf-8")
    with pytest.raises(CommandError) as exc:
        call_command("impor_sumber", str(berkas), pd="wonoasih", sumber="EPDESKEL")
    baris = str(exc.value).splitlines()
    assert baris[1].startswith("baris 3, kolom nilai: ") and "delapan" in baris[1]
    assert baris[2] == "baris 4, kolom kode: Tidak ada indikator perangkat daerah ini berkode “EPD-07” dari sumber EPDESKEL."
    assert not KirimanEksternal.objects.exists()


def test_a_file_without_the_columns_is_refused():
    with pytest.raises(Exception) as exc:
        baca_csv(b"kode;nilai\nEPD-05;80\n")
    assert exc.value.message_dict == {"baris 1": [  # type: ignore[attr-defined]
        "Kolom tahun, triwulan tidak ada pada judul kolom; judul harus kode;tahun;triwulan;nilai[;keterangan] "
        "(terbaca: “kode;nilai”)."]}


def test_the_operator_uploads_the_file_on_the_kiriman_page():
    operator = Client()
    operator.force_login(User.objects.get(username="operator-wonoasih"))
    url = reverse("measurement:kiriman", args=["wonoasih", 2024, 4])
    rusak = operator.post(url, {"sumber": "EPDESKEL", "berkas": SimpleUploadedFile("a.csv", b"kode;tahun;triwulan;nilai\n"
                                                                                             b"EPD-05;2024;4;x\n")})
    assert rusak.status_code == 400
    assert "baris 2, kolom nilai" in rusak.content.decode() and not KirimanEksternal.objects.exists()
    baik = operator.post(url, {"sumber": "EPDESKEL", "berkas": SimpleUploadedFile(
        "a.csv", b"kode;tahun;triwulan;nilai\nEPD-05;2024;4;80\n")}, follow=True)
    assert [str(m) for m in baik.context["messages"]] == ["1 nilai dari EPDESKEL diterima dan menunggu konfirmasi."]
    (k,) = KirimanEksternal.objects.all()
    assert k.dikirim_oleh == "berkas CSV a.csv oleh operator-wonoasih" and k.dikirim_akun.username == "operator-wonoasih"
    assert [m.kiriman.pk for m in baik.context["menunggu"]] == [k.pk]
