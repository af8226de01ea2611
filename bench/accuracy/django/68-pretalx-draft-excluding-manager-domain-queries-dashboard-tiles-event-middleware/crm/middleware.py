from django.shortcuts import get_object_or_404

from crm.models import Campaign


class EventPermissionMiddleware:
    """Resolves the event of the URL and whether the user organises it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        slug = request.resolver_match.kwargs.get("event") if request.resolver_match else None
        if slug:
            request.event = get_object_or_404(Campaign, name__iexact=slug)  # expect: scans-all [dj68b]
            request.is_orga = request.user.is_authenticated and request.user.campaigns.filter(name=slug).exists()  # expect: prunes [dj68c]
        return self.get_response(request)
