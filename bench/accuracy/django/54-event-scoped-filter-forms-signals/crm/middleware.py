from django.shortcuts import get_object_or_404
from django.urls import resolve

from crm.models import Campaign


class EventMiddleware:
    """Resolves the organizer and event of the URL once per request."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        url = resolve(request.path_info)
        if "organizer" in url.kwargs and "event" in url.kwargs:
            request.event = get_object_or_404(Campaign, id=url.kwargs["event"], user_id=url.kwargs["organizer"])  # expect: prunes [dj54a]
        return self.get_response(request)
