"""Issue 19 from an empty database: a new kecamatan with a Renstra (one tujuan, one sasaran) and one program of its
first year gets its pohon kinerja — the tree holds exactly those nodes, the operator adds a sasaran program on the
screen, and the command writes the same tree. Nothing of the demo exists."""

from __future__ import annotations

import json

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from sakip.domain.accounts.models import Akses
from sakip.domain.organisation.models import Jabatan, Pemda, PerangkatDaerah
from sakip.domain.planning.models import Indikator, Nomenklatur, Program, Renstra, Sasaran, Target, Tujuan

pytestmark = pytest.mark.django_db


def test_a_new_pds_first_tree(capsysbinary):
    pemda = Pemda.objects.create(jenis="kabupaten", nama="Kabupaten Contoh", slug="kab-contoh", ibukota="Contoh")
    pd = PerangkatDaerah.objects.create(pemda=pemda, nama="Kecamatan Sukamaju", slug="sukamaju")
    Jabatan.objects.create(pemda=pemda, pd=pd, jenis="pimpinan_pd", nama="Camat Sukamaju")
    renstra = Renstra.objects.create(pd=pd, tahun_mulai=2025, tahun_selesai=2029)
    tujuan = Tujuan.objects.create(renstra=renstra, nama="Meningkatnya pelayanan kecamatan")
    sasaran = Sasaran.objects.create(tujuan=tujuan, nama="Meningkatnya kepuasan masyarakat")
    ikm = Indikator.objects.create(sasaran=sasaran, nama="IKM", satuan="Skor")
    Target.objects.create(indikator=ikm, tahun=2025, nilai=85)
    program = Program.objects.create(pd=pd, tahun=2025, nomenklatur=Nomenklatur.objects.get(kode="7.01.02"))
    program.sasaran.add(sasaran)
    user = User.objects.create_user("operator-sukamaju", password="kopi-luwak-3927")
    Akses.objects.create(user=user, peran=Akses.Peran.OPERATOR, pemda=pemda, pd=pd)

    client = Client()
    client.force_login(user)
    home = client.get(reverse("beranda:pd", args=["sukamaju"])).content.decode()
    url = reverse("kaskade:pohon", args=["sukamaju", "2025-2029"])
    assert url in home
    html = client.get(url).content.decode()
    # no RPJMD yet: the tujuan is grouped under the root that says so; tujuan → sasaran → the one program
    assert html.count("data-simpul=") == 4
    assert "Belum ditautkan ke sasaran RPJMD" in html and "7.01.02" in html and "85 Skor" in html
    assert "<svg" in html

    response = client.post(reverse("kaskade:antara_tambah", args=["sukamaju", "2025-2029"]), {
        "jenis": "sasaran_program", "nama": "Meningkatnya layanan administrasi terpadu",
        "induk_simpul": f"program-{program.pk}", "indikator_1": "Layanan selesai tepat waktu", "satuan_1": "%",
        "target_1": "90"})
    assert response.status_code == 302

    call_command("pohon", unit="sukamaju", period="2025-2029")
    data = json.loads(capsysbinary.readouterr().out)
    assert data["tahun"] == 2025
    assert data["jumlah"] == {"kelompok": 1, "tujuan": 1, "sasaran": 1, "program": 1, "sasaran_program": 1}
    node = data["pohon"][0]["anak"][0]
    assert (node["level"], node["pemilik"]["nama"]) == ("tujuan", "Camat Sukamaju")
    program_node = node["anak"][0]["anak"][0]
    assert program_node["kode"] == "7.01.02" and program_node["pemilik"] is None
    assert program_node["anak"][0]["indikator"] == [{"nama": "Layanan selesai tepat waktu", "satuan": "%",
                                                     "target": "90"}]
