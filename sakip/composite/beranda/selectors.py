"""Where a PD stands: the years it has, each quarter's state, and what a new PD still has to set up.

Composed from every domain app in a fixed number of queries, so the PD's home page never links to a year or
quarter that leads nowhere: a year without its program tree says so and links to the action that sets it up.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field

from sakip.core.galat import Langkah
from sakip.core.scoping import Scope
from sakip.domain.accounts.models import Akses
from sakip.domain.agreement.models import PerjanjianKinerja
from sakip.domain.measurement.dokumen import akhir_triwulan
from sakip.domain.measurement.models import ROMAWI, Pagu
from sakip.domain.organisation.models import MasaJabatan, PerangkatDaerah
from sakip.domain.planning.models import Indikator, Program, Renstra, Target
from sakip.domain.survey.models import PeriodeSurvei, UnitLayanan
from sakip.domain.workflow.models import BatasWaktu, Jenis, Pengajuan
from sakip.rumus import alur
from sakip.rumus.peran import ISI, MASTER


@dataclass(frozen=True)
class StatusTriwulan:
    triwulan: int
    status: str
    batas: datetime.date | None
    terlambat: bool

    @property
    def label(self) -> str:
        return alur.STATUS[self.status]


@dataclass(frozen=True)
class TahunPd:
    tahun: int
    ada_program: bool
    ada_pk: bool
    pk_status: str
    triwulan: tuple[StatusTriwulan, ...]

    @property
    def pk_label(self) -> str:
        return alur.STATUS[self.pk_status]


@dataclass(frozen=True)
class Persiapan:
    """One step of a new PD's set-up: done or not, and the action that does it."""

    label: str
    selesai: bool
    langkah: Langkah | None = None
    keterangan: str = ""


@dataclass(frozen=True)
class Tugas:
    """Something due now for the user: a PK or a quarter waiting for the step the user's role takes."""

    tahun: int
    triwulan: int  # 0: the PK of the year
    aksi: str  # the step's label ("Ajukan untuk verifikasi", "Verifikasi", "Setujui")
    status: str
    batas: datetime.date | None
    terlambat: bool

    @property
    def judul(self) -> str:
        return f"Perjanjian Kinerja {self.tahun}" if not self.triwulan else \
            f"Pengukuran TW {ROMAWI[self.triwulan]} {self.tahun}"

    @property
    def status_label(self) -> str:
        return alur.STATUS[self.status]


@dataclass
class PosisiPd:
    tahun: list[TahunPd] = field(default_factory=list)
    persiapan: list[Persiapan] = field(default_factory=list)
    tahun_baru: int | None = None  # the year after the latest with programs: "Mulai tahun" copies into it
    hari_ini: datetime.date = field(default_factory=datetime.date.today)

    @property
    def siap(self) -> bool:
        return all(p.selesai for p in self.persiapan)

    def tugas(self, hak: frozenset[str]) -> list[Tugas]:
        """What waits for a user holding ``hak`` today, overdue first: a PK or quarter whose next step is theirs.
        A quarter is due for entry and submission once it has ended (its data exist), never before."""
        out = []
        for t in self.tahun:
            if t.ada_pk and alur.menunggu(t.pk_status, hak):
                out.append(Tugas(t.tahun, 0, alur.aksi_tersedia(t.pk_status, hak)[0].label, t.pk_status, None, False))
            if not t.ada_program:
                continue
            for q in t.triwulan:
                belum_usai = akhir_triwulan(t.tahun, q.triwulan) >= self.hari_ini
                if not alur.menunggu(q.status, hak) or (alur.terbuka(q.status) and belum_usai):
                    continue
                out.append(Tugas(t.tahun, q.triwulan, alur.aksi_tersedia(q.status, hak)[0].label, q.status, q.batas,
                                 q.terlambat))
        return sorted(out, key=lambda x: (not x.terlambat, x.tahun, x.triwulan))

    def triwulan_berjalan(self) -> tuple[int, int, datetime.date]:
        """The quarter today falls in, and its last day (its data are entered after it ends)."""
        tw = (self.hari_ini.month - 1) // 3 + 1
        return self.hari_ini.year, tw, akhir_triwulan(self.hari_ini.year, tw)


def posisi_pd(scope: Scope, pd: PerangkatDaerah, hari_ini: datetime.date | None = None) -> PosisiPd:
    hari_ini = hari_ini or datetime.date.today()
    tahun_ini = hari_ini.year
    renstra = list(Renstra.objects.within(scope).filter(pd=pd).values_list("tahun_mulai", "tahun_selesai"))
    program_years = set(Program.objects.within(scope).filter(pd=pd).values_list("tahun", flat=True).distinct())
    pk_years = set(PerjanjianKinerja.objects.within(scope).filter(pd=pd).values_list("tahun", flat=True).distinct())
    # Years with data, and the Renstra years around today (a past Renstra year never set up is history, not a task).
    years = sorted(program_years | pk_years | {y for a, b in renstra for y in range(a, b + 1)
                                               if tahun_ini - 1 <= y <= tahun_ini + 1}, reverse=True)
    status = {(j, y, tw): s for j, y, tw, s in Pengajuan.objects.within(scope).filter(pd=pd).values_list(
        "jenis", "tahun", "triwulan", "status")}
    batas = {(j, y, tw): d for j, y, tw, d in BatasWaktu.objects.within(scope).filter(pemda_id=pd.pemda_id)
             .values_list("jenis", "tahun", "triwulan", "tanggal")}
    out = PosisiPd(tahun_baru=max(program_years) + 1 if program_years else None, hari_ini=hari_ini)
    for y in years:
        quarters = []
        for tw in (1, 2, 3, 4):
            s = status.get((Jenis.PENGUKURAN, y, tw), alur.DRAFT)
            b = batas.get((Jenis.PENGUKURAN, y, tw))
            quarters.append(StatusTriwulan(tw, s, b, alur.terlambat(s, b, hari_ini)))
        out.tahun.append(TahunPd(y, y in program_years, y in pk_years, status.get((Jenis.PK, y, 0), alur.DRAFT),
                                 tuple(quarters)))
    out.persiapan = _persiapan(scope, pd, tahun_ini, renstra, program_years, pk_years)
    return out


def _persiapan(scope: Scope, pd: PerangkatDaerah, tahun: int, renstra, program_years, pk_years) -> list[Persiapan]:
    """What a PD needs before the first quarter of ``tahun`` can be measured, in the order it is done."""
    ada_renstra = any(a <= tahun <= b for a, b in renstra)
    sasaran_ind = Indikator.objects.within(scope).filter(pd=pd, sasaran__isnull=False,
                                                         sasaran__tujuan__renstra__tahun_mulai__lte=tahun,
                                                         sasaran__tujuan__renstra__tahun_selesai__gte=tahun)
    ada_indikator = sasaran_ind.exists()
    ada_target = Target.objects.within(scope).filter(indikator__in=sasaran_ind, tahun=tahun).exists()
    ada_pagu = Pagu.objects.within(scope).filter(pd=pd, sub_kegiatan__kegiatan__program__tahun=tahun).exists()
    ada_pimpinan = MasaJabatan.objects.within(scope).filter(jabatan__pd=pd, jabatan__jenis="pimpinan_pd").exists()
    peran = set(Akses.objects.filter(pd=pd, user__is_active=True).values_list("peran", flat=True))
    ada_skm = (UnitLayanan.objects.within(scope).filter(pd=pd).exists()
               and PeriodeSurvei.objects.within(scope).filter(pd=pd).exists())
    slug = pd.slug
    return [
        Persiapan("Pimpinan perangkat daerah dan masa jabatannya", ada_pimpinan,
                  Langkah("Atur jabatan dan pejabat", "organisation:pd", (slug,), "", MASTER),
                  "dipakai sebagai pihak pertama PK dan penanda tangan LKjIP"),
        Persiapan("Akun operator, verifikator dan pimpinan", {"operator", "verifikator", "pimpinan"} <= peran,
                  Langkah("Atur pengguna", "accounts:pengguna_daftar", (pd.pemda.slug,), "", MASTER)),
        Persiapan(f"Renstra yang mencakup tahun {tahun}", ada_renstra,
                  Langkah("Buat Renstra", "planning:renstra_tambah", (slug,), "", ISI)),
        Persiapan("Indikator sasaran Renstra", ada_indikator,
                  Langkah("Buka perencanaan", "planning:tree", (slug,), f"tahun={tahun}", ISI)),
        Persiapan(f"Target indikator sasaran tahun {tahun}", ada_target,
                  Langkah("Isi target", "planning:tree", (slug,), f"tahun={tahun}", ISI)),
        Persiapan(f"Program, kegiatan dan sub kegiatan tahun {tahun}", tahun in program_years,
                  Langkah(f"Susun program tahun {tahun}", "planning:tree", (slug,), f"tahun={tahun}", ISI)),
        Persiapan(f"Pagu sub kegiatan tahun {tahun}", ada_pagu,
                  Langkah("Isi pagu", "measurement:anggaran", (slug, tahun), "", ISI)),
        Persiapan(f"Perjanjian Kinerja {tahun}", tahun in pk_years,
                  Langkah(f"Buat PK {tahun}", "agreement:pk_buat", (slug, tahun), "", ISI)),
        Persiapan("Survei Kepuasan Masyarakat (unit layanan dan periode)", ada_skm),
    ]
