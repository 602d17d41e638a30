"""Writes of quarterly measurement: realisations and spending, one transaction per user action or import.

Every value arrives as text as the user typed it ("85,71", "1.234.567"); it is parsed with
``sakip.rumus.angka`` and checked against the rules before anything is saved:
- a realisation is a number (or blank to remove it);
- for an indicator whose quarters add up (``akumulasi = jumlah``) the value s.d. a quarter is never
  below the value s.d. the quarter before, nor above the one after;
- spending is a number, not negative, not above the pagu in force, and never below the spending
  s.d. the latest earlier quarter that has one (it is cumulative).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from functools import partial

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.core.galat import Ditolak, TidakDitemukan
from sakip.core.masukan import baca_realisasi, baca_rupiah
from sakip.core.models import simpan_dengan_berkas
from sakip.core.riwayat import periksa_basi
from sakip.core.scoping import CHANGE, Scope
from sakip.domain.measurement import selectors
from sakip.domain.measurement.bukti import periksa_berkas
from sakip.domain.measurement.dokumen import anggaran_baris
from sakip.domain.measurement.models import ROMAWI, BuktiDukung, Realisasi, RealisasiAnggaran
from sakip.domain.planning.models import Indikator, Lokasi, SubKegiatan
from sakip.domain.workflow import services as alur
from sakip.rumus.angka import format_angka
from sakip.rumus.capaian import Akumulasi, CaraIsi, Frekuensi


@dataclass(frozen=True)
class IsianRealisasi:
    indikator: Indikator
    teks: str
    awal: str | None = None  # the value the form showed; None: not checked (see periksa_basi)


@dataclass(frozen=True)
class IsianAnggaran:
    sub_kegiatan: SubKegiatan
    lokasi: Lokasi | None
    teks: str
    pagu: Decimal | None  # the pagu in force this quarter, for the check
    awal: str | None = None


def isian_anggaran(sub_kegiatan: SubKegiatan, lokasi: Lokasi | None, triwulan: int, teks: str,
                   awal: str | None = None) -> IsianAnggaran:
    """A typed spending for the budget line (sub kegiatan, lokasi) with its pagu in force; a line that
    takes no spending this quarter (another budget splits it otherwise, or it has no pagu) is refused."""
    pagu = anggaran_baris(selectors.pagu_sub(sub_kegiatan.pk), sub_kegiatan.pk, lokasi.pk if lokasi else None, triwulan)
    if pagu is None:
        raise TidakDitemukan("Baris anggaran ini tidak diisi pada triwulan ini.")
    return IsianAnggaran(sub_kegiatan, lokasi, teks, pagu, awal)


def periksa_isian(indikator: Indikator, triwulan: int, nilai: Decimal | None, lain: dict[int, Decimal | None],
                  field: str = "realisasi") -> None:
    """What may be typed for an indicator in a quarter: nothing in a quarter it is not measured in; for a count
    typed as its running total, s.d. TW n may not fall below s.d. TW n−1 (nor exceed TW n+1); a count typed
    per quarter is not negative."""
    frekuensi = Frekuensi(indikator.frekuensi)
    if nilai is not None and not frekuensi.diukur(triwulan):
        raise ValidationError({field: f"Indikator ini tidak diukur pada triwulan {ROMAWI[triwulan]} "
                                      f"({frekuensi.label.lower()}); kosongkan isian ini."})
    if nilai is None or indikator.akumulasi != Akumulasi.JUMLAH:
        return
    if indikator.cara_isi == CaraIsi.TRIWULAN:
        if nilai < 0:
            raise ValidationError({field: "Jumlah triwulan ini tidak boleh negatif."})
        return
    measured = [q for q in (1, 2, 3, 4) if frekuensi.diukur(q)]
    earlier = [q for q in measured if q < triwulan and lain.get(q) is not None]
    later = [q for q in measured if q > triwulan and lain.get(q) is not None]
    before = lain[earlier[-1]] if earlier else None
    after = lain[later[0]] if later else None
    if before is not None and nilai < before:
        raise ValidationError({field: f"Realisasi kumulatif s.d. triwulan {ROMAWI[triwulan]} ({format_angka(nilai)}) "
                                      f"lebih kecil dari s.d. triwulan {ROMAWI[earlier[-1]]} ({format_angka(before)})."})
    if after is not None and nilai > after:
        raise ValidationError({field: f"Realisasi kumulatif s.d. triwulan {ROMAWI[triwulan]} ({format_angka(nilai)}) "
                                      f"lebih besar dari s.d. triwulan {ROMAWI[later[0]]} ({format_angka(after)})."})


def periksa_belanja(nilai: Decimal | None, pagu: Decimal | None, lain: Mapping[int, Decimal | None], triwulan: int,
                    field: str = "realisasi_anggaran") -> None:
    """What may be typed as a budget line's spending s.d. a quarter: not above the pagu in force, and (it is
    cumulative) never below the spending s.d. the latest earlier quarter that has one — TW IV is checked
    against TW II when TW III was left empty. ``lain``: the line's spending by quarter (the grid and the
    import read it with ``selectors.belanja_lain`` / ``selectors.semua_belanja``)."""
    if nilai is None:
        return
    if pagu is None:
        raise ValidationError({field: "Baris ini belum memiliki pagu; realisasi anggaran tidak dapat diisi."})
    if nilai > pagu:
        raise ValidationError({field: f"Realisasi anggaran Rp {format_angka(nilai, 0)} melebihi pagu "
                                      f"Rp {format_angka(pagu, 0)}."})
    q = next((q for q in range(triwulan - 1, 0, -1) if lain.get(q) is not None), None)
    sebelumnya = lain.get(q) if q else None
    if q and sebelumnya is not None and nilai < sebelumnya:
        raise ValidationError({field: (
            f"Realisasi anggaran s.d. triwulan {ROMAWI[triwulan]} (Rp {format_angka(nilai, 0)}) lebih kecil dari "
            f"s.d. triwulan {ROMAWI[q]} (Rp {format_angka(sebelumnya, 0)}); realisasi anggaran dihitung kumulatif.")})


def pastikan_terbuka(pd_id: int, tahun: int, triwulan: int, field: str) -> None:
    """The quarter's data are locked from submission on (sakip.rumus.alur)."""
    try:
        alur.pastikan_terbuka(pd_id, "pengukuran", tahun, triwulan)
    except ValidationError as exc:
        raise ValidationError({field: exc.error_list}) from exc  # keeps the refusal's code for the audit


def _simpan_realisasi(indikator: Indikator, tahun: int, triwulan: int, teks: str, lain: dict,
                      awal: str | None = None) -> Realisasi | None:
    nilai, teks = baca_realisasi(teks)
    periksa_isian(indikator, triwulan, nilai, lain)
    existing = Realisasi.objects.filter(indikator=indikator, tahun=tahun, triwulan=triwulan).first()
    if awal is not None:
        periksa_basi(existing, baca_realisasi(awal)[0], "realisasi")
    if nilai is None:
        if existing:
            existing.delete()
        return None
    row = existing or Realisasi(indikator=indikator, tahun=tahun, triwulan=triwulan)
    row.nilai, row.teks = nilai, teks
    row.full_clean()
    row.save()
    return row


def _simpan_belanja(isian: IsianAnggaran, triwulan: int, lain: dict) -> RealisasiAnggaran | None:
    nilai = baca_rupiah(isian.teks)
    periksa_belanja(nilai, isian.pagu, lain, triwulan)
    existing = RealisasiAnggaran.objects.filter(sub_kegiatan=isian.sub_kegiatan, lokasi=isian.lokasi,
                                                triwulan=triwulan).first()
    if isian.awal is not None:
        periksa_basi(existing, baca_rupiah(isian.awal), "realisasi_anggaran")
    if nilai is None:
        if existing:
            existing.delete()
        return None
    row = existing or RealisasiAnggaran(sub_kegiatan=isian.sub_kegiatan, lokasi=isian.lokasi, triwulan=triwulan)
    row.nilai = nilai
    row.full_clean()
    row.save()
    return row


@transaction.atomic
def simpan_baris(scope: Scope, *, tahun: int, triwulan: int, realisasi: IsianRealisasi | None = None,
                 anggaran: IsianAnggaran | None = None) -> None:
    """Save one grid row: an indicator's realisation and/or a budget line's spending, both or neither."""
    errors: dict[str, list[ValidationError]] = {}  # the errors themselves: their codes mark refusals (audit)
    langkah: list[Callable[[], object]] = []
    if realisasi is not None:
        langkah.append(partial(_simpan_realisasi_isian, scope, realisasi, tahun, triwulan))
    if anggaran is not None:
        langkah.append(partial(_simpan_anggaran_isian, scope, anggaran, tahun, triwulan))
    for save in langkah:
        try:
            save()
        except ValidationError as exc:
            for field, messages in exc.update_error_dict({}).items():
                errors.setdefault(field, []).extend(messages)
    if errors:
        transaction.set_rollback(True)
        raise ValidationError(errors)


def _simpan_realisasi_isian(scope: Scope, isian: IsianRealisasi, tahun: int, triwulan: int) -> None:
    scope.require_change(isian.indikator)
    pastikan_terbuka(isian.indikator.pd_id, tahun, triwulan, "realisasi")
    _simpan_realisasi(isian.indikator, tahun, triwulan, isian.teks, selectors.realisasi_lain(isian.indikator, tahun),
                      isian.awal)


def _simpan_anggaran_isian(scope: Scope, isian: IsianAnggaran, tahun: int, triwulan: int) -> None:
    scope.require_change(isian.sub_kegiatan)
    pastikan_terbuka(isian.sub_kegiatan.pd_id, tahun, triwulan, "realisasi_anggaran")
    _simpan_belanja(isian, triwulan, selectors.belanja_lain(isian.sub_kegiatan, isian.lokasi))


# --- import of a filled template (checked by sakip.domain.measurement.impor) ----------------------------


@transaction.atomic
def simpan_impor(scope: Scope, saves: list, tahun: int, triwulan: int) -> None:
    """Save the checked values of an import, all in one transaction."""
    subs = SubKegiatan.objects.within(scope, CHANGE).in_bulk([s[1][0] for s in saves if s[0] == "anggaran"])
    lokasi = Lokasi.objects.within(scope, CHANGE).in_bulk([s[1][1] for s in saves if s[0] == "anggaran" and s[1][1]])
    for kind, target, teks, extra in saves:
        if kind == "realisasi":
            _simpan_realisasi(target, tahun, triwulan, teks, extra)
        else:
            sub_id, lokasi_id = target
            if sub_id not in subs or (lokasi_id and lokasi_id not in lokasi):
                raise Ditolak("Anda tidak berwenang mengubah data ini.")
            isian = IsianAnggaran(subs[sub_id], lokasi.get(lokasi_id), teks, extra)
            _simpan_belanja(isian, triwulan, {})


# --- bukti dukung (evidence files) ------------------------------------------------------------------


def simpan_bukti(scope: Scope, *, indikator: Indikator, tahun: int, triwulan: int, upload, keterangan: str = "",
                 oleh=None):
    """Check an uploaded evidence file (type by content, size) and store it under a generated name.

    Raises ``bukti.BerkasDitolak`` for a refused file and ``ValidationError`` when the quarter is locked
    or a field is invalid; then nothing is saved, neither the row nor the file.
    """
    scope.require_change(indikator)
    diperiksa = periksa_berkas(upload)
    with transaction.atomic():
        alur.pastikan_terbuka(indikator.pd_id, "pengukuran", tahun, triwulan)
        if tahun not in indikator.tahun_target():
            raise ValidationError({"tahun": f"Tahun {tahun} di luar periode indikator ini."})
        row = BuktiDukung(indikator=indikator, tahun=tahun, triwulan=triwulan, keterangan=(keterangan or "").strip(),
                          nama_asli=diperiksa.nama_asli, jenis=diperiksa.jenis, ukuran=diperiksa.ukuran,
                          diunggah_oleh=oleh if oleh is not None and oleh.is_authenticated else None)
        simpan_dengan_berkas(row, "berkas", diperiksa.nama_asli, upload)  # the stored name comes from lokasi_berkas
    return row


@transaction.atomic
def hapus_bukti(scope: Scope, bukti) -> None:
    """Delete an evidence file (row now, file on disk once the transaction commits) while its quarter is open."""
    scope.require_change(bukti)
    alur.pastikan_terbuka(bukti.pd_id, "pengukuran", bukti.tahun, bukti.triwulan)
    storage, name = bukti.berkas.storage, bukti.berkas.name
    bukti.delete()
    if name:
        transaction.on_commit(lambda: storage.delete(name))
