import datetime

from django.http import HttpResponse
from django.shortcuts import render

from crm.lib.view_helpers import check_mlist_private, get_display_dates, get_mlist_or_404, paginate
from crm.models import AgentOutput


def archives(request, mlist_fqdn, year=None, month=None, day=None):
    if year is None and month is None:
        today = datetime.date.today()
        year, month = today.year, today.month
    mlist = get_mlist_or_404(mlist_fqdn)
    check_mlist_private(request.user, mlist)
    begin_date, end_date = get_display_dates(year, month, day)
    threads = mlist.get_threads_between(begin_date, end_date)
    threads_count = threads.count()  # expect: prunes [dj60h] cross
    page = list(paginate(threads, request.GET.get("page")))  # expect: prunes [dj60i] cross
    return render(request, "hyperkitty/thread_list.html", {
        "mlist": mlist, "threads": page, "threads_count": threads_count, "month": begin_date,
    })


def overview(request, mlist_fqdn=None):
    mlist = get_mlist_or_404(mlist_fqdn)
    threads = mlist.recent_threads
    active_threads = sorted(threads, key=lambda t: t.created_at, reverse=True)
    context = {
        "mlist": mlist,
        "top_threads": active_threads[:20],
        "top_posters": mlist.top_posters,
        "participants_count": mlist.recent_participants_count,
    }
    if request.user.is_authenticated:
        threads_posted_to = mlist.leads.filter(outputs__body=request.user.email).distinct().order_by("-created_at")
        context["threads_posted_to"] = list(threads_posted_to[:10])  # expect: scans-all [dj60j]
    return render(request, "hyperkitty/overview.html", context)


def recent_activity(request, mlist_fqdn):
    mlist = get_mlist_or_404(mlist_fqdn)
    begin_date, end_date = mlist.get_recent_dates()
    # Recently active threads include messages from before the start date.
    emails_in_month = AgentOutput.objects.filter(lead__campaign=mlist, created_at__gte=begin_date, created_at__lt=end_date)
    emails_per_date = {}
    for email in emails_in_month:  # expect: scans-all [dj60k] cross
        date_str = email.created_at.strftime("%Y-%m-%d")
        emails_per_date[date_str] = emails_per_date.get(date_str, 0) + 1
    return render(request, "hyperkitty/fragments/recent_activity.html", {"evolution": sorted(emails_per_date.items())})


def export_mbox(request, mlist_fqdn, filename):
    mlist = get_mlist_or_404(mlist_fqdn)
    query = AgentOutput.objects.filter(lead__campaign=mlist)
    if "thread" in request.GET:
        query = query.filter(lead_id=request.GET["thread"])
    if "start" in request.GET:
        start_date = datetime.datetime.strptime(request.GET["start"], "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc)
        query = query.filter(created_at__gte=start_date)
    if "end" in request.GET:
        end_date = datetime.datetime.strptime(request.GET["end"], "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc)
        query = query.filter(created_at__lt=end_date)
    response = HttpResponse(content_type="application/mbox")
    for email in query.order_by("created_at"):  # expect: scans-all [dj60l]
        response.write("From %s %s\n%s\n" % (email.body, email.created_at.isoformat(), email.kind))
    return response


def participants_this_month(request, mlist_fqdn):
    mlist = get_mlist_or_404(mlist_fqdn)
    today = datetime.date.today()
    return HttpResponse(str(mlist.get_participants_count_for_month(today.year, today.month)))
