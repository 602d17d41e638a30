"""The home page (where each user starts) and a perangkat daerah's page, composed from every domain app."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from sakip.composite.beranda.selectors import posisi_pd
from sakip.core.scoping import perlu
from sakip.domain.agreement.selectors import pk_tahun
from sakip.domain.organisation import selectors
from sakip.domain.planning import selectors as planning
from sakip.domain.survey import selectors as survey
from sakip.rumus.peran import LIHAT


@login_required
def home(request):
    scope = request.scope
    pds = list(selectors.pd_list(scope))
    if not scope.holds(LIHAT):  # a kelurahan operator: only the SKM entry of its kelurahan
        return render(request, "beranda/home.html", {
            "pds": [], "entri_skm": [(pd, survey.periode_list(scope, pd)) for pd in pds]})
    if len(pds) == 1:
        return redirect("beranda:pd", slug=pds[0].slug)
    return render(request, "beranda/home.html", {"pds": pds})


@perlu(LIHAT)
def pd_detail(request, slug: str):
    scope = request.scope
    pd = selectors.get_pd(scope, slug)
    posisi = posisi_pd(scope, pd)
    persiapan = [(p.label, p.selesai, p.keterangan,
                  p.langkah.url() if p.langkah and (not p.langkah.hak or scope.holds(p.langkah.hak)) else None,
                  p.langkah.label if p.langkah else "") for p in posisi.persiapan]
    return render(request, "beranda/pd_detail.html", {
        "pd": pd,
        "posisi": posisi,
        "persiapan": persiapan,
        "bisa_isi": scope.writes_for(pd),
        "ringkasan": planning.pd_overview(scope, pd),
        "kelurahan": pd.kelurahan.all(),
        "pk_tahun": pk_tahun(scope, pd),
        "periode_skm": survey.periode_list(scope, pd),
        "unit_layanan": survey.unit_list(scope, pd),
    })
