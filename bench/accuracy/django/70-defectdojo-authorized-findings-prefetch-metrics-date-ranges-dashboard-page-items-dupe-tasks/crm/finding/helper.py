from django.utils.timezone import now

from crm.models import AgentOutput, Lead


def close_finding(finding, user, note=None):
    finding.status = "mitigated"
    finding.save()  # expect: scans-all [dj70e]
    if note:
        AgentOutput.objects.create(lead=finding, kind="note", body=f"{user.email}: {note}", created_at=now())


def close_old_findings(product, new_hash_codes, user):
    old_findings = Lead.objects.filter(campaign=product, status="active").exclude(email__in=new_hash_codes)
    closed = 0
    for finding in old_findings:  # expect: scans-all [dj70o]
        close_finding(finding, user, note="not found in the latest scan")
        closed += 1
    return closed


def get_reimport_match_candidates(product, hash_code):
    return list(Lead.objects.filter(campaign=product, email=hash_code).order_by("id"))  # expect: scans-all [dj70p]
