"""The pohon kinerja of Wonoasih 2019–2024 (program tree of 2024) against the demo's data, counted by hand from
``sakip/composite/demo/data/wonoasih.py`` (``"program"``) and ``sakip/composite/demo/pohon.py``:

- sasaran 2019-s11 “Meningkatnya Kemampuan Kelompok dan Lembaga Kemasyarakatan”: program 7.01.03 with kegiatan
  7.01.03.2.02 (3 sub kegiatan) and 7.01.03.2.03 (1) → 1 program, 2 kegiatan, 4 sub kegiatan;
- sasaran 2019-s21 “Meningkatnya Kualitas Pelayanan Publik di Kecamatan Wonoasih”: programs 7.01.02 (kegiatan
  2.02 and 2.01, 1 sub kegiatan each) and 7.01.05 (kegiatan 2.01, 1 sub kegiatan) → 2, 3, 3;
- sasaran 2019-s22 “Meningkatnya Manajemen Perkantoran”: program 7.01.01 with 8 kegiatan holding 1+2+1+1+5+1+2+4 =
  17 sub kegiatan → 1, 8, 17.
Total 4 programs, 13 kegiatan, 24 sub kegiatan; the demo adds 2 sasaran program and 1 sasaran kegiatan.
"""

from __future__ import annotations

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.urls import reverse

from sakip.core.galat import Ditolak, TidakDitemukan
from sakip.core.scoping import Scope
from sakip.documents import diagram
from sakip.domain.kaskade import cetak, services
from sakip.domain.kaskade.dokumen import POHON, Simpul, build_pohon
from sakip.domain.kaskade.models import PemilikSimpul, SimpulAntara
from sakip.domain.organisation.models import Jabatan, PerangkatDaerah, UnitKerja
from sakip.domain.planning.models import Program, Renstra, Sasaran

pytestmark = pytest.mark.django_db

S11 = "Meningkatnya Kemampuan Kelompok dan Lembaga Kemasyarakatan"
S21 = "Meningkatnya Kualitas Pelayanan Publik di Kecamatan Wonoasih"
S22 = "Meningkatnya Manajemen Perkantoran"


@pytest.fixture
def pohon(system_scope):
    return build_pohon(system_scope, "wonoasih", "2019-2024")


def _semua(node: Simpul):
    return [n for _, n in node.telusuri()]


def _cari(pohon, level: str, nama: str) -> Simpul:
    return next(n for _, n in pohon.baris() if n.level == level and n.nama == nama)


def test_the_period_shows_its_last_year_with_programs(pohon):
    assert (pohon.tahun, pohon.tahun_pilihan) == (2024, (2024,))
    assert pohon.catatan == ()


def test_every_program_kegiatan_and_sub_kegiatan_appears_once_under_its_sasaran(pohon):
    assert pohon.jumlah() == {"sasaran_rpjmd": 2, "tujuan": 2, "sasaran": 3, "program": 4, "kegiatan": 13,
                              "sub_kegiatan": 24, "sasaran_program": 2, "sasaran_kegiatan": 1}
    ids = [n.id for _, n in pohon.baris()]
    assert len(ids) == len(set(ids))
    expected = {S11: (["7.01.03"], 2, 4), S21: (["7.01.02", "7.01.05"], 3, 3), S22: (["7.01.01"], 8, 17)}
    for nama, (programs, n_kegiatan, n_sub) in expected.items():
        below = _semua(_cari(pohon, "sasaran", nama))
        assert [n.kode for n in below if n.level == "program"] == programs
        assert sum(n.level == "kegiatan" for n in below) == n_kegiatan
        assert sum(n.level == "sub_kegiatan" for n in below) == n_sub
    # the tree's codes are the year's: every program of Wonoasih 2024 is in it
    assert sorted(n.kode for _, n in pohon.baris() if n.level == "program") == sorted(
        Program.objects.filter(pd__slug="wonoasih", tahun=2024).values_list("nomenklatur__kode", flat=True))


def test_the_roots_are_the_rpjmd_sasaran_and_the_tujuan_hang_under_them(pohon):
    assert [a.nama for a in pohon.akar] == ["Meningkatnya Cakupan Perlindungan Sosial Masyarakat",
                                           "Meningkatnya Kualitas Penyelenggaraan Pelayanan Publik Pemerintahan"]
    assert [[t.nama for t in a.anak] for a in pohon.akar] == [
        ["Meningkatnya Cakupan Pemberdayaan Masyarakat di Kecamatan Wonoasih"],
        ["Meningkatnya Kualitas Penyelenggaraan Pelayanan Publik Pemerintahan di Kecamatan Wonoasih"]]
    assert [s.nama for s in pohon.akar[1].anak[0].anak] == [S21, S22]


def test_owners_and_indicators(pohon):
    root = pohon.akar[0]
    assert (root.pemilik.nama, root.pemilik.sumber) == ("Wali Kota Probolinggo", "kepala_daerah")
    sasaran = _cari(pohon, "sasaran", S21)
    assert (sasaran.pemilik.nama, sasaran.pemilik.sumber) == ("Camat Wonoasih", "pimpinan")
    assert [i.as_json() for i in sasaran.indikator] == [
        {"nama": "Indeks Kepuasan Masyarakat (IKM)", "satuan": "Skor", "target": "94,14"}]
    assert sasaran.indikator[0].target_tampil == "94,14 Skor"
    program = next(n for _, n in pohon.baris() if n.kode == "7.01.01")
    assert (program.pemilik.nama, program.pemilik.sumber) == ("Sekretaris", "ditetapkan")
    assert program.indikator[0].target_tampil == "100%"  # typed "100", satuan "%"
    sub = next(n for _, n in pohon.baris() if n.kode == "7.01.01.2.02.0001")
    assert sub.pemilik.nama == "Subbagian Program dan Keuangan"
    assert sub.indikator[0].target_tampil == "73 Orang/Bulan"
    antara = next(n for n in program.anak if n.antara)
    assert antara.level == "sasaran_program" and antara.pemilik.nama == "Sekretaris"
    assert antara.catatan.startswith("Rekaan demo")


def test_the_json_shape(pohon):
    data = pohon.as_json()
    assert (data["periode"], data["tahun"], data["unit"]) == ("2019-2024", 2024,
                                                             {"slug": "wonoasih", "nama": "Kecamatan Wonoasih"})
    node = data["pohon"][0]
    assert {"id", "level", "kode", "nama", "indikator", "pemilik", "anak"} <= set(node)
    program = node["anak"][0]["anak"][0]["anak"][0]
    assert program["level"] == "program" and program["kode"] == "7.01.03"
    assert program["pemilik"] == {"nama": "Kepala Seksi Pemberdayaan Masyarakat", "jenis": "jabatan",
                                  "id": program["pemilik"]["id"], "sumber": "ditetapkan"}
    assert [a["level"] for a in program["anak"]] == ["sasaran_program", "kegiatan", "kegiatan"]
    assert program["anak"][0]["antara"] is True


def test_building_takes_a_fixed_number_of_queries(system_scope, django_assert_num_queries):
    with django_assert_num_queries(19):
        build_pohon(system_scope, "wonoasih", "2019-2024")
    renstra = Renstra.objects.get(pd__slug="wonoasih", tahun_mulai=2019)
    program = Program.objects.get(pd__slug="wonoasih", tahun=2024, nomenklatur__kode="7.01.05")
    for n in range(5):
        services.simpan_antara(system_scope, renstra=renstra, jenis="sasaran_program", nama=f"Uji {n}",
                               induk=f"program-{program.pk}", indikator=[("Indikator", "%", "100")])
    with django_assert_num_queries(19):
        build_pohon(system_scope, "wonoasih", "2019-2024")


def test_unknown_period_or_year(system_scope):
    with pytest.raises(TidakDitemukan, match="tidak memiliki Renstra 2018–2024"):
        build_pohon(system_scope, "wonoasih", "2018-2024")
    with pytest.raises(TidakDitemukan, match="Periode “20x” tidak dikenal"):
        build_pohon(system_scope, "wonoasih", "20x")
    with pytest.raises(TidakDitemukan, match="Tahun 2030 di luar periode"):
        build_pohon(system_scope, "wonoasih", "2019-2024", 2030)
    with pytest.raises(TidakDitemukan):  # another PD's operator: no hint the PD exists
        build_pohon(Scope.for_user(_user("operator-kanigaran")), "wonoasih", "2019-2024")


def _user(username):
    from django.contrib.auth.models import User

    return User.objects.get(username=username)


# --- refusals --------------------------------------------------------------------------------------

@pytest.fixture
def renstra():
    return Renstra.objects.get(pd__slug="wonoasih", tahun_mulai=2019)


def test_a_cycle_is_refused(system_scope, renstra):
    program = Program.objects.get(pd__slug="wonoasih", tahun=2024, nomenklatur__kode="7.01.05")
    a = services.simpan_antara(system_scope, renstra=renstra, jenis="sasaran_program", nama="A",
                               induk=f"program-{program.pk}")
    b = services.simpan_antara(system_scope, renstra=renstra, jenis="sasaran_kegiatan", nama="B",
                               induk=f"antara-{a.pk}")
    with pytest.raises(ValidationError) as exc:
        services.simpan_antara(system_scope, renstra=renstra, simpul=a, jenis="sasaran_program", nama="A",
                               induk=f"antara-{b.pk}")
    assert exc.value.message_dict == {"induk_simpul": ["Simpul induk ini berada di bawah simpul ini sendiri (siklus)."]}
    with pytest.raises(ValidationError, match="siklus"):
        services.simpan_antara(system_scope, renstra=renstra, simpul=a, jenis="sasaran_program", nama="A",
                               induk=f"antara-{a.pk}")
    a.refresh_from_db()
    assert a.program_id == program.pk  # nothing half-saved


def test_a_parent_of_another_pd_or_pemda_is_refused(system_scope, renstra):
    for slug, pesan in (("kanigaran", "Simpul induk milik perangkat daerah lain."),
                        ("purworejo", "Simpul induk milik pemda lain.")):
        other = Sasaran.objects.filter(pd__slug=slug).first()
        with pytest.raises(ValidationError) as exc:
            services.simpan_antara(system_scope, renstra=renstra, jenis="sasaran_program", nama="X",
                                   induk=f"sasaran-{other.pk}")
        assert exc.value.message_dict["induk_simpul"] == [pesan]
    assert not SimpulAntara.objects.filter(nama="X").exists()
    with pytest.raises(ValidationError, match="Simpul induk “bukan-1” tidak dikenal"):
        services.simpan_antara(system_scope, renstra=renstra, jenis="sasaran_program", nama="X", induk="bukan-1")


def test_an_owner_of_another_pd_is_refused(system_scope, renstra):
    program = Program.objects.get(pd__slug="wonoasih", tahun=2024, nomenklatur__kode="7.01.05")
    kanigaran = PerangkatDaerah.objects.get(slug="kanigaran")
    unit_lain = UnitKerja.objects.create(pd=kanigaran, pemda=kanigaran.pemda, jenis="seksi", nama="Seksi Uji")
    with pytest.raises(ValidationError) as exc:
        services.atur_pemilik(system_scope, level="program", node=program, unit=unit_lain, jabatan=None)
    assert exc.value.message_dict == {"unit": ["Unit kerja ini milik perangkat daerah lain."]}
    jabatan_lain = Jabatan.objects.filter(pd__slug="kanigaran").first()
    with pytest.raises(ValidationError, match="Jabatan ini milik perangkat daerah lain"):
        services.simpan_antara(system_scope, renstra=renstra, jenis="sasaran_program", nama="X",
                               induk=f"program-{program.pk}", jabatan=jabatan_lain)


def test_only_the_pds_writers_change_its_tree(renstra):
    program = Program.objects.get(pd__slug="wonoasih", tahun=2024, nomenklatur__kode="7.01.05")
    for username in ("camat-wonoasih", "admin-probolinggo", "operator-kanigaran"):
        with pytest.raises(Ditolak):
            services.simpan_antara(Scope.for_user(_user(username)), renstra=renstra, jenis="sasaran_program",
                                   nama="X", induk=f"program-{program.pk}")


def test_owner_set_and_cleared(system_scope):
    program = Program.objects.get(pd__slug="wonoasih", tahun=2024, nomenklatur__kode="7.01.05")
    seksi = UnitKerja.objects.get(pd__slug="wonoasih", kelurahan__isnull=True, nama="Seksi Pemerintahan")
    services.atur_pemilik(system_scope, level="program", node=program, unit=seksi, jabatan=None)
    node = next(n for _, n in build_pohon(system_scope, "wonoasih", "2019-2024").baris() if n.kode == "7.01.05")
    assert (node.pemilik.nama, node.pemilik.jenis) == ("Seksi Pemerintahan", "unit")
    services.atur_pemilik(system_scope, level="program", node=program, unit=None, jabatan=None)
    assert not PemilikSimpul.objects.filter(program=program).exists()
    node = next(n for _, n in build_pohon(system_scope, "wonoasih", "2019-2024").baris() if n.kode == "7.01.05")
    assert node.pemilik is None


# --- renderings ------------------------------------------------------------------------------------

def test_the_diagram_pages_have_no_intersecting_boxes(pohon):
    pages = cetak.halaman_diagram(pohon)
    # one page per RPJMD sasaran; the second (22 leaves) is cut at its sasaran: S21 (4 leaves: 3 sub kegiatan and
    # the demo's sasaran kegiatan) and S22, whose program 7.01.01 (18 leaves: 17 sub kegiatan and a sasaran program)
    # is packed in order into pages of at most 10: 1+1+2+1+1 = 6, 5+1+2 = 8, 4
    assert [cetak._daun(node) for _, _, node in pages] == [5, 4, 6, 8, 4]
    for _, chain, node in pages:
        boxes = diagram.tata_letak(cetak.kotak_halaman(chain, node))
        assert len(boxes) == len(chain) + len(_semua(node))
        assert diagram.tumpang_tindih(boxes) == []


def test_intersecting_boxes_are_found():
    a, b, c = diagram.Persegi("a", 0, 0, 10, 10), diagram.Persegi("b", 5, 5, 15, 15), diagram.Persegi("c", 12, 0, 20, 6)
    assert diagram.tumpang_tindih([a, b, c]) == [("a", "b"), ("b", "c")]


def test_pdf_has_a3_diagram_pages_then_the_table(pohon):
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(POHON.berkas(pohon, "pdf").isi))
    sizes = [(round(float(p.mediabox.width)), round(float(p.mediabox.height))) for p in reader.pages]
    assert sizes[:5] == [(1191, 842)] * 5  # A3 landscape, one page per diagram page
    assert all(size == (842, 595) for size in sizes[5:]) and len(sizes) > 5  # A4 landscape table
    text = "".join(p.extract_text() for p in reader.pages)
    assert "POHON KINERJA KECAMATAN WONOASIH 2019–2024" in text
    assert "Penyediaan Gaji dan Tunjangan ASN" in text  # in the table


def test_word_has_the_pictures_and_the_indented_table(pohon):
    from docx import Document

    doc = Document(io.BytesIO(POHON.berkas(pohon, "docx").isi))
    assert round(doc.sections[0].page_width.mm) == 420 and round(doc.sections[-1].page_width.mm) == 297
    assert len(doc.inline_shapes) == 5
    rows = doc.tables[0].rows
    assert [c.text for c in rows[0].cells] == ["Level", "Kode", "Nama", "Indikator", "Target", "Pemilik"]
    assert len(rows) == 1 + 51  # header + every node
    sub = next(r for r in rows if r.cells[1].text == "7.01.01.2.02.0001")
    assert sub.cells[2].text == "Penyediaan Gaji dan Tunjangan ASN"
    assert round(sub.cells[2].paragraphs[0].paragraph_format.left_indent.mm) == 15  # depth 5, 3 mm a level
    assert sub.cells[4].text == "73 Orang/Bulan" and sub.cells[5].text == "Subbagian Program dan Keuangan"


def test_the_command(tmp_path, capsysbinary):
    call_command("pohon", unit="wonoasih", period="2019-2024")
    import json

    data = json.loads(capsysbinary.readouterr().out)
    assert data["jumlah"]["sub_kegiatan"] == 24
    out = tmp_path / "pohon.docx"
    call_command("pohon", "--unit", "wonoasih", "--period", "2019-2024", "--format", "docx", "--output", str(out))
    assert out.read_bytes()[:2] == b"PK"
    with pytest.raises(CommandError, match="Kecamatan Wonoasih tidak memiliki Renstra 2020–2024"):
        call_command("pohon", unit="wonoasih", period="2020-2024")
    with pytest.raises(CommandError, match="Format pdf perlu --out PATH"):
        call_command("pohon", unit="wonoasih", period="2019-2024", format="pdf")


# --- the screen ------------------------------------------------------------------------------------

def test_the_page_shows_the_diagram_and_table_and_the_pd_pages_link_it(login, renstra):
    client = login("camat-wonoasih")
    url = reverse("kaskade:pohon", args=["wonoasih", "2019-2024"])
    html = client.get(url).content.decode()
    assert "<svg" in html and html.count("data-simpul=") == 51
    assert "+ Simpul antara" not in html and "pemilik</a>" not in html  # read-only for the Camat
    assert url in client.get(reverse("beranda:pd", args=["wonoasih"])).content.decode()
    assert url in client.get(reverse("planning:renstra", args=[renstra.pk])).content.decode()
    assert client.post(reverse("kaskade:antara_tambah", args=["wonoasih", "2019-2024"]), {}).status_code == 403


def test_the_operator_adds_changes_and_deletes_an_intermediate_node(login):
    client = login("operator-wonoasih")
    program = Program.objects.get(pd__slug="wonoasih", tahun=2024, nomenklatur__kode="7.01.05")
    kasi = Jabatan.objects.get(pd__slug="wonoasih", nama="Kepala Seksi Ketentraman dan Ketertiban")
    tambah = reverse("kaskade:antara_tambah", args=["wonoasih", "2019-2024"])
    assert f'value="program-{program.pk}"' in client.get(tambah).content.decode()
    data = {"jenis": "sasaran_program", "nama": "Menurunnya gangguan ketertiban umum", "induk_simpul": f"program-{program.pk}",
            "pemilik": f"jabatan-{kasi.pk}", "indikator_1": "Jumlah gangguan ketertiban", "satuan_1": "kejadian",
            "target_1": "12"}
    response = client.post(tambah, data)
    assert response.status_code == 302
    simpul = SimpulAntara.objects.get(nama="Menurunnya gangguan ketertiban umum")
    html = client.get(response["Location"]).content.decode()
    assert "Menurunnya gangguan ketertiban umum" in html and "12 kejadian" in html
    # a sasaran kegiatan below it, then the first cannot be deleted
    data2 = {**data, "jenis": "sasaran_kegiatan", "nama": "Tertibnya PKL", "induk_simpul": f"antara-{simpul.pk}",
             "pemilik": ""}
    assert client.post(tambah, data2).status_code == 302
    hapus = reverse("kaskade:antara_hapus", args=[simpul.pk])
    html = client.post(hapus).content.decode()
    assert "masih memiliki 1 simpul di bawahnya" in html
    # moving it under its own child is a cycle: refused on the field
    ubah = reverse("kaskade:antara_ubah", args=[simpul.pk])
    anak = SimpulAntara.objects.get(nama="Tertibnya PKL")
    html = client.get(ubah).content.decode()
    assert f'value="antara-{anak.pk}"' not in html  # the form does not offer its own subtree
    response = client.post(ubah, {**data, "induk_simpul": f"antara-{anak.pk}"})
    assert "Pilih simpul induk dari daftar." in response.content.decode()
    response = client.post(ubah, {**data, "nama": "Menurunnya gangguan trantibum"})
    assert response.status_code == 302
    simpul.refresh_from_db()
    assert simpul.nama == "Menurunnya gangguan trantibum"
    client.post(reverse("kaskade:antara_hapus", args=[anak.pk]))
    assert client.post(hapus).status_code == 302
    assert not SimpulAntara.objects.filter(pk__in=[simpul.pk, anak.pk]).exists()


def test_a_form_names_the_field_of_a_missing_indicator_name(login):
    client = login("operator-wonoasih")
    program = Program.objects.get(pd__slug="wonoasih", tahun=2024, nomenklatur__kode="7.01.05")
    response = client.post(reverse("kaskade:antara_tambah", args=["wonoasih", "2019-2024"]), {
        "jenis": "sasaran_program", "nama": "X", "induk_simpul": f"program-{program.pk}", "target_2": "5"})
    assert "Indikator 2 perlu nama bila satuan atau targetnya diisi." in response.content.decode()
    assert not SimpulAntara.objects.filter(nama="X").exists()


def test_the_operator_sets_an_owner(login):
    client = login("operator-wonoasih")
    program = Program.objects.get(pd__slug="wonoasih", tahun=2024, nomenklatur__kode="7.01.05")
    seksi = UnitKerja.objects.get(pd__slug="wonoasih", kelurahan__isnull=True, nama="Seksi Pemerintahan")
    url = reverse("kaskade:pemilik", args=["wonoasih", "2019-2024", "program", program.pk])
    assert client.post(url, {"pemilik": f"unit-{seksi.pk}"}).status_code == 302
    assert PemilikSimpul.objects.get(program=program).unit == seksi
    kanigaran = PerangkatDaerah.objects.get(slug="kanigaran")
    lain = UnitKerja.objects.create(pd=kanigaran, pemda=kanigaran.pemda, jenis="seksi", nama="Seksi Uji")
    response = client.post(url, {"pemilik": f"unit-{lain.pk}"})
    assert "Pilih pemilik dari daftar." in response.content.decode()
    assert PemilikSimpul.objects.get(program=program).unit == seksi
