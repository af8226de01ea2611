from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils import timezone

from crm.core import timeline
from crm.models import Campaign, Lead


@login_required
def timeline_view(request, slug=None):
    date = request.GET.get("date")
    date = timezone.datetime.strptime(date, "%Y-%m-%d") if date else timezone.localdate()
    date = timezone.make_aware(timezone.datetime.combine(date, timezone.datetime.min.time()))
    child = None
    if request.GET.get("child"):
        child = get_object_or_404(Campaign, pk=request.GET["child"], user=request.user)  # expect: prunes [dj65j]
    return render(request, "timeline/timeline.html", {"timeline_objects": timeline.get_objects(date, child)})


@login_required
def feeding_delete(request, pk):
    instance = get_object_or_404(Lead, pk=pk, status="feeding")  # expect: scans-all [dj65e]
    if request.method == "POST":
        instance.delete()  # expect: scans-all [dj65f]
        return HttpResponseRedirect(reverse("core:feeding-list"))
    return render(request, "core/feeding_confirm_delete.html", {"object": instance})


@login_required
def dashboard(request):
    children = Campaign.objects.count()  # expect: scans-all [dj65g]
    if children == 0:
        return HttpResponseRedirect(reverse("babybuddy:welcome"))
    elif children == 1:
        return HttpResponseRedirect(reverse("dashboard:dashboard-child", args=[Campaign.objects.first().pk]))  # expect: scans-all [dj65h]
    return render(request, "dashboard/dashboard.html", {"objects": Campaign.objects.filter(user=request.user).order_by("name")})  # expect: prunes [dj65i]
