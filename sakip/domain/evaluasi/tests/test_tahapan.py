"""The stages of an evaluation beyond the table of who writes what: each stage's window (set by the Inspektorat
or the admin pemda on its screen), closing a PD's stage once its window ended, reopening a final evaluation with a
reason (logged), several evaluators sharing a PD's sub-komponen, and the evaluations waiting in the inbox."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import User
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from sakip.core.galat import Ditolak
from sakip.core.scoping import Scope
from sakip.domain.accounts.models import Akses
from sakip.domain.evaluasi import services
from sakip.domain.evaluasi.models import Evaluasi, JawabanLke, KriteriaLke, LangkahEvaluasi, Lke, TindakLanjut
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.workflow.selectors import kotak_masuk

pytestmark = pytest.mark.django_db

LKE = reverse("evaluasi:lke", args=["wonoasih", 2024])
JADWAL = reverse("evaluasi:jadwal", args=["kota-probolinggo", 2024])
HARI = datetime.timedelta(days=1)


def klien(username: str) -> Client:
    c = Client()
    c.force_login(User.objects.get(username=username))
    return c


def scope_of(username: str) -> Scope:
    return Scope.for_user(User.objects.get(username=username))


def kriteria(kode: str) -> KriteriaLke:
    return KriteriaLke.objects.get(pemda__slug="kota-probolinggo", sub_komponen__komponen__lke__tahun=2024, kode=kode)


@pytest.fixture
def evaluasi() -> Evaluasi:
    return services.mulai_evaluasi(Scope.system(), pd=PerangkatDaerah.objects.get(slug="wonoasih"), tahun=2024)


@pytest.fixture
def evaluator_kedua() -> User:
    user = User.objects.create_user("inspektorat-dua", first_name="Auditor Dua")
    Akses.objects.create(user=user, peran=Akses.Peran.EVALUATOR, pemda=PerangkatDaerah.objects.get(
        slug="wonoasih").pemda)
    return user


def jendela(**tanggal) -> None:
    Lke.objects.filter(pemda__slug="kota-probolinggo", tahun=2024).update(**tanggal)


# --- windows ------------------------------------------------------------------------------------------------


def test_the_admin_pemda_sets_the_windows_on_its_screen_and_a_bad_pair_saves_nothing(evaluasi):
    admin = klien("admin-probolinggo")
    # The admin pemda reaches it from the deadlines page of the top menu ("Jadwal").
    html = admin.get(reverse("workflow:jadwal", args=[2024]) + "?pemda=kota-probolinggo").content.decode()
    assert f'href="{JADWAL}"' in html
    html = admin.get(JADWAL).content.decode()
    assert 'name="mandiri_mulai"' in html and "Simpan jadwal" in html
    data = {"mandiri_mulai": "2025-01-06", "mandiri_selesai": "2025-01-31", "reviu_mulai": "2025-02-03",
            "reviu_selesai": "2025-02-28", "tanggapan_mulai": "2025-03-03", "tanggapan_selesai": "2025-03-07"}
    assert admin.post(JADWAL, data).status_code == 302
    lke = Lke.objects.get(pemda__slug="kota-probolinggo", tahun=2024)
    assert (lke.mandiri_mulai, lke.tanggapan_selesai) == (datetime.date(2025, 1, 6), datetime.date(2025, 3, 7))
    # Closing before opening: the field is named, none of the six dates change.
    response = admin.post(JADWAL, {**data, "mandiri_mulai": "2025-01-10", "reviu_selesai": "2025-02-01"})
    assert response.status_code == 400
    assert "Tanggal ditutup tahap Reviu evaluator harus sama dengan atau sesudah tanggal dibuka." in (
        response.content.decode())
    lke.refresh_from_db()
    assert (lke.mandiri_mulai, lke.reviu_selesai) == (datetime.date(2025, 1, 6), datetime.date(2025, 2, 28))
    response = admin.post(JADWAL, {**data, "reviu_mulai": "3 Feb"})
    assert response.status_code == 400 and "Reviu evaluator dibuka: “3 Feb” bukan tanggal (tttt-bb-hh)." in (
        response.content.decode())
    # A PD's operator reads the windows but cannot set them.
    operator = klien("operator-wonoasih")
    assert 'name="mandiri_mulai"' not in operator.get(JADWAL).content.decode()
    assert operator.post(JADWAL, data).status_code == 403


def test_outside_its_window_the_pd_neither_writes_nor_sends_and_the_evaluator_closes_the_stage(evaluasi):
    hari_ini = timezone.localdate()
    operator = scope_of("operator-wonoasih")
    jendela(mandiri_mulai=hari_ini + HARI, mandiri_selesai=hari_ini + 10 * HARI)
    with pytest.raises(ValidationError, match="Jadwal tahap Penilaian mandiri baru dibuka"):
        services.simpan_jawaban(operator, evaluasi=evaluasi, kriteria=kriteria("1.a.1"), sisi="pd",
                                data={"nilai_pd": "A"})
    html = klien("operator-wonoasih").get(LKE).content.decode()
    assert "data-luar-jadwal" in html and "data-isian=" not in html and "data-lanjut" not in html

    jendela(mandiri_mulai=hari_ini - 10 * HARI, mandiri_selesai=hari_ini)  # the last day still counts
    services.simpan_jawaban(operator, evaluasi=evaluasi, kriteria=kriteria("1.a.1"), sisi="pd", data={"nilai_pd": "A"})
    assert JawabanLke.objects.get(evaluasi=evaluasi).nilai_pd == "A"
    evaluator = scope_of("inspektorat-probolinggo")
    with pytest.raises(Ditolak):  # within the window the stage is the PD's to send on
        services.lanjutkan_tahap(evaluator, evaluasi=evaluasi)

    jendela(mandiri_selesai=hari_ini - HARI)
    with pytest.raises(ValidationError, match="Jadwal tahap Penilaian mandiri telah ditutup"):
        services.lanjutkan_tahap(operator, evaluasi=evaluasi)
    assert 'data-lanjut' in klien("inspektorat-probolinggo").get(LKE).content.decode()
    services.lanjutkan_tahap(evaluator, evaluasi=evaluasi, oleh=User.objects.get(username="inspektorat-probolinggo"))
    langkah = LangkahEvaluasi.objects.get(evaluasi=evaluasi)
    assert (langkah.dari, langkah.ke, langkah.oleh.username) == ("mandiri", "reviu", "inspektorat-probolinggo")
    assert langkah.alasan == "Jadwal tahap telah berakhir; ditutup oleh evaluator."


# --- reopening ----------------------------------------------------------------------------------------------


def _final(evaluasi: Evaluasi) -> Evaluasi:
    sistem = Scope.system()
    for k in KriteriaLke.objects.filter(sub_komponen__komponen__lke=evaluasi.lke):
        services.simpan_jawaban(sistem, evaluasi=evaluasi, kriteria=k, sisi="pd", data={"nilai_pd": "B"})
    services.lanjutkan_tahap(sistem, evaluasi=evaluasi)
    services.simpan_jawaban(sistem, evaluasi=evaluasi, kriteria=kriteria("1.a.1"), sisi="evaluator",
                            data={"nilai_evaluator": "C", "rekomendasi": "Tetapkan Perwali IKU."})
    services.lanjutkan_tahap(sistem, evaluasi=evaluasi)
    return services.lanjutkan_tahap(sistem, evaluasi=evaluasi)


def test_a_final_evaluation_is_reopened_by_the_evaluator_with_a_reason_and_finalised_again(evaluasi):
    evaluasi = _final(evaluasi)
    assert evaluasi.tahap == "final" and TindakLanjut.objects.count() == 1
    buka = reverse("evaluasi:buka", args=["wonoasih", 2024])
    assert klien("operator-wonoasih").post(buka, {"ke": "reviu", "alasan": "x"}).status_code == 403
    evaluator = klien("inspektorat-probolinggo")
    assert "data-buka-kembali" in evaluator.get(LKE).content.decode()
    evaluator.post(buka, {"ke": "reviu", "alasan": "  "})
    evaluasi.refresh_from_db()
    assert evaluasi.tahap == "final"  # no reason, nothing reopened
    assert "Alasan membuka kembali wajib diisi." in evaluator.get(LKE).content.decode()
    assert evaluator.post(buka, {"ke": "reviu", "alasan": "Bukti 2.a.1 baru diterima."}).status_code == 302
    evaluasi.refresh_from_db()
    assert evaluasi.tahap == "reviu"
    langkah = LangkahEvaluasi.objects.filter(evaluasi=evaluasi).order_by("-pk").first()
    assert (langkah.dari, langkah.ke, langkah.alasan, langkah.oleh.username) == (
        "final", "reviu", "Bukti 2.a.1 baru diterima.", "inspektorat-probolinggo")
    html = evaluator.get(LKE).content.decode()
    assert "Bukti 2.a.1 baru diterima." in html and 'name="nilai_evaluator"' in html
    sistem = Scope.system()
    services.simpan_jawaban(sistem, evaluasi=evaluasi, kriteria=kriteria("2.a.1"), sisi="evaluator",
                            data={"nilai_evaluator": "BB", "rekomendasi": "Pertahankan."})
    services.lanjutkan_tahap(sistem, evaluasi=evaluasi)
    services.lanjutkan_tahap(sistem, evaluasi=evaluasi)
    # Finalised again: the earlier follow-up kept, one for the new recommendation.
    assert sorted(TindakLanjut.objects.values_list("jawaban__kriteria__kode", flat=True)) == ["1.a.1", "2.a.1"]
    # Reopened once more, 2.a.1's recommendation withdrawn: its untouched item goes; 1.a.1's, started, stays
    # although its recommendation is withdrawn too.
    tl = TindakLanjut.objects.get(jawaban__kriteria__kode="1.a.1")
    TindakLanjut.objects.filter(pk=tl.pk).update(uraian="Rancangan Perwali IKU disusun.")
    evaluasi = services.buka_kembali(sistem, evaluasi=evaluasi, ke="reviu", alasan="Rekomendasi ditarik.")
    for kode in ("1.a.1", "2.a.1"):
        services.simpan_jawaban(sistem, evaluasi=evaluasi, kriteria=kriteria(kode), sisi="evaluator",
                                data={"rekomendasi": ""})
    services.lanjutkan_tahap(sistem, evaluasi=evaluasi)
    services.lanjutkan_tahap(sistem, evaluasi=evaluasi)
    assert list(TindakLanjut.objects.values_list("jawaban__kriteria__kode", flat=True)) == ["1.a.1"]
    evaluasi = services.buka_kembali(sistem, evaluasi=evaluasi, ke="tanggapan", alasan="Tanggapan PD terlewat.")
    with pytest.raises(ValidationError, match="belum final"):
        services.buka_kembali(sistem, evaluasi=evaluasi, ke="reviu", alasan="Sekali lagi.")
    with pytest.raises(ValidationError, match="Tahap tujuan “final” tidak dikenal"):
        services.buka_kembali(sistem, evaluasi=services.lanjutkan_tahap(sistem, evaluasi=evaluasi), ke="final",
                              alasan="x")


# --- several evaluators -------------------------------------------------------------------------------------


def test_a_sub_komponen_with_an_owner_is_reviewed_by_that_evaluator_only(evaluasi, evaluator_kedua):
    services.lanjutkan_tahap(Scope.system(), evaluasi=evaluasi)  # → reviu
    pertama = klien("inspektorat-probolinggo")
    penugasan = reverse("evaluasi:penugasan", args=["wonoasih", 2024])
    assert pertama.post(penugasan, {"evaluator_1.a": str(evaluator_kedua.pk)}).status_code == 302
    # Someone who is not an evaluator of the pemda cannot own one; nothing changes.
    operator = User.objects.get(username="operator-wonoasih")
    pertama.post(penugasan, {"evaluator_1.b": str(operator.pk), "evaluator_1.a": ""})
    assert services.pemilik_sub_komponen(evaluasi) == {"1.a": evaluator_kedua}

    with pytest.raises(Ditolak, match="Sub-komponen kriteria 1.a.1 ditugaskan kepada Auditor Dua"):
        services.simpan_jawaban(scope_of("inspektorat-probolinggo"), evaluasi=evaluasi, kriteria=kriteria("1.a.1"),
                                sisi="evaluator", data={"nilai_evaluator": "B"})
    services.simpan_jawaban(scope_of("inspektorat-dua"), evaluasi=evaluasi, kriteria=kriteria("1.a.1"),
                            sisi="evaluator", data={"nilai_evaluator": "B"})
    services.simpan_jawaban(scope_of("inspektorat-probolinggo"), evaluasi=evaluasi, kriteria=kriteria("1.b.1"),
                            sisi="evaluator", data={"nilai_evaluator": "C"})
    assert dict(JawabanLke.objects.values_list("kriteria__kode", "nilai_evaluator")) == {"1.a.1": "B", "1.b.1": "C"}
    html = pertama.get(LKE).content.decode()
    assert 'data-isian="1.a.1"' not in html and 'data-isian="1.b.1"' in html and "evaluator: Auditor Dua" in html
    html = klien("inspektorat-dua").get(LKE).content.decode()
    assert 'data-isian="1.a.1"' in html and 'data-isian="1.b.1"' in html


def test_the_inbox_lists_the_evaluations_waiting_for_each_side(evaluasi, evaluator_kedua):
    hari_ini = timezone.localdate()
    jendela(mandiri_selesai=hari_ini - HARI)

    def judul(username: str) -> list[tuple[str, bool]]:
        return [(i.judul, i.terlambat) for i in kotak_masuk(scope_of(username), hari_ini) if i.jenis == "evaluasi"]

    assert judul("operator-wonoasih") == [("Evaluasi AKIP 2024: isi penilaian mandiri lalu kirim ke evaluator", True)]
    assert judul("inspektorat-probolinggo") == [] and judul("operator-kanigaran") == []
    services.lanjutkan_tahap(Scope.system(), evaluasi=evaluasi)  # → reviu, no window
    assert judul("inspektorat-probolinggo") == [("Evaluasi AKIP 2024: reviu nilai perangkat daerah", False)]
    assert judul("inspektorat-dua") == [("Evaluasi AKIP 2024: reviu nilai perangkat daerah", False)]
    assert judul("operator-wonoasih") == []
    services.tugaskan(Scope.system(), evaluasi=evaluasi, pemilik={"1.a": evaluator_kedua})
    assert judul("inspektorat-probolinggo") == [] and len(judul("inspektorat-dua")) == 1
