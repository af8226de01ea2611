from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404

from crm.models import Campaign, Lead


def get_project(request, project_id):
    """Return the project, checking the user may access it."""
    project = get_object_or_404(Campaign, pk=project_id)  # expect: scans-all [dj56c]
    if project.archived and not request.user.is_superuser:
        raise PermissionDenied()
    return project


def get_unit(request, unit_id, created):
    """Units are addressed by id and creation timestamp, the translation's primary key."""
    return get_object_or_404(Lead, pk=unit_id, created_at=created)  # expect: prunes [dj56o]
