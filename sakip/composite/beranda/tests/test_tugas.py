"""The PD's home page points each role at what is due now (issue 16, orientation). Demo: Wonoasih 2024 has its PK
and TW I–III approved and TW IV in draft past its deadline; 2026 has no program tree yet."""

import datetime

import pytest
from django.urls import reverse

from sakip.composite.beranda.selectors import posisi_pd
from sakip.core.scoping import Scope
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.workflow.models import Pengajuan
from sakip.rumus import alur
from sakip.rumus.peran import AJUKAN, ISI, LIHAT, SETUJUI, VERIFIKASI

pytestmark = pytest.mark.django_db
HOME = reverse("beranda:pd", args=["wonoasih"])


def _tugas(html: str) -> str:
    return html.split("data-tugas>", 1)[1].split("</div>", 1)[0]


def test_the_operator_is_sent_to_the_overdue_quarter(login):
    box = _tugas(login("operator-wonoasih").get(HOME).content.decode())
    item = box.split('data-tugas-item="2024-4">', 1)[1].split("</li>", 1)[0]
    assert reverse("measurement:grid", args=["wonoasih", 2024, 4]) in item
    assert "Pengukuran TW IV 2024" in item and "ajukan untuk verifikasi" in item and "terlambat" in item
    assert 'data-tugas-item="2024-3"' not in box  # approved: nothing to do


def test_the_camat_has_nothing_until_a_quarter_is_verified(login):
    assert "Tidak ada yang menunggu tindakan Anda saat ini." in _tugas(login("camat-wonoasih").get(HOME).content.decode())
    Pengajuan.objects.update_or_create(pd=PerangkatDaerah.objects.get(slug="wonoasih"), tahun=2024, triwulan=4,
                                       jenis="pengukuran", defaults={"status": alur.DIVERIFIKASI})
    box = _tugas(login("camat-wonoasih").get(HOME).content.decode())
    assert "Pengukuran TW IV 2024" in box and "setujui" in box


def test_a_quarter_that_has_not_ended_is_not_due():
    pd = PerangkatDaerah.objects.get(slug="wonoasih")
    operator = frozenset({LIHAT, ISI, AJUKAN})
    # On 15 November 2024 the fourth quarter is still running: only nothing of 2024 waits (TW I–III approved).
    posisi = posisi_pd(Scope.system(), pd, hari_ini=datetime.date(2024, 11, 15))
    assert [(t.tahun, t.triwulan) for t in posisi.tugas(operator) if t.tahun == 2024] == []
    assert posisi.triwulan_berjalan() == (2024, 4, datetime.date(2024, 12, 31))
    posisi = posisi_pd(Scope.system(), pd, hari_ini=datetime.date(2025, 1, 2))
    assert [(t.tahun, t.triwulan) for t in posisi.tugas(operator) if t.tahun == 2024] == [(2024, 4)]
    assert posisi.tugas(frozenset({LIHAT, VERIFIKASI, SETUJUI})) == []
