"""After the result (issue 18): the follow-up of recommendations (who writes what, the inbox, the reminders, next
year's reading), the final Nilai AKIP as the realisation of the Nilai SAKIP indicator, the pemda's view beside the
year before, and the demo's evaluations.

Wonoasih's Nilai SAKIP indicator is in its Renstra 2026–2027 (target 2026 "85,47"), so the realisation tests use
2026. Answers are written in bulk (what the services check is tested in test_evaluasi.py); every expected figure
is computed by hand in the comment beside it.
"""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.urls import reverse

from sakip.core.galat import Ditolak
from sakip.core.scoping import Scope
from sakip.domain.evaluasi import nilai_sakip, services, tindak_lanjut
from sakip.domain.evaluasi.dokumen import build_lke
from sakip.domain.evaluasi.models import Evaluasi, JawabanLke, KriteriaLke, TindakLanjut
from sakip.domain.measurement.models import Realisasi
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Indikator
from sakip.domain.workflow import pengingat
from sakip.rumus.lke import label_nilai_sakip

pytestmark = pytest.mark.django_db

# Komponen 1 (bobot 30) all "A" = 0,9; komponen 2–4 (bobot 70) all "BB" = 0,8. Every sub-komponen's mean is its
# one fraction, so Nilai AKIP = 30 × 0,9 + 70 × 0,8 = 27 + 56 = 83,00 → A (> 80, ≤ 90): "A (83,00)".
JAWAB_83 = {"1": "A", "2": "BB", "3": "BB", "4": "BB"}
# Everything "B" = 0,7: 100 × 0,7 = 70,00 → B (70,00 is not above 70). Komponen 1: 30 × 0,7 = 21,00.
JAWAB_70 = {"1": "B", "2": "B", "3": "B", "4": "B"}


def scope_of(username: str) -> Scope:
    return Scope.for_user(User.objects.get(username=username))


def selesai(pd: PerangkatDaerah, tahun: int, jawab: dict[str, str], rekomendasi: tuple[str, ...] = (),
            final: bool = True) -> Evaluasi:
    """An evaluation of ``pd`` for ``tahun`` answered by the evaluator with ``jawab`` (komponen → letter), the
    criteria ``rekomendasi`` with a recommendation, brought to the response stage and made final by the evaluator."""
    evaluator = scope_of("inspektorat-probolinggo")
    evaluasi = services.mulai_evaluasi(evaluator, pd=pd, tahun=tahun)
    kriteria = KriteriaLke.objects.filter(sub_komponen__komponen__lke_id=evaluasi.lke_id).select_related(
        "sub_komponen__komponen")
    JawabanLke.objects.bulk_create([
        JawabanLke(evaluasi=evaluasi, kriteria=k, pemda_id=pd.pemda_id, pd=pd,
                   nilai_evaluator=jawab[k.sub_komponen.komponen.kode],
                   rekomendasi=f"Perbaiki {k.kode}." if k.kode in rekomendasi else "")
        for k in kriteria])
    Evaluasi.objects.filter(pk=evaluasi.pk).update(tahap=Evaluasi.Tahap.TANGGAPAN)
    if final:
        evaluasi = services.lanjutkan_tahap(evaluator, evaluasi=evaluasi)
    return evaluasi


@pytest.fixture
def wonoasih() -> PerangkatDaerah:
    return PerangkatDaerah.objects.select_related("pemda").get(slug="wonoasih")


def item(evaluasi: Evaluasi, kode: str) -> TindakLanjut:
    return TindakLanjut.objects.get(jawaban__evaluasi=evaluasi, jawaban__kriteria__kode=kode)


# --- the follow-ups --------------------------------------------------------------------------------------------


def test_the_final_stage_turns_each_recommendation_into_one_follow_up(wonoasih):
    evaluasi = selesai(wonoasih, 2026, JAWAB_83, rekomendasi=("1.a.1", "2.b.3", "4.c.1"))
    assert sorted(TindakLanjut.objects.filter(jawaban__evaluasi=evaluasi)
                  .values_list("jawaban__kriteria__kode", "status", "pd__slug")) == [
        ("1.a.1", "belum", "wonoasih"), ("2.b.3", "belum", "wonoasih"), ("4.c.1", "belum", "wonoasih")]
    assert tindak_lanjut.buat_tindak_lanjut(evaluasi) == 0  # idempotent


PD_DATA = {"uraian": "Pedoman direvisi.", "bukti": "https://contoh.go.id/pedoman.pdf", "status": "selesai",
           "target_tanggal": "2027-03-31"}
EVALUATOR_DATA = {"diverifikasi": True, "catatan_verifikasi": "Sesuai."}


@pytest.mark.parametrize(("username", "pd_boleh", "evaluator_boleh"), [
    ("operator-wonoasih", True, False),
    ("inspektorat-probolinggo", False, True),
    ("camat-wonoasih", False, False),
    ("verifikator-wonoasih", False, False),
    ("admin-probolinggo", False, False),
    ("operator-kanigaran", False, False),
    ("operator-purworejo", False, False),
])
def test_follow_up_write_matrix(wonoasih, username, pd_boleh, evaluator_boleh):
    evaluasi = selesai(wonoasih, 2026, JAWAB_83, rekomendasi=("1.a.1",))
    tl = item(evaluasi, "1.a.1")
    scope = scope_of(username)
    if pd_boleh:
        tindak_lanjut.simpan_tindak_lanjut(scope, tindak_lanjut=tl, data=PD_DATA)
    else:
        with pytest.raises(Ditolak):
            tindak_lanjut.simpan_tindak_lanjut(scope, tindak_lanjut=tl, data=PD_DATA)
    tindak_lanjut.simpan_tindak_lanjut(Scope.system(), tindak_lanjut=tl, data={"status": "selesai"})
    if evaluator_boleh:
        tindak_lanjut.simpan_tindak_lanjut(scope, tindak_lanjut=tl, data=EVALUATOR_DATA,
                                           oleh=User.objects.get(username=username))
        tl.refresh_from_db()
        assert tl.diverifikasi and tl.diverifikasi_oleh.username == username and tl.diverifikasi_pada is not None
    else:
        with pytest.raises(Ditolak):
            tindak_lanjut.simpan_tindak_lanjut(scope, tindak_lanjut=tl, data=EVALUATOR_DATA)
        tl.refresh_from_db()
        assert not tl.diverifikasi


def test_follow_ups_wait_for_the_final_result_and_a_verified_one_is_closed_to_the_pd(wonoasih):
    evaluasi = selesai(wonoasih, 2026, JAWAB_83, rekomendasi=("1.a.1",))
    tl = item(evaluasi, "1.a.1")
    operator, evaluator = scope_of("operator-wonoasih"), scope_of("inspektorat-probolinggo")
    # Verifying an item not done is refused on the field, and nothing of the request is saved.
    with pytest.raises(ValidationError) as info:
        tindak_lanjut.simpan_tindak_lanjut(evaluator, tindak_lanjut=tl, data={**EVALUATOR_DATA})
    assert "Diverifikasi: tindak lanjut kriteria 1.a.1 belum berstatus selesai." in info.value.messages
    tl.refresh_from_db()
    assert (tl.diverifikasi, tl.catatan_verifikasi) == (False, "")
    # A date not a date names the field and quotes the value; nothing saved.
    with pytest.raises(ValidationError) as info:
        tindak_lanjut.simpan_tindak_lanjut(operator, tindak_lanjut=tl, data={**PD_DATA, "target_tanggal": "31/03/2027"})
    assert info.value.messages == ["Target selesai: “31/03/2027” bukan tanggal (tttt-bb-hh)."]
    tl.refresh_from_db()
    assert tl.uraian == ""
    tindak_lanjut.simpan_tindak_lanjut(operator, tindak_lanjut=tl, data=PD_DATA)
    tindak_lanjut.simpan_tindak_lanjut(evaluator, tindak_lanjut=tl, data=EVALUATOR_DATA)
    with pytest.raises(Ditolak, match="sudah diverifikasi"):
        tindak_lanjut.simpan_tindak_lanjut(operator, tindak_lanjut=tl, data={"uraian": "Diubah."})
    # An evaluation not final has no follow-ups to write.
    kanigaran = PerangkatDaerah.objects.get(slug="kanigaran")
    lain = selesai(kanigaran, 2026, JAWAB_83, rekomendasi=("1.a.1",), final=False)
    jawaban = JawabanLke.objects.get(evaluasi=lain, kriteria__kode="1.a.1")
    belum = TindakLanjut.objects.create(jawaban=jawaban)
    with pytest.raises(Ditolak, match="setelah evaluasi final"):
        tindak_lanjut.simpan_tindak_lanjut(Scope.system(), tindak_lanjut=belum, data={"uraian": "x"})


def test_overdue_follow_ups_wait_in_the_inbox_and_the_reminders(wonoasih, login, mailoutbox):
    evaluasi = selesai(wonoasih, 2026, JAWAB_83, rekomendasi=("1.a.1", "1.a.2", "1.a.3"))
    Evaluasi.objects.filter(pk=evaluasi.pk).update(tanggal_lhe=datetime.date(2027, 2, 1))
    operator = scope_of("operator-wonoasih")
    tindak_lanjut.simpan_tindak_lanjut(operator, tindak_lanjut=item(evaluasi, "1.a.1"),
                                       data={"status": "proses", "target_tanggal": "2027-03-31"})
    tindak_lanjut.simpan_tindak_lanjut(operator, tindak_lanjut=item(evaluasi, "1.a.2"),
                                       data={"status": "proses", "target_tanggal": "2027-06-30"})
    tindak_lanjut.simpan_tindak_lanjut(operator, tindak_lanjut=item(evaluasi, "1.a.3"),
                                       data={"status": "selesai", "target_tanggal": "2027-03-31"})
    # On 1 May 2027: 1.a.1 and 1.a.3 are past 31 March and not verified; 1.a.2 is not due yet.
    judul = {i.judul for i in tindak_lanjut.kotak(operator, datetime.date(2027, 5, 1))}
    assert judul == {"Tindak lanjut rekomendasi LKE 2026: 2 melewati target"}
    # The evaluator: 1.a.3 is done and waits for verification; before the LHE's date nothing shows.
    evaluator = scope_of("inspektorat-probolinggo")
    assert [i.judul for i in tindak_lanjut.kotak(evaluator, datetime.date(2027, 5, 1))] == [
        "Tindak lanjut rekomendasi LKE 2026: 1 menunggu verifikasi"]
    assert tindak_lanjut.kotak(evaluator, datetime.date(2027, 1, 31)) == []
    assert tindak_lanjut.kotak(scope_of("camat-wonoasih"), datetime.date(2027, 5, 1)) == []
    assert tindak_lanjut.kotak(scope_of("operator-kanigaran"), datetime.date(2027, 5, 1)) == []

    # The inbox page counts from today: the LHE a month ago, 1.a.1 due yesterday.
    hari_ini = datetime.date.today()
    Evaluasi.objects.filter(pk=evaluasi.pk).update(tanggal_lhe=hari_ini - datetime.timedelta(days=30))
    TindakLanjut.objects.filter(pk=item(evaluasi, "1.a.1").pk).update(target_tanggal=hari_ini - datetime.timedelta(days=1))
    html = login("operator-wonoasih").get(reverse("workflow:kotak_masuk")).content.decode()
    assert "Tindak lanjut rekomendasi LKE 2026: 1 melewati target" in html
    assert reverse("evaluasi:tindak_lanjut", args=["wonoasih", 2026]) in html

    Evaluasi.objects.filter(pk=evaluasi.pk).update(tanggal_lhe=datetime.date(2027, 2, 1))
    TindakLanjut.objects.filter(pk=item(evaluasi, "1.a.1").pk).update(target_tanggal=datetime.date(2027, 3, 31))
    pesan = {p.username: pengingat.teks(p, datetime.date(2027, 5, 1)) for p in pengingat.susun(datetime.date(2027, 5, 1))}
    assert ("- Kecamatan Wonoasih: Tindak lanjut rekomendasi LKE 2026: 2 melewati target (belum diverifikasi, "
            "batas 31-03-2027) — TERLAMBAT") in pesan["operator-wonoasih"]
    assert "Tindak lanjut rekomendasi LKE 2026: 1 menunggu verifikasi" in pesan["inspektorat-probolinggo"]


def test_the_follow_up_screen_each_side_writes_its_own_fields(wonoasih, client, login):
    evaluasi = selesai(wonoasih, 2026, JAWAB_83, rekomendasi=("1.a.1",))
    tl = item(evaluasi, "1.a.1")
    url = reverse("evaluasi:tindak_lanjut", args=["wonoasih", 2026])
    operator = login("operator-wonoasih")
    html = operator.get(url).content.decode()
    assert 'data-isian-pd="1.a.1"' in html and "data-verifikasi=" not in html and "data-jadikan-iku" not in html
    response = operator.post(url, {"id": tl.pk, "sisi": "pd", **PD_DATA, "target_tanggal": "kemarin"})
    assert response.status_code == 400 and "Target selesai: “kemarin” bukan tanggal" in response.content.decode()
    operator.post(url, {"id": tl.pk, "sisi": "pd", **PD_DATA})
    tl.refresh_from_db()
    assert (tl.status, tl.target_tanggal) == ("selesai", datetime.date(2027, 3, 31))
    # The operator posting the evaluator's side is refused (403) and saves nothing.
    assert operator.post(url, {"id": tl.pk, "sisi": "evaluator", "diverifikasi": "1"}).status_code == 403
    evaluator = login("inspektorat-probolinggo")
    html = evaluator.get(url).content.decode()
    assert 'data-verifikasi="1.a.1"' in html and "data-isian-pd=" not in html
    evaluator.post(url, {"id": tl.pk, "sisi": "evaluator", "diverifikasi": "1", "catatan_verifikasi": "OK"})
    tl.refresh_from_db()
    assert tl.diverifikasi and tl.diverifikasi_oleh.username == "inspektorat-probolinggo"
    # Linked from the worksheet once final.
    assert url in login("operator-wonoasih").get(reverse("evaluasi:lke", args=["wonoasih", 2026])).content.decode()


# --- the Nilai SAKIP as the IKU's realisation -----------------------------------------------------------------


def test_the_final_nilai_akip_becomes_the_nilai_sakip_realisation(wonoasih, login):
    selesai(wonoasih, 2026, JAWAB_83)
    row = Realisasi.objects.get(indikator__pd=wonoasih, indikator__peran="nilai_sakip", tahun=2026)
    assert (row.triwulan, row.nilai, row.teks) == (4, Decimal("83.00"), "A (83,00)")
    assert row.keterangan.startswith(nilai_sakip.SUMBER)
    html = login("camat-wonoasih").get(reverse("evaluasi:tindak_lanjut", args=["wonoasih", 2026])).content.decode()
    assert "A (83,00)" in html and "dari hasil evaluasi" in html
    # Against the target 85,47 on the number, as the IKM's "B (63,00)": the realisation is 83.
    assert row.nilai < row.indikator.target.get(tahun=2026).nilai


def test_a_hand_typed_realisation_stays_and_the_difference_is_shown(wonoasih, login):
    indikator = Indikator.objects.get(pd=wonoasih, peran="nilai_sakip")
    Realisasi.objects.create(indikator=indikator, tahun=2026, triwulan=4, nilai=Decimal("85.00"), teks="85,00",
                             keterangan="Dari aplikasi evaluasi provinsi")
    selesai(wonoasih, 2026, JAWAB_83)
    row = Realisasi.objects.get(indikator=indikator, tahun=2026, triwulan=4)
    assert (row.nilai, row.keterangan) == (Decimal("85.00"), "Dari aplikasi evaluasi provinsi")
    url = reverse("evaluasi:tindak_lanjut", args=["wonoasih", 2026])
    evaluator = login("inspektorat-probolinggo")
    html = evaluator.get(url).content.decode()
    assert 'data-selisih>2,00<' in html  # 85,00 − 83,00
    # The evaluator's button keeps it too, and says so.
    html = evaluator.post(reverse("evaluasi:nilai_sakip", args=["wonoasih", 2026]), follow=True).content.decode()
    assert "diisi manual dan tidak ditimpa" in html
    # Once the hand value is cleared, the button writes the evaluation's figure.
    Realisasi.objects.filter(pk=row.pk).update(nilai=None, teks="", keterangan="")
    evaluator.post(reverse("evaluasi:nilai_sakip", args=["wonoasih", 2026]))
    row.refresh_from_db()
    assert (row.nilai, row.teks) == (Decimal("83.00"), "A (83,00)")


def test_no_indicator_that_year_never_blocks_the_final_stage_and_the_button_names_it(wonoasih, login):
    evaluasi = selesai(wonoasih, 2024, JAWAB_83)  # the Renstra with the indicator starts in 2026
    assert evaluasi.tahap == "final"
    assert not Realisasi.objects.filter(indikator__peran="nilai_sakip", tahun=2024).exists()
    with pytest.raises(ValidationError) as info:
        nilai_sakip.jadikan_realisasi_iku(scope_of("inspektorat-probolinggo"), evaluasi=evaluasi)
    assert info.value.messages == ["Kecamatan Wonoasih tidak memiliki indikator berperan Nilai SAKIP pada Renstra "
                                   "tahun 2024; tandai indikatornya pada Renstra."]
    with pytest.raises(Ditolak):
        nilai_sakip.jadikan_realisasi_iku(scope_of("operator-wonoasih"), evaluasi=evaluasi)


# --- the pemda's view ----------------------------------------------------------------------------------------


def test_the_pemda_view_sets_each_pd_beside_the_year_before_with_fixed_queries(wonoasih, login,
                                                                              django_assert_num_queries):
    selesai(wonoasih, 2025, JAWAB_70, rekomendasi=("1.a.1",))
    url = reverse("evaluasi:rekap", args=["kota-probolinggo", 2026])
    evaluator = login("inspektorat-probolinggo")
    # session, user, akses; pemda; PD, evaluations, komponen, sub-komponen, criteria, answers, in review, to verify
    with django_assert_num_queries(12):
        evaluator.get(url)
    selesai(wonoasih, 2026, JAWAB_83)
    kanigaran = PerangkatDaerah.objects.get(slug="kanigaran")
    reviu = selesai(kanigaran, 2026, JAWAB_70, final=False)
    Evaluasi.objects.filter(pk=reviu.pk).update(tahap="reviu")
    tindak_lanjut.simpan_tindak_lanjut(Scope.system(), tindak_lanjut=TindakLanjut.objects.get(
        jawaban__evaluasi__tahun=2025, jawaban__evaluasi__pd=wonoasih), data={"status": "selesai"})
    with django_assert_num_queries(12):
        html = evaluator.get(url).content.decode()
    baris = html.split('data-pd="wonoasih"')[1].split("</tr>")[0]
    # Komponen 1: 27,00 (2026) beside 21,00 (2025); Nilai AKIP 83,00 (A) beside 70,00 (B): +13,00.
    assert '<td class="num">27,00</td><td class="num muted">21,00</td>' in baris
    assert "<b>83,00</b>" in baris and ">70,00<" in baris and ">A<" in baris and ">B<" in baris and "+13,00" in baris
    assert 'data-reviu="kanigaran-2026"' in html and "Verifikasi tindak lanjut 1.a.1 (LKE 2025)" in html
    assert reverse("evaluasi:rekap", args=["kota-probolinggo", 2026]) in evaluator.get(
        reverse("evaluasi:daftar", args=["kota-probolinggo", 2026])).content.decode()
    assert login("operator-wonoasih").get(url).status_code == 403


# --- the demo -------------------------------------------------------------------------------------------------


def test_the_demo_evaluations_load_once():
    from sakip.composite.demo import lke

    lke.load()
    jumlah = (Evaluasi.objects.count(), JawabanLke.objects.count(), TindakLanjut.objects.count())
    lke.load()
    assert (Evaluasi.objects.count(), JawabanLke.objects.count(), TindakLanjut.objects.count()) == jumlah
    wonoasih = Evaluasi.objects.get(pd__slug="wonoasih", tahun=2024)
    assert wonoasih.tahap == "final" and wonoasih.tanggal_lhe == datetime.date(2025, 3, 14)
    assert "(contoh demo)" in wonoasih.nomor_lhe
    # 80 criteria, one in four with a recommendation: 20 follow-ups; three of them filled in, one verified.
    items = TindakLanjut.objects.filter(jawaban__evaluasi=wonoasih)
    assert (items.count(), items.exclude(uraian="").count(), items.filter(diverifikasi=True).count()) == (20, 3, 1)
    assert all("(contoh demo)" in j.penjelasan_pd for j in JawabanLke.objects.filter(evaluasi=wonoasih))
    assert Evaluasi.objects.get(pd__slug="kanigaran", tahun=2024).tahap == "reviu"
    # The year before: every follow-up done and verified, as 2024's criterion 4.c.1 reads it.
    lalu = TindakLanjut.objects.filter(jawaban__evaluasi__pd=wonoasih.pd, jawaban__evaluasi__tahun=2023)
    assert (lalu.count(), lalu.filter(diverifikasi=True).count()) == (20, 20)
    # Purworejo's final 2023 result is the realisation of its Nilai SAKIP indicator (target "B (63,00)").
    purworejo = Evaluasi.objects.get(pd__slug="purworejo", tahun=2023)
    dok = build_lke(Scope.system(), "purworejo", 2023)
    row = Realisasi.objects.get(indikator__pd=purworejo.pd, indikator__peran="nilai_sakip", tahun=2023, triwulan=4)
    assert row.teks == label_nilai_sakip(dok.nilai_akip) and row.teks.startswith("B (")
