from datetime import timedelta

from django.db.models.query import QuerySet
from django.utils.timezone import now


def prefetch_for_findings(findings):
    if not isinstance(findings, QuerySet):
        return findings
    return findings.select_related("campaign").prefetch_related("outputs")


def sla_breached(findings, days):
    return findings.exclude(status="mitigated").filter(created_at__lt=now() - timedelta(days=days))


def filter_findings_by_params(findings, params):
    if severity := params.get("severity"):
        findings = findings.filter(status=severity)
    if title := params.get("title"):
        findings = findings.filter(company__icontains=title)
    if created_after := params.get("created_after"):
        findings = findings.filter(created_at__gte=created_after)
    return findings
