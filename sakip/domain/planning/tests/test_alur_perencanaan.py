"""The whole planning cycle through the screens, starting from nothing: a pemda and a kecamatan that are not in
the demo build their RPJMD, Renstra, IKU and program tree, then start the next year.

Only the organisation (pemda, kecamatan, its kelurahan/desa and a unit) and the accounts are made with the ORM;
everything else is posted to the screens as a user would. Expected values are written by hand.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from sakip.domain.accounts.models import Akses
from sakip.domain.organisation.models import Kelurahan, Pemda, PerangkatDaerah, UnitKerja
from sakip.domain.planning.models import (
    Iku,
    Indikator,
    IndikatorRpjmd,
    Kegiatan,
    Lokasi,
    Misi,
    Nomenklatur,
    Program,
    Renstra,
    Rpjmd,
    Sasaran,
    SasaranRpjmd,
    SubKegiatan,
    Target,
    TargetRpjmd,
    Tujuan,
    TujuanRpjmd,
)

pytestmark = pytest.mark.django_db

ATURAN = {"polaritas": "positif", "rumus_negatif": "", "akumulasi": "terakhir", "cara_isi": "kumulatif",
          "frekuensi": "triwulan", "peran": ""}


class Dunia:
    """A new pemda with one kecamatan, two desa, a unit, its operator and the pemda's admin."""

    def __init__(self) -> None:
        self.pemda = Pemda.objects.create(jenis="kabupaten", nama="Kabupaten Uji Coba", slug="kabupaten-uji-coba")
        self.pd = PerangkatDaerah.objects.create(pemda=self.pemda, nama="Kecamatan Sukamaju", slug="sukamaju")
        self.desa = [Kelurahan.objects.create(pd=self.pd, jenis="desa", nama=nama, urutan=i)
                     for i, nama in enumerate(["Sukamaju", "Mekarsari"], start=1)]
        self.seksi = UnitKerja.objects.create(pd=self.pd, jenis="seksi", nama="Seksi Pelayanan Umum")
        self.operator = self._client("operator-sukamaju", Akses(peran="operator", pd=self.pd))
        self.admin_pemda = self._client("admin-uji-coba", Akses(peran="admin_pemda", pemda=self.pemda))

    @staticmethod
    def _client(username: str, akses: Akses) -> Client:
        user = User.objects.create_user(username=username, password="rahasia-uji-123")
        akses.user = user
        akses.save()
        client = Client()
        client.force_login(user)
        return client


@pytest.fixture
def dunia() -> Dunia:
    return Dunia()


def post(client: Client, name: str, args: list, data: dict, query: str = "") -> str:
    """POST a form; a success redirects (302), a refusal shows the page again (200): return its HTML."""
    response = client.post(reverse(f"planning:{name}", args=args) + query, data)
    assert response.status_code in (200, 302), (name, response.status_code)
    return response.content.decode() if response.status_code == 200 else response["Location"]


def saved(client: Client, name: str, args: list, data: dict, query: str = "") -> str:
    response = client.post(reverse(f"planning:{name}", args=args) + query, data)
    assert response.status_code == 302, _errors(response.content.decode())
    return response["Location"]


def _errors(html: str) -> list[str]:
    return re.findall(r'<ul class="errorlist"[^>]*>(.*?)</ul>', html, re.S)


def field_error(html: str, field: str) -> str:
    """The error text shown on one field of planning/form.html."""
    match = re.search(rf'<div class="field" id="field-{field}">(.*?)</div>\s*(?=<div class="field"|<p><button)',
                      html, re.S)
    assert match, f"no field {field}"
    return " ".join(re.sub(r"<[^>]+>", " ", e) for e in _errors(match.group(1)))


def indikator(nama: str, satuan: str, targets: dict[int, str], **aturan: str) -> dict:
    return {"nama": nama, "satuan": satuan, **ATURAN, **aturan,
            **{f"target_{tahun}": teks for tahun, teks in targets.items()}}


def bangun_renstra(dunia: Dunia) -> tuple[Renstra, Sasaran]:
    op = dunia.operator
    html = op.get(reverse("planning:tree", args=["sukamaju"])).content.decode()
    assert "Buat Renstra" in html and "Tambah program" in html  # a PD with nothing: where to start
    lokasi = saved(op, "renstra_tambah", ["sukamaju"],
                   {"tahun_mulai": 2025, "tahun_selesai": 2026, "tahun_kondisi_awal": 2024, "keterangan": ""})
    renstra = Renstra.objects.get(pd=dunia.pd)
    assert lokasi == reverse("planning:renstra", args=[renstra.pk])
    saved(op, "tujuan_tambah", [renstra.pk], {"nama": "Meningkatnya kualitas pelayanan kecamatan"})
    tujuan = Tujuan.objects.get(renstra=renstra)
    saved(op, "sasaran_tambah", [tujuan.pk], {"nama": "Meningkatnya kepuasan dan partisipasi masyarakat"})
    sasaran = Sasaran.objects.get(tujuan=tujuan)
    pj = {"penanggung_jawab": [f"unit-{dunia.seksi.pk}"], "definisi": "Bagian pengaduan yang belum selesai.",
          "formula": "Pengaduan tidak tertangani / seluruh pengaduan × 100%", "sumber_data": "Buku register pengaduan"}
    for level, owner, data in [
        ("sasaran", sasaran, indikator("Persentase pengaduan yang tidak tertangani", "%", {2025: "10", 2026: "7,5"},
                                       polaritas="negatif", rumus_negatif="bagi", kondisi_awal_teks="12,5", **pj)),
        ("sasaran", sasaran, indikator("Persentase desa berkategori maju", "%", {2025: "80–90", 2026: "85 s.d. 95"})),
        ("sasaran", sasaran, indikator("Nilai SAKIP kecamatan", "Nilai", {2025: "BB (75,00)", 2026: "A (80,50)"},
                                       peran="nilai_sakip", frekuensi="tahun")),
        ("sasaran", sasaran, indikator("Jumlah dokumen kependudukan yang diterbitkan", "Dokumen",
                                       {2025: "1.200", 2026: "1.350"}, akumulasi="jumlah", cara_isi="triwulan")),
        ("tujuan", tujuan, indikator("Indeks kepuasan masyarakat", "Indeks", {2025: "85,5", 2026: "86"},
                                     akumulasi="rata_rata", peran="ikm", frekuensi="semester")),
    ]:
        saved(op, "indikator_add", [level, owner.pk], data)
    return renstra, sasaran


def test_a_new_kecamatan_builds_its_renstra_through_the_screens(dunia):
    renstra, sasaran = bangun_renstra(dunia)
    rows = {i.nama: i for i in Indikator.objects.filter(pd=dunia.pd)}
    assert len(rows) == 5 and all(i.pemda_id == dunia.pemda.pk for i in rows.values())

    negatif = rows["Persentase pengaduan yang tidak tertangani"]
    assert (negatif.polaritas, negatif.rumus_negatif, negatif.kondisi_awal, negatif.kondisi_awal_teks) == \
        ("negatif", "bagi", Decimal("12.5"), "12,5")
    assert [pj.unit for pj in negatif.penanggung_jawab.all()] == [dunia.seksi]

    def target(nama: str, tahun: int) -> tuple:
        t = Target.objects.get(indikator=rows[nama], tahun=tahun)
        return t.nilai, t.nilai_atas, t.teks

    assert target("Persentase pengaduan yang tidak tertangani", 2026) == (Decimal("7.5"), None, "7,5")
    assert target("Persentase desa berkategori maju", 2025) == (Decimal(80), Decimal(90), "80–90")
    assert target("Persentase desa berkategori maju", 2026) == (Decimal(85), Decimal(95), "85 s.d. 95")
    assert target("Nilai SAKIP kecamatan", 2025) == (Decimal(75), None, "BB (75,00)")
    assert target("Jumlah dokumen kependudukan yang diterbitkan", 2025) == (Decimal(1200), None, "1.200")
    assert target("Indeks kepuasan masyarakat", 2025) == (Decimal("85.5"), None, "85,5")

    jumlah = rows["Jumlah dokumen kependudukan yang diterbitkan"]
    assert (jumlah.akumulasi, jumlah.cara_isi) == ("jumlah", "triwulan")
    ikm = rows["Indeks kepuasan masyarakat"]
    assert (ikm.level, ikm.akumulasi, ikm.peran, ikm.frekuensi) == ("tujuan", "rata_rata", "ikm", "semester")
    sakip = rows["Nilai SAKIP kecamatan"]
    assert (sakip.level, sakip.peran, sakip.frekuensi) == ("sasaran", "nilai_sakip", "tahun")

    page = dunia.operator.get(reverse("planning:renstra", args=[renstra.pk])).content.decode()
    for text in ("80–90", "BB (75,00)", "1.200", "Negatif (makin rendah makin baik)", "Rata-rata triwulan",
                 "Nilai SAKIP (hasil evaluasi Inspektorat)", "Seksi Pelayanan Umum"):
        assert text in page, text


def test_the_renstra_refuses_on_the_field(dunia):
    renstra, sasaran = bangun_renstra(dunia)
    op = dunia.operator
    ind = Indikator.objects.get(pd=dunia.pd, nama="Persentase desa berkategori maju")
    html = post(op, "target_tahun", [ind.pk], {"tahun": 2027, "nilai": "90"})
    assert "Tahun 2027 di luar periode indikator ini (2025–2026)." in field_error(html, "tahun")
    assert not Target.objects.filter(indikator=ind, tahun=2027).exists()

    html = post(op, "indikator_edit", [ind.pk], {**indikator(ind.nama, "%", {2026: "sembilan puluh"})})
    assert "bukan angka" in field_error(html, "target_2026")
    assert Target.objects.get(indikator=ind, tahun=2026).teks == "85 s.d. 95"

    html = post(op, "renstra_tambah", ["sukamaju"], {"tahun_mulai": 2026, "tahun_selesai": 2030})
    assert "bertumpang tindih" in field_error(html, "tahun_mulai")
    html = post(op, "renstra_ubah", [renstra.pk], {"tahun_mulai": 2025, "tahun_selesai": 2025})
    assert "memiliki target tahun 2026, di luar periode 2025–2025" in field_error(html, "tahun_selesai")
    renstra.refresh_from_db()
    assert renstra.tahun_selesai == 2026

    html = post(op, "indikator_add", ["sasaran", sasaran.pk],
                indikator("IKM kedua", "Indeks", {}, peran="nilai_sakip"))
    assert "sudah memiliki indikator sasaran dengan peran Nilai SAKIP" in field_error(html, "peran")


def test_the_iku_of_a_new_kecamatan(dunia, capfdbinary):
    renstra, sasaran = bangun_renstra(dunia)
    op = dunia.operator
    lokasi = saved(op, "iku_tambah", ["sukamaju"],
                   {"renstra": renstra.pk, "tahun_mulai": 2025, "tahun_selesai": 2026, "tanggal": "", "tempat": ""})
    iku = Iku.objects.get(pd=dunia.pd)
    assert lokasi == reverse("planning:iku_atur", args=[iku.pk])
    for nama in ("Indeks kepuasan masyarakat", "Persentase pengaduan yang tidak tertangani"):
        saved(op, "iku_atur", [iku.pk], {"indikator": Indikator.objects.get(pd=dunia.pd, nama=nama).pk})
    assert list(iku.entri.values_list("indikator__nama", "urutan")) == [
        ("Indeks kepuasan masyarakat", 1), ("Persentase pengaduan yang tidak tertangani", 2)]
    assert Indikator.objects.get(pd=dunia.pd, nama="Indeks kepuasan masyarakat").is_iku

    # the second row first
    kedua = iku.entri.get(urutan=2)
    saved(op, "geser", ["iku_entri", kedua.pk], {"arah": "naik"})
    assert list(iku.entri.order_by("urutan").values_list("indikator__nama", flat=True)) == [
        "Persentase pengaduan yang tidak tertangani", "Indeks kepuasan masyarakat"]

    html = op.get(reverse("planning:iku", args=["sukamaju", 2025])).content.decode()
    for text in ("KECAMATAN SUKAMAJU KABUPATEN UJI COBA", "Buku register pengaduan", "Seksi Pelayanan Umum",
                 "Definisi Operasional : Bagian pengaduan yang belum selesai.", "7,5"):
        assert text in html, text
    call_command("iku", unit="sukamaju", year=2026)
    data = json.loads(capfdbinary.readouterr().out)
    assert [r["nama"] for r in data["indikator"]] == ["Persentase pengaduan yang tidak tertangani",
                                                      "Indeks kepuasan masyarakat"]
    assert data["indikator"][0]["target_teks"] == {"2025": "10", "2026": "7,5"}
    assert data["indikator"][0]["penanggung_jawab"] == "Seksi Pelayanan Umum"
    assert data["indikator_tujuan"] == ["Indeks kepuasan masyarakat"]


def test_the_year_tree_of_a_new_kecamatan_and_starting_the_next_year(dunia):
    renstra, sasaran = bangun_renstra(dunia)
    op = dunia.operator
    html = op.get(reverse("planning:tree", args=["sukamaju"]) + "?tahun=2025").content.decode()
    assert "Tambah program tahun 2025" in html and "Mulai tahun" not in html

    saved(op, "program_add", ["sukamaju"], {"nomenklatur": Nomenklatur.objects.get(kode="7.01.02").pk, "tahun": 2025,
                                            "sasaran": [sasaran.pk]}, query="?tahun=2025")
    program = Program.objects.get(pd=dunia.pd, tahun=2025)
    assert list(program.sasaran.all()) == [sasaran]
    saved(op, "kegiatan_tambah", [program.pk], {"nomenklatur": "7.01.02.2.01"})
    kegiatan = Kegiatan.objects.get(program=program)
    saved(op, "sub_kegiatan_tambah", [kegiatan.pk], {"nomenklatur": "7.01.02.2.01.0002"})
    sub = SubKegiatan.objects.get(kegiatan=kegiatan)
    for level, owner, data in [
        ("program", program, indikator("Persentase layanan pemerintahan tepat waktu", "%", {2025: "95"})),
        ("kegiatan", kegiatan, indikator("Jumlah rapat koordinasi", "Kali", {2025: "12"}, akumulasi="jumlah",
                                         cara_isi="triwulan")),
        ("sub_kegiatan", sub, indikator("Jumlah desa yang dibina", "Desa", {2025: "2"}, frekuensi="semester",
                                        penanggung_jawab=[f"unit-{dunia.seksi.pk}"])),
    ]:
        saved(op, "indikator_add", [level, owner.pk], data)
    for desa in dunia.desa:
        saved(op, "lokasi", [sub.pk], {"kelurahan": desa.pk})
    assert [lok.kelurahan for lok in Lokasi.objects.filter(sub_kegiatan=sub)] == dunia.desa
    assert Target.objects.get(indikator__kegiatan=kegiatan, tahun=2025).nilai == Decimal(12)

    html = op.get(reverse("planning:tree", args=["sukamaju"]) + "?tahun=2025").content.decode()
    for text in ("7.01.02.2.01.0002", "Jumlah rapat koordinasi", "Sukamaju, Mekarsari", "Mulai tahun 2026"):
        assert text in html, text

    assert "2 lokasi" in op.get(reverse("planning:mulai_tahun", args=["sukamaju", 2026])).content.decode()
    saved(op, "mulai_tahun", ["sukamaju", 2026], {})
    baru = Program.objects.get(pd=dunia.pd, tahun=2026)
    assert baru.pk != program.pk and baru.nomenklatur.kode == "7.01.02"
    assert list(baru.sasaran.all()) == [sasaran]  # the Renstra 2025–2026 covers 2026
    keg = Kegiatan.objects.get(program=baru)
    sub_baru = SubKegiatan.objects.get(kegiatan=keg)
    assert (keg.nomenklatur.kode, sub_baru.nomenklatur.kode) == ("7.01.02.2.01", "7.01.02.2.01.0002")
    assert [lok.kelurahan for lok in Lokasi.objects.filter(sub_kegiatan=sub_baru)] == dunia.desa
    salinan = Indikator.objects.get(kegiatan=keg)
    assert (salinan.nama, salinan.satuan, salinan.akumulasi, salinan.cara_isi) == \
        ("Jumlah rapat koordinasi", "Kali", "jumlah", "triwulan")
    sub_ind = Indikator.objects.get(sub_kegiatan=sub_baru)
    assert (sub_ind.frekuensi, [pj.unit for pj in sub_ind.penanggung_jawab.all()]) == ("semester", [dunia.seksi])
    # a program-tree target belongs to its year: the copies start without one; 2025 keeps its own
    assert not Target.objects.filter(indikator__pd=dunia.pd, tahun=2026, indikator__program__isnull=False).exists()
    assert not Target.objects.filter(indikator__pd=dunia.pd, tahun=2026, indikator__kegiatan__isnull=False).exists()
    assert Target.objects.filter(indikator__pd=dunia.pd, tahun=2025).count() == 5 + 3
    # the Renstra's sasaran targets of 2026 are where they were
    assert Target.objects.get(indikator__sasaran=sasaran, indikator__nama="Persentase desa berkategori maju",
                              tahun=2026).nilai_atas == Decimal(95)

    # once is enough
    html = post(op, "mulai_tahun", ["sukamaju", 2026], {})
    assert "Tahun 2026 sudah memiliki program" in html
    assert Program.objects.filter(pd=dunia.pd, tahun=2026).count() == 1
    html = post(op, "mulai_tahun", ["sukamaju", 2028], {})
    assert "Belum ada program tahun 2027 untuk disalin" in html


def test_the_program_tree_refuses_with_the_reason(dunia):
    renstra, sasaran = bangun_renstra(dunia)
    op = dunia.operator
    saved(op, "program_add", ["sukamaju"], {"nomenklatur": Nomenklatur.objects.get(kode="7.01.02").pk, "tahun": 2025},
          query="?tahun=2025")
    program = Program.objects.get(pd=dunia.pd, tahun=2025)
    saved(op, "kegiatan_tambah", [program.pk], {"nomenklatur": "7.01.02.2.01"})
    kegiatan = Kegiatan.objects.get(program=program)

    html = post(op, "kegiatan_tambah", [program.pk], {"nomenklatur": "7.01.02.2.01"})
    assert "Kegiatan 7.01.02.2.01 sudah ada pada program ini." in field_error(html, "nomenklatur")
    html = post(op, "kegiatan_tambah", [program.pk], {"nomenklatur": "7.01.03.2.01"})
    assert "Kegiatan 7.01.03.2.01 bukan bagian dari program 7.01.02." in field_error(html, "nomenklatur")
    html = post(op, "sub_kegiatan_tambah", [kegiatan.pk], {"nomenklatur": "7.01.03.2.01.0001"})
    assert "Sub kegiatan 7.01.03.2.01.0001 bukan bagian dari kegiatan 7.01.02.2.01." in field_error(html, "nomenklatur")
    html = post(op, "sub_kegiatan_tambah", [kegiatan.pk], {"nomenklatur": "9.99"})
    assert "Kode “9.99” tidak ada dalam nomenklatur sub kegiatan." in field_error(html, "nomenklatur")
    html = post(op, "program_add", ["sukamaju"], {"nomenklatur": program.nomenklatur_id, "tahun": 2025},
                query="?tahun=2025")
    assert "Program dengan kode ini sudah ada pada tahun tersebut." in field_error(html, "nomenklatur")
    assert Kegiatan.objects.filter(program=program).count() == 1

    saved(op, "sub_kegiatan_tambah", [kegiatan.pk], {"nomenklatur": "7.01.02.2.01.0001"})
    sub = SubKegiatan.objects.get(kegiatan=kegiatan)
    saved(op, "lokasi", [sub.pk], {"kelurahan": ""})  # the kecamatan itself
    html = post(op, "lokasi", [sub.pk], {"kelurahan": ""})
    assert "Lokasi Tingkat kecamatan sudah ada pada sub kegiatan ini." in html

    # nothing may hang below a removed row; a row's own lokasi and indicators go with it
    html = post(op, "hapus", ["program", program.pk], {})
    assert "tidak dapat dihapus karena masih ada 1 kegiatan, 1 sub kegiatan, 1 lokasi di bawahnya" in html
    assert Program.objects.filter(pk=program.pk).exists()
    saved(op, "hapus", ["sub_kegiatan", sub.pk], {})
    assert not Lokasi.objects.filter(pd=dunia.pd).exists()
    saved(op, "hapus", ["kegiatan", kegiatan.pk], {})
    saved(op, "hapus", ["program", program.pk], {})
    assert not Program.objects.filter(pd=dunia.pd).exists()
    html = post(op, "hapus", ["sasaran", sasaran.pk], {})
    assert "tidak dapat dihapus karena masih ada 4 indikator" in html and "8 target" in html


def test_the_suggestions_of_the_nomenclature(dunia):
    html = dunia.operator.get(reverse("planning:nomenklatur_cari", args=["sub_kegiatan"]),
                              {"induk": "7.01.02.2.01", "nomenklatur": "efektif"}).content.decode()
    assert 'value="7.01.02.2.01.0002"' in html and "7.01.02.2.01.0001" not in html
    html = dunia.operator.get(reverse("planning:nomenklatur_cari", args=["kegiatan"]), {"q": "7.01.03"}).content.decode()
    assert 'value="7.01.03.2.01"' in html and "7.01.02" not in html


def test_the_rpjmd_of_a_new_pemda_and_the_renstra_linking_to_it(dunia):
    renstra, sasaran = bangun_renstra(dunia)
    admin = dunia.admin_pemda
    assert dunia.operator.get(reverse("planning:rpjmd_tambah", args=["kabupaten-uji-coba"])).status_code == 403
    assert admin.get(reverse("planning:renstra_tambah", args=["sukamaju"])).status_code == 403
    assert "Belum ada RPJMD" in admin.get(reverse("planning:rpjmd_daftar", args=["kabupaten-uji-coba"])).content.decode()

    saved(admin, "rpjmd_tambah", ["kabupaten-uji-coba"],
          {"tahun_mulai": 2025, "tahun_selesai": 2029, "visi": "Kabupaten Uji Coba yang maju dan sejahtera"})
    rpjmd = Rpjmd.objects.get(pemda=dunia.pemda)
    saved(admin, "rpjmd_item_tambah", ["misi", rpjmd.pk], {"nomor": "", "nama": "Meningkatkan pelayanan publik"})
    misi = Misi.objects.get(rpjmd=rpjmd)
    assert misi.nomor == 1
    saved(admin, "rpjmd_item_tambah", ["tujuan", misi.pk], {"nama": "Meningkatnya kualitas pelayanan publik"})
    tujuan = TujuanRpjmd.objects.get(misi=misi)
    saved(admin, "rpjmd_item_tambah", ["sasaran", tujuan.pk], {"nama": "Meningkatnya kepuasan masyarakat"})
    sasaran_rpjmd = SasaranRpjmd.objects.get(tujuan=tujuan)
    saved(admin, "rpjmd_item_tambah", ["indikator_sasaran", sasaran_rpjmd.pk],
          {"nama": "Indeks kepuasan masyarakat kabupaten", "satuan": "Indeks", "target_2025": "80–90",
           "target_2029": "B (82,00)"})
    ind = IndikatorRpjmd.objects.get(sasaran=sasaran_rpjmd)
    assert [(t.tahun, t.nilai, t.nilai_atas, t.teks) for t in TargetRpjmd.objects.filter(indikator=ind)] == [
        (2025, Decimal(80), Decimal(90), "80–90"), (2029, Decimal(82), None, "B (82,00)")]
    html = post(admin, "rpjmd_item_tambah", ["misi", rpjmd.pk], {"nomor": 1, "nama": "Misi lain"})
    assert "Misi nomor 1 sudah ada pada RPJMD ini." in field_error(html, "nomor")
    html = post(admin, "rpjmd_ubah", [rpjmd.pk], {"tahun_mulai": 2025, "tahun_selesai": 2028, "visi": "Visi"})
    assert "memiliki target tahun 2029" in field_error(html, "tahun_selesai")
    page = dunia.operator.get(reverse("planning:rpjmd", args=[rpjmd.pk])).content.decode()
    assert "B (82,00)" in page and "Meningkatnya kepuasan masyarakat" in page and "+ Tambah misi" not in page
    html = post(admin, "rpjmd_item_hapus", ["tujuan", tujuan.pk], {})
    assert "tidak dapat dihapus karena masih ada 1 sasaran RPJMD, 1 indikator RPJMD, 2 target RPJMD" in html

    # the operator links the Renstra, its tujuan and sasaran up to it
    op = dunia.operator
    saved(op, "renstra_ubah", [renstra.pk], {"tahun_mulai": 2025, "tahun_selesai": 2026, "rpjmd": rpjmd.pk})
    tujuan_pd = Tujuan.objects.get(renstra=renstra)
    saved(op, "tujuan_ubah", [tujuan_pd.pk], {"nama": tujuan_pd.nama, "misi": misi.pk, "tujuan_rpjmd": tujuan.pk})
    saved(op, "sasaran_edit", [sasaran.pk], {"nama": sasaran.nama, "sasaran_rpjmd": sasaran_rpjmd.pk})
    renstra.refresh_from_db()
    tujuan_pd.refresh_from_db()
    sasaran.refresh_from_db()
    assert (renstra.rpjmd, tujuan_pd.misi, tujuan_pd.tujuan_rpjmd, sasaran.sasaran_rpjmd) == \
        (rpjmd, misi, tujuan, sasaran_rpjmd)
    html = op.get(reverse("planning:tree", args=["sukamaju"]) + "?tahun=2025").content.decode()
    assert "Misi I" in html and "Kabupaten Uji Coba yang maju dan sejahtera" in html

    # a pemda's RPJMD is not another pemda's to link
    wonoasih = Rpjmd.objects.get(pemda__slug="kota-probolinggo")
    html = post(op, "renstra_ubah", [renstra.pk], {"tahun_mulai": 2025, "tahun_selesai": 2026, "rpjmd": wonoasih.pk})
    assert "RPJMD ini bukan RPJMD pemda Anda." in field_error(html, "rpjmd")


def test_reordering_and_removing_renstra_rows(dunia):
    renstra, sasaran = bangun_renstra(dunia)
    op = dunia.operator
    names = list(Indikator.objects.filter(sasaran=sasaran).order_by("urutan").values_list("nama", flat=True))
    last = Indikator.objects.get(sasaran=sasaran, nama=names[-1])
    saved(op, "geser", ["indikator", last.pk], {"arah": "naik"})
    assert list(Indikator.objects.filter(sasaran=sasaran).order_by("urutan").values_list("nama", flat=True)) == \
        [*names[:-2], names[-1], names[-2]]
    saved(op, "hapus", ["indikator", last.pk], {})
    assert not Indikator.objects.filter(pk=last.pk).exists() and not Target.objects.filter(indikator_id=last.pk).exists()
    saved(op, "sasaran_tambah", [sasaran.tujuan_id], {"nama": "Sasaran kedua"})
    kedua = Sasaran.objects.get(nama="Sasaran kedua")
    saved(op, "geser", ["sasaran", kedua.pk], {"arah": "naik"})
    assert list(Sasaran.objects.filter(tujuan=sasaran.tujuan).order_by("urutan")) == [kedua, sasaran]
    saved(op, "hapus", ["sasaran", kedua.pk], {})
    assert list(Sasaran.objects.filter(tujuan=sasaran.tujuan)) == [sasaran]


def test_other_users_cannot_write_the_new_kecamatan(dunia, login):
    renstra, sasaran = bangun_renstra(dunia)
    other = login("operator-wonoasih")
    assert other.get(reverse("planning:renstra", args=[renstra.pk])).status_code == 404
    assert other.post(reverse("planning:tujuan_tambah", args=[renstra.pk]), {"nama": "x"}).status_code == 404
    assert other.post(reverse("planning:mulai_tahun", args=["sukamaju", 2026])).status_code == 404
    # the pemda's admin reads the kecamatan's planning but changes none of it
    assert dunia.admin_pemda.get(reverse("planning:renstra", args=[renstra.pk])).status_code == 200
    assert dunia.admin_pemda.post(reverse("planning:tujuan_tambah", args=[renstra.pk]), {"nama": "x"}).status_code == 403
    assert Tujuan.objects.filter(renstra=renstra).count() == 1
