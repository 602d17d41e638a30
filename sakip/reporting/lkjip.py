"""The LKjIP of a PD-year as one computed structure (the figures of Bab III and Tabel 3.26) with its
consistency checks.

Every figure comes from data already held: targets (Renstra, PK in force at year end), annual
realisations (explicit, else TW IV), budgets and spending of the TW IV measurement, the SKM. The
capaian, category, serapan, budget share and efisiensi come from ``sakip.core.capaian``. Checks list
what does not add up; they never block a report.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from sakip.core import capaian as rumus
from sakip.core.angka import format_angka, plain_number
from sakip.core.scoping import Scope
from sakip.measurement.models import BelanjaTanpaRincian, Realisasi, RealisasiTahunan
from sakip.measurement.pengukuran import build_pengukuran
from sakip.organisation.models import PerangkatDaerah
from sakip.planning.models import Indikator, Program, Target
from sakip.reporting.iku import DokumenTidakDitemukan
from sakip.reporting.models import AnalisisCapaian

BATAS_WAJAR = (Decimal(0), Decimal(200))  # a capaian outside this is flagged (never capped)


@dataclass(frozen=True)
class Anggaran:
    pagu: Decimal
    realisasi: Decimal
    serapan: rumus.Hasil
    porsi: rumus.Hasil | None = None

    @property
    def sisa(self) -> Decimal:
        return self.pagu - self.realisasi

    def as_json(self) -> dict:
        out = {"pagu": plain_number(self.pagu), "realisasi": plain_number(self.realisasi),
               "serapan_persen": _persen(self.serapan)}
        if self.porsi is not None:
            out["porsi_persen"] = _persen(self.porsi)
        return out


@dataclass(frozen=True)
class IndikatorLkjip:
    nama: str
    satuan: str
    target_renstra: Decimal | None
    target: Decimal | None
    target_sumber: str
    realisasi: Decimal | None
    realisasi_sumber: str
    capaian: rumus.Hasil
    kategori: rumus.Kategori | None
    realisasi_tahun_lalu: Decimal | None
    target_akhir_renstra: Decimal | None
    kemajuan: rumus.Hasil  # realisasi against the end-of-Renstra target
    anggaran: Anggaran
    efisiensi: rumus.Hasil
    indikator_id: int = 0
    analisis: tuple[str, str, str] = ("", "", "")  # penyebab, solusi, langkah: as written, else a draft
    analisis_draf: bool = True


@dataclass(frozen=True)
class SasaranLkjip:
    nama: str
    program: tuple[str, ...]
    indikator: tuple[IndikatorLkjip, ...]


@dataclass(frozen=True)
class Cek:
    kode: str
    pesan: str
    lokasi: str


@dataclass(frozen=True)
class Lkjip:
    unit_slug: str
    unit_nama: str
    tahun: int
    anggaran: Anggaran
    sasaran: tuple[SasaranLkjip, ...]
    program: tuple[dict, ...]
    checks: tuple[Cek, ...] = field(default=())

    def as_json(self) -> dict:
        return {
            "unit": {"slug": self.unit_slug, "nama": self.unit_nama},
            "tahun": self.tahun,
            "anggaran": {**self.anggaran.as_json(), "sisa": plain_number(self.anggaran.sisa)},
            "sasaran": [{"nama": s.nama, "program": list(s.program), "indikator": [{
                "nama": i.nama, "satuan": i.satuan, "target_renstra": plain_number(i.target_renstra),
                "target": plain_number(i.target), "target_sumber": i.target_sumber,
                "realisasi": plain_number(i.realisasi), "realisasi_sumber": i.realisasi_sumber,
                "capaian_persen": _persen(i.capaian), "kategori": i.kategori.nama if i.kategori else None,
                "realisasi_tahun_lalu": plain_number(i.realisasi_tahun_lalu),
                "target_akhir_renstra": plain_number(i.target_akhir_renstra), "kemajuan_persen": _persen(i.kemajuan),
                "anggaran": i.anggaran.as_json(), "efisiensi_persen": _persen(i.efisiensi),
                "analisis": {"penyebab": i.analisis[0], "solusi": i.analisis[1], "langkah": i.analisis[2],
                             "draf": i.analisis_draf},
            } for i in s.indikator]} for s in self.sasaran],
            "program": list(self.program),
            "checks": [{"kode": c.kode, "pesan": c.pesan, "lokasi": c.lokasi} for c in self.checks],
        }


def _persen(hasil: rumus.Hasil) -> float | None:
    return plain_number(rumus.bulatkan(hasil.nilai)) if hasil.ada else None


def build_lkjip(scope: Scope, slug: str, tahun: int) -> Lkjip:
    pd = PerangkatDaerah.objects.within(scope).select_related("pemda").filter(slug=slug).first()
    if pd is None:
        raise DokumenTidakDitemukan(f"Perangkat daerah “{slug}” tidak ditemukan.")
    tw4 = build_pengukuran(scope, slug, tahun, 4)  # raises for a year without programs
    programs = list(Program.objects.within(scope).filter(pd=pd, tahun=tahun).prefetch_related("sasaran")
                    .select_related("nomenklatur"))
    program_rows = {b.kode: b for b in tw4.baris if b.level == "program" and b.pagu is not None}
    total = Anggaran(tw4.pagu, tw4.realisasi_anggaran, rumus.serapan(tw4.realisasi_anggaran, tw4.pagu))
    checks: list[Cek] = []
    sasaran = _sasaran(scope, pd, tahun, tw4, programs, program_rows, total, checks)
    _budget_checks(scope, pd, tahun, tw4, checks)
    return Lkjip(pd.slug, pd.nama, tahun, total, tuple(sasaran), tuple(_program_tree(tw4)), tuple(checks))


def _sasaran(scope, pd, tahun, tw4, programs, program_rows, total: Anggaran, checks: list[Cek]) -> list[SasaranLkjip]:
    from sakip.agreement.selectors import pk_berlaku

    indikator = list(Indikator.objects.within(scope).filter(
        pd=pd, sasaran__tujuan__renstra__tahun_mulai__lte=tahun, sasaran__tujuan__renstra__tahun_selesai__gte=tahun)
        .select_related("sasaran__tujuan__renstra").order_by("sasaran__tujuan__urutan", "sasaran__urutan", "urutan"))
    ids = [i.pk for i in indikator]
    targets = {(t.indikator_id, t.tahun): t.nilai for t in Target.objects.filter(indikator_id__in=ids)}
    tw4_real = {(r.indikator_id, r.tahun): r.nilai for r in Realisasi.objects.filter(
        indikator_id__in=ids, tahun__in=(tahun - 1, tahun), triwulan=4)}
    annual = {(r.indikator_id, r.tahun): r for r in RealisasiTahunan.objects.filter(
        indikator_id__in=ids, tahun__in=(tahun - 1, tahun))}
    pk = pk_berlaku(scope, pd, tahun, datetime.date(tahun, 12, 31))
    janji = {t.indikator_id: t.nilai for t in pk.target.all()} if pk else {}
    skala = rumus.SKALA[pd.pemda.skala_kategori]
    written = {a.indikator_id: a for a in AnalisisCapaian.objects.within(scope).filter(indikator_id__in=ids, tahun=tahun)}
    by_sasaran: dict[int, list[IndikatorLkjip]] = {}
    names: dict[int, tuple[str, tuple[str, ...]]] = {}
    for ind in indikator:
        supporting = [p for p in programs if any(s.pk == ind.sasaran_id for s in p.sasaran.all())]
        rows = [program_rows[p.kode] for p in supporting if p.kode in program_rows]
        pagu = sum((r.pagu or Decimal(0) for r in rows), Decimal(0))
        spent = sum((r.realisasi_anggaran or Decimal(0) for r in rows), Decimal(0))
        anggaran = Anggaran(pagu, spent, rumus.serapan(spent, pagu), rumus.porsi_anggaran(pagu, total.pagu))
        target = janji.get(ind.pk, targets.get((ind.pk, tahun)))
        explicit = annual.get((ind.pk, tahun))
        real, beda = rumus.realisasi_tahunan(tw4_real.get((ind.pk, tahun)), explicit.nilai if explicit else None)
        if beda:
            checks.append(Cek("realisasi-tahunan-beda-tw4", (
                f"Realisasi tahunan {format_angka(real)} ({explicit.sumber}) berbeda dari realisasi kumulatif "
                f"triwulan IV {format_angka(tw4_real.get((ind.pk, tahun)))}."), ind.nama))
        if real is None:
            checks.append(Cek("realisasi-kosong", "Realisasi tahunan belum ada.", ind.nama))
        if explicit is not None and "kepuasan masyarakat" in ind.nama.lower():
            _cek_ikm(scope, pd, tahun, explicit, ind.nama, checks)
        hasil = rumus.capaian(real, target, rumus.Polaritas(ind.polaritas),
                              rumus.RumusNegatif(ind.rumus_negatif or pd.pemda.rumus_negatif))
        if hasil.ada and not BATAS_WAJAR[0] <= hasil.nilai <= BATAS_WAJAR[1]:
            checks.append(Cek("capaian-tidak-wajar", f"Capaian {format_angka(hasil.nilai, 2)}% jauh di luar kebiasaan.",
                              ind.nama))
        last_year = annual.get((ind.pk, tahun - 1))
        renstra = ind.sasaran.tujuan.renstra
        akhir = targets.get((ind.pk, renstra.tahun_selesai))
        by_sasaran.setdefault(ind.sasaran_id, []).append(IndikatorLkjip(
            nama=ind.nama, satuan=ind.satuan, target_renstra=targets.get((ind.pk, tahun)), target=target,
            target_sumber=f"PK versi {pk.nomor}" if ind.pk in janji else "Renstra",
            realisasi=real, realisasi_sumber=(explicit.sumber if explicit else "Triwulan IV"),
            capaian=hasil, kategori=skala.kategori(hasil.nilai),
            realisasi_tahun_lalu=last_year.nilai if last_year else tw4_real.get((ind.pk, tahun - 1)),
            target_akhir_renstra=akhir, kemajuan=rumus.capaian(real, akhir, rumus.Polaritas(ind.polaritas)),
            anggaran=anggaran, efisiensi=rumus.efisiensi(anggaran.serapan.nilai, hasil.nilai), indikator_id=ind.pk,
            analisis=((written[ind.pk].penyebab, written[ind.pk].solusi, written[ind.pk].langkah) if ind.pk in written
                      else draf_analisis(ind.nama, real, target, hasil, skala.kategori(hasil.nilai), anggaran)),
            analisis_draf=ind.pk not in written))
        names[ind.sasaran_id] = (ind.sasaran.nama, tuple(p.nama for p in supporting))
    return [SasaranLkjip(names[sid][0], names[sid][1], tuple(rows)) for sid, rows in by_sasaran.items()]


def draf_analisis(nama: str, real, target, hasil: rumus.Hasil, kategori, anggaran: Anggaran) -> tuple[str, str, str]:
    """A first draft of the analysis written from the numbers, for staff to edit."""
    if not hasil.ada:
        return (f"Capaian {nama} belum dapat dihitung ({hasil.alasan}).", "", "")
    arah = "melampaui" if hasil.nilai > 100 else ("memenuhi" if hasil.nilai == 100 else "belum mencapai")
    penyebab = (f"Realisasi {format_angka(real)} {arah} target {format_angka(target)}, capaian "
                f"{format_angka(hasil.nilai, 2)}% ({kategori.nama if kategori else '-'}), dengan serapan anggaran "
                f"program pendukung {format_angka(anggaran.serapan.nilai, 2) if anggaran.serapan.ada else '-'}%.")
    solusi = "" if hasil.nilai >= 100 else "Perlu dirumuskan langkah untuk menutup selisih terhadap target."
    langkah = "Mempertahankan dan meningkatkan kinerja pada tahun berikutnya."
    return (penyebab, solusi, langkah)


def _cek_ikm(scope, pd, tahun: int, explicit, nama: str, checks: list[Cek]) -> None:
    """An IKM entered by hand that differs from what the SKM answers of that year give."""
    from sakip.survey.hasil import build_skm
    from sakip.survey.models import PeriodeSurvei

    periode = (PeriodeSurvei.objects.within(scope).filter(pd=pd, selesai__year=tahun, respons__isnull=False)
               .order_by("-selesai").first())
    if periode is None:
        return
    computed = build_skm(scope, pd.slug, periode.kode).total.ikm
    if computed is not None and computed != explicit.nilai:
        checks.append(Cek("ikm-beda-skm", (
            f"IKM yang diisi {format_angka(explicit.nilai, 2)} ({explicit.sumber}) berbeda dari IKM hasil SKM "
            f"{periode.nama} di sakip {format_angka(computed, 2)}."), nama))


def _program_tree(tw4) -> list[dict]:
    """Tabel 3.26: program → kegiatan → sub kegiatan (→ lokasi) with pagu, realisasi and serapan."""
    tree: list[dict] = []
    for b in tw4.baris:
        if b.pagu is None and b.realisasi_anggaran is None:
            continue
        node = {"kode": b.kode, "nama": b.nama, "lokasi": b.lokasi, "pagu": plain_number(b.pagu),
                "realisasi": plain_number(b.realisasi_anggaran), "serapan_persen": _persen(b.serapan)}
        if b.level == "program":
            tree.append({**node, "kegiatan": []})
        elif b.level == "kegiatan":
            tree[-1]["kegiatan"].append({**node, "sub_kegiatan": []})
        elif b.level == "sub_kegiatan":
            tree[-1]["kegiatan"][-1]["sub_kegiatan"].append({**node, "lokasi_rincian": []})
        else:
            tree[-1]["kegiatan"][-1]["sub_kegiatan"][-1]["lokasi_rincian"].append(node)
    return tree


def _budget_checks(scope, pd, tahun, tw4, checks: list[Cek]) -> None:
    from sakip.agreement.selectors import pk_berlaku

    for b in tw4.baris:
        if b.pagu is not None and b.realisasi_anggaran is not None and b.realisasi_anggaran > b.pagu:
            checks.append(Cek("belanja-melebihi-pagu", (
                f"Realisasi Rp {format_angka(b.realisasi_anggaran, 0)} melebihi pagu Rp {format_angka(b.pagu, 0)}."),
                f"{b.kode} {b.nama} {b.lokasi}".strip()))
    pk = pk_berlaku(scope, pd, tahun, datetime.date(tahun, 12, 31))
    if pk is not None:
        promised = sum((a.nilai for a in pk.anggaran.all()), Decimal(0))
        if promised != tw4.pagu:
            checks.append(Cek("pk-beda-pagu", (
                f"Anggaran PK versi {pk.nomor} Rp {format_angka(promised, 0)} berbeda dari jumlah pagu baris anggaran "
                f"Rp {format_angka(tw4.pagu, 0)}."), "Perjanjian Kinerja"))
    for lain in BelanjaTanpaRincian.objects.within(scope).filter(pd=pd, tahun=tahun):
        checks.append(Cek("belanja-tanpa-rincian", (
            f"Realisasi anggaran Rp {format_angka(lain.nilai, 0)} triwulan {lain.triwulan} dilaporkan tanpa rincian "
            f"baris anggaran ({lain.keterangan})."), f"Triwulan {lain.triwulan}"))


XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def berkas_lkjip(dok: Lkjip, fmt: str):
    """The structure as a file: ``json``, ``xlsx`` (one sheet per table), ``docx`` or ``pdf`` (Bab III–IV)."""
    from sakip.reporting.berkas import Berkas, as_json_bytes

    name = f"LKjIP-{dok.unit_slug}-{dok.tahun}.{fmt}"
    if fmt == "json":
        return Berkas(as_json_bytes(dok.as_json()), "application/json", name)
    if fmt == "xlsx":
        from sakip.reporting.lkjip_xlsx import lkjip_xlsx

        return Berkas(lkjip_xlsx(dok), XLSX, name)
    from sakip.reporting import lkjip_naskah
    from sakip.reporting.berkas import FORMATS, html_to_pdf
    from sakip.reporting.naskah import naskah_docx

    sections = lkjip_naskah.bab(dok)
    if fmt == "docx":
        return Berkas(naskah_docx(lkjip_naskah.judul(dok), sections, daftar_isi=True), FORMATS["docx"][0], name)
    if fmt == "pdf":
        isi = html_to_pdf("reporting/naskah_pdf.html", {"judul": lkjip_naskah.judul(dok), "bab": sections,
                                                        "daftar_isi": True})
        return Berkas(isi, FORMATS["pdf"][0], name)
    raise ValueError(f"unknown format {fmt!r}")
