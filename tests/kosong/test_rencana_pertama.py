"""Issue 19 from an empty database: a new kecamatan with one program, its indicator and target, and its first pagu
reaches its rencana aksi from its home page and enters its quarterly targets, plans and anggaran kas on the screen;
a refused value is shown beside its field and nothing is saved. Nothing of the demo exists."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from sakip.domain.accounts.models import Akses
from sakip.domain.measurement.models import AnggaranKas, Pagu, RencanaAksi
from sakip.domain.organisation.models import Pemda, PerangkatDaerah
from sakip.domain.planning.models import Indikator, Kegiatan, Nomenklatur, Program, SubKegiatan, Target

pytestmark = pytest.mark.django_db


def test_a_new_pds_first_rencana_aksi(capsysbinary):
    pemda = Pemda.objects.create(jenis="kabupaten", nama="Kabupaten Contoh", slug="kab-contoh", ibukota="Contoh")
    pd = PerangkatDaerah.objects.create(pemda=pemda, nama="Kecamatan Sukamaju", slug="sukamaju")
    program = Program.objects.create(pd=pd, tahun=2025, nomenklatur=Nomenklatur.objects.get(kode="7.01.02"))
    ind = Indikator.objects.create(program=program, nama="Dokumen perencanaan tersusun", satuan="dokumen",
                                   akumulasi="jumlah", cara_isi="kumulatif")
    Target.objects.create(indikator=ind, tahun=2025, nilai=8)
    kegiatan = Kegiatan.objects.create(program=program, nomenklatur=Nomenklatur.objects.get(kode="7.01.02.2.01"))
    sub = SubKegiatan.objects.create(kegiatan=kegiatan, nomenklatur=Nomenklatur.objects.get(kode="7.01.02.2.01.0001"))
    Pagu.objects.create(sub_kegiatan=sub, sumber="APBD", berlaku_mulai=1, nilai=50_000_000)
    user = User.objects.create_user("operator-sukamaju", password="kopi-luwak-3927")
    Akses.objects.create(user=user, peran=Akses.Peran.OPERATOR, pemda=pemda, pd=pd)
    client = Client()
    client.force_login(user)

    url = reverse("measurement:rencana_aksi", args=["sukamaju", 2025])
    assert url in client.get(reverse("beranda:pd", args=["sukamaju"])).content.decode()
    html = client.get(url).content.decode()
    assert "Dokumen perencanaan tersusun" in html and "50.000.000" in html

    # a running total of 2, 4, 6, 9 dokumen: 9 exceeds the annual 8 — refused beside TW IV, nothing saved
    isian = {"bagian": "rencana", **{f"target-{ind.pk}-{q}": v for q, v in ((1, "2"), (2, "4"), (3, "6"), (4, "9"))},
             f"aksi-{ind.pk}-1": "Penyusunan Renja"}
    html = client.post(url, isian).content.decode()
    tw4 = html[html.index(f'name="target-{ind.pk}-4"'):]
    assert "melebihi target tahunan" in tw4[:tw4.index("</td>")]
    assert not RencanaAksi.objects.exists()
    assert client.post(url, {**isian, f"target-{ind.pk}-4": "8"}).status_code == 302
    assert list(RencanaAksi.objects.order_by("triwulan").values_list("triwulan", "nilai", "aksi")) == [
        (1, Decimal(2), "Penyusunan Renja"), (2, Decimal(4), ""), (3, Decimal(6), ""), (4, Decimal(8), "")]

    kas = {"bagian": "kas", **{f"kas-{sub.pk}-{q}": v for q, v in ((1, "10.000.000"), (2, "15.000.000"),
                                                                      (3, "15.000.000"), (4, "10.000.000"))}}
    assert client.post(url, kas).status_code == 302
    assert sum(AnggaranKas.objects.values_list("nilai", flat=True)) == Decimal(50_000_000)  # the whole pagu

    call_command("rencana_aksi", unit="sukamaju", tahun=2025)
    data = json.loads(capsysbinary.readouterr().out)
    assert [t["target_sd"] for t in data["indikator"][0]["triwulan"]] == [2, 4, 6, 8]
    assert (data["anggaran_kas"][0]["jumlah"], data["anggaran_kas"][0]["sisa"]) == (50_000_000, 0)
