from django.urls import path

from sakip.composite.portal import views

app_name = "portal"
urlpatterns = [
    path("publik/", views.beranda, name="beranda"),
    path("publik/cara-membaca/", views.cara_membaca, name="cara_membaca"),
    path("publik/berkas/<int:pk>/", views.berkas, name="berkas"),
    path("publik/bertanda-tangan/<int:pk>/", views.berkas_pindaian, name="berkas_pindaian"),
    path("publik/<slug:pemda>/", views.pemda, name="pemda"),
    path("publik/<slug:pemda>/<slug:slug>/", views.pd, name="pd"),
    path("publik/<slug:pemda>/<slug:slug>/<int:tahun>/", views.pd_tahun, name="pd_tahun"),
    path("pd/<slug:slug>/lkjip/<int:tahun>/terbitkan/", views.terbitkan_lkjip, name="terbitkan_lkjip"),
    path("pd/<slug:slug>/skm/<slug:periode>/terbitkan/", views.terbitkan_skm, name="terbitkan_skm"),
    path("pd/<slug:slug>/bertanda-tangan/<int:tahun>/", views.pindaian, name="pindaian"),
    path("bertanda-tangan/<int:pk>/unduh/", views.pindaian_unduh, name="pindaian_unduh"),
    path("bertanda-tangan/<int:pk>/hapus/", views.pindaian_hapus, name="pindaian_hapus"),
]
