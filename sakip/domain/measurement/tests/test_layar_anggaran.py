"""The pagu screen and the explicit annual realisation screen, from a brand-new kecamatan (not in the demo) and on
the demo's Wonoasih 2024.

The world (pemda, PD with two kelurahan, a Renstra with a sasaran indicator, a program tree whose two sub kegiatan
are split by kelurahan, an operator) is set up with the ORM; everything after that goes through the screens, and
the figures are checked in ``build_pengukuran``, the structure every screen and document reads. Expected figures
are computed by hand in the comments.
"""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from sakip.core.scoping import Scope
from sakip.domain.accounts.models import Akses
from sakip.domain.measurement.dokumen import build_pengukuran
from sakip.domain.measurement.models import Pagu, RealisasiTahunan
from sakip.domain.measurement.services_anggaran import layar_anggaran
from sakip.domain.organisation.models import Kelurahan, Pemda, PerangkatDaerah
from sakip.domain.planning.models import (
    Indikator,
    Kegiatan,
    Lokasi,
    Nomenklatur,
    Program,
    Renstra,
    Sasaran,
    SubKegiatan,
    Target,
    Tujuan,
)

pytestmark = pytest.mark.django_db

SUB_1, SUB_2 = "7.01.02.2.01.0002", "7.01.02.2.01.0001"


@pytest.fixture
def dunia():
    """Kecamatan Sukamaju of Kabupaten Contoh, 2026: program 7.01.02 → kegiatan 7.01.02.2.01 → two sub kegiatan,
    each carried out in Kelurahan Sukamaju and Kelurahan Sukasari; a sasaran indicator with its target."""
    pemda = Pemda.objects.create(jenis="kabupaten", nama="Kabupaten Contoh", slug="kab-contoh", ibukota="Contoh")
    pd = PerangkatDaerah.objects.create(pemda=pemda, nama="Kecamatan Sukamaju", slug="sukamaju")
    kelurahan = [Kelurahan.objects.create(pd=pd, nama=nama, urutan=i) for i, nama in enumerate(("Sukamaju", "Sukasari"))]
    renstra = Renstra.objects.create(pd=pd, tahun_mulai=2026, tahun_selesai=2030)
    sasaran = Sasaran.objects.create(tujuan=Tujuan.objects.create(renstra=renstra, nama="Pelayanan prima"),
                                     nama="Meningkatnya kepuasan masyarakat")
    ikm = Indikator.baru(sasaran, nama="Indeks Kepuasan Masyarakat", satuan="indeks")
    ikm.save()
    Target.objects.create(indikator=ikm, tahun=2026, nilai=85)
    program = Program.objects.create(pd=pd, tahun=2026, nomenklatur=Nomenklatur.objects.get(kode="7.01.02"))
    kegiatan = Kegiatan.objects.create(program=program, nomenklatur=Nomenklatur.objects.get(kode="7.01.02.2.01"))
    subs, lokasi = {}, {}
    for kode in (SUB_1, SUB_2):
        sub = subs[kode] = SubKegiatan.objects.create(kegiatan=kegiatan, nomenklatur=Nomenklatur.objects.get(kode=kode))
        for urutan, k in enumerate(kelurahan):
            lokasi[(kode, k.nama)] = Lokasi.objects.create(sub_kegiatan=sub, kelurahan=k, urutan=urutan)
    user = User.objects.create_user("operator-sukamaju", password="sukamaju-uji-123")
    Akses.objects.create(user=user, peran=Akses.Peran.OPERATOR, pd=pd)
    client = Client()
    client.force_login(user)
    return {"pd": pd, "sub": subs, "lokasi": lokasi, "ikm": ikm, "client": client}


def isian_form(response, **ubah) -> dict:
    """What the pagu (or annual realisation) form posts as shown — its inputs and the hidden values they
    showed — with ``ubah`` typed over the inputs."""
    form = response.context["form"]
    awal = response.context["awal"]
    data = {}
    for bf in form:
        value = bf.value()
        data[bf.html_name] = "" if value is None else str(value)
        if bf.html_name != "apbdp_mulai":
            initial = bf.initial
            data[awal + bf.html_name] = "" if initial is None else str(initial)
    data.update({k: str(v) for k, v in ubah.items()})
    return data


def medan(dunia, sumber: str, kode: str, kelurahan: str | None = None) -> str:
    lokasi = dunia["lokasi"][(kode, kelurahan)].pk if kelurahan else 0
    return f"pagu-{sumber}-{dunia['sub'][kode].pk}-{lokasi}"


def pagu_sub(slug: str, tahun: int, tw: int, kode: str) -> Decimal | None:
    rows = build_pengukuran(Scope.system(), slug, tahun, tw).baris
    return next(b.pagu for b in rows if b.level == "sub_kegiatan" and b.kode == kode)


# --- pagu of a new kecamatan ------------------------------------------------------------------------------------


def test_apbd_then_an_apbd_p_for_one_lokasi_from_tw_iii(dunia):
    client = dunia["client"]
    url = reverse("measurement:anggaran", args=["sukamaju", 2026])
    page = client.get(url)
    assert page.status_code == 200
    html = page.content.decode()
    assert "Sukasari" in html and medan(dunia, "apbd", SUB_1, "Sukasari") in html  # split: one line per lokasi

    saved = client.post(url, isian_form(page, apbdp_mulai=3, **{
        medan(dunia, "apbd", SUB_1, "Sukamaju"): "420.000.000",
        medan(dunia, "apbd", SUB_1, "Sukasari"): "41.250.000",
        medan(dunia, "apbd", SUB_2): "Rp 185.400.000"}))
    assert saved.status_code == 302
    assert Pagu.objects.filter(pd=dunia["pd"]).count() == 3
    assert pagu_sub("sukamaju", 2026, 1, SUB_1) == Decimal(461_250_000)  # 420.000.000 + 41.250.000
    assert pagu_sub("sukamaju", 2026, 1, SUB_2) == Decimal(185_400_000)

    page = client.get(url)
    saved = client.post(url, isian_form(page, apbdp_mulai=3, **{medan(dunia, "apbdp", SUB_1, "Sukamaju"): "437.400.000"}))
    assert saved.status_code == 302
    row = Pagu.objects.get(sub_kegiatan=dunia["sub"][SUB_1], sumber="APBD-P")
    assert (row.nilai, row.berlaku_mulai, row.lokasi.nama) == (Decimal(437_400_000), 3, "Sukamaju")
    # TW II: the APBD still; TW III: the changed lokasi from the APBD-P beside the unchanged one from the APBD
    assert pagu_sub("sukamaju", 2026, 2, SUB_1) == Decimal(461_250_000)
    assert pagu_sub("sukamaju", 2026, 3, SUB_1) == Decimal(478_650_000)  # 437.400.000 + 41.250.000
    p3 = build_pengukuran(Scope.system(), "sukamaju", 2026, 3)
    assert p3.pagu == Decimal(664_050_000)  # 478.650.000 + 185.400.000
    assert p3.lokasi_tanpa_pagu == ()
    lokasi = {b.lokasi: b.pagu for b in p3.baris if b.level == "lokasi"}
    assert lokasi == {"Sukamaju": Decimal(437_400_000), "Sukasari": Decimal(41_250_000)}

    html = client.get(url).content.decode()
    assert "478.650.000" in html and "664.050.000" in html  # in force in TW III, per sub kegiatan and in total

    # the APBD-P takes effect from TW IV instead: TW III is back to the APBD
    assert client.post(url, isian_form(client.get(url), apbdp_mulai=4)).status_code == 302
    assert Pagu.objects.get(sub_kegiatan=dunia["sub"][SUB_1], sumber="APBD-P").berlaku_mulai == 4
    assert pagu_sub("sukamaju", 2026, 3, SUB_1) == Decimal(461_250_000)
    assert pagu_sub("sukamaju", 2026, 4, SUB_1) == Decimal(478_650_000)


def test_an_apbd_p_that_leaves_a_lokasi_without_a_line_is_refused(dunia):
    client = dunia["client"]
    url = reverse("measurement:anggaran", args=["sukamaju", 2026])
    client.post(url, isian_form(client.get(url), apbdp_mulai=3, **{medan(dunia, "apbd", SUB_2): "185.400.000"}))
    # SUB_2's APBD is one line for the whole sub kegiatan; an APBD-P for Sukamaju only would leave Sukasari none
    refused = client.post(url, isian_form(client.get(url), apbdp_mulai=3, **{
        medan(dunia, "apbdp", SUB_2, "Sukamaju"): "200.000.000"}))
    assert refused.status_code == 200
    html = refused.content.decode()
    assert "mulai triwulan III pagunya dirinci per lokasi" in html and "Sukasari tidak memiliki pagu" in html
    assert not Pagu.objects.filter(sub_kegiatan=dunia["sub"][SUB_2], sumber="APBD-P").exists()
    assert pagu_sub("sukamaju", 2026, 3, SUB_2) == Decimal(185_400_000)

    # an APBD for one of two lokasi is refused from TW I
    refused = client.post(url, isian_form(client.get(url), apbdp_mulai=3, **{
        medan(dunia, "apbd", SUB_1, "Sukasari"): "41.250.000"}))
    assert "mulai triwulan I pagunya dirinci per lokasi" in refused.content.decode()
    assert not Pagu.objects.filter(sub_kegiatan=dunia["sub"][SUB_1]).exists()


def test_one_budget_gives_a_sub_kegiatan_its_own_line_or_lokasi_lines_not_both(dunia):
    client = dunia["client"]
    url = reverse("measurement:anggaran", args=["sukamaju", 2026])
    refused = client.post(url, isian_form(client.get(url), apbdp_mulai=3, **{
        medan(dunia, "apbd", SUB_2): "185.400.000", medan(dunia, "apbd", SUB_2, "Sukamaju"): "100.000.000",
        medan(dunia, "apbd", SUB_2, "Sukasari"): "85.400.000"}))
    assert "diisi untuk sub kegiatan seluruhnya dan juga per lokasi" in refused.content.decode()
    assert not Pagu.objects.filter(pd=dunia["pd"]).exists()


def test_a_typing_mistake_saves_nothing(dunia):
    client = dunia["client"]
    url = reverse("measurement:anggaran", args=["sukamaju", 2026])
    response = client.post(url, isian_form(client.get(url), apbdp_mulai=3, **{
        medan(dunia, "apbd", SUB_2): "185.4OO.000", medan(dunia, "apbd", SUB_1, "Sukamaju"): "-1",
        medan(dunia, "apbd", SUB_1, "Sukasari"): "41.250.000"}))
    errors = response.context["form"].errors
    assert "185.4OO.000" in errors[medan(dunia, "apbd", SUB_2)][0]
    assert errors[medan(dunia, "apbd", SUB_1, "Sukamaju")] == ["Pagu tidak boleh negatif."]
    assert not Pagu.objects.filter(pd=dunia["pd"]).exists()


def test_a_pagu_changed_since_the_page_was_opened_is_not_overwritten(dunia):
    client = dunia["client"]
    url = reverse("measurement:anggaran", args=["sukamaju", 2026])
    client.post(url, isian_form(client.get(url), apbdp_mulai=3, **{medan(dunia, "apbd", SUB_2): "185.400.000"}))
    opened = client.get(url)
    Pagu.objects.filter(sub_kegiatan=dunia["sub"][SUB_2]).update(nilai=190_000_000)  # someone else, meanwhile
    refused = client.post(url, isian_form(opened, apbdp_mulai=3, **{medan(dunia, "apbd", SUB_2): "200.000.000"}))
    assert "setelah halaman Anda dibuka" in refused.content.decode()
    assert Pagu.objects.get(sub_kegiatan=dunia["sub"][SUB_2]).nilai == Decimal(190_000_000)


# --- the explicit annual realisation ------------------------------------------------------------------------------


def test_the_annual_realisation_is_saved_shown_beside_tw_iv_and_cleared(dunia):
    client, ikm = dunia["client"], dunia["ikm"]
    grid = reverse("measurement:simpan_baris", args=["sukamaju", 2026, 4])
    client.post(grid, {"kunci": f"iku-{ikm.pk}", "indikator": ikm.pk, "realisasi": "87,2"})

    url = reverse("measurement:realisasi_tahunan", args=["sukamaju", 2026])
    page = client.get(url)
    assert page.status_code == 200 and "87,2" in page.content.decode()

    missing_source = client.post(url, isian_form(page, **{f"nilai_{ikm.pk}": "88,45"}))
    assert "Sebutkan sumber angka ini" in missing_source.content.decode()
    assert not RealisasiTahunan.objects.filter(indikator=ikm).exists()

    saved = client.post(url, isian_form(page, **{f"nilai_{ikm.pk}": "88,45",
                                                 f"sumber_{ikm.pk}": "Hasil SKM tahunan terverifikasi"}))
    assert saved.status_code == 302
    row = RealisasiTahunan.objects.get(indikator=ikm, tahun=2026)
    assert (row.nilai, row.teks, row.sumber) == (Decimal("88.45"), "88,45", "Hasil SKM tahunan terverifikasi")
    iku = build_pengukuran(Scope.system(), "sukamaju", 2026, 4).iku[0]
    assert (iku.realisasi.nilai, iku.realisasi_tahunan.nilai, iku.beda_dengan_tw4) == (
        Decimal("87.2"), Decimal("88.45"), True)
    assert iku.capaian_tahunan.nilai.quantize(Decimal("0.01")) == Decimal("104.06")  # 88,45 / 85 × 100
    html = client.get(url).content.decode()
    assert "88,45" in html and "Hasil SKM tahunan terverifikasi" in html and "berbeda dengan TW IV" in html

    cleared = client.post(url, isian_form(client.get(url), **{f"nilai_{ikm.pk}": "", f"sumber_{ikm.pk}": ""}))
    assert cleared.status_code == 302
    assert not RealisasiTahunan.objects.filter(indikator=ikm).exists()
    iku = build_pengukuran(Scope.system(), "sukamaju", 2026, 4).iku[0]
    assert (iku.realisasi_tahunan.nilai, iku.beda_dengan_tw4) == (Decimal("87.2"), False)


# --- the demo's Wonoasih 2024 ----------------------------------------------------------------------------------


def test_approved_quarters_refuse_a_pagu_change_that_reaches_them(login):
    """The demo approves TW I–III 2024, TW IV is a draft: a pagu line in force from TW I (the APBD) or the APBD-P
    moved from TW III to TW IV reaches an approved quarter and is refused; the page says which quarters."""
    client = login("operator-wonoasih")
    url = reverse("measurement:anggaran", args=["wonoasih", 2024])
    page = client.get(url)
    html = page.content.decode()
    assert "Pengukuran TW I, II, III sudah diajukan atau disetujui" in html and "Simpan pagu" in html
    before = list(Pagu.objects.filter(pd__slug="wonoasih").values_list("pk", "nilai", "berlaku_mulai"))
    sub = Pagu.objects.get(pd__slug="wonoasih", sub_kegiatan__nomenklatur__kode="7.01.01.2.01.0006", sumber="APBD")
    refused = client.post(url, isian_form(page, **{f"pagu-apbd-{sub.sub_kegiatan_id}-0": "36.000.000"}))
    assert refused.status_code == 200 and "Pengukuran TW I 2024 berstatus disetujui" in refused.content.decode()
    moved = client.post(url, {**isian_form(client.get(url)), "apbdp_mulai": "4"})
    assert moved.status_code == 200 and "Pengukuran TW III 2024 berstatus disetujui" in moved.content.decode()
    assert list(Pagu.objects.filter(pd__slug="wonoasih").values_list("pk", "nilai", "berlaku_mulai")) == before


@pytest.mark.usefixtures("alur_terbuka")
def test_wonoasih_2024_pagu_as_the_seed_and_one_change(login):
    client = login("operator-wonoasih")
    url = reverse("measurement:anggaran", args=["wonoasih", 2024])
    page = client.get(url)
    html = page.content.decode()
    assert "13.629.977.788" in html and "14.415.022.746" in html  # seed 002: the pagu of TW I–II and TW III–IV
    unchanged = client.post(url, isian_form(page))
    assert unchanged.status_code == 302
    assert "Tidak ada pagu yang berubah" in client.get(url).content.decode()
    # sub kegiatan 7.01.01.2.01.0006: APBD 35.000.000 → 36.000.000 adds 1.000.000 to TW I, not to TW III (APBD-P)
    sub = Pagu.objects.get(pd__slug="wonoasih", sub_kegiatan__nomenklatur__kode="7.01.01.2.01.0006", sumber="APBD")
    name = f"pagu-apbd-{sub.sub_kegiatan_id}-0"
    assert client.post(url, isian_form(client.get(url), **{name: "36.000.000"})).status_code == 302
    assert build_pengukuran(Scope.system(), "wonoasih", 2024, 1).pagu == Decimal(13_630_977_788)
    assert build_pengukuran(Scope.system(), "wonoasih", 2024, 3).pagu == Decimal(14_415_022_746)


def test_readers_see_the_pages_and_only_the_operator_writes(login):
    for username in ("verifikator-wonoasih", "inspektorat-probolinggo"):
        client = login(username)
        page = client.get(reverse("measurement:anggaran", args=["wonoasih", 2024]))
        assert page.status_code == 200 and "<input class=\"isian" not in page.content.decode()
        assert client.post(reverse("measurement:anggaran", args=["wonoasih", 2024]), {}).status_code == 403
        assert client.post(reverse("measurement:realisasi_tahunan", args=["wonoasih", 2024]), {}).status_code == 403
    other = login("operator-kanigaran")
    assert other.post(reverse("measurement:anggaran", args=["wonoasih", 2024]), {}).status_code == 404
    assert other.get(reverse("measurement:realisasi_tahunan", args=["wonoasih", 2024])).status_code == 404


def test_the_pagu_screen_reads_a_fixed_number_of_queries(django_assert_num_queries):
    pd = PerangkatDaerah.objects.get(slug="wonoasih")
    with django_assert_num_queries(3):  # the year's tree (one query), pagu and spending
        layar = layar_anggaran(Scope.system(), pd, 2024)
    assert layar.total == (Decimal(13_629_977_788), Decimal(13_629_977_788), Decimal(14_415_022_746),
                           Decimal(14_415_022_746))  # seed 002: the pagu of TW I–II (APBD) and TW III–IV (APBD-P)
