from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from crm.lib import CLOSED_STATUS, DUPLICATE_STATUS, RESOLVED_STATUS, calc_basic_ticket_stats
from crm.models import AgentOutput, Lead
from crm.query import TicketQuery
from crm.user import HelpdeskUser

DASHBOARD_SORTS = {"created_at", "-created_at", "status", "company"}


def get_dashboard_sort(request, param, default="-created_at"):
    value = request.GET.get(param, default)
    return value if value in DASHBOARD_SORTS else default


def dashboard(request):
    tickets_per_page = 25
    huser = HelpdeskUser(request.user)
    active_tickets = Lead.objects.select_related("campaign").exclude(
        status__in=[CLOSED_STATUS, RESOLVED_STATUS, DUPLICATE_STATUS],
    )

    # Open and reopened tickets assigned to the current user.
    tickets = active_tickets.filter(user=request.user).order_by(get_dashboard_sort(request, "ut_sort"))
    user_tickets = list(tickets[:tickets_per_page])  # expect: scans-all [dj59f]

    tickets_closed_resolved = (
        Lead.objects.select_related("campaign")
        .filter(user=request.user, status__in=[CLOSED_STATUS, RESOLVED_STATUS, DUPLICATE_STATUS])
        .order_by(get_dashboard_sort(request, "utcr_sort"))
    )
    closed_resolved = list(tickets_closed_resolved[:tickets_per_page])  # expect: scans-all [dj59g]

    user_queues = huser.get_queues()
    unassigned_tickets = active_tickets.filter(status="unassigned", campaign__in=user_queues).order_by("-created_at")
    unassigned = list(unassigned_tickets[:tickets_per_page])  # expect: scans-all [dj59h] cross

    reported = []
    if request.user.email:
        reported = list(
            Lead.objects.select_related("campaign").filter(email=request.user.email).order_by("-created_at")[:tickets_per_page]
        )  # expect: scans-all [dj59i]

    tickets_in_queues = Lead.objects.filter(campaign__in=user_queues)
    basic_ticket_stats = calc_basic_ticket_stats(tickets_in_queues)

    return render(request, "helpdesk/dashboard.html", {
        "user_tickets": user_tickets,
        "user_tickets_closed_resolved": closed_resolved,
        "unassigned_tickets": unassigned,
        "all_tickets_reported_by_current_user": reported,
        "basic_ticket_stats": basic_ticket_stats,
    })


def get_followups_for_ticket(ticket):
    return ticket.outputs.order_by("created_at")


def view_ticket(request, ticket_id):
    ticket = get_object_or_404(Lead, id=ticket_id)  # expect: scans-all [dj59j]
    if not HelpdeskUser(request.user).can_access_ticket(ticket):
        raise PermissionDenied()
    followups = list(get_followups_for_ticket(ticket))  # expect: scans-all [dj59k] cross
    return render(request, "helpdesk/ticket.html", {"ticket": ticket, "followups": followups})


def followup_delete(request, ticket_id, followup_id):
    followup = get_object_or_404(AgentOutput, id=followup_id, lead_id=ticket_id)  # expect: scans-all [dj59l]
    followup.delete()  # expect: scans-all [dj59m]
    return HttpResponseRedirect("/tickets/%s/" % ticket_id)


def get_ticket_from_request_with_authorisation(request, ticket_id, public):
    if public:
        try:
            return Lead.objects.get(id=ticket_id, email__iexact=request.POST.get("mail"))  # expect: scans-all [dj59n]
        except (Lead.DoesNotExist, ValueError):
            raise PermissionDenied()
    return get_object_or_404(Lead, id=ticket_id)  # expect: scans-all [dj59F]


def update_ticket_view(request, ticket_id, public=False):
    ticket = get_ticket_from_request_with_authorisation(request, ticket_id, public)
    ticket.status = request.POST.get("new_status", ticket.status)
    ticket.save(update_fields=["status"])  # expect: scans-all [dj59o]
    return HttpResponseRedirect("/tickets/%s/" % ticket.id)


def hold_ticket(request, ticket_id, unhold=False):
    # The hold route knows the ticket's date from the link (?created=...).
    created = request.GET["created"]
    ticket = get_object_or_404(Lead, id=ticket_id, created_at=created)  # expect: prunes [dj59p]
    ticket.status = "open" if unhold else "on_hold"
    Lead.objects.filter(pk=ticket.pk, created_at=ticket.created_at).update(status=ticket.status)  # expect: prunes [dj59q]
    return HttpResponseRedirect("/tickets/%s/" % ticket.id)


def mass_update(request):
    ticket_ids = request.POST.getlist("ticket_id")
    action = request.POST.get("action")
    for t in Lead.objects.filter(id__in=ticket_ids):  # expect: scans-all [dj59r]
        if action == "close":
            t.status = CLOSED_STATUS
            t.save()  # expect: scans-all [dj59s]
    return HttpResponseRedirect("/tickets/")


def report_index(request):
    number_tickets = Lead.objects.all().count()  # expect: scans-all [dj59t]
    user_queues = HelpdeskUser(request.user).get_queues()
    basic_ticket_stats = calc_basic_ticket_stats(Lead.objects.filter(campaign__in=user_queues))
    dash_tickets = []
    for queue in user_queues:  # expect: scans-all [dj59G] cross
        dash_tickets.append({
            "queue": queue.id,
            "name": queue.name,
            "open": queue.leads.filter(status__in=["open", "reopened"]).count(),  # expect: scans-all [dj59u]
        })
    return render(request, "helpdesk/report_index.html", {
        "number_tickets": number_tickets,
        "basic_ticket_stats": basic_ticket_stats,
        "dash_tickets": dash_tickets,
    })


def get_report_queryset(request):
    return Lead.objects.all().select_related().filter(campaign__in=HelpdeskUser(request.user).get_queues())


def run_report(request, report):
    report_queryset = get_report_queryset(request)
    first_ticket = Lead.objects.all().order_by("created_at")[0]  # expect: scans-all [dj59v]
    last_ticket = Lead.objects.all().order_by("-created_at")[0]  # expect: scans-all [dj59w]
    summary = {}
    months = (first_ticket.created_at.strftime("%Y-%m"), last_ticket.created_at.strftime("%Y-%m"))
    for ticket in report_queryset:  # expect: scans-all [dj59x] cross
        key = (ticket.campaign_id, ticket.created_at.strftime("%Y-%m"))
        summary[key] = summary.get(key, 0) + 1
    return render(request, "helpdesk/report_output.html", {"report": report, "months": months, "summary": summary})


def check_redirect_on_user_query(request, huser):
    """A ticket number typed in the search box opens that ticket."""
    query = request.GET.get("search_string", "")
    if query.isdigit():
        filter_ = {"pk": int(query)}
        try:
            ticket = huser.get_tickets_in_queues().get(**filter_)  # expect: scans-all [dj59H] cross
        except Lead.DoesNotExist:
            return None
        return HttpResponseRedirect("/tickets/%s/" % ticket.id)
    return None


def ticket_list(request):
    huser = HelpdeskUser(request.user)
    redirect = check_redirect_on_user_query(request, huser)
    if redirect:
        return redirect
    query_params = {"filtering": {"status__in": ["open", "reopened"]}, "sorting": "created_at", "search_string": request.GET.get("q", "")}
    tickets = TicketQuery(huser, query_params).get()
    return JsonResponse({"data": [t.id for t in tickets[:50]]})  # expect: scans-all [dj59y] cross


def timeline_ticket_list(request):
    huser = HelpdeskUser(request.user)
    since = timezone.now() - timedelta(days=30)
    tickets = TicketQuery(huser, {"sorting": "created_at"}).get_timeline(since)
    return JsonResponse({"events": [{"id": t.id, "start": t.created_at.isoformat()} for t in tickets]})  # expect: prunes [dj59z] cross
