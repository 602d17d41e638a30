"""Writes of quarterly measurement: realisations and spending, one transaction per user action or import.

Every value arrives as text as the user typed it ("85,71", "1.234.567"); it is parsed with
``sakip.rumus.angka`` and checked against the rules before anything is saved:
- a realisation is a number (or blank to remove it);
- for an indicator whose quarters add up (``akumulasi = jumlah``) the value s.d. a quarter is never
  below the value s.d. the quarter before, nor above the one after;
- spending is a number, not negative, not above the pagu in force, and never below the spending
  s.d. the previous quarter (it is cumulative).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction

from sakip.core.galat import Ditolak
from sakip.core.riwayat import periksa_basi
from sakip.core.scoping import CHANGE, Scope
from sakip.domain.measurement.models import ROMAWI, Realisasi, RealisasiAnggaran
from sakip.domain.planning.models import Indikator, Lokasi, SubKegiatan
from sakip.rumus.angka import AngkaError, format_angka, parse_angka, parse_nilai


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


def baca_realisasi(teks: str, field: str = "realisasi") -> tuple[Decimal | None, str]:
    """Text → (number, text as written); blank → (None, "")."""
    teks = " ".join((teks or "").split())
    if not teks or teks == "-":
        return None, ""
    try:
        return parse_nilai(teks).nilai, teks
    except AngkaError as exc:
        raise ValidationError({field: str(exc)}) from exc


def baca_rupiah(teks: str, field: str = "realisasi_anggaran") -> Decimal | None:
    teks = (teks or "").strip().removeprefix("Rp").strip()
    if not teks or teks == "-":
        return None
    try:
        nilai = parse_angka(teks)
    except AngkaError as exc:
        raise ValidationError({field: str(exc)}) from exc
    if nilai < 0:
        raise ValidationError({field: "Realisasi anggaran tidak boleh negatif."})
    return nilai


def periksa_kumulatif(indikator: Indikator, triwulan: int, nilai: Decimal | None, lain: dict[int, Decimal | None],
                      field: str = "realisasi") -> None:
    """For an indicator whose quarters add up, s.d. TW n may not fall below s.d. TW n−1 (nor exceed TW n+1)."""
    if nilai is None or indikator.akumulasi != Indikator.Akumulasi.JUMLAH:
        return
    before, after = lain.get(triwulan - 1), lain.get(triwulan + 1)
    if before is not None and nilai < before:
        raise ValidationError({field: f"Realisasi kumulatif s.d. triwulan {ROMAWI[triwulan]} ({format_angka(nilai)}) "
                                      f"lebih kecil dari s.d. triwulan {ROMAWI[triwulan - 1]} ({format_angka(before)})."})
    if after is not None and nilai > after:
        raise ValidationError({field: f"Realisasi kumulatif s.d. triwulan {ROMAWI[triwulan]} ({format_angka(nilai)}) "
                                      f"lebih besar dari s.d. triwulan {ROMAWI[triwulan + 1]} ({format_angka(after)})."})


def periksa_belanja(nilai: Decimal | None, pagu: Decimal | None, sebelumnya: Decimal | None, triwulan: int,
                    field: str = "realisasi_anggaran") -> None:
    if nilai is None:
        return
    if pagu is None:
        raise ValidationError({field: "Baris ini belum memiliki pagu; realisasi anggaran tidak dapat diisi."})
    if nilai > pagu:
        raise ValidationError({field: f"Realisasi anggaran Rp {format_angka(nilai, 0)} melebihi pagu "
                                      f"Rp {format_angka(pagu, 0)}."})
    if sebelumnya is not None and nilai < sebelumnya:
        raise ValidationError({field: f"Realisasi anggaran s.d. triwulan {ROMAWI[triwulan]} lebih kecil dari s.d. "
                                      f"triwulan {ROMAWI[triwulan - 1]} (Rp {format_angka(sebelumnya, 0)})."})


def pastikan_terbuka(pd_id: int, tahun: int, triwulan: int, field: str) -> None:
    """The quarter's data are locked from submission on (sakip.rumus.alur)."""
    from sakip.domain.workflow.services import pastikan_terbuka as terbuka

    try:
        terbuka(pd_id, "pengukuran", tahun, triwulan)
    except ValidationError as exc:
        raise ValidationError({field: exc.messages}) from exc


def _realisasi_lain(indikator: Indikator, tahun: int) -> dict[int, Decimal | None]:
    return dict(Realisasi.objects.filter(indikator=indikator, tahun=tahun).values_list("triwulan", "nilai"))


def _belanja_lain(sub_kegiatan: SubKegiatan, lokasi: Lokasi | None) -> dict[int, Decimal]:
    return dict(RealisasiAnggaran.objects.filter(sub_kegiatan=sub_kegiatan, lokasi=lokasi)
                .values_list("triwulan", "nilai"))


def _simpan_realisasi(indikator: Indikator, tahun: int, triwulan: int, teks: str, lain: dict,
                      awal: str | None = None) -> Realisasi | None:
    nilai, teks = baca_realisasi(teks)
    periksa_kumulatif(indikator, triwulan, nilai, lain)
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
    periksa_belanja(nilai, isian.pagu, lain.get(triwulan - 1), triwulan)
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
    errors: dict[str, list[str]] = {}
    for isian, save in ((realisasi, _simpan_realisasi_isian), (anggaran, _simpan_anggaran_isian)):
        if isian is None:
            continue
        try:
            save(scope, isian, tahun, triwulan)
        except ValidationError as exc:
            for field, messages in exc.message_dict.items():
                errors.setdefault(field, []).extend(messages)
    if errors:
        transaction.set_rollback(True)
        raise ValidationError(errors)


def _simpan_realisasi_isian(scope: Scope, isian: IsianRealisasi, tahun: int, triwulan: int) -> None:
    scope.require_change(isian.indikator)
    pastikan_terbuka(isian.indikator.pd_id, tahun, triwulan, "realisasi")
    _simpan_realisasi(isian.indikator, tahun, triwulan, isian.teks, _realisasi_lain(isian.indikator, tahun),
                      isian.awal)


def _simpan_anggaran_isian(scope: Scope, isian: IsianAnggaran, tahun: int, triwulan: int) -> None:
    scope.require_change(isian.sub_kegiatan)
    pastikan_terbuka(isian.sub_kegiatan.pd_id, tahun, triwulan, "realisasi_anggaran")
    _simpan_belanja(isian, triwulan, _belanja_lain(isian.sub_kegiatan, isian.lokasi))


# --- import of a filled template ----------------------------------------------------------------------


@dataclass(frozen=True)
class PerubahanImpor:
    baris: int
    kolom: str
    nama: str
    sebelum: str
    sesudah: str


@dataclass
class HasilImpor:
    perubahan: list[PerubahanImpor]
    kesalahan: list  # of xlsx.Kesalahan
    disimpan: bool = False

    @property
    def ok(self) -> bool:
        return not self.kesalahan


def impor_pengukuran(scope: Scope, *, slug: str, tahun: int, triwulan: int, isi: bytes, simpan: bool) -> HasilImpor:
    """Check every filled cell of an uploaded template; with ``simpan`` and no error, save all in one transaction."""
    from sakip.domain.measurement.pengukuran import build_pengukuran
    from sakip.domain.measurement.xlsx import Kesalahan, baca_xlsx
    from sakip.domain.organisation.selectors import get_pd

    p = build_pengukuran(scope, slug, tahun, triwulan)
    berkas = baca_xlsx(isi, unit=slug, tahun=tahun, triwulan=triwulan)
    hasil = HasilImpor([], list(berkas.kesalahan))
    try:
        pastikan_terbuka(get_pd(scope, slug).pk, tahun, triwulan, "berkas")
    except ValidationError as exc:
        hasil.kesalahan.insert(0, Kesalahan(None, None, " ".join(exc.messages)))
    if any(k.baris is None for k in hasil.kesalahan):
        return hasil  # not a template of this quarter: nothing to check cell by cell
    indikator = {row.indikator_id: row for row in p.baris if row.indikator_id}
    indikator.update({row.indikator_id: row for row in p.iku})
    lines = {(row.sub_kegiatan_id, row.lokasi_id): row for row in p.baris if row.anggaran_diisi_di_sini}
    objs = {i.pk: i for i in Indikator.objects.within(scope, CHANGE).filter(pk__in=list(berkas.realisasi))}
    others = _all_realisasi(list(objs), tahun)
    spent_before = _all_belanja([key[0] for key in berkas.anggaran], triwulan - 1)
    saves: list = []
    for ind_id, (teks, baris, kolom) in berkas.realisasi.items():
        row, ind = indikator.get(ind_id), objs.get(ind_id)
        if row is None or ind is None:
            hasil.kesalahan.append(Kesalahan(baris, "A", "Baris ini bukan indikator perangkat daerah ini pada tahun ini."))
            continue
        try:
            nilai, teks = baca_realisasi(teks)
            periksa_kumulatif(ind, triwulan, nilai, others.get(ind_id, {}))
        except ValidationError as exc:
            hasil.kesalahan += [Kesalahan(baris, kolom, m) for m in exc.messages]
            continue
        if nilai != row.realisasi.nilai:
            hasil.perubahan.append(PerubahanImpor(baris, kolom, f"{row.nama} — realisasi", row.realisasi.teks, teks or "-"))
            saves.append(("realisasi", ind, teks, others.get(ind_id, {})))
    for key, (teks, baris, kolom) in berkas.anggaran.items():
        row = lines.get(key)
        if row is None:
            hasil.kesalahan.append(Kesalahan(baris, kolom, "Realisasi anggaran baris ini tidak diisi pada triwulan ini."))
            continue
        try:
            nilai = baca_rupiah(teks)
            periksa_belanja(nilai, row.pagu, spent_before.get(key), triwulan)
        except ValidationError as exc:
            hasil.kesalahan += [Kesalahan(baris, kolom, m) for m in exc.messages]
            continue
        if nilai != row.realisasi_anggaran:
            name = f"{row.nama}{f' ({row.lokasi})' if row.lokasi else ''} — realisasi anggaran"
            hasil.perubahan.append(PerubahanImpor(baris, kolom, name, _rp(row.realisasi_anggaran), _rp(nilai)))
            saves.append(("anggaran", key, teks, row.pagu))
    if simpan and hasil.ok:
        _simpan_impor(scope, saves, tahun, triwulan)
        hasil.disimpan = True
    return hasil


def _rp(nilai: Decimal | None) -> str:
    return "-" if nilai is None else f"Rp {format_angka(nilai, 0)}"


def _all_realisasi(ids: list[int], tahun: int) -> dict[int, dict[int, Decimal | None]]:
    out: dict[int, dict[int, Decimal | None]] = {}
    for ind, tw, nilai in Realisasi.objects.filter(indikator_id__in=ids, tahun=tahun).values_list(
            "indikator_id", "triwulan", "nilai"):
        out.setdefault(ind, {})[tw] = nilai
    return out


def _all_belanja(sub_ids: list[int], triwulan: int) -> dict[tuple[int, int | None], Decimal]:
    return {(s, lok): nilai for s, lok, nilai in RealisasiAnggaran.objects.filter(
        sub_kegiatan_id__in=sub_ids, triwulan=triwulan).values_list("sub_kegiatan_id", "lokasi_id", "nilai")}


@transaction.atomic
def _simpan_impor(scope: Scope, saves: list, tahun: int, triwulan: int) -> None:
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
    from sakip.domain.measurement.bukti import periksa_berkas
    from sakip.domain.measurement.models import BuktiDukung
    from sakip.domain.workflow.services import pastikan_terbuka as terbuka

    scope.require_change(indikator)
    diperiksa = periksa_berkas(upload)
    disimpan = None
    try:
        with transaction.atomic():
            terbuka(indikator.pd_id, "pengukuran", tahun, triwulan)
            if tahun not in indikator.tahun_target():
                raise ValidationError({"tahun": f"Tahun {tahun} di luar periode indikator ini."})
            row = BuktiDukung(indikator=indikator, tahun=tahun, triwulan=triwulan, keterangan=(keterangan or "").strip(),
                              nama_asli=diperiksa.nama_asli, jenis=diperiksa.jenis, ukuran=diperiksa.ukuran,
                              diunggah_oleh=oleh if oleh is not None and oleh.is_authenticated else None)
            row.inherit_tenant()
            row.berkas.save(diperiksa.nama_asli, upload, save=False)  # the stored name comes from lokasi_berkas
            disimpan = row.berkas.name
            row.full_clean()
            row.save()
    except BaseException:
        if disimpan:
            row.berkas.storage.delete(disimpan)
        raise
    return row


@transaction.atomic
def hapus_bukti(scope: Scope, bukti) -> None:
    """Delete an evidence file (row now, file on disk once the transaction commits) while its quarter is open."""
    from sakip.domain.workflow.services import pastikan_terbuka as terbuka

    scope.require_change(bukti)
    terbuka(bukti.pd_id, "pengukuran", bukti.tahun, bukti.triwulan)
    storage, name = bukti.berkas.storage, bukti.berkas.name
    bukti.delete()
    if name:
        transaction.on_commit(lambda: storage.delete(name))
