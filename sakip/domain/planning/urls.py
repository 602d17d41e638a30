from django.urls import path

from sakip.domain.planning import views

app_name = "planning"
urlpatterns = [
    path("pd/<slug:slug>/perencanaan/", views.tree, name="tree"),
    path("pd/<slug:slug>/program/tambah/", views.program_add, name="program_add"),
    path("indikator/<int:pk>/", views.indikator_row, name="indikator_row"),
    path("indikator/<int:pk>/ubah/", views.indikator_edit, name="indikator_edit"),
    path("indikator/<int:pk>/target/<int:tahun>/", views.target_edit, name="target_edit"),
    path("indikator/tambah/<str:level>/<int:owner_id>/", views.indikator_add, name="indikator_add"),
    path("sasaran/<int:pk>/ubah/", views.sasaran_edit, name="sasaran_edit"),
    path("pd/<slug:slug>/iku/<int:tahun>/", views.iku, name="iku"),
    path("pd/<slug:slug>/iku/<int:tahun>/unduh.<str:fmt>", views.iku_unduh, name="iku_unduh"),
]
