from datetime import timedelta

from django.shortcuts import render
from django.utils import timezone
from django.views import View
from django.views.generic import DetailView, UpdateView

from crm.core.helpers.outputs import get_archived_leads_count, outputs_of
from crm.models import Campaign, Lead
from crm.rpc.api.forms import UpdateLeadForm


class GetLeadView(DetailView):
    model = Lead  # expect: scans-all [dj48l]
    template_name = "leads/get.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["outputs"] = outputs_of(self.object)  # expect: prunes [dj48m] cross
        context["campaigns"] = Campaign.objects.filter(user=self.request.user).order_by("name")  # expect: prunes [dj48n]
        return context


class EditLeadView(UpdateView):
    model = Lead  # expect: scans-all [dj48o]
    form_class = UpdateLeadForm
    template_name = "leads/edit.html"


class CloneLeadsView(View):
    template_name = "leads/clone.html"

    def get(self, request, pk):
        campaign = Campaign.objects.filter(pk=pk, user=request.user).first()  # expect: prunes [dj48q]
        recent = campaign.leads.filter(created_at__gte=timezone.now() - timedelta(days=30))
        context = {
            "campaign": campaign,
            "leads": list(recent.values_list("id", "company")),  # expect: prunes [dj48r]
            "archived_count": get_archived_leads_count(recent),  # expect: prunes [dj48p] cross
        }
        return render(request, self.template_name, context)
