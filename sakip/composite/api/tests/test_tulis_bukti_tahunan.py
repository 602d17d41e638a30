"""Evidence files (multipart, ``…/pengukuran/{tahun}/{tw}/bukti/{indikator_id}``) and the explicit annual realisation
with its source (``/pd/{slug}/realisasi-tahunan/{tahun}``) through the API: the screens' services and checks, the
lock answered 409, audited with the token named. The demo's Wonoasih 2024: TW I–III approved, TW IV open; the IKU
indicator 5 has the explicit annual value 100 ("LKjIP 2024 Tabel 3.10"); indicator 12 is a kegiatan's."""

from __future__ import annotations

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image

from sakip.core.models import Penolakan
from sakip.domain.measurement.models import BuktiDukung, RealisasiTahunan

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"


def pdf_bytes() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buf, "PDF")
    return buf.getvalue()


def unggah(rahasia: str, nama: str, isi: bytes, tw: int = 4, indikator_id: int = 5):
    return Client().post(reverse("api:bukti_unggah", args=["wonoasih", 2024, tw, indikator_id]),
                         {"berkas": SimpleUploadedFile(nama, isi), "keterangan": "Notulen rapat"},
                         HTTP_AUTHORIZATION=f"Bearer {rahasia}")


def tahunan(rahasia: str, baris: list[dict]):
    return Client().post(reverse("api:realisasi_tahunan", args=["wonoasih", 2024]), json.dumps({"baris": baris}),
                         content_type="application/json", HTTP_AUTHORIZATION=f"Bearer {rahasia}")


def test_an_evidence_file_is_stored_and_audited(token):
    rahasia = token("operator-wonoasih", nama="Arsip digital")
    isi = pdf_bytes()
    response = unggah(rahasia, "notulen.pdf", isi)
    assert response.status_code == 201, response.content
    data = response.json()
    assert (data["nama"], data["jenis"], data["ukuran"], data["keterangan"]) == ("notulen.pdf", "application/pdf", len(isi),
                                                                                 "Notulen rapat")
    row = BuktiDukung.objects.get(pk=data["id"])
    assert (row.indikator_id, row.tahun, row.triwulan, row.diunggah_oleh.username) == (5, 2024, 4, "operator-wonoasih")
    assert row.history.get().history_change_reason == f"API · token “Arsip digital” ({rahasia[:8]}…)"


def test_a_disguised_file_is_refused_and_recorded(token):
    response = unggah(token("operator-wonoasih"), "laporan.pdf", b"MZ\x90\x00" + b"\x00" * 200)
    assert response.status_code == 422
    assert set(response.json()["galat"]) == {"berkas"}
    assert not BuktiDukung.objects.filter(indikator_id=5, tahun=2024, triwulan=4).exists()
    assert Penolakan.objects.filter(alasan__startswith="Berkas bukti dukung ditolak").count() == 1


def test_evidence_of_a_locked_quarter_is_409(token):
    response = unggah(token("operator-wonoasih"), "notulen.pdf", pdf_bytes(), tw=1)
    assert response.status_code == 409
    assert response.json()["galat"]["berkas"][0].startswith("Pengukuran TW I 2024 berstatus disetujui dan terkunci")


def test_the_annual_realisation_with_its_source(token):
    rahasia = token("operator-wonoasih", nama="e-Kinerja")
    response = tahunan(rahasia, [{"indikator_id": 5, "nilai": "98,5", "nilai_awal": 100, "sumber": "Rekap e-Kinerja"}])
    assert response.status_code == 200, response.content
    assert response.json() == {"disimpan": 1}
    row = RealisasiTahunan.objects.get(indikator_id=5, tahun=2024)
    assert (str(row.nilai), row.teks, row.sumber) == ("98.5000", "98,5", "Rekap e-Kinerja")
    h = row.history.first()
    assert h.history_user.username == "operator-wonoasih"
    assert h.history_change_reason == f"API · token “e-Kinerja” ({rahasia[:8]}…)"


def test_the_annual_realisation_refuses_a_stale_value_a_missing_source_and_a_kegiatan_indicator(token):
    rahasia = token("operator-wonoasih")
    basi = tahunan(rahasia, [{"indikator_id": 5, "nilai": 90, "nilai_awal": 95, "sumber": "x"}])
    assert basi.status_code == 409 and set(basi.json()["galat"]) == {"baris.0.nilai"}
    tanpa = tahunan(rahasia, [{"indikator_id": 5, "nilai": 90, "nilai_awal": 100, "sumber": " "}])
    assert tanpa.status_code == 422
    assert tanpa.json()["galat"] == {"baris.0.sumber": ["Sebutkan sumber angka ini, misalnya “hasil SKM semester II”."]}
    kegiatan = tahunan(rahasia, [{"indikator_id": 12, "nilai": 90, "nilai_awal": None, "sumber": "x"}])
    assert kegiatan.status_code == 404
    assert kegiatan.json() == {"detail": "Baris ke-0: indikator sasaran tidak ditemukan."}
    assert RealisasiTahunan.objects.get(indikator_id=5, tahun=2024).nilai == 100
