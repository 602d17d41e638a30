"""The rencana aksi: its two writes (refusals, all or nothing, locks, scope), its screen (errors beside the field,
a fixed number of queries), its command, its Excel round trip (the template holds what is stored, so importing it
unchanged changes nothing even on the demo's approved quarters; a filled one is previewed, then saved through the same
writes; a refusal is named by row and column), and the demo's plan of Wonoasih 2024 (figures by hand from the seed).

The new world (``dunia``) is a kecamatan not in the demo, 2026, set up with the ORM:

- sasaran indicator "Pengaduan diselesaikan": added up (``jumlah``), typed as a running total; Renstra target 100,
  PK target 120 (so the target in force is the PK's, 120);
- program indicator "Kegiatan musrenbang": added up, typed per quarter; target 40;
- sub kegiatan indicator "Indeks layanan": the latest value, measured per semester (TW II and IV); target 90;
- the sub kegiatan's pagu: APBD Rp 100.000.000 from TW I, APBD-P Rp 80.000.000 from TW III (in force at TW IV: 80
  million).
"""

from __future__ import annotations

import base64
import datetime
import io
import json
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from openpyxl import load_workbook

from sakip.core.galat import Ditolak, TidakDitemukan
from sakip.core.scoping import Scope
from sakip.domain.accounts.models import Akses
from sakip.domain.agreement.models import PerjanjianKinerja, TargetPk
from sakip.domain.measurement.impor_rencana import LEMBAR_KAS, LEMBAR_RENCANA, impor_rencana, templat
from sakip.domain.measurement.models import AnggaranKas, Pagu, RencanaAksi
from sakip.domain.measurement.services_rencana import (
    IsianKas,
    IsianRencana,
    layar_rencana,
    simpan_kas,
    simpan_rencana,
)
from sakip.domain.organisation.models import Jabatan, Pemda, PerangkatDaerah
from sakip.domain.planning.models import (
    Indikator,
    Kegiatan,
    Nomenklatur,
    Program,
    Renstra,
    Sasaran,
    SubKegiatan,
    Target,
    Tujuan,
)
from sakip.domain.workflow.models import Pengajuan

pytestmark = pytest.mark.django_db

TAHUN = 2026


@pytest.fixture
def dunia():
    pemda = Pemda.objects.create(jenis="kabupaten", nama="Kabupaten Contoh", slug="kab-contoh", ibukota="Contoh")
    pd = PerangkatDaerah.objects.create(pemda=pemda, nama="Kecamatan Sukamaju", slug="sukamaju")
    renstra = Renstra.objects.create(pd=pd, tahun_mulai=2026, tahun_selesai=2030)
    sasaran = Sasaran.objects.create(tujuan=Tujuan.objects.create(renstra=renstra, nama="Pelayanan prima"),
                                     nama="Meningkatnya penyelesaian pengaduan")
    aduan = Indikator.objects.create(sasaran=sasaran, nama="Pengaduan diselesaikan", satuan="pengaduan",
                                     akumulasi="jumlah", cara_isi="kumulatif")
    Target.objects.create(indikator=aduan, tahun=TAHUN, nilai=100)
    camat = Jabatan.objects.create(pemda=pemda, pd=pd, jenis="pimpinan_pd", nama="Camat Sukamaju")
    bupati = Jabatan.objects.create(pemda=pemda, jenis="kepala_daerah", nama="Bupati Contoh")
    pk = PerjanjianKinerja.objects.create(pd=pd, tahun=TAHUN, nomor=1, tanggal=datetime.date(2026, 1, 5),
                                          jabatan_pihak_pertama=camat, jabatan_pihak_kedua=bupati)
    TargetPk.objects.create(perjanjian=pk, indikator=aduan, nilai=120)
    program = Program.objects.create(pd=pd, tahun=TAHUN, nomenklatur=Nomenklatur.objects.get(kode="7.01.02"))
    musrenbang = Indikator.objects.create(program=program, nama="Kegiatan musrenbang", satuan="kegiatan",
                                          akumulasi="jumlah", cara_isi="triwulan")
    Target.objects.create(indikator=musrenbang, tahun=TAHUN, nilai=40)
    kegiatan = Kegiatan.objects.create(program=program, nomenklatur=Nomenklatur.objects.get(kode="7.01.02.2.01"))
    sub = SubKegiatan.objects.create(kegiatan=kegiatan, nomenklatur=Nomenklatur.objects.get(kode="7.01.02.2.01.0002"))
    indeks = Indikator.objects.create(sub_kegiatan=sub, nama="Indeks layanan", satuan="indeks", frekuensi="semester")
    Target.objects.create(indikator=indeks, tahun=TAHUN, nilai=90)
    Pagu.objects.create(sub_kegiatan=sub, sumber="APBD", berlaku_mulai=1, nilai=100_000_000)
    Pagu.objects.create(sub_kegiatan=sub, sumber="APBD-P", berlaku_mulai=3, nilai=80_000_000)
    user = User.objects.create_user("operator-sukamaju", password="sukamaju-uji-123")
    Akses.objects.create(user=user, peran=Akses.Peran.OPERATOR, pd=pd)
    client = Client()
    client.force_login(user)
    return {"pd": pd, "aduan": aduan, "musrenbang": musrenbang, "indeks": indeks, "sub": sub, "client": client,
            "scope": Scope.for_user(user)}


def _rencana(d) -> dict:
    return {(r.indikator_id, r.triwulan): (r.nilai, r.teks, r.aksi) for r in RencanaAksi.objects.filter(pd=d["pd"])}


def _kas(d) -> dict:
    return dict(AnggaranKas.objects.filter(pd=d["pd"]).values_list("triwulan", "nilai"))


def _pesan(exc: pytest.ExceptionInfo) -> dict[str, list[str]]:
    return exc.value.message_dict


# --- the writes ------------------------------------------------------------------------------------------------


def test_a_whole_plan_is_saved_as_typed(dunia):
    d = dunia
    n = simpan_rencana(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[
        IsianRencana(d["aduan"], 1, "25", aksi="Sosialisasi kanal pengaduan"),
        IsianRencana(d["aduan"], 2, "60"), IsianRencana(d["aduan"], 3, "90"),
        IsianRencana(d["aduan"], 4, "115"),  # above the Renstra's 100, within the PK's 120: the PK's is in force
        IsianRencana(d["musrenbang"].pk, 1, "10"), IsianRencana(d["musrenbang"].pk, 2, "10"),
        IsianRencana(d["musrenbang"].pk, 3, "5"), IsianRencana(d["musrenbang"].pk, 4, "15"),  # 10+10+5+15 = 40
        IsianRencana(d["indeks"], 2, "85,5"), IsianRencana(d["indeks"], 4, "90"),
    ])
    assert n == 10
    rows = _rencana(d)
    assert rows[(d["aduan"].pk, 1)] == (Decimal(25), "25", "Sosialisasi kanal pengaduan")
    assert rows[(d["indeks"].pk, 2)] == (Decimal("85.5"), "85,5", "")
    layar = layar_rencana(d["scope"], d["pd"], TAHUN)
    by_id = {b.indikator_id: b for b in layar.indikator}
    assert [b.level for b in layar.indikator] == ["sasaran", "program", "sub_kegiatan"]
    assert (by_id[d["aduan"].pk].target.teks, by_id[d["aduan"].pk].target_sumber) == ("120", "PK versi 1")
    # typed per quarter: s.d. I 10, II 20, III 25, IV 40
    assert by_id[d["musrenbang"].pk].target_sd == (Decimal(10), Decimal(20), Decimal(25), Decimal(40))
    assert by_id[d["indeks"].pk].target_sd == (None, Decimal("85.5"), None, Decimal(90))
    # a blank target removes the quarter; nothing else changes
    assert simpan_rencana(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[IsianRencana(d["aduan"], 3, "")]) == 1
    assert (d["aduan"].pk, 3) not in _rencana(d) and len(_rencana(d)) == 9


def test_a_count_above_its_annual_target_is_refused_and_nothing_is_saved(dunia):
    d = dunia
    with pytest.raises(ValidationError) as exc:
        simpan_rencana(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[
            IsianRencana(d["indeks"], 2, "80"),  # fine on its own: must not be saved either
            IsianRencana(d["musrenbang"], 1, "20"), IsianRencana(d["musrenbang"], 2, "15"),
            IsianRencana(d["musrenbang"], 3, "10"),  # s.d. III: 20+15+10 = 45 > 40
        ])
    pesan = _pesan(exc)[f"target-{d['musrenbang'].pk}-3"]
    assert len(pesan) == 1
    assert pesan[0].startswith("Kegiatan musrenbang, triwulan III: ") and "45" in pesan[0] and "(40)" in pesan[0]
    assert _rencana(d) == {}


def test_the_pk_target_in_force_bounds_a_count(dunia):
    d = dunia
    with pytest.raises(ValidationError) as exc:
        simpan_rencana(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[IsianRencana(d["aduan"], 4, "121")])
    assert "(120)" in _pesan(exc)[f"target-{d['aduan'].pk}-4"][0]


def test_a_running_total_may_not_go_down(dunia):
    d = dunia
    simpan_rencana(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[IsianRencana(d["aduan"], 2, "60")])
    with pytest.raises(ValidationError) as exc:
        simpan_rencana(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[IsianRencana(d["aduan"], 3, "50")])
    pesan = _pesan(exc)[f"target-{d['aduan'].pk}-3"][0]
    assert pesan.startswith("Pengaduan diselesaikan, triwulan III: ") and "tidak boleh turun" in pesan
    assert _rencana(d) == {(d["aduan"].pk, 2): (Decimal(60), "60", "")}


def test_a_quarter_not_measured_a_range_a_word_and_a_plan_without_target_are_refused(dunia):
    d = dunia
    with pytest.raises(ValidationError) as exc:
        simpan_rencana(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[
            IsianRencana(d["indeks"], 1, "80"),  # measured per semester: not in TW I
            IsianRencana(d["indeks"], 2, "80–90"),
            IsianRencana(d["aduan"], 1, "dua puluh"),
            IsianRencana(d["aduan"], 2, "", aksi="Rapat koordinasi"),
        ])
    pesan = _pesan(exc)
    assert "tidak diukur pada triwulan I" in pesan[f"target-{d['indeks'].pk}-1"][0]
    assert "rentang" in pesan[f"target-{d['indeks'].pk}-2"][0]
    assert pesan[f"target-{d['aduan'].pk}-1"][0].startswith("Pengaduan diselesaikan, triwulan I: ")
    assert "isi target triwulan ini" in pesan[f"target-{d['aduan'].pk}-2"][0]
    assert _rencana(d) == {}


def test_kas_above_the_pagu_in_force_at_tw_iv_is_refused(dunia):
    d = dunia
    sub = d["sub"]
    # 30 + 30 + 15 = 75 million ≤ the APBD-P's 80 million (the APBD's 100 million is no longer in force at TW IV)
    assert simpan_kas(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[
        IsianKas(sub, 1, "30.000.000"), IsianKas(sub, 2, "Rp 30.000.000"), IsianKas(sub.pk, 3, "15.000.000")]) == 3
    with pytest.raises(ValidationError) as exc:
        simpan_kas(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[IsianKas(sub, 4, "5.000.001")])  # 80.000.001
    pesan = _pesan(exc)[f"kas-{sub.pk}-4"][0]
    assert pesan.startswith("7.01.02.2.01.0002, triwulan IV: ") and "80.000.001" in pesan and "80.000.000" in pesan
    with pytest.raises(ValidationError) as exc:
        simpan_kas(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[IsianKas(sub, 4, "-5")])
    assert "negatif" in _pesan(exc)[f"kas-{sub.pk}-4"][0]
    assert _kas(d) == {1: Decimal(30_000_000), 2: Decimal(30_000_000), 3: Decimal(15_000_000)}
    simpan_kas(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[IsianKas(sub, 4, "5.000.000"), IsianKas(sub, 3, "")])
    assert _kas(d) == {1: Decimal(30_000_000), 2: Decimal(30_000_000), 4: Decimal(5_000_000)}
    kas = layar_rencana(d["scope"], d["pd"], TAHUN).kas[0]
    assert (kas.pagu, kas.jumlah, kas.sisa) == (Decimal(80_000_000), Decimal(65_000_000), Decimal(15_000_000))


def test_a_locked_quarter_and_those_before_it_are_refused(dunia):
    d = dunia
    Pengajuan.objects.create(pd=d["pd"], jenis="pengukuran", tahun=TAHUN, triwulan=2, status="diajukan")
    with pytest.raises(ValidationError) as exc:
        simpan_rencana(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[
            IsianRencana(d["aduan"], 1, "20"), IsianRencana(d["aduan"], 3, "80")])
    pesan = _pesan(exc)
    assert "terkunci" in pesan[f"target-{d['aduan'].pk}-1"][0]
    assert f"target-{d['aduan'].pk}-3" not in pesan  # TW III is open; still nothing is saved
    assert _rencana(d) == {}
    with pytest.raises(ValidationError) as exc:
        simpan_kas(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[IsianKas(d["sub"], 2, "1.000.000")])
    assert "terkunci" in _pesan(exc)[f"kas-{d['sub'].pk}-2"][0]
    assert simpan_rencana(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[IsianRencana(d["aduan"], 3, "80")]) == 1
    assert simpan_kas(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[IsianKas(d["sub"], 3, "1.000.000")]) == 1


def test_another_pds_indicator_or_a_reader_is_refused(dunia):
    d = dunia
    wonoasih_ind = Indikator.objects.filter(pd__slug="wonoasih").first()
    with pytest.raises(TidakDitemukan):
        simpan_rencana(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[
            IsianRencana(d["aduan"], 1, "10"), IsianRencana(wonoasih_ind, 4, "1")])
    with pytest.raises(TidakDitemukan):
        simpan_kas(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[
            IsianKas(SubKegiatan.objects.filter(pd__slug="wonoasih").first(), 4, "1")])
    assert _rencana(d) == {}
    wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
    with pytest.raises(Ditolak):  # the operator of Sukamaju does not write for Wonoasih
        simpan_rencana(d["scope"], pd=wonoasih, tahun=2024, baris=[])
    pimpinan = User.objects.get(username="camat-wonoasih")
    with pytest.raises(Ditolak):
        simpan_kas(Scope.for_user(pimpinan), pd=wonoasih, tahun=2024, baris=[])
    # on the web: another PD's rencana aksi is not found; a reader posts nothing
    assert d["client"].get(reverse("measurement:rencana_aksi", args=["wonoasih", 2024])).status_code == 404
    reader = Client()
    reader.force_login(pimpinan)
    url = reverse("measurement:rencana_aksi", args=["wonoasih", 2024])
    assert reader.get(url).status_code == 200
    assert reader.post(url, {"bagian": "kas"}).status_code == 403


# --- the screen ----------------------------------------------------------------------------------------------


def test_the_screen_shows_errors_beside_the_field_and_saves_nothing(dunia):
    d = dunia
    url = reverse("measurement:rencana_aksi", args=["sukamaju", TAHUN])
    home = d["client"].get(reverse("beranda:pd", args=["sukamaju"])).content.decode()
    assert url in home
    html = d["client"].get(url).content.decode()
    assert html.count('name="target-') == 4 + 4 + 2  # two quarters of the semester indicator: no input
    aduan, musrenbang = d["aduan"].pk, d["musrenbang"].pk
    response = d["client"].post(url, {
        "bagian": "rencana", f"target-{aduan}-1": "30", f"aksi-{aduan}-1": "Sosialisasi",
        f"target-{musrenbang}-1": "25", f"target-{musrenbang}-2": "20"})  # 45 > 40
    html = response.content.decode()
    assert response.status_code == 200 and "Rencana aksi belum disimpan" in html
    cell = html[html.index(f'name="target-{musrenbang}-2"'):]
    assert cell.index("errorlist") < cell.index("</td>")  # in the quarter's own cell
    assert "Kegiatan musrenbang, triwulan II" in cell[:cell.index("</td>")]
    assert _rencana(d) == {}
    response = d["client"].post(url, {"bagian": "rencana", f"target-{aduan}-1": "30", f"aksi-{aduan}-1": "Sosialisasi"})
    assert response.status_code == 302
    assert _rencana(d) == {(aduan, 1): (Decimal(30), "30", "Sosialisasi")}
    response = d["client"].post(url, {"bagian": "kas", f"kas-{d['sub'].pk}-1": "90.000.000"})
    html = response.content.decode()
    assert "Anggaran kas belum disimpan" in html and "melebihi pagu" in html and _kas(d) == {}


def test_the_screen_reads_a_fixed_number_of_queries(dunia):
    d = dunia
    url = reverse("measurement:rencana_aksi", args=["sukamaju", TAHUN])
    d["client"].get(url)

    def queries() -> int:
        with CaptureQueriesContext(connection) as ctx:
            assert d["client"].get(url).status_code == 200
        return len(ctx.captured_queries)

    before = queries()
    program = Program.objects.get(pd=d["pd"])
    kegiatan = [Kegiatan.objects.get(pd=d["pd"]),
                Kegiatan.objects.create(program=program, nomenklatur=Nomenklatur.objects.get(kode="7.01.02.2.02"))]
    for k, kode in ((0, "7.01.02.2.01.0001"), (1, "7.01.02.2.02.0001"), (1, "7.01.02.2.02.0003")):
        sub = SubKegiatan.objects.create(kegiatan=kegiatan[k], nomenklatur=Nomenklatur.objects.get(kode=kode))
        for i in range(3):
            ind = Indikator.objects.create(sub_kegiatan=sub, nama=f"Indikator {kode} {i}", satuan="dokumen")
            Target.objects.create(indikator=ind, tahun=TAHUN, nilai=4)
            RencanaAksi.objects.create(indikator=ind, tahun=TAHUN, triwulan=1, nilai=1, aksi="rapat")
        Pagu.objects.create(sub_kegiatan=sub, sumber="APBD", berlaku_mulai=1, nilai=10_000_000)
        AnggaranKas.objects.create(sub_kegiatan=sub, triwulan=1, nilai=1_000_000)
    assert queries() == before


# --- the command ---------------------------------------------------------------------------------------------


def test_the_command_prints_the_plan(dunia, capsysbinary):
    d = dunia
    simpan_rencana(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[
        IsianRencana(d["musrenbang"], 1, "10", aksi="Musrenbang kelurahan"), IsianRencana(d["musrenbang"], 2, "30")])
    simpan_kas(d["scope"], pd=d["pd"], tahun=TAHUN, baris=[IsianKas(d["sub"], 1, "20.000.000"),
                                                           IsianKas(d["sub"], 3, "40.000.000")])
    call_command("rencana_aksi", unit="sukamaju", tahun=TAHUN)
    data = json.loads(capsysbinary.readouterr().out)
    assert (data["unit"], data["tahun"], data["triwulan_terkunci"]) == ("sukamaju", TAHUN, [])
    musrenbang = next(i for i in data["indikator"] if i["nama"] == "Kegiatan musrenbang")
    assert musrenbang["target_tahunan"] == {"nilai": 40, "teks": "40", "sumber": "Target tahunan"}
    assert [(t["target"], t["target_sd"]) for t in musrenbang["triwulan"]] == [(10, 10), (30, 40), (None, None),
                                                                                (None, None)]
    assert musrenbang["triwulan"][0]["aksi"] == "Musrenbang kelurahan"
    kas = data["anggaran_kas"][0]
    # planned s.d. II: 20 million of the 80 million in force → 25 %; s.d. III: 60 of 80 → 75 %
    assert [(t["nilai"], t["sd"], t["serapan_rencana"]) for t in kas["triwulan"]] == [
        (20_000_000, 20_000_000, 25.0), (None, 20_000_000, 25.0), (40_000_000, 60_000_000, 75.0),
        (None, 60_000_000, 75.0)]
    assert (kas["pagu"], kas["jumlah"], kas["sisa"]) == (80_000_000, 60_000_000, 20_000_000)


# --- the Excel round trip ------------------------------------------------------------------------------------


def _isi(wb) -> bytes:
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def _baris(ws, kunci: str) -> int:
    return next(r for r in range(1, ws.max_row + 1) if ws.cell(r, 1).value == kunci)


def test_the_demo_template_imports_unchanged(system_scope):
    isi = templat(system_scope, "wonoasih", 2024)
    hasil = impor_rencana(system_scope, slug="wonoasih", tahun=2024, isi=isi, simpan=True)
    assert (hasil.kesalahan, hasil.perubahan) == ([], [])
    wb = load_workbook(io.BytesIO(isi))
    assert wb[LEMBAR_RENCANA].max_row == 3 + 44 and wb[LEMBAR_KAS].max_row == 3 + 24  # 44 indicators, 24 sub
    assert wb["sakip"].sheet_state == "hidden"


def test_a_filled_template_is_previewed_then_saved(dunia):
    d = dunia
    scope = d["scope"]
    wb = load_workbook(io.BytesIO(templat(scope, "sukamaju", TAHUN)))
    ws, kas = wb[LEMBAR_RENCANA], wb[LEMBAR_KAS]
    r = _baris(ws, f"I:{d['musrenbang'].pk}")
    ws.cell(r, 6, "10")  # F: target TW I
    ws.cell(r, 7, "Musrenbang kelurahan")  # G: plan TW I
    ws.cell(r, 8, 15)  # H: target TW II, as a number Excel stored
    k = _baris(kas, f"K:{d['sub'].pk}")
    kas.cell(k, 5, 20000000)  # E: TW I, a number
    kas.cell(k, 7, "30.000.000")  # G: TW III
    isi = _isi(wb)
    hasil = impor_rencana(scope, slug="sukamaju", tahun=TAHUN, isi=isi, simpan=False)
    assert hasil.kesalahan == [] and not hasil.disimpan
    assert len(hasil.perubahan) == 4 and "Kegiatan musrenbang TW I: - → 10 (Musrenbang kelurahan)" in hasil.perubahan
    assert not RencanaAksi.objects.filter(pd=d["pd"]).exists()  # a preview saves nothing
    hasil = impor_rencana(scope, slug="sukamaju", tahun=TAHUN, isi=isi, simpan=True)
    assert hasil.disimpan
    assert dict(RencanaAksi.objects.filter(indikator=d["musrenbang"]).values_list("triwulan", "nilai")) == {
        1: Decimal(10), 2: Decimal(15)}
    assert dict(AnggaranKas.objects.filter(sub_kegiatan=d["sub"]).values_list("triwulan", "nilai")) == {
        1: Decimal(20_000_000), 3: Decimal(30_000_000)}


def test_refusals_are_named_by_row_and_column_and_nothing_is_saved(dunia):
    d = dunia
    scope = d["scope"]
    wb = load_workbook(io.BytesIO(templat(scope, "sukamaju", TAHUN)))
    ws, kas = wb[LEMBAR_RENCANA], wb[LEMBAR_KAS]
    r = _baris(ws, f"I:{d['musrenbang'].pk}")
    ws.cell(r, 6, "30")
    ws.cell(r, 8, "20")  # s.d. TW II 50 > 40
    k = _baris(kas, f"K:{d['sub'].pk}")
    kas.cell(k, 8, "90.000.000")  # H: TW IV above the 80 million in force
    hasil = impor_rencana(scope, slug="sukamaju", tahun=TAHUN, isi=_isi(wb), simpan=True)
    assert not hasil.disimpan
    assert [(e.baris, e.kolom) for e in hasil.kesalahan] == [(r, "H"), (k, "H")]
    assert "Kegiatan musrenbang, triwulan II" in hasil.kesalahan[0].pesan and "melebihi pagu" in hasil.kesalahan[1].pesan
    ws.cell(r, 8, "10")  # the plan is right now; the kas still refused: neither is saved
    hasil = impor_rencana(scope, slug="sukamaju", tahun=TAHUN, isi=_isi(wb), simpan=True)
    assert [(e.baris, e.kolom) for e in hasil.kesalahan] == [(k, "H")]
    assert not RencanaAksi.objects.filter(pd=d["pd"]).exists() and not AnggaranKas.objects.filter(pd=d["pd"]).exists()
    wrong = templat(Scope.system(), "wonoasih", 2024)
    hasil = impor_rencana(scope, slug="sukamaju", tahun=TAHUN, isi=wrong, simpan=True)
    assert "bukan templat rencana aksi Kecamatan Sukamaju tahun 2026" in hasil.kesalahan[0].pesan


def test_the_screen_and_the_command_import(dunia, tmp_path, capsys):
    d = dunia
    client = d["client"]
    url = reverse("measurement:rencana_aksi_templat", args=["sukamaju", TAHUN])
    assert url in client.get(reverse("measurement:rencana_aksi", args=["sukamaju", TAHUN])).content.decode()
    wb = load_workbook(io.BytesIO(client.get(url).content))
    ws = wb[LEMBAR_RENCANA]
    ws.cell(_baris(ws, f"I:{d['aduan'].pk}"), 12, "110")  # L: target TW IV
    isi = _isi(wb)
    unggah = reverse("measurement:rencana_aksi_unggah", args=["sukamaju", TAHUN])
    html = client.post(unggah, {"berkas": io.BytesIO(isi)}, format="multipart").content.decode()
    assert "1 isian berubah" in html and "Pengaduan diselesaikan TW IV: - → 110" in html
    assert not RencanaAksi.objects.filter(pd=d["pd"]).exists()
    assert client.post(unggah, {"berkas_b64": base64.b64encode(isi).decode(), "simpan": "1"}).status_code == 302
    assert RencanaAksi.objects.get(indikator=d["aduan"], triwulan=4).nilai == Decimal(110)
    path = tmp_path / "rencana.xlsx"
    ws.cell(_baris(ws, f"I:{d['aduan'].pk}"), 12, "")
    path.write_bytes(_isi(wb))
    call_command("import", "rencana_aksi", str(path), unit="sukamaju", year=TAHUN)
    assert not RencanaAksi.objects.filter(pd=d["pd"]).exists()  # a blank target removes the quarter


# --- the demo ------------------------------------------------------------------------------------------------


def test_the_demo_plan_of_wonoasih_2024(system_scope):
    layar = layar_rencana(system_scope, PerangkatDaerah.objects.get(slug="wonoasih"), 2024)
    assert layar.terkunci == (1, 2, 3)  # TW I–III approved in the demo: only TW IV can change
    assert RencanaAksi.objects.filter(pd__slug="wonoasih", tahun=2024).count() == 43 * 4 + 2  # IKM: TW II, IV
    assert all(r.aksi.startswith("(contoh) ") for r in RencanaAksi.objects.filter(pd__slug="wonoasih"))
    by_kode = {(b.level, b.kode): b for b in layar.indikator}
    # program 7.01.05 (target 25%): held 0 and 16,75 in TW I–II; TW III on the line to 25 at TW IV:
    # 16,75 + (25 − 16,75) / 2 = 20,875 → 20,88
    program = by_kode[("program", "7.01.05")]
    assert program.target_sd == (Decimal(0), Decimal("16.75"), Decimal("20.88"), Decimal(25))
    # sub kegiatan 7.01.01.2.01.0006 (4 laporan): held 1 and 2; TW III whole on the line: 2 + (4 − 2) / 2 = 3
    assert by_kode[("sub_kegiatan", "7.01.01.2.01.0006")].target_sd == (1, 2, 3, 4)
    # the IKM (semester) in force from PK: 94,14 in TW II and TW IV
    ikm = next(b for b in layar.indikator if b.level == "sasaran" and "IKM" in b.nama)
    assert ikm.target_sd == (None, Decimal("94.14"), None, Decimal("94.14"))
    # kas of 7.01.01.2.01.0006: spending s.d. I 4.592.100 → 5 million; s.d. II 8.031.500 → 9 million; no TW III row;
    # s.d. IV 23.638.000 → 24 million, capped at the APBD-P's 23.750.000: kas I 5, II 4, IV 14,75 million
    kas = next(k for k in layar.kas if k.kode == "7.01.01.2.01.0006")
    assert dict(kas.kas) == {1: Decimal(5_000_000), 2: Decimal(4_000_000), 4: Decimal(14_750_000)}
    assert (kas.pagu, kas.sisa) == (Decimal(23_750_000), Decimal(0))
    assert all(k.masalah is None for k in layar.kas) and all(not b.masalah for b in layar.indikator)
