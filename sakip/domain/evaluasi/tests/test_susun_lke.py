"""The pemda's LKE of a year as data it adjusts (issue 18, h2): created from 88/2021 or copied from another year,
its criteria, weights and scales changed while nobody has answered on it, and frozen once an answer exists, so an
earlier year keeps the version it was scored on.

Each test makes a brand-new pemda (no LKE, no evaluation of the demo's): Kabupaten Contoh with one kecamatan, its
evaluator, the operator of the kecamatan and its admin pemda. Expected figures are computed by hand beside them.
"""

from __future__ import annotations

import datetime
import json
from decimal import Decimal
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse

from sakip.core.galat import Ditolak
from sakip.core.scoping import Scope
from sakip.domain.accounts.models import Akses
from sakip.domain.evaluasi import services, susun
from sakip.domain.evaluasi.dokumen import build_lke
from sakip.domain.evaluasi.models import JawabanLke, KomponenLke, KriteriaLke, Lke, SubKomponenLke
from sakip.domain.organisation.models import Pemda, PerangkatDaerah

pytestmark = pytest.mark.django_db

DATA_88 = json.loads((Path(services.__file__).parent / "data" / "lke-88-2021.json").read_text(encoding="utf-8"))
DIPAKAI_2025 = "LKE tahun 2025 sudah dipakai menilai; tidak dapat diubah."


@pytest.fixture
def pemda() -> Pemda:
    pemda = Pemda.objects.create(jenis="kabupaten", nama="Kabupaten Contoh", slug="kab-contoh", ibukota="Contoh")
    pd = PerangkatDaerah.objects.create(pemda=pemda, nama="Kecamatan Sukamaju", slug="sukamaju-uji")
    for username, peran, extra in (("inspektorat-contoh", Akses.Peran.EVALUATOR, {}),
                                   ("admin-contoh", Akses.Peran.ADMIN_PEMDA, {}),
                                   ("operator-sukamaju", Akses.Peran.OPERATOR, {"pd": pd})):
        user = User.objects.create_user(username, password="kopi-luwak-3927")
        Akses.objects.create(user=user, peran=peran, pemda=pemda, **extra)
    return pemda


def scope_of(username: str) -> Scope:
    return Scope.for_user(User.objects.get(username=username))


def klien(username: str) -> Client:
    client = Client()
    client.force_login(User.objects.get(username=username))
    return client


def url(tahun: int) -> str:
    return reverse("evaluasi:susun_lke", args=["kab-contoh", tahun])


def lke_tahun(pemda: Pemda, tahun: int) -> Lke:
    return Lke.objects.get(pemda=pemda, tahun=tahun)


def kriteria(lke: Lke, kode: str) -> KriteriaLke:
    return KriteriaLke.objects.get(sub_komponen__komponen__lke=lke, kode=kode)


def isi(lke: Lke) -> list[tuple]:
    """Everything of a worksheet, to compare before and after."""
    return [*((k.kode, k.nama, k.bobot) for k in KomponenLke.objects.filter(lke=lke).order_by("kode")),
            *((s.kode, s.nama, s.bobot) for s in SubKomponenLke.objects.filter(komponen__lke=lke).order_by("kode")),
            *((c.kode, c.uraian, c.skala) for c in KriteriaLke.objects.filter(sub_komponen__komponen__lke=lke)
              .order_by("kode")), (lke.kode, lke.skala)]


# --- creating ---------------------------------------------------------------------------------------------


def test_a_new_pemda_creates_its_worksheet_from_88_2021_on_the_screen(pemda, django_assert_num_queries):
    assert not Lke.objects.filter(pemda=pemda).exists()
    evaluator = klien("inspektorat-contoh")
    html = evaluator.get(url(2025)).content.decode()
    assert "LKE tahun 2025 belum ada" in html and "data-buat-lke" in html
    assert '<option value="88/2021">LKE PermenPANRB 88/2021 (skala AA–E)</option>' in html
    assert "Salinan LKE tahun" not in html  # no other year to copy

    response = evaluator.post(url(2025), {"aksi": "buat", "sumber": "88/2021"}, follow=True)
    assert response.redirect_chain[-1][0] == url(2025)
    html = response.content.decode()
    assert "LKE tahun 2025 dibuat dari LKE PermenPANRB 88/2021." in html

    # The counts of the regulation's file, read here: 4 komponen, 12 sub-komponen, 80 criteria.
    komponen = DATA_88["komponen"]
    subs = [s for k in komponen for s in k["sub_komponen"]]
    kriteria_88 = [c for s in subs for c in s["kriteria"]]
    assert (len(komponen), len(subs), len(kriteria_88)) == (4, 12, 80)
    lke = lke_tahun(pemda, 2025)
    assert (lke.kode, lke.skala) == ("88/2021", "88/2021")
    assert KomponenLke.objects.filter(lke=lke).count() == len(komponen)
    assert SubKomponenLke.objects.filter(komponen__lke=lke).count() == len(subs)
    assert sorted(KriteriaLke.objects.filter(sub_komponen__komponen__lke=lke).values_list("kode", flat=True)) == \
        sorted(c["kode"] for c in kriteria_88)
    assert html.count('data-kriteria="') == 80 and "data-dapat-diubah" in html
    # Weights shown as typed in Indonesian: 3.b is 4,5 (30 % of komponen 3's 15).
    assert 'name="bobot-3.b"' in html and 'value="4,5"' in html

    # session, user, akses; the pemda; the pemda's worksheets; komponen, sub-komponen, criteria; the answers check
    with django_assert_num_queries(9):
        assert evaluator.get(url(2025)).status_code == 200

    # A second one for the same year is refused by name, nothing added.
    response = evaluator.post(url(2025), {"aksi": "buat", "sumber": "88/2021"})
    assert response.status_code == 400
    assert "LKE tahun 2025 sudah ada; ubah LKE itu, bukan membuat yang baru." in response.content.decode()
    assert KriteriaLke.objects.filter(pemda=pemda).count() == 80


def test_a_copy_of_an_earlier_year_is_changed_while_the_earlier_year_stays(pemda):
    scope = scope_of("inspektorat-contoh")
    lama = susun.buat_lke(scope, pemda=pemda, tahun=2024, sumber="88/2021")
    sebelum = isi(lama)
    evaluator = klien("inspektorat-contoh")
    assert '<option value="2024">Salinan LKE tahun 2024</option>' in evaluator.get(url(2025)).content.decode()
    assert evaluator.post(url(2025), {"aksi": "buat", "sumber": "2024"}).status_code == 302
    baru = lke_tahun(pemda, 2025)
    assert isi(baru) == sebelum  # a faithful copy

    # Adjust the copy on the screen: a criterion's text and scale, one added, one removed, the weights, the scale.
    assert evaluator.post(url(2025), {"aksi": "kriteria", "kode": "1.a.1", "uraian": "Pedoman teknis versi pemda.",
                                      "skala": "Y/T"}).status_code == 302
    assert evaluator.post(url(2025), {"aksi": "tambah", "sub": "1.a", "kode": "1.a.8", "uraian": "Kriteria lokal.",
                                      "skala": "A-E"}).status_code == 302
    assert evaluator.post(url(2025), {"aksi": "hapus", "kode": "4.c.5"}).status_code == 302
    # 1.a 6 → 7 and 1.b 9 → 8 keep komponen 1 at 30.
    assert evaluator.post(url(2025), {"aksi": "bobot", "bobot-1.a": "7", "bobot-1.b": "8"}).status_code == 302
    c = kriteria(baru, "1.a.1")
    assert (c.uraian, c.skala) == ("Pedoman teknis versi pemda.", "Y/T")
    tambahan = kriteria(baru, "1.a.8")
    assert (tambahan.uraian, tambahan.skala, tambahan.urutan) == ("Kriteria lokal.", "A-E", 8)
    assert not KriteriaLke.objects.filter(sub_komponen__komponen__lke=baru, kode="4.c.5").exists()
    assert KriteriaLke.objects.filter(sub_komponen__komponen__lke=baru).count() == 80  # 80 + 1 − 1
    assert SubKomponenLke.objects.get(komponen__lke=baru, kode="1.a").bobot == Decimal(7)
    response = evaluator.post(url(2025), {"aksi": "skala", "skala": "A-E"}, follow=True)
    assert "Seluruh kriteria LKE tahun 2025 kini berskala A–E (PermenPANRB 12/2015)." in response.content.decode()
    assert set(KriteriaLke.objects.filter(sub_komponen__komponen__lke=baru).values_list("skala", flat=True)) == {"A-E"}

    # 2024 is exactly as it was.
    lama.refresh_from_db()
    assert isi(lama) == sebelum


def test_a_copy_needs_a_year_that_has_a_worksheet(pemda):
    scope = scope_of("inspektorat-contoh")
    for sumber, pesan in (("2023", "Kabupaten Contoh belum memiliki LKE tahun 2023 untuk disalin."),
                          ("12/2015", "Sumber “12/2015” tidak dikenal: pilih 88/2021 atau tahun yang sudah memiliki "
                                      "LKE.")):
        with pytest.raises(ValidationError) as exc:
            susun.buat_lke(scope, pemda=pemda, tahun=2025, sumber=sumber)
        assert exc.value.message_dict == {"sumber": [pesan]}
    with pytest.raises(ValidationError) as exc:
        susun.buat_lke(scope, pemda=pemda, tahun=20250, sumber="88/2021")
    assert exc.value.message_dict == {"tahun": ["Tahun 20250 di luar rentang 2000–2100."]}
    assert not Lke.objects.filter(pemda=pemda).exists()


# --- scales and scoring -------------------------------------------------------------------------------------


def test_on_the_y_t_scale_y_counts_one_and_t_zero(pemda):
    scope = scope_of("inspektorat-contoh")
    lke = susun.buat_lke(scope, pemda=pemda, tahun=2025, sumber="88/2021")
    susun.ubah_skala_lke(scope, lke, "Y/T")
    pd = PerangkatDaerah.objects.get(slug="sukamaju-uji")
    evaluasi = services.mulai_evaluasi(scope, pd=pd, tahun=2025)
    assert evaluasi.lke == lke  # the evaluation takes the adjusted worksheet
    operator = scope_of("operator-sukamaju")
    services.simpan_jawaban(operator, evaluasi=evaluasi, kriteria=kriteria(lke, "1.a.1"), data={"nilai_pd": "Y"},
                            sisi="pd")
    services.simpan_jawaban(operator, evaluasi=evaluasi, kriteria=kriteria(lke, "1.a.2"), data={"nilai_pd": "T"},
                            sisi="pd")
    dok = build_lke(scope, "sukamaju-uji", 2025)
    sub = dok.komponen[0].sub_komponen[0]
    # 1.a: seven criteria, bobot 6; Y = 1, T = 0, five unanswered = 0: (1 + 0) / 7 × 6 = 0,857… → 0,86.
    assert (sub.kode, sub.nilai_teks, dok.nilai_akip_teks, dok.predikat.huruf) == ("1.a", "0,86", "0,86", "D")
    services.simpan_jawaban(operator, evaluasi=evaluasi, kriteria=kriteria(lke, "1.a.2"), data={"nilai_pd": "Y"},
                            sisi="pd")
    # Both Y: 2 / 7 × 6 = 1,714… → 1,71.
    assert build_lke(scope, "sukamaju-uji", 2025).nilai_akip_teks == "1,71"
    # A letter of the 88/2021 scale is not on Y/T.
    with pytest.raises(ValidationError) as exc:
        services.simpan_jawaban(operator, evaluasi=evaluasi, kriteria=kriteria(lke, "1.a.3"), data={"nilai_pd": "AA"},
                                sisi="pd")
    assert exc.value.message_dict == {"nilai_pd": ["Nilai PD kriteria 1.a.3: Nilai “AA” tidak ada pada skala "
                                                   "Ya/Tidak."]}


# --- weights ------------------------------------------------------------------------------------------------


def test_weights_that_do_not_add_up_are_refused_whole(pemda):
    scope = scope_of("inspektorat-contoh")
    lke = susun.buat_lke(scope, pemda=pemda, tahun=2025, sumber="88/2021")
    sebelum = isi(lke)
    # 1.a 6 → 7 makes komponen 1 31; 2.a 6 → 5 makes komponen 2 29; the komponen still total 100.
    with pytest.raises(ValidationError) as exc:
        susun.ubah_bobot(scope, lke, {"1.a": "7", "2.a": Decimal(5)})
    assert exc.value.message_dict == {"bobot": ["Bobot sub-komponen komponen 1 berjumlah 31, bukan 30.",
                                                "Bobot sub-komponen komponen 2 berjumlah 29, bukan 30."]}
    assert isi(lke) == sebelum  # 2.a's valid-looking 5 is not saved either
    with pytest.raises(ValidationError) as exc:
        susun.ubah_bobot(scope, lke, {"1": "35"})
    assert exc.value.message_dict == {"bobot": ["Bobot sub-komponen komponen 1 berjumlah 30, bukan 35.",
                                                "Bobot seluruh komponen berjumlah 105, bukan 100."]}
    with pytest.raises(ValidationError) as exc:
        susun.ubah_bobot(scope, lke, {"3.b": "4.5", "3.c": "-1", "4.a": "5,125", "9.z": "1", "4": "101"})
    assert exc.value.message_dict == {"bobot": [
        "Bobot 3.b: “4.5” bukan angka: titik dipakai sebagai desimal; gunakan koma, misalnya 4,5.",
        "Bobot 3.c tidak boleh negatif.", "Bobot 4.a: “5,125” paling banyak dua angka di belakang koma.",
        "Kode “9.z” bukan komponen atau sub-komponen LKE tahun 2025.", "Bobot 4 paling besar 100."]}
    assert isi(lke) == sebelum

    # Komponen and sub-komponen together: 1 → 35 with 1.c 15 → 20 (6 + 9 + 20 = 35); 2 → 25 with 2.c 15 → 10
    # (6 + 9 + 10 = 25); 35 + 25 + 15 + 25 = 100.
    susun.ubah_bobot(scope, lke, {"1": "35", "1.c": "20", "2": "25", "2.c": "10"})
    assert [k.bobot for k in KomponenLke.objects.filter(lke=lke).order_by("urutan")] == [35, 25, 15, 25]
    assert SubKomponenLke.objects.get(komponen__lke=lke, kode="1.c").bobot == 20

    # On the screen: the typed values come back with the messages, nothing saved.
    response = klien("inspektorat-contoh").post(url(2025), {"aksi": "bobot", "bobot-1.a": "7", "bobot-1.b": "9"})
    html = response.content.decode()
    assert response.status_code == 400
    assert "Bobot sub-komponen komponen 1 berjumlah 36, bukan 35." in html and 'value="7"' in html
    assert SubKomponenLke.objects.get(komponen__lke=lke, kode="1.a").bobot == 6


# --- frozen once used ---------------------------------------------------------------------------------------


def test_no_change_once_an_answer_exists(pemda):
    scope = scope_of("inspektorat-contoh")
    lke = susun.buat_lke(scope, pemda=pemda, tahun=2025, sumber="88/2021")
    evaluasi = services.mulai_evaluasi(scope, pd=PerangkatDaerah.objects.get(slug="sukamaju-uji"), tahun=2025)
    # An answer row with nothing written (as an evaluation may open) does not freeze the worksheet; removing its
    # criterion removes the empty row.
    JawabanLke.objects.create(evaluasi=evaluasi, kriteria=kriteria(lke, "4.c.5"))
    susun.hapus_kriteria(scope, kriteria(lke, "4.c.5"))
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()

    services.simpan_jawaban(scope_of("operator-sukamaju"), evaluasi=evaluasi, kriteria=kriteria(lke, "2.a.1"),
                            data={"penjelasan_pd": "Renstra ada"}, sisi="pd")
    sebelum = isi(lke)
    perubahan = [
        lambda: susun.ubah_kriteria(scope, kriteria(lke, "1.a.1"), uraian="Baru"),
        lambda: susun.tambah_kriteria(scope, SubKomponenLke.objects.get(komponen__lke=lke, kode="1.a"), kode="1.a.8",
                                      uraian="Baru"),
        lambda: susun.hapus_kriteria(scope, kriteria(lke, "1.a.1")),
        lambda: susun.ubah_bobot(scope, lke, {"1.a": "6"}),
        lambda: susun.ubah_skala_lke(scope, lke, "Y/T"),
    ]
    for ubah in perubahan:
        with pytest.raises(Ditolak) as exc:
            ubah()
        assert str(exc.value) == DIPAKAI_2025
    assert isi(lke) == sebelum

    evaluator = klien("inspektorat-contoh")
    html = evaluator.get(url(2025)).content.decode()
    assert "data-dipakai" in html and DIPAKAI_2025 in html
    assert 'name="aksi"' not in html and html.count('data-kriteria="') == 79
    response = evaluator.post(url(2025), {"aksi": "skala", "skala": "Y/T"})
    assert response.status_code == 403 and DIPAKAI_2025 in response.content.decode()
    # 2026 copies it freely; 2025 stays the version it was scored on.
    susun.buat_lke(scope, pemda=pemda, tahun=2026, sumber="2025")
    susun.ubah_skala_lke(scope, lke_tahun(pemda, 2026), "Y/T")
    assert isi(lke) == sebelum


# --- who ----------------------------------------------------------------------------------------------------


def test_only_the_pemdas_evaluator_reads_and_changes_its_worksheet(pemda):
    for username in ("operator-sukamaju", "admin-contoh"):
        client = klien(username)
        assert client.get(url(2025)).status_code == 403
        assert client.post(url(2025), {"aksi": "buat", "sumber": "88/2021"}).status_code == 403
        with pytest.raises(Ditolak) as exc:
            susun.buat_lke(scope_of(username), pemda=pemda, tahun=2025, sumber="88/2021")
        assert str(exc.value) == "Hanya evaluator (Inspektorat) pemda ini yang menyiapkan LKE dan memulai evaluasi."
    # Another pemda's evaluator (the demo's Kota Probolinggo): the pemda does not exist for it.
    lain = klien("inspektorat-probolinggo")
    assert lain.get(url(2025)).status_code == 404
    assert lain.post(url(2025), {"aksi": "buat", "sumber": "88/2021"}).status_code == 404
    with pytest.raises(Ditolak):
        susun.buat_lke(scope_of("inspektorat-probolinggo"), pemda=pemda, tahun=2025, sumber="88/2021")
    assert not Lke.objects.filter(pemda=pemda).exists()

    lke = susun.buat_lke(scope_of("inspektorat-contoh"), pemda=pemda, tahun=2025, sumber="88/2021")
    assert lain.post(url(2025), {"aksi": "hapus", "kode": "1.a.1"}).status_code == 404
    for username in ("inspektorat-probolinggo", "operator-sukamaju", "admin-contoh"):
        with pytest.raises(Ditolak):
            susun.ubah_skala_lke(scope_of(username), lke, "Y/T")
        with pytest.raises(Ditolak):
            susun.hapus_kriteria(scope_of(username), kriteria(lke, "1.a.1"))
    assert KriteriaLke.objects.filter(sub_komponen__komponen__lke=lke, skala="88/2021").count() == 80
    # The system admin may.
    assert Client().get(url(2025)).status_code == 302  # anonymous: to the login page
    admin = klien("admin")
    assert admin.post(url(2025), {"aksi": "skala", "skala": "Y/T"}).status_code == 302


# --- messages -----------------------------------------------------------------------------------------------


def test_each_refusal_names_its_field_in_indonesian(pemda):
    scope = scope_of("inspektorat-contoh")
    lke = susun.buat_lke(scope, pemda=pemda, tahun=2025, sumber="88/2021")
    sub_1a = SubKomponenLke.objects.get(komponen__lke=lke, kode="1.a")
    kasus = [
        (lambda: susun.tambah_kriteria(scope, sub_1a, kode="2.a.1", uraian="Ganda"),
         {"kode": ["Kode kriteria 2.a.1 sudah ada pada LKE tahun 2025."]}),
        (lambda: susun.tambah_kriteria(scope, sub_1a, kode="", uraian="Tanpa kode"),
         {"kode": ["Kode kriteria wajib diisi, misalnya 1.a.8."]}),
        (lambda: susun.tambah_kriteria(scope, sub_1a, kode="1 a 8", uraian="Spasi"),
         {"kode": ["Kode kriteria “1 a 8” paling panjang 12 karakter, tanpa spasi dan tanpa tanda / ? # %."]}),
        (lambda: susun.tambah_kriteria(scope, sub_1a, kode="1.a.8", uraian="  "),
         {"uraian": ["Uraian kriteria 1.a.8 wajib diisi."]}),
        (lambda: susun.ubah_kriteria(scope, kriteria(lke, "1.a.1"), skala="Skala-X"),
         {"skala": ["Skala jawaban “Skala-X” tidak dikenal; pilih salah satu: AA–E (PermenPANRB 88/2021), Ya/Tidak, "
                    "A–E (PermenPANRB 12/2015)."]}),
        (lambda: susun.ubah_kriteria(scope, kriteria(lke, "1.a.1"), uraian="x" * 2001),
         {"uraian": ["Uraian kriteria 1.a.1 paling panjang 2000 karakter."]}),
    ]
    for ubah, pesan in kasus:
        with pytest.raises(ValidationError) as exc:
            ubah()
        assert exc.value.message_dict == pesan
    # A sub-komponen keeps one criterion: 4.a has three.
    susun.hapus_kriteria(scope, kriteria(lke, "4.a.1"))
    susun.hapus_kriteria(scope, kriteria(lke, "4.a.2"))
    with pytest.raises(ValidationError) as exc:
        susun.hapus_kriteria(scope, kriteria(lke, "4.a.3"))
    assert exc.value.message_dict == {"kriteria": [
        "Kriteria 4.a.3 adalah satu-satunya kriteria sub-komponen 4.a; sub-komponen harus memiliki sekurang-kurangnya "
        "satu kriteria."]}
    assert KriteriaLke.objects.filter(sub_komponen__komponen__lke=lke).count() == 78

    # On the screen: the error stands beside its form with what was typed; an unknown code is 404.
    evaluator = klien("inspektorat-contoh")
    response = evaluator.post(url(2025), {"aksi": "tambah", "sub": "1.a", "kode": "1.a.1", "uraian": "Ketik ulang"})
    html = response.content.decode()
    assert response.status_code == 400 and "Kode kriteria 1.a.1 sudah ada pada LKE tahun 2025." in html
    assert "<details open>" in html and "Ketik ulang</textarea>" in html
    assert evaluator.post(url(2025), {"aksi": "hapus", "kode": "9.z.9"}).status_code == 404
    assert evaluator.post(url(2025), {"aksi": "tambah", "sub": "9.z", "kode": "9.z.1", "uraian": "x"}).status_code == 404
    response = evaluator.post(url(2025), {"aksi": "sulap"})
    assert response.status_code == 400 and "Tindakan “sulap” tidak dikenal." in response.content.decode()
    assert evaluator.post(url(2026), {"aksi": "skala", "skala": "Y/T"}).status_code == 404  # 2026 has none


def test_linked_from_the_evaluators_list(pemda):
    html = klien("inspektorat-contoh").get(reverse("evaluasi:daftar", args=["kab-contoh", 2025])).content.decode()
    assert f'<a href="{url(2025)}">Susun LKE tahun 2025</a>' in html


def test_the_command_creates_a_copy_and_sets_its_scale(pemda, capsys):
    call_command("lke_susun", "--pemda", "kab-contoh", "--year", "2024", "--dari", "88/2021")
    assert capsys.readouterr().out.strip() == ("LKE tahun 2024 Kabupaten Contoh: 4 komponen, 12 sub-komponen, "
                                               "80 kriteria; skala AA–E (PermenPANRB 88/2021).")
    call_command("lke_susun", "--pemda", "kab-contoh", "--year", "2025", "--dari", "2024", "--skala", "Y/T")
    assert capsys.readouterr().out.strip().endswith("80 kriteria; skala Ya/Tidak.")
    assert set(KriteriaLke.objects.filter(sub_komponen__komponen__lke=lke_tahun(pemda, 2024))
               .values_list("skala", flat=True)) == {"88/2021"}
    # A refused step leaves nothing: 2026 from a year without an LKE, or a year that already has one.
    with pytest.raises(CommandError, match="Kabupaten Contoh belum memiliki LKE tahun 2019 untuk disalin."):
        call_command("lke_susun", "--pemda", "kab-contoh", "--year", "2026", "--dari", "2019", "--skala", "A-E")
    with pytest.raises(CommandError, match="LKE tahun 2025 sudah ada"):
        call_command("lke_susun", "--pemda", "kab-contoh", "--year", "2025", "--dari", "88/2021")
    with pytest.raises(CommandError, match="Pemda “kab-lain” tidak ditemukan."):
        call_command("lke_susun", "--pemda", "kab-lain", "--year", "2025", "--skala", "A-E")
    assert sorted(Lke.objects.filter(pemda=pemda).values_list("tahun", flat=True)) == [2024, 2025]


def test_the_command_sets_the_windows_all_or_nothing(pemda, capsys):
    call_command("lke_susun", "--pemda", "kab-contoh", "--year", "2024", "--dari", "88/2021",
                 "--jadwal", "mandiri", "2025-01-06", "2025-01-31", "--jadwal", "reviu", "2025-02-03", "-")
    lke = lke_tahun(pemda, 2024)
    assert (lke.mandiri_mulai, lke.mandiri_selesai, lke.reviu_mulai, lke.reviu_selesai) == (
        datetime.date(2025, 1, 6), datetime.date(2025, 1, 31), datetime.date(2025, 2, 3), None)
    with pytest.raises(CommandError, match="--jadwal tanggapan: “7 Maret” bukan tanggal"):
        call_command("lke_susun", "--pemda", "kab-contoh", "--year", "2024", "--jadwal", "tanggapan", "7 Maret", "-")
    with pytest.raises(CommandError, match="Tanggal ditutup tahap Penilaian mandiri harus sama dengan atau sesudah"):
        call_command("lke_susun", "--pemda", "kab-contoh", "--year", "2024", "--jadwal", "reviu", "-", "-",
                     "--jadwal", "mandiri", "2025-01-06", "2025-01-05")
    lke.refresh_from_db()
    assert (lke.mandiri_selesai, lke.reviu_mulai) == (datetime.date(2025, 1, 31), datetime.date(2025, 2, 3))
