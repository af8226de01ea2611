/**
 * The equivalent code of the labelled Django and SQLAlchemy sites of the twelfth Python fresh round
 * (held-out cases django/71-72 and sqlalchemy/70-71, modelled on the applications named per case below),
 * run like host-equivalents.ts by the harnesses (with the models of django/01 and sqlalchemy/01: the
 * managers, helpers and scopes of a case are written out here).
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

const NOW = 'datetime.now(timezone.utc)';
const UTC = 'tzinfo=timezone.utc';
// authentik: `filter_not_expired(**kwargs)` is `objects.exclude(Q(archived=True)).filter(**kwargs)`; user 7 is not a superuser.
const TOKENS = 'Campaign.objects.exclude(Q(archived=True))';
const EVENTS_PER = (qs: string, since: string, extract: string): string =>
  `from django.db.models import DurationField, ExpressionWrapper, F\nfrom django.db.models.functions import ${extract}\n_now = ${NOW}\n` +
  `r = ${qs}.filter(created_at__gte=_now - ${since}).annotate(age=ExpressionWrapper(_now - F("created_at"), output_field=DurationField())).annotate(age_interval=${extract}("age")).values("age_interval").annotate(count=Count("pk")).order_by("age_interval")\n` +
  '{int(d["age_interval"]): d["count"] for d in r}';
// Shuup: shop 3 of user 7, currency "EUR"; `valid()` excludes deleted and canceled orders; `since(days)` is midnight UTC of that day.
const VALID = 'exclude(Q(status="deleted") | Q(status="canceled"))';
const SINCE = (days: number): string => `datetime.combine((${NOW} - timedelta(days=${days})).date(), datetime.min.time(), ${UTC})`;
const SHOP_ORDERS = 'Lead.objects.filter(campaign=3, company="EUR")';
const REPORT_RANGE = `(datetime(2026, 2, 3, ${UTC}), datetime(2026, 3, 5, 23, 59, 59, 999999, ${UTC}))`;
const REPORT_ORDERS = `Lead.objects.filter(campaign=3, created_at__range=${REPORT_RANGE})`;

export const DJANGO_PY12: Record<string, string> = {
  // django/71 (authentik): tokens are campaigns (key = name), events leads, notifications agent_outputs.
  dj71a: EVENTS_PER('Lead.objects.filter(user=7).filter(status="login")', 'timedelta(weeks=4)', 'ExtractDay'),
  dj71b: 'list(Lead.objects.filter(user=7).order_by("-created_at")[:100])',
  dj71c: 'Lead.objects.filter(user=7).get(pk=5)',
  dj71d: 'list(Lead.objects.filter(user=7).filter(status="login").exclude(campaign=None).values("company").annotate(counted_events=Count("company")).annotate(unique_users=Count("user", distinct=True)).order_by("-counted_events")[:15])',
  dj71e: `from django.db.models.functions import TruncDay\nlist(Lead.objects.filter(user=7).filter(**{}).filter(created_at__gte=${NOW} - timedelta(days=7)).annotate(day=TruncDay("created_at")).values("day", "status").annotate(count=Count("pk")))`,
  // The export's bounds are parsed from ISO dates (naive: Django reads them in UTC).
  dj71f: '[e.pk for e in Lead.objects.filter(user=7).order_by("-created_at").filter(created_at__gte=datetime(2026, 3, 1), created_at__lt=datetime(2026, 4, 1)).iterator()]',
  dj71g: 'AgentOutput.objects.select_related("lead").all().filter(lead__user=7).get(pk=9)',
  dj71h: '[n.lead.status for n in AgentOutput.objects.select_related("lead").all().filter(lead__user=7).order_by("-created_at")[:50]]',
  dj71j: 'AgentOutput(id=9, lead_id=5, kind="email", created_at=T1).delete()',
  dj71k: 'AgentOutput.objects.exclude(kind="seen").filter(lead__user=7).update(kind="seen")',
  dj71l: `${TOKENS}.filter(name="ak-key").first()`,
  dj71m: `[t.name for t in ${TOKENS}.filter(user=7).order_by("name")]`,
  dj71n: `${TOKENS}.filter(user=7).get(name="Spring")`,
  dj71o: `${TOKENS}.filter(user=7).filter(name="Spring").update(name="ak-new")`,
  dj71u: `${TOKENS}.filter(user=7).get(name="Spring")`,
  dj71p: '[e.status for e in Campaign(id=3, user_id=7, name="Spring").leads.order_by("-created_at")[:20]]',
  dj71r: 'Lead.objects.filter(user=7).filter(status="login").order_by("-created_at").first()',
  dj71s: `Lead.objects.filter(user=7).filter(created_at__gte=${NOW} - timedelta(days=30)).count()`,
  dj71t: '[e.status for e in Lead.objects.filter(user=7).order_by("-created_at")[:25]]',
  dj71ai: `list(Lead.objects.filter(user=7).filter(created_at__gte=datetime(2026, 3, 1, ${UTC}), created_at__lt=datetime(2026, 4, 1, ${UTC})).values("status").annotate(n=Count("pk")))`,
  dj71v: `list(Lead.objects.filter(created_at__gte=${NOW} - timedelta(hours=24)).filter(status="login_failed").values("user__email").annotate(failed=Count("pk")).order_by("-failed")[:10])`,
  dj71ah: `Lead.objects.filter(created_at__gte=${NOW} - timedelta(hours=24)).filter(status="login").count()`,
  dj71w: 'Lead.objects.exclude(campaign=None).filter(status="login_failed").values("campaign").distinct().count()',
  dj71x: `${TOKENS}.filter().count()`,
  dj71y: 'Lead.objects.get(pk=5)',
  dj71aj: 'Lead.objects.filter(pk=5, created_at=T1).first()',
  dj71z: 'Lead(id=5, created_at=T1).outputs.filter(kind="alert", created_at__gte=T1).exists()',
  dj71aa: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="login_failed", created_at=T1)\nlead.status = "login_failed_notified"\nlead.save(update_fields=["status"])',
  dj71ab: 'AgentOutput.objects.filter(kind="seen").delete()',
  dj71ac: 'list(Campaign.objects.filter(archived=True))',
  dj71ad: 'Campaign(id=3, user_id=7, name="Spring", archived=True).delete()',
  dj71ae: `Lead.objects.filter(created_at__lt=${NOW} - timedelta(days=365)).delete()`,
  dj71af: 'AgentOutput.objects.filter(lead__user_id=7).delete()',
  dj71ag: 'Lead.objects.filter(user_id=7).delete()',
  // django/72 (Shuup): shops are campaigns, orders leads (currency in `company`), payments / log entries agent_outputs.
  dj72a: 'order = Lead(id=5, user_id=7, campaign_id=3, company="EUR", email="a@acme.test", status="new", created_at=T1)\norder.status = "canceled"\norder.save(update_fields=["status"])',
  dj72b: 'Campaign.objects.filter(user=7, archived=False).order_by("pk").first()',
  dj72c: `from django.db.models.functions import TruncMonth\nrows = ${SHOP_ORDERS}.${VALID}.filter(created_at__gte=${SINCE(365)}).annotate(_period=TruncMonth("created_at")).values("_period").annotate(count=Count("id")).order_by("_period")\n{r["_period"]: r["count"] for r in rows}`,
  dj72d: `${SHOP_ORDERS}.filter(status="complete").filter(created_at__gte=${SINCE(0)}).aggregate(count=Count("id"))`,
  dj72e: `${SHOP_ORDERS}.filter(status="complete").aggregate(count=Count("id"))`,
  dj72f: `${SHOP_ORDERS}.filter(status="complete").filter(created_at__gte=${SINCE(365)}).aggregate(customers=Count("user", distinct=True), orders=Count("id"))`,
  dj72g: `${SHOP_ORDERS}.filter(status__in=("new", "initial", "processing")).count()`,
  dj72h: `[(o.pk, o.user.email, o.status) for o in ${SHOP_ORDERS}.${VALID}.select_related("user").order_by("-created_at")[:5]]`,
  dj72i: `Lead.objects.filter(company="EUR").${VALID}.filter(created_at__gte=${SINCE(1)}).count()`,
  // The order list without column filters: the count, then the page.
  dj72j: `Lead.objects.${VALID}.filter(campaign=3).filter(**{}).count()`,
  dj72k: `list(Lead.objects.${VALID}.filter(campaign=3).filter(**{}).order_by("-created_at")[:20].values("id", "created_at", "email", "status"))`,
  dj72l: '[o.pk for o in Lead.objects.filter(Q(id__in=[5], campaign=3))]',
  dj72m: `Lead.objects.filter(created_at__gte=datetime(2026, 3, 1, ${UTC})).filter(created_at__lte=datetime(2026, 3, 31, ${UTC})).filter(campaign=3, id__in=[5]).filter(status__in=("new", "initial", "processing")).update(status="paid")`,
  dj72n: 'Lead.objects.filter(campaign=3).get(pk=5)',
  dj72o: '[p.body for p in Lead(id=5, created_at=T1).outputs.filter(kind="payment", created_at__gte=T1)]',
  dj72p: 'list(Lead(id=5, created_at=T1).outputs.exclude(kind="payment").order_by("-created_at").values_list("body", flat=True))',
  dj72q: 'Lead.objects.only("id", "created_at").get(pk=5, campaign=3)',
  dj72r: 'Lead.objects.filter(pk=5, created_at=T1, campaign=3).update(status="shipped")',
  dj72s: `[o.pk for o in ${REPORT_ORDERS}.${VALID}.order_by("created_at")]`,
  dj72t: `${REPORT_ORDERS}.filter(status__in=("paid", "complete")).aggregate(orders=Count("id"), customers=Count("user", distinct=True))`,
  dj72u: `list(${REPORT_ORDERS}.${VALID}.values("user", "email").annotate(orders=Count("id")).order_by("-orders"))`,
  dj72v: `Lead.objects.filter(user_id=7).${VALID}.count()`,
  dj72w: `[r.body for r in AgentOutput.objects.filter(kind="refund", lead__in=${REPORT_ORDERS})]`,
  dj72x: '[o.status for o in Lead.objects.filter(user=7, campaign=3).order_by("-created_at")]',
  dj72y: 'Lead.objects.filter(user=7, campaign=3).get(pk=5)',
  dj72z: 'Lead.objects.filter(user=7).update(email="anonymized@example.invalid")',
  dj72aa: `list(Lead.objects.filter(user=7, campaign=3).filter(created_at__gte=${SINCE(90)}).values_list("id", "status"))`,
  dj72ab: `Lead.objects.filter(created_at__lte=datetime(2026, 1, 1, ${UTC})).filter(status="complete").filter(campaign=3).update(status="archived")`,
};

// FlexGet (sqlalchemy/70): seen entries are leads (task = campaign_id), seen fields agent_outputs, tasks campaigns.
const SEEN_SEARCH = 'session.query(Lead).join(AgentOutput, AgentOutput.lead_id == Lead.id)';
const LAZY_OUTPUTS = 'lead = session.get(Lead, (5, T1))\nlen(lead.outputs)';
// SecureDrop (sqlalchemy/71): sources are leads (filesystem id in `email`), submissions / replies agent_outputs, seen marks campaigns.
const UNSEEN = 'from sqlalchemy import exists\nseen = exists().where(Campaign.name == AgentOutput.body)\nsession.query(AgentOutput).join(Lead, Lead.id == AgentOutput.lead_id).filter(Lead.status != "deleted", Lead.email.in_(["a@acme.test"])).filter(AgentOutput.kind == "submission", ~seen).all()';

export const SQLALCHEMY_PY12: Record<string, string> = {
  // sqlalchemy/70 (FlexGet). `forget` without tasks: by title, then by field value.
  sa70a: '[se.id for se in session.query(Lead).filter(Lead.company == "Acme").all()]',
  sa70b: LAZY_OUTPUTS,
  sa70e: 'session.query(AgentOutput).filter(AgentOutput.body == "Acme").all()',
  sa70c: 'session.query(AgentOutput).filter(AgentOutput.id == 9).delete(synchronize_session=False)',
  sa70h: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.created_at >= T1).delete(synchronize_session=False)',
  sa70i: 'session.query(Lead).filter(Lead.id == 5, Lead.created_at == T1).delete(synchronize_session=False)',
  // The API's search without value / local / tasks: the count, then the page.
  sa70f: `${SEEN_SEARCH}.group_by(Lead.id, Lead.created_at).count()`,
  sa70p: `${SEEN_SEARCH}.order_by(Lead.created_at.desc()).group_by(Lead.id, Lead.created_at).slice(0, 50).all()`,
  sa70q: `${SEEN_SEARCH}.order_by(Lead.created_at).group_by(Lead.id, Lead.created_at).slice(None, None).all()`,
  sa70t: `[se.id for se in ${SEEN_SEARCH}.filter(AgentOutput.body.like("%ac%", escape="\\\\")).order_by(Lead.created_at).group_by(Lead.id, Lead.created_at).slice(None, None).all()]`,
  sa70u: LAZY_OUTPUTS,
  sa70g: 'session.query(Lead).filter(Lead.id == 5).one()',
  sa70j: 'session.query(AgentOutput).join(Lead, Lead.id == AgentOutput.lead_id).filter(AgentOutput.body.in_(["a@acme.test"])).filter(or_(Lead.status != "local", Lead.status.is_(None))).first()',
  // FlexGet compares with a naive datetime.now().
  sa70k: 'session.query(AgentOutput).filter(AgentOutput.created_at < datetime.now() - timedelta(days=365)).delete()',
  sa70l: 'session.query(Campaign).filter(Campaign.user_id == 7).filter(Campaign.archived.is_(False)).order_by(Campaign.name).all()',
  sa70m: 'session.query(Campaign).filter(Campaign.archived.is_(False)).order_by(Campaign.name).all()',
  sa70n: 'session.query(Campaign).filter(Campaign.name == "Spring").first()',
  sa70x: 'session.query(Campaign).filter(Campaign.user_id == 7, Campaign.id == 3).one()',
  sa70w: 'session.query(Campaign).filter(Campaign.archived.is_(True)).delete(synchronize_session=False)',
  sa70r: 'session.query(Lead).filter(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=7)).order_by(Lead.created_at.desc()).limit(100).all()',
  sa70s: 'session.query(AgentOutput).filter(AgentOutput.lead_id.in_([5]), AgentOutput.created_at >= T1).all()',
  sa70ac: 'session.query(Lead).filter(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=7)).filter(Lead.status == "local").delete(synchronize_session=False)',
  sa70y: 'session.query(Lead).filter(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=30)).filter(Lead.status == "local").all()',
  sa70v: 'session.query(Lead).filter(Lead.campaign_id == 3).filter(Lead.created_at >= datetime.now(timezone.utc).replace(hour=0, minute=0, second=0, microsecond=0)).count()',
  sa70z: 'session.query(Lead).filter(Lead.campaign_id == 3).count()',
  sa70aa: 'session.query(Lead).filter(Lead.campaign_id == 3).filter(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=7)).count()',
  sa70ab: 'session.query(Lead).filter(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=30)).filter(Lead.campaign_id == 3).order_by(Lead.created_at.desc()).limit(20).all()',
  // sqlalchemy/71 (SecureDrop): source 5 ("a@acme.test", created T1), journalist 7.
  sa71a: 'lead = session.get(Lead, (5, T1))\nsorted(lead.outputs, key=lambda i: i.created_at)',
  sa71b: 'session.query(Lead).filter(Lead.email == "a@acme.test").filter(Lead.status != "deleted").one()',
  sa71c: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.kind.in_(("submission", "message")), AgentOutput.created_at >= T1).count()',
  sa71d: 'session.query(Campaign).filter(Campaign.user_id == 7).filter_by(name="doc.gpg").one_or_none()',
  // Deleting an output loads its `lead` (the many-to-one of the `outputs` back-reference) by id.
  sa71e: 'o = session.get(AgentOutput, (9, T1))\nsession.delete(o)\nsession.flush()',
  sa71f: 'session.query(Lead).filter(Lead.email.in_(["a@acme.test"])).update({Lead.status: "deleted"}, synchronize_session="fetch")',
  sa71g: UNSEEN,
  sa71n: UNSEEN,
  sa71j: 'session.query(Lead).filter(Lead.status == "deleted").order_by(Lead.created_at).all()',
  sa71k: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.created_at >= T1).delete(synchronize_session=False)',
  sa71l: 'session.query(Lead).filter(Lead.id == 5, Lead.created_at == T1).delete(synchronize_session=False)',
  sa71m: 'seen_names = session.query(Campaign.name)\nu = session.query(AgentOutput.lead_id, func.count("*").label("num_unread")).filter(AgentOutput.kind.in_(("submission", "message")), ~AgentOutput.body.in_(seen_names)).group_by(AgentOutput.lead_id).subquery()\nsession.query(Lead, u.c.num_unread).filter(Lead.status == "active").outerjoin(u, Lead.id == u.c.lead_id).order_by(Lead.created_at.desc()).all()',
  sa71o: 'session.query(Lead).filter(Lead.status == "active").filter(Lead.user_id == 7).order_by(Lead.created_at.desc()).all()',
  sa71p: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.created_at >= datetime.now(timezone.utc) - timedelta(days=7)).count()',
  sa71q: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.created_at >= datetime.now(timezone.utc) - timedelta(days=30)).count()',
  sa71r: 'from sqlalchemy.orm.exc import NoResultFound\ntry:\n    session.query(AgentOutput).filter(AgentOutput.body == "doc.gpg").one()\nexcept NoResultFound:\n    pass',
  sa71s: 'session.query(Lead).filter(Lead.email == "a@acme.test").one_or_none()',
  sa71t: 'session.query(Lead).filter(Lead.status == "active").all()',
  sa71u: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.kind.in_(("submission", "message")), AgentOutput.created_at >= T1).all()',
  sa71v: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.body == "doc.gpg", AgentOutput.created_at >= T1).one_or_none()',
  sa71w: 'session.query(AgentOutput).filter(AgentOutput.kind == "submission").all()',
  sa71x: 'session.query(AgentOutput).filter(AgentOutput.body.in_(["doc.gpg", "msg.gpg"])).all()',
  sa71y: 'session.query(Campaign).filter(Campaign.user_id == 7).order_by(Campaign.name).all()',
  sa71z: 'session.query(Campaign).filter(Campaign.user_id == 7).delete(synchronize_session=False)',
  sa71aa: 'session.query(Lead).filter_by(email="a@acme.test").one()',
  sa71ab: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.kind == "reply").order_by(AgentOutput.created_at.desc()).all()',
  sa71ac: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.kind == "reply").filter(AgentOutput.created_at >= T1).delete(synchronize_session=False)',
  sa71ad: 'session.query(AgentOutput).order_by(AgentOutput.id, AgentOutput.body).all()',
  // SecureDrop compares with a naive datetime.utcnow().
  sa71ae: 'session.query(Lead).filter(Lead.created_at > datetime.utcnow() - timedelta(hours=24)).count()',
  sa71af: 'session.query(AgentOutput).filter(AgentOutput.id.in_([9])).delete(synchronize_session=False)',
};
