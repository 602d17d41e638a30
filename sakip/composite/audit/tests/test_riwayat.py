"""The audit trail: a change made on a page is kept with who, when, from where, before and after."""

from __future__ import annotations

import pytest
from django.urls import reverse

from sakip.domain.measurement.models import Realisasi
from tests.helpers import ANSWERS, sub_row, submit

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("alur_terbuka")]  # entry on the demo's approved quarters


def test_a_realisation_saved_from_the_grid_is_recorded_with_user_address_and_values(login):
    row = sub_row(3)
    url = reverse("measurement:simpan_baris", args=["wonoasih", 2024, 3])
    kunci = f"sub_kegiatan-{row.indikator_id}-{row.sub_kegiatan_id}-0"
    client = login("operator-wonoasih")
    before = Realisasi.objects.filter(indikator_id=row.indikator_id, tahun=2024, triwulan=3).first()
    client.post(url, {"kunci": kunci, "indikator": row.indikator_id, "realisasi": "7"}, HTTP_HX_REQUEST="true",
                REMOTE_ADDR="10.20.30.40")
    client.post(url, {"kunci": kunci, "indikator": row.indikator_id, "realisasi": "9"}, HTTP_HX_REQUEST="true",
                REMOTE_ADDR="10.20.30.41")
    saved = Realisasi.objects.get(indikator_id=row.indikator_id, tahun=2024, triwulan=3)
    history = list(saved.history.order_by("history_date", "history_id"))
    latest = history[-1]
    assert latest.history_user.username == "operator-wonoasih" and latest.alamat_ip == "10.20.30.41"
    assert latest.pemda_id == saved.pemda_id and latest.pd_id == saved.pd_id  # scoped like the row itself
    delta = latest.diff_against(history[-2])
    assert [(c.field, c.old, c.new) for c in delta.changes if c.field == "nilai"] == [("nilai", 7, 9)]
    assert history[-2].alamat_ip == "10.20.30.40"
    assert before is None or before.nilai != 7


def test_changes_made_by_a_command_have_no_address():
    from sakip.domain.planning.models import Target

    target = Target.objects.filter(indikator__pd__slug="wonoasih").first()
    target.teks = target.teks + " "
    target.save()
    latest = target.history.latest()
    assert latest.history_type == "~" and latest.alamat_ip is None and latest.history_user is None


def _two_saves(client):
    row = sub_row(3)
    url = reverse("measurement:simpan_baris", args=["wonoasih", 2024, 3])
    kunci = f"sub_kegiatan-{row.indikator_id}-{row.sub_kegiatan_id}-0"
    for value, address in (("7", "10.20.30.40"), ("9", "10.20.30.41")):
        client.post(url, {"kunci": kunci, "indikator": row.indikator_id, "realisasi": value}, HTTP_HX_REQUEST="true",
                    REMOTE_ADDR=address)
    return row


def test_the_indicator_history_shows_before_and_after(login):
    client = login("operator-wonoasih")
    row = _two_saves(client)
    html = client.get(reverse("audit:riwayat_indikator", args=[row.indikator_id]), {"tahun": 2024, "triwulan": 3}
                      ).content.decode()
    assert "Operator Kecamatan Wonoasih" in html and "10.20.30.41" in html
    assert '<del>7</del> → <span class="baru">9</span>' in html
    assert login("operator-kanigaran").get(reverse("audit:riwayat_indikator", args=[row.indikator_id])).status_code == 404


def test_the_activity_log_is_scoped_and_filtered(login):
    _two_saves(login("operator-wonoasih"))
    evaluator = login("inspektorat-probolinggo")
    html = evaluator.get(reverse("audit:aktivitas")).content.decode()
    assert "Operator Kecamatan Wonoasih" in html and "10.20.30.41" in html and "riwayat indikator" in html
    filtered = evaluator.get(reverse("audit:aktivitas"), {"pengguna": "tidak-ada"}).content.decode()
    assert "10.20.30.41" not in filtered and "Belum ada aktivitas" in filtered
    assert "10.20.30.41" not in login("operator-kanigaran").get(reverse("audit:aktivitas")).content.decode()


def test_an_anonymous_answer_is_its_own_record_and_a_later_change_is_audited():
    from sakip.domain.survey.models import Respons

    hasil = submit(ANSWERS)
    respons = hasil.respons
    assert hasil.diterima and not respons.history.exists()  # time, channel, hashed address are on the row
    respons.u1 = 3
    respons.save()
    # The answer as submitted (every answer 4) is recorded as the state the change replaced.
    awal, change = respons.history.order_by("history_date", "history_id")
    assert (awal.history_type, awal.u1, awal.history_user) == ("+", 4, None)
    assert change.history_type == "~" and change.u1 == 3
    Respons.objects.get(pk=respons.pk).delete()
    assert Respons.history.filter(id=respons.pk, history_type="-").exists()


def _ubah_satu(model_path: str):
    """One row of the demo of each audited kind, and the change made to it."""
    from django.apps import apps

    model = apps.get_model(model_path)
    if model_path == "accounts.Akses":
        return model.objects.get(user__username="operator-kanigaran"), "peran", "verifikator"
    row = model.objects.order_by("pk").first()
    if model_path == "survey.Respons":
        return row, "u1", 1 if row.u1 != 1 else 2
    return row, "nilai", row.nilai + 1


@pytest.mark.parametrize("model_path", [
    "planning.Target", "measurement.Realisasi", "measurement.Pagu", "measurement.RealisasiAnggaran",
    "agreement.TargetPk", "agreement.AnggaranPk", "survey.Respons", "accounts.Akses",
])
def test_every_kind_of_change_is_recorded_with_who_where_before_and_after(model_path, rf):
    from django.contrib.auth.models import User
    from simple_history.models import HistoricalRecords

    row, field, new = _ubah_satu(model_path)
    old = getattr(row, field)
    row.save()  # a recorded state to compare with (the demo loads with bulk_create, which records none)
    request = rf.post("/", REMOTE_ADDR="10.9.8.7")
    request.user = User.objects.get(username="operator-wonoasih")
    HistoricalRecords.context.request = request
    try:
        setattr(row, field, new)
        row.save()
    finally:
        del HistoricalRecords.context.request
    h = row.history.order_by("-history_date", "-history_id").first()
    assert (h.history_type, h.history_user.username, h.alamat_ip) == ("~", "operator-wonoasih", "10.9.8.7")
    changes = {c.field: (c.old, c.new) for c in h.diff_against(h.prev_record).changes}
    assert changes == {field: (old, new)}
