"""The profile page: computed totals shown, tables pasted from a spreadsheet, errors by row and column."""

from __future__ import annotations

import pytest
from django.urls import reverse

from sakip.domain.profil.models import PelaksanaanKewenangan, TabelProfil

pytestmark = pytest.mark.django_db
URL = reverse("profil:profil", args=["wonoasih", 2024])


def penduduk() -> TabelProfil:
    return TabelProfil.objects.get(pd__slug="wonoasih", judul__startswith="Jumlah Penduduk Tahun 2024")


def post_tabel(client, isi: str, **extra):
    t = penduduk()
    return client.post(URL, {"aksi": "tabel", "uraian": t.uraian_id, "tabel": t.pk, "tabel-baru-judul": t.judul,
                             "tabel-baru-kolom": "KELURAHAN\tL\tP", "tabel-baru-isi": isi,
                             "tabel-baru-dijumlah": "2, 3", "tabel-baru-jumlah_kanan": "JUMLAH", **extra}, follow=True)


def test_the_page_shows_the_computed_totals(login):
    html = login("operator-wonoasih").get(URL).content.decode()
    assert "32.587" in html and "16.387" in html and "20 Surat Keputusan" in html


def test_a_pasted_table_is_saved_and_totalled(login):
    client = login("operator-wonoasih")
    html = post_tabel(client, "Wonoasih\t1.000\t2.000\nPakistaji\t500\t-\n").content.decode()
    assert "disimpan" in html
    t = penduduk()
    assert t.baris == [["Wonoasih", "1.000", "2.000"], ["Pakistaji", "500", "-"]]
    assert t.terhitung().jumlah == ("", "JUMLAH", "1.500", "2.000", "3.500")


def test_a_bad_cell_is_named_and_nothing_is_saved(login):
    client = login("operator-wonoasih")
    before = penduduk().baris
    html = post_tabel(client, "Wonoasih\t1.000\t2.000\nPakistaji\tlima ratus\t3\n").content.decode()
    assert "Baris 2, kolom 2 “L”: “lima ratus” bukan angka." in html
    assert penduduk().baris == before


def test_this_years_delegated_work_is_typed_once(login):
    from sakip.domain.profil.models import Kewenangan

    first = Kewenangan.objects.filter(pd__slug="wonoasih").order_by("urutan").first()
    client = login("operator-wonoasih")
    client.post(URL, {"aksi": "kewenangan", f"pelaksanaan-{first.pk}": "21 Surat Keputusan"})
    assert PelaksanaanKewenangan.objects.get(kewenangan=first, tahun=2024).uraian == "21 Surat Keputusan"


def test_others_cannot_change_or_see_it(login):
    assert login("operator-kanigaran").get(URL).status_code == 404
    evaluator = login("inspektorat-probolinggo")
    assert evaluator.get(URL).status_code == 200
    before = penduduk().baris
    assert post_tabel(evaluator, "X\t1\t1").status_code == 404
    assert penduduk().baris == before
