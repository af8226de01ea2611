from datetime import timedelta

from django.contrib.auth.decorators import login_required
from django.shortcuts import get_object_or_404, render

from crm.models import AgentOutput, Campaign, Lead


@login_required
def session_logs(request, session_pk):
    session = get_object_or_404(Lead, pk=session_pk, user=request.user, status="session")  # expect: scans-all [dj66f]
    logs = AgentOutput.objects.kg().filter(
        lead=session, created_at__gte=session.created_at, created_at__lt=session.created_at + timedelta(days=1)
    )
    return render(request, "manager/session_logs.html", {"session": session, "logs": list(logs)})  # expect: prunes [dj66g] cross


@login_required
def calendar(request, year, month):
    sessions = list(
        Lead.objects.filter(user=request.user, status="session", created_at__year=year, created_at__month=month).order_by("created_at")
    )  # expect: prunes [dj66h]
    return render(request, "manager/calendar.html", {"sessions": sessions})


@login_required
def day(request, date):
    session = Lead.objects.filter(user=request.user, status="session", created_at=date).first()  # expect: prunes [dj66i]
    return render(request, "manager/day.html", {"session": session})


@login_required
def routine_overview(request, pk):
    routine = get_object_or_404(Campaign, pk=pk, user=request.user)  # expect: prunes [dj66j]
    sessions = list(routine.leads.filter(status="session").order_by("-created_at")[:10])  # expect: scans-all [dj66k]
    return render(request, "manager/routine.html", {"routine": routine, "sessions": sessions})


@login_required
def template_overview(request):
    context = {
        "public": list(Campaign.public_templates.all()),  # expect: scans-all [dj66l] cross
        "mine": list(Campaign.templates.filter(user=request.user)),  # expect: prunes [dj66m] cross
    }
    return render(request, "manager/templates.html", context)


@login_required
def copy_template(request, pk):
    template = get_object_or_404(Campaign.templates, pk=pk)  # expect: scans-all [dj66n] cross
    return render(request, "manager/copy.html", {"template": template})
