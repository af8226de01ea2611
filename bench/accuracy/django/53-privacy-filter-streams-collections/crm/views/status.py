"""Actions on a lead."""
from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, redirect
from django.views.decorators.http import require_POST

from crm.models import Lead


@login_required
@require_POST
def delete_status(request, status_id):
    """Tombstone a lead."""
    status = get_object_or_404(Lead, id=status_id)  # expect: scans-all [dj53l]
    status.raise_not_deletable(request.user)
    status.delete()
    return redirect("/")
