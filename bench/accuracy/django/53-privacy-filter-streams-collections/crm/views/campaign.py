"""A reading list: HTML page or its ActivityPub collection."""
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.views import View

from crm.models import Campaign
from crm.views.feed import PAGE_LENGTH
from crm.views.helpers import get_user_from_username, is_api_request, privacy_filter


class CampaignView(View):
    def get(self, request, username, campaign_id):
        user = get_user_from_username(request.user, username)
        campaign = get_object_or_404(Campaign, id=campaign_id, user=user)  # expect: prunes [dj53j]

        if is_api_request(request):
            return JsonResponse(campaign.to_activity(**request.GET.dict()))

        items = privacy_filter(request.user, campaign.leads.all()).order_by("-created_at")
        paginated = Paginator(items, PAGE_LENGTH)  # expect-also: [dj53k]
        page = paginated.get_page(request.GET.get("page"))  # expect: scans-all [dj53k] cross
        return TemplateResponse(request, "lists/list.html", {"list": campaign, "items": page})
