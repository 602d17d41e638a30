"""The quarter's reads are built once per process and filtered per call (issue 21): each call still goes through
the caller's scope, reads only its PD's rows, and leaves the shared shapes as they were. PD, pemda and figures
come from the demo (seed 002 for Wonoasih's totals)."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import Scope
from sakip.domain.measurement import selectors
from sakip.domain.measurement.dokumen import build_pengukuran
from sakip.domain.measurement.models import Pagu, RealisasiAnggaran
from sakip.domain.measurement.selectors import DataTahun
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.organisation.selectors import get_pd, pd_list
from sakip.domain.planning.models import Indikator
from sakip.domain.planning.selectors import indikator_sasaran

pytestmark = pytest.mark.django_db


def _scope(username: str) -> Scope:
    return Scope.for_user(get_user_model().objects.get(username=username))


def _ids(data: DataTahun) -> dict[str, set]:
    """Every row id a year's data holds, by kind."""
    return {
        "program": {p.pk for p in data.program},
        "sub": {s.pk for rows in data.sub.values() for s in rows},
        "indikator": {i.pk for rows in data.indikator.values() for i in rows} | {i.pk for i in data.iku().indikator},
        "pagu": {(p.sub_kegiatan_id, p.lokasi_id, p.berlaku_mulai, p.sumber) for p in data.pagu},
        "belanja": {(b.sub_kegiatan_id, b.lokasi_id, b.triwulan) for b in data.belanja},
        "pk": {v.pk for v in data.pk_versi},
    }


def test_pds_of_one_pemda_read_in_turn_get_their_own_rows():
    wonoasih, kanigaran = (PerangkatDaerah.objects.get(slug=s) for s in ("wonoasih", "kanigaran"))
    reads = [(_scope("operator-wonoasih"), wonoasih), (_scope("operator-kanigaran"), kanigaran),
             (Scope.system(), wonoasih), (Scope.system(), kanigaran), (_scope("operator-wonoasih"), wonoasih)]
    seen = [_ids(DataTahun(scope, pd, 2024, iku=True)) for scope, pd in reads]
    assert seen[0] == seen[2] == seen[4] and seen[1] == seen[3]
    for (_, pd), ids in zip(reads, seen, strict=True):
        assert ids["program"] and ids["indikator"] and ids["pagu"] and ids["belanja"]
        assert set(Indikator.objects.filter(pk__in=ids["indikator"]).values_list("pd_id", flat=True)) == {pd.pk}
        assert set(Pagu.objects.filter(sub_kegiatan_id__in={k[0] for k in ids["pagu"]})
                   .values_list("pd_id", flat=True)) == {pd.pk}
        assert len(ids["belanja"]) == RealisasiAnggaran.objects.filter(
            pd=pd, sub_kegiatan__kegiatan__program__tahun=2024).count()
    # Seed 002, Wonoasih TW IV: pagu 14.415.022.746, spending 13.770.521.146 — read after Kanigaran all the same.
    for scope in (Scope.system(), _scope("operator-kanigaran"), _scope("operator-wonoasih")):
        if scope.reaches_pd(wonoasih):
            total = build_pengukuran(scope, "wonoasih", 2024, 4).as_json()["total"]
            assert (total["pagu"], total["realisasi_anggaran"]) == (14_415_022_746, 13_770_521_146)
        else:
            with pytest.raises(TidakDitemukan):
                build_pengukuran(scope, "wonoasih", 2024, 4)


def test_a_scope_of_another_pemda_or_pd_reads_nothing_of_the_pd_through_any_read():
    wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
    purworejo = PerangkatDaerah.objects.get(slug="purworejo")
    assert purworejo.pemda_id != wonoasih.pemda_id
    lain = Scope(pemda_id=purworejo.pemda_id, pd_id=purworejo.pk, writes=True, label="lain")
    full = _ids(DataTahun(Scope.system(), wonoasih, 2024, iku=True))
    for scope in (lain, _scope("operator-kanigaran"), Scope.nothing()):
        data = DataTahun(scope, wonoasih, 2024, iku=True)  # handed the PD as a caller that skipped get_pd would
        assert _ids(data) == dict.fromkeys(full, set()), scope.label
        assert not data.target and not data.realisasi and not data.tanpa_rincian
    # and the same reads right after still give the whole year to the system
    assert _ids(DataTahun(Scope.system(), wonoasih, 2024, iku=True)) == full


def test_the_shared_shapes_keep_no_filter_of_a_call():
    wonoasih = PerangkatDaerah.objects.get(slug="wonoasih")
    urutan = tuple(indikator_sasaran(Scope.system(), wonoasih, 2024).query.order_by)
    shapes = [selectors._bentuk_pohon(), *selectors._bentuk_anggaran(2024), *selectors._bentuk_kecil(),
              selectors._bentuk_indikator(2024, urutan, True)]
    before = [str(s.query) for s in shapes]
    for username in ("operator-wonoasih", "operator-kanigaran"):
        scope = _scope(username)
        DataTahun(scope, wonoasih, 2024, iku=True, triwulan=4)
        build_pengukuran(Scope.system(), "wonoasih", 2024, 4)
    assert [str(s.query) for s in shapes] == before
    assert all(s._result_cache is None for s in shapes)
    with pytest.raises(TidakDitemukan):
        get_pd(_scope("operator-kanigaran"), "wonoasih")
    assert [pd.slug for pd in pd_list(_scope("operator-wonoasih"))] == ["wonoasih"]
    assert get_pd(_scope("operator-wonoasih"), "wonoasih").pemda.nama == "Kota Probolinggo"
