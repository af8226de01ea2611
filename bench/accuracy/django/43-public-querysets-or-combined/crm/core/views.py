from django.contrib.auth.decorators import login_required
from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from crm.models import Lead


def lead_list(request):
    leads = Lead.objects.public(request.user).order_by("-created_at")
    page = Paginator(leads, 25).get_page(request.GET.get("page"))
    return render(request, "core/lead_list.html", {"page": page, "leads": page.object_list})  # expect: prunes [dj43a] cross


def lead_detail(request, lead_pk):
    lead = get_object_or_404(Lead.objects.public(request.user), pk=lead_pk)  # expect: prunes [dj43d] cross
    return render(request, "core/lead_detail.html", {"lead": lead})


@login_required
def lead_counts(request):
    visible = Lead.objects.api(request.user)
    return render(
        request,
        "core/lead_counts.html",
        {"won": visible.filter(status="won").count()},  # expect: scans-all [dj43e] cross
    )
