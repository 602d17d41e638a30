"""The demo's Evaluasi AKIP (issue 18): Wonoasih's evaluation of 2024, final, with its LHE and the follow-ups of
some recommendations, beside its 2023 one (every follow-up verified); Kanigaran's of 2024 in review; Purworejo's of
2023, final, whose Nilai AKIP becomes the realisation of its Nilai SAKIP indicator (target "B (63,00)"). No seed
document holds an LKE: every answer, note and date here is invented, plausible with the demo's data, and marked
"(contoh demo)" where a user reads it.

Written through the app's own services (the same rules as a user's input), by the system. Idempotent: an
evaluation that exists is left as it is, so ``sakip demo`` twice changes nothing.
"""

from __future__ import annotations

import datetime

from django.db import transaction

from sakip.core.scoping import Scope
from sakip.domain.evaluasi import services, tindak_lanjut
from sakip.domain.evaluasi.models import Evaluasi, KriteriaLke, SubKomponenLke, TindakLanjut
from sakip.domain.organisation.models import PerangkatDaerah

CONTOH = "(contoh demo)"

# The self-assessment by the kind of sub-komponen: documents exist, their quality and use trail behind.
NILAI_PD: dict[str, str] = {SubKomponenLke.Jenis.KEBERADAAN: "A", SubKomponenLke.Jenis.KUALITAS: "BB",
                            SubKomponenLke.Jenis.PEMANFAATAN: "B"}
TURUN = {"AA": "A", "A": "BB", "BB": "B", "B": "CC", "CC": "C", "C": "D", "D": "E", "E": "E"}

REKOMENDASI = [
    "Menyelaraskan indikator kinerja sasaran pada Renstra dan Perjanjian Kinerja dengan pohon kinerja kecamatan.",
    "Menetapkan target triwulanan setiap indikator kinerja utama dan menggunakannya dalam rapat evaluasi bulanan.",
    "Melengkapi bukti dukung pengukuran kinerja dengan data dukung yang dapat diverifikasi (notulen, foto, "
    "tangkapan layar aplikasi).",
    "Menyampaikan LKjIP tepat waktu dan memuat analisis penyebab keberhasilan/kegagalan setiap indikator.",
    "Menindaklanjuti hasil evaluasi AKIP internal tahun sebelumnya dengan rencana aksi yang terjadwal.",
]


def _kriteria(evaluasi: Evaluasi) -> list[KriteriaLke]:
    return list(KriteriaLke.objects.filter(sub_komponen__komponen__lke_id=evaluasi.lke_id)
                .select_related("sub_komponen").order_by("sub_komponen__komponen__urutan", "sub_komponen__urutan",
                                                         "urutan"))


def _mandiri(scope: Scope, evaluasi: Evaluasi, kriteria: list[KriteriaLke], nilai: dict[str, str]) -> None:
    for k in kriteria:
        services.simpan_jawaban(scope, evaluasi=evaluasi, kriteria=k, sisi=services.PD, data={
            "nilai_pd": nilai[k.sub_komponen.jenis],
            "penjelasan_pd": f"Telah dilaksanakan sesuai kriteria; dokumen tersedia di sekretariat kecamatan {CONTOH}.",
            "bukti": "Dokumen pada arsip sekretariat kecamatan"})
    services.lanjutkan_tahap(scope, evaluasi=evaluasi)


def _reviu(scope: Scope, evaluasi: Evaluasi, kriteria: list[KriteriaLke], nilai: dict[str, str]) -> None:
    """The evaluator's values: one criterion in four a step lower, with a note and a recommendation."""
    n = 0
    for i, k in enumerate(kriteria):
        pd = nilai[k.sub_komponen.jenis]
        if i % 4 == 3:
            data = {"nilai_evaluator": TURUN[pd], "catatan": f"Bukti dukung belum lengkap {CONTOH}.",
                    "rekomendasi": f"{REKOMENDASI[n % len(REKOMENDASI)]} {CONTOH}"}
            n += 1
        else:
            data = {"nilai_evaluator": pd, "catatan": f"Sesuai {CONTOH}."}
        services.simpan_jawaban(scope, evaluasi=evaluasi, kriteria=k, sisi=services.EVALUATOR, data=data)


def _final(scope: Scope, pd: PerangkatDaerah, tahun: int, nilai: dict[str, str], lhe: dict[str, object]) -> Evaluasi:
    """An evaluation through every stage to final (the recommendations become follow-ups; the Nilai AKIP the
    realisation of a Nilai SAKIP indicator the PD has that year), with its LHE."""
    evaluasi = services.mulai_evaluasi(scope, pd=pd, tahun=tahun)
    kriteria = _kriteria(evaluasi)
    _mandiri(scope, evaluasi, kriteria, nilai)
    _reviu(scope, evaluasi, kriteria, nilai)
    services.lanjutkan_tahap(scope, evaluasi=evaluasi)  # → tanggapan
    for k in kriteria[3:12:4]:
        services.simpan_jawaban(scope, evaluasi=evaluasi, kriteria=k, sisi=services.PD, data={
            "tanggapan_pd": f"Sependapat; akan ditindaklanjuti pada tahun berikutnya {CONTOH}."})
    evaluasi = services.lanjutkan_tahap(scope, evaluasi=evaluasi)  # → final
    for field, value in lhe.items():
        setattr(evaluasi, field, value)
    evaluasi.full_clean()
    evaluasi.save()
    return evaluasi


def _tindak_lanjut(scope: Scope, evaluasi: Evaluasi, isian: list[tuple[str, str, bool]],
                   diverifikasi_pada: datetime.datetime) -> None:
    """Fill the first follow-ups of ``evaluasi`` with ``isian`` (status, target date, verified)."""
    for item, (status, target, verif) in zip(tindak_lanjut.daftar(scope, evaluasi), isian, strict=False):
        tindak_lanjut.simpan_tindak_lanjut(scope, tindak_lanjut=item, data={
            "uraian": f"Rekomendasi dibahas dalam rapat staf dan dijadwalkan perbaikannya {CONTOH}.",
            "bukti": "Notulen rapat staf kecamatan", "status": status, "target_tanggal": target})
        if verif:
            tindak_lanjut.simpan_tindak_lanjut(scope, tindak_lanjut=item, data={
                "diverifikasi": True, "catatan_verifikasi": f"Bukti sesuai {CONTOH}."})
            # verified in the demo's past, not on the day the demo is loaded
            TindakLanjut.objects.filter(pk=item.pk).update(diverifikasi_pada=diverifikasi_pada)


def _lhe(nomor: str, tanggal: datetime.date, tempat: str, kota: str) -> dict[str, object]:
    return {"nomor_lhe": f"{nomor} {CONTOH}", "tanggal_lhe": tanggal, "tempat_lhe": tempat,
            "inspektur_nama": f"Inspektur {kota} {CONTOH}", "inspektur_pangkat": "Pembina Utama Muda (IV/c)",
            "inspektur_nip": "19700101 199503 1 001"}


SELESAI, PROSES = tindak_lanjut.Status.SELESAI, tindak_lanjut.Status.PROSES


def _wonoasih_2023(scope: Scope, pd: PerangkatDaerah) -> None:
    """The year before, a little lower; every follow-up done and verified (what 2024's criterion 4.c.1 reads)."""
    evaluasi = _final(scope, pd, 2023, {"keberadaan": "BB", "kualitas": "B", "pemanfaatan": "B"},
                      _lhe("700/031/425.204/2024", datetime.date(2024, 3, 15), "Probolinggo", "Kota Probolinggo"))
    _tindak_lanjut(scope, evaluasi, [(SELESAI, "2024-09-30", True)] * 20,
                   datetime.datetime(2024, 10, 14, 9, 0, tzinfo=datetime.UTC))


def _wonoasih_2024(scope: Scope, pd: PerangkatDaerah) -> None:
    evaluasi = _final(scope, pd, 2024, NILAI_PD,
                      _lhe("700/045/425.204/2025", datetime.date(2025, 3, 14), "Probolinggo", "Kota Probolinggo"))
    _tindak_lanjut(scope, evaluasi, [(SELESAI, "2025-06-30", True), (SELESAI, "2025-09-30", False),
                                     (PROSES, "2025-12-31", False)],
                   datetime.datetime(2025, 7, 10, 9, 0, tzinfo=datetime.UTC))


def _kanigaran_2024(scope: Scope, pd: PerangkatDaerah) -> None:
    """Self-assessment sent; the evaluator has reviewed komponen 1 only (the evaluation waits in review)."""
    evaluasi = services.mulai_evaluasi(scope, pd=pd, tahun=2024)
    kriteria = _kriteria(evaluasi)
    _mandiri(scope, evaluasi, kriteria, NILAI_PD)
    _reviu(scope, evaluasi, [k for k in kriteria if k.kode.startswith("1.")], NILAI_PD)


def _purworejo_2023(scope: Scope, pd: PerangkatDaerah) -> None:
    """Purworejo's IKU of 2023 has the Nilai SAKIP indicator (target "B (63,00)"): the final Nilai AKIP becomes
    its TW IV realisation."""
    _final(scope, pd, 2023, {"keberadaan": "BB", "kualitas": "B", "pemanfaatan": "CC"},
           _lhe("700/112/423.103/2024", datetime.date(2024, 3, 20), "Pasuruan", "Kota Pasuruan"))


@transaction.atomic
def load() -> None:
    """Add the demo's evaluations that are missing."""
    scope = Scope.system()
    for slug, tahun, isi in (("wonoasih", 2023, _wonoasih_2023), ("wonoasih", 2024, _wonoasih_2024),
                             ("kanigaran", 2024, _kanigaran_2024), ("purworejo", 2023, _purworejo_2023)):
        pd = PerangkatDaerah.objects.filter(slug=slug).first()
        if pd is not None and not Evaluasi.objects.filter(pd=pd, tahun=tahun).exists():
            isi(scope, pd)
