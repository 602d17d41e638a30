"""Issue 16's audit trail: an Inspektorat evaluator reconstructs what changed from the log alone.

Every entry says what (the indicator, sub kegiatan or lokasi by name), who (name and role), when, from
where, and each changed field before → after; refused attempts are refusals, a save that changes nothing
is no entry. Values are the demo's (Kota Probolinggo, Kecamatan Wonoasih).
"""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image
from simple_history.models import HistoricalRecords

from sakip.composite.audit import selectors
from sakip.core.models import Penolakan
from sakip.core.riwayat import KEADAAN_AWAL
from sakip.core.scoping import Scope
from sakip.domain.measurement.dokumen import build_pengukuran
from sakip.domain.measurement.models import BuktiDukung, Realisasi, RealisasiAnggaran
from sakip.domain.planning.models import Indikator, Target

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("alur_terbuka")]

IKM = "Indeks Kepuasan Masyarakat (IKM)"
OPERATOR = ("Operator Kecamatan Wonoasih", "Operator perangkat daerah")


def ikm() -> Indikator:
    return Indikator.objects.get(pd__slug="wonoasih", sasaran__tujuan__renstra__tahun_mulai=2019, nama=IKM)


def simpan_target(client, nilai: str, awal: str, alamat: str = "10.16.0.1"):
    url = reverse("planning:target_edit", args=[ikm().pk, 2023])
    return client.post(url, {"nilai": nilai, "awal": awal}, HTTP_HX_REQUEST="true", REMOTE_ADDR=alamat)


def _scope(username: str) -> Scope:
    from django.contrib.auth.models import User

    return User.objects.get(username=username).akses.scope()


def test_a_changed_target_shows_the_old_and_the_new_value_and_the_indicators_name(login):
    # The demo's Renstra 2019–2024 sets the IKM target of 2023 at 94,13 (loaded in bulk: no history yet).
    assert Target.objects.get(indikator=ikm(), tahun=2023).nilai == Decimal("94.13")
    simpan_target(login("operator-wonoasih"), "97,5", "94,13")

    (entri,) = [e for e in selectors.aktivitas(_scope("inspektorat-probolinggo")).entri if e.jenis == "target"]
    assert (entri.pengguna, entri.peran) == OPERATOR and entri.alamat_ip == "10.16.0.1"
    assert entri.tindakan == "diubah" and entri.pd == "Kecamatan Wonoasih"
    assert entri.objek == (("indikator", IKM), ("tahun", "2023"))
    # The text as written reads the same as the figure: said once.
    assert [(r.medan, r.sebelum, r.sesudah) for r in entri.rincian] == [("target", "94,13", "97,5")]

    evaluator = login("inspektorat-probolinggo")
    html = evaluator.get(reverse("audit:aktivitas")).content.decode()
    assert IKM in html and "Operator Kecamatan Wonoasih" in html and "Operator perangkat daerah" in html
    assert "<del>94,13</del> → <span class=\"baru\">97,5</span>" in html
    history = evaluator.get(reverse("audit:riwayat_indikator", args=[ikm().pk])).content.decode()
    assert "<del>94,13</del> → <span class=\"baru\">97,5</span>" in history and "10.16.0.1" in history


def test_the_state_a_first_change_replaced_is_kept_but_is_no_entry(login):
    simpan_target(login("operator-wonoasih"), "97,5", "94,13")
    awal, ubah = Target.objects.get(indikator=ikm(), tahun=2023).history.order_by("history_date", "history_id")
    assert (awal.history_type, awal.nilai, awal.history_user, awal.alamat_ip) == ("+", Decimal("94.13"), None, None)
    assert awal.history_change_reason == KEADAAN_AWAL and awal.history_date < ubah.history_date
    assert (ubah.history_type, ubah.nilai, ubah.history_user.username) == ("~", Decimal("97.5"), "operator-wonoasih")
    log = selectors.aktivitas(_scope("inspektorat-probolinggo"), jenis="target").entri
    assert [e.tindakan for e in log] == ["diubah"]


def test_a_save_that_changes_nothing_is_not_recorded(login):
    client = login("operator-wonoasih")
    simpan_target(client, "97,5", "94,13")
    simpan_target(client, "97,5", "97,5")  # saved again, the same value
    simpan_target(client, "97,50", "97,5")  # the same number written otherwise: the text changes
    target = Target.objects.get(indikator=ikm(), tahun=2023)
    assert [(h.history_type, h.teks) for h in target.history.order_by("history_date", "history_id")] == [
        ("+", "94,13"), ("~", "97,5"), ("~", "97,50")]
    log = selectors.aktivitas(_scope("inspektorat-probolinggo"), jenis="target").entri
    assert [[(r.medan, r.sebelum, r.sesudah) for r in e.rincian] for e in log] == [
        [("target (tertulis)", "97,5", "97,50")], [("target", "94,13", "97,5")]]


def test_a_refused_save_is_listed_as_a_refusal_and_not_as_a_change(login):
    client = login("operator-wonoasih")
    simpan_target(client, "97,5", "94,13")
    # Opened before that change (the form showed 94,13): refused, nothing saved, nothing recorded.
    html = simpan_target(client, "99", "94,13").content.decode()
    assert "telah diubah oleh Operator Kecamatan Wonoasih" in html
    # A verifikator may not enter data: 403, recorded as a refusal.
    assert simpan_target(login("verifikator-wonoasih"), "50", "97,5", alamat="10.16.0.9").status_code == 403
    assert Target.objects.get(indikator=ikm(), tahun=2023).nilai == Decimal("97.5")

    log = selectors.aktivitas(_scope("inspektorat-probolinggo")).entri
    perubahan = [e for e in log if e.jenis == "target"]
    assert len(perubahan) == 1 and [(r.sebelum, r.sesudah) for r in perubahan[0].rincian][0] == ("94,13", "97,5")
    (tolak,) = [e for e in log if e.macam == selectors.MACAM_PENOLAKAN]
    url = reverse("planning:target_edit", args=[ikm().pk, 2023])
    assert (tolak.tindakan, tolak.pengguna, tolak.peran, tolak.alamat_ip) == (
        "ditolak", "Verifikator Kecamatan Wonoasih", "Verifikator perangkat daerah", "10.16.0.9")
    assert tolak.objek == (("halaman", f"POST {url}"),)
    assert tolak.catatan == "Tindakan di luar hak peran pengguna (kode 403)"
    assert log.index(tolak) < log.index(perubahan[0])  # newest first, interleaved with the changes

    only = selectors.aktivitas(_scope("inspektorat-probolinggo"), jenis="penolakan").entri
    assert [e.macam for e in only] == ["penolakan"] and Penolakan.objects.count() == 1
    html = login("inspektorat-probolinggo").get(reverse("audit:aktivitas"), {"jenis": "penolakan"}).content.decode()
    assert "tindakan-ditolak" in html and url in html and "Tindakan di luar hak peran pengguna" in html


def test_a_budget_line_is_named_by_its_sub_kegiatan_and_lokasi(login):
    # Wonoasih 2024 TW IV: the lokasi Sumber Taman of sub kegiatan 7.01.02.2.02.0003 spent Rp128.727.391.
    row = next(b for b in build_pengukuran(Scope.system(), "wonoasih", 2024, 4).baris
               if b.level == "lokasi" and b.lokasi == "Sumber Taman" and b.kode == "7.01.02.2.02.0003")
    assert row.realisasi_anggaran == Decimal("128727391")
    login("operator-wonoasih").post(
        reverse("measurement:simpan_baris", args=["wonoasih", 2024, 4]),
        {"kunci": row.kunci, "sub_kegiatan": row.sub_kegiatan_id, "lokasi": row.lokasi_id,
         "realisasi_anggaran": "130.000.000", "realisasi_anggaran_awal": "128.727.391"}, HTTP_HX_REQUEST="true")
    assert RealisasiAnggaran.objects.get(lokasi_id=row.lokasi_id, triwulan=4).nilai == Decimal("130000000")

    (entri,) = selectors.aktivitas(_scope("inspektorat-probolinggo"), jenis="realisasianggaran").entri
    assert entri.objek == (
        ("sub kegiatan", "7.01.02.2.02.0003 Peningkatan Efektifitas Pelaksanaan Pelayanan kepada Masyarakat di "
                         "Wilayah Kecamatan"),
        ("lokasi", "Kelurahan Sumber Taman"), ("triwulan", "Triwulan IV"))
    assert [(r.medan, r.sebelum, r.sesudah) for r in entri.rincian] == [("nilai (Rp)", "128.727.391", "130.000.000")]
    assert entri.indikator_id is None


def test_an_uploaded_evidence_names_who_uploaded_it(login, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    indikator_id = build_pengukuran(Scope.system(), "wonoasih", 2024, 4).iku[0].indikator_id
    client = login("operator-wonoasih")
    buf = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buf, "PDF")
    pdf = buf.getvalue()
    client.post(reverse("measurement:bukti", args=["wonoasih", 2024, 4, indikator_id]),
                {"berkas": SimpleUploadedFile("surat camat.pdf", pdf), "keterangan": "Surat keterangan"})
    assert BuktiDukung.objects.filter(indikator_id=indikator_id).exists()

    (entri,) = selectors.aktivitas(_scope("inspektorat-probolinggo"), jenis="buktidukung").entri
    nama = Indikator.objects.get(pk=indikator_id).nama
    assert entri.tindakan == "dibuat" and entri.objek == (("indikator", nama), ("tahun", "2024"), ("triwulan", "4"))
    rincian = {r.medan: r.sesudah for r in entri.rincian}
    assert rincian["diunggah oleh"] == "Operator Kecamatan Wonoasih (Operator perangkat daerah)"
    assert rincian["nama berkas"] == "surat camat.pdf" and rincian["ukuran (byte)"] == str(len(pdf))
    assert "berkas" not in rincian  # the generated stored name is machinery


@pytest.mark.parametrize("model_path", [
    "planning.Target", "measurement.Realisasi", "measurement.Pagu", "measurement.RealisasiAnggaran",
    "agreement.PerjanjianKinerja", "agreement.TargetPk", "agreement.AnggaranPk", "survey.Respons", "accounts.Akses",
])
def test_no_audited_model_records_a_save_that_changes_nothing(model_path):
    from django.apps import apps

    model = apps.get_model(model_path)
    row = model.objects.order_by("pk").first()
    before = row.history.count()  # none for rows loaded in bulk; an account's creation for Akses
    row.save()
    row.save()
    model.objects.get(pk=row.pk).save()
    assert row.history.count() == before


def _ubah_banyak(n: int) -> None:
    """``n`` realisations of Wonoasih changed by its operator from one address (each a new entry)."""
    from django.contrib.auth.models import User
    from django.test import RequestFactory

    request = RequestFactory().post("/", REMOTE_ADDR="10.16.0.2")
    request.user = User.objects.get(username="operator-wonoasih")
    HistoricalRecords.context.request = request
    try:
        for row in Realisasi.objects.filter(pd__slug="wonoasih", nilai__isnull=False).order_by("pk")[:n]:
            row.nilai += 1
            row.save()
    finally:
        del HistoricalRecords.context.request


def test_the_activity_log_reads_a_fixed_number_of_queries_whatever_its_length(login, django_assert_num_queries):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    evaluator = login("inspektorat-probolinggo")
    _ubah_banyak(2)
    with CaptureQueriesContext(connection) as few:
        evaluator.get(reverse("audit:aktivitas"))
    _ubah_banyak(40)
    # Session, user and role (3); one per audited model (17, with the rencana aksi and the anggaran kas), the steps
    # and the refusals (2); the records the realisations replaced (1); the names on the page (8: indicators, users,
    # and from the demo's accounts and PK versions, pemda, PD, kelurahan, PK versions, programs, posts); the PD list
    # of the filter (1).
    with django_assert_num_queries(32) as many:
        html = evaluator.get(reverse("audit:aktivitas")).content.decode()
    assert len(few.captured_queries) == len(many.captured_queries)
    assert html.count("10.16.0.2") == 42


def test_the_indicator_history_reads_a_fixed_number_of_queries(login, django_assert_num_queries):
    client = login("operator-wonoasih")
    simpan_target(client, "97,5", "94,13")
    simpan_target(client, "98", "97,5")
    # Session, user and role (3); the indicator (1); targets, realisations, annual realisations, evidence,
    # PK targets (5); the names of the PK versions of the PK targets (1).
    url = reverse("audit:riwayat_indikator", args=[ikm().pk])
    with django_assert_num_queries(10):
        html = client.get(url).content.decode()
    assert "<del>97,5</del> → <span class=\"baru\">98</span>" in html
    assert "<del>94,13</del> → <span class=\"baru\">97,5</span>" in html


def test_the_log_stays_within_the_scope_and_filters_by_name_and_pd(login):
    simpan_target(login("operator-wonoasih"), "97,5", "94,13")
    login("operator-kanigaran").post(reverse("planning:target_edit", args=[ikm().pk, 2023]), {"nilai": "1"})
    kanigaran = selectors.aktivitas(_scope("operator-kanigaran")).entri
    assert not any(e.jenis == "target" for e in kanigaran)  # Wonoasih's change is out of Kanigaran's reach
    assert [e.pengguna for e in kanigaran if e.macam == "penolakan"] == ["Operator Kecamatan Kanigaran"]
    wonoasih = selectors.aktivitas(_scope("operator-wonoasih")).entri
    assert not any(e.macam == "penolakan" for e in wonoasih)

    evaluator = _scope("inspektorat-probolinggo")
    assert [e.jenis for e in selectors.aktivitas(evaluator, pengguna="kecamatan wonoasih", jenis="target").entri] == [
        "target"]
    assert selectors.aktivitas(evaluator, pengguna="kanigaran", jenis="target").entri == []
    assert [e.pd for e in selectors.aktivitas(evaluator, pd="kanigaran").entri if e.macam == "penolakan"] == [
        "Kecamatan Kanigaran"]


def test_the_log_pages_by_a_hundred_entries(login):
    _ubah_banyak(105)
    evaluator = _scope("inspektorat-probolinggo")
    first = selectors.aktivitas(evaluator, jenis="realisasi")
    assert len(first.entri) == selectors.PER_HALAMAN and first.lanjut == first.entri[-1].waktu
    second = selectors.aktivitas(evaluator, jenis="realisasi", sebelum=first.lanjut)
    assert len(second.entri) == 5 and second.lanjut is None
    html = login("inspektorat-probolinggo").get(reverse("audit:aktivitas"), {"jenis": "realisasi"}).content.decode()
    assert "Lebih lama →" in html


def test_a_grid_save_into_a_locked_quarter_is_listed_as_a_refusal_and_a_typing_error_is_not(login):
    """Wonoasih 2024 TW III is approved (locked): a save into it is refused with a message and recorded; a value
    that is not a number is the operator's typing, answered on the cell and not recorded."""
    from sakip.domain.measurement.dokumen import build_pengukuran
    from sakip.domain.workflow.models import Pengajuan

    assert Pengajuan.objects.filter(pd__slug="wonoasih", tahun=2024, triwulan=3, jenis="pengukuran").update(
        status="disetujui") == 1
    row = next(b for b in build_pengukuran(Scope.system(), "wonoasih", 2024, 3).baris
               if b.indikator_id and b.level == "sub_kegiatan")
    client = login("operator-wonoasih")
    url = reverse("measurement:simpan_baris", args=["wonoasih", 2024, 3])
    data = {"kunci": row.kunci, "indikator": row.indikator_id, "realisasi": "12"}
    before = Penolakan.objects.count()
    html = client.post(url, data, HTTP_HX_REQUEST="true").content.decode()
    assert "terkunci" in html
    assert Penolakan.objects.count() == before + 1
    tolak = Penolakan.objects.latest("pk")
    assert tolak.status == 409 and tolak.alasan.startswith("Penyimpanan ditolak: Pengukuran TW III 2024 berstatus")
    open_url = reverse("measurement:simpan_baris", args=["wonoasih", 2024, 4])
    row4 = next(b for b in build_pengukuran(Scope.system(), "wonoasih", 2024, 4).baris
                if b.indikator_id and b.level == "sub_kegiatan")
    client.post(open_url, {"kunci": row4.kunci, "indikator": row4.indikator_id, "realisasi": "abc"},
                HTTP_HX_REQUEST="true")
    assert Penolakan.objects.count() == before + 1


def test_a_rencana_aksi_change_is_named_by_its_indicator_year_and_quarter():
    # The demo's rencana aksi 2024 of the IKM (composite/demo/rencana_aksi.py): TW IV = the PK's 94,14.
    from sakip.domain.measurement.models import RencanaAksi
    from sakip.domain.measurement.services_rencana import IsianRencana, simpan_rencana
    from sakip.domain.organisation.models import PerangkatDaerah

    ind = Indikator.objects.get(pd__slug="wonoasih", sasaran__tujuan__renstra__tahun_mulai=2019, nama=IKM)
    assert RencanaAksi.objects.get(indikator=ind, tahun=2024, triwulan=4).nilai == Decimal("94.14")
    simpan_rencana(_scope("operator-wonoasih"), pd=PerangkatDaerah.objects.get(slug="wonoasih"), tahun=2024,
                   baris=[IsianRencana(ind, 4, "95", aksi="Survei ulang")])
    (entri,) = selectors.aktivitas(_scope("inspektorat-probolinggo"), jenis="rencanaaksi").entri
    assert entri.objek == (("indikator", IKM), ("tahun", "2024"), ("triwulan", "Triwulan IV"))
    assert ("target triwulan", "94,14", "95") in [(r.medan, r.sebelum, r.sesudah) for r in entri.rincian]
