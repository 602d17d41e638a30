"""The Survei Kepuasan Masyarakat of a PD: its periods, and the results of one (``survey.dokumen.build_skm``, the
SKM report's JSON); and questionnaires collected elsewhere (a kiosk, a portal's export) written through the SKM
import's service (``survey.services.simpan_respons_impor``: all or nothing, the staff's rules — the ``skm`` right
on the unit, a period that is not closed), the channel named in each answer's history."""

from __future__ import annotations

from typing import Any, Literal

from django.core.exceptions import ValidationError
from django.http import HttpRequest, HttpResponse
from ninja import P, PathEx, Query, Schema
from pydantic import Field

from sakip.composite.api import auth
from sakip.composite.api.galat import GALAT_TULIS, Konflik
from sakip.composite.api.http import GALAT, JAWABAN_DOKUMEN, SLUG, Halaman, Potongan, SlugPd, json_etag, potong
from sakip.composite.api.router import Router
from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import CHANGE
from sakip.domain.organisation.selectors import get_pd
from sakip.domain.survey import services as survey_services
from sakip.domain.survey.dokumen import build_skm
from sakip.domain.survey.models import PeriodeSurvei, Respons, UnitLayanan
from sakip.domain.survey.selectors import periode_list
from sakip.rumus.angka import kutip
from sakip.rumus.peran import SKM

router = Router(tags=["SKM"])

KodePeriode = PathEx[str, P(pattern=SLUG, max_length=20, description="Kode periode, misalnya 2024-S2.")]


class PeriodeSkema(Schema):
    kode: str
    nama: str
    jenis: str
    mulai: str
    selesai: str
    ditutup: bool


class DaftarPeriode(Halaman):
    data: list[PeriodeSkema]


@router.get("/pd/{slug}/skm", response={200: DaftarPeriode, **GALAT}, url_name="skm_daftar",
            summary="Periode SKM perangkat daerah, terbaru dahulu")
def skm_daftar(request: HttpRequest, slug: SlugPd, potongan: Query[Potongan]) -> dict:
    scope = auth.scope(request)
    jumlah, rows = potong(periode_list(scope, get_pd(scope, slug)), potongan)
    return {"jumlah": jumlah, "limit": potongan.limit, "offset": potongan.offset, "data": [{
        "kode": p.kode, "nama": p.nama, "jenis": p.jenis, "mulai": p.mulai.isoformat(),
        "selesai": p.selesai.isoformat(), "ditutup": p.ditutup} for p in rows]}


@router.get("/pd/{slug}/skm/{periode}", response=JAWABAN_DOKUMEN, url_name="skm",
            summary="Hasil SKM satu periode (JSON laporan SKM)")
def skm(request: HttpRequest, slug: SlugPd, periode: KodePeriode) -> HttpResponse:
    return json_etag(request, build_skm(auth.scope(request), slug, periode).as_json())


# --- writing: questionnaires collected elsewhere (a kiosk, a portal's export) ------------------------------------

MAKS_RESPONS = 1000
Jawaban = Field(ge=1, le=4, description="Jawaban 1–4.")


class Kuesioner(Schema):
    """One questionnaire: the respondent's profile (codes as in the SKM import) and the nine answers."""

    jenis_kelamin: Literal["L", "P"]
    usia: Literal["<20", "20-29", "30-39", "40-49", "50+"]
    pendidikan: Literal["sd", "sltp", "slta", "d-s1", "s2"]
    pekerjaan: Literal["pns", "swasta", "wiraswasta", "pelajar", "lainnya"]
    u1: int = Jawaban
    u2: int = Jawaban
    u3: int = Jawaban
    u4: int = Jawaban
    u5: int = Jawaban
    u6: int = Jawaban
    u7: int = Jawaban
    u8: int = Jawaban
    u9: int = Jawaban
    saran: str = Field("", max_length=2000, description="Saran dan masukan (boleh kosong).")


class KirimanSkm(Schema):
    unit: str = Field(pattern=SLUG, max_length=80, description="Alamat survei unit layanan (slug).")
    kanal: Literal["kios", "portal"] = Field(description="Dari mana jawaban dikumpulkan: kios layanan atau portal.")
    respons: list[Kuesioner] = Field(min_length=1, max_length=MAKS_RESPONS,
                                     description=f"1–{MAKS_RESPONS} kuesioner; semua disimpan atau tidak satu pun.")


class HasilSkm(Schema):
    disimpan: int = Field(description="Jumlah kuesioner yang disimpan.")


# The profile codes above are the model's choices (``test_tulis_skm`` compares them).
PILIHAN = {"jenis_kelamin": Respons.JenisKelamin, "usia": Respons.Usia, "pendidikan": Respons.Pendidikan,
           "pekerjaan": Respons.Pekerjaan}


@router.post("/pd/{slug}/skm/{periode}/respons", response={200: HasilSkm, **GALAT_TULIS}, url_name="skm_kirim",
             summary="Kirim kuesioner SKM dari kios atau portal (satu atau banyak)")
def skm_kirim(request: HttpRequest, slug: SlugPd, periode: KodePeriode, kiriman: KirimanSkm) -> dict:
    """Kuesioner yang dikumpulkan di luar sakip (kios layanan, ekspor portal) untuk satu unit layanan dan periode yang
    belum ditutup, dengan hak `skm`; semua disimpan dalam satu transaksi atau tidak satu pun (layanan impor SKM).
    409 bila periode sudah ditutup."""
    scope = auth.scope(request, SKM)
    pd = get_pd(scope, slug)
    unit = UnitLayanan.objects.within(scope, CHANGE).filter(pd=pd, slug=kiriman.unit).first()
    if unit is None:
        raise TidakDitemukan(f"Unit layanan {kutip(kiriman.unit)} tidak ditemukan.")
    baris = [{**k.model_dump(), "saran": k.saran.strip()} for k in kiriman.respons]  # the SKM import's rows
    try:
        periode_row = survey_services.periode_staf(scope, unit, periode)
    except ValidationError as exc:
        if _periode_ada(scope, pd, periode):
            raise Konflik(exc.message_dict) from exc  # closed
        raise TidakDitemukan(f"Periode SKM {kutip(periode)} tidak ditemukan.") from exc
    request.kanal_api = kiriman.kanal  # type: ignore[attr-defined]  # named in the history (api/riwayat.py)
    try:
        disimpan = survey_services.simpan_respons_impor(scope, unit=unit, periode=periode_row, baris=baris)
    except ValidationError as exc:  # the period closed meanwhile
        raise Konflik(exc.message_dict if hasattr(exc, "error_dict") else {"periode": exc.messages}) from exc
    return {"disimpan": disimpan}


def _periode_ada(scope: Any, pd: Any, kode: str) -> bool:
    return PeriodeSurvei.objects.within(scope).filter(pd=pd, kode=kode).exists()
