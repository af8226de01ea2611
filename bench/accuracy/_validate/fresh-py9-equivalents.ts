/**
 * The equivalent code of the labelled Django and SQLAlchemy sites of the ninth Python fresh round
 * (held-out cases django/65-66 and sqlalchemy/64-65, modelled on the applications named per case below),
 * run like host-equivalents.ts by the harnesses (with the models of django/01 and sqlalchemy/01: the
 * managers, helpers and scopes of a case are written out here).
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

const NOW = 'datetime.now(timezone.utc)';
const LEAD5 = 'Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="feeding", created_at=T1)';

export const DJANGO_PY9: Record<string, string> = {
  // django/65 (Baby Buddy): user 7, child 3, feeding 5 at T1 (the day shown: T1), no dashboard_hide_age setting.
  dj65a: 'Lead.objects.filter(campaign=3, status="feeding").exclude(id=5).filter(created_at__lt=T1 + timedelta(minutes=20), created_at__gt=T1).first()',
  dj65b: 'list(Lead.objects.filter(status="feeding", created_at__range=(T1, T1.replace(hour=23, minute=59, second=59))).order_by("-created_at").filter(campaign=3))',
  // The lazy load of instance.campaign: by `id` only.
  dj65c: `${LEAD5}.campaign.name`,
  dj65d: 'list(AgentOutput.objects.filter(kind="note", created_at__range=(T1, T1.replace(hour=23, minute=59, second=59))).order_by("-created_at"))',
  dj65e: 'Lead.objects.filter(pk=5, status="feeding").first()',
  // Model.delete() goes by `id` only.
  dj65f: `${LEAD5}.delete()`,
  dj65g: 'Campaign.objects.count()',
  dj65h: 'Campaign.objects.first()',
  dj65i: 'list(Campaign.objects.filter(user=7).order_by("name"))',
  dj65j: 'Campaign.objects.get(pk=3, user=7)',
  dj65k: 'Lead.objects.filter(campaign=3, status="feeding").filter().order_by("-created_at").first()',
  dj65l: 'list(Lead.objects.filter(campaign=3, status="feeding").filter().order_by("-created_at")[:3])',
  dj65m: 'len(Lead.objects.filter(campaign=3, status="diaper").filter(created_at__gt=T1 - timedelta(days=6)).filter(created_at__lt=T1 + timedelta(days=1)).order_by("-created_at"))',
  dj65n: 'list(Lead.objects.filter(campaign=3).filter(status="feeding", created_at__range=[T1 - timedelta(days=8), T1]))',
  dj65o: 'Lead.objects.filter(campaign=3, status="feeding").filter(created_at__year=2026, created_at__month=3, created_at__day=5).count()',
  dj65p: 's = T1 - timedelta(days=8)\nlist((Lead.objects.filter(campaign=3, status="sleep").filter(created_at__range=[s, T1]) | Lead.objects.filter(campaign=3, status="sleep").filter(created_at__range=[s - timedelta(hours=12), s])).order_by("created_at"))',
  dj65q: `list(Lead.objects.filter(campaign=3, status="feeding").order_by("created_at").filter(created_at__gte=${NOW} - timedelta(days=7)).values_list("created_at", flat=True))`,
  dj65r: 'Lead.objects.filter(campaign=3, status="feeding").order_by("created_at").count()',
  dj65s: 'Lead.objects.filter(campaign=3, status="feeding").annotate(count=Count("id")).order_by("created_at").first()',
  dj65t: 'list(Lead.objects.filter(campaign=3, status="feeding").annotate(count=Count("id")).order_by("created_at")[1:])',
  dj65u: 'list(Lead.objects.filter(campaign=3, status="feeding").annotate(count=Count("id")).order_by("created_at").values_list("created_at", flat=True))',
  dj65v: 'Campaign.objects.filter(user=7).get(pk=3)',
  dj65w: 'bool(Lead.objects.filter(campaign=3, status="feeding"))',
  dj65x: 'changes = Lead.objects.filter(campaign=3, status="diaper", company__gt="")\nbool(changes) and changes.count() > 0',
  dj65y: 'list(Lead.objects.filter(campaign=3, status="diaper", company__gt="").values_list("company", flat=True))',
  dj65z: 'Campaign.objects.get(pk=3)',
  // django/66 (wger): user 7, routine 3, weight entry / session / plan 5 at T1, the day shown T1 (2026-03-05), no date range in the weight chart.
  dj66a: 'Lead.objects.filter(user=7, status="weight").filter(created_at__gte=T1).order_by("created_at").first()',
  dj66b: 'Lead.objects.filter(user=7, status="weight").filter(created_at__lte=T1).order_by("-created_at").first()',
  // The ownership check of a workout log: its session, then its routine, each by `id` only.
  dj66c: 'Lead.objects.get(pk=5)\nCampaign.objects.get(pk=3)',
  dj66d: 'list(AgentOutput.objects.filter(lead__user=7))',
  dj66e: `list(AgentOutput.objects.filter(kind="reps").filter(created_at__gte=${NOW} - timedelta(days=30)).values("body").annotate(n=Count("id")).order_by("-n")[:10])`,
  dj66f: 'Lead.objects.filter(pk=5, user=7, status="session").first()',
  dj66g: 'list(AgentOutput.objects.filter(kind="kg").filter(lead=5, created_at__gte=T1, created_at__lt=T1 + timedelta(days=1)))',
  dj66h: 'list(Lead.objects.filter(user=7, status="session", created_at__year=2026, created_at__month=3).order_by("created_at"))',
  dj66i: 'Lead.objects.filter(user=7, status="session", created_at=T1).first()',
  dj66j: 'Campaign.objects.get(pk=3, user=7)',
  dj66k: 'list(Campaign(id=3, user_id=7, name="Push").leads.filter(status="session").order_by("-created_at")[:10])',
  dj66l: 'list(Campaign.objects.filter(archived=True, name__startswith="[public]"))',
  dj66m: 'list(Campaign.objects.filter(archived=True).filter(user=7))',
  dj66n: 'Campaign.objects.filter(archived=True, pk=3).first()',
  dj66o: 'Campaign.objects.filter(user=7).last()',
  dj66p: 'Lead.objects.filter(user=7, status="session").order_by("-created_at").first()',
  dj66q: 'Lead.objects.filter(created_at=T1, user=7, status="weight").exists()',
  dj66r: 'try:\n    Lead.objects.filter(user=7, status="weight").latest("created_at")\nexcept Lead.DoesNotExist:\n    pass',
  dj66s: 'list(Lead.objects.filter(user=7, status="weight"))',
  dj66t: 'list(Lead.objects.filter(user=7, status="weight").order_by("created_at"))',
  dj66u: 'Lead.objects.filter(pk=5, user=7, status="weight").first()',
  // Model.save() of a loaded entry: UPDATE by `id` only.
  dj66v: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="80.5", email="a@acme.test", status="weight", created_at=T1)\nlead.save()',
  dj66w: 'list(Lead.objects.filter(user=7, status="weight"))',
  dj66x: 'Lead.objects.filter(pk=5, user=7, status="plan").first()',
  dj66y: `list(${LEAD5}.outputs.filter(kind="nutrition", created_at__date=date(2026, 3, 5)).select_related())`,
};

export const SQLALCHEMY_PY9: Record<string, string> = {
  // sqlalchemy/64 (Open WebUI): user 7, chat 5 at T1, folder 3, share id "s1", model "gpt-4o".
  sa64a: 'session.query(Lead).filter_by(id=5).first()',
  sa64b: 'session.query(Lead).filter_by(id=5, user_id=7).first()',
  sa64c: 'session.query(Lead).filter_by(email="s1").first()',
  sa64d: 'session.query(Lead).filter_by(user_id=7).filter_by(status="active").order_by(Lead.created_at.desc()).limit(50).all()',
  sa64e: 'session.query(Lead).filter_by(campaign_id=3, user_id=7).filter(Lead.status != "archived").all()',
  sa64f: 'session.query(Lead).filter_by(id=5).first()',
  // The commit flushes the title change by the mapped primary key; refresh reloads by it.
  sa64g: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(company="New title"))',
  sa64h: 'session.query(Lead).filter(Lead.id == 5, Lead.created_at == T1).first()',
  sa64i: 'session.query(Lead).filter_by(user_id=7).update({"status": "archived"})',
  sa64j: 'session.query(Lead).filter_by(id=5, user_id=7).delete()',
  sa64k: 'session.query(Lead).filter(Lead.user_id == 7).filter(Lead.created_at >= T1, Lead.created_at < T2).order_by(Lead.created_at).all()',
  sa64l: 'session.query(AgentOutput).filter_by(lead_id=5).order_by(AgentOutput.created_at).all()',
  sa64m: 'session.query(AgentOutput).filter_by(lead_id=5).delete()',
  sa64n: 'session.query(AgentOutput.body, func.count(AgentOutput.id).label("count")).filter(AgentOutput.kind == "assistant", AgentOutput.body.isnot(None)).group_by(AgentOutput.body).all()',
  sa64o: `from sqlalchemy import distinct\nsession.query(distinct(AgentOutput.lead_id)).filter(AgentOutput.body == "gpt-4o").filter(AgentOutput.created_at >= ${NOW} - timedelta(days=30)).filter(AgentOutput.created_at <= ${NOW}).offset(0).limit(50).all()`,
  sa64p: `day = func.date_trunc("day", AgentOutput.created_at)\nsession.query(day.label("day"), func.count(AgentOutput.id)).filter(AgentOutput.created_at >= ${NOW} - timedelta(days=7), AgentOutput.created_at < ${NOW}).group_by(day).all()`,
  sa64q: 'session.query(Campaign).filter_by(id=3, user_id=7).first()',
  sa64r: 'session.query(Campaign).filter_by(user_id=7).order_by(Campaign.name).all()',
  sa64s: 'session.query(Campaign).filter(Campaign.name.ilike("Work")).first()',
  sa64t: 'session.query(Campaign).filter_by(id=3, user_id=7).first()',
  sa64v: 'session.execute(update(Campaign).where(Campaign.id == 3, Campaign.user_id == 7).values(name="Renamed"))',
  sa64w: 'session.query(Campaign).filter_by(id=3, user_id=7).delete()',
  // sqlalchemy/65 (Security Monkey): account 7, item 3 "s3-bucket", revision 5 at T1, exception log 9 at T1, revisions cleaned in [T1, T2).
  sa65a: 'session.query(Campaign).filter(Campaign.user_id == 7).filter(Campaign.name == "s3-bucket").first()',
  sa65b: `session.query(AgentOutput).filter(AgentOutput.kind == "exception", AgentOutput.created_at <= ${NOW} - timedelta(days=10)).all()`,
  // The commit flushes the deletes of the loaded logs by the mapped primary key.
  sa65c: 'session.execute(delete(AgentOutput).where(AgentOutput.id == 9, AgentOutput.created_at == T1))',
  sa65d: 'session.query(Campaign).all()',
  sa65e: 'session.query(Lead).filter(Lead.campaign_id == 3, Lead.created_at >= T1, Lead.created_at < T2).all()',
  sa65f: 'session.query(Lead).filter(Lead.campaign_id == 3).count()',
  // The query autoflushes the pending revision deletes (by the mapped primary key) first.
  sa65g: 'from sqlalchemy import desc\nsession.execute(delete(Lead).where(Lead.id == 5, Lead.created_at == T1))\nsession.query(Lead).filter(Lead.campaign_id == 3, Lead.created_at < T1).order_by(desc(Lead.created_at)).first()',
  sa65i: 'session.execute(delete(Campaign).where(Campaign.id == 3, Campaign.user_id == 7))',
  sa65j: 'session.query(Campaign).filter(Campaign.name == "s3-bucket", Campaign.user_id == 7).first()',
  sa65k: 'session.query(Lead).filter(Lead.campaign_id == 3).order_by(Lead.created_at.desc()).first()',
  sa65l: 'session.query(Lead).filter(Lead.user_id == 7).filter(Lead.email.notin_(["arn:aws:s3:::a"])).filter(Lead.status == "active").all()',
  sa65m: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(status="inactive"))',
  sa65n: `session.query(Lead).filter(Lead.user_id == 7, Lead.created_at > ${NOW} - timedelta(minutes=15)).order_by(Lead.created_at).all()`,
  sa65o: 'session.query(Lead).filter(Lead.id == 5).first()',
  sa65p: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.kind == "comment").all()',
  sa65q: 'session.query(Lead).filter(Lead.id == 6).first()',
  // paginate(): the count of the unordered query, then the page; the list without any filter argument.
  sa65r: 'q = session.query(Lead).join(Campaign, Campaign.id == Lead.campaign_id).order_by(Lead.created_at.desc())\nq.order_by(None).count()\nq.limit(30).offset(0).all()',
  sa65s: 'session.query(Campaign).filter(Campaign.id == 3).first()',
  sa65t: 'session.query(Lead).filter(Lead.campaign_id == 3).order_by(Lead.created_at.desc()).all()',
  sa65u: 'session.query(Campaign).filter(Campaign.user_id == 7).order_by(Campaign.name).all()',
  sa65v: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5).filter(AgentOutput.kind == "issue").all()',
  sa65w: 'session.query(AgentOutput).filter(AgentOutput.kind == "issue").filter(AgentOutput.body.is_(None)).delete(synchronize_session=False)',
};
