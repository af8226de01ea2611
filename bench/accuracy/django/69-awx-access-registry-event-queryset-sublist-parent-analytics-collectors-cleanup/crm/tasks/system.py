from crm.models import Campaign, Lead
from crm.scheduler.queries import running_since
from crm.scheduler.task_manager import TaskManager


def awx_periodic_scheduler():
    for template in Campaign.objects.filter(archived=False):  # expect: scans-all [dj69y]
        template.name = template.name.strip()
    return TaskManager().schedule()


def handle_work_error(task_id, error):
    Lead.objects.filter(pk=task_id).update(status="error", company=str(error)[:100])  # expect: scans-all [dj69z]


def awx_receptor_workunit_reaper():
    reaped = []
    for job in running_since(24):  # expect: prunes [dj69ab] cross
        if job.cancel():
            reaped.append(job.id)
    return reaped
