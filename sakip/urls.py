from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from sakip.organisation.views import home

admin.site.site_header = "sakip — administrasi data induk"
admin.site.site_title = "sakip"

urlpatterns = [
    path("masuk/", auth_views.LoginView.as_view(), name="login"),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("", home, name="home"),
    path("", include("sakip.core.urls")),
    path("", include("sakip.organisation.urls")),
    path("", include("sakip.planning.urls")),
    path("", include("sakip.reporting.urls")),
    path("", include("sakip.profil.urls")),
    path("", include("sakip.measurement.urls")),
    path("", include("sakip.agreement.urls")),
    path("", include("sakip.survey.urls")),
    path("", include("sakip.workflow.urls")),
    path("", include("sakip.dashboard.urls")),
    path("", include("sakip.portal.urls")),
]
