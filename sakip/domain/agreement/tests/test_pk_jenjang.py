"""The PK berjenjang of the demo's Wonoasih 2024: the PK of the Sekretaris and of each Kasi with the Camat, drafted
from the pohon kinerja (owners set in ``composite/demo/pohon.py``), versioned and locked with the PD's PK of the
year, in Word and PDF with the lower level's parties.

Counts by hand from the demo's tree 2024 (``sakip pohon --unit wonoasih --period 2019-2024``; every program,
kegiatan and sub kegiatan there carries exactly one indicator):

- Sekretaris: program 7.01.01 (owned by the post) 1 + its 8 kegiatan (owned by the Subbagian Program dan Keuangan
  and the Subbagian Tata Usaha, units under the Sekretariat without a Kasubag post of their own) 8 + their 17 sub
  kegiatan (1 + 2 + 1 + 1 + 5 + 1 + 2 + 4) 17 = 26 indicators;
- Kasi Pelayanan: program 7.01.02 + kegiatan 7.01.02.2.02 + its sub kegiatan = 3;
- Kasi Pemerintahan: kegiatan 7.01.02.2.01 + its sub kegiatan = 2 (the program is the Kasi Pelayanan's);
- Kasi Ketentraman dan Ketertiban: program 7.01.05 + 1 kegiatan + 1 sub kegiatan = 3;
- Kasi Pemberdayaan Masyarakat: program 7.01.03 + 2 kegiatan + 4 sub kegiatan (3 + 1) = 7.

Intermediate nodes (``composite/demo/pohon.py: ANTARA``, one indicator each) add to these: the Sekretaris's sasaran
program under 7.01.01 (26 + 1 = 27), the Kasi Pemberdayaan Masyarakat's under 7.01.03 (7 + 1 = 8), and the sasaran
kegiatan of the Kasi Pelayanan pada Kelurahan Sumber Taman (a sixth post, owning that node only: 1). The demo's PK
2024 promise planning indicators only (the intermediate node's target is text), so the sixth post has none.
"""

from __future__ import annotations

import datetime
import io
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db.models import Count
from django.urls import reverse

from sakip.core.scoping import Scope
from sakip.domain.agreement import services
from sakip.domain.agreement.dokumen import PK, build_pk
from sakip.domain.agreement.models import PerjanjianKinerja, TargetPk
from sakip.domain.agreement.selectors import draf_pk_jenjang, jenjang_pk
from sakip.domain.kaskade.models import IndikatorAntara
from sakip.domain.organisation.models import Jabatan, PerangkatDaerah
from sakip.domain.planning.models import Indikator

pytestmark = pytest.mark.django_db

CAMAT, SEKRETARIS = "DEUS NAWANDI, S.STP, M.Si", "HENDRA WIJAYA, S.STP., M.Si."  # the second invented by the demo


def _wonoasih() -> PerangkatDaerah:
    return PerangkatDaerah.objects.get(slug="wonoasih")


def _jabatan(nama: str) -> Jabatan:
    return Jabatan.objects.get(pd__slug="wonoasih", nama=nama)


def _antara(nama: str) -> IndikatorAntara:
    return IndikatorAntara.objects.get(pd__slug="wonoasih", nama__startswith=nama)


def _jenjang(nama: str):
    return next(j for j in jenjang_pk(Scope.system(), _wonoasih(), 2024) if j.jabatan.nama == nama)


def test_the_posts_below_the_camat_and_how_many_indicators_each_owns():
    jenjang = jenjang_pk(Scope.system(), _wonoasih(), 2024)
    assert {j.jabatan.nama: len(j.indikator) for j in jenjang} == {
        "Sekretaris": 26, "Kepala Seksi Ketentraman dan Ketertiban": 3, "Kepala Seksi Pelayanan": 3,
        "Kepala Seksi Pemberdayaan Masyarakat": 7, "Kepala Seksi Pemerintahan": 2,
        "Kepala Seksi Pelayanan pada Kelurahan Sumber Taman": 0}
    assert {j.jabatan.nama: len(j.semua_indikator) for j in jenjang} == {
        "Sekretaris": 27, "Kepala Seksi Ketentraman dan Ketertiban": 3, "Kepala Seksi Pelayanan": 3,
        "Kepala Seksi Pemberdayaan Masyarakat": 8, "Kepala Seksi Pemerintahan": 2,
        "Kepala Seksi Pelayanan pada Kelurahan Sumber Taman": 1}


def test_the_draft_of_the_sekretaris_holds_exactly_the_indicators_of_its_nodes():
    draf = draf_pk_jenjang(Scope.system(), _wonoasih(), 2024, _jenjang("Sekretaris"))
    assert len(draf.target) == 27
    program = Indikator.objects.get(program__pd__slug="wonoasih", program__tahun=2024,
                                    program__nomenklatur__kode="7.01.01")
    kegiatan = Indikator.objects.filter(kegiatan__program=program.program)
    sub = Indikator.objects.filter(sub_kegiatan__kegiatan__program=program.program)
    assert (kegiatan.count(), sub.count()) == (8, 17)
    assert {r.indikator.pk for r in draf.target if not r.antara} == {
        program.pk, *kegiatan.values_list("pk", flat=True), *sub.values_list("pk", flat=True)}
    # the intermediate node under the program (the tree lists it before the kegiatan), its target as written there
    antara = draf.target[1]
    assert antara.antara and antara.indikator == _antara("Persentase layanan administrasi perkantoran")
    assert (antara.asal, antara.awal, antara.sumber, antara.kunci) == (
        "Pohon kinerja", "100", None, f"antara-{antara.indikator.pk}")
    assert antara.sasaran == "Sasaran program Meningkatnya kualitas layanan administrasi perkantoran kecamatan"
    first = draf.target[0]
    assert first.indikator == program and first.asal == "Pohon kinerja" and first.awal == "100"
    assert first.sasaran.startswith("PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH")
    assert draf.anggaran == () and draf.jenjang == _jabatan("Sekretaris")


def test_the_demo_pk_2024_of_each_post_promises_its_nodes_targets():
    pk = PerjanjianKinerja.semua.get(pd__slug="wonoasih", tahun=2024, jenjang__nama="Sekretaris")
    assert (pk.nomor, pk.tanggal, pk.jabatan_pihak_kedua.nama) == (1, datetime.date(2024, 1, 2), "Camat Wonoasih")
    assert pk.target.count() == 26
    # sub kegiatan "Penyediaan Bahan Bacaan dan Peraturan Perundang-undangan": 552 dokumen in the seed's 2024 plan
    bacaan = pk.target.get(indikator__sub_kegiatan__nomenklatur__nama__startswith="Penyediaan Bahan Bacaan")
    assert bacaan.nilai == Decimal(552)
    counts = dict(PerjanjianKinerja.semua.filter(pd__slug="wonoasih", tahun=2024, jenjang__isnull=False)
                  .values_list("jenjang__nama").annotate(n=Count("target")))
    assert counts == {"Sekretaris": 26, "Kepala Seksi Ketentraman dan Ketertiban": 3, "Kepala Seksi Pelayanan": 3,
                      "Kepala Seksi Pemberdayaan Masyarakat": 7, "Kepala Seksi Pemerintahan": 2}


def test_the_camats_pk_is_what_it_was():
    """Every reader of "the PD's PK" (PerjanjianKinerja.objects) sees the Camat's three versions only."""
    assert PerjanjianKinerja.objects.filter(pd__slug="wonoasih", tahun=2024).count() == 3
    assert PerjanjianKinerja.semua.filter(pd__slug="wonoasih", tahun=2024).count() == 8
    assert [v["nomor"] for v in build_pk(Scope.system(), "wonoasih", 2024).as_json()["versi"]] == [1, 2, 3]


@pytest.mark.usefixtures("alur_terbuka")
def test_a_target_of_another_posts_node_is_refused_naming_it():
    pd, sekretaris = _wonoasih(), _jabatan("Sekretaris")
    ikm = Indikator.objects.get(program__pd=pd, program__tahun=2024, program__nomenklatur__kode="7.01.02")
    sendiri = Indikator.objects.get(program__pd=pd, program__tahun=2024, program__nomenklatur__kode="7.01.01")
    target = (services.IsianTarget(sendiri, Decimal(100), None, ""), services.IsianTarget(ikm, Decimal(95), None, ""))
    with pytest.raises(ValidationError) as info:
        services.buat_versi(Scope.system(), pd=pd, tahun=2024, jenjang=sekretaris, isian=services.IsianPk(
            tanggal=datetime.date(2024, 7, 1), alasan="strategi", target=target))
    assert info.value.message_dict == {f"target_{ikm.pk}": [
        "Indikator “Indeks Kepuasan Masyarakat (IKM)” bukan indikator simpul pohon kinerja 2024 milik Sekretaris; "
        "PK jenjang ini hanya memuat indikator simpul miliknya."]}
    assert PerjanjianKinerja.semua.filter(pd=pd, tahun=2024, jenjang=sekretaris).count() == 1


@pytest.mark.usefixtures("alur_terbuka")
def test_a_new_version_through_the_screen_numbers_per_post(login):
    client = login("operator-wonoasih")
    sekretaris = _jabatan("Sekretaris")
    url = reverse("agreement:pk_jenjang_versi_baru", args=["wonoasih", 2024, sekretaris.pk])
    form = client.get(url)
    assert form.status_code == 200 and "Simpul pohon kinerja" in form.content.decode()
    data = {bf.html_name: "" if bf.value() is None else str(bf.value()) for bf in form.context["form"]}
    program = Indikator.objects.get(program__pd__slug="wonoasih", program__tahun=2024,
                                    program__nomenklatur__kode="7.01.01")
    data.update({"tanggal": "2024-07-01", "alasan": "strategi", f"target_{program.pk}": "95", "simpan": "1"})
    saved = client.post(url, data)
    assert saved.status_code == 302
    assert saved["Location"] == reverse("agreement:pk_jenjang", args=["wonoasih", 2024, sekretaris.pk]) + "?versi=2"
    v2 = PerjanjianKinerja.semua.get(pd__slug="wonoasih", tahun=2024, jenjang=sekretaris, nomor=2)
    # 26 planning indicators and the intermediate node's, its target “100” parsed from the tree
    assert v2.target.count() == 27 and v2.target.get(indikator=program).nilai == Decimal(95)
    assert v2.target.get(indikator_antara=_antara("Persentase layanan administrasi perkantoran")).nilai == 100
    assert PerjanjianKinerja.objects.filter(pd__slug="wonoasih", tahun=2024).count() == 3  # the Camat's: 3 still
    page = client.get(saved["Location"]).content.decode()
    assert "Perubahan dari versi 1 ke versi 2" in page and "PK berjenjang: Sekretaris" in page


def test_the_approved_pk_of_the_year_locks_every_level(login):
    client = login("operator-wonoasih")
    sekretaris = _jabatan("Sekretaris")
    url = reverse("agreement:pk_jenjang_ubah", args=["wonoasih", 2024, sekretaris.pk])
    form = client.get(url)
    assert "disetujui dan terkunci" in form.content.decode() and "Simpan PK" not in form.content.decode()
    pk = PerjanjianKinerja.semua.get(pd__slug="wonoasih", tahun=2024, jenjang=sekretaris)
    with pytest.raises(ValidationError, match="terkunci"):
        services.ubah_pk(Scope.system(), pk=pk, isian=services.IsianPk(
            tanggal=pk.tanggal, target=(services.IsianTarget(TargetPk.objects.filter(perjanjian=pk).first().indikator,
                                                              Decimal(1), None, ""),)))
    listing = client.get(reverse("agreement:pk_jenjang_daftar", args=["wonoasih", 2024])).content.decode()
    assert "Disetujui" in listing and "Susun dari pohon kinerja" not in listing and "Kepala Seksi Pemerintahan" in listing


def test_a_post_without_a_holder_on_the_date_is_named():
    """A PK berjenjang's pihak pertama is whoever holds the post on the date: none, refused naming the post."""
    pd = _wonoasih()
    kasubag = Jabatan.objects.create(pemda=pd.pemda, pd=pd, jenis=Jabatan.Jenis.KEPALA_UNIT,
                                     nama="Kepala Subbagian Tata Usaha", unit=pd.unit_kerja.get(nama="Subbagian Tata Usaha"))
    jenjang = _jenjang("Kepala Subbagian Tata Usaha")
    # its 6 kegiatan and their 1 + 1 + 5 + 1 + 2 + 4 sub kegiatan; the Sekretaris keeps program, 2 kegiatan, 3 sub
    assert len(jenjang.indikator) == 6 + 14
    assert len(_jenjang("Sekretaris").indikator) == 1 + 2 + 3
    with pytest.raises(ValidationError) as info:
        services.buat_pk(Scope.system(), pd=pd, tahun=2026, jenjang=kasubag, isian=services.IsianPk(
            tanggal=datetime.date(2026, 1, 5)))
    assert ("Tidak ada pejabat Kepala Subbagian Tata Usaha yang menjabat pada 5 Januari 2026; catat masa jabatannya "
            "lebih dulu (pihak pertama PK).") in info.value.message_dict["tanggal"]


def test_word_and_pdf_carry_the_lower_level_parties():
    from docx import Document
    from pypdf import PdfReader

    dok = build_pk(Scope.system(), "wonoasih", 2024, "sekretaris")
    assert dok.nama_berkas == "PK-wonoasih-2024-sekretaris"
    word = Document(io.BytesIO(PK.berkas(dok, "docx").isi))
    text = "\n".join(p.text for p in word.paragraphs)
    cells = "\n".join(c.text for t in word.tables for r in t.rows for c in r.cells)
    assert "PERJANJIAN KINERJA TAHUN 2024" in text and "SEKRETARIS KECAMATAN WONOASIH" in text
    assert SEKRETARIS in text + cells and CAMAT in text + cells and "Camat Wonoasih" in text + cells
    assert "Wali Kota" not in text + cells  # the kepala daerah signs the Camat's PK, not this one
    assert "SASARAN / PROGRAM / KEGIATAN" in cells and "Jumlah Dokumen Bahan Bacaan" in cells
    pdf = PdfReader(io.BytesIO(PK.berkas(dok, "pdf").isi))
    halaman = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    assert "SEKRETARIS KECAMATAN WONOASIH" in halaman and "HENDRA WIJAYA" in halaman and "DEUS NAWANDI" in halaman
    assert "Selaku atasan pihak pertama" in halaman and "Wali Kota" not in halaman
    assert "PK jenjang" not in halaman and len(pdf.pages) == 3  # statement; lampiran of 26 rows over two pages


def test_the_command_names_an_unknown_post():
    from django.core.management import call_command
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="tidak memiliki jabatan “kepala-dinas” di bawah pimpinan"):
        call_command("pk", unit="wonoasih", year=2024, format="json", jabatan="kepala-dinas")


# --- the indicators of intermediate nodes (SimpulAntara) ------------------------------------------------------

KELURAHAN = "Kepala Seksi Pelayanan pada Kelurahan Sumber Taman"
SIMPUL_KELURAHAN = "Meningkatnya ketepatan waktu pelayanan administrasi di Kelurahan Sumber Taman"
INDIKATOR_KELURAHAN = "Persentase permohonan layanan kelurahan yang selesai sesuai standar waktu"


@pytest.mark.usefixtures("alur_terbuka")
def test_a_post_owning_only_an_intermediate_node_drafts_its_pk_from_it_through_the_screen(login):
    """The kelurahan's Kasi owns one sasaran kegiatan (demo, invented) with one indicator, target “95” (%): its PK
    berjenjang is drafted from it, saved, and printed in every format with that node as the group."""
    client = login("operator-wonoasih")
    kasi = _jabatan(KELURAHAN)
    listing = client.get(reverse("agreement:pk_jenjang_daftar", args=["wonoasih", 2024])).content.decode()
    assert KELURAHAN in listing and SIMPUL_KELURAHAN in listing
    url = reverse("agreement:pk_jenjang_buat", args=["wonoasih", 2024, kasi.pk])
    form = client.get(url)
    ind = _antara(INDIKATOR_KELURAHAN)
    assert f'data-indikator="antara-{ind.pk}" data-antara' in form.content.decode()
    assert form.context["form"][f"target_antara_{ind.pk}"].value() == "95"
    saved = client.post(url, {"tanggal": "2024-07-01", "tempat": "Probolinggo", f"target_antara_{ind.pk}": "95",
                              "simpan": "1"})
    assert saved.status_code == 302, saved.context["form"].errors
    pk = PerjanjianKinerja.semua.get(pd__slug="wonoasih", tahun=2024, jenjang=kasi)
    assert [(t.indikator_id, t.indikator_antara_id, t.nilai) for t in pk.target.all()] == [(None, ind.pk, 95)]

    dok = build_pk(Scope.system(), "wonoasih", 2024, kasi.pk)
    assert dok.as_json()["versi"][0]["sasaran"] == [{
        "nama": f"Sasaran kegiatan {SIMPUL_KELURAHAN}",
        "indikator": [{"nama": INDIKATOR_KELURAHAN, "satuan": "%", "target": 95, "target_teks": "95",
                       "target_renstra": None, "simpul_antara": True}]}]
    page = client.get(saved["Location"]).content.decode()
    assert f"Sasaran kegiatan {SIMPUL_KELURAHAN}" in page and INDIKATOR_KELURAHAN in page

    from docx import Document
    from pypdf import PdfReader

    word = Document(io.BytesIO(PK.berkas(dok, "docx").isi))
    cells = "\n".join(c.text for t in word.tables for r in t.rows for c in r.cells)
    assert f"Sasaran kegiatan {SIMPUL_KELURAHAN}" in cells and INDIKATOR_KELURAHAN in cells and "ASRIYATI" in (
        cells + "\n".join(p.text for p in word.paragraphs))
    pdf = PdfReader(io.BytesIO(PK.berkas(dok, "pdf").isi))
    halaman = " ".join(" ".join((p.extract_text() or "").split()) for p in pdf.pages)
    assert "Persentase permohonan layanan kelurahan" in halaman and "ASRIYATI" in halaman


@pytest.mark.usefixtures("alur_terbuka")
def test_an_intermediate_node_of_another_post_is_refused_naming_the_node_and_its_owner():
    pd, sekretaris = _wonoasih(), _jabatan("Sekretaris")
    sendiri = Indikator.objects.get(program__pd=pd, program__tahun=2024, program__nomenklatur__kode="7.01.01")
    lain = _antara("Persentase lembaga kemasyarakatan kelurahan yang aktif")
    target = (services.IsianTarget(sendiri, Decimal(100), None, ""), services.IsianTarget(lain, Decimal(90), None, ""))
    with pytest.raises(ValidationError) as info:
        services.buat_versi(Scope.system(), pd=pd, tahun=2024, jenjang=sekretaris, isian=services.IsianPk(
            tanggal=datetime.date(2024, 7, 1), alasan="strategi", target=target))
    assert info.value.message_dict == {f"target_antara_{lain.pk}": [
        "Indikator “Persentase lembaga kemasyarakatan kelurahan yang aktif” (simpul antara “Meningkatnya keaktifan "
        "lembaga kemasyarakatan kelurahan”, milik Kepala Seksi Pemberdayaan Masyarakat) bukan indikator simpul pohon "
        "kinerja 2024 milik Sekretaris; PK jenjang ini hanya memuat indikator simpul miliknya."]}


@pytest.mark.usefixtures("alur_terbuka")
def test_the_heads_pk_holds_no_intermediate_indicator_and_a_target_holds_exactly_one():
    camat = PerjanjianKinerja.objects.get(pd__slug="wonoasih", tahun=2024, nomor=3)
    ind = _antara(INDIKATOR_KELURAHAN)
    with pytest.raises(ValidationError) as info:
        TargetPk(perjanjian=camat, indikator_antara=ind, nilai=Decimal(95)).full_clean()
    assert info.value.message_dict["indikator_antara"] == [
        "Indikator simpul antara hanya dimuat dalam PK berjenjang; PK pimpinan memuat indikator sasaran atau tujuan."]
    ikm = TargetPk.objects.filter(perjanjian=camat).first().indikator
    with pytest.raises(ValidationError, match="tepat satu indikator"):
        TargetPk(perjanjian=camat, indikator=ikm, indikator_antara=ind, nilai=Decimal(95)).full_clean()


@pytest.mark.usefixtures("alur_terbuka")
def test_a_promised_intermediate_indicator_keeps_its_target_when_renamed_and_is_not_deleted():
    from sakip.domain.kaskade import services as kaskade

    pd, sekretaris = _wonoasih(), _jabatan("Sekretaris")
    ind = _antara("Persentase layanan administrasi perkantoran")
    pk = services.buat_versi(Scope.system(), pd=pd, tahun=2024, jenjang=sekretaris, isian=services.IsianPk(
        tanggal=datetime.date(2024, 7, 1), alasan="strategi",
        target=(services.IsianTarget(ind, Decimal(100), None, ""),)))
    simpul = ind.simpul
    induk = simpul.induk_id_simpul
    kaskade.simpan_antara(Scope.system(), renstra=simpul.renstra, simpul=simpul, jenis=simpul.jenis, nama=simpul.nama,
                          induk=induk, jabatan=sekretaris, indikator=[("Persentase layanan selesai tepat waktu", "%",
                                                                       "100")])
    ind.refresh_from_db()  # the same row, renamed: the PK's target follows it
    assert ind.nama == "Persentase layanan selesai tepat waktu" and pk.target.get().indikator_antara == ind
    nama_pk = "PK Sekretaris Kecamatan Wonoasih 2024 versi 2 (01-07-2024)"
    with pytest.raises(ValidationError) as info:
        kaskade.simpan_antara(Scope.system(), renstra=simpul.renstra, simpul=simpul, jenis=simpul.jenis,
                              nama=simpul.nama, induk=induk, jabatan=sekretaris, indikator=[])
    assert info.value.message_dict == {"indikator": [
        f"Indikator “Persentase layanan selesai tepat waktu” dimuat dalam {nama_pk}; keluarkan indikatornya dari PK "
        "itu (versi baru) lebih dulu."]}
    with pytest.raises(ValidationError) as info:
        kaskade.hapus_antara(Scope.system(), simpul=simpul)
    assert info.value.message_dict == {"indikator": [
        f"Indikator simpul “{simpul.nama[:40]}” dimuat dalam {nama_pk}; keluarkan indikatornya dari PK itu (versi "
        "baru) lebih dulu."]}
    assert IndikatorAntara.objects.filter(pk=ind.pk).exists()
