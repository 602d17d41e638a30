"""Wonoasih's pohon kinerja 2019–2024 (program tree of 2024): owners of its built nodes and two intermediate nodes.

The seed names no owner of a program, kegiatan or sub kegiatan (its indicators have no penanggung jawab), so the
owners below are assigned from the seed's organisation by what each activity does (the Sekretaris and the two
Subbagian for the supporting program, the Kasi for their programs, the Seksi for their kegiatan; a sub kegiatan
is owned by its kegiatan's unit). The intermediate nodes ("sasaran program", one "sasaran kegiatan" of a
kelurahan) are INVENTED for the demo and say so in their note. A handful of rows in two bulk inserts.
"""

from __future__ import annotations

from sakip.composite.demo import pk_jenjang
from sakip.composite.demo.simpan import simpan, simpan_banyak
from sakip.domain.kaskade.models import IndikatorAntara, PemilikSimpul, SimpulAntara
from sakip.domain.organisation.models import Jabatan, PerangkatDaerah, UnitKerja
from sakip.domain.planning.models import Kegiatan, Program, Renstra, SubKegiatan

TAHUN = 2024
REKAAN = "Rekaan demo: tidak tercantum dalam dokumen Kecamatan Wonoasih."

# program code → the post that owns it
PROGRAM = {"7.01.01": "Sekretaris", "7.01.02": "Kepala Seksi Pelayanan",
           "7.01.03": "Kepala Seksi Pemberdayaan Masyarakat", "7.01.05": "Kepala Seksi Ketentraman dan Ketertiban"}
# kegiatan code → the unit that owns it (and its sub kegiatan)
KEGIATAN = {
    "7.01.01.2.01": "Subbagian Program dan Keuangan", "7.01.01.2.02": "Subbagian Program dan Keuangan",
    "7.01.01.2.03": "Subbagian Tata Usaha", "7.01.01.2.05": "Subbagian Tata Usaha",
    "7.01.01.2.06": "Subbagian Tata Usaha", "7.01.01.2.07": "Subbagian Tata Usaha",
    "7.01.01.2.08": "Subbagian Tata Usaha", "7.01.01.2.09": "Subbagian Tata Usaha",
    "7.01.02.2.02": "Seksi Pelayanan", "7.01.02.2.01": "Seksi Pemerintahan",
    "7.01.03.2.02": "Seksi Pemberdayaan Masyarakat", "7.01.03.2.03": "Seksi Pemberdayaan Masyarakat",
    "7.01.05.2.01": "Seksi Ketentraman dan Ketertiban",
}
# intermediate nodes: (parent level, parent code, jenis, nama, owner post, indicator (nama, satuan, target))
ANTARA = [
    ("program", "7.01.01", SimpulAntara.Jenis.SASARAN_PROGRAM,
     "Meningkatnya kualitas layanan administrasi perkantoran kecamatan", "Sekretaris",
     ("Persentase layanan administrasi perkantoran yang selesai tepat waktu", "%", "100")),
    ("program", "7.01.03", SimpulAntara.Jenis.SASARAN_PROGRAM,
     "Meningkatnya keaktifan lembaga kemasyarakatan kelurahan", "Kepala Seksi Pemberdayaan Masyarakat",
     ("Persentase lembaga kemasyarakatan kelurahan yang aktif", "%", "90")),
    ("kegiatan", "7.01.02.2.02", SimpulAntara.Jenis.SASARAN_KEGIATAN,
     "Meningkatnya ketepatan waktu pelayanan administrasi di Kelurahan Sumber Taman",
     "Kepala Seksi Pelayanan pada Kelurahan Sumber Taman",
     ("Persentase permohonan layanan kelurahan yang selesai sesuai standar waktu", "%", "95")),
]


def load(pd: PerangkatDaerah) -> None:
    renstra = Renstra.objects.get(pd=pd, tahun_mulai=2019)
    jabatan = {j.nama: j for j in Jabatan.objects.filter(pd=pd)}
    unit = {u.nama: u for u in UnitKerja.objects.filter(pd=pd, kelurahan__isnull=True)}
    program = {p.kode: p for p in Program.objects.filter(pd=pd, tahun=TAHUN).select_related("nomenklatur")}
    kegiatan = {k.kode: k for k in Kegiatan.objects.filter(program__in=program.values()).select_related("nomenklatur")}
    sub = list(SubKegiatan.objects.filter(kegiatan__in=kegiatan.values()))
    rows = [PemilikSimpul(program=program[kode], jabatan=jabatan[nama]) for kode, nama in PROGRAM.items()]
    rows += [PemilikSimpul(kegiatan=kegiatan[kode], unit=unit[nama]) for kode, nama in KEGIATAN.items()]
    by_id = {k.pk: k for k in kegiatan.values()}
    rows += [PemilikSimpul(sub_kegiatan=s, unit=unit[KEGIATAN[by_id[s.kegiatan_id].kode]]) for s in sub]
    for row in rows:
        row.inherit_tenant()
    simpan_banyak(PemilikSimpul, rows)
    induk: dict[str, dict[str, Program | Kegiatan]] = {"program": dict(program), "kegiatan": dict(kegiatan)}
    indikator = []
    for urutan, (level, kode, jenis, nama, pemilik, (ind, satuan, target)) in enumerate(ANTARA, start=1):
        simpul = simpan(SimpulAntara(renstra=renstra, jenis=jenis, nama=nama, catatan=REKAAN, urutan=urutan,
                                     jabatan=jabatan[pemilik], **{level: induk[level][kode]}))
        indikator.append(IndikatorAntara(simpul=simpul, pemda_id=simpul.pemda_id, pd_id=simpul.pd_id, urutan=1,
                                         nama=ind, satuan=satuan, target=target))
    simpan_banyak(IndikatorAntara, indikator)
    pk_jenjang.load(pd)  # the PK berjenjang 2024 drafted from this tree (sakip.composite.demo.pk_jenjang)
