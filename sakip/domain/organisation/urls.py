"""The pemda's settings screens (``pengaturan/``): pemda, perangkat daerah, kelurahan/desa, units, posts,
officials and tenures. The accounts of the pemda are under the same prefix (``accounts.urls``)."""

from django.urls import path

from sakip.domain.organisation import views

app_name = "organisation"
urlpatterns = [
    path("pengaturan/", views.mulai, name="mulai"),
    path("pengaturan/pemda/<slug:pemda>/", views.pemda, name="pemda"),
    path("pengaturan/pemda/<slug:pemda>/ubah/", views.pemda_ubah, name="pemda_ubah"),
    path("pengaturan/pemda/<slug:pemda>/pd/", views.pd_daftar, name="pd_daftar"),
    path("pengaturan/pemda/<slug:pemda>/pd/tambah/", views.pd_tambah, name="pd_tambah"),
    path("pengaturan/pemda/<slug:pemda>/jabatan/", views.jabatan_daftar, name="jabatan_daftar"),
    path("pengaturan/pemda/<slug:pemda>/jabatan/tambah/", views.jabatan_tambah, name="jabatan_tambah"),
    path("pengaturan/pemda/<slug:pemda>/pejabat/", views.pejabat_daftar, name="pejabat_daftar"),
    path("pengaturan/pemda/<slug:pemda>/pejabat/tambah/", views.pejabat_tambah, name="pejabat_tambah"),
    path("pengaturan/pd/<slug:slug>/", views.pd, name="pd"),
    path("pengaturan/pd/<slug:slug>/ubah/", views.pd_ubah, name="pd_ubah"),
    path("pengaturan/pd/<slug:slug>/kelurahan/", views.kelurahan, name="kelurahan"),
    path("pengaturan/pd/<slug:slug>/unit/tambah/", views.unit_tambah, name="unit_tambah"),
    path("pengaturan/pd/<slug:slug>/jabatan/tambah/", views.jabatan_pd_tambah, name="jabatan_pd_tambah"),
    path("pengaturan/unit/<int:pk>/", views.unit_ubah, name="unit_ubah"),
    path("pengaturan/jabatan/<int:pk>/", views.jabatan_ubah, name="jabatan_ubah"),
    path("pengaturan/jabatan/<int:pk>/masa-jabatan/", views.masa_tambah, name="masa_tambah"),
    path("pengaturan/masa-jabatan/<int:pk>/", views.masa_ubah, name="masa_ubah"),
    path("pengaturan/pejabat/<int:pk>/", views.pejabat_ubah, name="pejabat_ubah"),
]
