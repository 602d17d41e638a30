from django.urls import path

from sakip.domain.kaskade import views

app_name = "kaskade"
urlpatterns = [
    path("pd/<slug:slug>/pohon-kinerja/<str:periode>/", views.pohon, name="pohon"),
    path("pd/<slug:slug>/pohon-kinerja/<str:periode>/unduh.<str:fmt>", views.unduh, name="unduh"),
    path("pd/<slug:slug>/pohon-kinerja/<str:periode>/simpul/tambah/", views.antara_tambah, name="antara_tambah"),
    path("pd/<slug:slug>/pohon-kinerja/<str:periode>/pemilik/<str:level>/<int:pk>/", views.pemilik, name="pemilik"),
    path("pohon-kinerja/simpul/<int:pk>/ubah/", views.antara_ubah, name="antara_ubah"),
    path("pohon-kinerja/simpul/<int:pk>/hapus/", views.antara_hapus, name="antara_hapus"),
    path("pd/<slug:slug>/pohon-kinerja/<str:periode>/crosscutting/ajukan/", views.crosscutting_ajukan,
         name="crosscutting_ajukan"),
    path("pohon-kinerja/crosscutting/<int:pk>/terima/", views.crosscutting_terima, name="crosscutting_terima"),
    path("pohon-kinerja/crosscutting/<int:pk>/tolak/", views.crosscutting_tolak, name="crosscutting_tolak"),
    path("pohon-kinerja/crosscutting/<int:pk>/tarik/", views.crosscutting_tarik, name="crosscutting_tarik"),
    path("pemda/<slug:slug>/crosscutting/", views.crosscutting_pemda, name="crosscutting_pemda"),
]
