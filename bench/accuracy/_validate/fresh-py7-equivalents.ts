/**
 * The equivalent code of the labelled Django and SQLAlchemy sites of the seventh Python fresh round
 * (held-out cases django/61-62 and sqlalchemy/60-61, modelled on the applications named per case below),
 * run like host-equivalents.ts by the harnesses (with the models of django/01 and sqlalchemy/01: the
 * managers, helpers and scopes of a case are written out here).
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

/** django/61: the last seven days, the default of PostHog's Filter. */
const DJ61_FROM = '(datetime.now(timezone.utc) - timedelta(days=7))';
const DJ61_TO = 'datetime.now(timezone.utc)';
const DJ61_EVENTS = 'Lead.objects.filter(user=7).order_by("-id")';

/** django/62: the libraries user 7 may play (UploadQuerySet.playable_by). */
const DJ62_PLAYABLE = 'Lead.objects.filter(campaign__in=Campaign.objects.filter(user=7, archived=False), status="finished")';
const DJ62_PRIVACY = 'Q(kind__in=["instance", "everyone"]) | Q(body="a@acme.test")';
const DJ62_MARCH = 'created_at__gte=datetime(2026, 3, 1, tzinfo=timezone.utc), created_at__lt=datetime(2026, 4, 1, tzinfo=timezone.utc)';
const DJ62_CACHE = 'Lead.objects.filter(campaign__archived=True, created_at__lt=datetime.now(timezone.utc) - timedelta(minutes=60 * 24 * 7)).only("id", "email")';

export const DJANGO_PY7: Record<string, string> = {
  // django/61 (PostHog): team 7, action 3 named "signup", event 5 at T1; a request without date_from/before/after.
  dj61a: 'Campaign.objects.get(pk=3, user_id=7)',
  dj61b: `list(${DJ61_EVENTS}[:101])`,
  dj61c: `${DJ61_EVENTS}.get(pk=5)`,
  // DRF's inherited update/destroy (not overridden) run get_object(): the view's queryset by primary key.
  dj61aa: `${DJ61_EVENTS}.get(pk=5)`,
  dj61v: `${DJ61_EVENTS}.get(pk=5, created_at=T1)`,
  // save(update_fields=…) updates by `id` only.
  dj61w: 'lead = Lead(id=5, user_id=7, company="d1", email="1.2.3.4", status="$pageview", created_at=T1)\nlead.status = "$autocapture"\nlead.save(update_fields=["status"])',
  dj61d: `list(Lead.objects.filter(user=7, status="$pageview", created_at__gte=${DJ61_FROM}).values("email").annotate(count=Count("id")).order_by("-count")[:50])`,
  dj61e: 'list(Lead.objects.filter(user=7, created_at__gte=datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)).order_by("company", "created_at").only("company", "created_at"))',
  dj61f: 'Lead.objects.filter(user=7, company__in=["d1"]).order_by("-created_at").first()',
  dj61z: `list(Lead.objects.filter(user_id=7, status="signup").order_by("-created_at").filter(created_at__gte=${DJ61_FROM})[:100])`,
  dj61g: 'list(Campaign.objects.filter(user=7, archived=False).order_by("-id"))',
  dj61h: 'Campaign.objects.filter(user=7, archived=False).get(pk=3)',
  dj61I: 'Campaign.objects.filter(user=7, archived=False).get(pk=3)',
  dj61J: 'Campaign.objects.filter(user=7, archived=False).get(pk=3)',
  dj61i: 'Lead.objects.filter(user_id=7, status="signup").count()',
  dj61j: `list(Lead.objects.filter(user_id=7, status="signup").filter(Q(created_at__gte=${DJ61_FROM}, created_at__lte=${DJ61_TO})).values_list("company", flat=True).distinct())`,
  // date_from=all: filter_events adds no date.
  dj61k: 'from django.db.models.functions import TruncDay\nlist(Lead.objects.filter(user_id=7, status="$pageview").filter(Q()).annotate(day=TruncDay("created_at")).values("day").annotate(count=Count("id")).order_by("day"))',
  dj61l: `from django.db.models import Min\nd = ${DJ61_FROM}\nlist(Lead.objects.filter(user_id=7, created_at__gte=d, created_at__lte=d + timedelta(days=11)).filter(status="$pageview").values("company").annotate(first_date=Min("created_at")))`,
  dj61m: `d = ${DJ61_FROM}\nLead.objects.filter(user_id=7, created_at__gte=d, created_at__lte=d + timedelta(days=11)).filter(company__in=["d1"], created_at__date=d.date()).values("company").distinct().count()`,
  dj61x: `list(Lead.objects.filter(user_id=7, created_at__gte=${DJ61_FROM}, created_at__lte=${DJ61_TO}).filter(status="$pageview").values_list("company", flat=True).distinct())`,
  dj61y: `Lead.objects.filter(user_id=7, status="$pageview").filter(Q(created_at__gte=${DJ61_FROM}, created_at__lte=${DJ61_TO})).count()`,
  dj61t: `list(AgentOutput.objects.filter(lead__user=7, lead__created_at__gte=${DJ61_FROM}).values("kind", "body").order_by("kind"))`,
  dj61u: `list(AgentOutput.objects.filter(lead__user=7, kind="a", created_at__gte=${DJ61_FROM}).values("body").distinct()[:50])`,
  dj61p: 'list(Campaign.objects.filter(user_id=7, archived=False))',
  dj61s: 'Lead.objects.filter(user_id=7).delete()',
  dj61q: 'Campaign.objects.get(pk=3)',
  dj61r: 'Lead.objects.filter(user_id=7, status="signup").update(campaign=Campaign(id=3, user_id=7))',
  // A cohort group without "days".
  dj61n: 'list(Lead.objects.filter(user_id=7, status="signup").filter(user_id=7).order_by("company").distinct("company").values("company"))',
  dj61o: 'Campaign.objects.get(pk=3, user_id=7)',
  // django/62 (Funkwhale): user 7 (a@acme.test), library 3, upload 5 at T1; no optional query-string filters.
  dj62a: 'Lead.objects.filter(status="pending").select_related("campaign").get(pk=5)',
  dj62b: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Song", email="src", status="pending", created_at=T1)\nlead.status = "finished"\nlead.save(update_fields=["status"])',
  dj62c: 'Lead.objects.filter(campaign=3, company="Song", status="finished").exclude(pk=5).exists()',
  dj62C: 'AgentOutput.objects.filter(kind="transcode", created_at__lt=datetime.now(timezone.utc) - timedelta(minutes=60 * 24)).delete()',
  dj62d: 'list(Campaign.objects.filter(user=7).annotate(_uploads_count=Count("leads")).order_by("-id"))',
  dj62e: 'Campaign.objects.filter(user=7).annotate(_uploads_count=Count("leads")).get(pk=3)',
  dj62g: 'Campaign.objects.filter(user=7).annotate(_uploads_count=Count("leads")).get(pk=3)',
  // Model.delete(): the collector deletes by primary key `id` only.
  dj62f: 'Campaign(id=3, user_id=7, name="Library").delete()',
  dj62E: 'Campaign.objects.get(pk=3, user=7)',
  dj62F: `list(Campaign(id=3, user_id=7).leads.all().filter(${DJ62_MARCH}).order_by("-created_at"))`,
  dj62h: 'list(Lead.objects.filter(campaign__user=7).order_by("-created_at")[:50])',
  dj62i: 'Lead.objects.filter(campaign__user=7).order_by("-created_at").get(pk=5)',
  dj62j: 'list(Lead.objects.filter(campaign__user=7).order_by("-created_at").filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=30))[:25])',
  dj62z: 'Campaign.objects.get(pk=3, user=7)',
  dj62k: `list(AgentOutput.objects.filter(${DJ62_PRIVACY}).select_related("lead").order_by("-created_at")[:20])`,
  dj62l: `list(AgentOutput.objects.all().select_related("lead").filter(${DJ62_PRIVACY}).order_by("-created_at")[:25])`,
  dj62B: 'list(AgentOutput.objects.filter(kind="listen", body="a@acme.test", created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)).order_by("created_at"))',
  // The random radio: the base queryset.
  dj62w: 'Lead.objects.filter(status="finished").exclude(pk__in=[]).order_by("?").first()',
  dj62x: 'list(Lead.objects.filter(status="finished").filter(created_at__gt=datetime.now(timezone.utc) - timedelta(days=30)).order_by("-created_at")[:20])',
  dj62m: 'AgentOutput.objects.filter(kind="listen").count()',
  dj62n: 'AgentOutput.objects.filter(kind="listen", created_at__gt=datetime.now(timezone.utc) - timedelta(days=180)).count()',
  dj62o: 'Lead.objects.filter(status="finished").count()',
  dj62A: `Lead.objects.filter(status="finished").filter(${DJ62_MARCH}).count()`,
  dj62p: 'Campaign.objects.filter(user_id=7).delete()',
  dj62q: 'User(id=7, email="a@acme.test", created_at=T1).leads.all().delete()',
  dj62r: `list(${DJ62_CACHE})`,
  // update() over a join: Django sends UPDATE … WHERE id IN (SELECT … ).
  dj62s: `${DJ62_CACHE}.update(status="skipped")`,
  dj62y: 'Lead.objects.filter(pk__in=[5]).delete()',
  dj62v: 'list(AgentOutput.objects.filter(kind="favorite", body="a@acme.test").select_related("lead"))',
  dj62t: `list(${DJ62_PLAYABLE}.order_by("-created_at")[0:10])`,
  dj62u: `list(${DJ62_PLAYABLE}.filter(created_at__gte=datetime.now(timezone.utc).replace(day=1, hour=0, minute=0, second=0, microsecond=0)).order_by("-created_at")[:50])`,
};

/** sqlalchemy/60: the open tickets of tracker 3 (no search). */
const SA60_OPEN = 'session.query(Lead).filter(Lead.campaign_id == 3).order_by(Lead.created_at.desc()).filter(Lead.status == "reported")';
const SA61_ROOT = 'session.query(Lead).filter_by(status="processed").order_by(Lead.created_at.desc())';
const SA61_NOTES = 'session.query(AgentOutput).filter_by(body="7").filter_by(kind="notification").order_by(AgentOutput.created_at.desc())';

export const SQLALCHEMY_PY7: Record<string, string> = {
  // sqlalchemy/60 (todo.sr.ht): owner 7, tracker 3 "spring", ticket 5 at T1, event 9.
  sa60a: `${SA60_OPEN}.count()`,
  sa60b: `${SA60_OPEN}.limit(25).all()`,
  sa60c: 'session.query(Lead).filter(Lead.campaign_id == 3).order_by(Lead.id.desc()).limit(51).all()',
  sa60d: 'session.query(Lead).filter(Lead.campaign_id == 3).count()',
  sa60e: 'session.query(Campaign).filter(Campaign.user_id == 7).filter(Campaign.name == "spring").first()',
  sa60f: 'session.query(Campaign).filter(Campaign.user_id == 7).all()',
  sa60g: 'session.query(Lead).filter(Lead.id == 5).filter(Lead.campaign_id == 3).first()',
  sa60h: 'session.query(Campaign).filter(Campaign.user_id == 7).filter(Campaign.name == "spring").first()',
  // The flushes update and delete by the mapped primary key.
  sa60i: 'session.execute(update(Campaign).where(Campaign.id == 3, Campaign.user_id == 7).values(archived=True))',
  sa60k: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(status="resolved"))',
  sa60q: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(user_id=8))',
  sa60r: 'session.execute(delete(Campaign).where(Campaign.id == 3, Campaign.user_id == 7))',
  sa60j: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5).order_by(AgentOutput.created_at).all()',
  sa60l: 'session.query(AgentOutput).join(Lead, Lead.id == AgentOutput.lead_id).filter(Lead.user_id == 7).order_by(AgentOutput.created_at.desc()).limit(10).all()',
  sa60m: 'session.query(Campaign).filter(Campaign.user_id == 7).order_by(Campaign.id.desc()).limit(10).all()',
  sa60u: 'session.query(Campaign).filter(Campaign.user_id == 7).count()',
  sa60n: 'session.query(AgentOutput).filter(AgentOutput.kind == "webhook", AgentOutput.created_at < datetime.now(timezone.utc) - timedelta(days=90)).delete()',
  sa60o: 'session.query(Lead).filter(Lead.campaign_id == 3, Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=30)).order_by(Lead.created_at.desc()).limit(50).all()',
  // The lazy loads of tracker.tickets, ticket.events and event.ticket.
  sa60s: 'session.query(Lead).filter(Lead.campaign_id == 3).all()',
  sa60t: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5).all()',
  sa60v: 'session.query(Lead).filter(Lead.id == 5).all()',
  sa60w: 'session.query(Campaign).filter(Campaign.user_id == 7).delete()',
  sa60x: 'session.query(Lead).filter(Lead.user_id == 7).update({"user_id": 1})',
  sa60y: 'session.query(Lead).filter(Lead.campaign_id == 3, Lead.id == 5, Lead.created_at == T1).one_or_none()',
  sa60p: 'session.query(AgentOutput).filter(AgentOutput.id == 9).one()',
  // sqlalchemy/61 (MediaGoblin): user 7, collection 3 "holiday", media 5 "sunset" at T1, comment 9; the root gallery.
  sa61a: `${SA61_ROOT}.count()`,
  sa61b: `${SA61_ROOT}.slice(0, 30).all()`,
  sa61c: 'session.query(Lead).filter_by(id=5, status="processed", user_id=7).first()',
  sa61d: 'session.query(Lead).filter_by(company="sunset", status="processed", user_id=7).first()',
  sa61e: 'session.query(Lead).filter_by(id="5", status="processed").first()',
  sa61f: 'session.query(Campaign).filter_by(name="holiday", user_id=7).first()',
  sa61g: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(company="sunset-2"))',
  sa61h: 'session.execute(delete(AgentOutput).where(AgentOutput.id == 9, AgentOutput.created_at == T1))\nsession.execute(delete(Lead).where(Lead.id == 5, Lead.created_at == T1))',
  sa61i: 'session.query(AgentOutput).filter_by(lead_id=5, kind="comment").order_by(AgentOutput.created_at.desc()).all()',
  sa61j: 'session.query(Lead).filter((Lead.user_id == 7) & (Lead.status == "processed") & (Lead.id > 5)).order_by(Lead.id).first()',
  sa61k: 'session.query(Lead).filter((Lead.user_id == 7) & (Lead.status == "processed") & (Lead.id < 5)).order_by(Lead.id.desc()).first()',
  sa61l: 'session.query(Campaign).filter_by(user_id=7).order_by(Campaign.name).all()',
  sa61v: 'session.query(Campaign).filter_by(user_id=7).order_by(Campaign.name).all()',
  sa61m: 'session.query(Lead).filter_by(user_id=7, status="processed").order_by(Lead.created_at.desc()).limit(15).all()',
  sa61n: 'session.query(Lead).filter_by(user_id=7, status="processing").order_by(Lead.created_at.desc()).all()',
  sa61o: 'session.query(Lead).filter_by(user_id=7, status="failed").order_by(Lead.created_at.desc()).all()',
  sa61p: 'session.query(Lead).filter_by(user_id=7, status="processed").order_by(Lead.created_at.desc()).limit(10).all()',
  sa61q: 'session.query(Campaign).filter_by(id="3", user_id=7).first()',
  sa61y: 'session.execute(update(Campaign).where(Campaign.id == 3, Campaign.user_id == 7).values(name="holiday-2", archived=True))',
  sa61r: 'session.query(Lead).filter_by(id=5).first()',
  sa61s: 'session.query(AgentOutput).filter_by(kind="notification", body="7", lead_id=5).first()',
  sa61t: `${SA61_NOTES}.limit(5).all()`,
  sa61u: `${SA61_NOTES}.count()`,
  sa61w: 'session.query(AgentOutput).filter_by(id="9", kind="comment").first()',
  // comment.get_entry: the lazy load by `id` only.
  sa61x: 'session.query(Lead).filter(Lead.id == 5).all()',
};
