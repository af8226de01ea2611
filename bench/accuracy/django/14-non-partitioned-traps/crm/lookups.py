from django.db import connection

from .models import ArchivedLead, Lead, User


def owner(email):
    return User.objects.filter(email=email).first()


def archived(company):
    return list(ArchivedLead.objects.filter(company=company))


def users_by_domain(domain):
    with connection.cursor() as cursor:
        cursor.execute("SELECT id, email FROM users WHERE email LIKE %s", [f"%@{domain}"])
        return cursor.fetchall()


def nothing():
    return list(Lead.objects.none())


def window(start, end):
    return list(Lead.objects.filter(created_at__gte=start, created_at__lt=end).only("id", "email"))  # expect: prunes [dj14a]
