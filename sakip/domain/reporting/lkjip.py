"""The LKjIP of a PD-year as one computed structure (the figures of Bab III and Tabel 3.26) with its
consistency checks.

Every figure comes from data already held: targets (Renstra, PK in force at year end), annual
realisations (explicit, else TW IV), budgets and spending of the TW IV measurement, the SKM. The
capaian, category, serapan, budget share and efisiensi come from ``sakip.rumus.capaian``. Checks list
what does not add up; they never block a report.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from sakip.core.galat import TidakDitemukan
from sakip.core.scoping import Scope
from sakip.domain.measurement.models import BelanjaTanpaRincian, BuktiDukung, Realisasi, RealisasiTahunan
from sakip.domain.measurement.pengukuran import build_pengukuran_tahun
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Indikator, Program, Target
from sakip.domain.reporting.models import AnalisisCapaian
from sakip.rumus import capaian as rumus
from sakip.rumus.angka import format_angka, plain_number

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
    target_tahun_lalu: Decimal | None
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
class IndikatorRenstra:
    nama: str
    satuan: str
    rumus: str
    kondisi_awal: str
    target: tuple[tuple[int, str], ...]  # (tahun, target as written) for every year of the Renstra


@dataclass(frozen=True)
class SasaranRenstra:
    nama: str
    indikator: tuple[IndikatorRenstra, ...]
    strategi: str
    kebijakan: str
    program: tuple[str, ...]


@dataclass(frozen=True)
class TujuanRenstra:
    nama: str
    indikator: tuple[IndikatorRenstra, ...]
    sasaran: tuple[SasaranRenstra, ...]


@dataclass(frozen=True)
class RenstraLkjip:
    tahun_mulai: int
    tahun_selesai: int
    tahun_kondisi_awal: int | None
    tujuan: tuple[TujuanRenstra, ...]


@dataclass(frozen=True)
class Lkjip:
    unit_slug: str
    unit_nama: str
    tahun: int
    anggaran: Anggaran
    sasaran: tuple[SasaranLkjip, ...]
    program: tuple[dict, ...]
    checks: tuple[Cek, ...] = field(default=())
    pemda_nama: str = ""
    alamat: str = ""
    kontak: str = ""
    tanggal: datetime.date | None = None
    tempat: str = ""
    penandatangan: object = None  # agreement.pk.Pihak: the head of the PD on ``tanggal``
    profil: object = None  # profil.selectors.ProfilDokumen
    renstra: RenstraLkjip | None = None
    pk: object = None  # agreement.pk.DokumenPk of the year (every version), or None
    triwulan: tuple = ()  # measurement.pengukuran.Pengukuran of TW I–IV
    skala: object = None  # core.capaian.SkalaKategori of the pemda

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
            "pemda": self.pemda_nama,
            "tanggal": self.tanggal.isoformat() if self.tanggal else None,
            "tempat": self.tempat,
            "penandatangan": self.penandatangan.as_json() if self.penandatangan else None,
            "profil": _profil_json(self.profil) if self.profil else None,
            "renstra": _renstra_json(self.renstra) if self.renstra else None,
            "pk": self.pk.as_json() if self.pk else None,
            "triwulan": [p.as_json() for p in self.triwulan],
        }


def _profil_json(p) -> dict:
    return {
        "ada": p.ada,
        "uraian": [{"judul": u.judul, "bagian": u.bagian, "paragraf": list(u.paragraf), "tabel": [{
            "judul": t.judul, "kepala": list(t.tabel.kepala), "baris": [list(r) for r in t.tabel.baris],
            "jumlah": list(t.tabel.jumlah) if t.tabel.jumlah else None, "sumber": t.sumber} for t in u.tabel]}
            for u in p.uraian],
        "kewenangan": [{"bidang": k.bidang, "subbidang": k.subbidang, "rincian": k.rincian,
                        "tahun_lalu": k.tahun_lalu, "tahun_ini": k.tahun_ini} for k in p.kewenangan],
        "isu_strategis": [{"urusan": u, "permasalahan": m, "isu": i} for u, m, i in p.isu_strategis],
    }


def _renstra_json(r: RenstraLkjip) -> dict:
    def ind(i: IndikatorRenstra) -> dict:
        return {"nama": i.nama, "satuan": i.satuan, "rumus": i.rumus, "kondisi_awal": i.kondisi_awal,
                "target": {str(t): teks for t, teks in i.target}}

    return {"tahun_mulai": r.tahun_mulai, "tahun_selesai": r.tahun_selesai, "tujuan": [{
        "nama": t.nama, "indikator": [ind(i) for i in t.indikator], "sasaran": [{
            "nama": s.nama, "indikator": [ind(i) for i in s.indikator], "program": list(s.program)}
            for s in t.sasaran]} for t in r.tujuan]}


def _persen(hasil: rumus.Hasil) -> float | None:
    return plain_number(rumus.bulatkan(hasil.nilai)) if hasil.ada else None


def build_lkjip(scope: Scope, slug: str, tahun: int) -> Lkjip:
    pd = PerangkatDaerah.objects.within(scope).select_related("pemda").filter(slug=slug).first()
    if pd is None:
        raise TidakDitemukan(f"Perangkat daerah “{slug}” tidak ditemukan.")
    triwulan = build_pengukuran_tahun(scope, slug, tahun)  # raises for a year without programs
    tw4 = triwulan[-1]
    programs = list(Program.objects.within(scope).filter(pd=pd, tahun=tahun).prefetch_related("sasaran")
                    .select_related("nomenklatur"))
    program_rows = {b.kode: b for b in tw4.baris if b.level == "program" and b.pagu is not None}
    total = Anggaran(tw4.pagu, tw4.realisasi_anggaran, rumus.serapan(tw4.realisasi_anggaran, tw4.pagu))
    checks: list[Cek] = []
    from sakip.domain.agreement.selectors import pk_berlaku

    pk_akhir = pk_berlaku(scope, pd, tahun, datetime.date(tahun, 12, 31))  # the PK in force at year end
    sasaran = _sasaran(scope, pd, tahun, pk_akhir, programs, program_rows, total, checks)
    _budget_checks(scope, pd, tahun, tw4, pk_akhir, checks)
    from sakip.domain.agreement.pk import build_pk
    from sakip.domain.profil.selectors import profil_dokumen

    profil = profil_dokumen(scope, pd, tahun)
    if not profil.ada:
        checks.append(Cek("profil-kosong", f"Profil {pd.nama} tahun {tahun} (Bab I) belum diisi.", "Bab I"))
    tanggal = profil.tanggal
    if tanggal is None:
        checks.append(Cek("tanggal-kosong", "Tanggal penyusunan laporan belum diisi; tanda tangan memakai pimpinan "
                                            "pada akhir tahun.", "Kata Pengantar"))
    penandatangan = _penandatangan(scope, pd, tanggal or datetime.date(tahun, 12, 31), checks)
    try:
        pk = build_pk(scope, slug, tahun)
    except TidakDitemukan:
        pk = None
        checks.append(Cek("pk-kosong", f"Perjanjian Kinerja tahun {tahun} belum ada.", "Perjanjian Kinerja"))
    kontak = "; ".join(x for x in (f"Telp. {pd.telepon}" if pd.telepon else "",
                                   f"Email: {pd.email}" if pd.email else "") if x)
    return Lkjip(pd.slug, pd.nama, tahun, total, tuple(sasaran), tuple(_program_tree(tw4)), tuple(checks),
                 pemda_nama=pd.pemda.nama, alamat=pd.alamat, kontak=kontak, tanggal=tanggal,
                 tempat=profil.tempat or pd.pemda.ibukota, penandatangan=penandatangan, profil=profil,
                 renstra=_renstra(scope, pd, tahun, programs), pk=pk, triwulan=triwulan,
                 skala=rumus.SKALA[pd.pemda.skala_kategori])


def _penandatangan(scope, pd, tanggal: datetime.date, checks: list[Cek]):
    from sakip.domain.agreement.pk import Pihak
    from sakip.domain.organisation.selectors import pimpinan_pada

    m = pimpinan_pada(scope, pd=pd, tanggal=tanggal)
    if m is None:
        checks.append(Cek("penandatangan-kosong", f"Tidak ada pimpinan {pd.nama} yang menjabat pada "
                                                  f"{tanggal:%d-%m-%Y}.", "Kata Pengantar"))
        return None
    return Pihak(nama=m.pejabat.nama, jabatan=m.judul_jabatan, nip=m.pejabat.nip_tampil, pangkat=m.pejabat.pangkat)


def _renstra(scope, pd, tahun: int, programs) -> RenstraLkjip | None:
    """The Renstra in force in ``tahun`` (for Bab II and the Renstra matrix), in four queries."""
    from sakip.domain.planning.models import Renstra, Tujuan

    renstra = Renstra.objects.within(scope).filter(pd=pd, tahun_mulai__lte=tahun, tahun_selesai__gte=tahun).first()
    if renstra is None:
        return None
    tujuan = list(Tujuan.objects.filter(renstra=renstra).order_by("urutan", "pk").prefetch_related(
        "sasaran", "indikator__target", "sasaran__indikator__target"))
    years = range(renstra.tahun_mulai + (1 if renstra.tahun_kondisi_awal == renstra.tahun_mulai else 0),
                  renstra.tahun_selesai + 1)

    def ind(i) -> IndikatorRenstra:
        targets = {t.tahun: t.tampil for t in i.target.all()}
        awal = i.kondisi_awal_teks or (format_angka(i.kondisi_awal) if i.kondisi_awal is not None else "-")
        return IndikatorRenstra(i.nama, i.satuan, i.formula, awal, tuple((y, targets.get(y, "-")) for y in years))

    by_sasaran = {}
    for p in programs:
        for s in p.sasaran.all():
            by_sasaran.setdefault(s.pk, []).append(p.nama)
    return RenstraLkjip(renstra.tahun_mulai, renstra.tahun_selesai, renstra.tahun_kondisi_awal, tuple(
        TujuanRenstra(t.nama, tuple(ind(i) for i in sorted(t.indikator.all(), key=lambda i: i.urutan)), tuple(
            SasaranRenstra(s.nama, tuple(ind(i) for i in sorted(s.indikator.all(), key=lambda i: i.urutan)),
                           s.strategi, s.kebijakan, tuple(by_sasaran.get(s.pk, ())))
            for s in sorted(t.sasaran.all(), key=lambda s: (s.urutan, s.pk)))) for t in tujuan))


def _sasaran(scope, pd, tahun, pk, programs, program_rows, total: Anggaran, checks: list[Cek]) -> list[SasaranLkjip]:
    indikator = list(Indikator.objects.within(scope).filter(
        pd=pd, sasaran__tujuan__renstra__tahun_mulai__lte=tahun, sasaran__tujuan__renstra__tahun_selesai__gte=tahun)
        .select_related("sasaran__tujuan__renstra").order_by("sasaran__tujuan__urutan", "sasaran__urutan", "urutan"))
    ids = [i.pk for i in indikator]
    targets = {(t.indikator_id, t.tahun): t.nilai for t in Target.objects.filter(indikator_id__in=ids)}
    tw4_real = {(r.indikator_id, r.tahun): r.nilai for r in Realisasi.objects.filter(
        indikator_id__in=ids, tahun__in=(tahun - 1, tahun), triwulan=4)}
    annual = {(r.indikator_id, r.tahun): r for r in RealisasiTahunan.objects.filter(
        indikator_id__in=ids, tahun__in=(tahun - 1, tahun))}
    janji = {t.indikator_id: t.nilai for t in pk.target.all()} if pk else {}
    skala = rumus.SKALA[pd.pemda.skala_kategori]
    supported = set(BuktiDukung.objects.within(scope).filter(indikator_id__in=ids, tahun=tahun)
                    .values_list("indikator_id", flat=True))
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
        elif ind.pk not in supported:
            checks.append(Cek("bukti-dukung-kosong", f"Realisasi {format_angka(real)} belum didukung berkas bukti "
                                                     "dukung.", ind.nama))
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
            target_akhir_renstra=akhir, target_tahun_lalu=targets.get((ind.pk, tahun - 1)),
            kemajuan=rumus.capaian(real, akhir, rumus.Polaritas(ind.polaritas)),
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
    from sakip.domain.survey.hasil import ikm_periode
    from sakip.domain.survey.models import PeriodeSurvei

    periode = (PeriodeSurvei.objects.within(scope).filter(pd=pd, selesai__year=tahun, respons__isnull=False)
               .order_by("-selesai").first())
    if periode is None:
        return
    computed = ikm_periode(scope, periode)
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


def _budget_checks(scope, pd, tahun, tw4, pk, checks: list[Cek]) -> None:
    for b in tw4.baris:
        if b.pagu is not None and b.realisasi_anggaran is not None and b.realisasi_anggaran > b.pagu:
            checks.append(Cek("belanja-melebihi-pagu", (
                f"Realisasi Rp {format_angka(b.realisasi_anggaran, 0)} melebihi pagu Rp {format_angka(b.pagu, 0)}."),
                f"{b.kode} {b.nama} {b.lokasi}".strip()))
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
    from sakip.domain.reporting.berkas import Berkas, as_json_bytes

    name = f"LKjIP-{dok.unit_slug}-{dok.tahun}.{fmt}"
    if fmt == "json":
        return Berkas(as_json_bytes(dok.as_json()), "application/json", name)
    if fmt == "xlsx":
        from sakip.domain.reporting.lkjip_xlsx import lkjip_xlsx

        return Berkas(lkjip_xlsx(dok), XLSX, name)
    from sakip.domain.reporting.berkas import FORMATS
    from sakip.domain.reporting.naskah import naskah_docx
    from sakip.domain.reporting.naskah_typst import naskah_pdf_typst

    judul, sections, options = naskah_lkjip(dok)
    if fmt == "docx":
        return Berkas(naskah_docx(judul, sections, **options), FORMATS["docx"][0], name)
    if fmt == "pdf":
        return Berkas(naskah_pdf_typst(judul, sections, **options), FORMATS["pdf"][0], name)
    raise ValueError(f"unknown format {fmt!r}")


def naskah_lkjip(dok: Lkjip):
    """The document's sections (with charts drawn once), kept on ``dok`` so that Word and PDF of the same
    structure share them: (title, sections, options for the renderers)."""
    cached = dok.__dict__.get("_naskah")
    if cached is None:
        from sakip.domain.reporting import lkjip_naskah
        from sakip.domain.reporting.naskah import nomori

        sections = lkjip_naskah.bab(dok)
        nomori(sections)
        cached = (lkjip_naskah.judul(dok), sections, {
            "daftar_isi": True, "daftar_tabel": True, "sampul": lkjip_naskah.sampul(dok),
            "pembuka": lkjip_naskah.pembuka(dok)})
        object.__setattr__(dok, "_naskah", cached)  # a cache of derived text, not a change of the figures
    return cached
