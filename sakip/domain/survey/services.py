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
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import signals
from django.utils import timezone
from simple_history.signals import pre_create_historical_record

from sakip.core.batas import bergiliran
from sakip.core.scoping import Scope
from sakip.core.teks import bersihkan
from sakip.domain.measurement.models import Realisasi
from sakip.domain.survey import selectors
from sakip.domain.survey.dokumen import build_skm
from sakip.domain.survey.forms import PROFIL, baca_jawaban, baca_profil, baca_token
from sakip.domain.survey.models import PeriodeSurvei, Respons, UnitLayanan
from sakip.domain.workflow.services import pastikan_terbuka
from sakip.rumus.angka import format_angka
from sakip.rumus.ikm import KODE_UNSUR

# Answers per address per ten minutes: a busy counter's shared phone stays well below. A setting so a
# load test from one address can lift it (bench/skm.py).
BATAS_PER_ALAMAT = getattr(settings, "SAKIP_SKM_BATAS_PER_ALAMAT", 30)
JENDELA = datetime.timedelta(minutes=10)
JAWABAN = [kode.lower() for kode in KODE_UNSUR]  # u1..u9, read by baca_jawaban
TERLALU_BANYAK = "Terlalu banyak jawaban dari perangkat ini; silakan coba lagi beberapa menit lagi."
# The public submission is one statement, written once from the model (issue 17, bench/skm.py): the row is
# inserted only while the address has fewer than the limit's answers since a time, so counting and writing
# are one step (:func:`sakip.core.batas.bergiliran`). The ORM took ~1 ms to build the statements of a save on
# every answer; a count and an insert in a transaction of their own cost a BEGIN/COMMIT round more than the
# insert alone. The count runs on the index (alamat_hash, dibuat): at most the limit's keys, as no more get
# stored.
KOLOM_RESPONS = [f for f in Respons._meta.concrete_fields if not f.primary_key and not f.generated]
# The columns whose stored value is the attribute as the checks left it (text, whole numbers, ids): the rest
# (``dibuat``: now, adapted to the database) go through the field's own preparation.
KOLOM_POLOS = [(f, isinstance(f, (models.CharField, models.TextField, models.IntegerField, models.ForeignKey)))
               for f in KOLOM_RESPONS]
KOLOM_ID = Respons._meta.pk.attname
# PostgreSQL: the same statement as a function of the database, its plans prepared once per connection
# (survey.migrations.0006_fungsi_sisip_respons), called with its parameters named: the lock's key, the columns,
# the count's three.
FUNGSI_PG = "survey_respons_sisip"
PARAMETER_PG = ["p_kunci", *[f"p_{f.column}" for f in KOLOM_RESPONS], "p_alamat", "p_sejak", "p_batas"]
PANGGIL_PG = f"SELECT {FUNGSI_PG}({', '.join(f'{p} => %s' for p in PARAMETER_PG)})"
SISIP_DI_BAWAH_BATAS = (
    'INSERT INTO "{tabel}" ({kolom}) SELECT {nilai} WHERE (SELECT COUNT(*) FROM "{tabel}" WHERE "alamat_hash" = %s '
    'AND "dibuat" >= %s) < %s').format(tabel=Respons._meta.db_table, kolom=", ".join(f'"{f.column}"' for f in KOLOM_RESPONS),
                                      nilai=", ".join(["%s"] * len(KOLOM_RESPONS)))


@dataclass(frozen=True)
class HasilKirim:
    diterima: bool
    pesan: str
    respons: Respons | None = None


def hash_alamat(alamat: str) -> str:
    return hashlib.sha256(f"{settings.SECRET_KEY}:{alamat}".encode()).hexdigest()


def kirim(*, unit: UnitLayanan, data, alamat: str, kanal: str = Respons.Kanal.WEB,
          sekarang: datetime.datetime | None = None) -> HasilKirim:
    """Store one questionnaire from the public page, or say why not. Raises ValidationError for bad answers.

    The address's answers of the last ten minutes are counted by the INSERT itself, in the address's turn
    (:func:`sakip.core.batas.bergiliran`): answers arriving together from one address are counted one after the
    other, so a limit of 30 stores 30, never more. Everything else (reading, checking, the row's values) is
    done before; the database's write lock is held for that one statement only.
    """
    if data.get("situs_web"):  # honeypot: invisible to people
        return HasilKirim(True, "Terima kasih.")
    token = baca_token(data.get("token", ""), unit)
    sekarang = sekarang or timezone.now()
    periode = selectors.periode_berjalan(unit, timezone.localdate(sekarang))
    if periode is None:
        return HasilKirim(False, "Survei untuk unit ini sedang tidak dibuka.")
    alamat_hash = hash_alamat(alamat)
    respons = Respons(periode=periode, unit=unit, kanal=kanal, token=token, alamat_hash=alamat_hash,
                      **baca_profil(data, unit), **baca_jawaban(data))
    # The foreign keys were just read (the tenant is the unit's, below) and the profile and answers checked
    # against the same choices (the database also enforces the unique token and the 1–4 checks): the fields'
    # own checks run on the rest. A foreign key's check is a query: ``pemda`` alone cost 0,2 ms per answer.
    respons.clean_fields(exclude=["pemda", "periode", "unit", "layanan", "pd", "token", *PROFIL, *JAWABAN])
    respons.clean()
    # What Model.save does, with the INSERT written once (SISIP_DI_BAWAH_BATAS): the tenant copied from the unit,
    # the pre_save receivers (the text cleaning), each field's value as it prepares it (``dibuat``: now),
    # post_save. An anonymous answer's creation is its own record (time, channel, hashed address, token); the
    # audit trail keeps what staff later change or delete, so the history receivers skip this save.
    conn = transaction.get_connection()
    respons.inherit_tenant()
    respons.skip_history_when_saving = True
    try:
        signals.pre_save.send(sender=Respons, instance=respons, raw=False, using=conn.alias, update_fields=None)
        nilai = [getattr(respons, f.attname) if polos else f.get_db_prep_save(f.pre_save(respons, True), conn)
                 for f, polos in KOLOM_POLOS]
        batas = [alamat_hash, conn.ops.adapt_datetimefield_value(sekarang - JENDELA), BATAS_PER_ALAMAT]
        # No row inserted: the address had reached the limit.
        pk = bergiliran(f"skm-alamat:{alamat_hash}", SISIP_DI_BAWAH_BATAS, nilai + batas, KOLOM_ID, PANGGIL_PG)
        if pk is None:
            return HasilKirim(False, TERLALU_BANYAK)
        respons.pk = pk
        respons._state.adding, respons._state.db = False, conn.alias
        signals.post_save.send(sender=Respons, instance=respons, created=True, update_fields=None, raw=False,
                               using=conn.alias)
    except IntegrityError:  # the token's unique constraint: this form was stored before
        return HasilKirim(True, "Jawaban Anda sudah kami terima sebelumnya. Terima kasih.")
    finally:
        del respons.skip_history_when_saving  # later changes of this answer are audited
    return HasilKirim(True, "Terima kasih, jawaban Anda sudah kami terima.", respons)


# --- staff: paper questionnaires and imports -------------------------------------------------------------


MAX_UPLOAD = 5 * 1024 * 1024


def periode_staf(scope: Scope, unit: UnitLayanan, kode_periode: str) -> PeriodeSurvei:
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
    periode = periode_staf(scope, unit, kode_periode)
    respons = Respons(periode=periode, unit=unit, kanal=Respons.Kanal.KERTAS, **baca_profil(data, unit),
                      **baca_jawaban(data))
    respons.full_clean(exclude=["token"])
    respons.save()
    return respons


def simpan_respons_impor(scope: Scope, *, unit: UnitLayanan, periode: PeriodeSurvei, baris: list[dict]) -> int:
    """Store the checked rows of an imported sheet (plain field values, the same fields in every row) with
    their history rows: all or nothing, in one short transaction.

    On SQLite a transaction holds the database's one write lock from its start (``BEGIN IMMEDIATE``): every
    login and public answer waits for it. So all the work done row by row happens before it: the model's
    whole check (``full_clean``) runs on one row (unit, period and tenant are the same for all), every
    *distinct* value of each field is checked by the field (a sheet's values come from a few choices), and
    the parameters of the INSERT are built. The transaction then only checks the period again (it may have
    been closed while the file was read), inserts the rows with one ``executemany`` and copies them into the
    history table with one ``INSERT … SELECT``, with the creator as ``history_user`` (the request's user; none
    for a command) and the fields the ``pre_create_historical_record`` receivers set (the address), as a
    save would. No ``pre_save``/``post_save`` signal is sent: the values are choices and numbers, and the one
    text (``saran``) is cleaned as ``pre_save`` cleans it (``core.teks.bersihkan``: a kiosk's JSON is not a
    form). ``bench/impor_skm.py`` measures it (before: 10.000 rows held the lock for 89 s).
    """
    periode = periode_staf(scope, unit, periode.kode)
    if not baris:
        return 0
    conn = transaction.get_connection()
    meta = Respons._meta
    fields = list(baris[0])
    if any(row.keys() != baris[0].keys() for row in baris):
        raise ValueError("Every imported row must carry the same fields.")
    contoh = Respons(periode=periode, unit=unit, kanal=Respons.Kanal.IMPOR, **baris[0])
    contoh.full_clean(exclude=["token"])
    concrete = {f.name: f for f in meta.concrete_fields}
    per_baris = [concrete[name] for name in fields]
    siap: dict[str, dict] = {}  # field → {value: its database value}, each distinct value checked once
    for f in per_baris:
        siap[f.name] = {}
        teks = isinstance(f, models.CharField | models.TextField)
        for value in {row[f.name] for row in baris}:
            try:  # a text is cleaned here as ``pre_save`` cleans a saved one (core/teks): ``saran`` from an API
                siap[f.name][value] = f.get_db_prep_save(f.clean(bersihkan(value) if teks and isinstance(value, str)
                                                                 else value, contoh), conn)
            except ValidationError as exc:
                raise ValidationError({f.name: exc.messages}) from exc
    tetap = [f for f in meta.concrete_fields if not f.primary_key and f.name not in siap]
    nilai_tetap = tuple(f.get_db_prep_save(f.pre_save(contoh, True), conn) for f in tetap)  # ``dibuat``: now
    params = [nilai_tetap + tuple(siap[f.name][row[f.name]] for f in per_baris) for row in baris]
    qn = conn.ops.quote_name
    kolom = [f.column for f in tetap + per_baris]
    sql = (f"INSERT INTO {qn(meta.db_table)} ({', '.join(map(qn, kolom))}) "
           f"VALUES ({', '.join(['%s'] * len(kolom))})")
    kunci = {f.column: nilai_tetap[tetap.index(f)] for f in tetap if f.name in ("unit", "periode", "kanal", "dibuat")}

    sejarah = Respons.history.model
    tanggal = timezone.now()
    catatan = sejarah(history_date=tanggal, history_user=sejarah.get_default_history_user(contoh), history_type="+",
                      history_change_reason=None, **{f.attname: getattr(contoh, f.attname) for f in sejarah.tracked_fields})
    pre_create_historical_record.send(sender=sejarah, instance=contoh, history_date=tanggal,
                                      history_user=catatan.history_user, history_change_reason=None,
                                      history_instance=catatan, using=conn.alias)
    salin = [f.column for f in sejarah.tracked_fields]
    tambahan = [f for f in sejarah._meta.concrete_fields if not f.primary_key and f.column not in salin]
    sql_riwayat = (
        f"INSERT INTO {qn(sejarah._meta.db_table)} ({', '.join(map(qn, salin + [f.column for f in tambahan]))}) "
        f"SELECT {', '.join(map(qn, salin))}, {', '.join(['%s'] * len(tambahan))} FROM {qn(meta.db_table)} "
        f"WHERE {qn(meta.pk.column)} > %s AND " + " AND ".join(f"{qn(c)} = %s" for c in kunci))
    params_riwayat = [f.get_db_prep_save(getattr(catatan, f.attname), conn) for f in tambahan]

    with transaction.atomic():
        periode_staf(scope, unit, periode.kode)
        sebelum = Respons.objects.order_by("-pk").values_list("pk", flat=True).first() or 0
        with conn.cursor() as cursor:
            cursor.executemany(sql, params)
            if getattr(settings, "SIMPLE_HISTORY_ENABLED", True):
                # The rows just inserted: after every id there was, with this import's unit, period and timestamp.
                cursor.execute(sql_riwayat, [*params_riwayat, sebelum, *kunci.values()])
                if cursor.rowcount != len(params):
                    raise RuntimeError(f"{cursor.rowcount} history rows for {len(params)} imported answers")
    return len(params)


# --- the IKM as the realisation of the IKU "Indeks Kepuasan Masyarakat" ------------------------------------


@transaction.atomic
def jadikan_realisasi_iku(scope: Scope, *, periode: PeriodeSurvei) -> Realisasi:
    """Write the period's IKM as the IKM indicator's realisation for the quarter the period ends in.

    The source is kept in ``keterangan``. A value entered by hand stays: an explicit annual
    realisation (e.g. from the city's application) is not touched, and the results show the difference.
    """
    scope.require_change(periode, "Anda tidak berwenang mengubah realisasi perangkat daerah ini.")
    indikator = selectors.indikator_ikm(scope, periode)
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


# --- a new PD: its SKM works at once ---------------------------------------------------------------------


def tahun_berjalan(tanggal: datetime.date) -> dict:
    """The fields of the yearly period containing ``tanggal`` (open)."""
    return {"kode": str(tanggal.year), "jenis": PeriodeSurvei.Jenis.TAHUN, "nama": f"Tahun {tanggal.year}",
            "mulai": datetime.date(tanggal.year, 1, 1), "selesai": datetime.date(tanggal.year, 12, 31), "ditutup": False}


def semester_berjalan(tanggal: datetime.date) -> dict:
    """The fields of the semester period containing ``tanggal`` (open)."""
    first = tanggal.month <= 6
    return {"kode": f"{tanggal.year}-S{1 if first else 2}", "jenis": PeriodeSurvei.Jenis.SEMESTER,
            "nama": f"Semester {'I' if first else 'II'} {tanggal.year}",
            "mulai": datetime.date(tanggal.year, 1 if first else 7, 1),
            "selesai": datetime.date(tanggal.year, 6 if first else 12, 30 if first else 31), "ditutup": False}


def _unit_kelurahan(kelurahan) -> UnitLayanan:
    from django.utils.text import slugify

    unit = UnitLayanan.objects.filter(pd_id=kelurahan.pd_id, kelurahan=kelurahan).first()
    if unit is None:
        urutan = UnitLayanan.objects.filter(pd_id=kelurahan.pd_id).count()
        unit = UnitLayanan(pd_id=kelurahan.pd_id, kelurahan=kelurahan, urutan=urutan,
                           nama=f"{kelurahan.get_jenis_display()} {kelurahan.nama}",
                           slug=_slug_bebas(f"{kelurahan.pd.slug}-{slugify(kelurahan.nama)}"))
        unit.full_clean()
        unit.save()
    return unit


def _slug_bebas(slug: str) -> str:
    """``slug``, or ``slug-2``, ``slug-3`` … when a unit of another PD already has it (addresses are global)."""
    candidate, n = slug[:80], 1
    while UnitLayanan.objects.filter(slug=candidate).exists():
        n += 1
        candidate = f"{slug[:76]}-{n}"
    return candidate


@transaction.atomic
def siapkan_skm(pd, tanggal: datetime.date | None = None) -> None:
    """Everything a PD needs for its SKM, created with the PD (or its kelurahan) and never by a page view:
    the default questionnaire, a service unit for the PD itself and one per kelurahan/desa, and an open period
    (the current semester or year, as the pemda's SKM defaults say, with their population). Idempotent: what
    exists is kept."""
    from sakip.domain.survey.kuesioner import pastikan_kuesioner

    pastikan_kuesioner(pd)
    if not UnitLayanan.objects.filter(pd=pd, kelurahan__isnull=True).exists():
        unit = UnitLayanan(pd=pd, nama=pd.nama, slug=_slug_bebas(pd.slug), urutan=0)
        unit.full_clean()
        unit.save()
    for kelurahan in pd.kelurahan.order_by("urutan", "pk"):
        _unit_kelurahan(kelurahan)
    hari = tanggal or timezone.localdate()
    fields = tahun_berjalan(hari) if pd.pemda.skm_periode == "tahun" else semester_berjalan(hari)
    if not PeriodeSurvei.objects.filter(pd=pd, kode=fields["kode"]).exists():
        periode = PeriodeSurvei(pd=pd, populasi=pd.pemda.skm_populasi, **fields)
        periode.full_clean()
        periode.save()


@transaction.atomic
def siapkan_unit_kelurahan(kelurahan) -> UnitLayanan:
    """The service unit of a kelurahan/desa added to a PD (its public survey address)."""
    return _unit_kelurahan(kelurahan)
