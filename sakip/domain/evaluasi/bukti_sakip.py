"""Evidence from what sakip already holds, for each criterion of a PD's LKE of a year: read-only facts with links,
and where the facts can judge a criterion, a proposed answer with its reason (:mod:`sakip.rumus.lke_usulan`), and
the worksheet's consistency warnings (:mod:`sakip.rumus.lke_cek`).

:func:`fakta` reads everything in eleven queries, whatever the size of the worksheet or of the PD's data; the rest
is computation. The pohon kinerja, its crosscutting and the PK berjenjang (issue 19) are cited under 1.a.7, 1.b.8,
1.b.9 and 1.b.10 as facts with their screens, in four more queries, without a proposal: they need judgement; so is
the rencana aksi under 1.c.4 (is it monitored regularly?), in two more: its indicators, the quarters planned and those
realised, the plans not monitored in a quarter that has passed or was submitted. Whether
and when the LKjIP was published on the portal (criteria 3.a.5 and 3.a.6; the portal is a composite app above the
domain layer, whose tables are not read from here) comes from ``ProfilPd.diterbitkan``, which the portal sets on the
first publication.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from django.db.models import Count, FilteredRelation, Q
from django.urls import reverse
from django.utils import timezone

from sakip.core.scoping import Scope
from sakip.domain.agreement.models import PerjanjianKinerja
from sakip.domain.agreement.selectors import jumlah_jenjang
from sakip.domain.evaluasi import bukti, services
from sakip.domain.evaluasi.dokumen import KomponenDok, Lembar
from sakip.domain.evaluasi.models import Evaluasi, JawabanLke, TindakLanjut
from sakip.domain.kaskade.selectors import ringkasan_kaskade
from sakip.domain.measurement.bukti import EKSTENSI_INPUT, maks_byte, ukuran_teks
from sakip.domain.measurement.dokumen import triwulan_lewat
from sakip.domain.measurement.models import BuktiDukung, RencanaAksi
from sakip.domain.organisation.models import PerangkatDaerah
from sakip.domain.planning.models import Indikator, Renstra
from sakip.domain.profil.models import ProfilPd
from sakip.domain.survey.models import PeriodeSurvei
from sakip.domain.workflow.models import BatasWaktu, Jenis, LangkahAlur, Pengajuan
from sakip.rumus import alur, lke_cek
from sakip.rumus import lke_usulan as aturan
from sakip.rumus import rencana_aksi as rumus_rencana
from sakip.rumus.capaian import ROMAWI
from sakip.rumus.lke_usulan import Fakta, Usulan, tanggal

QUERIES = 11  # of :func:`fakta`
QUERIES_KASKADE = 4  # of :func:`_baris_kaskade`
QUERIES_RENCANA = 2  # of :func:`_baris_rencana`


def _tanggal_lokal(waktu) -> date:
    return timezone.localtime(waktu).date()


def fakta(scope: Scope, pd: PerangkatDaerah, tahun: int) -> Fakta:
    """What sakip holds about ``pd``'s year ``tahun``, as far as the scope reaches: :data:`QUERIES` queries."""
    renstra = (Renstra.objects.within(scope).filter(pd=pd, tahun_mulai__lte=tahun, tahun_selesai__gte=tahun)
               .order_by("-tahun_mulai").first())
    di_renstra = (Q(tujuan__renstra__pd=pd, tujuan__renstra__tahun_mulai__lte=tahun,
                    tujuan__renstra__tahun_selesai__gte=tahun)
                  | Q(sasaran__tujuan__renstra__pd=pd, sasaran__tujuan__renstra__tahun_mulai__lte=tahun,
                      sasaran__tujuan__renstra__tahun_selesai__gte=tahun))
    indikator = list(Indikator.objects.within(scope).filter(di_renstra).values(
        "pk", "is_iku", "definisi", "formula", "formula_pembilang", "formula_penyebut",
        "tujuan__renstra_id", "sasaran__tujuan__renstra_id"))
    renstra_fakta = None
    if renstra is not None:
        milik = [i for i in indikator if renstra.pk in (i["tujuan__renstra_id"], i["sasaran__tujuan__renstra_id"])]
        definisi = [bool(i["definisi"].strip()) for i in milik]
        formula = [bool(i["formula"].strip() or (i["formula_pembilang"].strip() and i["formula_penyebut"].strip()))
                   for i in milik]
        renstra_fakta = aturan.RenstraFakta(
            renstra.tahun_mulai, renstra.tahun_selesai, len(milik), sum(i["is_iku"] for i in milik), sum(definisi),
            sum(formula), sum(d and f for d, f in zip(definisi, formula, strict=True)))
    pk = tuple(aturan.VersiPk(p.nomor, p.tanggal, p.get_alasan_display()) for p in
               PerjanjianKinerja.objects.within(scope).filter(pd=pd, tahun=tahun).order_by("nomor"))
    status = {(p.jenis, p.triwulan): p.status for p in Pengajuan.objects.within(scope).filter(pd=pd, tahun=tahun)}
    diajukan: dict[tuple[str, int], date] = {}
    disetujui: dict[tuple[str, int], date] = {}
    for langkah in (LangkahAlur.objects.within(scope).filter(pengajuan__pd=pd, pengajuan__tahun=tahun)
                    .values("pengajuan__jenis", "pengajuan__triwulan", "ke", "waktu").order_by("waktu", "pk")):
        kunci = (langkah["pengajuan__jenis"], langkah["pengajuan__triwulan"])
        if langkah["ke"] == alur.DIAJUKAN:
            diajukan.setdefault(kunci, _tanggal_lokal(langkah["waktu"]))
        elif langkah["ke"] == alur.DISETUJUI:
            disetujui[kunci] = _tanggal_lokal(langkah["waktu"])
    batas = {(b.jenis, b.triwulan): b.tanggal
             for b in BatasWaktu.objects.within(scope).filter(pemda_id=pd.pemda_id, tahun=tahun)}
    triwulan = tuple(aturan.TriwulanFakta(
        tw, status.get((Jenis.PENGUKURAN, tw), alur.DRAFT), batas.get((Jenis.PENGUKURAN, tw)),
        diajukan.get((Jenis.PENGUKURAN, tw)), disetujui.get((Jenis.PENGUKURAN, tw))) for tw in range(1, 5))
    bukti = BuktiDukung.objects.within(scope).filter(pd=pd, tahun=tahun).aggregate(
        berkas=Count("pk"), indikator=Count("indikator", distinct=True))
    profil = ProfilPd.objects.within(scope).filter(pd=pd, tahun=tahun).values("tanggal", "diterbitkan").first()
    terbit = profil["diterbitkan"] if profil else None
    skm = tuple(aturan.SkmFakta(p.kode, p.nama, p.ditutup, p.jumlah_rtl, getattr(getattr(p, "fkp", None), "tanggal", None),
                                p.tanggal_laporan, p.diterbitkan is not None)
                for p in PeriodeSurvei.objects.within(scope).filter(pd=pd, mulai__year=tahun).select_related("fkp")
                .annotate(jumlah_rtl=Count("rtl")).order_by("mulai", "kode"))
    return Fakta(tahun, renstra_fakta, pk, status.get((Jenis.PK, 0), alur.DRAFT), triwulan, bukti["berkas"],
                 bukti["indikator"], profil["tanggal"] if profil else None, profil is not None, skm,
                 _evaluasi_lalu(scope, pd, tahun - 1), _tanggal_lokal(terbit) if terbit else None,
                 timezone.localdate())


def _evaluasi_lalu(scope: Scope, pd: PerangkatDaerah, tahun: int) -> aturan.EvaluasiLalu | None:
    """Last year's evaluation and its recommendations' follow-ups (two queries)."""
    lalu = Evaluasi.objects.within(scope).filter(pd=pd, tahun=tahun).first()
    rekomendasi = list(JawabanLke.objects.within(scope).filter(evaluasi__pd=pd, evaluasi__tahun=tahun)
                       .exclude(rekomendasi="").values("tindak_lanjut__status", "tindak_lanjut__diverifikasi"))
    if lalu is None:
        return None
    selesai = sum(1 for r in rekomendasi if r["tindak_lanjut__status"] == TindakLanjut.Status.SELESAI
                  and r["tindak_lanjut__diverifikasi"])
    proses = sum(1 for r in rekomendasi if r["tindak_lanjut__status"] in (TindakLanjut.Status.PROSES,
                                                                           TindakLanjut.Status.SELESAI)) - selesai
    return aturan.EvaluasiLalu(tahun, lalu.tahap == Evaluasi.Tahap.FINAL, lalu.get_tahap_display(), len(rekomendasi),
                               selesai, proses)


@dataclass(frozen=True)
class Baris:
    """One fact shown under a criterion, with the screen it comes from."""

    teks: str
    url: str = ""


def _baris(f: Fakta, pd: PerangkatDaerah) -> dict[str, list[Baris]]:
    """The facts shown under each criterion kode (``pd.pemda`` is read only for a published LKjIP's portal link;
    :func:`~sakip.domain.organisation.selectors.get_pd` brings it with the PD)."""
    slug = pd.slug
    t = f.tahun
    r = f.renstra
    per: dict[str, list[Baris]] = defaultdict(list)
    if r is None:
        renstra = [Baris(f"Tidak ada Renstra yang mencakup tahun {t}.", reverse("planning:tree", args=[slug]))]
    else:
        renstra = [Baris(f"Renstra {r.periode}: {r.indikator} indikator tujuan/sasaran, {r.iku} IKU.",
                         reverse("planning:tree", args=[slug]))]
    per["1.a.3"] += renstra
    per["1.b.6"].append(Baris(f"IKU tahun {t}: {r.iku if r else 0} indikator.", reverse("planning:iku", args=[slug, t])))
    if r is not None:
        per["2.a.2"].append(Baris(f"Definisi operasional: {r.definisi} dari {r.indikator} indikator; formula: "
                                  f"{r.formula} dari {r.indikator}; keduanya: {r.lengkap}.",
                                  reverse("planning:iku", args=[slug, t])))
    pk_url = reverse("agreement:pk", args=[slug, t])
    pk = [Baris(f"PK {t} versi {v.nomor}, tanggal {tanggal(v.tanggal)} ({v.alasan}).", pk_url) for v in f.pk]
    pk.append(Baris(f"Persetujuan PK {t}: {alur.STATUS[f.status_pk]}." if f.pk else f"Belum ada PK {t}.", pk_url))
    per["1.a.4"] += pk
    for tw in f.triwulan:
        b = Baris(tw.teks + ".", reverse("measurement:grid", args=[slug, t, tw.triwulan]))
        for kode in ("2.b.4", "3.a.2", "1.c.4"):
            per[kode].append(b)
    bukti = Baris(f"Berkas bukti dukung realisasi tahun {t}: {f.bukti_berkas} berkas untuk {f.bukti_indikator} "
                  f"indikator.")
    per["2.a.3"].append(bukti)
    per["2.b.3"].append(bukti)
    lkjip_url = reverse("reporting:lkjip", args=[slug, t])
    lkjip = Baris(f"LKjIP {t}: tanggal laporan {tanggal(f.lkjip_tanggal)}." if f.lkjip_tanggal else
                  f"LKjIP {t}: tanggal laporan belum diisi pada profil Bab I.", lkjip_url)
    for kode in ("3.a.1", "3.a.3", "3.a.6"):
        per[kode].append(lkjip)
    if f.lkjip_terbit is not None:
        terbit = Baris(f"LKjIP {t} diterbitkan di portal pada {tanggal(f.lkjip_terbit)}.",
                       reverse("portal:pd_tahun", args=[pd.pemda.slug, slug, t]))
    else:
        terbit = Baris(f"LKjIP {t} belum diterbitkan di portal.", lkjip_url)
    for kode in ("3.a.1", "3.a.5", "3.a.6"):
        per[kode].append(terbit)
    per["3.a.6"].append(Baris(f"Batas penyampaian: {tanggal(aturan.batas_lkjip(t))} (2 bulan setelah tahun anggaran "
                              f"berakhir)."))
    for p in f.skm:
        teks = (f"SKM {p.nama}: {'ditutup' if p.ditutup else 'masih berjalan'}; {p.rtl} rencana tindak lanjut; "
                f"FKP {tanggal(p.fkp) if p.fkp else 'belum ada'}; laporan {tanggal(p.laporan)}"
                f"{'; diterbitkan di portal' if p.diterbitkan else ''}.")
        b = Baris(teks, reverse("survey:hasil", args=[slug, p.kode]))
        for kode in ("2.c.6", "1.c.4"):
            per[kode].append(b)
    e = f.evaluasi_lalu
    if e is None:
        per["4.c.1"].append(Baris(f"Tidak ada evaluasi AKIP tahun {t - 1} di sakip."))
    else:
        per["4.c.1"].append(Baris(
            f"Evaluasi AKIP {e.tahun} ({e.tahap_label}): {e.rekomendasi} rekomendasi, {e.selesai} selesai dan "
            f"diverifikasi, {e.proses} dalam proses.", reverse("evaluasi:lke", args=[slug, e.tahun])))
    return per


@dataclass(frozen=True)
class BuktiKriteria:
    """What sakip holds about one criterion, and its proposed answer."""

    fakta: tuple[Baris, ...]
    usulan: Usulan | None


@dataclass(frozen=True)
class BuktiLembar:
    """The facts, proposals and warnings of a whole worksheet."""

    fakta: Fakta
    kriteria: dict[str, BuktiKriteria]
    peringatan: tuple[lke_cek.Peringatan, ...]


def cek(komponen: tuple[KomponenDok, ...], f: Fakta) -> list[lke_cek.Peringatan]:
    """The worksheet's consistency warnings on its final values."""
    return lke_cek.periksa([[lke_cek.SubCek(s.kode, s.jenis, tuple((k.kode, k.pecahan) for k in s.kriteria))
                             for s in kom.sub_komponen] for kom in komponen],
                           {"renstra": f.ada_renstra, "lkjip": f.ada_lkjip})


def _baris_kaskade(scope: Scope, pd: PerangkatDaerah, f: Fakta, per: dict[str, list[Baris]]) -> None:
    """The pohon kinerja, its crosscutting and the PK berjenjang under the criteria that ask for them — every unit
    and every official with a performance plan (1.a.7, 1.b.10), cascading (1.b.8), crosscutting (1.b.9) —
    as facts with their screens; judging them is the evaluator's (:data:`QUERIES_KASKADE` queries)."""
    t, r = f.tahun, f.renstra
    jenjang = jumlah_jenjang(scope, pd, t)
    pk = Baris(f"PK berjenjang {t}: {jenjang} jabatan di bawah pimpinan perangkat daerah dengan Perjanjian Kinerja "
               "yang disusun dari pohon kinerja.", reverse("agreement:pk_jenjang_daftar", args=[pd.slug, t]))
    per["1.a.7"].append(pk)
    per["1.b.10"].append(pk)
    if r is None:
        return
    pohon_url = reverse("kaskade:pohon", args=[pd.slug, f"{r.mulai}-{r.selesai}"])
    k = ringkasan_kaskade(scope, pd, r.mulai, r.selesai)
    per["1.b.8"].append(Baris(f"Pohon kinerja Renstra {r.periode}: dari sasaran RPJMD sampai sub kegiatan, "
                              f"{k.pemilik} simpul dengan pemilik yang ditetapkan, {k.antara} simpul antara.",
                              pohon_url))
    cc = k.crosscutting
    per["1.b.9"].append(Baris(
        f"Crosscutting dengan perangkat daerah lain: {cc.get('diterima', 0)} diterima, {cc.get('diajukan', 0)} "
        f"menunggu jawaban, {cc.get('ditolak', 0)} ditolak, {cc.get('ditarik', 0)} ditarik.", pohon_url))


def _baris_rencana(scope: Scope, pd: PerangkatDaerah, f: Fakta, per: dict[str, list[Baris]]) -> None:
    """The rencana aksi of the year under 1.c.4 (the plan is monitored regularly, so it stays dynamic): how many
    indicators have one, the quarters planned against those with a realisation, and each plan not monitored — a target
    without a realisation in a quarter that has passed or was submitted — with the rencana aksi screen
    (:data:`QUERIES_RENCANA` queries: the plans, then their indicators with the year's realisations)."""
    t = f.tahun
    rencana: dict[int, dict[int, Decimal | None]] = defaultdict(dict)
    for ind, tw, nilai in RencanaAksi.objects.within(scope).filter(pd=pd, tahun=t).order_by().values_list(
            "indikator_id", "triwulan", "nilai"):
        rencana[ind][tw] = nilai
    nama: dict[int, str] = {}
    realisasi: dict[int, dict[int, Decimal | None]] = defaultdict(dict)
    for ind, teks, tw, nilai in Indikator.objects.within(scope).filter(
            pk__in=RencanaAksi.objects.within(scope).filter(pd=pd, tahun=t).values("indikator_id")).annotate(
            r=FilteredRelation("realisasi", condition=Q(realisasi__tahun=t))).order_by("pk").values_list(
            "pk", "nama", "r__triwulan", "r__nilai"):
        nama[ind] = teks
        if tw is not None:
            realisasi[ind][tw] = nilai
    url = reverse("measurement:rencana_aksi", args=[pd.slug, t])
    if not rencana:
        per["1.c.4"].append(Baris(f"Rencana aksi {t}: belum ada indikator dengan target triwulan.", url))
        return
    direncanakan = sum(len(q) for q in rencana.values())
    terealisasi = sum(1 for ind, q in rencana.items() for tw in q if realisasi[ind].get(tw) is not None)
    per["1.c.4"].append(Baris(
        f"Rencana aksi {t}: {len(rencana)} indikator dengan target triwulan; {direncanakan} triwulan direncanakan, "
        f"{terealisasi} di antaranya sudah ada realisasinya.", url))
    diajukan = [tw.triwulan for tw in f.triwulan if tw.status != alur.DRAFT]
    sampai = max(triwulan_lewat(t, f.hari_ini), *diajukan, 0)
    lalai = [(nama.get(ind, ""), q) for ind in sorted(rencana, key=lambda i: nama.get(i, ""))
             if (q := rumus_rencana.tidak_dipantau(rencana[ind], realisasi[ind], sampai))]
    for teks, q in lalai:
        per["1.c.4"].append(Baris(f"Rencana aksi tidak dipantau: {teks}, triwulan {', '.join(ROMAWI[n] for n in q)} "
                                  "tanpa realisasi.", url))


def bukti_lembar(scope: Scope, pd: PerangkatDaerah, tahun: int, komponen: tuple[KomponenDok, ...]) -> BuktiLembar:
    """The facts under every criterion of the worksheet ``komponen``, their proposals and the warnings
    (:data:`QUERIES` + :data:`QUERIES_KASKADE` + :data:`QUERIES_RENCANA` queries)."""
    f = fakta(scope, pd, tahun)
    per = _baris(f, pd)
    _baris_kaskade(scope, pd, f, per)
    _baris_rencana(scope, pd, f, per)
    kriteria = {k.kode: BuktiKriteria(tuple(per.get(k.kode, ())), aturan.usulan(k.kode, k.skala, f))
                for kom in komponen for s in kom.sub_komponen for k in s.kriteria}
    return BuktiLembar(f, kriteria, tuple(cek(komponen, f)))


def konteks(scope: Scope, lembar: Lembar) -> dict:
    """What the worksheet screen shows besides the answers: the facts and proposals under each criterion, the
    warnings at the top, the uploaded evidence and whether the actor may add it (:data:`QUERIES` +
    :data:`QUERIES_KASKADE` + :data:`QUERIES_RENCANA` + 1 queries)."""
    b = bukti_lembar(scope, lembar.pd, lembar.dok.tahun, lembar.dok.komponen)
    medan = services.medan_boleh(scope, lembar.evaluasi, lembar.pd)
    return {"bukti_sakip": b.kriteria, "peringatan_lke": b.peringatan,
            "bukti_lke": bukti.bukti_evaluasi(scope, lembar.evaluasi),
            "bisa_bukti": bukti.boleh_ubah(scope, lembar.evaluasi, lembar.pd),
            # The side that accepts a proposal now: its value field, if any.
            "terima_medan": "nilai_evaluator" if "nilai_evaluator" in medan else "nilai_pd" if "nilai_pd" in medan
            else "",
            "ekstensi_bukti": EKSTENSI_INPUT, "maks_bukti": ukuran_teks(maks_byte())}
