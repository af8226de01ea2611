from celery import shared_task

from crm.models import Campaign, Lead


@shared_task(ignore_result=True)
def task_delete_stubs():
    Lead.objects.delete_stubs()


@shared_task(ignore_result=True)
def task_check_trash_periods():
    Campaign.objects.check_trash_periods()
