"""Evaluasi AKIP (issue 18, first slice): the worksheet of a year, the stages, who writes what, the score through
the command. The demo's Kota Probolinggo has no LKE: each test prepares the one of 2024 for Wonoasih.

Every expected figure is computed by hand in the comments beside it, never read back from the code.
"""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.core.management import call_command

from sakip.core.galat import Ditolak
from sakip.core.scoping import Scope
from sakip.domain.accounts.models import Akses
from sakip.domain.evaluasi import services
from sakip.domain.evaluasi.models import Evaluasi, JawabanLke, KomponenLke, KriteriaLke, Lke, SubKomponenLke
from sakip.domain.organisation.models import Pemda, PerangkatDaerah

pytestmark = pytest.mark.django_db

PD, EVALUATOR = services.PD, services.EVALUATOR


def scope_of(username: str) -> Scope:
    return Scope.for_user(User.objects.get(username=username))


@pytest.fixture
def wonoasih() -> PerangkatDaerah:
    return PerangkatDaerah.objects.select_related("pemda").get(slug="wonoasih")


@pytest.fixture
def evaluasi(wonoasih) -> Evaluasi:
    return services.mulai_evaluasi(scope_of("inspektorat-probolinggo"), pd=wonoasih, tahun=2024)


def kriteria(kode: str) -> KriteriaLke:
    return KriteriaLke.objects.get(pemda__slug="kota-probolinggo", sub_komponen__komponen__lke__tahun=2024, kode=kode)


# --- the worksheet of a year -----------------------------------------------------------------------------------


def test_loading_gives_the_regulations_four_komponen_twelve_sub_komponen_and_eighty_criteria(wonoasih):
    lke = services.siapkan_lke(scope_of("inspektorat-probolinggo"), pemda=wonoasih.pemda, tahun=2024)
    assert (lke.kode, lke.skala) == ("88/2021", "88/2021")
    komponen = KomponenLke.objects.filter(lke=lke).order_by("urutan")
    assert [(k.kode, k.bobot) for k in komponen] == [
        ("1", Decimal(30)), ("2", Decimal(30)), ("3", Decimal(15)), ("4", Decimal(25))]
    subs = SubKomponenLke.objects.filter(komponen__lke=lke).order_by("urutan")
    # The regulation's 20 % / 30 % / 50 % of each komponen: 6, 9, 15; 6, 9, 15; 3, 4,5, 7,5; 5, 7,5, 12,5.
    assert [(s.kode, s.bobot, s.jenis, s.kriteria.count()) for s in subs] == [
        ("1.a", Decimal(6), "keberadaan", 7), ("1.b", Decimal(9), "kualitas", 10),
        ("1.c", Decimal(15), "pemanfaatan", 8),
        ("2.a", Decimal(6), "keberadaan", 3), ("2.b", Decimal(9), "kualitas", 7), ("2.c", Decimal(15), "pemanfaatan", 10),
        ("3.a", Decimal(3), "keberadaan", 6), ("3.b", Decimal("4.5"), "kualitas", 9),
        ("3.c", Decimal("7.5"), "pemanfaatan", 7),
        ("4.a", Decimal(5), "keberadaan", 3), ("4.b", Decimal("7.5"), "kualitas", 5),
        ("4.c", Decimal("12.5"), "pemanfaatan", 5)]
    assert KriteriaLke.objects.filter(sub_komponen__komponen__lke=lke).count() == 80
    assert kriteria("1.a.1").uraian == "Terdapat pedoman teknis perencanaan kinerja."
    # A second call gives the same worksheet.
    assert services.siapkan_lke(Scope.system(), pemda=wonoasih.pemda, tahun=2024) == lke


def test_a_year_copies_the_latest_earlier_year_which_keeps_its_own(wonoasih):
    scope = scope_of("inspektorat-probolinggo")
    services.siapkan_lke(scope, pemda=wonoasih.pemda, tahun=2023)
    KriteriaLke.objects.filter(pemda=wonoasih.pemda, kode="1.a.1").update(uraian="Pedoman teknis versi pemda.")
    lke_2025 = services.siapkan_lke(scope, pemda=wonoasih.pemda, tahun=2025)
    baru = KriteriaLke.objects.get(sub_komponen__komponen__lke=lke_2025, kode="1.a.1")
    assert baru.uraian == "Pedoman teknis versi pemda."
    assert KriteriaLke.objects.filter(sub_komponen__komponen__lke=lke_2025).count() == 80
    baru.uraian = "Diubah untuk 2025."
    baru.save()
    lama = KriteriaLke.objects.get(sub_komponen__komponen__lke__tahun=2023, pemda=wonoasih.pemda, kode="1.a.1")
    assert lama.uraian == "Pedoman teknis versi pemda."


def test_weights_that_do_not_add_up_refuse_the_whole_load(wonoasih):
    scope = scope_of("inspektorat-probolinggo")
    services.siapkan_lke(scope, pemda=wonoasih.pemda, tahun=2023)
    SubKomponenLke.objects.filter(pemda=wonoasih.pemda, kode="1.a").update(bobot=7)
    with pytest.raises(ValidationError) as exc:
        services.siapkan_lke(scope, pemda=wonoasih.pemda, tahun=2024)
    # 7 + 9 + 15 = 31 in komponen 1; 31 + 30 + 15 + 25 = 101 — but the komponen still say 30, so the total is 100.
    assert exc.value.message_dict == {"bobot": ["Bobot sub-komponen komponen 1 berjumlah 31, bukan 30."]}
    assert not Lke.objects.filter(pemda=wonoasih.pemda, tahun=2024).exists()
    assert KomponenLke.objects.filter(pemda=wonoasih.pemda).count() == 4  # 2023's only


def test_only_the_evaluator_of_the_pemda_starts_an_evaluation(wonoasih):
    for username in ("admin-probolinggo", "operator-wonoasih", "camat-wonoasih", "verifikator-wonoasih"):
        with pytest.raises(Ditolak):
            services.mulai_evaluasi(scope_of(username), pd=wonoasih, tahun=2024)
    assert not Lke.objects.filter(pemda=wonoasih.pemda).exists()
    evaluasi = services.mulai_evaluasi(scope_of("inspektorat-probolinggo"), pd=wonoasih, tahun=2024)
    assert (evaluasi.tahap, evaluasi.lke.tahun) == ("mandiri", 2024)
    with pytest.raises(ValidationError) as exc:
        services.mulai_evaluasi(scope_of("inspektorat-probolinggo"), pd=wonoasih, tahun=2024)
    assert exc.value.message_dict == {"tahun": ["Evaluasi Kecamatan Wonoasih tahun 2024 sudah dimulai."]}


# --- a whole worksheet, by hand, through the command ---------------------------------------------------------

# What the PD answers (self-assessment) and what the evaluator gives, per sub-komponen; "" = the evaluator left
# the PD's value standing. 80 criteria: 7, 10, 8, 3, 7, 10, 6, 9, 7, 3, 5, 5.
PD_JAWAB = {"1.a": ["AA"] * 7, "1.b": ["A"] * 10, "1.c": ["A"] * 8, "2.a": ["AA"] * 3, "2.b": ["A"] * 7,
            "2.c": ["B"] * 10, "3.a": ["D"] * 6, "3.b": ["A"] * 9, "3.c": ["B"] * 7, "4.a": ["BB"] * 3,
            "4.b": ["A"] * 5, "4.c": ["CC"] * 4 + ["C"]}
EVALUATOR_JAWAB = {
    "1.a": ["A"] * 7,  # 0,9 × 6 = 5,40
    "1.b": ["BB"] * 5 + ["B"] * 5,  # (5 × 0,8 + 5 × 0,7) / 10 = 0,75 × 9 = 6,75
    "1.c": ["B"] * 8,  # 0,7 × 15 = 10,50
    "2.a": [""] * 3,  # the PD's AA stands: 1 × 6 = 6,00
    "2.b": ["CC"] * 7,  # 0,6 × 9 = 5,40
    "2.c": ["C"] * 10,  # 0,5 × 15 = 7,50
    "3.a": ["AA"] + [""] * 5,  # AA and the PD's five D: (1 + 5 × 0,3) / 6 = 0,41666… × 3 = 1,25
    "3.b": ["BB"] * 9,  # 0,8 × 4,5 = 3,60
    "3.c": [""] * 7,  # the PD's B stands: 0,7 × 7,5 = 5,25
    "4.a": [""] * 3,  # the PD's BB stands: 0,8 × 5 = 4,00
    "4.b": ["B"] * 5,  # 0,7 × 7,5 = 5,25
    "4.c": ["CC"] * 4 + ["E"],  # (4 × 0,6 + 0) / 5 = 0,48 × 12,5 = 6,00
}
# Komponen 1: 5,40 + 6,75 + 10,50 = 22,65; 2: 6,00 + 5,40 + 7,50 = 18,90; 3: 1,25 + 3,60 + 5,25 = 10,10;
# 4: 4,00 + 5,25 + 6,00 = 15,25. Nilai AKIP 22,65 + 18,90 + 10,10 + 15,25 = 66,90 → B (Baik: > 60, ≤ 70).


def isi_semua(evaluasi: Evaluasi, sisi: str, jawab: dict[str, list[str]], field: str, scope: Scope) -> None:
    for sub, nilai in jawab.items():
        for i, huruf in enumerate(nilai, start=1):
            if huruf:
                services.simpan_jawaban(scope, evaluasi=evaluasi, kriteria=kriteria(f"{sub}.{i}"),
                                        data={field: huruf}, sisi=sisi)


def test_a_fully_answered_worksheet_scores_as_computed_by_hand_through_the_command(evaluasi, capsysbinary):
    operator, evaluator = scope_of("operator-wonoasih"), scope_of("inspektorat-probolinggo")
    isi_semua(evaluasi, PD, PD_JAWAB, "nilai_pd", operator)
    services.simpan_jawaban(operator, evaluasi=evaluasi, kriteria=kriteria("1.a.1"), sisi=PD,
                            data={"penjelasan_pd": "Perwali 12/2023", "bukti": "https://contoh.go.id/perwali.pdf"})
    services.lanjutkan_tahap(operator, evaluasi=evaluasi)
    isi_semua(evaluasi, EVALUATOR, EVALUATOR_JAWAB, "nilai_evaluator", evaluator)
    services.simpan_jawaban(evaluator, evaluasi=evaluasi, kriteria=kriteria("1.a.1"), sisi=EVALUATOR,
                            data={"catatan": "Pedoman belum dimutakhirkan.", "rekomendasi": "Mutakhirkan pedoman."})
    services.lanjutkan_tahap(evaluator, evaluasi=evaluasi)
    services.simpan_jawaban(operator, evaluasi=evaluasi, kriteria=kriteria("1.a.1"), sisi=PD,
                            data={"tanggapan_pd": "Sedang direvisi."})
    services.lanjutkan_tahap(evaluator, evaluasi=evaluasi)

    capsysbinary.readouterr()
    call_command("lke", unit="wonoasih", year=2024, format="json")
    data = json.loads(capsysbinary.readouterr().out)
    assert (data["unit"]["slug"], data["tahun"], data["status"]) == ("wonoasih", 2024, "final")
    assert [(k["kode"], k["bobot"], k["nilai"]) for k in data["komponen"]] == [
        ("1", 30, 22.65), ("2", 30, 18.9), ("3", 15, 10.1), ("4", 25, 15.25)]
    assert [(s["kode"], s["bobot"], s["nilai"]) for k in data["komponen"] for s in k["sub_komponen"]] == [
        ("1.a", 6, 5.4), ("1.b", 9, 6.75), ("1.c", 15, 10.5), ("2.a", 6, 6), ("2.b", 9, 5.4), ("2.c", 15, 7.5),
        ("3.a", 3, 1.25), ("3.b", 4.5, 3.6), ("3.c", 7.5, 5.25), ("4.a", 5, 4), ("4.b", 7.5, 5.25),
        ("4.c", 12.5, 6)]
    assert (data["nilai_akip"], data["predikat"]) == (66.9, "B")
    pertama = data["komponen"][0]["sub_komponen"][0]["kriteria"][0]
    assert pertama == {
        "kode": "1.a.1", "uraian": "Terdapat pedoman teknis perencanaan kinerja.", "nilai_pd": "AA",
        "penjelasan_pd": "Perwali 12/2023", "bukti": "https://contoh.go.id/perwali.pdf", "nilai_evaluator": "A",
        "nilai": "A", "catatan": "Pedoman belum dimutakhirkan.", "rekomendasi": "Mutakhirkan pedoman.",
        "tanggapan_pd": "Sedang direvisi."}
    tiga_a_2 = data["komponen"][2]["sub_komponen"][0]["kriteria"][1]
    assert (tiga_a_2["nilai_pd"], tiga_a_2["nilai_evaluator"], tiga_a_2["nilai"]) == ("D", None, "D")


def test_the_command_names_an_evaluation_not_started():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="Evaluasi AKIP Kecamatan Wonoasih tahun 2024 belum dimulai"):
        call_command("lke", unit="wonoasih", year=2024, format="json")


# --- who writes what, when -----------------------------------------------------------------------------------

PD_FIELDS = {"nilai_pd": "A", "penjelasan_pd": "x", "bukti": "x", "tanggapan_pd": "x"}
EVAL_FIELDS = {"nilai_evaluator": "B", "catatan": "x", "rekomendasi": "x"}
# (stage, side) → the fields that side may write then.
BOLEH = {
    ("mandiri", PD): {"nilai_pd", "penjelasan_pd", "bukti"}, ("mandiri", EVALUATOR): set(),
    ("reviu", PD): set(), ("reviu", EVALUATOR): {"nilai_evaluator", "catatan", "rekomendasi"},
    ("tanggapan", PD): {"tanggapan_pd"}, ("tanggapan", EVALUATOR): set(),
    ("final", PD): set(), ("final", EVALUATOR): set(),
}
LABEL = {"nilai_pd": "Nilai PD", "penjelasan_pd": "Penjelasan PD", "bukti": "Bukti dukung",
         "tanggapan_pd": "Tanggapan PD", "nilai_evaluator": "Nilai evaluator", "catatan": "Catatan evaluator",
         "rekomendasi": "Rekomendasi"}
TAHAP = {"mandiri": "Penilaian mandiri", "reviu": "Reviu evaluator", "tanggapan": "Tanggapan perangkat daerah",
         "final": "Final"}


@pytest.mark.parametrize("tahap", ["mandiri", "reviu", "tanggapan", "final"])
def test_role_by_stage_write_matrix(evaluasi, tahap):
    Evaluasi.objects.filter(pk=evaluasi.pk).update(tahap=tahap)
    k = kriteria("2.b.3")
    for sisi, username in ((PD, "operator-wonoasih"), (EVALUATOR, "inspektorat-probolinggo")):
        scope = scope_of(username)
        for field, value in {**PD_FIELDS, **EVAL_FIELDS}.items():
            if field in BOLEH[(tahap, sisi)]:
                services.simpan_jawaban(scope, evaluasi=evaluasi, kriteria=k, data={field: value}, sisi=sisi)
                assert getattr(JawabanLke.objects.get(evaluasi=evaluasi, kriteria=k), field) == value
                continue
            with pytest.raises(Ditolak) as exc:
                services.simpan_jawaban(scope, evaluasi=evaluasi, kriteria=k, data={field: value}, sisi=sisi)
            pihak = "perangkat daerah" if sisi == PD else "evaluator"
            assert str(exc.value) == f"{LABEL[field]} tidak dapat diisi {pihak} pada tahap {TAHAP[tahap]}."
    written = set().union(*(BOLEH[(tahap, s)] for s in (PD, EVALUATOR)))
    rows = JawabanLke.objects.filter(evaluasi=evaluasi)
    if not written:
        assert not rows.exists()
    else:
        row = rows.get()
        for field in LABEL:
            assert bool(getattr(row, field)) == (field in written), field


@pytest.mark.parametrize("username", ["admin-probolinggo", "camat-wonoasih", "verifikator-wonoasih",
                                      "operator-kanigaran"])
def test_other_roles_write_no_side(evaluasi, username):
    scope = scope_of(username)
    for sisi, data in ((PD, {"nilai_pd": "A"}), (EVALUATOR, {"nilai_evaluator": "A"})):
        with pytest.raises(Ditolak):
            services.simpan_jawaban(scope, evaluasi=evaluasi, kriteria=kriteria("1.a.1"), data=data, sisi=sisi)
    with pytest.raises(Ditolak):
        services.lanjutkan_tahap(scope, evaluasi=evaluasi)
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()
    assert Evaluasi.objects.get(pk=evaluasi.pk).tahap == "mandiri"


def test_a_refused_field_or_letter_saves_nothing_of_the_same_request(evaluasi):
    operator = scope_of("operator-wonoasih")
    k = kriteria("1.b.2")
    with pytest.raises(Ditolak) as exc:
        services.simpan_jawaban(operator, evaluasi=evaluasi, kriteria=k, sisi=PD,
                                data={"nilai_pd": "A", "tanggapan_pd": "tidak setuju"})
    assert str(exc.value) == "Tanggapan PD tidak dapat diisi perangkat daerah pada tahap Penilaian mandiri."
    with pytest.raises(ValidationError) as exc2:
        services.simpan_jawaban(operator, evaluasi=evaluasi, kriteria=k, sisi=PD,
                                data={"penjelasan_pd": "ada", "nilai_pd": "SANGAT BAIK SEKALI" * 5})
    pesan = exc2.value.message_dict["nilai_pd"][0]
    assert pesan.startswith("Nilai PD kriteria 1.b.2: Nilai “SANGAT BAIK SEKALI")
    assert pesan.endswith("…” tidak ada pada skala AA–E (PermenPANRB 88/2021).")
    assert not JawabanLke.objects.filter(evaluasi=evaluasi).exists()


def test_the_stages_move_forward_by_their_side_and_final_needs_every_value(evaluasi):
    operator, evaluator = scope_of("operator-wonoasih"), scope_of("inspektorat-probolinggo")
    with pytest.raises(Ditolak) as exc:
        services.lanjutkan_tahap(evaluator, evaluasi=evaluasi)
    assert str(exc.value) == "Tahap Penilaian mandiri dilanjutkan oleh perangkat daerah, bukan peran Anda."
    services.simpan_jawaban(operator, evaluasi=evaluasi, kriteria=kriteria("1.a.1"), data={"nilai_pd": "A"}, sisi=PD)
    assert services.lanjutkan_tahap(operator, evaluasi=evaluasi).tahap == "reviu"
    with pytest.raises(Ditolak):
        services.lanjutkan_tahap(operator, evaluasi=evaluasi)
    # From the response on nobody values a criterion: the review goes to the PD only with every value (else an
    # evaluation could never become final).
    with pytest.raises(ValidationError) as exc2:
        services.lanjutkan_tahap(evaluator, evaluasi=evaluasi)
    # 80 criteria, 1.a.1 valued: 79 without a value, the first five named.
    assert exc2.value.message_dict == {
        "tahap": ["Belum semua kriteria bernilai: 1.a.2, 1.a.3, 1.a.4, 1.a.5, 1.a.6 dan 74 lainnya."]}
    assert Evaluasi.objects.get(pk=evaluasi.pk).tahap == "reviu"
    for k in KriteriaLke.objects.filter(sub_komponen__komponen__lke=evaluasi.lke).exclude(kode="1.a.1"):
        services.simpan_jawaban(evaluator, evaluasi=evaluasi, kriteria=k, data={"nilai_evaluator": "B"}, sisi=EVALUATOR)
    assert services.lanjutkan_tahap(evaluator, evaluasi=evaluasi).tahap == "tanggapan"
    assert services.lanjutkan_tahap(evaluator, evaluasi=evaluasi).tahap == "final"


def test_another_pemdas_evaluator_reaches_nothing(evaluasi):
    purworejo = Akses.objects.get(user__username="operator-purworejo").pemda
    user = User.objects.create_user("inspektorat-lain", password="rahasia-uji-12345")
    Akses.objects.create(user=user, peran=Akses.Peran.EVALUATOR, pemda=purworejo)
    scope = Scope.for_user(user)
    with pytest.raises(Ditolak):
        services.simpan_jawaban(scope, evaluasi=evaluasi, kriteria=kriteria("1.a.1"), data={"nilai_evaluator": "A"},
                                sisi=EVALUATOR)
    assert not Evaluasi.objects.within(scope).exists()
    wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
    with pytest.raises(Ditolak):
        services.mulai_evaluasi(scope, pd=wonoasih, tahun=2025)
    assert Pemda.objects.filter(pk=purworejo.pk).exists()


def test_the_messages_name_each_field_as_the_model_labels_it():
    for name, label in services.LABEL_MEDAN.items():
        assert label.lower() == str(JawabanLke._meta.get_field(name).verbose_name).lower()
    assert set(services.LABEL_MEDAN) == {f for fields in services.HAK.values() for f in fields}


def test_the_scope_lets_the_evaluator_change_evaluations_of_its_pemda_only(evaluasi):
    from sakip.core.scoping import CHANGE
    from sakip.domain.organisation.models import Jabatan
    from sakip.domain.planning.models import Indikator

    evaluator, admin_pemda = scope_of("inspektorat-probolinggo"), scope_of("admin-probolinggo")
    operator, kanigaran = scope_of("operator-wonoasih"), scope_of("operator-kanigaran")
    assert evaluator.writes and evaluator.reaches(evaluasi, CHANGE) and evaluator.reaches(evaluasi.lke, CHANGE)
    assert operator.reaches(evaluasi, CHANGE) and not operator.reaches(evaluasi.lke, CHANGE)
    assert not admin_pemda.reaches(evaluasi, CHANGE) and admin_pemda.reaches(evaluasi)
    assert not kanigaran.reaches(evaluasi) and not kanigaran.reaches(evaluasi, CHANGE)
    # The evaluator's new right writes nothing else: not the pemda's master data, not a PD's figures.
    for model in (Pemda, PerangkatDaerah, Jabatan, Indikator):
        assert evaluator.q(model, CHANGE) is None, model
    assert admin_pemda.q(Pemda, CHANGE) is not None and admin_pemda.q(Jabatan, CHANGE) is not None
