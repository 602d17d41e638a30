"""The approval workflow through the screens: steps allowed and refused, the lock, stale pages,
reopening, the inbox, deadlines and reminders. Demo: Wonoasih's PK and TW I–III 2024 approved,
TW IV draft; Kota Probolinggo's 2024 deadlines; Kanigaran has submitted nothing."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse

from sakip.core.models import Penolakan
from sakip.domain.agreement.models import TargetPk
from sakip.domain.measurement.models import Realisasi
from sakip.domain.workflow import pengingat
from sakip.domain.workflow.models import BatasWaktu, LangkahAlur, Pengajuan

pytestmark = pytest.mark.django_db

GRID_TW4 = reverse("measurement:grid", args=["wonoasih", 2024, 4])
AKSI_TW4 = reverse("workflow:aksi", args=["wonoasih", "pengukuran", 2024, 4])
SIMPAN_TW4 = reverse("measurement:simpan_baris", args=["wonoasih", 2024, 4])


def tw4():
    return Pengajuan.objects.filter(pd__slug="wonoasih", jenis="pengukuran", tahun=2024, triwulan=4).first()


def versi():
    row = tw4()
    return row.versi if row else 0


def step(client, aksi, catatan="", **extra):
    return client.post(AKSI_TW4, {"aksi": aksi, "catatan": catatan, "versi": versi(), **extra}, follow=True)


def ikm_indikator():
    """An IKU indicator of Wonoasih with a TW IV 2024 realisation in the seed."""
    return Realisasi.objects.filter(pd__slug="wonoasih", tahun=2024, triwulan=4, indikator__sasaran__isnull=False,
                                    indikator__nama__icontains="Kelompok dan Lembaga").get().indikator


def save_ikm(client, teks, awal):
    ind = ikm_indikator()
    return client.post(SIMPAN_TW4, {"indikator": ind.pk, "realisasi": teks, "realisasi_awal": awal,
                                    "kunci": f"iku-{ind.pk}"})


def test_submit_return_resubmit_verify_approve_reopen(login, client):
    ind = ikm_indikator()
    before = Realisasi.objects.get(indikator=ind, tahun=2024, triwulan=4).nilai

    operator = login("operator-wonoasih")
    html = operator.get(GRID_TW4).content.decode()
    assert "Status: <span class=\"status status-draft\">Draf</span>" in html and "Ajukan untuk verifikasi" in html
    assert 'name="realisasi"' in html  # open for entry
    assert "status sekarang diajukan" in step(operator, "ajukan", konfirmasi="1").content.decode()

    # Locked from submission on: no inputs, and a forged save is refused with the reason.
    html = operator.get(GRID_TW4).content.decode()
    assert 'name="realisasi"' not in html and "Ajukan untuk verifikasi" not in html
    response = save_ikm(operator, "1", "")
    assert "terkunci" in response.content.decode()
    assert Realisasi.objects.get(indikator=ind, tahun=2024, triwulan=4).nilai == before

    verifikator = login("verifikator-wonoasih")
    assert "Kembalikan dengan catatan" in verifikator.get(GRID_TW4).content.decode()
    assert "Tuliskan catatan" in step(verifikator, "kembalikan").content.decode()  # a return needs its comment
    assert tw4().status == "diajukan"
    step(verifikator, "kembalikan", "Realisasi TW IV belum dilampiri bukti.")
    assert tw4().status == "dikembalikan"

    operator = login("operator-wonoasih")
    html = operator.get(GRID_TW4).content.decode()
    assert "Realisasi TW IV belum dilampiri bukti." in html and 'name="realisasi"' in html
    step(operator, "ajukan", konfirmasi="1")
    step(login("verifikator-wonoasih"), "verifikasi")
    camat = login("camat-wonoasih")
    assert "Setujui" in camat.get(GRID_TW4).content.decode()
    step(camat, "setujui")
    assert tw4().status == "disetujui"

    assert "Tuliskan catatan" in step(camat, "buka").content.decode()  # reopening needs a reason
    step(camat, "buka", "Salah ketik realisasi, ditemukan saat evaluasi.")
    assert tw4().status == "draft"
    steps = list(LangkahAlur.objects.filter(pengajuan=tw4()).order_by("waktu", "pk")
                 .values_list("aksi", "dari", "ke", "oleh__username", "catatan"))
    assert steps == [
        ("ajukan", "draft", "diajukan", "operator-wonoasih", ""),
        ("kembalikan", "diajukan", "dikembalikan", "verifikator-wonoasih", "Realisasi TW IV belum dilampiri bukti."),
        ("ajukan", "dikembalikan", "diajukan", "operator-wonoasih", ""),
        ("verifikasi", "diajukan", "diverifikasi", "verifikator-wonoasih", ""),
        ("setujui", "diverifikasi", "disetujui", "camat-wonoasih", ""),
        ("buka", "disetujui", "draft", "camat-wonoasih", "Salah ketik realisasi, ditemukan saat evaluasi."),
    ]
    assert LangkahAlur.objects.filter(pengajuan=tw4()).exclude(alamat_ip="127.0.0.1").count() == 0


@pytest.mark.parametrize(("username", "aksi", "status"), [
    ("operator-wonoasih", "setujui", 403),  # a step of another role, forged
    ("verifikator-wonoasih", "ajukan", 403),
    ("camat-wonoasih", "verifikasi", 403),
    ("inspektorat-probolinggo", "ajukan", 403),
    ("operator-kanigaran", "ajukan", 404),  # another PD's item
    ("kelurahan-sumbertaman", "ajukan", 403),
])
def test_forged_steps_are_refused_recorded_and_change_nothing(login, username, aksi, status):
    client = login(username)
    response = client.post(AKSI_TW4, {"aksi": aksi, "versi": versi()})
    assert response.status_code == status
    assert tw4() is None or tw4().status == "draft"
    refusal = Penolakan.objects.get()
    assert (refusal.nama_pengguna, refusal.status, refusal.alamat) == (username, status, AKSI_TW4)
    assert refusal.alamat_ip == "127.0.0.1"


def test_a_step_from_a_stale_page_is_refused(login):
    operator = login("operator-wonoasih")
    step(operator, "ajukan", konfirmasi="1")
    stale = versi()
    verifikator = login("verifikator-wonoasih")
    verifikator.post(AKSI_TW4, {"aksi": "verifikasi", "versi": stale})
    html = verifikator.post(AKSI_TW4, {"aksi": "kembalikan", "catatan": "x", "versi": stale}, follow=True).content.decode()
    assert "sudah berubah menjadi diverifikasi" in html
    assert tw4().status == "diverifikasi"


def test_a_grid_row_saved_over_a_newer_change_is_refused(login):
    ind = ikm_indikator()
    shown = Realisasi.objects.get(indikator=ind, tahun=2024, triwulan=4)
    operator = login("operator-wonoasih")
    # Someone else changes the value after the page was opened with the old one.
    assert save_ikm(operator, "80", shown.teks).status_code == 200
    assert Realisasi.objects.get(pk=shown.pk).nilai == Decimal("80")
    html = save_ikm(operator, "90", shown.teks).content.decode()
    assert "telah diubah oleh Operator Kecamatan Wonoasih menjadi 80" in html
    assert Realisasi.objects.get(pk=shown.pk).nilai == Decimal("80")


def test_an_approved_pk_is_locked_until_reopened(login):
    target = TargetPk.objects.filter(perjanjian__pd__slug="wonoasih", perjanjian__tahun=2024).first()
    target.nilai += 1
    with pytest.raises(ValidationError, match="PK 2024 berstatus disetujui dan terkunci"):
        target.full_clean()
    camat = login("camat-wonoasih")
    camat.post(reverse("workflow:aksi", args=["wonoasih", "pk", 2024, 0]),
               {"aksi": "buka", "catatan": "Pergantian Camat: PK versi baru.", "versi": 3})
    target.full_clean()  # open again


def test_an_upload_on_a_locked_quarter_is_refused(login):
    from django.contrib.auth.models import User

    from sakip.core.scoping import Scope
    from sakip.domain.measurement.impor import impor_pengukuran

    operator = login("operator-wonoasih")
    isi = operator.get(reverse("measurement:unduh", args=["wonoasih", 2024, 1, "xlsx"])).content
    hasil = impor_pengukuran(Scope.for_user(User.objects.get(username="operator-wonoasih")), slug="wonoasih",
                             tahun=2024, triwulan=1, isi=isi, simpan=True)
    assert not hasil.disimpan
    assert "Pengukuran TW I 2024 berstatus disetujui dan terkunci" in str(hasil.kesalahan[0])


def test_the_inbox_lists_what_is_owed_and_what_waits(login, django_assert_num_queries):
    html = login("operator-kanigaran").get(reverse("workflow:kotak_masuk")).content.decode()
    assert html.count("<strong class=\"terlambat\">Terlambat</strong>") == 5  # PK + four quarters, none submitted
    assert "Kecamatan Wonoasih" not in html

    operator = login("operator-wonoasih")
    html = operator.get(reverse("workflow:kotak_masuk")).content.decode()
    assert "Pengukuran TW IV 2024" in html and "PK 2024" not in html  # the approved ones are done
    html = login("verifikator-wonoasih").get(reverse("workflow:kotak_masuk")).content.decode()
    assert "Tidak ada yang menunggu" in html
    # Its own PD's overdue TW IV waits for the operator: named as its own, never "perangkat daerah lain".
    assert "Terlambat di Kecamatan Wonoasih, menunggu tindakan pihak lain" in html
    assert "Terlambat di perangkat daerah lain" not in html
    step(login("operator-wonoasih"), "ajukan", konfirmasi="1")
    verifikator = login("verifikator-wonoasih")
    html = verifikator.get(reverse("workflow:kotak_masuk")).content.decode()
    assert "Pengukuran TW IV 2024" in html and "Diajukan" in html

    evaluator = login("inspektorat-probolinggo")
    html = evaluator.get(reverse("workflow:kotak_masuk")).content.decode()
    assert "Terlambat di perangkat daerah lain" in html and "Kecamatan Kanigaran" in html

    # session, user, akses; PD, deadlines, submissions, and the return of Mayangan's TW II (overdue, dikembalikan);
    # the LKE follow-ups registered by the evaluasi app (``SUMBER_KOTAK``: one query, none waiting here) and the
    # evaluations not final (one query; none in this database: the owners of their sub-komponen are not read)
    with django_assert_num_queries(9):
        evaluator.get(reverse("workflow:kotak_masuk"))


def test_deadlines_are_set_by_the_admin_pemda_only(login):
    url = reverse("workflow:jadwal", args=[2025])
    assert login("operator-wonoasih").get(url).status_code == 403
    admin = login("admin-probolinggo")
    response = admin.post(url, {"pk-0": "2025-02-28", "pengukuran-1": "10/04/2025", "pengukuran-2": ""})
    assert response.status_code == 400
    assert "Pengukuran TW I 2025: “10/04/2025” bukan tanggal" in response.content.decode()
    assert not BatasWaktu.objects.filter(tahun=2025).exists()  # nothing half-saved
    admin.post(url, {"pk-0": "2025-02-28", "pengukuran-1": "2025-04-10"})
    assert sorted(BatasWaktu.objects.filter(tahun=2025).values_list("jenis", "triwulan", "tanggal")) == [
        ("pengukuran", 1, datetime.date(2025, 4, 10)), ("pk", 0, datetime.date(2025, 2, 28))]
    assert all(b.pemda.slug == "kota-probolinggo" for b in BatasWaktu.objects.filter(tahun=2025))


def test_reminders_go_to_those_responsible(mailoutbox):
    sent = pengingat.kirim(datetime.date(2025, 1, 14), hari=3)
    assert sorted(p.username for p in sent) == ["operator-kanigaran", "operator-wonoasih"]
    by_to = {m.to[0]: m for m in mailoutbox}
    wonoasih = by_to["operator-wonoasih@sakip.invalid"].body
    assert "Pengukuran TW IV 2024 (draf, batas 15-01-2025)" in wonoasih and "TERLAMBAT" not in wonoasih
    assert by_to["operator-kanigaran@sakip.invalid"].body.count("TERLAMBAT") == 4
    # Eleven days earlier TW IV's deadline is not near yet: Wonoasih gets nothing.
    assert [p.username for p in pengingat.susun(datetime.date(2025, 1, 3))] == ["operator-kanigaran"]


def test_the_reminder_command_prints_what_it_sent(mailoutbox):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("kirim_pengingat", "--tanggal", "2025-01-14", stdout=out)
    assert "2 surel pengingat dikirim." in out.getvalue() and len(mailoutbox) == 2
