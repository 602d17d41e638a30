from django.urls import path

from sakip.domain.planning import views, views_program, views_renstra, views_rpjmd

app_name = "planning"
urlpatterns = [
    # the tree of a PD and year, indicators and targets
    path("pd/<slug:slug>/perencanaan/", views.tree, name="tree"),
    path("pd/<slug:slug>/program/tambah/", views.program_add, name="program_add"),
    path("indikator/<int:pk>/", views.indikator_row, name="indikator_row"),
    path("indikator/<int:pk>/ubah/", views.indikator_edit, name="indikator_edit"),
    path("indikator/<int:pk>/target/<int:tahun>/", views.target_edit, name="target_edit"),
    path("indikator/<int:pk>/target/", views.target_tahun, name="target_tahun"),
    path("indikator/tambah/<str:level>/<int:owner_id>/", views.indikator_add, name="indikator_add"),
    path("sasaran/<int:pk>/ubah/", views.sasaran_edit, name="sasaran_edit"),
    path("pd/<slug:slug>/iku/<int:tahun>/", views.iku, name="iku"),
    path("pd/<slug:slug>/iku/<int:tahun>/unduh.<str:fmt>", views.iku_unduh, name="iku_unduh"),
    # the Renstra and the IKU set
    path("pd/<slug:slug>/renstra/tambah/", views_renstra.renstra_tambah, name="renstra_tambah"),
    path("renstra/<int:pk>/", views_renstra.renstra, name="renstra"),
    path("renstra/<int:pk>/ubah/", views_renstra.renstra_ubah, name="renstra_ubah"),
    path("renstra/<int:pk>/tujuan/tambah/", views_renstra.tujuan_tambah, name="tujuan_tambah"),
    path("tujuan/<int:pk>/ubah/", views_renstra.tujuan_ubah, name="tujuan_ubah"),
    path("tujuan/<int:pk>/sasaran/tambah/", views_renstra.sasaran_tambah, name="sasaran_tambah"),
    path("pd/<slug:slug>/iku/", views_renstra.iku_daftar, name="iku_daftar"),
    path("pd/<slug:slug>/iku/tambah/", views_renstra.iku_tambah, name="iku_tambah"),
    path("iku/<int:pk>/", views_renstra.iku_atur, name="iku_atur"),
    path("iku/<int:pk>/ubah/", views_renstra.iku_ubah, name="iku_ubah"),
    # the year's program tree
    path("program/<int:pk>/ubah/", views_program.program_ubah, name="program_ubah"),
    path("program/<int:pk>/kegiatan/tambah/", views_program.kegiatan_tambah, name="kegiatan_tambah"),
    path("kegiatan/<int:pk>/sub-kegiatan/tambah/", views_program.sub_kegiatan_tambah, name="sub_kegiatan_tambah"),
    path("sub-kegiatan/<int:pk>/lokasi/", views_program.lokasi, name="lokasi"),
    path("nomenklatur/<str:level>/cari/", views_program.nomenklatur_cari, name="nomenklatur_cari"),
    path("pd/<slug:slug>/mulai-tahun/<int:tahun>/", views_program.mulai_tahun, name="mulai_tahun"),
    path("hapus/<str:jenis>/<int:pk>/", views_program.hapus, name="hapus"),
    path("geser/<str:jenis>/<int:pk>/", views_program.geser, name="geser"),
    # the RPJMD of a pemda
    path("pemda/<slug:slug>/rpjmd/", views_rpjmd.rpjmd_daftar, name="rpjmd_daftar"),
    path("pemda/<slug:slug>/rpjmd/tambah/", views_rpjmd.rpjmd_tambah, name="rpjmd_tambah"),
    path("rpjmd/<int:pk>/", views_rpjmd.rpjmd, name="rpjmd"),
    path("rpjmd/<int:pk>/ubah/", views_rpjmd.rpjmd_ubah, name="rpjmd_ubah"),
    path("rpjmd/<str:jenis>/tambah/<int:induk>/", views_rpjmd.item_tambah, name="rpjmd_item_tambah"),
    path("rpjmd/<str:jenis>/<int:pk>/ubah/", views_rpjmd.item_ubah, name="rpjmd_item_ubah"),
    path("rpjmd/<str:jenis>/<int:pk>/hapus/", views_rpjmd.item_hapus, name="rpjmd_item_hapus"),
    path("rpjmd/<str:jenis>/<int:pk>/geser/", views_rpjmd.item_geser, name="rpjmd_item_geser"),
]
