from django.shortcuts import get_object_or_404, redirect, render

from crm.lib.view_helpers import get_mlist_or_404
from crm.models import AgentOutput, Lead


def _get_thread_replies(request, thread, limit, offset=1):
    sort_mode = request.GET.get("sort", "thread")
    order = "created_at" if sort_mode == "date" else "id"
    emails = list(thread.outputs.order_by(order)[offset:offset + limit])  # expect: scans-all [dj60m]
    return emails


def thread_index(request, mlist_fqdn, threadid):
    mlist = get_mlist_or_404(mlist_fqdn)
    thread = get_object_or_404(Lead, campaign=mlist, id=threadid)  # expect: scans-all [dj60n]
    starting_email = thread.outputs.order_by("created_at").first()  # expect: scans-all [dj60o]
    last_view = request.session.get("last_view:%s" % thread.id)
    unread_count = 0
    if last_view:
        unread_count = thread.replies_after(last_view).count()  # expect: prunes [dj60p] cross
    replies = _get_thread_replies(request, thread, limit=5)
    return render(request, "hyperkitty/thread.html", {
        "mlist": mlist, "thread": thread, "starting_email": starting_email,
        "replies": replies, "unread_count": unread_count,
        "prev_thread": thread.prev_thread, "next_thread": thread.next_thread,
    })


def replies(request, mlist_fqdn, threadid):
    """The next replies of a thread, loaded by the page as the reader scrolls."""
    mlist = get_mlist_or_404(mlist_fqdn)
    thread = get_object_or_404(Lead, campaign=mlist, id=threadid)  # expect: scans-all [dj60z]
    last_view = request.GET["last_view"]
    chunk_size = int(request.GET.get("chunk", 5))
    emails = list(thread.replies_after(last_view).order_by("created_at")[:chunk_size])  # expect: prunes [dj60A] cross
    return render(request, "hyperkitty/ajax/replies.html", {"thread": thread, "emails": emails})


def delete_message(request, mlist_fqdn, message_id):
    mlist = get_mlist_or_404(mlist_fqdn)
    email = get_object_or_404(AgentOutput, id=message_id, lead__campaign=mlist)  # expect: scans-all [dj60q]
    thread = email.lead  # expect: scans-all [dj60r]
    email.delete()  # expect: scans-all [dj60s]
    if not thread.outputs.exists():  # expect: scans-all [dj60t]
        Lead.objects.filter(id=thread.id, created_at=thread.created_at).delete()  # expect: prunes [dj60u]
        return redirect("/list/%s/" % mlist_fqdn)
    return redirect("/list/%s/thread/%s/" % (mlist_fqdn, thread.id))
