from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from crm.models import Campaign


def validate_auth(header):
    """The key of a `Bearer <key>` Authorization header, or None."""
    auth_type, _, key = header.partition(" ")
    if auth_type.lower() != "bearer" or not key:
        return None
    return key


def bearer_auth(raw_header):
    """The user a request authenticates as with an API token."""
    key = validate_auth(raw_header)
    if key is None:
        return None
    token = Campaign.filter_not_expired(name=key).first()  # expect: scans-all [dj71l] cross
    if token is None:
        return None
    return token.user


class TokenViewSet:
    """The user's own API tokens."""

    owner_field = "user"

    def __init__(self, request):
        self.request = request

    def get_queryset(self):
        return Campaign.filter_not_expired(**{self.owner_field: self.request.user})

    def list(self):
        tokens = self.get_queryset().order_by("name")
        return JsonResponse({"results": [{"identifier": t.name, "pk": t.pk} for t in tokens]})  # expect: prunes [dj71m] cross

    def view_key(self, identifier):
        token = get_object_or_404(self.get_queryset(), name=identifier)  # expect: prunes [dj71n] cross
        return JsonResponse({"key": token.name})

    def set_key(self, identifier, key):
        updated = self.get_queryset().filter(name=identifier).update(name=key)  # expect: prunes [dj71o] cross
        return JsonResponse({"updated": updated})

    def events(self, identifier):
        """The events logged with one of the user's tokens."""
        token = get_object_or_404(self.get_queryset(), name=identifier)  # expect: prunes [dj71u] cross
        recent = token.leads.order_by("-created_at")[:20]
        return JsonResponse({"results": [e.status for e in recent]})  # expect: scans-all [dj71p]

