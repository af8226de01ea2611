/**
 * The equivalent code of the labelled Django and SQLAlchemy sites of the eleventh Python fresh round
 * (held-out cases django/69-70 and sqlalchemy/68-69, modelled on the applications named per case below),
 * run like host-equivalents.ts by the harnesses (with the models of django/01 and sqlalchemy/01: the
 * managers, helpers and scopes of a case are written out here).
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

const NOW = 'datetime.now(timezone.utc)';
const CAMPAIGN3 = 'Campaign(id=3, user_id=7, name="Spring", archived=False)';
// AWX: a superuser sees everything (`BaseAccess.get_queryset()` returns `objects.all()`).
const AWX_EVENTS = 'AgentOutput.objects.filter(lead=5, created_at__gte=T1)';

export const DJANGO_PY11: Record<string, string> = {
  // django/70 (DefectDojo): superuser path (everything), product 3 "Spring" of user 7, finding 5 at T1 (hash "a@acme.test").
  // The finding list without severity / title / created_after params: the paginator's count.
  dj70a: 'from django.core.paginator import Paginator\nPaginator(Lead.objects.all().order_by("id").exclude(status="duplicate").select_related("campaign").prefetch_related("outputs"), 25).get_page(None)',
  dj70ab: 'from django.core.paginator import Paginator\n[f.company for f in Paginator(Lead.objects.all().order_by("id").exclude(status="duplicate").select_related("campaign").prefetch_related("outputs"), 25).get_page(None)]',
  dj70ac: 'from django.core.paginator import Paginator\n[a.id for a in Paginator(AgentOutput.objects.filter(kind="alert", body="u@acme.test").order_by("-created_at"), 25).get_page(None)]',
  dj70b: 'Lead.objects.all().order_by("id").select_related("campaign").prefetch_related("outputs").get(id=5)',
  dj70c: '[n.body for n in Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="new", created_at=T1).outputs.filter(kind="note").order_by("-created_at")]',
  dj70d: 'Lead.objects.get(id=5)',
  dj70e: 'Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="mitigated", created_at=T1).save()',
  dj70g: `list(Lead.objects.all().order_by("id").filter(status__in=("Critical", "High", "Medium", "Low", "Info", "mitigated", "accepted")).filter(created_at__range=[${NOW} - timedelta(days=30), ${NOW}]).annotate(month=TruncMonth("created_at")).values("month").annotate(n=Count("id")).order_by("month"))`,
  dj70h: `Lead.objects.all().order_by("id").filter(status__in=("Critical", "mitigated")).filter(created_at__range=[${NOW} - timedelta(days=30), ${NOW}]).filter(status="mitigated").count()`,
  dj70i: `Lead.objects.all().order_by("id").filter(status__in=("Critical", "accepted")).filter(status="accepted", created_at__gte=${NOW} - timedelta(days=30)).count()`,
  dj70j: `[p.name for p in Campaign.objects.all().order_by("name").annotate(critical=Count("leads", filter=Q(leads__status="Critical", leads__created_at__range=[${NOW} - timedelta(days=30), ${NOW}]))).order_by("-critical")[:10]]`,
  dj70k: `Lead.objects.all().order_by("id").exclude(status="duplicate").filter(created_at__date=${NOW}.date()).count()`,
  dj70l: 'Lead.objects.all().order_by("id").filter(created_at__year=2026, created_at__month=3).count()',
  dj70m: `Lead.objects.all().order_by("id").exclude(status="duplicate").filter(created_at__gte=${NOW} - timedelta(days=7)).count()`,
  dj70n: 'Campaign.objects.all().order_by("name").count()',
  dj70o: '[f.id for f in Lead.objects.filter(campaign=3, status="active").exclude(email__in=["b@acme.test"])]',
  dj70p: 'list(Lead.objects.filter(campaign=3, email="a@acme.test").order_by("id"))',
  dj70q: '[f.id for f in Lead.objects.all().order_by("id").select_related("campaign").prefetch_related("outputs")[:25]]',
  dj70r: 'Lead.objects.all().order_by("id").select_related("campaign").prefetch_related("outputs").get(pk=5)',
  dj70s: '[p.name for p in Campaign.objects.filter(user=7).order_by("name")]',
  dj70t: `list(Lead.objects.filter(status="duplicate", created_at__lt=${NOW} - timedelta(days=90)).order_by("created_at").values_list("id", flat=True)[:500])`,
  dj70u: 'Lead.objects.filter(pk__in=[5]).delete()',
  dj70v: `AgentOutput.objects.filter(kind="alert", created_at__lt=${NOW} - timedelta(days=30)).delete()`,
  dj70w: '[a.id for a in AgentOutput.objects.filter(kind="alert", body="u@acme.test").order_by("-created_at")[:10]]',
  dj70x: '[f.company for f in Lead.objects.filter(campaign=3, created_at__range=(T1, T2)).exclude(status="duplicate").order_by("status", "id")]',
  dj70y: `Lead.objects.all().order_by("id").exclude(status="duplicate").exclude(status="mitigated").filter(created_at__lt=${NOW} - timedelta(days=30)).count()`,
  dj70z: 'list(Lead.objects.all().order_by("id").filter(created_at__gte=T1).values_list("id", "company", "status"))',
  dj70aa: 'Campaign.objects.get(pk=3, user=7)',
  // django/69 (AWX): user 7 (superuser path), job template 3 "Spring", job 5 at T1.
  dj69a: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="canceled", created_at=T1)\nlead.save(update_fields=["status"])',
  dj69b: `${AWX_EVENTS}.count()`,
  dj69c: `"".join(e.body or "" for e in ${AWX_EVENTS}.order_by("created_at"))`,
  dj69d: `[j.id for j in ${CAMPAIGN3}.leads.exclude(status="pending").order_by("-created_at")[:10]]`,
  dj69e: 'Campaign.objects.all().filter(pk=3).exists()',
  dj69f: 'Campaign.objects.filter(pk=3, user=7).exists()',
  dj69g: '[t.name for t in Campaign.objects.all().order_by("name")]',
  dj69h: 'Campaign.objects.filter(user=7).get(pk=3)',
  dj69i: '[j.id for j in Lead.objects.all().order_by("-created_at")[:25]]',
  dj69j: 'Lead.objects.all().get(pk=5)',
  dj69k: 'Lead.objects.get(pk=5)',
  dj69l: `[e.kind for e in ${AWX_EVENTS}.order_by("created_at")[:100]]`,
  dj69m: `Lead.objects.all().filter(status="successful", created_at__gte=${NOW} - timedelta(days=30)).count()`,
  dj69n: 'Lead.objects.all().count()',
  dj69o: 'Lead.objects.all().filter(status="failed").count()',
  dj69q: 'Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="new", created_at=T1).campaign.name',
  dj69r: `list(AgentOutput.objects.all().filter(created_at__gt=${NOW} - timedelta(days=1), created_at__lte=${NOW}).values("id", "lead_id", "kind", "created_at"))`,
  dj69s: `list(Lead.objects.filter(created_at__gt=${NOW} - timedelta(days=1), created_at__lte=${NOW}).values_list("id", "status", "campaign_id"))`,
  dj69t: 'Lead.objects.filter(status__in=("pending", "waiting", "running")).count()',
  dj69u: `Lead.objects.filter(created_at__lt=${NOW} - timedelta(days=90)).exclude(status__in=("pending", "waiting", "running")).count()`,
  dj69v: `list(Lead.objects.filter(created_at__lt=${NOW} - timedelta(days=90)).exclude(status__in=("pending", "waiting", "running")).values_list("pk", flat=True)[:500])`,
  dj69w: 'AgentOutput.objects.filter(lead_id__in=[5]).delete()',
  dj69x: 'Lead.objects.filter(pk__in=[5]).delete()',
  dj69y: '[t.name for t in Campaign.objects.filter(archived=False)]',
  dj69z: 'Lead.objects.filter(pk=5).update(status="error", company="boom")',
  dj69aa: 'list(Lead.objects.filter(status__in=["pending", "waiting", "running"]).order_by("created_at"))',
  dj69ab: `list(Lead.objects.filter(status="running", created_at__gte=${NOW} - timedelta(hours=24)))`,
  dj69ac: 'Lead.objects.get(pk=5, created_at=T1)',
  dj69ad: `${AWX_EVENTS}.filter(kind="playbook_on_stats").exists()`,
  dj69ae: 'Lead.objects.filter(pk=5, created_at=T1).update(status="successful")',
};

export const SQLALCHEMY_PY11: Record<string, string> = {
  // sqlalchemy/69 (Nova DB API): project / user 7, key pair 3 "Spring", instance 5 (uuid "a@acme.test", host "Acme") at T1.
  // Admin contexts (no project filter) and read_deleted "no".
  sa69a: 'session.query(Lead).filter_by(email="a@acme.test").first()',
  sa69b: 'session.query(Lead).filter_by(id=5).first()',
  sa69c: 'session.query(Lead).filter_by(company="Acme").all()',
  // The server list without changes-since / changes-before.
  sa69d: 'session.query(Lead).filter_by(status="active").order_by(Lead.created_at.desc(), Lead.id.desc()).limit(1000).all()',
  sa69e: 'session.query(Lead).filter(or_(Lead.status != "deleted", Lead.company.is_(None))).filter(Lead.created_at < T2).filter(Lead.created_at >= T1).filter_by(company="Acme").all()',
  // oslo.db soft_delete(): an UPDATE with the query's criteria.
  sa69f: 'session.query(Lead).filter_by(email="a@acme.test").update({"status": "deleted"}, synchronize_session=False)',
  sa69g: `session.query(Lead).filter(Lead.created_at <= ${NOW} - timedelta(seconds=600)).filter_by(status="rebooting").all()`,
  sa69h: 'session.query(func.count(Lead.id)).filter(Lead.user_id == 7).scalar()',
  sa69i: 'session.query(AgentOutput).filter_by(lead_id=5, body="req-1").order_by(AgentOutput.created_at.desc(), AgentOutput.id.desc()).first()',
  sa69j: 'session.query(AgentOutput).filter_by(lead_id=5, kind="action").order_by(AgentOutput.created_at.desc(), AgentOutput.id.desc()).all()',
  sa69k: 'session.query(AgentOutput).filter_by(lead_id=5, kind="compute_start").order_by(AgentOutput.created_at.desc()).first()',
  sa69l: 'session.query(AgentOutput).filter(AgentOutput.lead_id.in_([5])).filter_by(kind="fault").order_by(AgentOutput.created_at.desc(), AgentOutput.id.desc()).all()',
  sa69m: 'session.query(Campaign).filter(Campaign.archived.is_(False)).filter_by(user_id=7, name="Spring").first()',
  sa69n: 'session.query(Campaign).filter(Campaign.archived.is_(False)).filter_by(name="Spring", user_id=7).first()',
  sa69o: 'session.query(Campaign).filter(Campaign.archived.is_(False)).filter_by(user_id=7).order_by(Campaign.name).filter(Campaign.name > "Spring").limit(50).all()',
  sa69p: 'session.query(func.count(Campaign.id)).filter(Campaign.archived.is_(False)).filter(Campaign.user_id == 7).scalar()',
  sa69q: 'session.query(Campaign).filter(Campaign.archived.is_(False)).filter_by(user_id=7, name="Spring").update({"archived": True}, synchronize_session=False)',
  // archive_deleted_rows without --before.
  sa69r: 'L = Lead.__table__\n[row.id for row in conn.execute(select(L.c.id).where(L.c.status == "deleted").order_by(L.c.id).limit(1000))]',
  // Run in the session (rolled back) rather than on `conn`, so the seeded row stays for later equivalents.
  sa69s: 'L = Lead.__table__\nsession.execute(delete(L).where(L.c.id.in_([5])))',
  sa69t: 'session.query(AgentOutput).filter_by(lead_id=5).order_by(AgentOutput.created_at.desc(), AgentOutput.id.desc()).all()',
  sa69u: 'session.query(AgentOutput).filter_by(kind="instance_usage_audit").filter(AgentOutput.created_at >= T1, AgentOutput.created_at < T2).all()',
  sa69v: 'session.query(AgentOutput).filter_by(kind="instance_usage_audit").filter(AgentOutput.created_at >= T1, AgentOutput.created_at < T2).filter_by(body="Acme").first()',
  sa69w: 'session.query(AgentOutput).filter_by(kind="instance_usage_audit").filter(AgentOutput.created_at >= T1, AgentOutput.created_at < T2).filter_by(body="Acme").update({"body": "DONE"}, synchronize_session=False)',
  sa69x: `session.query(AgentOutput).filter(AgentOutput.kind == "console_token").filter(AgentOutput.created_at <= ${NOW}).delete(synchronize_session=False)`,
  // sqlalchemy/68 (Hypothesis h): user 7, group 3 "Spring", annotation 5 at T1, job 9.
  sa68a: 'session.scalars(select(Lead).where(Lead.id == 5)).one_or_none()',
  sa68b: 'session.execute(select(Lead).where(Lead.id.in_([5]))).scalars().all()',
  sa68c: 'session.scalar(select(Lead).where(Lead.status != "deleted").where(Lead.email != "private").where(Lead.user_id == 7).with_only_columns(func.count(Lead.id)))',
  sa68d: 'session.scalar(select(Lead).where(Lead.status != "deleted").where(Lead.email != "private").where(Lead.campaign_id == 3).where(Lead.created_at >= T1).with_only_columns(func.count(Lead.id)))',
  sa68e: 'session.query(Campaign).filter_by(name="Spring").one_or_none()',
  sa68f: '[g.id for g in session.query(Campaign).filter_by(user_id=7).with_entities(Campaign.id)]',
  sa68g: 'session.query(Campaign).filter_by(user_id=7).order_by(Campaign.name).all()',
  sa68h: '[row.id for row in session.query(Campaign.id).filter(or_(Campaign.archived.is_(False), Campaign.user_id == 7))]',
  // The flush of a loaded annotation: UPDATE by the mapped primary key (id, created_at). The row is added in the
  // rolled-back transaction (Core deletes of earlier equivalents, run outside the session, may have removed the seeded one).
  sa68i: 'from sqlalchemy import insert\nnew_id = session.execute(insert(Lead).values(user_id=7, campaign_id=3, company="Acme", email="b@acme.test", status="new", created_at=T1).returning(Lead.id)).scalar_one()\nlead = session.get(Lead, (new_id, T1))\nlead.status = "approved"\nsession.flush()',
  sa68j: 'session.execute(update(Lead).where(Lead.id == 5).values(status="hidden"))',
  sa68k: `session.scalars(select(Lead.id).where(Lead.status == "deleted").where(Lead.created_at < ${NOW} - timedelta(minutes=10)).limit(1000)).all()`,
  sa68l: 'session.execute(delete(Lead).where(Lead.id.in_([5])))',
  sa68m: `session.scalars(select(AgentOutput).where(AgentOutput.kind == "sync_annotation", AgentOutput.created_at <= ${NOW}).order_by(AgentOutput.created_at).limit(10).with_for_update(skip_locked=True)).all()`,
  sa68n: 'session.execute(delete(AgentOutput).where(AgentOutput.id.in_([9])))',
  sa68o: `session.execute(delete(AgentOutput).where(AgentOutput.created_at < ${NOW} - timedelta(days=30)))`,
  sa68p: 'session.scalar(select(func.count(AgentOutput.id)).where(AgentOutput.kind == "sync_annotation"))',
  sa68q: 'session.scalars(select(Lead.id).where(Lead.created_at >= T1, Lead.created_at <= T2)).all()',
  sa68r: 'session.scalars(select(Lead.id).where(Lead.user_id == 7)).all()',
  sa68s: '[g.id for g in session.scalars(select(Campaign).where(Campaign.user_id == 7))]',
  sa68t: 'session.execute(select(Lead.id, Lead.user_id, Lead.created_at).where(Lead.created_at.between(T1, T2)).where(Lead.campaign_id.in_([3])).where(Lead.status != "deleted").order_by(Lead.created_at).limit(100000)).all()',
  // The search without `search_after` (and without group / moderation filters).
  sa68u: 'session.scalars(select(Lead).where(Lead.status != "deleted").where(Lead.email != "private").order_by(Lead.created_at.desc()).limit(20)).all()',
  sa68v: 'session.scalar(select(Lead).where(Lead.status != "deleted").where(Lead.email != "private").with_only_columns(func.count(Lead.id)))',
  sa68w: 'session.query(Campaign).order_by(Campaign.name).offset(0).limit(20).all()',
  sa68x: 'session.scalar(select(Lead).where(Lead.status != "deleted").where(Lead.campaign_id == 3).with_only_columns(func.count(Lead.id)))',
  sa68y: 'session.execute(delete(Campaign).where(Campaign.id == 3, Campaign.user_id == 7))',
  sa68z: 'session.scalar(select(Lead).where(Lead.status != "deleted").where(Lead.email != "private").where(Lead.user_id == 7, Lead.created_at >= T1).with_only_columns(func.count(Lead.id)))',
};
