from celery import shared_task
from django.core.mail import send_mail
from django.utils import timezone

from crm.models import Lead, User


@shared_task
def send_email_to_assigned_user(lead_id, org_id, source=""):
    lead = Lead.objects.filter(id=lead_id, user_id=org_id).first()  # expect: scans-all [dj58y]
    if lead is None:
        return
    send_mail(f"Lead {lead.company} assigned", "", None, [lead.email])


@shared_task
def create_lead_from_file(validated_rows, user_id, source):
    org = User.objects.get(id=user_id)
    for row in validated_rows:
        if not Lead.objects.filter(company=row.get("company"), user=org).exists():  # expect: scans-all [dj58z]
            lead = Lead(user=org, company=row.get("company"), email=row.get("email", ""), status="assigned", created_at=timezone.now())
            lead.save()
