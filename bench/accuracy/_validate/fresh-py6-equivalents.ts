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
  // The public path: the ticket by id and submitter address; a staff member: by id only.
  dj59n: 'Lead.objects.get(id=5, email__iexact="a@acme.test")',
  dj59F: 'Lead.objects.get(id=5)',
  // A superuser's queues: every campaign.
  dj59G: 'list(Campaign.objects.all())',
  // A superuser typing "5": get(pk=5) on the tickets of every queue.
  dj59H: 'Lead.objects.filter(campaign__in=Campaign.objects.all()).get(pk=5)',
  dj59I: 'Lead.objects.get(id="5")',
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
  dj60z: `Lead.objects.get(campaign=${DJ60_LIST}, id=5)`,
  dj60A: 'list(Lead(id=5, created_at=T1).outputs.filter(created_at__gt="2026-03-05 00:00:00+00:00").order_by("created_at")[:5])',
  dj60B: 'list(Campaign.objects.order_by("name"))',
  dj60C: `${DJ60_LIST}.leads.filter(created_at__gte=datetime(2026, 11, 1, tzinfo=timezone.utc), created_at__lt=datetime(2026, 12, 1, tzinfo=timezone.utc)).order_by("-created_at").count()`,
  dj60y: 'list(AgentOutput.objects.filter(body__in=["a@acme.test"]).order_by("created_at").filter(created_at__gte=T1)[:10])',
};

export const SQLALCHEMY_PY6: Record<string, string> = {
  // sqlalchemy/58 (Warehouse): project 3 of owner 7 named "spring", release 5 ("1.0") at T1, journal entry 9.
  sa58a: 'session.query(Lead).filter(Lead.campaign_id == 3, Lead.company == "1.0").one_or_none()',
  sa58e: 'session.query(Lead).filter(Lead.campaign_id == 3, Lead.company == "1.0").order_by(Lead.created_at.desc()).first()',
  sa58b: 'session.query(Campaign).filter(Campaign.name == func.lower("Spring")).one_or_none()',
  // No Tabulator filters: newest first, one row more than the page.
  sa58c: 'session.execute(select(func.set_config("statement_timeout", "10000", True)))\nsession.execute(select(AgentOutput.id, AgentOutput.body, AgentOutput.kind, AgentOutput.created_at).where().order_by(AgentOutput.created_at.desc(), AgentOutput.id.desc()).limit(26).offset(0)).all()',
  sa58d: 'session.execute(select(func.set_config("statement_timeout", "10000", True)))\nsession.execute(select(AgentOutput.id, AgentOutput.body, AgentOutput.kind, AgentOutput.created_at).where(AgentOutput.created_at < datetime.fromisoformat("2026-03-05") + timedelta(days=1)).order_by(AgentOutput.created_at.desc(), AgentOutput.id.desc()).limit(26).offset(0)).all()',
  sa58f: 'd = func.date_trunc("day", Lead.created_at)\nsession.execute(select(d.label("date"), func.count(Lead.id)).where(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=30)).group_by(d).order_by(d)).all()',
  sa58g: 'session.execute(select(Lead.company, Lead.campaign_id, Lead.created_at).where(Lead.created_at.isnot(None)).order_by(Lead.created_at.desc()).limit(10)).all()',
  sa58h: 'session.query(Campaign).filter(Campaign.name == "spring").one_or_none()',
  sa58i: 'session.query(Lead).filter(Lead.campaign_id == 3).order_by(Lead.created_at.desc()).limit(10).all()',
  sa58j: 'session.query(AgentOutput).filter(AgentOutput.body == "spring").order_by(AgentOutput.created_at.desc(), AgentOutput.id.desc()).limit(30).all()',
  sa58k: 'session.query(func.count()).select_from(AgentOutput).filter(AgentOutput.body == "spring").scalar()',
  sa58l: 'session.scalar(select(func.count(func.distinct(AgentOutput.body))).where(AgentOutput.body.in_(["spring"]), AgentOutput.kind == "project quarantined", AgentOutput.created_at >= datetime.now(timezone.utc) - timedelta(days=30)))',
  sa58m: 'session.scalars(select(Campaign.name).where(Campaign.archived.is_(True))).all()',
  sa58n: 'session.scalars(select(Campaign).where(func.lower(Campaign.name) == func.lower("spring"))).first()',
  // The flushes update and delete by the mapped primary key (id, created_at).
  sa58o: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(status="yanked"))',
  sa58t: 'session.execute(delete(Lead).where(Lead.id == 5, Lead.created_at == T1))',
  // paginate_sqlalchemy's SqlalchemyOrmPage: the count, then the page.
  sa58p: 'q = session.query(AgentOutput).filter(AgentOutput.lead_id == 5).order_by(AgentOutput.created_at.desc())\nq.count()\nq[0:25]',
  // A naive datetime.now() cut-off, compared with timestamptz.
  sa58q: 'session.query(AgentOutput).filter((AgentOutput.lead_id == 5) & (AgentOutput.created_at >= datetime.now() - timedelta(days=90))).order_by(AgentOutput.created_at.desc()).limit(10).all()',
  sa58r: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5).filter(AgentOutput.created_at >= datetime.now(timezone.utc) - timedelta(days=7)).all()',
  sa58s: 'session.scalars(select(Lead).join(Campaign, Campaign.id == Lead.campaign_id).where(Campaign.user_id == 7).order_by(Lead.created_at.desc()).limit(50)).all()',
  sa58u: 'for r in session.query(Lead).filter(Lead.status != "44.0").yield_per(100).limit(500):\n    pass',
  sa58v: 'session.query(Lead).filter(Lead.id == 5).one()',
  sa58w: 'session.query(Lead).order_by(Lead.created_at.desc()).limit(100).all()',
  sa58x: 'session.query(Lead).filter(Lead.campaign_id == 3).order_by(Lead.created_at.desc()).limit(40).all()',
  // reindex(): every project's newest non-yanked release; reindex_project("spring"): only that project's.
  sa58y: 'rl = select(Lead.id).where(Lead.status != "yanked").order_by(Lead.campaign_id, Lead.created_at.desc()).distinct(Lead.campaign_id).subquery()\nsession.execute(select(Lead.id, Lead.company, Lead.created_at, Lead.campaign_id).select_from(rl).join(Lead, Lead.id == rl.c.id)).all()',
  sa58z: 'rl = select(Lead.id).where(Lead.status != "yanked").order_by(Lead.campaign_id, Lead.created_at.desc()).distinct(Lead.campaign_id).join(Campaign, Campaign.id == Lead.campaign_id).where(Campaign.name == "spring").subquery()\nsession.execute(select(Lead.id, Lead.company, Lead.created_at, Lead.campaign_id).select_from(rl).join(Lead, Lead.id == rl.c.id)).all()',
  sa58A: 'session.scalars(select(AgentOutput).where(AgentOutput.kind == "is_malware", AgentOutput.created_at >= datetime.now(timezone.utc) - timedelta(days=30)).order_by(AgentOutput.created_at)).all()',
  // sqlalchemy/59 (Kallithea): repository 3 ("spring") of owner 7, journal entry 5 at T1; no search term.
  sa59a: 'session.query(Campaign).filter(Campaign.name == "spring").scalar()',
  // joinedload(UserLog.user) / joinedload(UserLog.repository): LEFT OUTER JOINs on users and campaigns; paginate counts, then slices.
  sa59b: 'from sqlalchemy.orm import aliased\nc = aliased(Campaign)\nq = session.query(Lead).outerjoin(c, c.id == Lead.campaign_id).order_by(Lead.created_at.desc())\nq.count()\nq.add_entity(c).offset(0).limit(10).all()',
  sa59c: 'session.query(Campaign).filter(Campaign.user_id == 7).order_by(func.lower(Campaign.name)).all()',
  sa59d: 'from sqlalchemy.orm import aliased\nc = aliased(Campaign)\nsession.query(Lead, c).outerjoin(c, c.id == Lead.campaign_id).filter(Lead.campaign_id.in_([3])).order_by(Lead.created_at.desc()).limit(20).all()',
  sa59e: 'from sqlalchemy.orm import aliased\nc = aliased(Campaign)\nq = session.query(Lead).outerjoin(c, c.id == Lead.campaign_id).filter(or_(Lead.campaign_id.in_([3]), Lead.user_id.in_([7]))).order_by(Lead.created_at.desc())\nq.count()\nq.add_entity(c).offset(0).limit(20).all()',
  sa59f: 'session.query(Campaign).filter_by(user_id=7).all()',
  sa59g: 'session.query(Campaign).filter(Campaign.archived.is_(False)).all()',
  sa59h: 'from sqlalchemy.orm import aliased\nc = aliased(Campaign)\nq = session.query(Lead).outerjoin(c, c.id == Lead.campaign_id).filter(Lead.campaign_id.in_([3])).order_by(Lead.created_at.desc())\nq.count()\nq.add_entity(c).offset(0).limit(20).all()',
  // The lazy load of user.repositories (by user_id).
  sa59i: 'session.query(Campaign).filter(Campaign.user_id == 7).all()',
  // The flush updates the repository by its mapped primary key (id, user_id).
  sa59j: 'session.execute(update(Campaign).where(Campaign.id == 3, Campaign.user_id == 7).values(name="spring-renamed", archived=False))',
  // Deleting the repository: the default cascade of Repository.logs loads the journal entries by campaign_id, sets their
  // campaign_id to NULL by primary key, then deletes the repository by primary key.
  sa59k: 'session.query(Lead).filter(Lead.campaign_id == 3).all()\nsession.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(campaign_id=None))\nsession.execute(delete(Campaign).where(Campaign.id == 3, Campaign.user_id == 7))',
  sa59l: 'session.query(Lead).filter(Lead.campaign_id == 3).order_by(Lead.created_at.desc()).first()',
  sa59m: 'session.query(Campaign).all()',
  sa59n: 'session.query(Campaign).filter(Campaign.user_id == 7).all()',
  sa59o: 'session.query(Campaign).order_by(func.lower(Campaign.name)).all()',
  sa59p: 'session.query(Campaign).filter(Campaign.user_id == 7).order_by(func.lower(Campaign.name)).all()',
};
