"""Evidence on the LKE worksheet: what sakip holds about Wonoasih 2024 (from the seed-backed demo) with the proposals
computed by hand, accepting one with a click, the consistency warnings, uploaded files and links (type by content,
scope: another PD gets 404), and the worksheet's query count with all of it."""

from __future__ import annotations

import io
from collections import defaultdict
from datetime import UTC, date, datetime

import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from sakip.core.models import Penolakan
from sakip.core.scoping import Scope
from sakip.domain.evaluasi import bukti_sakip, services
from sakip.domain.evaluasi.models import BuktiLke, Evaluasi, JawabanLke, KriteriaLke
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.rumus.lke_usulan import RenstraFakta, TriwulanFakta, Usulan, VersiPk

pytestmark = pytest.mark.django_db

LKE = reverse("evaluasi:lke", args=["wonoasih", 2024])


def usulan_url(kode: str) -> str:
    return reverse("evaluasi:terima_usulan", args=["wonoasih", 2024, kode])


def unggah_url(kode: str) -> str:
    return reverse("evaluasi:bukti_unggah", args=["wonoasih", 2024, kode])


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return tmp_path / "media"


@pytest.fixture
def wonoasih() -> PerangkatDaerah:
    return PerangkatDaerah.objects.get(slug="wonoasih")


@pytest.fixture
def evaluasi(wonoasih) -> Evaluasi:
    return services.mulai_evaluasi(Scope.system(), pd=wonoasih, tahun=2024)


def klien(username: str) -> Client:
    c = Client()
    c.force_login(User.objects.get(username=username))
    return c


def pdf_bytes() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40, 20), "white").save(buf, "PDF")
    return buf.getvalue()


def test_the_facts_of_wonoasih_2024_from_the_demo(wonoasih, django_assert_num_queries):
    with django_assert_num_queries(bukti_sakip.QUERIES):
        f = bukti_sakip.fakta(Scope.system(), wonoasih, 2024)
    # The Renstra 2019–2024: 2 tujuan and 3 sasaran indicators (3 of them IKU), none with a definisi, each a formula.
    assert f.renstra == RenstraFakta(2019, 2024, indikator=5, iku=3, definisi=0, formula=5, lengkap=0)
    # PK 2024: versi 1 of 2 January, versi 2 of 1 February (new Camat), versi 3 of 1 November (APBD-P); approved.
    assert f.pk == (VersiPk(1, date(2024, 1, 2), "Penetapan awal"), VersiPk(2, date(2024, 2, 1), "Pergantian pejabat"),
                    VersiPk(3, date(2024, 11, 1), "Perubahan anggaran"))
    assert f.status_pk == "disetujui"
    # TW I–III submitted before their deadlines (5 April, 4 July, 3 October in WIB) and approved; TW IV not yet.
    assert f.triwulan == (
        TriwulanFakta(1, "disetujui", date(2024, 4, 10), date(2024, 4, 5), date(2024, 4, 9)),
        TriwulanFakta(2, "disetujui", date(2024, 7, 10), date(2024, 7, 4), date(2024, 7, 9)),
        TriwulanFakta(3, "disetujui", date(2024, 10, 10), date(2024, 10, 3), date(2024, 10, 8)),
        TriwulanFakta(4, "draft", date(2025, 1, 15), None, None))
    assert (f.bukti_berkas, f.lkjip_tanggal, f.lkjip_terbit) == (0, date(2025, 1, 31), None)
    assert [(p.kode, p.ditutup, p.rtl, p.fkp) for p in f.skm] == [("2024-S2", True, 5, date(2024, 10, 14))]
    assert f.evaluasi_lalu is None


def test_the_proposals_for_wonoasih_2024_by_hand(evaluasi, wonoasih):
    from sakip.domain.evaluasi.dokumen import build_lke

    b = bukti_sakip.bukti_lembar(Scope.system(), wonoasih, 2024, build_lke(Scope.system(), "wonoasih", 2024).komponen)
    usulan = {kode: k.usulan.nilai for kode, k in b.kriteria.items() if k.usulan is not None}
    assert usulan == {
        "1.a.3": "BB",  # a Renstra covering 2024 with its indicators
        "1.a.4": "BB",  # the PK of 2024 approved
        "2.a.2": "C",  # 0 indicators with both, 5 with one of two: 2,5 / 5 = 50 %, more than 25 %
        "2.b.4": "CC",  # 3 of 4 quarters on time and approved: 75 % is not more than 75 %
        "3.a.1": "BB",  # LKjIP report date 31-01-2025
        "3.a.2": "CC",  # 3 of 4 quarterly reports approved
        "3.a.5": "E",  # not published on the portal and 28-02-2025 is past
        "3.a.6": "E",  # not published on the portal (TW IV is a draft) and 28-02-2025 is past
    }  # 4.c.1: no evaluation of 2023, no proposal
    assert b.kriteria["4.c.1"].fakta[0].teks == "Tidak ada evaluasi AKIP tahun 2023 di sakip."
    assert b.peringatan == ()


def test_the_pd_accepts_a_proposal_in_mandiri_and_the_evaluator_in_reviu(evaluasi):
    operator = klien("operator-wonoasih")
    html = operator.get(LKE).content.decode()
    assert 'data-usulan="1.a.4" data-usulan-nilai="BB"' in html and 'data-terima="1.a.4"' in html
    response = operator.post(usulan_url("1.a.4"), {"nilai": "BB"})
    assert response.status_code == 302 and response["Location"] == LKE + "#k-1.a.4"
    jawaban = JawabanLke.objects.get(evaluasi=evaluasi, kriteria__kode="1.a.4")
    assert jawaban.nilai_pd == "BB" and jawaban.penjelasan_pd.startswith("Usulan dari data sakip: PK tahun 2024 (3 versi")
    # a proposal that changed since the page was drawn is refused, nothing saved
    response = operator.post(usulan_url("2.b.4"), {"nilai": "BB"})
    assert response.status_code == 400 and "Usulan nilai kriteria 2.b.4 kini CC" in response.content.decode()
    assert not JawabanLke.objects.filter(evaluasi=evaluasi, kriteria__kode="2.b.4").exclude(nilai_pd="").exists()
    # a criterion without a proposal: 404
    assert operator.post(usulan_url("1.a.1"), {"nilai": "BB"}).status_code == 404
    services.lanjutkan_tahap(Scope.system(), evaluasi=evaluasi)  # → reviu
    assert operator.post(usulan_url("2.b.4"), {"nilai": "CC"}).status_code == 403  # the PD writes no value now
    evaluator = klien("inspektorat-probolinggo")
    assert evaluator.post(usulan_url("2.b.4"), {"nilai": "CC"}).status_code == 302
    jawaban = JawabanLke.objects.get(evaluasi=evaluasi, kriteria__kode="2.b.4")
    assert (jawaban.nilai_pd, jawaban.nilai_evaluator) == ("", "CC") and jawaban.catatan.startswith("Usulan dari")
    assert klien("operator-kanigaran").post(usulan_url("2.b.4"), {"nilai": "CC"}).status_code == 404


def test_warnings_at_the_top_never_block(evaluasi, wonoasih):
    kriteria = {k.kode: k for k in KriteriaLke.objects.filter(pemda=wonoasih.pemda, sub_komponen__komponen__lke=evaluasi.lke)}
    simpan = {"1.c.1": "AA", "3.b.1": "B"}  # 1.c mean 1/8 = 12,50% above 1.b's 0 %; 3.b.1 above E
    for kode, nilai in simpan.items():
        services.simpan_jawaban(Scope.system(), evaluasi=evaluasi, kriteria=kriteria[kode], sisi="pd",
                                data={"nilai_pd": nilai})
    html = klien("operator-wonoasih").get(LKE).content.decode()
    assert "data-peringatan-lke" in html
    assert "Pemanfaatan 1.c (rata-rata 12,50%) lebih tinggi daripada kualitas 1.b (rata-rata 0,00%)" in html
    assert 'data-peringatan="3.b.1"' not in html  # the LKjIP of 2024 is in sakip
    from sakip.domain.profil.models import ProfilPd

    ProfilPd.objects.filter(pd=wonoasih, tahun=2024).update(tanggal=None)
    html = klien("operator-wonoasih").get(LKE).content.decode()
    assert "Kriteria 3.b.1 dinilai di atas E, padahal LKjIP tahun ini belum ada di sakip." in html


def test_upload_refused_by_content_link_accepted_and_scope(evaluasi, media):
    operator = klien("operator-wonoasih")
    exe = SimpleUploadedFile("laporan.pdf", b"MZ\x90\x00\x03\x00\x00\x00" + b"\x00" * 200, "application/pdf")
    response = operator.post(unggah_url("1.a.3"), {"berkas": exe})
    assert response.status_code == 400
    assert "Isi berkas “laporan.pdf” bukan PDF, gambar atau dokumen kantor yang diterima." in response.content.decode()
    assert not BuktiLke.objects.exists() and not list(media.rglob("*.*"))
    assert Penolakan.objects.filter(alasan__startswith="Berkas bukti LKE ditolak").exists()
    # neither or both: refused naming the criterion
    response = operator.post(unggah_url("1.a.3"), {"tautan": ""})
    assert response.status_code == 400 and "Kriteria 1.a.3: isi salah satu" in response.content.decode()
    assert operator.post(unggah_url("1.a.3"), {"tautan": "javascript:alert(1)"}).status_code == 400
    # a link and a PDF
    assert operator.post(unggah_url("1.a.3"), {"tautan": "https://probolinggokota.go.id/renstra.pdf",
                                               "keterangan": "Renstra di JDIH"}).status_code == 302
    pdf = SimpleUploadedFile("Renstra Wonoasih.pdf", pdf_bytes(), "application/octet-stream")
    assert operator.post(unggah_url("1.a.3"), {"berkas": pdf}).status_code == 302
    tautan, berkas = BuktiLke.objects.order_by("pk")
    assert tautan.tautan.endswith("renstra.pdf") and berkas.nama_asli == "Renstra Wonoasih.pdf"
    assert berkas.berkas.name.startswith("lke/") and berkas.berkas.name.endswith(".pdf")
    html = operator.get(LKE).content.decode()
    assert 'data-bukti-unggahan="1.a.3"' in html and "Renstra di JDIH" in html
    unduh = reverse("evaluasi:bukti_unduh", args=[berkas.pk])
    for username in ("operator-wonoasih", "inspektorat-probolinggo", "camat-wonoasih"):
        response = klien(username).get(unduh)
        assert response.status_code == 200 and b"".join(response.streaming_content).startswith(b"%PDF"), username
    assert response["Content-Type"] == "application/pdf"
    # another PD sees nothing and deletes nothing
    kanigaran = klien("operator-kanigaran")
    assert kanigaran.get(unduh).status_code == 404
    assert kanigaran.post(reverse("evaluasi:bukti_hapus", args=[berkas.pk])).status_code == 404
    assert kanigaran.post(unggah_url("1.a.3"), {"tautan": "https://contoh.id/x"}).status_code == 404
    # the evaluator reads but does not upload or delete
    evaluator = klien("inspektorat-probolinggo")
    assert evaluator.post(unggah_url("1.a.3"), {"tautan": "https://contoh.id/x"}).status_code == 404
    assert evaluator.post(reverse("evaluasi:bukti_hapus", args=[berkas.pk])).status_code == 404
    assert BuktiLke.objects.count() == 2


def test_evidence_is_deleted_while_the_pd_writes_only(evaluasi, media, django_capture_on_commit_callbacks):
    operator = klien("operator-wonoasih")
    pdf = SimpleUploadedFile("bukti.pdf", pdf_bytes())
    assert operator.post(unggah_url("2.a.1"), {"berkas": pdf}).status_code == 302
    row = BuktiLke.objects.get()
    path = media / row.berkas.name
    assert path.exists()
    services.lanjutkan_tahap(Scope.system(), evaluasi=evaluasi)  # → reviu: closed for the PD
    response = operator.post(reverse("evaluasi:bukti_hapus", args=[row.pk]))
    assert response.status_code == 400 and "tidak dapat diubah pada tahap Reviu evaluator" in response.content.decode()
    assert operator.post(unggah_url("2.a.1"), {"tautan": "https://contoh.id/x"}).status_code == 400
    for k in KriteriaLke.objects.filter(sub_komponen__komponen__lke=evaluasi.lke):  # every value, then
        services.simpan_jawaban(Scope.system(), evaluasi=evaluasi, kriteria=k, sisi="evaluator",
                                data={"nilai_evaluator": "B"})
    services.lanjutkan_tahap(Scope.system(), evaluasi=evaluasi)  # → tanggapan: open again
    with django_capture_on_commit_callbacks(execute=True):
        assert operator.post(reverse("evaluasi:bukti_hapus", args=[row.pk])).status_code == 302
    assert not BuktiLke.objects.exists() and not path.exists()


def test_the_worksheets_queries_stay_fixed_with_evidence(evaluasi, media, django_assert_num_queries):
    operator = klien("operator-wonoasih")
    operator.get(LKE)
    # session, user, akses; the worksheet (6); the facts (11); the pohon kinerja, crosscutting and PK berjenjang
    # (4); the rencana aksi under 1.c.4 (2); the uploaded evidence (1); the stage moves and the sub-komponen owners (2)
    with django_assert_num_queries(9 + bukti_sakip.QUERIES + bukti_sakip.QUERIES_KASKADE + bukti_sakip.QUERIES_RENCANA
                                   + 1 + 2):
        assert operator.get(LKE).status_code == 200
    for kode in ("1.a.1", "1.a.2", "2.b.4"):
        for i in range(3):
            assert operator.post(unggah_url(kode), {"tautan": f"https://contoh.id/{kode}/{i}"}).status_code == 302
    assert operator.post(usulan_url("1.a.3"), {"nilai": "BB"}).status_code == 302
    with django_assert_num_queries(9 + bukti_sakip.QUERIES + bukti_sakip.QUERIES_KASKADE + bukti_sakip.QUERIES_RENCANA
                                   + 1 + 2):
        html = operator.get(LKE).content.decode()
    assert html.count("data-hapus-bukti=") == 9 and html.count('rel="noopener noreferrer"') == 9


def test_last_years_recommendations_and_their_follow_ups(evaluasi, wonoasih):
    from sakip.domain.evaluasi.dokumen import build_lke
    from sakip.domain.evaluasi.models import TindakLanjut
    from sakip.rumus.lke_usulan import EvaluasiLalu

    lalu = services.mulai_evaluasi(Scope.system(), pd=wonoasih, tahun=2023)
    kriteria = {k.kode: k for k in KriteriaLke.objects.filter(sub_komponen__komponen__lke=lalu.lke)}
    rekomendasi = [JawabanLke.objects.create(evaluasi=lalu, kriteria=kriteria[kode], nilai_evaluator="C",
                                             rekomendasi=f"Perbaiki {kode}") for kode in ("1.a.1", "2.a.2", "3.b.1")]
    JawabanLke.objects.create(evaluasi=lalu, kriteria=kriteria["4.a.1"], nilai_evaluator="B")  # no recommendation
    TindakLanjut.objects.create(jawaban=rekomendasi[0], status="selesai", diverifikasi=True)
    TindakLanjut.objects.create(jawaban=rekomendasi[1], status="proses")
    Evaluasi.objects.filter(pk=lalu.pk).update(tahap="reviu")
    f = bukti_sakip.fakta(Scope.system(), wonoasih, 2024)
    assert f.evaluasi_lalu == EvaluasiLalu(2023, False, "Reviu evaluator", rekomendasi=3, selesai=1, proses=1)
    komponen = build_lke(Scope.system(), "wonoasih", 2024).komponen
    assert bukti_sakip.bukti_lembar(Scope.system(), wonoasih, 2024, komponen).kriteria["4.c.1"].usulan is None
    Evaluasi.objects.filter(pk=lalu.pk).update(tahap="final")
    b = bukti_sakip.bukti_lembar(Scope.system(), wonoasih, 2024, komponen).kriteria["4.c.1"]
    # 1 of 3 finished and verified: 33,33 %, more than 25 % → C
    assert b.usulan.nilai == "C" and "Dari 3 rekomendasi evaluasi AKIP tahun 2023: 1 selesai" in b.usulan.alasan
    assert b.fakta[0].teks == "Evaluasi AKIP 2023 (Final): 3 rekomendasi, 1 selesai dan diverifikasi, 1 dalam proses."
    assert b.fakta[0].url == reverse("evaluasi:lke", args=["wonoasih", 2023])


def test_the_lkjip_publication_feeds_3a6(evaluasi, wonoasih, settings, tmp_path, django_assert_num_queries):
    """Published through the portal's service (its date is then moved to the day each case needs): on the
    deadline's day in WIB → BB, a day later → D, never → E (these facts are read after 28-02-2025)."""
    from django.contrib.auth.models import User

    from sakip.composite.portal.services import terbitkan_lkjip
    from sakip.domain.evaluasi.dokumen import build_lke
    from sakip.domain.profil.models import ProfilPd
    from sakip.domain.workflow.models import Pengajuan

    settings.MEDIA_ROOT = tmp_path
    komponen = build_lke(Scope.system(), "wonoasih", 2024).komponen

    def kriteria(kode: str):
        return bukti_sakip.bukti_lembar(Scope.system(), wonoasih, 2024, komponen).kriteria[kode]

    belum = kriteria("3.a.6")
    assert belum.usulan.nilai == "E" and belum.usulan.alasan == (
        "LKjIP tahun 2024 belum diterbitkan di portal, batas 28-02-2025 (2 bulan setelah tahun anggaran berakhir) "
        "terlewati. Tanggal laporan 31-01-2025.")
    assert [b.teks for b in belum.fakta] == [
        "LKjIP 2024: tanggal laporan 31-01-2025.", "LKjIP 2024 belum diterbitkan di portal.",
        "Batas penyampaian: 28-02-2025 (2 bulan setelah tahun anggaran berakhir)."]

    Pengajuan.objects.create(pd=wonoasih, jenis="pengukuran", tahun=2024, triwulan=4, status="disetujui")
    camat = Scope.for_user(User.objects.get(username="camat-wonoasih"))
    row = terbitkan_lkjip(camat, pd=wonoasih, tahun=2024)
    with django_assert_num_queries(bukti_sakip.QUERIES):  # the publication costs no query of its own
        f = bukti_sakip.fakta(Scope.system(), wonoasih, 2024)
    assert f.lkjip_terbit == timezone.localdate(row.diterbitkan) and f.lkjip_terbit > date(2025, 2, 28)
    assert kriteria("3.a.6").usulan.nilai == "D"  # published today: late
    assert kriteria("3.a.5").usulan == Usulan("BB", f"LKjIP tahun 2024 diterbitkan di portal pada "
                                                    f"{f.lkjip_terbit:%d-%m-%Y}.")

    # 27-02-2025 17:30 UTC is 28-02-2025 00:30 WIB: the deadline's day itself, on time
    ProfilPd.objects.filter(pd=wonoasih, tahun=2024).update(diterbitkan=datetime(2025, 2, 27, 17, 30, tzinfo=UTC))
    k = kriteria("3.a.6")
    assert k.usulan.nilai == "BB" and k.usulan.alasan == (
        "LKjIP tahun 2024 diterbitkan di portal pada 28-02-2025, tepat pada batas 28-02-2025 (2 bulan setelah tahun "
        "anggaran berakhir).")
    portal = reverse("portal:pd_tahun", args=["kota-probolinggo", "wonoasih", 2024])
    assert k.fakta[1] == bukti_sakip.Baris("LKjIP 2024 diterbitkan di portal pada 28-02-2025.", portal)
    assert kriteria("3.a.1").fakta[1] == k.fakta[1] == kriteria("3.a.5").fakta[0]

    # 28-02-2025 17:30 UTC is 01-03-2025 00:30 WIB: a day late
    ProfilPd.objects.filter(pd=wonoasih, tahun=2024).update(diterbitkan=datetime(2025, 2, 28, 17, 30, tzinfo=UTC))
    assert kriteria("3.a.6").usulan == Usulan(
        "D", "LKjIP tahun 2024 diterbitkan di portal pada 01-03-2025, melewati batas 28-02-2025 (2 bulan setelah tahun "
             "anggaran berakhir).")
    # the worksheet shows the fact with its link
    html = klien("operator-wonoasih").get(LKE).content.decode()
    assert f'href="{portal}"' in html and "LKjIP 2024 diterbitkan di portal pada 01-03-2025." in html


def test_the_pohon_kinerja_and_pk_berjenjang_as_evidence(wonoasih, django_assert_num_queries):
    """The demo's Wonoasih (composite/demo/pohon.py, pk_jenjang.py): owners set on 4 programs, 13 kegiatan and the
    24 sub kegiatan of those kegiatan in 2024 (41), 3 invented intermediate nodes, no crosscutting; PK berjenjang
    2024 of the Sekretaris and the Kasi Pelayanan, Pemerintahan, Trantib and Pemberdayaan (5)."""
    f = bukti_sakip.fakta(Scope.system(), wonoasih, 2024)
    per: dict[str, list] = defaultdict(list)
    with django_assert_num_queries(bukti_sakip.QUERIES_KASKADE):
        bukti_sakip._baris_kaskade(Scope.system(), wonoasih, f, per)
    pohon = "/pd/wonoasih/pohon-kinerja/2019-2024/"
    assert [(b.teks, b.url) for b in per["1.b.8"]] == [(
        "Pohon kinerja Renstra 2019–2024: dari sasaran RPJMD sampai sub kegiatan, 41 simpul dengan pemilik yang "
        "ditetapkan, 3 simpul antara.", pohon)]
    assert [(b.teks, b.url) for b in per["1.b.9"]] == [(
        "Crosscutting dengan perangkat daerah lain: 0 diterima, 0 menunggu jawaban, 0 ditolak, 0 ditarik.", pohon)]
    jenjang = [("PK berjenjang 2024: 5 jabatan di bawah pimpinan perangkat daerah dengan Perjanjian Kinerja yang "
                "disusun dari pohon kinerja.", "/pd/wonoasih/pk/2024/jenjang/")]
    assert [(b.teks, b.url) for b in per["1.a.7"]] == jenjang == [(b.teks, b.url) for b in per["1.b.10"]]
