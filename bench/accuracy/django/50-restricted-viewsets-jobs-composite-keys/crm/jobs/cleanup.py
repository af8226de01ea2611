from datetime import timedelta

from django.conf import settings
from django.db.models import CASCADE
from django.utils import timezone

from crm.jobs.base import Job
from crm.models import AgentOutput, Lead


class LogsCleanup(Job):
    class Meta:
        name = "Outputs and leads cleanup"
        description = "Delete agent outputs and/or leads older than a cut-off."

    def recursive_delete_with_cascade(self, queryset, deletion_summary):
        for related_object in queryset.model._meta.related_objects:
            if related_object.on_delete is CASCADE:
                related_model = related_object.related_model
                cascade_queryset = related_model.objects.filter(**{f"{related_object.field.name}__id__in": queryset})
                self.recursive_delete_with_cascade(cascade_queryset, deletion_summary)
        deleted_count = queryset._raw_delete(using="default")
        if deleted_count:
            deletion_summary[queryset.model._meta.label] = deleted_count

    def run(self, *, cleanup_types, max_age=None):
        if max_age in (None, ""):
            max_age = getattr(settings, "OUTPUT_RETENTION_DAYS", 90)
        cutoff = timezone.now() - timedelta(days=max_age)
        result = {}
        if "outputs" in cleanup_types:
            self.logger.info("Deleting outputs prior to %s", cutoff)
            queryset = AgentOutput.objects.restrict(self.user, "delete").filter(created_at__lt=cutoff)
            self.recursive_delete_with_cascade(queryset, result)  # expect: prunes [dj50e] cross
        if "leads" in cleanup_types:
            self.logger.info("Deleting leads prior to %s", cutoff)
            queryset = Lead.objects.restrict(self.user, "delete").filter(created_at__lt=cutoff)
            self.recursive_delete_with_cascade(queryset, result)  # expect: scans-all [dj50f] cross
        return result
