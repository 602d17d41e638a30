from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from sakip.composite.beranda.views import home
from sakip.domain.accounts.forms import MasukForm

admin.site.site_header = "sakip — administrasi data induk"
admin.site.site_title = "sakip"

urlpatterns = [
    path("masuk/", auth_views.LoginView.as_view(authentication_form=MasukForm), name="login"),
    path("keluar/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("", home, name="home"),
    # First of the apps: the public questionnaire is the busiest address (hundreds of answers a minute), and
    # each app tried before it cost its resolve ~6 µs (80 µs at the end of the list; bench/skm.py).
    path("", include("sakip.domain.survey.urls")),
    path("", include("sakip.composite.audit.urls")),
    path("", include("sakip.composite.beranda.urls")),
    path("", include("sakip.domain.organisation.urls")),
    path("", include("sakip.domain.accounts.urls")),
    path("", include("sakip.domain.planning.urls")),
    path("", include("sakip.domain.kaskade.urls")),
    path("", include("sakip.domain.reporting.urls")),
    path("", include("sakip.domain.profil.urls")),
    path("", include("sakip.domain.measurement.urls")),
    path("", include("sakip.domain.agreement.urls")),
    path("", include("sakip.domain.evaluasi.urls")),
    path("", include("sakip.domain.workflow.urls")),
    path("", include("sakip.composite.dashboard.urls")),
    path("", include("sakip.composite.portal.urls")),
    path("", include("sakip.composite.api.urls")),  # /api/v1/ and the screens of API tokens
]
