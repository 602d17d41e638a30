"""Writes of the SKM: a questionnaire submitted on the public page (or typed in by staff).

The public page needs no login, so three guards hold off spam and double submission:
- every form load carries a signed one-time token (unit, nonce, time); the nonce is stored with the
  answer under a unique constraint, so the same form submitted twice stores one answer;
- a honeypot field that people never see; a form that fills it is thanked and dropped;
- a rate limit per address (a salted hash of it, never the address itself) per ten minutes.
A person who uses two services loads the form twice and gets two tokens: both answers count.
"""

from __future__ import annotations

import datetime
import hashlib
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import Scope
from sakip.domain.survey.models import JenisLayanan, PeriodeSurvei, Pertanyaan, Respons, UnitLayanan
from sakip.rumus.ikm import KODE_UNSUR

TOKEN_SALT = "sakip.domain.survey.form"
TOKEN_MAX_AGE = 6 * 3600  # a form left open for a morning is still accepted
# Answers per address per ten minutes: a busy counter's shared phone stays well below. A setting so a
# load test from one address can lift it (bench/skm.py).
BATAS_PER_ALAMAT = getattr(settings, "SAKIP_SKM_BATAS_PER_ALAMAT", 30)
JENDELA = datetime.timedelta(minutes=10)


@dataclass(frozen=True)
class HasilKirim:
    diterima: bool
    pesan: str
    respons: Respons | None = None


def buat_token(unit: UnitLayanan) -> str:
    return signing.dumps({"u": unit.pk, "n": secrets.token_urlsafe(16)}, salt=TOKEN_SALT)


# The public page reads its unit and open period from a short-lived per-process cache (a busy
# morning posts hundreds of answers a minute). Saving a unit or a period clears it in the process
# that saved; other server processes follow within PERIODE_SECONDS, so a period closed by staff
# stops taking public answers within ten seconds. Staff entry and imports always read the database.
CACHE_SECONDS = 60
PERIODE_SECONDS = 10


def unit_publik(slug: str) -> UnitLayanan:
    unit = cache.get_or_set(f"skm:unit:{slug}", lambda: UnitLayanan.objects.select_related("pd__pemda").filter(
        slug=slug, aktif=True).first() or False, CACHE_SECONDS)
    if not unit:
        raise TidakDitemukan(f"Unit layanan “{slug}” tidak ditemukan.")
    return unit


def periode_berjalan(unit: UnitLayanan, tanggal: datetime.date | None = None) -> PeriodeSurvei | None:
    """The open period of the unit's PD that covers ``tanggal`` (today by default)."""
    tanggal = tanggal or timezone.localdate()
    found = cache.get_or_set(
        f"skm:periode:{unit.pd_id}:{tanggal.isoformat()}",
        lambda: PeriodeSurvei.objects.filter(pd_id=unit.pd_id, mulai__lte=tanggal, selesai__gte=tanggal, ditutup=False)
        .order_by("-mulai").first() or False, PERIODE_SECONDS)
    return found or None


def lupakan_cache() -> None:
    """Forget the cached units and periods (after any change to them)."""
    cache.clear()


def hash_alamat(alamat: str) -> str:
    return hashlib.sha256(f"{settings.SECRET_KEY}:{alamat}".encode()).hexdigest()


def baca_jawaban(data) -> dict[str, int]:
    """The nine answers from form data (``u1``..``u9``), each 1–4; errors name the question."""
    answers, errors = {}, {}
    for kode in KODE_UNSUR:
        field = kode.lower()
        raw = (data.get(field) or "").strip()
        if not raw:
            errors[field] = f"Pertanyaan {kode} belum dijawab."
            continue
        if raw not in ("1", "2", "3", "4"):
            errors[field] = f"Jawaban {kode} harus salah satu pilihan (1–4)."
            continue
        answers[field] = int(raw)
    if errors:
        raise ValidationError(errors)
    return answers


def kirim(*, unit: UnitLayanan, data, alamat: str, kanal: str = Respons.Kanal.WEB,
          sekarang: datetime.datetime | None = None) -> HasilKirim:
    """Store one questionnaire from the public page, or say why not. Raises ValidationError for bad answers."""
    if data.get("situs_web"):  # honeypot: invisible to people
        return HasilKirim(True, "Terima kasih.")
    token = _nonce(data.get("token", ""), unit)
    sekarang = sekarang or timezone.now()
    periode = periode_berjalan(unit, timezone.localdate(sekarang))
    if periode is None:
        return HasilKirim(False, "Survei untuk unit ini sedang tidak dibuka.")
    alamat_hash = hash_alamat(alamat)
    recent = Respons.objects.filter(alamat_hash=alamat_hash, dibuat__gte=sekarang - JENDELA).count()
    if recent >= BATAS_PER_ALAMAT:
        return HasilKirim(False, "Terlalu banyak jawaban dari perangkat ini; silakan coba lagi beberapa menit lagi.")
    respons = Respons(periode=periode, unit=unit, kanal=kanal, token=token, alamat_hash=alamat_hash,
                      **baca_profil(data, unit), **baca_jawaban(data))
    # The foreign keys were just read and the answers parsed; the database enforces the unique token
    # and the 1–4 checks. Field validation without the per-FK lookups keeps a submission at one INSERT.
    respons.clean_fields(exclude=["periode", "unit", "layanan", "pd", "token"])
    respons.clean()
    # An anonymous answer's creation is its own record (time, channel, hashed address, token); the
    # audit trail keeps what staff later change or delete. One INSERT per submission (issue 5's 300/s).
    respons.skip_history_when_saving = True
    try:
        with transaction.atomic():
            respons.save()
    except IntegrityError:
        return HasilKirim(True, "Jawaban Anda sudah kami terima sebelumnya. Terima kasih.")
    finally:
        del respons.skip_history_when_saving  # later changes of this answer are audited
    return HasilKirim(True, "Terima kasih, jawaban Anda sudah kami terima.", respons)


def _nonce(token: str, unit: UnitLayanan) -> str:
    try:
        payload = signing.loads(token, salt=TOKEN_SALT, max_age=TOKEN_MAX_AGE)
    except signing.SignatureExpired as exc:
        raise ValidationError({"token": "Formulir ini sudah terlalu lama dibuka; muat ulang halaman lalu isi lagi."}) from exc
    except signing.BadSignature as exc:
        raise ValidationError({"token": "Formulir tidak sah; muat ulang halaman survei."}) from exc
    if payload.get("u") != unit.pk:
        raise ValidationError({"token": "Formulir ini untuk unit layanan lain; muat ulang halaman survei."})
    return payload["n"]


def baca_profil(data, unit: UnitLayanan) -> dict:
    """Demographics and the service used; errors name the field."""
    choices = {
        "jenis_kelamin": Respons.JenisKelamin, "usia": Respons.Usia, "pendidikan": Respons.Pendidikan,
        "pekerjaan": Respons.Pekerjaan,
    }
    labels = {"jenis_kelamin": "Jenis kelamin", "usia": "Usia", "pendidikan": "Pendidikan", "pekerjaan": "Pekerjaan"}
    out, errors = {}, {}
    for field, enum in choices.items():
        value = (data.get(field) or "").strip()
        if value not in enum.values:
            errors[field] = f"{labels[field]} belum dipilih."
        else:
            out[field] = value
    layanan_id = (data.get("layanan") or "").strip()
    if layanan_id:
        layanan = JenisLayanan.objects.filter(unit=unit, pk=layanan_id if layanan_id.isdigit() else 0).first()
        if layanan is None:
            errors["layanan"] = "Layanan yang dipilih tidak ada pada unit ini."
        out["layanan"] = layanan
    out["saran"] = (data.get("saran") or "").strip()[:2000]
    if errors:
        raise ValidationError(errors)
    return out


# --- staff: paper questionnaires and imports -------------------------------------------------------------


MAX_UPLOAD = 5 * 1024 * 1024


def _periode_staf(scope: Scope, unit: UnitLayanan, kode_periode: str) -> PeriodeSurvei:
    scope.require_change(unit, "Anda tidak berwenang mengisi survei unit layanan ini.")
    periode = PeriodeSurvei.objects.within(scope).filter(pd_id=unit.pd_id, kode=kode_periode).first()
    if periode is None:
        raise ValidationError({"periode": f"Periode “{kode_periode}” tidak ada."})
    if periode.ditutup:
        raise ValidationError({"periode": f"Periode {periode.nama} sudah ditutup; jawabannya tidak dapat diubah."})
    return periode


@transaction.atomic
def catat_kertas(scope: Scope, *, unit: UnitLayanan, kode_periode: str, data) -> Respons:
    """One paper questionnaire typed in by staff (no token: the staff member is logged in)."""
    periode = _periode_staf(scope, unit, kode_periode)
    respons = Respons(periode=periode, unit=unit, kanal=Respons.Kanal.KERTAS, **baca_profil(data, unit),
                      **baca_jawaban(data))
    respons.full_clean(exclude=["token"])
    respons.save()
    return respons


@dataclass(frozen=True)
class HasilImpor:
    jumlah: int
    kesalahan: tuple
    disimpan: bool


def impor_respons(scope: Scope, *, unit: UnitLayanan, kode_periode: str, isi: bytes, simpan: bool) -> HasilImpor:
    """Check every row of an "Hasil Olah Data SKM" sheet; with ``simpan`` and no error, store all in one transaction."""
    from sakip.domain.survey.impor import Kesalahan, baca_olah_data

    if len(isi) > MAX_UPLOAD:
        return HasilImpor(0, (Kesalahan(None, None, "Berkas lebih dari 5 MB."),), False)
    try:
        periode = _periode_staf(scope, unit, kode_periode)
    except ValidationError as exc:
        return HasilImpor(0, tuple(Kesalahan(None, None, m) for m in exc.messages), False)
    order = list(Pertanyaan.objects.filter(pd_id=unit.pd_id).order_by("urutan").values_list("unsur", flat=True))
    isi_berkas = baca_olah_data(isi, order)
    if isi_berkas.kesalahan:
        return HasilImpor(len(isi_berkas.baris), tuple(isi_berkas.kesalahan), False)
    if simpan:
        with transaction.atomic():
            rows = [Respons(periode=periode, unit=unit, kanal=Respons.Kanal.IMPOR, **values) for values in isi_berkas.baris]
            for row in rows:
                row.full_clean(exclude=["token"])
            Respons.objects.bulk_create(rows)
    return HasilImpor(len(isi_berkas.baris), (), simpan)


# --- the IKM as the realisation of the IKU "Indeks Kepuasan Masyarakat" ------------------------------------


def indikator_ikm(scope: Scope, periode: PeriodeSurvei):
    """The PD's sasaran indicator for the IKM in the period's year (a Renstra sasaran indicator named so)."""
    from sakip.domain.planning.models import Indikator

    year = periode.selesai.year
    return (Indikator.objects.within(scope).filter(
        pd_id=periode.pd_id, sasaran__tujuan__renstra__tahun_mulai__lte=year,
        sasaran__tujuan__renstra__tahun_selesai__gte=year, nama__icontains="kepuasan masyarakat").first())


@transaction.atomic
def jadikan_realisasi_iku(scope: Scope, *, periode: PeriodeSurvei) -> object:
    """Write the period's IKM as the IKM indicator's realisation for the quarter the period ends in.

    The source is kept in ``keterangan``. A value entered by hand stays: an explicit annual
    realisation (e.g. from the city's application) is not touched, and the results show the difference.
    """
    from sakip.domain.measurement.models import Realisasi
    from sakip.domain.survey.hasil import build_skm
    from sakip.domain.workflow.services import pastikan_terbuka
    from sakip.rumus.angka import format_angka

    scope.require_change(periode, "Anda tidak berwenang mengubah realisasi perangkat daerah ini.")
    indikator = indikator_ikm(scope, periode)
    if indikator is None:
        raise ValidationError("Perangkat daerah ini tidak memiliki indikator Indeks Kepuasan Masyarakat pada tahun itu.")
    hasil = build_skm(scope, periode.pd.slug, periode.kode)
    if hasil.total.ikm is None:
        raise ValidationError("Periode ini belum memiliki jawaban untuk kesembilan unsur.")
    triwulan = (periode.selesai.month - 1) // 3 + 1
    pastikan_terbuka(indikator.pd_id, "pengukuran", periode.selesai.year, triwulan)
    row, _ = Realisasi.objects.update_or_create(
        indikator=indikator, tahun=periode.selesai.year, triwulan=triwulan,
        defaults={"nilai": hasil.total.ikm, "teks": format_angka(hasil.total.ikm, 2),
                  "keterangan": f"IKM SKM {periode.nama}, dihitung sakip dari {hasil.total.responden} jawaban"})
    return row
