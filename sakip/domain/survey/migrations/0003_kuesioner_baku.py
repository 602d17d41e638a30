"""Every PD that already has service units gets the default questionnaire now, instead of on the first view of
its public page (a page view no longer writes)."""

from django.db import migrations


def kuesioner_baku(apps, schema_editor):
    from sakip.domain.survey.kuesioner import PERTANYAAN_BAKU

    UnitLayanan = apps.get_model("survey", "UnitLayanan")
    Pertanyaan = apps.get_model("survey", "Pertanyaan")
    for pd_id in UnitLayanan.objects.values_list("pd_id", flat=True).distinct():
        if Pertanyaan.objects.filter(pd_id=pd_id).exists():
            continue
        Pertanyaan.objects.bulk_create([
            Pertanyaan(pd_id=pd_id, pemda_id=_pemda(apps, pd_id), unsur=kode, urutan=urutan, teks=teks,
                       jawaban_1=a, jawaban_2=b, jawaban_3=c, jawaban_4=d)
            for kode, urutan, teks, (a, b, c, d) in PERTANYAAN_BAKU])


def _pemda(apps, pd_id):
    return apps.get_model("organisation", "PerangkatDaerah").objects.values_list("pemda_id", flat=True).get(pk=pd_id)


class Migration(migrations.Migration):
    dependencies = [("survey", "0002_historicalrespons"), ("organisation", "0001_initial")]

    operations = [migrations.RunPython(kuesioner_baku, migrations.RunPython.noop)]
