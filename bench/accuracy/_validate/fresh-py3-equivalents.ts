/**
 * The equivalent code of the labelled Django and SQLAlchemy sites of the third Python fresh round
 * (batches H, I and the held-out J, cases modelled on Plane, Paperless-ngx, Mealie, Prefect and
 * the applications named per batch below), run like host-equivalents.ts by the harnesses (with the
 * models of django/01 and sqlalchemy/01: the managers and scopes of a case are written out here).
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

/** Plane's lead_objects manager: archived and bounced leads excluded. */
const BOARD = 'Lead.objects.exclude(status="archived").exclude(status="bounced")';
/** Paperless-ngx's owner-aware helper for a signed-in, non-superuser user. */
const OWNED = 'Lead.objects.filter(Q(user=7) | Q(campaign__isnull=True))';
/** Read the Docs' public(user) for a signed-in member: the user's campaigns OR the public statuses. */
const VISIBLE = 'Lead.objects.filter(campaign__in=Campaign.objects.filter(user=7, archived=False).values_list("pk", flat=True)) | Lead.objects.filter(status__in=("qualified", "won"))';
/** Taiga's get_queryset: select_related and the extra() count of outputs. */
const TAIGA = 'Lead.objects.all().select_related("campaign").extra(select={"total_outputs_attr": "SELECT COUNT(*) FROM agent_outputs WHERE agent_outputs.lead_id = leads.id"})';

export const DJANGO_PY3: Record<string, string> = {
  // Batch H: django/41 (Plane), django/42 (Paperless-ngx).
  // No filter in the query string: lead_filters() gives {}.
  dj41a: `qs = ${BOARD}.filter(user_id=7, pk__in=["5"]).filter().annotate(output_count=Subquery(AgentOutput.objects.filter(lead_id=OuterRef("id")).values("lead_id").annotate(count=Count("id")).values("count"))).order_by("-created_at", "-id")\nlist(qs.values("id", "company", "email", "status", "created_at", "output_count"))`,
  dj41b: `${BOARD}.filter(user_id=7).distinct().filter(pk=5).values("id", "company", "email", "status").first()`,
  dj41c: `rows = ${BOARD}.filter(user_id=7, created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)).values("status").annotate(count=Count("id")).order_by("status")\n[r["status"] for r in rows]`,
  dj41d: `${BOARD}.get(pk=5, user_id=7)`,
  dj41e: 'AgentOutput.objects.filter(lead_id=5, created_at__gte=T1).count()',
  dj41f: 'list(AgentOutput.objects.filter(lead_id=5, created_at__gte=T1).order_by("-created_at")[0:50])',
  // The viewset's list action (run by DRF, no pagination class).
  dj41h: `list(${BOARD}.filter(user_id=7).distinct())`,
  dj41g: 'Lead.objects.filter(user_id=7, pk__in=[5]).exclude(status="archived").update(status="archived")',
  // The viewset's list (DRF, no filter in the query string, paginated): the count, then the page.
  dj42a: 'qs = Lead.objects.distinct().order_by("-created_at").annotate(num_outputs=Count("outputs"))\nqs.count()\nlist(qs[:25])',
  // get_object(): the filtered queryset, then get(pk=…).
  dj42b: 'Lead.objects.distinct().order_by("-created_at").annotate(num_outputs=Count("outputs")).get(pk=5)',
  dj42c: 'list(AgentOutput.objects.filter(lead=Lead(id=5, created_at=T1), created_at__gte=T1).order_by("-created_at").values("id", "kind", "created_at"))',
  dj42d: `${OWNED}.count()`,
  dj42e: `${OWNED}.filter(created_at__gte=datetime.now(timezone.utc).replace(day=1, hour=0, minute=0, second=0, microsecond=0)).count()`,
  dj42j: `${OWNED}.filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=7)).values("status").annotate(n=Count("id")).count()`,
  dj42f: 'list(Lead.objects.filter(id__in=[5]).exclude(status="won").values_list("pk", flat=True))',
  dj42g: 'Lead.objects.filter(id__in=[5]).exclude(status="won").update(status="won")',
  dj42k: 'for lead in Lead.objects.filter(id__in=[5]).only("id", "company", "email"):\n    pass',
  dj42h: 'Lead.objects.filter(status="deleted", id__in=[5]).delete()',
  dj42i: 'Lead.objects.filter(status="deleted", created_at__lt=datetime.now(timezone.utc) - timedelta(days=30)).delete()',
  // Batch I: django/43 (Read the Docs), django/44 (Taiga).
  // public(): the user's campaigns OR the public statuses, then (only_recent) the 90-day window.
  dj43a: `qs = (${VISIBLE}).filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=90)).distinct().order_by("-created_at")\nqs.count()\nlist(qs[0:25])`,
  dj43b: `list((${VISIBLE}).distinct().filter(status="won").order_by("-created_at")[:50])`,
  dj43c: 'Lead.objects.filter(Q(user=7) & Q(created_at__gt=datetime.now(timezone.utc) - timedelta(hours=5))).exclude(status__in=("won", "lost", "archived")).distinct().count()',
  dj43d: `(${VISIBLE}).filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=90)).distinct().get(pk=5)`,
  dj43e: `(${VISIBLE}).distinct().filter(status="won").count()`,
  dj43f: 'for lead in Lead.objects.filter(created_at__lt=datetime.now(timezone.utc) - timedelta(days=180), status__in=("lost", "won")).order_by("created_at")[:500]:\n    pass',
  dj43g: 'Lead(id=5, created_at=T1).outputs.all().delete()',
  dj43h: 'Lead.objects.filter(pk=5, created_at=T1).update(status="archived")',
  // The viewset's list action (DRF, no pagination class): api_v2 → api → public(only_recent=False).
  dj43i: `list((${VISIBLE}).distinct())`,
  // The list action: get_queryset (select_related + the extra() count), then the backends (a member, no query params).
  dj44a: `list(${TAIGA}.filter(Q(campaign_id__in=[3]) | Q(user=7)))`,
  dj44b: 'since = datetime.now(timezone.utc) - timedelta(days=7)\nlist(Lead.objects.filter(user=7, created_at__gte=since).extra(select={"recent_outputs_attr": "SELECT COUNT(*) FROM agent_outputs WHERE agent_outputs.lead_id = leads.id AND agent_outputs.created_at >= %s"}, select_params=(since,)).order_by("-created_at"))',
  dj44c: `list(${TAIGA}.filter(Q(campaign_id__in=[3]) | Q(user=7)).filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=7)))`,
  dj44d: 'with connection.cursor() as cursor:\n    cursor.execute("SELECT status, COUNT(*) FROM leads WHERE user_id = %s GROUP BY status", [7])\n    cursor.fetchall()',
  dj44e: 'with connection.cursor() as cursor:\n    cursor.execute("UPDATE leads SET status = %s WHERE id = %s AND created_at >= %s", ["won", 5, T1])',
  // get_object() of the timeline viewset (no filter backends): Lead.objects.all().get(pk=…).
  dj44f: 'Lead.objects.all().get(pk=5)',
  // The timeline page (PageNumberPagination): the count, then the page.
  dj44g: 'qs = AgentOutput.objects.filter(lead_id=5).order_by("-created_at").filter(Q(lead__user=7) | ~Q(kind="draft"))\nqs.count()\nlist(qs[0:30])',

  // Batch J (held out): django/45 (GlitchTip), django/46 (Label Studio).
  dj45a: 'list(Lead.objects.all().filter(user=7).filter(outputs__id=9))',
  // The list action: no query in the query string, no filter params; ordering -created_at.
  dj45b: 'list(Lead.objects.all().filter(user=7).select_related("campaign").order_by("-created_at"))',
  dj45c: 'Lead.objects.all().filter(user=7).select_related("campaign").order_by("-created_at").update(status="new")',
  dj45d: 'Lead.objects.all().filter(user=7).select_related("campaign").order_by("-created_at").get(pk=5)',
  dj45e: 'with connection.cursor() as cursor:\n    cursor.execute("SELECT kind, count(*) FROM agent_outputs WHERE lead_id = %s AND kind IN %s GROUP BY kind ORDER BY count(*) DESC", [5, ("email",)])\n    cursor.fetchall()',
  dj45f: 'with connection.cursor() as cursor:\n    cursor.execute("SELECT kind, count(*) FROM agent_outputs WHERE lead_id = %s AND created_at >= %s GROUP BY kind ORDER BY count(*) DESC", [5, T1])\n    cursor.fetchall()',
  dj45g: 'qs = AgentOutput.objects.filter(created_at__lt=datetime.now(timezone.utc) - timedelta(days=90))\nqs._raw_delete(qs.db)',
  dj45h: 'Lead.objects.filter(outputs=None).delete()',
  dj45i: 'for lead_pk in Lead.objects.all().values_list("pk", flat=True):\n    pass',
  // retrieve: get_object() on the refined queryset, by pk.
  dj45j: 'AgentOutput.objects.all().filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)).get(pk=9)',
  // The permission check's lazy load of the output's lead (by id only).
  dj45k: 'AgentOutput(id=9, lead_id=5, kind="email", created_at=T1).lead.user_id',
  dj46a: 'Campaign.objects.filter(user=7).get(pk=3)',
  // The list (PageNumberPagination, no filters in the request): the count, then the page.
  dj46b: 'qs = Lead.objects.filter(campaign_id=3).order_by("-id")\nqs.count()\nlist(qs[0:100])',
  dj46c: 'list(Lead.objects.filter(campaign_id=3).values_list("id", flat=True))',
  dj46d: 'Lead.objects.filter(campaign_id=3).delete()',
  dj46e: 'AgentOutput.objects.filter(lead__in=Lead.objects.filter(campaign_id=3)).delete()',
  dj46f: 'Lead.objects.filter(campaign_id=3).exclude(outputs__kind="final").order_by("id").first()',
  dj46g: 'list(Campaign.objects.filter(user=7).annotate(num_leads=Count("leads")))',
  dj46h: 'Campaign.objects.filter(user=7).get(pk=3)',
  dj46i: 'Campaign(id=3, user_id=7).leads.filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=7)).count()',
  dj46j: 'for lead in Lead.objects.filter(campaign_id=3).filter(Q(created_at__gt=datetime.now(timezone.utc) - timedelta(days=7))).iterator():\n    pass',
  dj46k: 'Campaign.objects.filter(user=7).get(pk=3)',
  dj46l: 'Campaign.objects.filter(user=7).get(pk=3)',
};

export const SQLALCHEMY_PY3: Record<string, string> = {
  // Batch H: sqlalchemy/40 (Mealie), sqlalchemy/41 (Prefect).
  // page_all: the count over the user-scoped statement, then the page.
  sa40a: 'q = select(Campaign).filter_by(user_id=7)\nsession.scalar(select(func.count()).select_from(q.subquery()))\nsession.execute(q.limit(50).offset(0)).unique().scalars().all()',
  sa40b: 'session.execute(select(Campaign).filter_by(user_id=7, id=3)).unique().scalars().one_or_none()',
  sa40c: 'session.execute(select(Lead).filter_by(user_id=7).where(Lead.created_at >= T1, Lead.created_at < T2)).unique().scalars().all()',
  sa40d: 'session.execute(select(Lead).filter_by(user_id=7, email="a@acme.test")).unique().scalars().one_or_none()',
  sa40e: 'session.execute(select(AgentOutput).filter_by(lead_id=5).order_by(AgentOutput.created_at.desc()).offset(0).limit(50)).unique().scalars().all()',
  sa40f: 'session.scalar(select(func.count(Lead.id)).filter_by(status="new"))',
  // No filter in the body: read_leads / count_leads without a where.
  sa41a: 'session.execute(select(Lead).order_by(Lead.id.desc()).offset(0).limit(200)).scalars().unique().all()',
  sa41b: 'session.execute(select(func.count(text("*"))).select_from(Lead)).scalar_one()',
  sa41c: 'from sqlalchemy import and_\nsession.execute(select(func.count(text("*"))).select_from(Lead).where(and_(and_(Lead.user_id.in_([7])), and_(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=7))))).scalar_one()',
  sa41d: 'from sqlalchemy import and_\nsession.execute(select(func.count(text("*"))).select_from(Lead).where(and_(and_(Lead.user_id.in_([7])), and_(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=7)))).where(select(AgentOutput).where(AgentOutput.lead_id == Lead.id, AgentOutput.kind == "email").exists())).scalar_one()',
  sa41e: 'session.execute(select(Lead).where(Lead.id == 5)).scalar()',
  sa41f: 'session.execute(delete(Lead).where(Lead.id == 5))',
  sa41g: 'session.execute(select(Lead.id).where(Lead.status == "new", Lead.created_at <= datetime.now(timezone.utc) - timedelta(days=14)).limit(400)).scalars().all()',
  sa41h: 'session.execute(update(Lead).where(Lead.id.in_([5]), Lead.created_at <= datetime.now(timezone.utc) - timedelta(days=14)).values(status="stale"))',

  // Batch I: sqlalchemy/42 (Open WebUI), sqlalchemy/43 (MLflow).
  sa42a: 'session.query(Lead).filter_by(id=5).first()',
  // since defaults to 30 days ago inside the table method.
  sa42b: 'session.query(Lead).filter_by(user_id=7).filter(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=30)).filter(Lead.status != "archived").order_by(Lead.created_at.desc()).limit(20).all()',
  sa42c: 'session.query(Lead).filter_by(user_id=7).order_by(Lead.created_at.desc()).limit(60).with_entities(Lead.id, Lead.company, Lead.created_at).all()',
  sa42d: 'session.query(AgentOutput).filter_by(lead_id=5).delete()',
  sa42e: 'session.query(Lead).filter_by(id=5, user_id=7).first()',
  sa42f: 'session.query(Lead).filter_by(user_id=7).filter(Lead.created_at < datetime.now(timezone.utc) - timedelta(days=90)).update({"status": "archived"})',
  sa43a: 'session.query(Lead).filter(Lead.id == 5).all()',
  sa43b: 'lead = session.get(Lead, (5, T1))\nsession.query(AgentOutput).with_parent(lead, Lead.outputs).filter(AgentOutput.created_at >= lead.created_at).all()',
  sa43c: 'session.query(AgentOutput).filter_by(lead_id=5, kind="email").all()',
  // No filter in the request body: only the user ids.
  sa43d: 'session.execute(select(Lead).filter(Lead.user_id.in_([7])).order_by(Lead.created_at.desc(), Lead.id.asc()).offset(0).limit(100)).scalars().all()',
  sa43e: 'session.query(Lead).filter(Lead.status == "deleted", Lead.created_at <= datetime.now(timezone.utc) - timedelta(milliseconds=30 * 86400 * 1000)).all()',
  sa43f: 'session.execute(select(Lead).filter(Lead.user_id.in_([7]), Lead.created_at >= datetime.fromisoformat("2026-11-01T00:00:00+00:00")).order_by(Lead.created_at.desc(), Lead.id.asc()).offset(0).limit(50)).scalars().all()',
  sa43g: 'session.query(func.count(Lead.id)).filter(Lead.user_id == 7, Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=7)).scalar()',
  sa43h: 'session.query(func.count(Lead.id)).filter(Lead.user_id == 7, Lead.status != "deleted").scalar()',

  // Batch J (held out): sqlalchemy/44 (Home Assistant recorder), sqlalchemy/45 (Lemur).
  sa44a: 'session.execute(select(AgentOutput.id, AgentOutput.lead_id).filter(AgentOutput.created_at < T1).limit(999)).all()',
  sa44b: 'session.execute(delete(AgentOutput).where(AgentOutput.id.in_([9])).execution_options(synchronize_session=False))',
  sa44c: 'list(session.execute(select(Lead.id, Lead.status, Lead.created_at).filter(Lead.status != "new").filter(Lead.created_at > datetime.now(timezone.utc) - timedelta(hours=24)).order_by(Lead.created_at)).yield_per(1024))',
  sa44d: 'list(session.execute(select(Lead).filter(Lead.user_id == 7).order_by(Lead.created_at.desc()).limit(1)).yield_per(1024))',
  sa44e: 'list(session.execute(select(AgentOutput).where(AgentOutput.lead_id == 5).where(AgentOutput.created_at >= T1)).yield_per(1024))',
  sa44f: 'list(session.execute(select(AgentOutput).where(AgentOutput.lead_id == 5)).yield_per(1024))',
  sa44g: 'session.execute(select(AgentOutput.kind, func.count()).where(AgentOutput.created_at >= T1, AgentOutput.created_at < T1 + timedelta(hours=1)).group_by(AgentOutput.kind)).all()',
  sa44h: 'session.execute(text("UPDATE leads SET status = \'new\' WHERE status = \'\'"))',
  sa45a: 'session.query(Lead).filter(Lead.__table__.c.id == 5).scalar()',
  sa45b: 'session.query(Lead).filter(Lead.__table__.c.email == "a@acme.test").scalar()',
  sa45c: 'session.query(AgentOutput).filter(AgentOutput.__table__.c.lead_id == 5).filter(AgentOutput.created_at >= T1).order_by(AgentOutput.created_at).all()',
  // sort_and_page: the count (get_count), then the page (showArchived not given, no filter).
  sa45d: 'from sqlalchemy.orm import lazyload\nq = session.query(Lead).filter(Lead.status != "archived")\nsession.execute(q.options(lazyload("*")).statement.with_only_columns(func.count()).order_by(None)).scalar()\nq.offset(0).limit(10).all()',
  sa45e: 'from sqlalchemy.orm import lazyload\nq = session.query(Lead).filter(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=7))\nsession.execute(q.options(lazyload("*")).statement.with_only_columns(func.count()).order_by(None)).scalar()\nq.offset(0).limit(10).all()',
  sa45f: 'session.query(Lead).filter(Lead.__table__.c.id == 5).scalar()',
  // session.delete(lead) + commit: DELETE by the mapped primary key (id, created_at).
  sa45g: 'session.execute(delete(Lead).where(Lead.id == 5, Lead.created_at == T1))',
  sa45h: 'session.query(Campaign).filter(Campaign.__table__.c.user_id == 7).all()',
  sa45i: 'session.query(Campaign).filter(Campaign.__table__.c.user_id == 7).filter(Campaign.archived.is_(False)).order_by(Campaign.name).all()',
};
