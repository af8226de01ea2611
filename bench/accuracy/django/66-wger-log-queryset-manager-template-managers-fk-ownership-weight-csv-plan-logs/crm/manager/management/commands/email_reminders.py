import datetime

from django.core.management.base import BaseCommand

from crm.models import Campaign, Lead, User


class Command(BaseCommand):
    help = "Sends e-mail reminders for routines that are overdue"

    def handle(self, **options):
        today = datetime.date.today()
        for user in User.objects.exclude(email=""):
            routine = Campaign.objects.filter(user=user).last()  # expect: prunes [dj66o]
            if not routine:
                continue
            last_session = Lead.objects.filter(user=user, status="session").order_by("-created_at").first()  # expect: scans-all [dj66p]
            if last_session and today - last_session.created_at.date() < datetime.timedelta(weeks=1):
                continue
            self.stdout.write(f"* Routine '{routine.name}' overdue")
