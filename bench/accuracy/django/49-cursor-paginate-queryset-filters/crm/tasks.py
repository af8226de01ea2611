from logging import getLogger

from celery import shared_task

from crm.models import AgentOutput, Lead

NOTIFY_CHUNK_SIZE = 32

logger = getLogger("crm.notifications")


@shared_task(name="notifications.new-output", autoretry_for=(AgentOutput.DoesNotExist,), serializer="json")
def notify_on_new_output(output_id: int):
    output = AgentOutput.objects.select_related("lead").get(id=output_id)  # expect: scans-all [dj49i]
    if output.lead.campaign_id is None:
        return
    queryset = Lead.objects.filter(campaign_id=output.lead.campaign_id).select_related("user")
    for lead in queryset.iterator(chunk_size=NOTIFY_CHUNK_SIZE):  # expect: scans-all [dj49j]
        if lead.user_id == output.lead.user_id:
            continue
        logger.info("notify %s about output %s", lead.user_id, output.id)
