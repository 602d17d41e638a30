"""Hostile input in every text a user can type (issue 17, Tests): formula prefixes (``=``, ``+``, ``-``, ``@``, tab
and CR before ``=``), control characters, NUL, 100 KB, right-to-left and zero-width characters, Typst, HTML and
Django template syntax (``tests/jahat_data.py``).

Two worlds, each built once and rolled back (the ``dunia`` fixture):

- ``pintu`` ("the door"): the values are typed into the real forms by the roles that use them — the planning
  screens, the LKjIP analysis, the profile, the PK, the SKM follow-up, evidence, the pemda's settings, a workflow
  note, the public SKM form, the kelurahan's paper entry and a Renstra import — and must be stored as typed,
  minus the control characters;
- ``lama`` ("old data"): the values are written past the door with ``QuerySet.update`` into every free-text field
  of every sakip model, as data stored before the door existed (or restored) would be.

Then every page the demo roles reach (a crawl two clicks deep from their home pages and from the pages of the rows
changed) and every document in every format (the web downloads; the SKM report, which has none, through the
registry) is read, and: nothing answers 500; no spreadsheet cell is a formula; a few texts are shown as typed in
every format that carries them; ``#read("/etc/passwd")`` reads nothing; neither the secret key nor a raw
``<script>`` ever appears; Typst's ``#set page(width: 1cm)`` sets nothing.

The refusals are tested apart: 100 KB in a field with a maximum length, and a hostile value where a choice is
expected, answer the form again with a message on the field, not 500, and store nothing.
"""

from __future__ import annotations

import gc
import io
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field

import pytest
from django.conf import settings
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError, connection, models, transaction
from django.http import HttpResponse
from django.test import Client
from django.urls import reverse

from tests.helpers import submit
from tests.jahat_data import (
    BESAR,
    JAHAT,
    PASSWD,
    TERLARANG,
    Jawaban,
    baca,
    bersih,
    campur,
    jelajah,
    jenis_url,
    kirim,
    tampil,
    uraian_galat,
)

pytestmark = pytest.mark.django_db

PD, PEMDA, TAHUN = "wonoasih", "kota-probolinggo", 2024
UNIT = "wonoasih-sumber-taman"
PERIODE_LAMA, PERIODE_BERJALAN = "2024-S2", "2026-S2"  # the demo's survey periods of Wonoasih (the second is open)
PERAN = ["operator-wonoasih", "admin-probolinggo", "inspektorat-probolinggo", "camat-wonoasih", "kelurahan-sumbertaman"]
PUBLIK = "anonim"

# The texts whose every appearance is checked, the same in both worlds.
NAMA_INDIKATOR = campur("hyperlink")  # Wonoasih's "Persentase Kelompok dan Lembaga…" (pintu) / every indicator (lama)
PENYEBAB = campur("at")  # the LKjIP analysis of that indicator in 2024 (followed by 100 KB)
SARAN = campur("minus")  # an SKM answer's suggestion in the open period (the public form / every answer)
PERNYATAAN = campur("rumus")  # the statement of the PK 2024's latest version
PENDAHULUAN = campur("plus")  # the profile's introduction, LKjIP Bab I (followed by 100 KB)
NAMA_PD = "Kecamatan Wonoasih <script>alert(1)</script> {{ request.user }} a\x0b\x1bb \u202eabc"

# Where each must be visible as typed: patterns of the answers' keys ("role url").
LKJIP = f"/pd/{PD}/lkjip/{TAHUN}/"
TAMPIL: list[tuple[str, str, list[str]]] = [
    ("nama indikator", NAMA_INDIKATOR, [
        f"{LKJIP}$", rf"{LKJIP}unduh\.(json|docx|pdf|xlsx)$", rf"/iku/{TAHUN}/$", rf"/iku/{TAHUN}/unduh\.(json|docx|pdf)$",
        rf"/pk/{TAHUN}/unduh\.(json|docx|pdf)$", rf"/pengukuran/{TAHUN}/tw4/unduh\.(json|xlsx)$",
        rf"/dasbor/{TAHUN}/\?tw=4&format=(json|xlsx)$"]),
    ("analisis penyebab", PENYEBAB, [rf"{LKJIP}unduh\.(json|docx|pdf)$"]),
    ("saran SKM", SARAN, [rf"registry:skm/{PERIODE_BERJALAN}\.(docx|pdf)$"]),  # the SKM's JSON holds no suggestions
    ("pernyataan PK", PERNYATAAN, [rf"/pk/{TAHUN}/unduh\.(json|docx|pdf)$"]),
    ("pendahuluan profil", PENDAHULUAN, [rf"{LKJIP}unduh\.(docx|pdf)$"]),
    ("nama perangkat daerah", NAMA_PD, [rf"^operator-wonoasih /pd/{PD}/$", rf"{LKJIP}unduh\.(json|docx)$"]),
]


def _url(name: str, *args, query: str = "") -> str:
    return reverse(name, args=args) + query


def unduhan() -> list[str]:
    """Every web download of Wonoasih 2024 and of the pemda's dashboard, in every format the registry offers."""
    from sakip.documents import registry

    per_url = {
        _url("planning:iku_unduh", PD, TAHUN, "FMT"): "iku",
        _url("agreement:pk_unduh", PD, TAHUN, "FMT"): "pk",
        _url("reporting:lkjip_unduh", PD, TAHUN, "FMT"): "lkjip",
        **{_url("measurement:unduh", PD, TAHUN, tw, "FMT"): "pengukuran" for tw in (1, 2, 3, 4)},
        _url("dashboard:pd", PD, TAHUN, query="?tw=4&format=FMT"): "dasbor-pd",
        _url("dashboard:pemda", PEMDA, TAHUN, query="?tw=4&format=FMT"): "dasbor-pemda",
    }
    urls = [u.replace("FMT", f) for u, kode in per_url.items() for f in registry.jenis(kode).kode_format]
    return urls + [_url("survey:hasil", PD, p, query="?format=json") for p in (PERIODE_LAMA, PERIODE_BERJALAN)]


def _registry() -> dict[str, Jawaban]:
    """The SKM report in the formats it has no download for (the portal publishes its PDF; commands print it)."""
    from sakip.core.scoping import Scope
    from sakip.documents import registry
    from sakip.domain.survey.dokumen import build_skm

    skm = registry.jenis("skm")
    out = {}
    for periode in (PERIODE_LAMA, PERIODE_BERJALAN):
        for fmt in skm.kode_format:
            label = f"sistem registry:skm/{periode}.{fmt}"
            try:
                with transaction.atomic():
                    berkas = skm.berkas(build_skm(Scope.system(), PD, periode), fmt)
            except Exception as exc:  # recorded as the 500 a download would answer
                out[label] = Jawaban(label, 500, galat=uraian_galat(type(exc), exc, exc.__traceback__))
            else:
                out[label] = baca(label, HttpResponse(berkas.isi, content_type=berkas.content_type))
    return out


# --- the worlds -----------------------------------------------------------------------------------------------


@dataclass
class Dunia:
    nama: str
    jawaban: dict[str, Jawaban] = field(default_factory=dict)  # "role url" → what sakip answered
    masalah: list[str] = field(default_factory=list)  # values that did not reach the database as typed
    halaman: dict[str, list[str]] = field(default_factory=dict)  # role → pages to read beside the crawl


def _klien(peran: str) -> Client:
    """A test client logged in as ``peran`` (anonymous for ``PUBLIK``) that answers 500 instead of raising."""
    client = Client(raise_request_exception=False)
    if peran != PUBLIK:
        client.force_login(User.objects.get(username=peran))
    return client


@dataclass
class Pintu:
    """One form of sakip: who posts it, where, the hostile values typed, and how to read what was stored."""

    peran: str
    url: str
    ubah: dict[str, str]
    tersimpan: Callable[[], dict[str, str]]  # the stored values by form field, read after the post
    tombol: tuple[str, str] | None = None
    pilih: str | None = None
    tambah: dict = field(default_factory=dict)


def _ids() -> dict:
    from sakip.domain.organisation.models import Jabatan, UnitKerja
    from sakip.domain.planning.models import Iku, Indikator, Misi, Renstra, Rpjmd

    ind = Indikator.objects.get(pd__slug=PD, sasaran__tujuan__renstra__tahun_mulai=2019,
                                nama__startswith="Persentase Kelompok dan Lembaga")
    camat = Jabatan.objects.get(pd__slug=PD, jenis=Jabatan.Jenis.PIMPINAN_PD)
    rpjmd = Rpjmd.objects.get(pemda__slug=PEMDA, tahun_mulai=2019)
    return {
        "ind": ind, "sasaran": ind.sasaran, "tujuan": ind.sasaran.tujuan,
        "renstra": Renstra.objects.get(pd__slug=PD, tahun_mulai=2019),
        "iku": Iku.objects.filter(pd__slug=PD).order_by("pk").first(),
        "camat": camat, "pejabat": camat.masa_jabatan.order_by("-mulai").first().pejabat,
        "unit": UnitKerja.objects.filter(pd__slug=PD).order_by("pk").first(),
        "rpjmd": rpjmd, "misi": Misi.objects.filter(rpjmd=rpjmd).order_by("nomor").first(),
    }


def _segar(obj, *names: str) -> dict[str, str]:
    obj.refresh_from_db()
    return {name: getattr(obj, name) for name in names}


SKM_ISIAN = {"jenis_kelamin": "P", "usia": "30-39", "pendidikan": "slta", "pekerjaan": "wiraswasta",
             **{f"u{i}": "4" for i in range(1, 10)}}


def _pintu_pintu(ids: dict) -> list[Pintu]:
    """The forms, in the order a year's work would type them. The first (the admin pemda reopening the PK with
    a note) unlocks the PK; the approved quarters are reopened after it."""
    from sakip.domain.agreement.models import PerjanjianKinerja
    from sakip.domain.measurement.models import BuktiDukung
    from sakip.domain.organisation.models import Pemda, PerangkatDaerah
    from sakip.domain.profil.models import ProfilPd, TabelProfil, UraianProfil
    from sakip.domain.reporting.models import AnalisisCapaian
    from sakip.domain.survey.models import ForumKonsultasiPublik, RencanaTindakLanjut, Respons
    from sakip.domain.workflow.models import LangkahAlur

    ind, pd = ids["ind"], PerangkatDaerah.objects.get(slug=PD)
    profil = lambda: ProfilPd.objects.get(pd=pd, tahun=TAHUN)  # noqa: E731
    pk = lambda: PerjanjianKinerja.objects.filter(pd=pd, tahun=TAHUN).order_by("-nomor").first()  # noqa: E731
    saran = lambda kanal: {"saran": Respons.objects.filter(  # noqa: E731
        periode__pd=pd, periode__kode=PERIODE_BERJALAN, kanal=kanal).order_by("-pk").first().saran}
    return [
        Pintu("admin-probolinggo", _url("agreement:pk", PD, TAHUN), {"catatan": campur("cr")},
              lambda: {"catatan": LangkahAlur.objects.filter(pengajuan__pd=pd, aksi="buka").order_by("-pk")[0].catatan}),
        Pintu("operator-wonoasih", _url("planning:indikator_edit", ind.pk),
              {"nama": NAMA_INDIKATOR, "kinerja_utama": campur("rumus"), "definisi": f"{campur('plus')} {BESAR}",
               "formula": campur("minus"), "sumber_data": campur("at")},
              lambda: _segar(ind, "nama", "kinerja_utama", "definisi", "formula", "sumber_data")),
        Pintu("operator-wonoasih", _url("planning:sasaran_edit", ids["sasaran"].pk),
              {"nama": campur("tab"), "strategi": campur("at"), "kebijakan": campur("hyperlink")},
              lambda: _segar(ids["sasaran"], "nama", "strategi", "kebijakan")),
        Pintu("operator-wonoasih", _url("planning:tujuan_ubah", ids["tujuan"].pk), {"nama": campur("rumus")},
              lambda: _segar(ids["tujuan"], "nama")),
        Pintu("operator-wonoasih", _url("planning:renstra_ubah", ids["renstra"].pk), {"keterangan": campur("minus")},
              lambda: _segar(ids["renstra"], "keterangan")),
        Pintu("operator-wonoasih", _url("planning:iku_ubah", ids["iku"].pk),
              {"tempat": campur("plus", 80), "keterangan": campur("at")},
              lambda: _segar(ids["iku"], "tempat", "keterangan")),
        Pintu("operator-wonoasih", _url("reporting:analisis", PD, TAHUN, ind.pk),
              {"penyebab": f"{PENYEBAB} {BESAR}", "solusi": campur("hyperlink"), "langkah": campur("cr")},
              lambda: _segar(AnalisisCapaian.objects.get(indikator=ind, tahun=TAHUN), "penyebab", "solusi", "langkah")),
        Pintu("operator-wonoasih", _url("profil:profil", PD, TAHUN),
              {"tempat": campur("minus", 80), "kata_pengantar": campur("rumus"), "pendahuluan": f"{PENDAHULUAN} {BESAR}",
               "permasalahan": campur("tab")},
              lambda: _segar(profil(), "tempat", "kata_pengantar", "pendahuluan", "permasalahan"), pilih="kata_pengantar"),
        Pintu("operator-wonoasih", _url("profil:profil", PD, TAHUN),
              {"baru-judul": campur("at", 200), "baru-teks": campur("hyperlink")},
              lambda: (lambda u: {"baru-judul": u.judul, "baru-teks": u.teks})(
                  UraianProfil.objects.filter(profil__pd=pd).order_by("-pk")[0])),
        Pintu("operator-wonoasih", _url("profil:profil", PD, TAHUN),
              {"tabel-baru-judul": campur("rumus", 200), "tabel-baru-sumber": campur("plus", 200),
               "tabel-baru-kolom": "=A1 | @B1 | <b>C</b>", "tabel-baru-dijumlah": "",
               "tabel-baru-isi": '=1+1 | +1 | -1+2\n@SUM(A1) | #read("/etc/passwd") | <script>alert(1)</script>'},
              lambda: (lambda t: {"tabel-baru-judul": t.judul, "tabel-baru-sumber": t.sumber,
                                  "tabel-baru-kolom": " | ".join(t.kolom), "tabel-baru-dijumlah": "",
                                  "tabel-baru-isi": "\n".join(" | ".join(map(str, r)) for r in t.baris)})(
                  TabelProfil.objects.filter(uraian__profil__pd=pd).order_by("pk")[0]),
              pilih="tabel"),
        Pintu("operator-wonoasih", _url("survey:tindak_lanjut", PD, PERIODE_LAMA),
              {"rtl-0-kegiatan": campur("minus", 300), "rtl-0-penanggung_jawab": campur("at", 150),
               "rtl-0-unsur_label": campur("plus", 80), "fkp-tempat": campur("rumus", 150),
               "fkp-pihak_kesatu": campur("tab"), "fkp-hasil": campur("hyperlink"), "fkp-tanggal": "2024-11-20"},
              lambda: {**{f"rtl-0-{k}": v for k, v in _segar(RencanaTindakLanjut.objects.filter(
                  periode__pd=pd, periode__kode=PERIODE_LAMA).order_by("pk")[0],
                  "kegiatan", "penanggung_jawab", "unsur_label").items()},
                  **{f"fkp-{k}": str(v) for k, v in _segar(ForumKonsultasiPublik.objects.get(
                      periode__pd=pd, periode__kode=PERIODE_LAMA), "tempat", "pihak_kesatu", "hasil", "tanggal").items()}}),
        Pintu("operator-wonoasih", _url("agreement:pk_ubah", PD, TAHUN),
              {"tempat": campur("at", 80), "alasan_teks": campur("minus"), "dasar_hukum": campur("plus"),
               "pernyataan": PERNYATAAN},
              lambda: _segar(pk(), "tempat", "alasan_teks", "dasar_hukum", "pernyataan"), tombol=("simpan", "1")),
        Pintu("operator-wonoasih", _url("measurement:bukti", PD, TAHUN, 4, ind.pk), {"keterangan": campur("rumus", 255)},
              lambda: _segar(BuktiDukung.objects.filter(indikator=ind).order_by("-pk")[0], "keterangan"),
              tambah={"berkas": SimpleUploadedFile('=1+1 <b>x</b> "a\u202efdp.exe".pdf', b"%PDF-1.4\n%%EOF\n",
                                                   "application/pdf")}),
        Pintu("admin-probolinggo", _url("organisation:pd_ubah", PD),
              {"nama": NAMA_PD, "alamat": campur("plus", 255), "telepon": campur("at", 80), "tugas": campur("hyperlink"),
               "fungsi": campur("minus")},
              lambda: _segar(pd, "nama", "alamat", "telepon", "tugas", "fungsi")),
        Pintu("admin-probolinggo", _url("organisation:pejabat_ubah", ids["pejabat"].pk),
              {"nama": campur("at", 200), "pangkat": campur("plus", 80)},
              lambda: _segar(ids["pejabat"], "nama", "pangkat")),
        Pintu("admin-probolinggo", _url("organisation:jabatan_ubah", ids["camat"].pk), {"nama": campur("minus", 200)},
              lambda: _segar(ids["camat"], "nama")),
        Pintu("admin-probolinggo", _url("organisation:unit_ubah", ids["unit"].pk), {"nama": campur("rumus", 150)},
              lambda: _segar(ids["unit"], "nama")),
        Pintu("admin-probolinggo", _url("organisation:pemda_ubah", PEMDA), {"ibukota": campur("hyperlink", 80)},
              lambda: _segar(Pemda.objects.get(slug=PEMDA), "ibukota")),
        Pintu("admin-probolinggo", _url("planning:rpjmd_ubah", ids["rpjmd"].pk), {"visi": campur("tab")},
              lambda: _segar(ids["rpjmd"], "visi")),
        Pintu("admin-probolinggo", _url("planning:rpjmd_item_ubah", "misi", ids["misi"].pk),
              {"nama": campur("cr"), "uraian": campur("at")}, lambda: _segar(ids["misi"], "nama", "uraian")),
        Pintu(PUBLIK, _url("survey:isi", UNIT), {**SKM_ISIAN, "saran": SARAN}, lambda: saran("web")),
        Pintu("kelurahan-sumbertaman", _url("survey:entri", PD, PERIODE_BERJALAN), {**SKM_ISIAN, "saran": campur("at")},
              lambda: saran("kertas")),
    ]


ERROR = re.compile(r'<ul class="errorlist[^>]*>(.*?)</ul>|role="alert"[^>]*>(.*?)<', re.S)


def _pesan(html: str) -> str:
    return " | ".join(re.sub(r"<[^>]+>", " ", a or b).strip() for a, b in ERROR.findall(html))[:300]


def _gagal(url: str, response) -> str:
    """Why a post did not save: the status and the exception of a 500 or the messages on the form."""
    return f"{response.status_code} {baca(url, response).galat or _pesan(response.content.decode())}"


def _lewat(d: Dunia, p: Pintu) -> None:
    label = f"{p.peran} POST {p.url} {sorted(p.ubah)}"
    key = f"{p.peran} POST#{len(d.jawaban)} {p.url}"
    try:
        response = kirim(_klien(p.peran), p.url, p.ubah, tombol=p.tombol, pilih=p.pilih, tambah=p.tambah)
    except AssertionError as exc:
        d.masalah.append(f"{label}: {exc}")
        return
    d.jawaban[key] = baca(p.url, response)
    if response.status_code != 302:
        d.masalah.append(f"{label}: {_gagal(p.url, response)}")
        return
    stored = p.tersimpan()
    for name, typed in p.ubah.items():
        if name in stored and stored[name] != bersih(typed):
            d.masalah.append(f"{label}: {name} tersimpan {stored[name][:80]!r}, diketik {bersih(typed)[:80]!r}")
    d.halaman.setdefault(p.peran, []).append(p.url)


def _impor_renstra(d: Dunia) -> None:
    """The operator brings a Renstra 2030–2031 from Excel with hostile names (typed as text: a cell that starts
    with ``=`` is text when typed after an apostrophe)."""
    from openpyxl import load_workbook

    from sakip.domain.planning import impor
    from sakip.domain.planning.models import Indikator, Renstra

    client = _klien("operator-wonoasih")
    tahun = "?tahun_mulai=2030&tahun_selesai=2031"
    templat = client.get(_url("beranda:impor_templat", PD, "renstra", query=tahun))
    d.jawaban[f"operator-wonoasih {_url('beranda:impor_templat', PD, 'renstra', query=tahun)}"] = baca("templat", templat)
    if templat.status_code != 200:
        d.masalah.append(f"templat Renstra: {templat.status_code}")
        return
    wb = load_workbook(io.BytesIO(templat.content))
    ws = wb[impor.SHEET]
    # An .xlsx (XML) cannot carry control characters: the workbook holds the rest of each hostile text.
    names = [TERLARANG.sub("", t) for t in (campur("rumus"), campur("at"), campur("tab"), campur("plus", 50))]
    row = [*names, "positif", "terakhir", "kumulatif", "triwulan", "", "", "80", "90"]
    for c, value in enumerate(row, start=1):
        cell = ws.cell(impor.HEADER_ROW + 1, c)
        cell.value = value
        cell.data_type = "s"
    buf = io.BytesIO()
    wb.save(buf)
    url = _url("beranda:impor", PD, "renstra")
    for simpan in ("0", "1"):
        response = client.post(url, {"tahun_mulai": "2030", "tahun_selesai": "2031", "simpan": simpan,
                                      "berkas": SimpleUploadedFile("renstra.xlsx", buf.getvalue())})
        d.jawaban[f"operator-wonoasih POST {url} simpan={simpan}"] = baca(url, response)
    if response.status_code != 302:
        d.masalah.append(f"impor Renstra: {_gagal(url, response)}")
        return
    renstra = Renstra.objects.get(pd__slug=PD, tahun_mulai=2030)
    ind = Indikator.objects.filter(pd__slug=PD, sasaran__tujuan__renstra=renstra).first()
    stored = [ind.sasaran.tujuan.nama, ind.sasaran.nama, ind.nama, ind.satuan] if ind else []
    if stored != [bersih(n) for n in names]:
        d.masalah.append(f"impor Renstra: tersimpan {stored!r}, diketik {[bersih(n) for n in names]!r}")
    d.halaman.setdefault("operator-wonoasih", []).append(_url("planning:renstra", renstra.pk))


def _lewat_pintu(d: Dunia) -> None:
    from sakip.domain.measurement.models import BuktiDukung
    from sakip.domain.workflow.models import Pengajuan

    ids = _ids()
    for i, p in enumerate(_pintu_pintu(ids)):
        _lewat(d, p)
        if i == 0:  # the PK is open again; so are the quarters it rests on (as ``alur_terbuka`` does)
            Pengajuan.objects.filter(pd__slug=PD).update(status="draft")
    _impor_renstra(d)
    bukti = BuktiDukung.objects.filter(indikator=ids["ind"]).order_by("-pk").first()
    d.halaman.setdefault("operator-wonoasih", []).extend([
        *([_url("measurement:bukti_unduh", bukti.pk)] if bukti else []),
        _url("audit:riwayat_indikator", ids["ind"].pk), _url("dashboard:indikator", PD, TAHUN, ids["ind"].pk),
        _url("planning:renstra", ids["renstra"].pk), _url("measurement:grid", PD, TAHUN, 4)])


# Fields that are codes or machinery, not text a user types (a slug, a MIME type, an action name, a hash).
TEKNIS = {"token", "alamat_hash", "history_change_reason", "history_type"}
TEKNIS_MODEL = {("planning.Nomenklatur", "kode"), ("measurement.BuktiDukung", "jenis"),
                ("measurement.HistoricalBuktiDukung", "jenis"), ("measurement.HistoricalBuktiDukung", "berkas"),
                ("workflow.LangkahAlur", "aksi"), ("portal.Publikasi", "periode"), ("core.Penolakan", "metode")}
KHUSUS = {("planning.Indikator", "nama"): NAMA_INDIKATOR, ("reporting.AnalisisCapaian", "penyebab"): PENYEBAB,
          ("survey.Respons", "saran"): SARAN, ("survey.HistoricalRespons", "saran"): SARAN,
          ("agreement.PerjanjianKinerja", "pernyataan"): PERNYATAAN, ("profil.ProfilPd", "pendahuluan"): PENDAHULUAN,
          ("organisation.PerangkatDaerah", "nama"): NAMA_PD}


def medan_teks() -> dict[type[models.Model], list[models.Field]]:
    """Every free-text field of every sakip model: char and text fields that are not a choice, a slug or a code."""
    from django.apps import apps

    out = {}
    for model in apps.get_models():
        if not model.__module__.startswith("sakip."):
            continue
        fields = [f for f in model._meta.concrete_fields
                  if isinstance(f, models.CharField | models.TextField) and not isinstance(f, models.SlugField)
                  and not f.choices and f.name not in TEKNIS and (model._meta.label, f.name) not in TEKNIS_MODEL]
        if fields:
            out[model] = fields
    return out


def _per_baris(d: Dunia, model, qs, values: dict[str, str], batas: dict[str, int | None]) -> None:
    """Write ``values`` row by row; a row that would repeat another row's unique value gets its id appended."""
    names = {f.name for f in model._meta.fields}
    ours = set((qs.filter(slug=PD) if "slug" in names and "pd" not in names else
                qs.filter(pd__slug=PD) if "pd" in names else qs.none()).values_list("pk", flat=True))
    for pk in sorted(qs.values_list("pk", flat=True), key=lambda pk: (pk not in ours, pk)):
        rows = model._base_manager.filter(pk=pk)
        try:
            with transaction.atomic():
                rows.update(**values)
        except IntegrityError:
            suffix = f" #{pk}"
            try:
                with transaction.atomic():
                    rows.update(**{k: (v[:batas[k] - len(suffix)] if batas[k] else v) + suffix for k, v in values.items()})
            except Exception as exc:
                d.masalah.append(f"{model._meta.label} #{pk}: {type(exc).__name__}: {str(exc)[:200]}")


def _data_lama(d: Dunia) -> None:
    """Every free-text field of Kota Probolinggo's rows written past the door; a few rows get 100 KB."""
    from sakip.core.models import Penolakan
    from sakip.domain.organisation.models import Pemda, PerangkatDaerah
    from sakip.domain.planning.models import Indikator
    from sakip.domain.profil.models import ProfilPd
    from sakip.domain.reporting.models import AnalisisCapaian

    ids = _ids()
    pemda = Pemda.objects.get(slug=PEMDA)
    # Rows the demo may have none of: an analysis and a refusal (created clean, then overwritten below).
    AnalisisCapaian.objects.get_or_create(indikator=ids["ind"], tahun=TAHUN, defaults={"penyebab": "x"})
    assert submit(SKM_ISIAN).diterima  # the open period has no answer in the demo
    Penolakan.objects.create(pemda=pemda, metode="POST", alamat="/", alasan="x", status=403)
    pg = connection.vendor == "postgresql"  # PostgreSQL cannot store NUL at all: no old row can hold one

    def simpan(teks: str) -> str:
        return teks.replace("\x00", "") if pg else teks

    i = 0
    for model, fields in sorted(medan_teks().items(), key=lambda kv: kv[0]._meta.label):
        values = {}
        for f in fields:
            value = KHUSUS.get((model._meta.label, f.name))
            if value is None:
                value = campur(list(JAHAT)[i % 7], f.max_length)
                i += 1
            values[f.name] = simpan(value)
        qs = model._base_manager.all()
        names = {f.name for f in model._meta.fields}
        if model is Pemda:
            qs = qs.filter(slug=PEMDA)
        elif "pemda" in names:
            qs = qs.filter(pemda=pemda)
        try:
            with transaction.atomic():
                qs.update(**values)
        except IntegrityError:  # a name unique per PD or pemda, a NIP: row by row, Wonoasih's rows first
            _per_baris(d, model, qs, values, {f.name: f.max_length for f in fields})
        except Exception as exc:
            d.masalah.append(f"{model._meta.label}: {type(exc).__name__}: {str(exc)[:200]}")
    AnalisisCapaian.objects.filter(indikator=ids["ind"], tahun=TAHUN).update(penyebab=simpan(f"{PENYEBAB} {BESAR}"))
    ProfilPd.objects.filter(pd__slug=PD, tahun=TAHUN).update(pendahuluan=simpan(f"{PENDAHULUAN} {BESAR}"))
    PerangkatDaerah.objects.filter(slug=PD).update(tugas=simpan(f"{campur('at')} {BESAR}"))
    Indikator.objects.filter(pk=ids["ind"].pk).update(definisi=simpan(f"{campur('minus')} {BESAR}"))
    d.halaman.setdefault("operator-wonoasih", []).extend([
        _url("audit:riwayat_indikator", ids["ind"].pk), _url("dashboard:indikator", PD, TAHUN, ids["ind"].pk),
        _url("planning:renstra", ids["renstra"].pk), _url("measurement:grid", PD, TAHUN, 4),
        _url("planning:indikator_edit", ids["ind"].pk), _url("reporting:analisis", PD, TAHUN, ids["ind"].pk),
        _url("profil:profil", PD, TAHUN), _url("survey:tindak_lanjut", PD, PERIODE_LAMA),
        _url("measurement:bukti", PD, TAHUN, 4, ids["ind"].pk)])
    d.halaman.setdefault("admin-probolinggo", []).extend([
        _url("audit:aktivitas"), _url("organisation:pd", PD), _url("organisation:pejabat_daftar", PEMDA),
        _url("organisation:jabatan_daftar", PEMDA), _url("organisation:kelurahan", PD),
        _url("planning:rpjmd", ids["rpjmd"].pk)])


def _baca_semua(d: Dunia) -> None:
    """Publish the SKM of 2024 (the portal renders its PDF), then read every page of every role and every
    document in every format."""
    from sakip.composite.portal.models import Publikasi

    url = _url("portal:terbitkan_skm", PD, PERIODE_LAMA)
    d.jawaban[f"camat-wonoasih POST {url}"] = baca(url, _klien("camat-wonoasih").post(url, follow=True))
    if not Publikasi.objects.filter(pd__slug=PD, jenis=Publikasi.Jenis.SKM).exists():
        d.masalah.append(f"{url}: laporan SKM tidak terbit")
    sudah: dict[str, Jawaban] = {}
    mulai = {
        PUBLIK: [_url("portal:beranda"), _url("portal:pemda", PEMDA), _url("portal:pd_tahun", PEMDA, PD, TAHUN),
                 _url("survey:isi", UNIT), _url("survey:hasil_publik", UNIT), _url("survey:poster", UNIT)],
        "admin-probolinggo": ["/", _url("organisation:mulai"), *unduhan(),
                              _url("dashboard:pemda", PEMDA, TAHUN, query="?tw=4")],
        # the import templates carry what sakip holds (a spreadsheet written from user text)
        "operator-wonoasih": ["/", _url("beranda:impor_templat", PD, "program", query=f"?tahun={TAHUN}"),
                              _url("beranda:impor_templat", PD, "renstra", query="?tahun_mulai=2019&tahun_selesai=2024"),
                              _url("beranda:impor_templat", PD, "renstra", query="?tahun_mulai=2030&tahun_selesai=2031")],
    }
    for peran in [*PERAN, PUBLIK]:
        starts = [*mulai.get(peran, ["/"]), *d.halaman.get(peran, [])]
        for url, j in jelajah(_klien(peran), starts, sudah).items():
            d.jawaban[f"{peran} {url}"] = j
    d.jawaban.update(_registry())


@pytest.fixture(scope="module", params=["pintu", "lama"])
def dunia(request, django_db_setup, django_db_blocker, tmp_path_factory) -> Dunia:
    from django.core.cache import cache
    from django.test.utils import override_settings

    d = Dunia(request.param)
    # Every 500 is recorded in the answers with its exception. Django's log record of it would keep the traceback
    # alive into later tests, and with it the open zip writer of a renderer that failed halfway; collected while
    # pytest parses a source file to report a failure, that stops the session (CPython 3.11.7: "AST constructor
    # recursion depth mismatch"). So the log is off while the world is read, and the garbage collected here.
    log = logging.getLogger("django.request")
    was_disabled, log.disabled = log.disabled, True
    try:
        with (django_db_blocker.unblock(), override_settings(MEDIA_ROOT=tmp_path_factory.mktemp("media")),
              transaction.atomic()):
            cache.clear()
            (_lewat_pintu if d.nama == "pintu" else _data_lama)(d)
            cache.clear()
            _baca_semua(d)
            transaction.set_rollback(True)
    finally:
        log.disabled = was_disabled
        cache.clear()
        gc.collect()
    return d


# --- what must hold in both worlds ------------------------------------------------------------------------------
# Each test reduces the answers to a short list first: pytest would otherwise print every page it holds.


def _daftar(items, n: int = 40) -> str:
    """A failure's list, one item a line (pytest would cut a long list to its first item)."""
    items = list(items)
    return "\n".join([f"{len(items)}:", *items[:n], *([f"… {len(items) - n} lagi"] if len(items) > n else [])])


def test_every_typed_value_is_stored_as_typed_minus_control_characters(dunia):
    problems = [m[:300] for m in dunia.masalah]
    assert not problems, _daftar(problems)


def test_no_page_and_no_document_answers_500(dunia):
    errors = [j.ringkas() for j in dunia.jawaban.values() if j.status >= 500]
    assert not errors, _daftar(errors)


def _registry_labels() -> list[str]:
    from sakip.documents import registry

    return [f"registry:skm/{p}.{f}" for p in (PERIODE_LAMA, PERIODE_BERJALAN) for f in registry.jenis("skm").kode_format]


def test_every_document_is_rendered_in_every_format(dunia):
    status = {key.split(" ", 1)[1]: j.status for key, j in dunia.jawaban.items()}
    missing = [f"{u}: {status.get(u, 'tidak dibaca')}" for u in [*unduhan(), *_registry_labels()] if status.get(u) != 200]
    assert not missing, _daftar(missing)


def test_no_spreadsheet_cell_is_a_formula(dunia):
    sheets = [k for k, j in dunia.jawaban.items() if "xlsx" in k]  # read, or answered an error (another test's)
    formulas = [f"{k}: {j.rumus[:5]}" for k, j in dunia.jawaban.items() if j.rumus]
    assert not formulas, _daftar(formulas)
    assert len(sheets) >= 10, _daftar(sheets)  # LKjIP, four quarters, two dashboards, three import templates


@pytest.mark.parametrize("label, teks, where", TAMPIL, ids=[t[0] for t in TAMPIL])
def test_text_is_shown_as_typed_in_every_format(dunia, label, teks, where):
    found, hidden = set(), []
    for pattern in where:
        for k, j in dunia.jawaban.items():
            if re.search(pattern, k) and j.status == 200 and j.jenis:
                found.add(pattern)
                if not tampil(j, teks):
                    hidden.append(f"{k} ({j.jenis})")
    not_read = sorted(set(where) - found)
    assert not hidden, _daftar(hidden)
    assert not not_read, _daftar(not_read)


def test_no_control_character_reaches_a_page_or_a_document(dunia):
    """Old data keeps its control characters in the database; every renderer drops them (JSON, data, may carry
    them escaped). A PDF whose extracted text holds them lost its text layer to them."""
    shown = sorted({f"{j.jenis} {jenis_url(k.split(' ', 1)[1])}" for k, j in dunia.jawaban.items()
                    if j.jenis not in ("json", "") and TERLARANG.search(j.teks)},  # one line per kind of page
                   key=lambda line: (line.startswith("html"), line))  # documents first
    assert not shown, _daftar(shown, 60)


def test_typst_reads_no_file_and_sets_nothing(dunia):
    with open("/etc/passwd") as f:
        assert f.read().startswith(PASSWD)  # what a read would bring in
    read = [k for k, j in dunia.jawaban.items() if PASSWD in j.teks or PASSWD in j.mentah]
    pdfs = [k for k, j in dunia.jawaban.items() if j.jenis == "pdf"]
    narrow = {k: j.halaman_sempit[:3] for k, j in dunia.jawaban.items() if j.halaman_sempit}  # "#set page(width: 1cm)"
    assert not read, _daftar(read)
    assert len(pdfs) >= 5  # IKU, PK, LKjIP, the SKM reports
    assert not narrow, _daftar(f"{k}: {w}" for k, w in narrow.items())


def test_markup_stays_text(dunia):
    raw_script = [k for k, j in dunia.jawaban.items() if j.skrip_mentah]  # "<script>" always escaped
    secret = [k for k, j in dunia.jawaban.items() if settings.SECRET_KEY in j.mentah]  # "{{ settings.SECRET_KEY }}"
    assert not raw_script, _daftar(raw_script)
    assert not secret, _daftar(secret)


# --- refusals ------------------------------------------------------------------------------------------------------

PANJANG = "paling banyak"  # Django's "Pastikan nilai ini mengandung paling banyak 400 karakter (sekarang 100000 …)"
TOLAK = [  # case, role, fields typed, what the message on the form must say
    ("indikator_nama", "operator-wonoasih", {"nama": BESAR}, PANJANG),
    ("pd_nama", "admin-probolinggo", {"nama": BESAR}, PANJANG),
    ("profil_tempat", "operator-wonoasih", {"tempat": BESAR}, PANJANG),
    ("skm_saran", PUBLIK, {**SKM_ISIAN, "saran": BESAR}, PANJANG),  # a suggestion holds 2.000 characters
    ("skm_kertas_saran", "kelurahan-sumbertaman", {**SKM_ISIAN, "saran": BESAR}, PANJANG),
    ("skm_pilihan", PUBLIK, {**SKM_ISIAN, "jenis_kelamin": JAHAT["hyperlink"], "usia": "\x00",
                             "u1": "<script>alert(1)</script>"}, "Jenis kelamin"),
]


def _tolak_tempat(kasus: str):
    """The page of a refusal case and a reader of what it must leave alone."""
    from sakip.domain.organisation.models import PerangkatDaerah
    from sakip.domain.planning.models import Indikator
    from sakip.domain.profil.models import ProfilPd
    from sakip.domain.survey.models import Respons

    ind = _ids()["ind"]
    answers = lambda: Respons.objects.count()  # noqa: E731
    return {
        "indikator_nama": (_url("planning:indikator_edit", ind.pk), lambda: Indikator.objects.get(pk=ind.pk).nama),
        "pd_nama": (_url("organisation:pd_ubah", PD), lambda: PerangkatDaerah.objects.get(slug=PD).nama),
        "profil_tempat": (_url("profil:profil", PD, TAHUN), lambda: ProfilPd.objects.get(pd__slug=PD, tahun=TAHUN).tempat),
        "skm_saran": (_url("survey:isi", UNIT), answers),
        "skm_kertas_saran": (_url("survey:entri", PD, PERIODE_BERJALAN), answers),
        "skm_pilihan": (_url("survey:isi", UNIT), answers),
    }[kasus]


@pytest.mark.parametrize("kasus, peran, ubah, pesan", TOLAK, ids=[t[0] for t in TOLAK])
def test_too_long_or_not_a_choice_is_refused_on_the_field(alur_terbuka, kasus, peran, ubah, pesan):
    """100 KB where the field holds less, or a hostile value where a choice is expected: the form comes back with
    a message on the field (200 or 400), never 500, and nothing is stored."""
    url, stored = _tolak_tempat(kasus)
    before = stored()
    response = kirim(_klien(peran), url, ubah, pilih="kata_pengantar" if kasus == "profil_tempat" else None)
    answer = (response.status_code, baca(url, response).galat, response.get("Location", ""))
    message = _pesan(response.content.decode()) if response.status_code in (200, 400) else ""
    unchanged = stored() == before
    assert answer[0] in (200, 400), answer
    assert pesan in message, message
    assert unchanged
