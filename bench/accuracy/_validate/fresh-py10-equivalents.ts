/**
 * The equivalent code of the labelled Django and SQLAlchemy sites of the tenth Python fresh round
 * (held-out cases django/67-68 and sqlalchemy/66-67, modelled on the applications named per case below),
 * run like host-equivalents.ts by the harnesses (with the models of django/01 and sqlalchemy/01: the
 * managers, helpers and scopes of a case are written out here).
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

const NOW = 'datetime.now(timezone.utc)';
const LEAD5 = 'Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="new", created_at=T1)';
const CAMPAIGN3 = 'Campaign(id=3, user_id=7, name="Spring", archived=False)';
// Read the Docs: the privacy-aware querysets of user 7 (`public()` ORs in the user's projects).
const RTD_PROJECTS = '(Campaign.objects.filter(user=7) | Campaign.objects.filter(archived=False)).distinct()';
const RTD_BUILDS = '(Lead.objects.filter(campaign__in=Campaign.objects.filter(user=7).values_list("pk", flat=True)) | Lead.objects.filter(campaign__archived=False)).distinct()';
const RTD_COMMANDS = '(AgentOutput.objects.filter(lead__campaign__in=Campaign.objects.filter(user=7).values_list("pk", flat=True)) | AgentOutput.objects.filter(lead__campaign__archived=False)).distinct()';
// Buildbot: the Core tables (the mapped tables of the harness models).
const L = 'L = Lead.__table__';
const C = 'C = Campaign.__table__';
const A = 'A = AgentOutput.__table__';
// pretalx: the default manager (and so `event.leads`) excludes drafts.
const SUBS = 'Lead.objects.exclude(status="draft").filter(campaign=3)';

export const DJANGO_PY10: Record<string, string> = {
  // django/67 (Read the Docs): user 7, project 3 "Spring", build 5 at T1 (version "Acme").
  dj67a: `Lead.objects.filter(Q(campaign__name="Spring", created_at__gte=${NOW} - timedelta(hours=5))).exclude(status__in=["triggered", "finished"]).distinct().count()`,
  dj67b: `${CAMPAIGN3}.leads.filter(company="latest", status="finished").order_by("-created_at").first()`,
  dj67d: 'Lead.objects.filter(campaign=3, company="Acme", created_at__lt=T1).order_by("-created_at").first()',
  dj67e: `since = ${NOW}.date() - timedelta(days=30)\n{v: t for v, t in Lead.objects.filter(campaign=3, created_at__gte=since).values_list("company").annotate(total=Count("id")).order_by("-total")[:10]}`,
  dj67f: 'list(Campaign.objects.filter(user=7).order_by("name"))',
  dj67g: `${RTD_PROJECTS}.get(name="Spring")`,
  dj67h: `list(${RTD_BUILDS}.filter(campaign=3).order_by("-created_at")[:5])`,
  dj67i: 'Campaign.objects.filter(user=7).get(name="Spring")',
  // Model.save() of a loaded project: UPDATE by `id` only.
  dj67j: `${CAMPAIGN3}.save()`,
  dj67k: 'Campaign.objects.filter(user=7).get(name="Spring")',
  dj67l: 'Lead.objects.filter(campaign=3).get(pk=5)',
  dj67m: `list(${LEAD5}.outputs.order_by("created_at"))`,
  dj67o: `Lead.objects.filter(campaign=3, created_at__gte=${NOW} - timedelta(hours=5)).exclude(status="finished").count()`,
  dj67p: `list(Lead.objects.filter(campaign=3, created_at__gte=${NOW} - timedelta(hours=24)).order_by("-created_at").values("id", "status", "company"))`,
  dj67r: `today = ${NOW}.date()\nLead.objects.filter(campaign=3, created_at__date__lte=today, created_at__date__gte=today - timedelta(days=30)).order_by("-created_at").count()`,
  dj67u: `[p.name for p in ${RTD_PROJECTS}.order_by("name")]`,
  dj67v: 'list(Campaign.objects.filter(user=7).values_list("name", flat=True))',
  dj67w: 'Campaign.objects.get(pk=3, user=7)',
  dj67x: `[b.id for b in ${RTD_BUILDS}.filter(campaign=3).order_by("-created_at")[0:20]]`,
  dj67y: `${RTD_BUILDS}.get(pk=5)`,
  dj67z: 'Lead.objects.filter(pk=5).update(status="triggered")',
  dj67aa: `[c.kind for c in ${RTD_COMMANDS}.filter(lead=5).order_by("created_at")]`,
  dj67ab: 'Lead.objects.get(pk=5)',
  dj67ac: 'Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="abc123", status="building", created_at=T1).save()',
  dj67ad: `list(Lead.objects.filter(~Q(status="finished") & Q(created_at__lte=${NOW} - timedelta(seconds=1080)))[:50])`,
  dj67ae: 'Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="finished", created_at=T1).save()',
  // The seeded build 5 is older than 14 days: the prefetch of its commands (by lead_id IN) runs too.
  dj67af: `list(Lead.objects.exclude(status="archived").filter(created_at__lt=${NOW} - timedelta(days=14)).prefetch_related("outputs")[:200])`,
  dj67ag: `${LEAD5}.outputs.all().delete()`,
  dj67ah: 'Lead.objects.filter(pk=5, created_at=T1).update(status="archived")',
  // django/68 (pretalx): organiser / speaker user 7, event 3 "Spring", submission 5 (code "a@acme.test") at T1.
  dj68a: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="accepted", created_at=T1)\nlead.save(update_fields=["status"])',
  dj68b: 'Campaign.objects.get(name__iexact="spring")',
  dj68c: 'Campaign.objects.filter(user=7).filter(name="Spring").exists()',
  dj68d: 'Lead.objects.filter(status="draft", campaign=3).count()',
  dj68e: 'AgentOutput.objects.filter(lead__campaign=3, kind="review").count()',
  dj68f: `${SUBS}.exclude(outputs__kind="review").count()`,
  dj68g: `${SUBS}.filter(status__in=["accepted", "confirmed"]).count()`,
  dj68h: `${SUBS}.filter(status="accepted").count()`,
  dj68i: `${SUBS}.count()`,
  dj68j: `${SUBS}.filter(created_at__gte=${NOW} - timedelta(days=7)).count()`,
  dj68k: `list(AgentOutput.objects.filter(kind="log", created_at__gte=${NOW} - timedelta(hours=24)).order_by("-created_at")[:20])`,
  dj68l: `list(${SUBS}.order_by("-created_at")[:50])`,
  dj68m: 'Lead.objects.filter(campaign=3).prefetch_related("outputs").get(email__iexact="a@acme.test")',
  dj68n: `list(${LEAD5}.outputs.filter(kind="feedback").order_by("-created_at"))`,
  dj68o: `list(${SUBS}.filter(created_at__gte=T1, created_at__lt=T2).values_list("status", "created_at"))`,
  dj68p: `list(${SUBS}.filter(user=7).order_by("-created_at"))`,
  dj68q: 'list(Lead.objects.filter(campaign=3, user=7, status="draft", created_at__gte=T1))',
  dj68r: `${SUBS}.filter(email="a@acme.test", user=7).first()`,
  dj68s: 'Lead.objects.exclude(status="draft").filter(pk=5, created_at=T1).update(status="withdrawn")',
  dj68t: `Lead.objects.filter(status="draft", created_at__lt=${NOW}.replace(year=${NOW}.year - 1)).delete()`,
  dj68u: '[e.name for e in Campaign.objects.filter(user=7).order_by("name")]',
  dj68v: 'Campaign.objects.filter(user=7).get(name="Spring")',
  dj68w: `[s.email for s in ${SUBS}.select_related("user").order_by("pk")]`,
  dj68x: `[r.body for r in AgentOutput.objects.filter(lead__campaign=3, lead__in=${SUBS}, kind="review").select_related("lead").order_by("pk")]`,
  dj68y: '[r.body for r in AgentOutput.objects.filter(kind="review", created_at__gte=T1, created_at__lt=T2)]',
};

export const SQLALCHEMY_PY10: Record<string, string> = {
  // sqlalchemy/66 (JupyterHub): hub user 7, server 3 "Spring", API token 5 at T1 (prefix "abcd"), OAuth code 9 at T1.
  // purge_expired runs for tokens (14 days) and OAuth codes (10 minutes).
  sa66a: `for cls, age in ((Lead, timedelta(days=14)), (AgentOutput, timedelta(minutes=10))):\n    session.query(cls).filter(cls.created_at < ${NOW} - age).all()`,
  // The commit flushes the deletes of the loaded entries by the mapped primary key.
  sa66b: 'session.execute(delete(Lead).where(Lead.id == 5, Lead.created_at == T1))\nsession.execute(delete(AgentOutput).where(AgentOutput.id == 9, AgentOutput.created_at == T1))',
  // find() without `kind` (the current-user path).
  sa66c: 'from sqlalchemy import bindparam\n[t.id for t in session.query(Lead).filter(bindparam("prefix", "abcd").startswith(Lead.company))]',
  sa66d: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(status="active"))',
  sa66e: 'session.query(Campaign).filter(Campaign.user_id == 7).filter(Campaign.name == "Spring").first()',
  // The admin path without state / name filters.
  sa66f: '[s.name for s in session.query(Campaign).order_by(Campaign.id.asc()).offset(0).limit(200)]',
  sa66g: 'session.query(Campaign).count()',
  sa66h: 'session.execute(update(Campaign).where(Campaign.id == 3, Campaign.user_id == 7).values(archived=False))',
  sa66i: 'session.execute(delete(Campaign).where(Campaign.id == 3, Campaign.user_id == 7))',
  sa66j: '[t.id for t in session.query(Lead).filter(Lead.user_id == 7).order_by(Lead.id.asc())]',
  sa66k: 'session.query(Lead).filter(Lead.user_id == 7).filter(Lead.status == "active").count()',
  sa66l: 'session.query(Lead).filter_by(id=5).first()',
  sa66m: 'session.execute(delete(Lead).where(Lead.id == 5, Lead.created_at == T1))',
  sa66n: `for days in (1, 7, 30):\n    session.query(func.count(func.distinct(AgentOutput.lead_id))).filter(AgentOutput.kind == "activity", AgentOutput.created_at >= ${NOW} - timedelta(days=days)).scalar()`,
  sa66o: 'session.query(Campaign).filter(Campaign.archived == False).count()',
  sa66p: 'session.query(AgentOutput).filter_by(body="c0de", kind="oauth_code").first()',
  sa66q: 'session.query(AgentOutput).filter_by(body="c0de", kind="oauth_code").first()',
  sa66r: 'session.execute(delete(AgentOutput).where(AgentOutput.id == 9, AgentOutput.created_at == T1))',
  sa66s: '[s.name for s in session.query(Campaign).filter(Campaign.archived == False)]',
  sa66t: 'session.query(Campaign).filter_by(user_id=7, name="Spring").one_or_none()',
  sa66u: 'session.execute(update(Campaign).where(Campaign.id == 3, Campaign.user_id == 7).values(archived=True))',
  sa66v: '[t.company for t in session.query(Lead).filter(Lead.created_at >= T1).order_by(Lead.created_at.desc()).limit(50)]',
  sa66w: '[s.name for s in session.query(Campaign).filter(Campaign.user_id == 7).filter(Campaign.archived == False).order_by(Campaign.name)]',
  sa66x: 'list(session.query(Campaign).filter(Campaign.user_id == 7))',
  sa66y: 'session.execute(update(Campaign).where(Campaign.id == 3, Campaign.user_id == 7).values(archived=True))',
  // sqlalchemy/67 (Buildbot, Core tables through `self.db.model`): builder 3 "Spring" of master 7, build 5 (number "12") at T1, step 9.
  // _getBuild for getBuild(5) and getBuildByNumber(3, 12).
  sa67a: `${L}\nconn.execute(L.select().where(L.c.id == 5)).fetchone()\nconn.execute(L.select().where((L.c.campaign_id == 3) & (L.c.email == "12"))).fetchone()`,
  sa67b: `${L}\nconn.execute(L.select().where(L.c.campaign_id == 3).where(L.c.created_at < T2).where(L.c.status == "success").order_by(L.c.created_at.desc()).limit(1)).fetchone()`,
  // getBuilds() without filters (the data API's collection).
  sa67c: `${L}\nconn.execute(L.select()).fetchall()`,
  sa67d: `${L}\n[r.id for r in conn.execute(L.select().where(L.c.campaign_id == 3, L.c.created_at.between(${NOW} - timedelta(days=7), ${NOW})))]`,
  sa67e: `${L}\nconn.execute(L.update().where(L.c.id == 5).values(company="stopping"))`,
  sa67f: `${L}\nconn.execute(L.update().where(L.c.id == 5).values(status="cancelled"))`,
  sa67g: `${L}\nconn.execute(L.update().where(L.c.id == 5).where(L.c.created_at == T1).values(status="success"))`,
  sa67h: `${L}\nconn.execute(select(func.max(L.c.id)).where(L.c.campaign_id == 3)).scalar()`,
  sa67i: `${C}\nconn.execute(C.select().where(C.c.name == "Spring")).fetchone()`,
  // getBuilders() without masterid (and getBuilder(3), by id only).
  sa67j: `${C}\nconn.execute(select(C.c.id, C.c.name, C.c.user_id)).fetchall()\nconn.execute(select(C.c.id, C.c.name, C.c.user_id).where(C.c.id == 3)).fetchall()`,
  sa67k: `${C}\n[r.id for r in conn.execute(select(C.c.id).where(C.c.user_id == 7).order_by(C.c.name))]`,
  sa67l: `${C}\nconn.execute(C.update().where(C.c.id == 3).values(name="nightly"))`,
  sa67m: `${C}\nconn.execute(C.update().where(C.c.user_id == 7).values(archived=True))`,
  sa67n: `${A}\nconn.execute(A.select().where(A.c.id == 9)).fetchone()\nconn.execute(A.select().where((A.c.kind == "email") & (A.c.lead_id == 5))).fetchone()`,
  sa67o: `${A}\nconn.execute(A.select().where(A.c.lead_id == 5).order_by(A.c.id)).fetchall()`,
  sa67p: `${A}\nconn.execute(A.update().where(A.c.id == 9).values(body="done"))`,
  sa67q: `${L}\n${A}\nconn.execute(A.update().where(A.c.lead_id.in_(select(L.c.id).where(L.c.created_at < ${NOW} - timedelta(days=30)))).values(body=None))`,
  sa67r: `${A}\nconn.execute(A.delete().where(A.c.created_at < ${NOW} - timedelta(days=30)))`,
  sa67s: `${L}\nconn.execute(L.delete().where(L.c.created_at < ${NOW} - timedelta(days=30)))`,
  sa67t: `${L}\n[r.id for r in conn.execute(select(L.c.id).order_by(L.c.id.desc()).offset(1000))]`,
  // One batch of the ids beyond the horizon (build 5), from each dependent table in order.
  sa67u: `${L}\n${A}\nconn.execute(A.delete().where(A.c.lead_id.in_([5])))\nconn.execute(L.delete().where(L.c.id.in_([5])))`,
};
