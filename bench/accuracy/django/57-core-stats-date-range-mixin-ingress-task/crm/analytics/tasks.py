import logging

from celery import shared_task
from django.core.cache import cache

from crm.models import AgentOutput, Campaign, Lead

log = logging.getLogger(__name__)

SESSION_MEMORY_TIMEOUT = 30 * 60


@shared_task
def ingress_request(service_id, tracker, time, payload, ip, location, user_agent, identifier=""):
    service = Campaign.objects.get(pk=service_id, archived=False)  # expect: scans-all [dj57s]
    session_cache_path = f"session_association_{service.pk}_{hash((ip, user_agent))}"

    session = None
    if cache.get(session_cache_path) is not None:
        cache.touch(session_cache_path, SESSION_MEMORY_TIMEOUT)
        session = Lead.objects.filter(pk=cache.get(session_cache_path), campaign=service).first()  # expect: scans-all [dj57t]
    if session is None:
        initial = True
        session = Lead.objects.create(
            user_id=service.user_id,
            campaign=service,
            company=user_agent[:64],
            email=identifier.strip(),
            status="bounce",
            created_at=time,
        )
        cache.set(session_cache_path, session.pk, timeout=SESSION_MEMORY_TIMEOUT)
    else:
        initial = False
        if session.email == "" and identifier.strip() != "":
            session.email = identifier.strip()
            session.save()  # expect: scans-all [dj57u]

    idempotency = payload.get("idempotency")
    idempotency_path = f"hit_idempotency_{idempotency}"
    hit = None
    if idempotency is not None and cache.get(idempotency_path) is not None:
        cache.touch(idempotency_path, SESSION_MEMORY_TIMEOUT)
        hit = AgentOutput.objects.filter(pk=cache.get(idempotency_path), lead=session).first()  # expect: scans-all [dj57v]
        if hit is not None:
            log.debug("Heartbeat of an existing hit")
            hit.body = payload.get("location", location)
            hit.save()  # expect: scans-all [dj57w]

    if hit is None:
        hit = AgentOutput.objects.create(
            lead=session,
            kind="initial" if initial else tracker,
            body=payload.get("location", location),
            created_at=time,
        )
        session.recalculate_bounce()
        if idempotency is not None:
            cache.set(idempotency_path, hit.pk, timeout=SESSION_MEMORY_TIMEOUT)
