from datetime import timedelta

from django.contrib.auth.mixins import LoginRequiredMixin
from django.db.models import Count, Max
from django.shortcuts import redirect, render
from django.utils import timezone
from django.views.generic import ListView

from crm.dashboard.exports import download_selected_leads
from crm.dashboard.filters import apply_date_range
from crm.dashboard.forms import LeadSearchForm
from crm.models import Lead


class LeadListView(LoginRequiredMixin, ListView):
    model = Lead
    template_name = "dashboard/leads/lead_list.html"
    context_object_name = "leads"
    paginate_by = 25
    form_class = LeadSearchForm

    def dispatch(self, request, *args, **kwargs):
        self.base_queryset = Lead.objects.filter(user=request.user).order_by("-created_at")
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        if "email" in request.GET:
            try:
                lead = self.base_queryset.get(email=request.GET["email"])  # expect: scans-all [dj40a] cross
            except (Lead.DoesNotExist, Lead.MultipleObjectsReturned):
                pass
            else:
                return redirect("dashboard:lead-detail", pk=lead.pk)
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        self.form = self.form_class(self.request.GET or None)
        queryset = self.base_queryset
        if self.form.is_valid():
            data = self.form.cleaned_data
            if data["status"]:
                queryset = queryset.filter(status=data["status"])
            queryset = apply_date_range(queryset, data["date_from"], data["date_to"])
        return queryset  # expect: scans-all [dj40b] cross

    def post(self, request, *args, **kwargs):
        ids = request.POST.getlist("selected_lead")
        leads = self.base_queryset.filter(id__in=ids)
        return download_selected_leads(request, leads)


def index(request):
    today = timezone.localdate()
    month = apply_date_range(Lead.objects.filter(user=request.user), date_from=today.replace(day=1), date_to=today).count()  # expect: prunes [dj40d] cross
    last_day = Lead.objects.filter(user=request.user, created_at__gte=timezone.now() - timedelta(hours=24)).aggregate(n=Count("id"), last=Max("created_at"))  # expect: prunes [dj40e]
    return render(request, "dashboard/index.html", {"month": month, "last_day": last_day})
