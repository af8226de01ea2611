/**
 * The equivalent code of the labelled Django and SQLAlchemy sites of the fifth Python fresh round
 * (held-out batches N and O, cases modelled on the applications named per batch below), run like
 * host-equivalents.ts by the harnesses (with the models of django/01 and sqlalchemy/01: the
 * managers, helpers and scopes of a case are written out here).
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

/** The 14-day notification window of django/53. */
const DJ53_WINDOW = 'datetime.now(timezone.utc) - timedelta(days=14)';
/** privacy_filter() of django/53 for a signed-in viewer (user 7) and every privacy level. */
const DJ53_ALL_LEVELS = '.exclude(status="deleted").filter(status__in=["public", "unlisted", "followers", "direct"]).exclude(~Q(user=7), status="direct")';

/** The conversation filters of sqlalchemy/52's ConversationService. */
const SA52_CONV = 'Lead.campaign_id == 3, Lead.user_id == 7, Lead.status != "deleted"';

/** Lead.overdue_filter() of django/55. */
const DJ55_OVERDUE = 'Q(status__in=["pending", "placed", "on_hold"]) & Q(created_at__lt=datetime.now(timezone.utc) - timedelta(days=30))';

/** ChangeQuerySet.last_changes(user 7) of django/56. */
const DJ56_LAST = 'AgentOutput.objects.select_related("lead", "lead__campaign").filter(lead__campaign__in=Campaign.objects.filter(user=7, archived=False)).order_by("-created_at")';

/** query_comments() of sqlalchemy/54 without search parameters. */
const SA54_COMMENTS = 'session.query(AgentOutput).filter(AgentOutput.kind.in_(["comment", "+1", "-1"])).order_by(AgentOutput.created_at.desc())';

/** The windowed sessions and hits of django/57's get_relative_stats() (campaign 3 of user 7, T1..T2). */
const DJ57_SESSIONS = 'Lead.objects.filter(campaign=Campaign(id=3, user_id=7), created_at__gt=T1, created_at__lt=T2).order_by("-created_at")';
const DJ57_HITS = 'AgentOutput.objects.filter(lead__campaign=Campaign(id=3, user_id=7), created_at__lt=T2, created_at__gt=T1)';

/** django/58: the open leads of LeadListView, the kanban base and _filtered_qs() of org (user) 7 without parameters. */
const DJ58_OPEN = 'Lead.objects.filter(user=User(id=7)).exclude(status="converted").select_related("user").order_by("-id").exclude(status="closed")';
const DJ58_KANBAN = 'Lead.objects.filter(user=User(id=7)).exclude(status="converted").select_related("user")';
const DJ58_FILTERED = 'Lead.objects.filter(user=User(id=7)).exclude(status="duplicate")';
const DJ58_NOW = 'datetime.now(timezone.utc)';

export const DJANGO_PY5: Record<string, string> = {
  // Batch N: django/53 (BookWyrm), django/54 (pretix).
  // The list's ActivityPub collection without ?page: the count; with ?page (no min_id/max_id): the first page.
  dj53a: 'Campaign(id=3, user_id=7).leads.exclude(status="deleted").order_by("-id").count()',
  dj53b: '[i.id for i in Campaign(id=3, user_id=7).leads.exclude(status="deleted").order_by("-id").filter(**{}).all()[:20]]',
  // No username: every direct lead the viewer may see; Paginator.get_page counts, the template reads the page.
  dj53c: 'qs = Lead.objects.filter(campaign__isnull=True).exclude(status="deleted").filter(status__in=["direct"]).exclude(~Q(user=7), status="direct").order_by("-created_at")\nqs.count()\nlist(qs[0:15])',
  dj53d: 'Lead.objects.get(id=5, user=7)',
  dj53e: 'lead = Lead(id=5, created_at=T1)\nlist(lead.outputs.filter(created_at__gte=lead.created_at).order_by("-created_at")[:10])',
  dj53f: 'User(id=7).campaigns.filter(archived=False).order_by("name").first()',
  dj53g: 'list(Lead.objects.filter(user=7).exclude(status="deleted").order_by("-created_at")[:5])',
  dj53h: 'Lead.objects.filter(user=7, created_at__year=2026).exclude(status="deleted").filter(status="won").count()',
  dj53r: 'Lead.objects.filter(user=7, created_at__year=2026).exclude(status="deleted").order_by("-created_at").first()',
  dj53i: 'leads = Lead.objects.filter(user=7, created_at__year=2026).exclude(status="deleted")\nlist(AgentOutput.objects.filter(lead__in=leads, created_at__year=2026).values("kind").annotate(n=Count("id")).order_by("-n"))',
  dj53j: 'Campaign.objects.get(id=3, user=7)',
  dj53k: `qs = Campaign(id=3, user_id=7).leads.all()${DJ53_ALL_LEVELS}.order_by("-created_at")\nqs.count()\nlist(qs[0:15])`,
  dj53l: 'Lead.objects.get(id=5)',
  // The soft delete() override: Model.save(update_fields=…) updates by `id` only.
  dj53m: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="new", created_at=T1)\nlead.status = "deleted"\nlead.save(update_fields=["status"])',
  dj53n: 'AgentOutput.objects.filter(created_at__lt=datetime.now(timezone.utc) - timedelta(days=90), kind="draft").delete()',
  // The stream's ids come from redis: the leads by id, counted then paged.
  dj53o: 'qs = Lead.objects.filter(id__in=[5]).select_related("user", "campaign").order_by("-created_at")\nqs.count()\nlist(qs[0:15])',
  dj53s: `[n.id for n in AgentOutput.objects.filter(lead__user=7, created_at__gte=${DJ53_WINDOW}).order_by("-created_at").filter(body__isnull=True)[:50]]`,
  dj53u: `list(AgentOutput.objects.filter(lead__user=7, created_at__gte=${DJ53_WINDOW}).order_by("-created_at")[:50])`,
  dj53v: 'Lead.objects.filter(user=7, created_at__year=datetime.now(timezone.utc).year).exclude(status="deleted").count()',
  // The notifications join leads (no key filter on leads).
  // An UPDATE through a join: Django filters the outer table by `id IN (subquery)`.
  dj53t: `AgentOutput.objects.filter(lead__user=7, created_at__gte=${DJ53_WINDOW}).order_by("-created_at").filter(id__in=[9]).update(body="")`,
  // django/54 (pretix): request.event is campaign 3 of organizer 7.
  dj54a: 'Campaign.objects.get(id=3, user_id=7)',
  // An empty filter form: the event's orders, counted then paged by ListView.
  dj54b: 'qs = Lead.objects.filter(campaign=Campaign(id=3, user_id=7)).select_related("campaign")\nqs.count()\nlist(qs[0:50])',
  dj54c: 'Lead.objects.get(campaign=Campaign(id=3, user_id=7), id=5)',
  dj54d: 'lead = Lead(id=5, created_at=T1)\nlist(lead.outputs.filter(created_at__gte=lead.created_at).order_by("created_at"))',
  dj54p: 'lead = Lead(id=5, created_at=T1)\nlead.outputs.filter(kind="checkin", created_at__gte=lead.created_at).exists()',
  // Model.save(update_fields=…) updates by `id` only.
  dj54e: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="pending", created_at=T1)\nlead.status = "paid"\nlead.save(update_fields=["status"])',
  // select_related("campaign") joins campaigns with no user_id filter.
  dj54j: 'for o in Lead.objects.filter(status="pending", created_at__lt=datetime.now(timezone.utc) - timedelta(days=14)).select_related("campaign").iterator():\n    pass',
  dj54q: 'for o in Lead.objects.filter(status="pending", created_at__lte=datetime.now(timezone.utc) - timedelta(hours=2)).exclude(email="").only("pk", "email"):\n    pass',
  dj54f: 'Lead.objects.filter(campaign=Campaign(id=3, user_id=7), status="paid").count()',
  dj54g: 'Lead.objects.filter(campaign=Campaign(id=3, user_id=7), created_at__gte=datetime.now(timezone.utc) - timedelta(days=7)).count()',
  dj54o: 'list(User(id=7).campaigns.filter(archived=False).order_by("name"))',
  // No ?date_from: order_overview() without bounds.
  dj54h: 'list(Lead.objects.filter(campaign=Campaign(id=3, user_id=7)).values("status").annotate(c=Count("id")).order_by("status"))',
  dj54i: 'list(Lead.objects.filter(campaign=Campaign(id=3, user_id=7)).filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)).values("status").annotate(c=Count("id")).order_by("status"))',
  dj54l: 'for o in Campaign(id=3, user_id=7).leads.all().order_by("created_at"):\n    pass',
  // No ?modified_since; the viewset has no paginator.
  dj54m: 'list(Campaign(id=3, user_id=7).leads.select_related("campaign").order_by("-created_at"))',
  dj54n: 'Campaign(id=3, user_id=7).leads.select_related("campaign").order_by("-created_at").get(pk=5)',
  // Batch O: django/55 (InvenTree), django/56 (Weblate).
  // The order list without query params: annotate_queryset() of the serializer, supplier joined.
  dj55a: `from django.db.models import BooleanField, Case, Value, When\nfrom django.db.models.functions import Coalesce\nlines = AgentOutput.objects.filter(lead=OuterRef("pk")).order_by().values("lead").annotate(c=Count("*")).values("c")\nlist(Lead.objects.all().select_related("campaign").annotate(line_items=Coalesce(Subquery(lines), 0), overdue=Case(When(${DJ55_OVERDUE}, then=Value(True)), default=Value(False), output_field=BooleanField())))`,
  dj55b: 'Lead.objects.get(pk=5)',
  // Model.save() updates by `id` only.
  dj55c: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="pending", created_at=T1)\nlead.status = "complete"\nlead.save()',
  dj55h: 'Lead(id=5, created_at=T1).outputs.exclude(kind="received").count()',
  dj55e: 'AgentOutput.objects.filter(kind="order.overdue_purchase_order", lead_id=5, created_at__gte=datetime.now(timezone.utc) - timedelta(days=7)).exists()',
  dj55d: `for po in Lead.objects.filter(${DJ55_OVERDUE}):\n    pass`,
  dj55f: 'AgentOutput.objects.filter(kind__startswith="order.", created_at__lte=datetime.now(timezone.utc) - timedelta(days=30)).count()',
  dj55i: 'AgentOutput.objects.filter(kind__startswith="order.", created_at__lte=datetime.now(timezone.utc) - timedelta(days=30)).delete()',
  dj55o: 'AgentOutput.objects.filter(kind="export", created_at__lte=datetime.now(timezone.utc) - timedelta(days=7)).delete()',
  // No ?lead / ?kind: every line item, its order joined.
  dj55g: 'list(AgentOutput.objects.all().select_related("lead"))',
  // PrimaryKeyRelatedField validation: queryset.get(pk=…).
  dj55j: 'Campaign.objects.all().get(pk=3)',
  dj55n: 'list(Lead.objects.all().order_by("-created_at"))',
  dj55q: 'list(Lead.objects.filter(status__in=["pending", "placed", "on_hold"]).order_by("-created_at"))',
  dj55p: 'list(Lead.objects.filter(created_at__gte=T1, created_at__lte=T2).annotate(month=TruncMonth("created_at")).values("month", "status").annotate(n=Count("id")).order_by("month"))',
  // django/56 (Weblate): last_changes(user 7) without a period.
  dj56a: `qs = ${DJ56_LAST}\nqs.count()\nlist(qs[0:20])`,
  dj56b: 'try:\n    Lead(id=5, created_at=T1).outputs.filter(kind__in=["content", "suggestion", "approve"]).order_by("-created_at")[0]\nexcept IndexError:\n    pass',
  dj56c: 'Campaign.objects.get(pk=3)',
  dj56o: 'Lead.objects.get(pk=5, created_at=T1)',
  dj56d: 'list(Campaign(id=3, user_id=7).leads.order_by("id"))',
  dj56e: 'list(AgentOutput.objects.filter(kind__in=["content", "suggestion", "approve"]).filter(lead=Lead(id=5, created_at=T1)).exclude(body__isnull=True).filter(created_at__range=(T1, T2)).values_list("body", flat=True).distinct())',
  dj56f: 'from django.db.models.functions import TruncDay\nstart = datetime.now(timezone.utc) - timedelta(days=30)\nlist(AgentOutput.objects.all().filter(lead=Lead(id=5, created_at=T1)).filter(created_at__range=(start, start + timedelta(days=30))).annotate(day=TruncDay("created_at")).values("day").annotate(n=Count("id")).order_by("day"))',
  dj56m: `list(${DJ56_LAST}[:10])`,
  dj56j: `list(${DJ56_LAST}.order_by("id"))`,
  dj56k: 'Campaign.objects.filter(user=7, archived=False).order_by("id").get(pk=3)',
  // PageNumberPagination (page size 20): the count, then the page.
  dj56l: 'qs = AgentOutput.objects.filter(lead__campaign=Campaign(id=3, user_id=7)).order_by("id")\nqs.count()\nlist(qs[0:20])',
  dj56g: 'for c in AgentOutput.objects.filter(kind__in=["content"], created_at__gte=datetime.now(timezone.utc) - timedelta(days=1)).order_by("created_at"):\n    pass',
  dj56h: 'AgentOutput.objects.filter(kind="comment", created_at__lt=datetime.now(timezone.utc) - timedelta(days=30)).delete()',
  dj56n: 'for s in AgentOutput.objects.filter(kind="suggestion", created_at__lt=datetime.now(timezone.utc) - timedelta(days=30)).iterator():\n    pass',
  // Model.delete() deletes by `id` only.
  dj56p: 'AgentOutput(id=9, lead_id=5, kind="suggestion", created_at=T1).delete()',
  dj56i: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="new", created_at=T1)\nlead.company = "Acme GmbH"\nlead.status = "translated"\nlead.save(update_fields=["company", "status"])',
  // Batch P (acc-py5b): django/57 (Shynet), django/58 (Django-CRM). django/57: service = campaign 3 of user 7,
  // get_relative_stats() called with a bounded window (T1..T2; the defaults and the comparison window are bounded too).
  dj57a: 'Lead.objects.filter(campaign=Campaign(id=3, user_id=7), status="online").count()',
  dj57b: `${DJ57_SESSIONS}.count()`,
  dj57c: `${DJ57_HITS}.count()`,
  dj57d: 'AgentOutput.objects.filter(lead__campaign=Campaign(id=3, user_id=7)).exists()',
  dj57e: `${DJ57_SESSIONS}.filter(status="bounce").count()`,
  dj57f: `from django.db.models import Max, Min\n${DJ57_SESSIONS}.aggregate(first=Min("created_at"), last=Max("created_at"))`,
  // The hourly branch (a window under three days), then the daily one.
  dj57g: `from django.db.models.functions import TruncHour\nlist(${DJ57_SESSIONS}.annotate(hour=TruncHour("created_at")).values("hour").annotate(count=Count("id")).order_by("hour"))`,
  dj57h: `from django.db.models.functions import TruncHour\nlist(${DJ57_HITS}.annotate(hour=TruncHour("created_at")).values("hour").annotate(count=Count("id")).order_by("hour"))`,
  dj57i: `from django.db.models.functions import TruncDate\nlist(${DJ57_SESSIONS}.annotate(date=TruncDate("created_at")).values("date").annotate(count=Count("id")).order_by("date"))`,
  dj57j: `from django.db.models.functions import TruncDate\nlist(${DJ57_HITS}.annotate(date=TruncDate("created_at")).values("date").annotate(count=Count("id")).order_by("date"))`,
  dj57k: 'Lead(id=5, created_at=T1).outputs.count()',
  // Model.save() updates by `id` only.
  dj57l: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Firefox", email="", status="bounce", created_at=T1)\nlead.status = "engaged"\nlead.save()',
  dj57m: 'Campaign.objects.get(pk=3)',
  // ListView (paginate_by 24): the count, then the page.
  dj57n: 'qs = Campaign.objects.filter(user=User(id=7)).order_by("name", "id")\nqs.count()\nlist(qs[0:24])',
  dj57o: `list(${DJ57_SESSIONS}[:10])`,
  dj57p: `qs = ${DJ57_SESSIONS}\nqs.count()\nlist(qs[0:20])`,
  dj57q: `${DJ57_HITS}.count()`,
  dj57r: `qs = ${DJ57_HITS}.values("kind").annotate(count=Count("kind")).order_by("-count")\nqs.count()\nlist(qs[0:300])`,
  dj57s: 'Campaign.objects.get(pk=3, archived=False)',
  dj57t: 'Lead.objects.filter(pk=5, campaign=Campaign(id=3, user_id=7)).first()',
  dj57u: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Firefox", email="", status="bounce", created_at=T1)\nlead.email = "visitor-1"\nlead.save()',
  dj57v: 'AgentOutput.objects.filter(pk=9, lead=Lead(id=5, created_at=T1)).first()',
  dj57w: 'hit = AgentOutput(id=9, lead_id=5, kind="JS", body="/", created_at=T1)\nhit.body = "/pricing"\nhit.save()',
  // No ?uuid: every service of the user.
  dj57x: 'list(Campaign.objects.filter(user=User(id=7)).order_by("name", "id"))',
  // django/58 (Django-CRM): request.profile.org is user 7; no query parameters (LimitOffsetPagination, PAGE_SIZE 10).
  dj58a: `qs = ${DJ58_OPEN}.distinct()\nqs.count()\nlist(qs[0:10])`,
  dj58b: `${DJ58_OPEN}.filter(id__gte=5).count()`,
  dj58c: `${DJ58_OPEN}.count()`,
  dj58d: `${DJ58_OPEN}.distinct().count()`,
  dj58e: `from django.db.models.functions import TruncDate\n${DJ58_OPEN}.distinct().annotate(last_touch=TruncDate("created_at")).filter(last_touch__lt=date.today() - timedelta(days=7)).count()`,
  dj58f: 'Lead.objects.get(id=5, user=User(id=7))',
  dj58g: 'list(AgentOutput.objects.filter(lead=Lead(id=5, created_at=T1), kind="comment").order_by("-id"))',
  dj58h: 'Lead.objects.get(pk=5)',
  // ModelSerializer.update() and convert_lead_to_account(): Model.save() updates by `id` only.
  dj58i: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="assigned", created_at=T1)\nlead.status = "in process"\nlead.save()',
  // Model.delete(): the related outputs are DO_NOTHING; DELETE … WHERE id IN (5).
  dj58j: 'Lead(id=5, user_id=7, company="Acme", email="a@acme.test", created_at=T1).delete()',
  dj58k: `${DJ58_KANBAN}.filter(status="assigned").order_by("-created_at").count()`,
  dj58l: `list(${DJ58_KANBAN}.filter(status="assigned").order_by("-created_at")[:100])`,
  dj58m: `${DJ58_KANBAN}.count()`,
  // _coerce_window(): the last 30 days when ?from / ?to are absent.
  dj58n: `list(${DJ58_FILTERED}.filter(created_at__gte=${DJ58_NOW} - timedelta(days=30), created_at__lt=${DJ58_NOW}).values_list("id", "created_at", "status"))`,
  dj58o: `list(${DJ58_FILTERED}.filter(Q(created_at__lt=${DJ58_NOW}) & (Q(status__in=["assigned", "in process"]) | Q(status="recycled"))).values_list("created_at", "status"))`,
  dj58p: `list(${DJ58_FILTERED}.filter(created_at__gte=${DJ58_NOW} - timedelta(days=30), created_at__lt=${DJ58_NOW}).values_list("id", "created_at", "status"))`,
  dj58q: `from django.db.models.functions import TruncDate\nlist(${DJ58_FILTERED}.filter(created_at__gte=${DJ58_NOW} - timedelta(days=14), created_at__lt=${DJ58_NOW}).annotate(day=TruncDate("created_at")).values("day").annotate(n=Count("id")).order_by("day"))`,
  dj58r: `${DJ58_FILTERED}.exclude(status__in=("converted", "closed")).count()`,
  // metric=response (backlog with a bucket has an upper bound too).
  dj58s: `list(${DJ58_FILTERED}.filter(created_at__gte=${DJ58_NOW} - timedelta(days=30), created_at__lt=${DJ58_NOW}).values_list("id", flat=True))`,
  dj58t: 'list(Lead.objects.filter(user=User(id=7), id__in=[5]).order_by("-created_at"))',
  dj58u: 'for lead in Lead.objects.filter(user=User(id=7), status="assigned", created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)).iterator():\n    pass',
  dj58v: 'AgentOutput.objects.filter(lead_id=5, kind="lead.mentioned", body="a@acme.test", created_at__gte=datetime.now(timezone.utc) - timedelta(seconds=600)).exists()',
  dj58w: 'AgentOutput.objects.filter(lead=Lead(id=5, created_at=T1), kind="comment").update(kind="account_comment")',
  dj58x: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="in process", created_at=T1)\nlead.status = "converted"\nlead.save()',
  dj58y: 'Lead.objects.filter(id=5, user_id=7).first()',
  dj58z: 'Lead.objects.filter(company="Acme", user=User(id=7)).exists()',
};

/** sqlalchemy/56: _shared_privacy_request_search() without filters (query_without_large_columns, default sort). */
const SA56_SEARCH = '(session.query(Lead).options(__import__("sqlalchemy.orm", fromlist=["defer"]).defer(Lead.email)).filter(or_(Lead.company != "dataset_test", Lead.company.is_(None))).filter(Lead.status != "deleted").order_by(__import__("sqlalchemy.sql.expression", fromlist=["nullslast"]).nullslast(Lead.created_at.desc())))';

export const SQLALCHEMY_PY5: Record<string, string> = {
  // Batch N: sqlalchemy/52 (Dify), sqlalchemy/53 (Pagure). sqlalchemy/52: the app is campaign 3 of tenant 7, the user is 7.
  sa52a: 'session.query(Campaign).where(Campaign.id == 3, Campaign.user_id == 7, Campaign.archived.is_(False)).first()',
  sa52b: `session.scalar(select(Lead).where(${SA52_CONV}).where(Lead.id == 5))`,
  // No last_id: the first page.
  sa52c: `session.scalars(select(Lead).where(${SA52_CONV}).order_by(Lead.created_at.desc()).limit(20)).all()`,
  // A full page: the rest counted below the last row's created_at (sort_by "-created_at").
  sa52d: `session.scalar(select(func.count()).select_from(select(Lead).where(${SA52_CONV}).where(Lead.created_at < T1).subquery()))`,
  sa52e: `session.query(Lead).where(Lead.id == 5, ${SA52_CONV}).first()`,
  // The flush updates by the mapped primary key (id, created_at).
  sa52f: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(company="Renamed"))',
  sa52r: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(status="deleted"))',
  sa52g: 'session.query(AgentOutput).where(AgentOutput.lead_id == 5, AgentOutput.id == 9).first()',
  sa52h: 'session.query(AgentOutput).where(AgentOutput.lead_id == 5, AgentOutput.created_at < T1, AgentOutput.id != 9).order_by(AgentOutput.created_at.desc()).limit(21).all()',
  sa52i: 'session.query(AgentOutput).where(AgentOutput.lead_id == 5).order_by(AgentOutput.created_at.desc()).limit(21).all()',
  sa52q: 'session.query(AgentOutput).join(Lead, Lead.id == AgentOutput.lead_id).where(AgentOutput.id == 9, Lead.campaign_id == 3, Lead.user_id == 7).first()',
  sa52p: 'session.execute(update(AgentOutput).where(AgentOutput.id == 9, AgentOutput.created_at == T1).values(kind="feedback-like"))',
  // No keyword/start/end; Flask-SQLAlchemy 3 paginate: the page, then the subquery count.
  sa52j: 'from sqlalchemy.orm import lazyload\nstmt = select(Lead).where(Lead.campaign_id == 3).order_by(Lead.created_at.desc())\nsession.execute(stmt.limit(20).offset(0)).scalars().all()\nsession.execute(select(func.count()).select_from(stmt.options(lazyload("*")).order_by(None).subquery())).scalar()',
  // No start/end args: no created_at fragment.
  sa52k: 'session.execute(text("SELECT date_trunc(\'day\', created_at AT TIME ZONE \'UTC\' AT TIME ZONE :tz) AS date, COUNT(*) AS message_count FROM agent_outputs WHERE lead_id IN (SELECT id FROM leads WHERE campaign_id = :app_id) GROUP BY date ORDER BY date"), {"tz": "Europe/Berlin", "app_id": 3}).all()',
  // A naive UTC cut-off compared with timestamptz.
  sa52l: 'session.query(AgentOutput).where(AgentOutput.created_at < datetime.now(timezone.utc).replace(tzinfo=None) - timedelta(days=30)).order_by(AgentOutput.created_at.desc()).limit(100).all()',
  sa52m: 'session.query(AgentOutput).where(AgentOutput.id.in_([9])).delete(synchronize_session=False)',
  sa52n: 'session.scalar(select(func.count(AgentOutput.id)).where(AgentOutput.lead_id == 5))',
  sa52o: 'session.scalar(select(AgentOutput).where(AgentOutput.lead_id == 5, AgentOutput.created_at >= T1).order_by(AgentOutput.created_at.asc()).limit(1))',
  // sqlalchemy/53 (Pagure): flask.g.repo is campaign 3, resolved by name only.
  sa53a: 'session.query(Campaign).filter(func.lower(Campaign.name) == "spring").first()',
  // view_user: the owner's unarchived projects, counted and listed.
  sa53n: 'session.query(Campaign).order_by(Campaign.name).filter(Campaign.user_id == 7).filter(Campaign.archived == False).count()',
  sa53m: 'session.query(Campaign).order_by(Campaign.name).filter(Campaign.user_id == 7).filter(Campaign.archived == False).limit(50).all()',
  // view_issues: status defaults to Open; no created_after (the API without ?since).
  sa53b: 'session.query(Lead).filter(Lead.campaign_id == 3).filter(Lead.status == "Open").count()',
  sa53c: 'session.query(Lead).filter(Lead.campaign_id == 3).filter(Lead.id == 5).order_by(Lead.created_at.desc()).first()',
  sa53d: 'session.query(Lead).filter(Lead.campaign_id == 3).filter(Lead.status == "Open").order_by(Lead.created_at.desc()).limit(20).all()',
  // The flush updates by the mapped primary key (id, created_at).
  sa53g: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(status="Closed"))',
  // The lazy load of issue.comments (by lead_id only).
  sa53h: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5).order_by(AgentOutput.created_at).all()',
  // session.delete(issue) + commit: the delete cascade loads the comments first, then deletes by primary keys.
  sa53i: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5).order_by(AgentOutput.created_at).all()\nsession.execute(delete(AgentOutput).where(AgentOutput.id == 9, AgentOutput.created_at == T1))\nsession.execute(delete(Lead).where(Lead.id == 5, Lead.created_at == T1))',
  sa53k: 'session.execute(update(AgentOutput).where(AgentOutput.id == 9, AgentOutput.created_at == T1).values(body="edited"))',
  sa53l: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5).filter(AgentOutput.id == 9).first()',
  sa53j: 'session.query(Lead).filter(Lead.campaign_id == 3).filter(Lead.status == "Open").update({Lead.email: ""}, synchronize_session=False)',
  sa53e: 'd = datetime.now(timezone.utc)\nstart = datetime(d.year - 1, d.month, d.day, tzinfo=timezone.utc)\nsession.query(func.date_trunc("day", AgentOutput.created_at), func.count(AgentOutput.id)).filter(AgentOutput.kind == "log", AgentOutput.body == "a@acme.test").filter(AgentOutput.created_at.between(start, d)).group_by(func.date_trunc("day", AgentOutput.created_at)).all()',
  sa53f: 'dt = datetime(2026, 3, 5, tzinfo=timezone.utc)\nsession.query(AgentOutput).filter(AgentOutput.kind == "log", AgentOutput.body == "a@acme.test").filter(AgentOutput.created_at >= dt, AgentOutput.created_at < dt + timedelta(days=1)).order_by(AgentOutput.id).all()',
  // Batch O: sqlalchemy/54 (Bodhi), sqlalchemy/55. sqlalchemy/54: BodhiBase.get(id) through the query property.
  sa54a: 'session.query(Lead).filter_by(id=5).one_or_none()',
  sa54b: 'session.query(Campaign).filter_by(name="Spring").one_or_none()',
  // No like/since/updates in the query string: the distinct count, then the first page.
  sa54c: `from sqlalchemy import distinct\nq = ${SA54_COMMENTS}\nsession.execute(q.statement.with_only_columns(func.count(distinct(AgentOutput.id))).order_by(None)).scalar()`,
  sa54d: `q = ${SA54_COMMENTS}\nq.offset(0).limit(20).all()`,
  sa54f: 'from sqlalchemy import distinct\nq = session.query(Lead).order_by(Lead.created_at.desc())\nsession.execute(q.statement.with_only_columns(func.count(distinct(Lead.id))).order_by(None)).scalar()',
  sa54g: 'session.query(Lead).order_by(Lead.created_at.desc()).offset(0).limit(20).all()',
  // The flushes update by the mapped primary key (id, created_at); the comment itself is an INSERT.
  sa54e: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(status="stable"))',
  sa54h: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(status="obsolete"))',
  sa54o: 'session.execute(update(AgentOutput).where(AgentOutput.id == 9, AgentOutput.created_at == T1).values(body="expired"))',
  // utcnow(): a naive timestamp compared with timestamptz.
  sa54i: 'from sqlalchemy import desc\nsession.query(AgentOutput.body, func.count(AgentOutput.id).label("count_1")).filter(AgentOutput.created_at > datetime.utcnow() - timedelta(days=7)).filter(AgentOutput.kind.in_(["+1", "-1"])).group_by(AgentOutput.body).order_by(desc("count_1")).limit(5).all()',
  sa54j: 'session.query(Lead).filter(Lead.status == "testing").order_by(Lead.created_at.desc()).limit(5).all()',
  sa54m: 'session.query(Lead.status, func.count(Lead.id)).filter(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=365)).group_by(Lead.status).all()',
  sa54l: 'for u in session.query(Lead).filter_by(status="testing"):\n    pass',
  // The karma property: the lazy load of update.comments (by lead_id only).
  sa54p: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5).order_by(AgentOutput.created_at).all()',
  sa54n: 'for o in session.query(AgentOutput).filter(AgentOutput.kind == "override").filter(AgentOutput.created_at < datetime.utcnow() - timedelta(days=14)):\n    pass',
  // sqlalchemy/55 (privacyIDEA): tokens are campaigns (name = serial), challenges leads, audit entries agent_outputs.
  // get_tokens(count=True) without arguments; get_one_token(serial) by serial only.
  sa55a: 'session.query(Campaign).count()',
  sa55b: 'session.query(Campaign).filter(Campaign.name == "TOTP0001").all()',
  // MethodsMixin.save() of a token and of a challenge: the flush updates by the mapped primary keys.
  sa55c: 'session.execute(update(Campaign).where(Campaign.id == 3, Campaign.user_id == 7).values(archived=False))\nsession.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(status="answered"))',
  sa55d: 'session.execute(delete(Lead).where(Lead.id == 5, Lead.created_at == T1))\nsession.execute(delete(Campaign).where(Campaign.id == 3, Campaign.user_id == 7))',
  // check_challenge_response() without a transaction id.
  sa55e: 'session.query(Lead).filter(Lead.campaign_id.in_(session.query(Campaign.id).filter(Campaign.name == "TOTP0001"))).all()',
  sa55f: 'session.query(Lead).filter(Lead.created_at < datetime.now(timezone.utc) - timedelta(minutes=60)).delete()',
  // No serial: db.paginate() of the ordered challenges, the page then the count.
  sa55g: 'from sqlalchemy.orm import lazyload\nstmt = select(Lead).order_by(Lead.created_at.asc())\nsession.execute(stmt.limit(15).offset(0)).scalars().all()\nsession.execute(select(func.count()).select_from(stmt.options(lazyload("*")).order_by(None).subquery())).scalar()',
  // No search parameters and no auditlog_age policy: no time limit.
  sa55h: 'from sqlalchemy import and_\nsession.query(AgentOutput.id).filter(and_(*[])).count()',
  sa55i: 'from sqlalchemy import and_, desc\nlist(session.query(AgentOutput).filter(and_(*[])).order_by(desc(AgentOutput.id)).limit(15).offset(0))',
  // auth_user_timelimit: the user's failures in the policy's period (10/5m).
  sa55p: 'from sqlalchemy import and_\nsession.query(AgentOutput).filter(and_(and_(AgentOutput.body.like("alice")), AgentOutput.kind == "fail", AgentOutput.created_at >= datetime.now(timezone.utc) - timedelta(minutes=5))).count()',
  sa55r: 'session.query(AgentOutput.created_at, AgentOutput.kind).filter(AgentOutput.created_at > datetime.now(timezone.utc) - timedelta(days=7)).all()',
  sa55j: 'session.query(AgentOutput).filter(AgentOutput.created_at < datetime.now(timezone.utc) - timedelta(days=30)).delete()',
  sa55m: 'session.query(AgentOutput.id).count()',
  sa55l: 'from sqlalchemy import desc\nsession.query(AgentOutput.id).order_by(desc(AgentOutput.id)).limit(1).scalar()',
  sa55k: 'session.query(AgentOutput).filter(AgentOutput.id < 5000).delete()',
  sa55q: 'session.query(Lead).filter(Lead.campaign_id == 3).delete()',
  // Batch P (acc-py5b): sqlalchemy/56 (Fides), sqlalchemy/57. sqlalchemy/56: privacy request 5, execution log 9.
  sa56a: 'session.query(Lead).filter_by(id=5).first()',
  // persist_obj(): the flush updates by the mapped primary key (id, created_at), refresh() selects by it.
  sa56b: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(status="approved"))',
  sa56m: 'session.query(Lead).filter(Lead.id == 5, Lead.created_at == T1).all()',
  sa56c: 'session.execute(delete(AgentOutput).where(AgentOutput.id == 9, AgentOutput.created_at == T1))',
  // A search without filters (every filter of filter_privacy_request_queryset() is optional), sorted by created_at.
  sa56d: `${SA56_SEARCH}.count()`,
  sa56e: `for pr in ${SA56_SEARCH}:\n    pass`,
  // fastapi-pagination (page 1, size 50): the count of the subquery, then the page.
  sa56f: `q = ${SA56_SEARCH}\nsession.execute(select(func.count()).select_from(q.order_by(None).subquery())).scalar()\nq.limit(50).offset(0).all()`,
  sa56g: 'q = session.query(AgentOutput).filter(AgentOutput.lead_id == 5).order_by(AgentOutput.created_at.asc())\nsession.execute(select(func.count()).select_from(q.order_by(None).subquery())).scalar()\nq.limit(50).offset(0).all()',
  sa56h: 'from sqlalchemy.orm import defer\nsession.query(Lead).options(defer(Lead.email)).filter(Lead.id == 5).first()',
  // Naive datetime.now() TTLs, as the scheduled task sends them: timestamp vs timestamptz is only stable, and PG 15
  // does not prune the UPDATE at executor start-up (every leads partition stays in the plan).
  sa56i: `session.execute(text("DELETE FROM agent_outputs USING leads WHERE agent_outputs.lead_id = leads.id AND agent_outputs.created_at < :ttl AND leads.status = 'complete'"), {"ttl": datetime.now() - timedelta(seconds=604800)})`,
  sa56j: `session.execute(text("UPDATE leads SET company = '' WHERE leads.created_at < :ttl AND leads.status = 'complete'"), {"ttl": datetime.now() - timedelta(seconds=604800)})`,
  sa56k: 'session.query(AgentOutput).filter(AgentOutput.lead_id.in_([5])).order_by(AgentOutput.created_at.asc()).all()',
  sa56l: 'from sqlalchemy import and_\nsession.query(Lead).filter(and_(Lead.email == "a@acme.test", Lead.campaign_id == 3, Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=30))).filter(Lead.id != 5).filter(Lead.status.notin_(["duplicate", "deleted"])).all()',
  // sqlalchemy/57 (FitTrackee): workout = lead 5 of user 7 at T1, equipment = campaign 3, like = output 9; no query parameters.
  sa57a: 'session.query(Lead).filter(Lead.created_at <= T1, Lead.id != 5, Lead.user_id == 7).order_by(Lead.created_at.desc()).first()',
  sa57b: 'session.query(Lead).filter(Lead.created_at >= T1, Lead.id != 5, Lead.user_id == 7).order_by(Lead.created_at.asc()).first()',
  sa57c: 'session.query(Lead).filter_by(id=5).first()',
  sa57d: 'session.query(Campaign).filter_by(id=3, user_id=7).first()',
  // Flask-SQLAlchemy 3 Query.paginate(): the page, then the count.
  sa57e: 'q = session.query(Lead).filter(Lead.user_id == 7, Lead.status != "suspended").order_by(Lead.created_at.desc(), Lead.id)\nq.limit(5).offset(0).all()\nq.order_by(None).count()',
  // The flushes update and delete by the mapped primary keys.
  sa57f: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(company="Evening ride"))',
  // The delete cascade loads the likes and comments by lead_id first.
  sa57g: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5).all()\nsession.execute(delete(AgentOutput).where(AgentOutput.id == 9, AgentOutput.created_at == T1))\nsession.execute(delete(Lead).where(Lead.id == 5, Lead.created_at == T1))',
  sa57h: 'session.query(AgentOutput).filter_by(lead_id=5, kind="like", body="7").first()',
  sa57i: 'session.execute(delete(AgentOutput).where(AgentOutput.id == 9, AgentOutput.created_at == T1))',
  sa57j: 'q = session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.kind == "like").order_by(AgentOutput.created_at.desc())\nq.limit(10).offset(0).all()\nq.order_by(None).count()',
  sa57k: 'k = func.to_char(func.timezone("UTC", Lead.created_at), "yyyy")\nsession.query(Lead.status, func.count(Lead.id), k).filter(Lead.user_id == 7).group_by(k, Lead.status).all()',
  sa57l: 'session.query(Lead).filter(Lead.user_id == 7).count()',
  sa57m: 'sq = session.query(Lead).filter(Lead.user_id == 7).order_by(Lead.created_at.desc()).subquery()\nsession.query(sq.c.status, func.count(sq.c.id)).group_by(sq.c.status).all()',
  sa57n: 'session.query(Lead).filter().count()',
  // The refresh command without --user/--from/--to.
  sa57o: 'q = session.query(Lead).filter(Lead.status != "suspended").order_by(Lead.created_at.asc())\nq.limit(10).offset(0).all()\nq.order_by(None).count()',
  sa57p: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(email="notes"))',
  sa57q: 'session.query(Lead).filter_by(user_id=7).order_by(Lead.created_at.asc()).all()',
  sa57r: 'session.query(Campaign).filter_by(user_id=7).order_by(Campaign.id).all()',
  sa57s: 'session.query(Campaign).filter_by(id=3, user_id=7).first()',
  sa57t: 'session.execute(update(Campaign).where(Campaign.id == 3, Campaign.user_id == 7).values(name="Gravel bike"))',
  // An expired instance (after commit) reloads by its primary key on the first attribute access.
  sa57u: 'w = session.query(Lead).filter(Lead.id == 5, Lead.created_at == T1).one()\nsession.expire(w)\nw.id',
  sa57v: 'e = session.query(Campaign).filter_by(id=3, user_id=7).one()\nsession.expire(e)\ne.id',
};
