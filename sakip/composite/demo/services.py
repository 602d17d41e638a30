"""Loading the demo data (the seed documents) into the database.

:func:`load_demo` creates every row of :mod:`sakip.composite.demo.data` in one transaction, validating each
with ``full_clean()`` before it is written, so the demo obeys the same invariants as data typed in
by users. It is idempotent: when the demo is present it changes nothing; ``reset=True`` deletes
the demo pemda (and everything hanging from them) and loads again.
"""

from __future__ import annotations

import functools
import time
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.db.models import ProtectedError

from sakip.composite.demo import alur, data, dibangkitkan, pengukuran_2024, pohon, profil, rencana_aksi, skm
from sakip.composite.demo.data.profil_wonoasih_2024 import PROFIL
from sakip.composite.demo.data.wilayah import PemdaSpec
from sakip.composite.demo.simpan import simpan, simpan_banyak
from sakip.composite.portal.models import Publikasi
from sakip.domain.accounts.models import Akses
from sakip.domain.measurement.models import BuktiDukung
from sakip.domain.organisation.models import Jabatan, Kelurahan, MasaJabatan, Pejabat, Pemda, PerangkatDaerah, UnitKerja
from sakip.domain.planning import nomenklatur
from sakip.domain.planning.models import (
    Iku,
    IkuEntri,
    Indikator,
    IndikatorRpjmd,
    Kegiatan,
    Lokasi,
    Misi,
    Nomenklatur,
    PenanggungJawab,
    Program,
    Renstra,
    Rpjmd,
    Sasaran,
    SasaranRpjmd,
    SubKegiatan,
    Target,
    Tujuan,
    TujuanRpjmd,
)
from sakip.rumus.angka import parse_nilai
from sakip.rumus.capaian import Frekuensi

PASSWORD = "sakip-demo"
EMAIL_DOMAIN = "sakip.invalid"  # a reserved name: reminder e-mails of the demo can never reach anyone


class DemoError(Exception):
    """The demo cannot be loaded as asked; the message is for the user."""


@dataclass(frozen=True)
class DemoAccount:
    username: str
    role: str  # the Akses.peran label, in Indonesian
    scope: str  # what the account reaches, in Indonesian
    kept: bool = False  # the username existed before the demo was loaded and was left as it was


@dataclass
class DemoResult:
    loaded: bool  # False: the demo was already present and nothing changed
    reset: bool
    accounts: list[DemoAccount] = field(default_factory=list)
    password: str = PASSWORD
    seconds: float = 0.0


@functools.cache
def _password_hash() -> str:
    """One hash for every demo account (hashing is deliberately slow; do it once per process)."""
    return make_password(PASSWORD)


def load_demo(reset: bool = False) -> DemoResult:
    """Load all demo data in one transaction; see the module docstring."""
    started = time.perf_counter()
    with transaction.atomic():
        if not Nomenklatur.objects.exists():
            nomenklatur.load(Nomenklatur)
        present = PerangkatDaerah.objects.filter(slug=data.PENANDA_PD).exists()
        if present and not reset:
            return DemoResult(loaded=False, reset=False, accounts=demo_accounts(),
                              seconds=time.perf_counter() - started)
        if reset:
            delete_demo()
        else:
            _refuse_partial_demo()
        try:
            kept = _Loader().run()
        except ValidationError as exc:
            raise DemoError(f"Data demo bertabrakan dengan data yang sudah ada ({'; '.join(exc.messages)}); "
                            "jalankan ulang dengan --reset.") from exc
    return DemoResult(loaded=True, reset=reset, accounts=demo_accounts(kept),
                      seconds=time.perf_counter() - started)


def _refuse_partial_demo() -> None:
    """Some demo rows without the marker PD: loading on top would collide, so say what to do."""
    slugs = [spec["slug"] for spec in data.PERANGKAT_DAERAH]
    sisa = list(PerangkatDaerah.objects.filter(slug__in=slugs).values_list("nama", flat=True))
    if sisa:
        raise DemoError(f"Sebagian data demo sudah ada ({', '.join(sisa)}) tetapi tidak lengkap; "
                        "jalankan ulang dengan --reset untuk menghapus dan memuatnya kembali.")


def demo_accounts(kept: frozenset[str] = frozenset()) -> list[DemoAccount]:
    """The demo accounts as they are in the database (role label and scope for printing).

    ``kept``: usernames that existed before loading and were not touched.
    """
    User = get_user_model()
    users = {u.username: u for u in User.objects.filter(username__in=[a["username"] for a in data.AKUN])
             .select_related("akses__pemda", "akses__pd", "akses__kelurahan__pd")}
    result = []
    for spec in data.AKUN:
        user = users.get(spec["username"])
        if user is None:
            continue
        akses = getattr(user, "akses", None)
        if akses is None:
            role, scope = ("Superuser" if user.is_superuser else "-"), "-"
        else:
            role, scope = akses.get_peran_display(), _scope_label(akses)
        result.append(DemoAccount(user.username, role, scope, kept=user.username in kept))
    return result


def _scope_label(akses: Akses) -> str:
    if akses.kelurahan_id and akses.kelurahan is not None:
        return f"{akses.kelurahan} ({akses.kelurahan.pd})"
    if akses.pd_id:
        return str(akses.pd)
    if akses.pemda_id:
        return str(akses.pemda)
    return "Seluruh sistem"


# --- Deleting -------------------------------------------------------------------------------------

def delete_demo() -> None:
    """Delete the demo accounts and the demo pemda with everything that belongs to them.

    Tenant rows refer to their pemda (and to each other) with PROTECT, so rows are deleted
    children first: every model with a foreign key to :class:`Pemda` is emptied for the demo pemda
    in repeated passes until nothing protects anything. This also covers models of other apps.
    """
    get_user_model().objects.filter(username__in=[a["username"] for a in data.AKUN]).delete()
    slugs = [p["slug"] for p in data.PEMDA]
    daerah = list(Pemda.objects.filter(slug__in=slugs, provinsi__isnull=False).values_list("pk", flat=True))
    if daerah:
        _delete_files_of(daerah)
        _delete_rows_of(daerah)
        Pemda.objects.filter(pk__in=daerah).delete()
    for provinsi in Pemda.objects.filter(slug__in=slugs, provinsi__isnull=True):
        if provinsi.kabupaten_kota.exists():
            continue  # another pemda under it that is not part of the demo: keep the provinsi
        _delete_rows_of([provinsi.pk])
        provinsi.delete()


def _delete_files_of(pemda_ids: list[int]) -> None:
    """Uploaded and published files of the demo pemda (evidence, published PDFs) go with their rows."""
    for model in (BuktiDukung, Publikasi):
        for row in model.objects.filter(pemda_id__in=pemda_ids).exclude(berkas=""):
            row.berkas.delete(save=False)


def _delete_rows_of(pemda_ids: list[int]) -> None:
    targets: list[tuple[type[models.Model], str]] = []
    for model in reversed(apps.get_models()):  # later models tend to depend on earlier ones
        if model is Pemda:
            continue
        for f in model._meta.concrete_fields:
            if isinstance(f, models.ForeignKey) and f.remote_field.model is Pemda:
                targets.append((model, f.name))
    for _ in range(len(targets) + 1):
        blocked = False
        for model, name in targets:
            rows = model._base_manager.filter(**{f"{name}__in": pemda_ids})
            if not rows.exists():
                continue
            try:
                with transaction.atomic():
                    rows.delete()
            except ProtectedError:
                blocked = True
        if not blocked:
            return
    raise RuntimeError("Data demo tidak dapat dihapus: masih dirujuk oleh data lain.")


# --- Loading --------------------------------------------------------------------------------------

def _written(teks: str) -> tuple[Decimal, str]:
    """A target as the seed writes it → (number, satuan the text carries)."""
    parsed = parse_nilai(teks)
    return parsed.nilai, parsed.satuan


class _Loader:
    """Turns the structures of :mod:`sakip.composite.demo.data` into rows, keeping lookups by key."""

    def __init__(self) -> None:
        self.nomenklatur = {n.kode: n for n in Nomenklatur.objects.all()}
        self.pemda: dict[str, Pemda] = {}
        self.misi: dict[tuple[int, int], Misi] = {}  # (rpjmd tahun_mulai, nomor)
        self.rpjmd: dict[tuple[str, int], Rpjmd] = {}
        self.tujuan_rpjmd: dict[tuple[int, str], TujuanRpjmd] = {}  # (pemda id, nama)
        self.sasaran_rpjmd: dict[tuple[int, str], SasaranRpjmd] = {}
        self.pejabat: dict[tuple[int, str], Pejabat] = {}  # (pemda id, nama)
        self.targets: list[Target] = []
        self.pj: list[PenanggungJawab] = []
        self.lokasi: list[Lokasi] = []

    def run(self) -> frozenset[str]:
        """Create everything; returns the demo usernames that already existed and were left alone."""
        for pemda_spec in data.PEMDA:
            self._pemda(pemda_spec)
        for spec in data.RPJMD:
            self._rpjmd(spec)
        for spec in data.JABATAN_PEMDA:
            self._jabatan(self.pemda[spec["pemda"]], None, spec, {})
        for spec in data.PERANGKAT_DAERAH:
            self._perangkat_daerah(spec)
        simpan_banyak(Target, self.targets)
        simpan_banyak(PenanggungJawab, self.pj)
        simpan_banyak(Lokasi, self.lokasi)
        pengukuran_2024.load(PerangkatDaerah.objects.get(slug="wonoasih"))
        skm.load(PerangkatDaerah.objects.get(slug="wonoasih"))
        pohon.load(PerangkatDaerah.objects.get(slug="wonoasih"))  # its pohon kinerja 2019–2024: owners, 3 invented nodes
        rencana_aksi.load(PerangkatDaerah.objects.get(slug="wonoasih"))  # its rencana aksi 2024 (invented, "(contoh)")
        profil.load(PROFIL)
        dibangkitkan.load()  # generated figures of the other Kota Probolinggo kecamatan (marked as such)
        kept = self._akun()
        alur.load()  # last: the steps are taken by the demo accounts, and approval locks the data
        return kept

    # Wilayah and RPJMD

    def _pemda(self, spec: PemdaSpec) -> None:
        existing = Pemda.objects.filter(slug=spec["slug"]).first()
        if existing is not None:  # e.g. a provinsi kept by delete_demo
            self.pemda[spec["slug"]] = existing
            return
        provinsi = self.pemda[spec["provinsi"]] if spec.get("provinsi") else None
        self.pemda[spec["slug"]] = simpan(Pemda(
            slug=spec["slug"], nama=spec["nama"], jenis=spec["jenis"], provinsi=provinsi,
            ibukota=spec.get("ibukota", ""),
        ))

    def _rpjmd(self, spec: dict[str, Any]) -> None:
        pemda = self.pemda[spec["pemda"]]
        rpjmd = simpan(Rpjmd(pemda=pemda, tahun_mulai=spec["tahun_mulai"], tahun_selesai=spec["tahun_selesai"],
                            visi=spec["visi"]))
        self.rpjmd[(spec["pemda"], spec["tahun_mulai"])] = rpjmd
        for m in spec["misi"]:
            misi = simpan(Misi(rpjmd=rpjmd, nomor=m["nomor"], nama=m["nama"], uraian=m.get("uraian", "")))
            self.misi[(spec["tahun_mulai"], m["nomor"])] = misi
            for i, t in enumerate(m.get("tujuan", []), start=1):
                tujuan = simpan(TujuanRpjmd(misi=misi, urutan=i, nama=t["nama"]))
                self.tujuan_rpjmd[(pemda.pk, t["nama"])] = tujuan
                for k, nama in enumerate(t.get("indikator", []), start=1):
                    simpan(IndikatorRpjmd(tujuan=tujuan, urutan=k, nama=nama))
                for j, s in enumerate(t.get("sasaran", []), start=1):
                    sasaran = simpan(SasaranRpjmd(tujuan=tujuan, urutan=j, nama=s["nama"]))
                    self.sasaran_rpjmd[(pemda.pk, s["nama"])] = sasaran
                    for k, nama in enumerate(s.get("indikator", []), start=1):
                        simpan(IndikatorRpjmd(sasaran=sasaran, urutan=k, nama=nama))

    # Organisation

    def _jabatan(self, pemda: Pemda, pd: PerangkatDaerah | None, spec: dict[str, Any], units: dict[str, UnitKerja]) -> Jabatan:
        unit = units.get(spec["unit"]) if "unit" in spec else None
        jabatan = simpan(Jabatan(pemda=pemda, pd=pd, unit=unit, jenis=spec["jenis"], nama=spec["nama"]))
        for p in spec.get("pejabat", []):
            key = (pemda.pk, p["nama"])
            pejabat = self.pejabat.get(key)
            if pejabat is None:
                pejabat = self.pejabat[key] = simpan(Pejabat(
                    pemda=pemda, nama=p["nama"], nip=p.get("nip", ""), pangkat=p.get("pangkat", ""),
                    golongan=p.get("golongan", ""),
                ))
            simpan(MasaJabatan(jabatan=jabatan, pejabat=pejabat, status=p.get("status", MasaJabatan.Status.DEFINITIF),
                              mulai=p.get("mulai"), selesai=p.get("selesai"), keterangan=p.get("keterangan", "")))
        return jabatan

    def _perangkat_daerah(self, spec: dict[str, Any]) -> None:
        pemda = self.pemda[spec["pemda"]]
        pd = simpan(PerangkatDaerah(
            pemda=pemda, jenis=PerangkatDaerah.Jenis.KECAMATAN, nama=spec["nama"], slug=spec["slug"],
            alamat=spec.get("alamat", ""), telepon=spec.get("telepon", ""), email=spec.get("email", ""),
            tugas="\n".join(spec.get("tugas", [])), fungsi="\n".join(spec.get("fungsi", [])),
        ))
        kelurahan = {}
        for i, k in enumerate(spec.get("kelurahan", []), start=1):
            kelurahan[k["nama"]] = simpan(Kelurahan(pd=pd, nama=k["nama"], jenis=k.get("jenis", "kelurahan"),
                                                   urutan=i))
        units: dict[str, UnitKerja] = {}
        for i, u in enumerate(spec.get("unit", []), start=1):
            units[u["key"]] = simpan(UnitKerja(
                pd=pd, kelurahan=kelurahan.get(u.get("kelurahan")), induk=units.get(u.get("induk")),
                jenis=u["jenis"], nama=u["nama"], urutan=i,
            ))
        jabatan = {j["key"]: self._jabatan(pemda, pd, j, units) for j in spec.get("jabatan", [])}
        pd_lookups = _PdLookups(pd=pd, kelurahan=kelurahan, units=units, jabatan=jabatan)
        for r in spec.get("renstra", []):
            self._renstra(pd_lookups, spec["pemda"], r)
        for i, p in enumerate(spec.get("program", []), start=1):
            self._program(pd_lookups, p, i)
        for k in spec.get("iku", []):
            self._iku(pd_lookups, k)

    # Planning

    def _renstra(self, pd: _PdLookups, pemda_slug: str, spec: dict[str, Any]) -> None:
        rpjmd = self.rpjmd[(pemda_slug, spec["rpjmd"])] if spec.get("rpjmd") else None
        renstra = simpan(Renstra(
            pd=pd.pd, rpjmd=rpjmd, tahun_mulai=spec["tahun_mulai"], tahun_selesai=spec["tahun_selesai"],
            tahun_kondisi_awal=spec.get("tahun_kondisi_awal"), keterangan=spec.get("keterangan", ""),
        ))
        pd.renstra[spec["tahun_mulai"]] = renstra
        pemda_id = pd.pd.pemda_id
        for i, t in enumerate(spec["tujuan"], start=1):
            tujuan = simpan(Tujuan(
                renstra=renstra, urutan=i, nama=t["nama"],
                misi=self.misi[(spec["rpjmd"], t["misi"])] if t.get("misi") else None,
                tujuan_rpjmd=self.tujuan_rpjmd[(pemda_id, t["tujuan_rpjmd"])] if t.get("tujuan_rpjmd") else None,
            ))
            pd.tujuan[t["key"]] = tujuan
            for k, ind in enumerate(t.get("indikator", []), start=1):
                self._indikator(pd, ind, k, tujuan=tujuan)
            for j, s in enumerate(t.get("sasaran", []), start=1):
                sasaran = simpan(Sasaran(
                    tujuan=tujuan, urutan=j, nama=s["nama"],
                    sasaran_rpjmd=self.sasaran_rpjmd[(pemda_id, s["sasaran_rpjmd"])] if s.get("sasaran_rpjmd") else None,
                    urusan=s.get("urusan", ""), strategi=s.get("strategi", ""), kebijakan=s.get("kebijakan", ""),
                ))
                pd.sasaran[s["key"]] = sasaran
                for k, ind in enumerate(s.get("indikator", []), start=1):
                    self._indikator(pd, ind, k, sasaran=sasaran)

    def _indikator(self, pd: _PdLookups, spec: dict[str, Any], urutan: int, **owner: Tujuan | Sasaran) -> Indikator:
        kondisi_awal, kondisi_awal_teks = None, spec.get("kondisi_awal", "")
        if kondisi_awal_teks and kondisi_awal_teks != "-":
            kondisi_awal = _written(kondisi_awal_teks)[0]
        indikator = simpan(Indikator(
            **owner, urutan=urutan, nama=spec["nama"], kinerja_utama=spec.get("kinerja_utama", ""),
            definisi=spec.get("definisi", ""), formula=spec.get("formula", ""),
            formula_pembilang=spec.get("pembilang", ""), formula_penyebut=spec.get("penyebut", ""),
            satuan=spec.get("satuan", ""), sumber_data=spec.get("sumber_data", ""), is_iku=spec.get("is_iku", False),
            kondisi_awal=kondisi_awal, kondisi_awal_teks=kondisi_awal_teks, peran=spec.get("peran", ""),
            frekuensi=spec.get("frekuensi", Frekuensi.TRIWULAN),
        ))
        if "key" in spec:
            pd.indikator[spec["key"]] = indikator
        for tahun, teks in spec.get("target", {}).items():
            parsed = parse_nilai(teks)
            self.targets.append(Target(indikator=indikator, tahun=tahun, nilai=parsed.nilai, nilai_atas=parsed.atas,
                                       teks=teks))
        for i, (kind, key) in enumerate(spec.get("pj", []), start=1):
            if kind == "jabatan":
                self.pj.append(PenanggungJawab(indikator=indikator, jabatan=pd.jabatan[key], urutan=i))
            else:
                self.pj.append(PenanggungJawab(indikator=indikator, unit=pd.units[key], urutan=i))
        return indikator

    def _program_indikator(self, pd: _PdLookups, spec: dict[str, Any], tahun: int,
                           **owner: Program | Kegiatan | SubKegiatan) -> None:
        nilai, satuan_teks = _written(spec["target"])
        indikator = simpan(Indikator(**owner, urutan=1, nama=spec["nama"], satuan=spec.get("satuan") or satuan_teks))
        self.targets.append(Target(indikator=indikator, tahun=tahun, nilai=nilai, teks=spec["target"]))

    def _program(self, pd: _PdLookups, spec: dict[str, Any], urutan: int) -> None:
        tahun = spec["tahun"]
        program = simpan(Program(pd=pd.pd, tahun=tahun, nomenklatur=self.nomenklatur[spec["kode"]], urutan=urutan))
        Program.sasaran.through.objects.bulk_create(
            [Program.sasaran.through(program=program, sasaran=pd.sasaran[key]) for key in spec.get("sasaran", [])])
        self._program_indikator(pd, spec["indikator"], tahun, program=program)
        for i, k in enumerate(spec["kegiatan"], start=1):
            kegiatan = simpan(Kegiatan(program=program, nomenklatur=self.nomenklatur[k["kode"]], urutan=i))
            self._program_indikator(pd, k["indikator"], tahun, kegiatan=kegiatan)
            for j, s in enumerate(k["sub_kegiatan"], start=1):
                sub = simpan(SubKegiatan(kegiatan=kegiatan, nomenklatur=self.nomenklatur[s["kode"]], urutan=j))
                self._program_indikator(pd, s["indikator"], tahun, sub_kegiatan=sub)
                for n, nama in enumerate(s["lokasi"], start=1):
                    self.lokasi.append(Lokasi(sub_kegiatan=sub, kelurahan=pd.kelurahan[nama] if nama else None,
                                              urutan=n))

    def _iku(self, pd: _PdLookups, spec: dict[str, Any]) -> None:
        iku = simpan(Iku(
            pd=pd.pd, renstra=pd.renstra.get(spec["renstra"]) if "renstra" in spec else None, tahun_mulai=spec["tahun_mulai"],
            tahun_selesai=spec["tahun_selesai"], tanggal=spec.get("tanggal"), tempat=spec.get("tempat", ""),
            keterangan=spec.get("keterangan", ""),
        ))
        entri = []
        for i, row in enumerate(spec["entri"], start=1):
            key, kelompok = (row, None) if isinstance(row, str) else row
            entri.append(IkuEntri(iku=iku, indikator=pd.indikator[key], urutan=i,
                                  kelompok_tujuan=pd.tujuan[kelompok] if kelompok else None))
        simpan_banyak(IkuEntri, entri)

    # Accounts

    def _akun(self) -> frozenset[str]:
        User = get_user_model()
        existing = frozenset(User.objects.filter(username__in=[a["username"] for a in data.AKUN])
                             .values_list("username", flat=True))
        password = _password_hash()
        pd = {p.slug: p for p in PerangkatDaerah.objects.filter(slug__in=[s["slug"] for s in data.PERANGKAT_DAERAH])}
        for spec in data.AKUN:
            if spec["username"] in existing:
                continue  # e.g. an "admin" made with createsuperuser: not ours to overwrite
            user = User(username=spec["username"], first_name=spec["first_name"], last_name=spec["last_name"],
                        email=f"{spec['username']}@{EMAIL_DOMAIN}",
                        is_superuser=spec.get("superuser", False), is_staff=spec.get("superuser", False),
                        password=password)
            simpan(user)
            kelurahan = pd_obj = None
            if spec.get("pd"):
                pd_obj = pd[spec["pd"]]
            if spec.get("kelurahan"):
                kelurahan = Kelurahan.objects.get(pd=pd_obj, nama=spec["kelurahan"])
            pemda = self.pemda[spec["pemda"]] if spec.get("pemda") else (pd_obj.pemda if pd_obj else None)
            simpan(Akses(user=user, peran=spec["peran"], pemda=pemda, pd=pd_obj, kelurahan=kelurahan))
        return existing


@dataclass
class _PdLookups:
    """What a perangkat daerah's structures refer to by key while it is loaded."""

    pd: PerangkatDaerah
    kelurahan: dict[str, Kelurahan]
    units: dict[str, UnitKerja]
    jabatan: dict[str, Jabatan]
    renstra: dict[int, Renstra] = field(default_factory=dict)
    tujuan: dict[str, Tujuan] = field(default_factory=dict)
    sasaran: dict[str, Sasaran] = field(default_factory=dict)
    indikator: dict[str, Indikator] = field(default_factory=dict)
