/**
 * The equivalent code of the labelled Django and SQLAlchemy sites of the sixth Python fresh round
 * (held-out cases django/59-60 and sqlalchemy/58-59, modelled on the applications named per case below),
 * run like host-equivalents.ts by the harnesses (with the models of django/01 and sqlalchemy/01: the
 * managers, helpers and scopes of a case are written out here).
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

/** django/59: the tickets of staff member 7's queues (HelpdeskUser.get_queues() of a non-superuser). */
const DJ59_QUEUES = 'Campaign.objects.filter(user=7)';
const DJ59_OPEN = `Lead.objects.filter(campaign__in=${DJ59_QUEUES}).exclude(status="closed")`;
const DJ59_D30 = '(datetime.now(timezone.utc) - timedelta(days=30)).strftime("%Y-%m-%d")';
const DJ59_D60 = '(datetime.now(timezone.utc) - timedelta(days=60)).strftime("%Y-%m-%d")';
const DJ59_ACTIVE = 'Lead.objects.select_related("campaign").exclude(status__in=["closed", "resolved", "duplicate"])';

/** django/60: MailingList.get_recent_dates() (a 32-day window ending tomorrow). */
const DJ60_END = '(datetime.now(timezone.utc) + timedelta(days=1))';
const DJ60_BEGIN = '(datetime.now(timezone.utc) + timedelta(days=1) - timedelta(days=32))';
const DJ60_LIST = 'Campaign(id=3, user_id=7)';

export const DJANGO_PY6: Record<string, string> = {
  // django/59 (django-helpdesk): staff member 7, queue 3, ticket 5 at T1, follow-up 9.
  dj59a: `len(${DJ59_OPEN}.filter(created_at__gte=${DJ59_D30}))`,
  dj59b: `len(${DJ59_OPEN}.filter(created_at__gte=${DJ59_D60}, created_at__lte=${DJ59_D30}))`,
  dj59c: `len(${DJ59_OPEN}.filter(created_at__lte=${DJ59_D60}))`,
  dj59d: `list(Lead.objects.filter(campaign__in=${DJ59_QUEUES}).filter(status="closed"))`,
  dj59e: `list(Lead.objects.filter(campaign__in=${DJ59_QUEUES}).filter(status="closed").filter(created_at__gte=${DJ59_D60}))`,
  dj59f: `list(${DJ59_ACTIVE}.filter(user=7).order_by("-created_at")[:25])`,
  dj59g: 'list(Lead.objects.select_related("campaign").filter(user=7, status__in=["closed", "resolved", "duplicate"]).order_by("-created_at")[:25])',
  dj59h: `list(${DJ59_ACTIVE}.filter(status="unassigned", campaign__in=${DJ59_QUEUES}).order_by("-created_at")[:25])`,
  dj59i: 'list(Lead.objects.select_related("campaign").filter(email="a@acme.test").order_by("-created_at")[:25])',
  dj59j: 'Lead.objects.get(id=5)',
  dj59k: 'list(Lead(id=5, created_at=T1).outputs.order_by("created_at"))',
  dj59l: 'AgentOutput.objects.get(id=9, lead_id=5)',
  // Model.delete(): the collector deletes by primary key `id` only.
  dj59m: 'AgentOutput(id=9, lead_id=5, kind="comment", created_at=T1).delete()',
  // A staff member: the ticket by id only.
  dj59n: 'Lead.objects.get(id=5)',
  // save(update_fields=…) updates by `id` only.
  dj59o: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="new", created_at=T1)\nlead.status = "open"\nlead.save(update_fields=["status"])',
  dj59p: 'Lead.objects.get(id=5, created_at=T1)',
  dj59q: 'Lead.objects.filter(pk=5, created_at=T1).update(status="on_hold")',
  dj59r: 'list(Lead.objects.filter(id__in=["5"]))',
  dj59s: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="new", created_at=T1)\nlead.status = "closed"\nlead.save()',
  dj59t: 'Lead.objects.all().count()',
  dj59u: 'Campaign(id=3, user_id=7).leads.filter(status__in=["open", "reopened"]).count()',
  dj59v: 'Lead.objects.all().order_by("created_at")[0]',
  dj59w: 'Lead.objects.all().order_by("-created_at")[0]',
  dj59x: `list(Lead.objects.all().select_related().filter(campaign__in=${DJ59_QUEUES}))`,
  // No search string: Q() adds nothing.
  dj59y: `[t.id for t in Lead.objects.filter(campaign__in=${DJ59_QUEUES}).filter(Q(status__in=["open", "reopened"]) & Q()).order_by("created_at")[:50]]`,
  dj59z: `list(Lead.objects.filter(campaign__in=${DJ59_QUEUES}).filter(Q(created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)) & Q()).order_by("created_at"))`,
  dj59A: 'list(Lead.objects.filter(user=7).filter(Q(status="open") | Q(status="reopened")).order_by("-created_at")[:20])',
  dj59B: 'list(AgentOutput.objects.order_by("-created_at")[:20])',
  dj59C: 'list(Campaign.objects.filter(archived=False))',
  dj59D: 'list(Campaign(id=3, user_id=7).leads.filter(status__in=["open", "reopened"]).exclude(status="on_hold").filter(Q(created_at__lte=datetime.now(timezone.utc) - timedelta(days=3))))',
  dj59E: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="open", created_at=T1)\nlead.status = "escalated"\nlead.save(update_fields=["status"])',
  // django/60 (HyperKitty): list 3 of owner 7, thread 5 at T1, email 9; the archives of 2026-03.
  dj60a: `AgentOutput.objects.filter(lead__campaign=${DJ60_LIST}, created_at__gte=${DJ60_BEGIN}, created_at__lt=${DJ60_END}).values("body").distinct().count()`,
  dj60b: `list(${DJ60_LIST}.leads.filter(created_at__gte=${DJ60_BEGIN}, created_at__lt=${DJ60_END}).order_by("-created_at"))`,
  dj60c: `list(${DJ60_LIST}.leads.filter(created_at__gte=${DJ60_BEGIN}, created_at__lt=${DJ60_END}).values("email").annotate(count=Count("id")).order_by("-count")[:5])`,
  dj60d: 'Lead.objects.filter(campaign_id=3, created_at__lt=T1).order_by("-created_at").first()',
  dj60e: 'Lead.objects.filter(campaign_id=3, created_at__gt=T1).order_by("created_at").first()',
  dj60f: 'Lead(id=5, created_at=T1).outputs.count()',
  dj60g: 'Campaign.objects.get(name="Spring")',
  dj60h: `${DJ60_LIST}.leads.filter(created_at__gte=datetime(2026, 3, 1, tzinfo=timezone.utc), created_at__lt=datetime(2026, 4, 1, tzinfo=timezone.utc)).order_by("-created_at").count()`,
  dj60i: `list(${DJ60_LIST}.leads.filter(created_at__gte=datetime(2026, 3, 1, tzinfo=timezone.utc), created_at__lt=datetime(2026, 4, 1, tzinfo=timezone.utc)).order_by("-created_at")[0:10])`,
  dj60j: `list(${DJ60_LIST}.leads.filter(outputs__body="a@acme.test").distinct().order_by("-created_at")[:10])`,
  dj60k: `list(AgentOutput.objects.filter(lead__campaign=${DJ60_LIST}, created_at__gte=${DJ60_BEGIN}, created_at__lt=${DJ60_END}))`,
  // No thread/start/end in the query string.
  dj60l: `list(AgentOutput.objects.filter(lead__campaign=${DJ60_LIST}).order_by("created_at"))`,
  dj60m: 'list(Lead(id=5, created_at=T1).outputs.order_by("id")[1:6])',
  dj60n: `Lead.objects.get(campaign=${DJ60_LIST}, id=5)`,
  dj60o: 'Lead(id=5, created_at=T1).outputs.order_by("created_at").first()',
  dj60p: 'Lead(id=5, created_at=T1).outputs.filter(created_at__gt=T1).count()',
  dj60q: `AgentOutput.objects.get(id=9, lead__campaign=${DJ60_LIST})`,
  // The forward foreign key loads the thread by `id` only.
  dj60r: 'AgentOutput(id=9, lead_id=5, kind="message", created_at=T1).lead',
  dj60s: 'AgentOutput(id=9, lead_id=5, kind="message", created_at=T1).delete()',
  dj60t: 'Lead(id=5, created_at=T1).outputs.exists()',
  dj60u: 'Lead.objects.filter(id=5, created_at=T1).delete()',
  dj60v: 'list(Campaign.objects.filter(archived=False).order_by("name"))',
  dj60w: 'Lead.objects.filter(outputs__isnull=True).delete()',
  dj60x: `AgentOutput.objects.filter(body__in=["a@acme.test"]).order_by("created_at").filter(lead__campaign=${DJ60_LIST}).order_by("created_at").first()`,
  dj60y: 'list(AgentOutput.objects.filter(body__in=["a@acme.test"]).order_by("created_at").filter(created_at__gte=T1)[:10])',
};

export const SQLALCHEMY_PY6: Record<string, string> = {
};
