from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.views import View

from crm.apiv2.pagination import paginate_queryset
from crm.campaigns.utils import get_campaign_or_404, get_user_campaigns
from crm.models import Campaign, Lead, User
from crm.permissions.leads import LeadsQuerysetFilter
from crm.readtracker.leads import get_unread_leads


class LeadListView(View):
    template_name = "crm/lead_list.html"

    def get(self, request, **kwargs):
        context = self.get_leads(request, kwargs)
        return render(request, self.template_name, context)

    def post(self, request, **kwargs):
        if request.POST.get("mark_as_read"):
            self.read_campaigns(request.user, request.POST.getlist("campaign"))
            return redirect(request.path)
        return self.handle_moderation(request)

    def get_leads(self, request, kwargs):
        permissions_filter = self.get_leads_permissions_queryset_filter(request)
        queryset = self.get_leads_queryset(request)

        paginator = self.get_leads_paginator(request, permissions_filter, queryset)
        leads_list = []
        if not request.GET.get("after"):
            leads_list = self.get_pinned_leads(request, permissions_filter, queryset)
        leads_list += paginator.items

        users = self.get_leads_users(request, leads_list)
        unread = get_unread_leads(request, leads_list)
        return {
            "items": [{"lead": lead, "owner": users.get(lead.user_id), "unread": lead.id in unread} for lead in leads_list],
            "paginator": paginator,
        }

    def get_leads_queryset(self, request):
        return Lead.objects

    def get_leads_permissions_queryset_filter(self, request):
        return LeadsQuerysetFilter(request.user, get_user_campaigns(request.user), request.settings)

    def get_leads_paginator(self, request, permissions_filter, queryset):
        return paginate_queryset(request, permissions_filter.filter(queryset), request.settings.leads_per_page, order_by="-id")  # expect: scans-all [dj49g] cross

    def get_pinned_leads(self, request, permissions_filter, queryset):
        return list(permissions_filter.filter_pinned(queryset).order_by("-id"))  # expect: prunes [dj49h] cross

    def get_leads_users(self, request, leads):
        user_ids = {lead.user_id for lead in leads}
        return {user.id: user for user in User.objects.filter(id__in=user_ids)}

    def read_campaigns(self, user, campaign_ids):
        Lead.objects.filter(user=user, campaign_id__in=campaign_ids).update(status="seen")  # expect: scans-all [dj49m]
        Campaign.objects.filter(user=user, id__in=campaign_ids).update(archived=False)  # expect: prunes [dj49n]

    def handle_moderation(self, request):
        permissions_filter = self.get_leads_permissions_queryset_filter(request)
        leads = self.get_selected_leads(request, permissions_filter.filter(Lead.objects))
        for lead in leads:
            lead.status = request.POST["action"]
        return HttpResponse(status=204)

    def get_selected_leads(self, request, queryset):
        leads_ids = {int(i) for i in request.POST.getlist("lead")}
        return list(queryset.filter(id__in=leads_ids).select_related("campaign"))  # expect: scans-all [dj49o] cross


class CampaignLeadsView(View):
    def get(self, request, campaign_id):
        campaign = get_campaign_or_404(request.user, campaign_id)
        return render(request, "crm/campaign.html", {"campaign": campaign})
