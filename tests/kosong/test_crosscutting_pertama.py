"""Issue 19 from an empty database: crosscutting between two new kecamatan of a new pemda. Sukamaju (a Renstra with
one sasaran and one program) asks Sukasari from that program; Sukasari accepts naming its own sasaran; a second
request is withdrawn by Sukamaju with its reason. Both on the screens (the pohon page's forms), the pemda's page
lists them, the tree's JSON carries the accepted link. Nothing of the demo exists."""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from sakip.core.scoping import Scope
from sakip.domain.accounts.models import Akses
from sakip.domain.kaskade.dokumen import build_pohon
from sakip.domain.kaskade.models import Crosscutting
from sakip.domain.organisation.models import Jabatan, Pemda, PerangkatDaerah
from sakip.domain.planning.models import Nomenklatur, Program, Renstra, Sasaran, Tujuan

pytestmark = pytest.mark.django_db


def _kecamatan(pemda: Pemda, nama: str, slug: str) -> tuple[PerangkatDaerah, Sasaran, Client]:
    pd = PerangkatDaerah.objects.create(pemda=pemda, nama=f"Kecamatan {nama}", slug=slug)
    Jabatan.objects.create(pemda=pemda, pd=pd, jenis="pimpinan_pd", nama=f"Camat {nama}")
    renstra = Renstra.objects.create(pd=pd, tahun_mulai=2025, tahun_selesai=2029)
    tujuan = Tujuan.objects.create(renstra=renstra, nama=f"Meningkatnya pelayanan Kecamatan {nama}")
    sasaran = Sasaran.objects.create(tujuan=tujuan, nama=f"Meningkatnya kepuasan masyarakat {nama}")
    user = User.objects.create_user(f"operator-{slug}", password="kopi-luwak-3927")
    Akses.objects.create(user=user, peran=Akses.Peran.OPERATOR, pemda=pemda, pd=pd)
    client = Client()
    client.force_login(user)
    return pd, sasaran, client


def test_a_new_pd_asks_another_which_accepts_and_a_second_request_is_withdrawn():
    pemda = Pemda.objects.create(jenis="kabupaten", nama="Kabupaten Contoh", slug="kab-contoh", ibukota="Contoh")
    sukamaju, _, op_sukamaju = _kecamatan(pemda, "Sukamaju", "sukamaju")
    sukasari, sasaran_sukasari, op_sukasari = _kecamatan(pemda, "Sukasari", "sukasari")
    program = Program.objects.create(pd=sukamaju, tahun=2025, nomenklatur=Nomenklatur.objects.get(kode="7.01.02"))
    program.sasaran.add(Sasaran.objects.get(tujuan__renstra__pd=sukamaju))

    pohon = reverse("kaskade:pohon", args=["sukamaju", "2025-2029"])
    html = op_sukamaju.get(pohon).content.decode()
    assert "data-cc-ajukan" in html and "Kecamatan Sukasari" in html
    ajukan = reverse("kaskade:crosscutting_ajukan", args=["sukamaju", "2025-2029"])
    for uraian in ("Pelayanan administrasi terpadu dua kecamatan", "Data penduduk perbatasan"):
        response = op_sukamaju.post(ajukan, {"simpul": f"program-{program.pk}", "jenis": "berkontribusi",
                                             "pd_tujuan": str(sukasari.pk), "uraian": uraian})
        assert response.status_code == 302, response.content.decode()[:2000]
        if uraian.startswith("Pelayanan"):
            pertama = Crosscutting.objects.get()
            # Sukasari answers the first before the second is asked (one open request per node and PD)
            html = op_sukasari.get(reverse("kaskade:pohon", args=["sukasari", "2025-2029"])).content.decode()
            assert "Kecamatan Sukamaju" in html and "data-cc-terima" in html
            diterima = op_sukasari.post(
                f"{reverse('kaskade:crosscutting_terima', args=[pertama.pk])}?periode=2025-2029",
                {"simpul_tujuan": f"sasaran-{sasaran_sukasari.pk}"})
            assert diterima.status_code == 302
    kedua = Crosscutting.objects.get(uraian="Data penduduk perbatasan")
    ditarik = op_sukamaju.post(f"{reverse('kaskade:crosscutting_tarik', args=[kedua.pk])}?periode=2025-2029",
                               {"alasan": "Sudah tercakup permintaan pertama"})
    assert ditarik.status_code == 302
    assert dict(Crosscutting.objects.values_list("uraian", "status")) == {
        "Pelayanan administrasi terpadu dua kecamatan": "diterima", "Data penduduk perbatasan": "ditarik"}
    # Sukasari may not withdraw Sukamaju's request (403), nor answer a withdrawn one
    assert op_sukasari.post(reverse("kaskade:crosscutting_tarik", args=[kedua.pk]), {"alasan": "x"}).status_code == 403

    pemda_page = op_sukamaju.get(reverse("kaskade:crosscutting_pemda", args=["kab-contoh"])).content.decode()
    assert pemda_page.count("data-cc=") == 2 and "1 diterima" in pemda_page and "1 ditarik" in pemda_page
    assert "Sudah tercakup permintaan pertama" in pemda_page
    node = build_pohon(Scope.system(), "sukamaju", "2025-2029").as_json()["pohon"][0]["anak"][0]["anak"][0]["anak"][0]
    assert node["id"] == f"program-{program.pk}" and [(c["arah"], c["pd"]["slug"], c["simpul"])
                                                      for c in node["crosscutting"]] == [
        ("keluar", "sukasari", f"sasaran-{sasaran_sukasari.pk}")]
