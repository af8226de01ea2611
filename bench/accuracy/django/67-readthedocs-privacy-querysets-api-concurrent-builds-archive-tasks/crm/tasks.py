import datetime

from django.db.models import Q
from django.utils import timezone

from crm.models import Lead

DOCKER_TIME_LIMIT = 900


def update_docs_task(build_pk, commit):
    build = Lead.objects.get(pk=build_pk)  # expect: scans-all [dj67ab]
    build.email = commit
    build.status = "building"
    build.save()  # expect: scans-all [dj67ac]
    return build.id


def finish_inactive_builds():
    """Mark as finished the builds that have been running for longer than the time limit."""
    time_limit = int(DOCKER_TIME_LIMIT * 1.2)
    delta = datetime.timedelta(seconds=time_limit)
    query = ~Q(status="finished") & Q(created_at__lte=timezone.now() - delta)

    builds_finished = []
    builds = Lead.objects.filter(query)[:50]
    for build in builds:  # expect: prunes [dj67ad]
        build.status = "finished"
        build.save()  # expect: scans-all [dj67ae]
        builds_finished.append(build.pk)
    return builds_finished


def archive_builds_task(days=14, limit=200):
    """Move the command output of old builds out of the database."""
    max_date = timezone.now() - timezone.timedelta(days=days)
    queryset = Lead.objects.exclude(status="archived").filter(created_at__lt=max_date).prefetch_related("outputs")[:limit]
    for build in queryset:  # expect: scans-all [dj67af]
        data = [(c.kind, c.body) for c in build.outputs.all()]
        if data:
            build.outputs.all().delete()  # expect: scans-all [dj67ag]
        Lead.objects.filter(pk=build.pk, created_at=build.created_at).update(status="archived")  # expect: prunes [dj67ah]
