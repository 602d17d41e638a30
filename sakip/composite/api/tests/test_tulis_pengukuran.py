"""Writing a quarter's realisations and spending through the API (``POST /api/v1/pd/{slug}/pengukuran/{tahun}/{tw}/isian``):
the grid's own service, all or nothing, the lock and the stale value answered 409 with the reason, every write
audited with the token named. The demo's Wonoasih 2024: TW I–III approved (locked), TW IV open; in TW IV the IKU
"Persentase Capaian Pengelolaan Administrasi Perkantoran…" (indicator 5, target 100) has 75, the kegiatan
"Perencanaan, Penganggaran, dan Evaluasi Kinerja Perangkat Daerah" (indicator 12, target 100) nothing yet, and its
sub kegiatan (id 1, no lokasi) Rp 23.638.000 spent of a pagu of Rp 23.750.000."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from sakip.core.models import Penolakan
from sakip.domain.measurement.models import Realisasi, RealisasiAnggaran

pytestmark = pytest.mark.django_db

IKU_ADMINISTRASI = 5
KEGIATAN_PERENCANAAN = 12
SUB_PERENCANAAN = 1


def kirim(rahasia: str, baris: list[dict], tw: int = 4, slug: str = "wonoasih"):
    return Client().post(reverse("api:pengukuran_isi", args=[slug, 2024, tw]), json.dumps({"baris": baris}),
                         content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {rahasia}")


def _baris(data: dict, kunci: str) -> dict:
    return next(b for b in [*data["iku"], *data["rows"]] if b["kunci"] == kunci)


def test_round_trip_read_write_two_realisations_then_the_grid_and_the_lkjip(token, api):
    rahasia = token("operator-wonoasih", nama="Aplikasi e-Kinerja")
    url = reverse("api:pengukuran", args=["wonoasih", 2024, 4])
    dibaca = api(url, rahasia)
    data = dibaca.json()
    iku, kegiatan = _baris(data, "iku-5"), _baris(data, "kegiatan-12-0-0")
    assert (iku["indikator_id"], iku["realisasi"]) == (IKU_ADMINISTRASI, 75)
    assert (kegiatan["indikator_id"], kegiatan["realisasi"]) == (KEGIATAN_PERENCANAAN, None)

    response = kirim(rahasia, [
        {"indikator_id": iku["indikator_id"], "realisasi": 80, "realisasi_awal": iku["realisasi"]},
        {"indikator_id": kegiatan["indikator_id"], "realisasi": "96,5", "realisasi_awal": kegiatan["realisasi"]}])
    assert response.status_code == 200, response.content
    assert response.json() == {"disimpan": 2}

    # The quarter read again: new figures (capaian = realisasi / target 100), a new ETag.
    lagi = api(url, rahasia, HTTP_IF_NONE_MATCH=dibaca["ETag"])
    assert lagi.status_code == 200 and lagi["ETag"] != dibaca["ETag"]
    assert (_baris(lagi.json(), "iku-5")["realisasi"], _baris(lagi.json(), "iku-5")["capaian_persen"]) == (80, 80)
    assert _baris(lagi.json(), "kegiatan-12-0-0")["realisasi"] == 96.5

    # The grid (the screen, a session of the same operator) renders the same figures.
    layar = Client()
    layar.force_login(User.objects.get(username="operator-wonoasih"))
    grid = layar.get(reverse("measurement:grid", args=["wonoasih", 2024, 4]))
    assert grid.status_code == 200
    p = grid.context["p"]
    assert next(b for b in p.iku if b.kunci == "iku-5").realisasi.nilai == 80
    assert next(b for b in p.baris if b.kunci == "kegiatan-12-0-0").realisasi.teks == "96,5"
    html = grid.content.decode()
    assert 'value="96,5"' in html and 'value="80"' in html

    # The LKjIP JSON of the year holds the quarter with the new figures.
    lkjip = api(reverse("api:lkjip", args=["wonoasih", 2024]), rahasia).json()
    (tw4,) = [t for t in lkjip["triwulan"] if t["triwulan"] == 4]
    (iku_lkjip,) = [b for b in tw4["iku"] if b["nama"].startswith("Persentase Capaian Pengelolaan Administrasi")]
    assert (iku_lkjip["realisasi"], iku_lkjip["capaian_persen"]) == (80, 80)
    (keg_lkjip,) = [b for b in tw4["rows"] if b["level"] == "kegiatan" and b["kode"] == "7.01.01.2.01"]
    assert (keg_lkjip["realisasi"], keg_lkjip["capaian_persen"]) == (96.5, 96.5)

    # Audited like a screen write: the token's account as the user, the token named as the reason.
    prefix = rahasia[:8]
    for indikator_id, nilai in ((IKU_ADMINISTRASI, "80.0000"), (KEGIATAN_PERENCANAAN, "96.5000")):
        terakhir = Realisasi.objects.get(indikator_id=indikator_id, tahun=2024, triwulan=4).history.first()
        assert str(terakhir.nilai) == nilai
        assert terakhir.history_user.username == "operator-wonoasih"
        assert terakhir.history_change_reason == f"API · token “Aplikasi e-Kinerja” ({prefix}…)"
        assert terakhir.alamat_ip == "127.0.0.1"
    # ... and the activity screen shows it beside the change.
    aktivitas = layar.get(reverse("audit:aktivitas")).content.decode()
    assert f"API · token “Aplikasi e-Kinerja” ({prefix}…)" in aktivitas


def test_a_stale_value_is_refused_with_409_naming_who_changed_it(token):
    rahasia = token("operator-wonoasih")
    assert kirim(rahasia, [{"indikator_id": 5, "realisasi": 80, "realisasi_awal": 75}]).status_code == 200
    # A second client still holding 75 from its read.
    response = kirim(token("operator-wonoasih", nama="lain"), [{"indikator_id": 5, "realisasi": 90, "realisasi_awal": 75}])
    assert response.status_code == 409
    pesan = ("Nilai ini telah diubah oleh Operator Kecamatan Wonoasih menjadi 80 setelah halaman Anda dibuka; isian Anda "
             "tidak disimpan. Muat ulang halaman, periksa, lalu isi kembali bila perlu.")
    assert response.json() == {"detail": pesan, "galat": {"baris.0.realisasi": [pesan]}}
    assert Realisasi.objects.get(indikator_id=5, tahun=2024, triwulan=4).nilai == 80
    assert Penolakan.objects.filter(status=409, alamat__endswith="/2024/4/isian").count() == 1


def test_a_locked_quarter_is_refused_with_409_and_the_reason(token):
    sebelum = Realisasi.objects.get(indikator_id=5, tahun=2024, triwulan=1).nilai
    response = kirim(token("operator-wonoasih"), [{"indikator_id": 5, "realisasi": 50, "realisasi_awal": 45.71}], tw=1)
    assert response.status_code == 409
    assert response.json()["galat"] == {"baris.0.realisasi": [
        "Pengukuran TW I 2024 berstatus disetujui dan terkunci; datanya tidak dapat diubah. Pimpinan atau admin pemda "
        "dapat membukanya kembali dengan alasan."]}
    assert Realisasi.objects.get(indikator_id=5, tahun=2024, triwulan=1).nilai == sebelum


def test_a_batch_is_all_or_nothing_and_names_every_bad_row(token):
    response = kirim(token("operator-wonoasih"), [
        {"indikator_id": 5, "realisasi": 80, "realisasi_awal": 75},  # valid alone
        {"indikator_id": 12, "realisasi": "sembilan puluh", "realisasi_awal": None},
        {"sub_kegiatan_id": SUB_PERENCANAAN, "realisasi_anggaran": 23_800_000, "realisasi_anggaran_awal": 23_638_000}])
    assert response.status_code == 422
    galat = response.json()["galat"]
    assert set(galat) == {"baris.1.realisasi", "baris.2.realisasi_anggaran"}
    assert galat["baris.2.realisasi_anggaran"] == ["Realisasi anggaran Rp 23.800.000 melebihi pagu Rp 23.750.000."]
    # Nothing of the batch was kept: row 0 still holds 75.
    assert Realisasi.objects.get(indikator_id=5, tahun=2024, triwulan=4).nilai == 75
    assert not Realisasi.objects.filter(indikator_id=12, tahun=2024, triwulan=4).exists()


def test_spending_of_a_budget_line(token):
    response = kirim(token("operator-wonoasih"), [
        {"sub_kegiatan_id": SUB_PERENCANAAN, "realisasi_anggaran": "Rp 23.700.000", "realisasi_anggaran_awal": 23_638_000}])
    assert response.status_code == 200, response.content
    row = RealisasiAnggaran.objects.get(sub_kegiatan_id=SUB_PERENCANAAN, lokasi=None, triwulan=4)
    assert row.nilai == 23_700_000 and row.history.first().history_change_reason.startswith("API · token “uji”")


def test_a_value_needs_the_value_read(token):
    response = kirim(token("operator-wonoasih"), [{"indikator_id": 5, "realisasi": 80}])
    assert response.status_code == 422
    assert response.json()["galat"] == {"baris.0.realisasi_awal": [
        "Wajib diisi bersama nilainya: nilai yang Anda baca sebelumnya (null bila kosong)."]}


def test_an_indicator_of_another_pd_is_not_found(token):
    from sakip.domain.planning.models import Indikator

    lain = Indikator.objects.filter(pd__slug="kanigaran").values_list("pk", flat=True).first()
    response = kirim(token("operator-wonoasih"), [{"indikator_id": lain, "realisasi": 1, "realisasi_awal": None}])
    assert response.status_code == 404
    assert response.json() == {"detail": "Baris ke-0: Indikator tidak ditemukan."}
