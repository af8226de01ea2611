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
};
