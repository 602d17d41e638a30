"""Helpers shared by tests: import them from here, never from another test module."""

from __future__ import annotations

from pathlib import Path

from sakip.core.scoping import Scope
from sakip.domain.measurement.dokumen import build_pengukuran
from sakip.domain.planning.models import Misi, Rpjmd, SasaranRpjmd, TujuanRpjmd
from sakip.domain.survey import forms, services
from sakip.domain.survey.models import UnitLayanan

ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"

# A complete SKM questionnaire as the public form posts it (every answer "sangat baik").
ANSWERS = {"jenis_kelamin": "P", "usia": "30-39", "pendidikan": "slta", "pekerjaan": "wiraswasta",
           **{f"u{i}": "4" for i in range(1, 10)}}


def submit(data: dict, alamat: str = "10.0.0.1", u=None):
    """Submit ``data`` on the public form of a service unit (Wonoasih's Sumber Taman by default)."""
    u = u or UnitLayanan.objects.get(slug="wonoasih-sumber-taman")
    return services.kirim(unit=u, data={**data, "token": forms.buat_token(u)}, alamat=alamat)


def sub_row(tw: int, **match):
    """The first editable sub kegiatan budget row of Wonoasih's 2024 quarter ``tw`` matching ``match``."""
    return next(b for b in build_pengukuran(Scope.system(), "wonoasih", 2024, tw).baris
                if b.level == "sub_kegiatan" and b.anggaran_diisi_di_sini and all(getattr(b, k) == v for k, v in match.items()))


def rpjmd_sasaran_of(pemda):
    """A new RPJMD of ``pemda`` with one misi, tujuan and sasaran; returns the sasaran."""
    rpjmd = Rpjmd.objects.create(pemda=pemda, tahun_mulai=2021, tahun_selesai=2026, visi="Visi uji")
    misi = Misi.objects.create(rpjmd=rpjmd, nomor=1, nama="Misi uji")
    tujuan = TujuanRpjmd.objects.create(misi=misi, nama="Tujuan uji")
    return SasaranRpjmd.objects.create(tujuan=tujuan, nama="Sasaran uji")
