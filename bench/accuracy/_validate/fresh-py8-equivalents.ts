/**
 * The equivalent code of the labelled Django and SQLAlchemy sites of the eighth Python fresh round
 * (held-out cases django/63-64 and sqlalchemy/62-63, modelled on the applications named per case below),
 * run like host-equivalents.ts by the harnesses (with the models of django/01 and sqlalchemy/01: the
 * managers, helpers and scopes of a case are written out here).
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

const NOW = 'datetime.now(timezone.utc)';
const DAY_START = `${NOW}.replace(hour=0, minute=0, second=0, microsecond=0)`;
const MONTH_START = `${NOW}.replace(day=1, hour=0, minute=0, second=0, microsecond=0)`;
/** django/63: user 7's visible projects (ProjectQuerySet.visible_for). */
const DJ63_VISIBLE = 'Campaign.objects.filter(archived=False).filter(user=7)';
const DJ63_SAME = 'Lead.objects.filter(email="a@acme.test").filter(campaign=3, company="Acme").filter(status="approved")';
const LEAD5 = 'Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="new", created_at=T1)';

export const DJANGO_PY8: Record<string, string> = {
  // django/63 (Pontoon): user 7 (owner@acme.test), project 3 "Spring", translation 5 at T1, locale a@acme.test.
  dj63a: `${DJ63_VISIBLE}.get(name="Spring")`,
  dj63b: `${DJ63_SAME}.exists()`,
  dj63c: `${DJ63_SAME}.exclude(pk=6).update(status="unapproved")`,
  dj63d: 'Lead.objects.get(pk=5)',
  dj63p: 'Lead.objects.get(pk=5)',
  // Model.delete() and save(update_fields=…) go by `id` only.
  dj63e: `${LEAD5}.delete()`,
  dj63f: `lead = ${LEAD5}\nlead.status = "approved"\nlead.save(update_fields=["status"])`,
  dj63n: `list(${LEAD5}.outputs.order_by("-created_at"))`,
  // users_with_translations_counts: the locale page without a period.
  dj63h: 'list(Lead.objects.all().filter(Q(email="a@acme.test")).values("user", "status").annotate(count=Count("id")))',
  // The peer actions join the translation's author (leads without a date).
  dj63g: `from django.db.models.functions import TruncMonth\nlist(AgentOutput.objects.filter(created_at__gte=${NOW} - timedelta(days=670), lead__user=7).exclude(body="owner@acme.test").filter(kind="translation:approved").annotate(created_month=TruncMonth("created_at")).values("created_month").annotate(count=Count("id")).values("created_month", "count"))`,
  dj63q: `from django.db.models.functions import TruncDay\nqs = AgentOutput.objects.all().filter(Q(created_at__gte=${NOW} - timedelta(days=365)))\nc = qs.filter(body="owner@acme.test", kind="translation:created") | qs.filter(body="owner@acme.test", kind__in=["translation:approved", "translation:rejected"])\nlist(c.annotate(timestamp=TruncDay("created_at")).values("timestamp").annotate(count=Count("id")).values("timestamp", "count"))`,
  dj63i: `s = ${DAY_START}\nlist(Lead.objects.filter(created_at__gte=s - timedelta(days=1), created_at__lt=s).values("email").annotate(count=Count("id")))`,
  dj63j: `s = ${DAY_START}\nlist(AgentOutput.objects.filter(created_at__gte=s - timedelta(days=1), created_at__lt=s, kind__in=["translation:approved", "translation:rejected"]).values("kind").annotate(count=Count("id")))`,
  dj63m: `AgentOutput.objects.filter(created_at__lt=${NOW} - timedelta(days=365)).delete()`,
  dj63k: `list(${DJ63_VISIBLE}.order_by("name"))`,
  dj63l: 'Campaign.objects.filter(archived=False).count()',
  dj63o: `Campaign(id=3, user_id=7, name="Spring").leads.filter(created_at__gte=${NOW} - timedelta(days=30), created_at__lt=${NOW}).order_by("-created_at").first()`,
  dj63r: `${DJ63_VISIBLE}.filter(pk=3).update(archived=True)`,
  // django/64 (Kitsune): user 7, question 5 at T1 (locale en-US), answer 9, watch 3; show=needs-attention.
  dj64a: 'Lead.objects.filter(pk=5).update(status="solved")',
  dj64b: `Lead.objects.filter(created_at__gt=${NOW} - timedelta(hours=24)).exclude(status="spam").filter(Q(email="en-US")).count()`,
  dj64c: `${LEAD5}.outputs.filter(kind="vote", created_at__gt=${NOW} - timedelta(days=7)).count()`,
  dj64e: 'Lead.objects.filter(status="open").filter(email="en-US").count()',
  dj64d: 'list(Lead.objects.filter(status="open").filter(email="en-US").order_by("-created_at")[:20])',
  dj64f: 'Lead.objects.get(pk=5)',
  dj64g: `[a.body for a in ${LEAD5}.outputs.filter(kind="answer").order_by("created_at")]`,
  dj64h: 'AgentOutput.objects.get(pk=9, lead=5)',
  // The lazy load of answer.question: by `id` only.
  dj64i: 'AgentOutput(id=9, lead_id=5, kind="answer", created_at=T1).lead',
  dj64j: 'Lead.objects.filter(status="open").filter(pk=5).first()',
  dj64k: `Lead.objects.filter(status="new").filter(created_at__gte=${NOW} - timedelta(hours=24)).filter(email="en-US").count()`,
  dj64l: `Lead.objects.filter(Q(status="solved") | Q(status="locked")).filter(created_at__gte=${MONTH_START}).count()`,
  dj64u: `Lead.objects.filter(created_at__gte=${MONTH_START} - timedelta(days=7), status="new").count()`,
  dj64m: `list(Lead.objects.exclude(status="archived").filter(created_at__range=(datetime.min.replace(tzinfo=timezone.utc), ${NOW} - timedelta(days=180))).values_list("id", flat=True))`,
  dj64n: 'with connection.cursor() as cursor:\n    cursor.execute("UPDATE leads SET status = \'archived\' WHERE id IN (5)")',
  dj64o: 'list(AgentOutput.objects.filter(lead_id__in=[5]).values_list("id", flat=True))',
  dj64p: `list(AgentOutput.objects.filter(kind="vote", created_at__gte=${NOW} - timedelta(days=7)).values_list("lead_id", flat=True).distinct())`,
  dj64q: 'list(Lead.objects.filter(id__in=[5]))',
  dj64r: '[w.user_id for w in Campaign.objects.filter(name="question solved-5", archived=False).exclude(user=7)]',
  dj64s: 'Campaign.objects.get_or_create(user_id=7, name="question reply-5")',
  dj64t: 'Campaign.objects.filter(user=7, name="question reply-5", archived=False).exists()',
  dj64v: 'list(Campaign.objects.filter(user=7, archived=False).order_by("name"))',
  dj64w: 'Campaign.objects.get(pk=3, name="Spring")',
  dj64x: 'Campaign(id=3, user_id=7, name="Spring").delete()',
  dj64y: 'Campaign.objects.filter(user=7).update(archived=True)',
};

/** sqlalchemy/62: common_filters() for user 7 (language "all"; book 8 archived). */
const SA62_COMMON = 'and_(true(), Lead.id.notin_([8]))';
const SA62_IMPORTS = 'from sqlalchemy import and_, desc, true\n';
const SA63_LIST = 'session.query(Lead).filter(Lead.company == "ant.example.com")';

export const SQLALCHEMY_PY8: Record<string, string> = {
  // sqlalchemy/62 (Calibre-Web): user 7, book 5 at T1, shelf 3, download / read record 9; the newest books list.
  sa62t: 'session.query(AgentOutput).filter(AgentOutput.body == "7").filter(AgentOutput.kind == "archived").all()',
  sa62a: 'session.query(Lead).filter(Lead.id == 5).first()',
  sa62b: `${SA62_IMPORTS}session.query(Lead).filter(Lead.id == 5).filter(and_(true(), true())).first()`,
  sa62c: `${SA62_IMPORTS}session.query(Lead).filter(${SA62_COMMON}).order_by(func.random()).limit(4).all()`,
  sa62d: `${SA62_IMPORTS}len(session.query(Lead).filter(true()).filter(${SA62_COMMON}).all())`,
  sa62e: `${SA62_IMPORTS}session.query(Lead).filter(true()).filter(${SA62_COMMON}).order_by(Lead.created_at.desc()).offset(0).limit(60).all()`,
  sa62g: `${SA62_IMPORTS}session.query(AgentOutput.lead_id, func.count(AgentOutput.lead_id).label("count")).filter(AgentOutput.kind == "download").group_by(AgentOutput.lead_id).order_by(desc("count")).offset(0).limit(60).all()`,
  sa62f: 'session.query(AgentOutput).filter(AgentOutput.kind == "download", AgentOutput.body == "7").all()',
  sa62l: 'session.query(Campaign).filter(or_(Campaign.archived == True, Campaign.user_id == 7)).order_by(Campaign.name).all()',
  sa62w: `${SA62_IMPORTS}session.query(Campaign).filter((Campaign.name == "Reading") & (Campaign.archived == True)).filter(true()).first()`,
  sa62x: `${SA62_IMPORTS}session.query(Campaign).filter((Campaign.name == "Reading") & (Campaign.archived == False) & (Campaign.user_id == 7)).filter(true()).first()`,
  sa62m: 'session.query(Campaign).filter(Campaign.id == 3).first()',
  sa62n: 'session.query(AgentOutput).filter(AgentOutput.kind == "shelf", AgentOutput.body == "3", AgentOutput.lead_id == 5).first()',
  sa62p: 'session.query(AgentOutput).filter(AgentOutput.kind == "shelf", AgentOutput.body == "3").delete()',
  sa62o: 'session.query(Campaign).filter(Campaign.id == 3, Campaign.user_id == 7).first()',
  // session_commit(): the flushes delete / update by the mapped primary key.
  sa62u: 'session.execute(delete(Campaign).where(Campaign.id == 3, Campaign.user_id == 7))\nsession.execute(update(AgentOutput).where(AgentOutput.id == 9, AgentOutput.created_at == T1).values(kind="read:finished"))',
  sa62h: `${SA62_IMPORTS}session.query(Lead).filter(Lead.created_at > T1).filter(${SA62_COMMON}).order_by(Lead.created_at).limit(100).all()`,
  sa62v: 'session.query(AgentOutput).filter(AgentOutput.kind == "read", AgentOutput.body == "7").filter(AgentOutput.created_at > T1).all()',
  sa62k: 'session.query(Campaign).filter(Campaign.user_id == 7, Campaign.name.like("kobo%")).all()',
  sa62i: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.kind == "read", AgentOutput.body == "7").first()',
  sa62q: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(company="New title", email="Doe, Jane"))',
  sa62r: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5).delete()',
  sa62s: 'session.query(Lead).filter(Lead.id == 5).delete()',
  // The advanced search without dates or author.
  sa62j: `${SA62_IMPORTS}session.query(Lead).filter(and_(true(), true())).order_by(Lead.company).limit(60).all()`,
  // sqlalchemy/63 (Mailman core): list ant.example.com, member 5 at T1, address 3 of user 7, pended / bounce 9 at T1.
  sa63a: 'list(session.query(Lead).filter(Lead.company == "ant.example.com", Lead.status == "member"))',
  sa63b: 'session.query(Lead).filter(Lead.company == "ant.example.com", Lead.status == "member").count()',
  sa63c: 'session.query(Lead).filter(Lead.company == "ant.example.com", Lead.status == "member").filter(Lead.email == "a@acme.test").one_or_none()',
  sa63e: 'session.query(Lead).filter(Lead.id == 5).one_or_none()',
  sa63f: `${SA63_LIST}.order_by(Lead.id).count()`,
  sa63g: `${SA63_LIST}.order_by(Lead.id)[0:50]`,
  sa63i: 'session.query(Campaign).filter(Campaign.name == "a@acme.test").one_or_none()',
  sa63j: 'session.query(Campaign).filter(Campaign.user_id == 7).order_by(Campaign.name).all()',
  sa63k: 'list(session.query(Lead).filter(Lead.campaign_id == 3))',
  sa63l: 'session.query(AgentOutput).filter_by(kind="pended", body="tok").count()',
  sa63m: 'session.query(AgentOutput).filter_by(kind="pended", body="tok").first()',
  sa63n: `list(session.query(AgentOutput).filter(AgentOutput.kind == "pended", AgentOutput.created_at < ${NOW} - timedelta(days=3)))`,
  sa63p: `session.query(AgentOutput).filter(AgentOutput.kind == "bounce", AgentOutput.lead_id == 5).filter(AgentOutput.created_at >= ${NOW} - timedelta(days=7)).all()`,
  sa63q: 'session.query(AgentOutput).filter_by(kind="message", body="<m@acme.test>").first()',
  sa63r: 'session.query(AgentOutput).filter(AgentOutput.kind == "digest", AgentOutput.lead_id == 5).filter(AgentOutput.created_at > T1).order_by(AgentOutput.created_at).all()',
  // The commits flush the deletes of members, addresses and pended requests by the mapped primary key.
  sa63s: 'session.execute(delete(Lead).where(Lead.id == 5, Lead.created_at == T1))\nsession.execute(delete(Campaign).where(Campaign.id == 3, Campaign.user_id == 7))\nsession.execute(delete(AgentOutput).where(AgentOutput.id == 9, AgentOutput.created_at == T1))',
  sa63t: 'session.execute(delete(AgentOutput).where(AgentOutput.id == 9, AgentOutput.created_at == T1))',
  sa63u: 'session.execute(delete(AgentOutput).where(AgentOutput.id == 9, AgentOutput.created_at == T1))',
  sa63v: `list(session.query(AgentOutput).filter(AgentOutput.kind == "cache", AgentOutput.created_at <= ${NOW}))`,
};
