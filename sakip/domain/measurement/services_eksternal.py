"""Writes of the values external sources send (issue 20): receiving a batch (the API, a CSV file), and the operator's
decision on each value — accepted into the quarter's realisation through the grid's own service, or rejected with a
reason.

A batch is all or nothing: every item is checked — the code names an indicator of the PD from that source valid in
that year, the value reads as the grid reads it (``core.masukan.baca_realisasi``: "85,71", "1.234"), the indicator is
measured in that quarter (``services.periksa_isian``), the quarter is not locked — and every error is reported with
the item's place (``nilai.0.kode``; a CSV file's "baris 3, kolom nilai"); one error saves nothing. A value received
never becomes a realisation by itself: it waits (``menunggu``), and a newer value for the same indicator and quarter
from the same source replaces the one still waiting (which is closed as rejected, naming the newer one).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone

from sakip.core.galat import Ditolak
from sakip.core.masukan import baca_realisasi
from sakip.core.riwayat import KEADAAN_AWAL
from sakip.core.scoping import Scope
from sakip.domain.measurement import selectors_eksternal as selectors
from sakip.domain.measurement import services
from sakip.domain.measurement.models import ROMAWI, KirimanEksternal, Realisasi
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Indikator
from sakip.rumus.angka import kutip

MAKS_ISIAN = 5000
PANJANG_ALASAN_RIWAYAT = 100  # simple-history's history_change_reason column


@dataclass(frozen=True)
class IsianKiriman:
    """One value as sent: the indicator's external code, the year and quarter, the value as text, a note; ``letak``
    names its place in the batch for the error messages (``nilai.0``, ``3`` for a CSV file's row 3)."""

    letak: str
    kode: str
    tahun: int
    triwulan: int
    nilai: str
    keterangan: str = ""


def medan_api(letak: str, kolom: str) -> str:
    """An error's field in the API's format: ``nilai.0.kode``."""
    return f"{letak}.{kolom}"


def medan_csv(letak: str, kolom: str) -> str:
    """An error's place in a CSV file: ``baris 3, kolom nilai``."""
    return f"baris {letak}, kolom {kolom}"


def normal_sumber(sumber: str) -> str:
    """A source's name as indicators and tokens store it: single spaces, capitals."""
    return " ".join((sumber or "").split()).upper()


def _indikator(kandidat: list[Indikator], sumber: str, kode: str, tahun: int) -> Indikator | str:
    """The indicator ``kode`` of ``sumber`` names in ``tahun``, or why none fits."""
    sama_kode = [i for i in kandidat if i.kode_eksternal == kode]
    dari_sumber = [i for i in sama_kode if i.sumber_eksternal == sumber]
    for i in dari_sumber:
        if tahun in i.tahun_target():
            return i
    if dari_sumber:
        return f"Indikator berkode {kutip(kode)} dari {sumber} tidak berlaku pada tahun {tahun}."
    if sama_kode:
        lain = ", ".join(sorted({i.sumber_eksternal for i in sama_kode}))
        return f"Indikator berkode {kutip(kode)} bersumber {lain}, bukan {sumber}; token atau berkas ini tidak dapat mengisinya."
    return f"Tidak ada indikator perangkat daerah ini berkode {kutip(kode)} dari sumber {sumber}."


class _Salah(Exception):
    """One item's problem: the column and the message."""

    def __init__(self, kolom: str, pesan: str) -> None:
        super().__init__(pesan)
        self.kolom, self.pesan = kolom, pesan


def _baca(item: IsianKiriman, kandidat: list[Indikator], sumber: str) -> tuple[Indikator, Decimal, str, str]:
    """(indicator, value, value as written, note) of one item, or :class:`_Salah`."""
    kode = item.kode.strip()
    if item.triwulan not in ROMAWI:
        raise _Salah("triwulan", f"Triwulan harus 1–4 ({kutip(str(item.triwulan))}).")
    if not kode:
        raise _Salah("kode", "Wajib diisi: kode indikator pada aplikasi sumber.")
    indikator = _indikator(kandidat, sumber, kode, item.tahun)
    if isinstance(indikator, str):
        raise _Salah("kode", indikator)
    try:
        nilai, teks = baca_realisasi(item.nilai, "nilai")
        if nilai is None:
            raise ValidationError({"nilai": "Wajib diisi angka; kiriman tidak dapat mengosongkan realisasi."})
        services.periksa_isian(indikator, item.triwulan, nilai, {}, "nilai")
    except ValidationError as exc:
        raise _Salah("nilai", " ".join(exc.message_dict.get("nilai", exc.messages))) from exc
    keterangan = " ".join(item.keterangan.split())
    if len(keterangan) > 255:
        raise _Salah("keterangan", f"Paling panjang 255 karakter ({len(keterangan)} dikirim).")
    return indikator, nilai, teks, keterangan


@transaction.atomic
def terima_kiriman(scope: Scope, *, pd: PerangkatDaerah, sumber: str, isian: Sequence[IsianKiriman], dikirim_oleh: str,
                   kunci_pengirim: str, akun: Any = None,
                   medan: Callable[[str, str], str] = medan_api) -> list[KirimanEksternal]:
    """Receive a batch of values from ``sumber`` for ``pd``, all or nothing; each waits for the operator. Raises
    ``Ditolak`` when the scope does not enter ``pd``'s data, ``ValidationError`` naming every bad item's field
    (``medan(letak, kolom)``; a locked quarter carries the lock's refusal code)."""
    if not scope.writes_for(pd):
        raise Ditolak("Anda tidak berwenang mengirim nilai untuk perangkat daerah ini.")
    sumber = normal_sumber(sumber)
    if not sumber:
        raise ValidationError({"sumber": "Sebutkan sumber eksternal nilai ini, misalnya EPDESKEL."})
    if not isian or len(isian) > MAKS_ISIAN:
        raise ValidationError({"nilai": f"Kirim 1–{MAKS_ISIAN} nilai sekali kirim ({len(isian)} dikirim)."})
    kandidat = selectors.indikator_bersumber(scope, pd, (i.kode.strip() for i in isian))
    errors: dict[str, list[ValidationError]] = {}
    rows: list[KirimanEksternal] = []
    dilihat: dict[tuple[int, int, int], str] = {}
    kunci_tw: dict[tuple[int, int], list[ValidationError]] = {}
    for item in isian:
        try:
            indikator, nilai, teks, keterangan = _baca(item, kandidat, sumber)
        except _Salah as exc:
            errors.setdefault(medan(item.letak, exc.kolom), []).append(ValidationError(exc.pesan))
            continue
        kunci = (indikator.pk, item.tahun, item.triwulan)
        if kunci in dilihat:
            errors.setdefault(medan(item.letak, "kode"), []).append(ValidationError(
                f"Indikator berkode {kutip(item.kode.strip())} triwulan {ROMAWI[item.triwulan]} {item.tahun} sudah "
                f"dikirim pada {dilihat[kunci]}; kirim satu nilai per indikator dan triwulan."))
            continue
        dilihat[kunci] = medan(item.letak, "kode")
        if (item.tahun, item.triwulan) not in kunci_tw:
            kunci_tw[(item.tahun, item.triwulan)] = _kunci(pd.pk, item.tahun, item.triwulan)
        if kunci_tw[(item.tahun, item.triwulan)]:
            errors.setdefault(medan(item.letak, "triwulan"), []).extend(kunci_tw[(item.tahun, item.triwulan)])
        rows.append(KirimanEksternal(indikator=indikator, tahun=item.tahun, triwulan=item.triwulan, nilai=nilai,
                                     teks=teks, keterangan=keterangan, sumber=sumber, kode=item.kode.strip(),
                                     dikirim_oleh=dikirim_oleh[:200], kunci_pengirim=kunci_pengirim[:40],
                                     dikirim_akun=_akun(akun)))
    if errors:
        raise ValidationError(errors)
    for row in rows:
        # the indicator and account were just read; both check constraints hold for a waiting row (the database checks)
        row.full_clean(exclude=["indikator", "dikirim_akun"], validate_constraints=False)
    lama = list(KirimanEksternal.objects.filter(pd=pd, sumber=sumber, status=KirimanEksternal.MENUNGGU,
                                                indikator_id__in={r.indikator_id for r in rows})
                .values_list("pk", "indikator_id", "tahun", "triwulan"))
    rows = KirimanEksternal.objects.bulk_create(rows)
    _gantikan(lama, {(r.indikator_id, r.tahun, r.triwulan): r for r in rows})
    return rows


def _gantikan(lama: list[tuple[int, int, int, int]], baru: dict[tuple[int, int, int], KirimanEksternal]) -> None:
    """Close the values that waited for an indicator and quarter a new value now stands for, naming the new one."""
    sekarang = timezone.now()
    for pk, *kunci in lama:
        pengganti = baru.get((kunci[0], kunci[1], kunci[2]))
        if pengganti is not None:
            KirimanEksternal.objects.filter(pk=pk).update(
                status=KirimanEksternal.DITOLAK, diputus_pada=sekarang,
                alasan=f"Digantikan kiriman berikutnya #{pengganti.pk} dari {pengganti.sumber}.")


def _kunci(pd_id: int, tahun: int, triwulan: int) -> list[ValidationError]:
    """The lock's refusal of a quarter (its code kept, so the API answers 409), or nothing while it is open."""
    try:
        services.pastikan_terbuka(pd_id, tahun, triwulan, "triwulan")
    except ValidationError as exc:
        return list(exc.error_dict["triwulan"])
    return []


def alasan_riwayat(kiriman: KirimanEksternal) -> str:
    """The change reason of a realisation written from ``kiriman``: its source, number and sender."""
    return f"Sumber {kiriman.sumber} · kiriman #{kiriman.pk} · {kiriman.dikirim_oleh}"[:PANJANG_ALASAN_RIWAYAT]


def _kiriman_menunggu(scope: Scope, kiriman: KirimanEksternal) -> KirimanEksternal:
    scope.require_change(kiriman)
    row = KirimanEksternal.objects.select_for_update().select_related("indikator").get(pk=kiriman.pk)
    if row.status != KirimanEksternal.MENUNGGU:
        raise ValidationError({"kiriman": f"Kiriman #{row.pk} sudah {row.get_status_display()}; tidak ada yang diubah."})
    return row


@transaction.atomic
def terima(scope: Scope, *, kiriman: KirimanEksternal, awal: str | None, oleh: Any = None) -> KirimanEksternal:
    """Accept a waiting value: write it as the quarter's realisation through the grid's own
    ``services.simpan_baris`` (its checks, the lock, the stale-value refusal against ``awal``, the realisation the
    operator saw), with a history reason naming the source and the kiriman; then mark it accepted."""
    row = _kiriman_menunggu(scope, kiriman)
    sebelum = (Realisasi.history.filter(indikator_id=row.indikator_id, tahun=row.tahun, triwulan=row.triwulan)
               .order_by("-history_id").values_list("history_id", flat=True).first()) or 0
    services.simpan_baris(scope, tahun=row.tahun, triwulan=row.triwulan,
                          realisasi=services.IsianRealisasi(row.indikator, row.teks, awal))
    Realisasi.history.filter(indikator_id=row.indikator_id, tahun=row.tahun, triwulan=row.triwulan,
                             history_id__gt=sebelum).exclude(history_change_reason=KEADAAN_AWAL).update(
        history_change_reason=alasan_riwayat(row))
    row.status, row.diputus_oleh, row.diputus_pada = KirimanEksternal.DITERIMA, _akun(oleh), timezone.now()
    row.save(update_fields=["status", "diputus_oleh", "diputus_pada"])
    return row


@transaction.atomic
def tolak(scope: Scope, *, kiriman: KirimanEksternal, alasan: str, oleh: Any = None) -> KirimanEksternal:
    """Reject a waiting value with a reason; the realisation stays as it is."""
    alasan = " ".join((alasan or "").split())
    if not alasan:
        raise ValidationError({"alasan": "Tuliskan alasan penolakan kiriman."})
    if len(alasan) > 255:
        raise ValidationError({"alasan": f"Alasan paling panjang 255 karakter ({len(alasan)} diketik)."})
    row = _kiriman_menunggu(scope, kiriman)
    row.status, row.alasan = KirimanEksternal.DITOLAK, alasan
    row.diputus_oleh, row.diputus_pada = _akun(oleh), timezone.now()
    row.full_clean()
    row.save(update_fields=["status", "alasan", "diputus_oleh", "diputus_pada"])
    return row


def _akun(oleh: Any) -> Any:
    return oleh if oleh is not None and getattr(oleh, "is_authenticated", False) else None
