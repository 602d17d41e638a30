"""The rencana aksi and anggaran kas rows: their invariants and the scoped reads of a PD-year."""

from __future__ import annotations

from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from sakip.core.scoping import Scope
from sakip.domain.measurement.models import AnggaranKas, RencanaAksi
from sakip.domain.measurement.selectors_rencana import kas_tahun, rencana_tahun
from sakip.domain.planning.models import Indikator, SubKegiatan
from sakip.rumus.capaian import Frekuensi

pytestmark = pytest.mark.django_db


def _sub_2024():
    return (SubKegiatan.objects.filter(pd__slug="wonoasih", kegiatan__program__tahun=2024)
            .select_related("pd").order_by("pk").first())


def test_rows_take_their_pemda_and_pd_and_read_back_per_quarter():
    sub = _sub_2024()
    ind = Indikator.objects.filter(sub_kegiatan=sub).first()
    RencanaAksi.objects.filter(indikator=ind).delete()  # the demo's plan: this test writes its own
    AnggaranKas.objects.filter(sub_kegiatan=sub).delete()
    RencanaAksi.objects.create(indikator=ind, tahun=2024, triwulan=2, nilai=Decimal("12.5"), aksi="Rapat koordinasi")
    AnggaranKas.objects.create(sub_kegiatan=sub, triwulan=1, nilai=Decimal(1_000_000))
    AnggaranKas.objects.create(sub_kegiatan=sub, triwulan=3, nilai=Decimal(2_500_000))
    scope = Scope.system()
    rencana = rencana_tahun(scope, sub.pd, 2024)
    assert rencana[ind.pk][2].nilai == Decimal("12.5") and rencana[ind.pk][2].aksi == "Rapat koordinasi"
    assert kas_tahun(scope, sub.pd, 2024)[sub.pk] == {1: Decimal(1_000_000), 3: Decimal(2_500_000)}
    assert kas_tahun(scope, sub.pd, 2023) == {} and rencana_tahun(scope, sub.pd, 2023) == {}


def test_a_year_outside_the_indicator_and_a_quarter_it_is_not_measured_in_are_refused():
    sub = _sub_2024()
    ind = Indikator.objects.filter(sub_kegiatan=sub).first()
    with pytest.raises(ValidationError) as luar:
        RencanaAksi(indikator=ind, tahun=2023, triwulan=1, nilai=1).full_clean()
    assert "di luar periode" in str(luar.value)
    ind.frekuensi = Frekuensi.TAHUN
    ind.save()
    with pytest.raises(ValidationError) as tw:
        RencanaAksi(indikator=ind, tahun=2024, triwulan=2, nilai=1).full_clean()
    assert "tidak diukur pada triwulan II" in str(tw.value)
