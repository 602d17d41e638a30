"""Issue 18 from an empty database: the evaluator (Inspektorat) of a brand-new pemda starts the first Evaluasi AKIP
of one of its kecamatan. Nothing of the demo exists: the LKE of PermenPANRB 88/2021 is loaded on the first start.

The pemda, its kecamatan and the evaluator's account are written with the ORM (as the settings screens would make
them; ``test_tahun_pertama`` walks those screens); the evaluation itself goes through the screens.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import User
from django.test import Client
from django.urls import reverse

from sakip.domain.accounts.models import Akses
from sakip.domain.evaluasi.models import Evaluasi, KriteriaLke, Lke
from sakip.domain.organisation.models import Pemda, PerangkatDaerah

pytestmark = pytest.mark.django_db


def test_a_new_pemdas_evaluator_starts_an_evaluation():
    pemda = Pemda.objects.create(jenis="kabupaten", nama="Kabupaten Contoh", slug="kab-contoh", ibukota="Contoh")
    PerangkatDaerah.objects.create(pemda=pemda, nama="Kecamatan Sukamaju", slug="sukamaju")
    user = User.objects.create_user("inspektorat-contoh", password="kopi-luwak-3927")
    Akses.objects.create(user=user, peran=Akses.Peran.EVALUATOR, pemda=pemda)
    assert not Lke.objects.exists()

    client = Client()
    client.force_login(user)
    daftar = reverse("evaluasi:daftar", args=["kab-contoh", 2025])
    html = client.get(daftar).content.decode()
    assert "Kecamatan Sukamaju" in html and "belum dimulai" in html
    response = client.post(daftar, {"pd": "sukamaju"}, follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("evaluasi:lke", args=["sukamaju", 2025])
    assert "Evaluasi AKIP Kecamatan Sukamaju tahun 2025 dimulai: tahap penilaian mandiri." in html
    # Nothing answered yet: every criterion counts 0 → 0,00, predikat D.
    assert "data-nilai-akip>0,00<" in html and "data-predikat>D<" in html
    assert html.count('data-kriteria="') == 80
    assert Evaluasi.objects.get().tahap == "mandiri"
    assert KriteriaLke.objects.filter(pemda=pemda).count() == 80
    assert "Penilaian mandiri" in client.get(daftar).content.decode()
