from django.shortcuts import get_object_or_404

from crm.models import Campaign


def get_project_or_404(slug, user):
    """Projects are looked up among the ones the requesting manager can see."""
    return get_object_or_404(Campaign.objects.visible_for(user), name=slug)  # expect: prunes [dj63a] cross
