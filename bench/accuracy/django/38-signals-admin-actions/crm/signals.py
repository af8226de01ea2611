from django.db.models.signals import post_save, pre_delete
from django.dispatch import receiver

from crm.models import AgentOutput, Lead
from crm.services import mark_contacted


@receiver(post_save, sender=AgentOutput)
def output_saved(sender, instance, created, **kwargs):
    if created:
        mark_contacted(instance.lead_id, before=instance.created_at)  # expect: prunes [dj38b] cross


@receiver(post_save, sender=AgentOutput, dispatch_uid="crm.reply_received")
def reply_received(sender, instance, created, **kwargs):
    if created and instance.kind == "reply":
        mark_contacted(instance.lead_id)  # expect: scans-all [dj38a] cross


@receiver(pre_delete, sender=Lead)
def drop_outputs(sender, instance, **kwargs):
    AgentOutput.objects.filter(lead_id=instance.pk).delete()  # expect: scans-all [dj38e]
