"""External sources (issue 20): an indicator declares its source and code; the source's service token posts values by
code (``POST /api/v1/pd/{slug}/kiriman-eksternal``); they wait — no realisation changes, the quarter cannot be
submitted — until the operator accepts one (written through the grid's service, the history naming the source, the
kiriman and the token) or rejects it with a reason.

The demo's Wonoasih 2024, TW IV open: the sasaran indicators 5 "Persentase Capaian Pengelolaan Administrasi
Perkantoran…" (TW IV 75%) and 2 "Persentase Kelompok dan Lembaga Kemasyarakatan…" (TW IV 85,71%), both measured every
quarter, their last value counting; the tujuan indicator 1 has no realisation. TW I–III are approved (locked)."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from sakip.composite.api.services import buat_token
from sakip.core.scoping import Scope
from sakip.domain.measurement.models import KirimanEksternal, Realisasi
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning import services as perencanaan
from sakip.domain.planning.models import Indikator
from sakip.domain.workflow.models import Pengajuan

pytestmark = pytest.mark.django_db

ADMINISTRASI, KELEMBAGAAN, TUJUAN = 5, 2, 1


@pytest.fixture
def bersumber():
    """Indicators 5 and 2 come from EPDESKEL (codes EPD-05, EPD-02), indicator 1 from SIJINGGO (SJG-01), declared as
    the indicator's edit form saves them (the name of a source is stored in capitals)."""
    scope = Scope.system()
    for pk, sumber, kode in ((ADMINISTRASI, "epdeskel", "EPD-05"), (KELEMBAGAAN, "EPDESKEL", "EPD-02"),
                             (TUJUAN, "Sijinggo", "SJG-01")):
        perencanaan.ubah_indikator(scope, indikator=Indikator.objects.get(pk=pk),
                                   data={"sumber_eksternal": sumber, "kode_eksternal": kode})
    assert Indikator.objects.get(pk=ADMINISTRASI).sumber_eksternal == "EPDESKEL"


def _token(username: str = "operator-wonoasih", *, pd: str | None = "wonoasih", sumber: str = "EPDESKEL",
           nama: str = "EPDESKEL Kemendesa") -> tuple[str, str]:
    """(secret, prefix) of a service token of ``username``, limited to ``pd`` and ``lihat,isi``, bound to ``sumber``."""
    baru = buat_token(Scope.system(), user=User.objects.get(username=username), nama=nama,
                      pd=PerangkatDaerah.objects.get(slug=pd) if pd else None, hak=["lihat", "isi"], sumber=sumber)
    return baru.rahasia, baru.token.prefix


def kirim(rahasia: str, isi: dict, slug: str = "wonoasih"):
    return Client().post(reverse("api:kiriman_kirim", args=[slug]), json.dumps(isi), content_type="application/json",
                         HTTP_AUTHORIZATION=f"Bearer {rahasia}")


def _realisasi(pk: int, tw: int = 4) -> Decimal | None:
    row = Realisasi.objects.filter(indikator_id=pk, tahun=2024, triwulan=tw).first()
    return row.nilai if row else None


def _operator() -> Client:
    client = Client()
    client.force_login(User.objects.get(username="operator-wonoasih"))
    return client


def test_a_source_posts_two_values_the_operator_accepts_one_and_rejects_one(bersumber):
    rahasia, prefix = _token()
    response = kirim(rahasia, {"tahun": 2024, "triwulan": 4, "nilai": [
        {"kode": "EPD-05", "nilai": 80, "keterangan": "rekap Oktober–Desember"},
        {"kode": "EPD-02", "nilai": "88,5"}]})
    assert response.status_code == 201, response.content
    hasil = response.json()
    assert hasil["diterima"] == 2
    assert [(k["indikator_id"], k["nilai"], k["teks"], k["status"], k["sumber"]) for k in hasil["kiriman"]] == [
        (ADMINISTRASI, 80, "80", "menunggu", "EPDESKEL"), (KELEMBAGAAN, 88.5, "88,5", "menunggu", "EPDESKEL")]
    # Two values wait; no realisation changed (75 and 85,71 stay).
    assert KirimanEksternal.objects.filter(pd__slug="wonoasih", status="menunggu").count() == 2
    assert (_realisasi(ADMINISTRASI), _realisasi(KELEMBAGAAN)) == (Decimal("75"), Decimal("85.71"))
    (satu, dua) = KirimanEksternal.objects.filter(pd__slug="wonoasih").order_by("pk")
    assert satu.dikirim_oleh == f"token “EPDESKEL Kemendesa” ({prefix}…)" and satu.keterangan == "rekap Oktober–Desember"

    # The token lists what it sent.
    daftar = Client().get(reverse("api:kiriman_daftar", args=["wonoasih"]), HTTP_AUTHORIZATION=f"Bearer {rahasia}")
    assert daftar.status_code == 200 and daftar.json()["jumlah"] == 2

    # The grid shows the notice with its link; the submission is refused, naming the count and the page.
    operator = _operator()
    alamat = reverse("measurement:kiriman", args=["wonoasih", 2024, 4])
    grid = operator.get(reverse("measurement:grid", args=["wonoasih", 2024, 4]))
    assert "2 nilai dari sumber eksternal menunggu konfirmasi" in grid.content.decode()
    assert f'href="{alamat}"' in grid.content.decode()
    ajukan = operator.post(reverse("workflow:aksi", args=["wonoasih", "pengukuran", 2024, 4]),
                           {"aksi": "ajukan", "konfirmasi": "1"}, follow=True)
    pesan = [str(m) for m in ajukan.context["messages"]]
    assert pesan == [f"2 nilai dari sumber eksternal menunggu konfirmasi; terima atau tolak dulu di {alamat}. "
                     "Tidak ada yang diajukan."]
    assert not Pengajuan.objects.filter(pd__slug="wonoasih", jenis="pengukuran", tahun=2024, triwulan=4,
                                        status="diajukan").exists()

    # The operator's page lists both with the current realisation.
    halaman = operator.get(alamat)
    assert halaman.status_code == 200
    assert [(m.kiriman.pk, m.realisasi_teks) for m in halaman.context["menunggu"]] == [(satu.pk, "75%"), (dua.pk, "85,71%")]

    # Accept the first: the realisation becomes 80 through the grid's service, the history names source, kiriman, token.
    terima = operator.post(reverse("measurement:kiriman_putus", args=["wonoasih", 2024, 4]),
                           {"kiriman": satu.pk, "aksi": "terima", "awal": "75%"}, follow=True)
    assert [str(m) for m in terima.context["messages"]] == [
        f"Kiriman #{satu.pk} diterima: realisasi “{satu.indikator.nama}” sekarang 80."]
    assert _realisasi(ADMINISTRASI) == Decimal("80")
    terakhir = Realisasi.objects.get(indikator_id=ADMINISTRASI, tahun=2024, triwulan=4).history.first()
    assert terakhir.history_change_reason == f"Sumber EPDESKEL · kiriman #{satu.pk} · token “EPDESKEL Kemendesa” ({prefix}…)"
    assert terakhir.history_user.username == "operator-wonoasih"
    grid = operator.get(reverse("measurement:grid", args=["wonoasih", 2024, 4]))
    assert next(b for b in grid.context["p"].iku if b.indikator_id == ADMINISTRASI).realisasi.nilai == 80
    assert "1 nilai dari sumber eksternal menunggu konfirmasi" in grid.content.decode()

    # Reject the second with a reason: recorded with who and why; the realisation stays 85,71.
    tanpa_alasan = operator.post(reverse("measurement:kiriman_putus", args=["wonoasih", 2024, 4]),
                                 {"kiriman": dua.pk, "aksi": "tolak", "alasan": " "}, follow=True)
    assert [str(m) for m in tanpa_alasan.context["messages"]] == ["Tuliskan alasan penolakan kiriman."]
    operator.post(reverse("measurement:kiriman_putus", args=["wonoasih", 2024, 4]),
                  {"kiriman": dua.pk, "aksi": "tolak", "alasan": "Angka belum diverifikasi kelurahan"})
    dua.refresh_from_db()
    assert (dua.status, dua.alasan, dua.diputus_oleh.username) == ("ditolak", "Angka belum diverifikasi kelurahan",
                                                                   "operator-wonoasih")
    assert _realisasi(KELEMBAGAAN) == Decimal("85.71")
    status = Client().get(reverse("api:kiriman_daftar", args=["wonoasih"]), HTTP_AUTHORIZATION=f"Bearer {rahasia}")
    assert sorted(k["status"] for k in status.json()["data"]) == ["diterima", "ditolak"]

    # Nothing waits any more: the quarter is submitted.
    operator.post(reverse("workflow:aksi", args=["wonoasih", "pengukuran", 2024, 4]), {"aksi": "ajukan", "konfirmasi": "1"})
    assert Pengajuan.objects.get(pd__slug="wonoasih", jenis="pengukuran", tahun=2024, triwulan=4).status == "diajukan"


def test_accepting_is_refused_when_the_realisation_changed_since_the_page_was_read(bersumber):
    rahasia, _ = _token()
    assert kirim(rahasia, {"tahun": 2024, "triwulan": 4, "nilai": [{"kode": "EPD-05", "nilai": 80}]}).status_code == 201
    kiriman = KirimanEksternal.objects.get(indikator_id=ADMINISTRASI)
    Realisasi.objects.filter(indikator_id=ADMINISTRASI, tahun=2024, triwulan=4).update(nilai=Decimal("77"), teks="77")
    respons = _operator().post(reverse("measurement:kiriman_putus", args=["wonoasih", 2024, 4]),
                               {"kiriman": kiriman.pk, "aksi": "terima", "awal": "75%"}, follow=True)
    (pesan,) = [str(m) for m in respons.context["messages"]]
    assert pesan.startswith(f"Kiriman #{kiriman.pk}: Nilai ini telah diubah oleh") and "menjadi 77" in pesan
    kiriman.refresh_from_db()
    assert kiriman.status == "menunggu" and _realisasi(ADMINISTRASI) == Decimal("77")


def test_a_newer_value_replaces_the_one_still_waiting(bersumber):
    rahasia, _ = _token()
    kirim(rahasia, {"tahun": 2024, "triwulan": 4, "nilai": [{"kode": "EPD-05", "nilai": 80}]})
    kirim(rahasia, {"tahun": 2024, "triwulan": 4, "nilai": [{"kode": "EPD-05", "nilai": 81}]})
    lama, baru = KirimanEksternal.objects.filter(indikator_id=ADMINISTRASI).order_by("pk")
    assert (lama.status, lama.alasan) == ("ditolak", f"Digantikan kiriman berikutnya #{baru.pk} dari EPDESKEL.")
    assert baru.status == "menunggu"


def test_unknown_code_another_source_and_a_bad_number_are_422_and_nothing_is_saved(bersumber):
    rahasia, _ = _token()
    response = kirim(rahasia, {"tahun": 2024, "triwulan": 4, "nilai": [
        {"kode": "EPD-99", "nilai": 80}, {"kode": "SJG-01", "nilai": 70}, {"kode": "EPD-02", "nilai": "sembilan"},
        {"kode": "EPD-05", "nilai": 80}]})
    assert response.status_code == 422, response.content
    galat = response.json()["galat"]
    assert galat == {
        "nilai.0.kode": ["Tidak ada indikator perangkat daerah ini berkode “EPD-99” dari sumber EPDESKEL."],
        "nilai.1.kode": ["Indikator berkode “SJG-01” bersumber SIJINGGO, bukan EPDESKEL; token atau berkas ini tidak dapat "
                         "mengisinya."],
        "nilai.2.nilai": [galat["nilai.2.nilai"][0]],
    }
    assert "sembilan" in galat["nilai.2.nilai"][0]
    assert not KirimanEksternal.objects.exists()


def test_a_token_names_no_other_source_and_an_unbound_token_must_name_one(bersumber):
    rahasia, _ = _token()
    response = kirim(rahasia, {"tahun": 2024, "triwulan": 4, "sumber": "SIJINGGO", "nilai": [{"kode": "SJG-01", "nilai": 1}]})
    assert response.status_code == 422
    assert response.json()["galat"] == {"sumber": ["Token ini milik sumber EPDESKEL; tidak dapat mengirim untuk SIJINGGO."]}
    biasa, _ = _token(sumber="")
    response = kirim(biasa, {"tahun": 2024, "triwulan": 4, "nilai": [{"kode": "EPD-05", "nilai": 1}]})
    assert response.json()["galat"] == {"sumber": ["Wajib diisi: token ini tidak terikat pada satu sumber eksternal."]}
    response = kirim(biasa, {"tahun": 2024, "triwulan": 4, "sumber": "epdeskel", "nilai": [{"kode": "EPD-05", "nilai": 1}]})
    assert response.status_code == 201 and response.json()["kiriman"][0]["sumber"] == "EPDESKEL"


def test_another_pd_gets_404_and_a_locked_quarter_409(bersumber):
    lain, _ = _token("operator-kanigaran", pd="kanigaran")
    response = kirim(lain, {"tahun": 2024, "triwulan": 4, "nilai": [{"kode": "EPD-05", "nilai": 80}]})
    assert response.status_code == 404
    assert response.json()["detail"] == "Perangkat daerah “wonoasih” tidak ditemukan."
    rahasia, _ = _token()
    response = kirim(rahasia, {"tahun": 2024, "triwulan": 3, "nilai": [{"kode": "EPD-05", "nilai": 80}]})
    assert response.status_code == 409, response.content
    assert list(response.json()["galat"]) == ["nilai.0.triwulan"]
    assert "terkunci" in response.json()["galat"]["nilai.0.triwulan"][0]
    assert not KirimanEksternal.objects.exists()


def test_one_code_of_a_source_names_one_indicator_of_the_pd():
    scope = Scope.system()
    perencanaan.ubah_indikator(scope, indikator=Indikator.objects.get(pk=ADMINISTRASI),
                               data={"sumber_eksternal": "EPDESKEL", "kode_eksternal": "EPD-05"})
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError) as exc:
        perencanaan.ubah_indikator(scope, indikator=Indikator.objects.get(pk=KELEMBAGAAN),
                                   data={"sumber_eksternal": "EPDESKEL", "kode_eksternal": "EPD-05"})
    nama = Indikator.objects.get(pk=ADMINISTRASI).nama[:60]  # the Renstra 2019–2024: both indicators hold 2019 first
    assert exc.value.message_dict == {"kode_eksternal": [
        f"Kode “EPD-05” dari EPDESKEL sudah dipakai indikator “{nama}” pada tahun 2019; satu kode menunjuk satu "
        "indikator perangkat daerah."]}
    with pytest.raises(ValidationError) as exc:
        perencanaan.ubah_indikator(scope, indikator=Indikator.objects.get(pk=KELEMBAGAAN),
                                   data={"sumber_eksternal": "EPDESKEL", "kode_eksternal": ""})
    assert exc.value.message_dict == {"kode_eksternal": [
        "Isi sumber eksternal dan kode eksternal bersama-sama, atau kosongkan keduanya."]}


def test_the_indicator_form_and_the_token_page_carry_the_source():
    operator = _operator()
    halaman = operator.get(reverse("planning:indikator_edit", args=[ADMINISTRASI])).content.decode()
    assert 'name="sumber_eksternal"' in halaman and 'name="kode_eksternal"' in halaman
    assert "Nama aplikasi yang mengirim realisasi indikator ini" in halaman
    admin = Client()
    admin.force_login(User.objects.get(username="admin-probolinggo"))
    url = reverse("token_api:token_pemda", args=["kota-probolinggo"])
    layanan = User.objects.get(username="operator-wonoasih")
    response = admin.post(url, {"pengguna": layanan.pk, "nama": "EPDESKEL", "pd": PerangkatDaerah.objects.get(
        slug="wonoasih").pk, "hak": ["lihat", "isi"], "sumber": "epdeskel"})
    assert response.status_code == 200, response.content[:500]
    assert layanan.token_api.get(nama="EPDESKEL").sumber == "EPDESKEL"
    assert "sumber EPDESKEL" in admin.get(url).content.decode()
