"""Issue 19 from an empty database: a new kecamatan drafts the PK berjenjang of a post that owns nodes of its pohon
kinerja — a program (owned through the program's owner set on the tree) and a sasaran program typed on the tree with
its own indicator. The list shows the post, the draft holds both indicators with their targets, the PK is saved
with the Camat as pihak kedua and downloads as PDF and Word. Nothing of the demo exists."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from sakip.domain.accounts.models import Akses
from sakip.domain.agreement.models import PerjanjianKinerja
from sakip.domain.kaskade.models import IndikatorAntara
from sakip.domain.organisation.models import Jabatan, MasaJabatan, Pejabat, Pemda, PerangkatDaerah, UnitKerja
from sakip.domain.planning.models import Indikator, Nomenklatur, Program, Renstra, Sasaran, Target, Tujuan

pytestmark = pytest.mark.django_db


def test_a_new_pd_drafts_the_pk_of_a_post_that_owns_nodes():
    pemda = Pemda.objects.create(jenis="kabupaten", nama="Kabupaten Contoh", slug="kab-contoh", ibukota="Contoh")
    pd = PerangkatDaerah.objects.create(pemda=pemda, nama="Kecamatan Sukamaju", slug="sukamaju")
    camat = Jabatan.objects.create(pemda=pemda, pd=pd, jenis="pimpinan_pd", nama="Camat Sukamaju")
    seksi = UnitKerja.objects.create(pd=pd, jenis="seksi", nama="Seksi Pelayanan")
    kasi = Jabatan.objects.create(pemda=pemda, pd=pd, jenis="kepala_unit", nama="Kepala Seksi Pelayanan", unit=seksi)
    for jabatan, nama in ((camat, "BUDI SANTOSO, S.STP"), (kasi, "SITI AMINAH, S.Sos.")):
        MasaJabatan.objects.create(jabatan=jabatan, pejabat=Pejabat.objects.create(pemda=pemda, nama=nama),
                                   mulai=datetime.date(2024, 1, 1))
    renstra = Renstra.objects.create(pd=pd, tahun_mulai=2025, tahun_selesai=2029)
    sasaran = Sasaran.objects.create(tujuan=Tujuan.objects.create(renstra=renstra, nama="Meningkatnya pelayanan"),
                                     nama="Meningkatnya kepuasan masyarakat")
    program = Program.objects.create(pd=pd, tahun=2025, nomenklatur=Nomenklatur.objects.get(kode="7.01.02"))
    program.sasaran.add(sasaran)
    ind = Indikator.objects.create(program=program, nama="Persentase layanan administrasi selesai", satuan="%")
    Target.objects.create(indikator=ind, tahun=2025, nilai=90)
    user = User.objects.create_user("operator-sukamaju", password="kopi-luwak-3927")
    Akses.objects.create(user=user, peran=Akses.Peran.OPERATOR, pemda=pemda, pd=pd)
    client = Client()
    client.force_login(user)

    # on the tree: the program's owner, and a sasaran program owned by the Kasi with its own indicator
    periode = "2025-2029"
    assert client.post(reverse("kaskade:pemilik", args=["sukamaju", periode, "program", program.pk]),
                       {"pemilik": f"jabatan-{kasi.pk}"}).status_code == 302
    assert client.post(reverse("kaskade:antara_tambah", args=["sukamaju", periode]), {
        "jenis": "sasaran_program", "nama": "Meningkatnya ketepatan waktu layanan", "pemilik": f"jabatan-{kasi.pk}",
        "induk_simpul": f"program-{program.pk}", "indikator_1": "Permohonan selesai sesuai standar", "satuan_1": "%",
        "target_1": "95"}).status_code == 302
    antara = IndikatorAntara.objects.get()

    daftar = client.get(reverse("agreement:pk_jenjang_daftar", args=["sukamaju", 2025])).content.decode()
    assert "Kepala Seksi Pelayanan" in daftar and "Susun dari pohon kinerja" in daftar
    url = reverse("agreement:pk_jenjang_buat", args=["sukamaju", 2025, kasi.pk])
    form = client.get(url)
    assert form.context["form"][f"target_{ind.pk}"].value() == "90%"  # planning formats a % target
    assert form.context["form"][f"target_antara_{antara.pk}"].value() == "95"
    saved = client.post(url, {"tanggal": "2025-01-06", "tempat": "Contoh", f"target_{ind.pk}": "90%",
                              f"target_antara_{antara.pk}": "97", "simpan": "1"})
    assert saved.status_code == 302, saved.context["form"].errors
    pk = PerjanjianKinerja.semua.get(pd=pd, tahun=2025, jenjang=kasi)
    assert (pk.jabatan_pihak_pertama, pk.jabatan_pihak_kedua) == (kasi, camat)
    assert sorted((t.indikator_id or 0, t.indikator_antara_id or 0, int(t.nilai)) for t in pk.target.all()) == [
        (0, antara.pk, 97), (ind.pk, 0, 90)]
    for fmt, kind in (("pdf", "application/pdf"), ("docx", "application/vnd.openxmlformats")):
        response = client.get(reverse("agreement:pk_jenjang_unduh", args=["sukamaju", 2025, kasi.pk, fmt]))
        assert response.status_code == 200 and response["Content-Type"].startswith(kind)
