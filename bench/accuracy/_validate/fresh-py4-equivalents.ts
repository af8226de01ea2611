/**
 * The equivalent code of the labelled Django and SQLAlchemy sites of the fourth Python fresh round
 * (batches K and L, cases modelled on the applications named per batch below), run like
 * host-equivalents.ts by the harnesses (with the models of django/01 and sqlalchemy/01: the
 * managers and scopes of a case are written out here).
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

/** Nautobot's campaign querysets: the count_related() lead count. */
const NAUTOBOT_CAMPAIGNS = 'Campaign.objects.annotate(lead_count=Coalesce(Subquery(Lead.objects.filter(campaign=OuterRef("pk")).order_by().values("campaign").annotate(c=Count("*")).values("c")), 0))';

export const DJANGO_PY4: Record<string, string> = {
  // Batch K: django/47 (Tandoor Recipes), django/48 (Kiwi TCMS).
  // The campaign list (DefaultPagination, no query params): the count, then the page.
  dj47a: 'qs = Campaign.objects.filter(user=7).order_by("name")\nqs.count()\nlist(qs[0:50])',
  // No `since` in the query string: the base viewset adds nothing.
  dj47b: 'list(Lead.objects.filter(user=7).order_by("-created_at"))',
  // from_date defaults to 90 days ago; no status / campaign params; paginated.
  dj47c: 'qs = Lead.objects.filter(Q(user=7) | Q(user_id__in=[7, 8])).distinct().all().filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=90)).distinct().order_by("status", "company", "-id").select_related("user")\nqs.count()\nlist(qs[0:50])',
  dj47d: 'Lead.objects.filter(pk=5, user=7).first()',
  dj47p: 'list(Lead(id=5, created_at=T1).outputs.all()[:100])',
  dj47e: 'qs = AgentOutput.objects.filter(lead__user=7).select_related("lead").filter(Q(kind="draft") | Q(created_at__gte=T1))[:1000]\nqs.count()\nlist(qs[0:50])',
  dj47g: 'Lead.objects.filter(id=5, user=7).first()',
  dj47h: 'lead = Lead(id=5, created_at=T1)\nAgentOutput.objects.filter(lead_id=lead.id, created_at__gte=lead.created_at).update(kind="email")',
  dj47i: 'lead = Lead(id=5, created_at=T1)\nAgentOutput.objects.filter(lead_id=lead.id, created_at__gte=lead.created_at).delete()',
  // No `since` param: the editor's 30-day default.
  dj47j: 'list(AgentOutput.objects.filter(lead=Lead(id=5, created_at=T1), created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)).order_by("-created_at")[:50])',
  dj47k: 'for lead in Lead.objects.filter(user=7).filter(created_at__date__gte="2026-03-05", created_at__date__lte="2026-04-04"):\n    pass',
  dj47l: 'AgentOutput.objects.filter(id__in=[9], lead__user_id__in=[7]).update(kind="final")',
  dj47m: 'Lead.objects.filter(pk=5).update(status="contacted")',
  dj47n: 'Campaign.objects.get(pk=3, user=7)',
  dj47q: 'Campaign.objects.get(pk=4, user=7)',
  dj47o: 'Lead.objects.filter(campaign=Campaign(id=3, user_id=7)).update(campaign=Campaign(id=4, user_id=7))',
  // Model.delete() of the source campaign: by its `id` only.
  dj47r: 'Campaign(id=3, user_id=7).delete()',
  // Lead.filter without lookups: query=None → {}.
  dj48a: 'list(Lead.objects.annotate(num_outputs=Count("outputs")).filter(**{}).values("id", "company", "email", "status", "created_at", "num_outputs").order_by("id").distinct())',
  dj48b: 'Lead.objects.get(pk=5)',
  // ModelForm.save() of the fetched lead: Model.save() updates by `id` only.
  dj48c: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="new", created_at=T1)\nlead.status = "won"\nlead.save()',
  dj48e: 'Lead.objects.only("id", "created_at").get(pk=5, created_at=T1)',
  dj48s: 'for o in AgentOutput.objects.filter(lead_id=5, created_at__gte=T1).order_by("created_at").filter(kind="email"):\n    pass',
  dj48f: 'Lead.objects.get(pk=5)',
  dj48d: 'list(AgentOutput.objects.filter(lead_id=5, created_at__gte=T1).order_by("created_at").values("id", "kind", "created_at"))',
  dj48t: 'Lead.objects.get(pk=5)',
  // No output_id: every output of the lead.
  dj48g: 'AgentOutput.objects.filter(lead_id=5, created_at__gte=T1).order_by("created_at").delete()',
  // Telemetry.breakdown without lookups.
  dj48h: 'Lead.objects.filter(**{}).distinct().filter(status="new").count()',
  dj48u: 'Lead.objects.filter(**{}).distinct().filter(status="won").count()',
  dj48i: 'qs = Lead.objects.filter(**{}).distinct()\nlist(qs.filter(status="won").values("campaign__name").annotate(count=Count("campaign", distinct=True)))\nlist(qs.exclude(status="won").values("campaign__name").annotate(count=Count("campaign", distinct=True)))',
  // Telemetry.output_kinds without lookups: the 30-day default window.
  dj48j: 'list(AgentOutput.objects.filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)).values("kind").annotate(n=Count("id")).order_by("kind"))',
  dj48k: 'dict(AgentOutput.objects.filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)).values_list("lead_id", "lead__company").distinct())',
  // DetailView.get_object(): filter(pk=…) then get().
  dj48l: 'Lead.objects.all().filter(pk=5).get()',
  dj48m: 'list(AgentOutput.objects.filter(lead_id=5, created_at__gte=T1).order_by("created_at"))',
  dj48n: 'list(Campaign.objects.filter(user=7).order_by("name"))',
  // UpdateView: get_object(), then the form's save() by `id`.
  dj48o: 'lead = Lead.objects.all().filter(pk=5).get()\nlead.status = "won"\nlead.save()',
  dj48q: 'Campaign.objects.filter(pk=3, user=7).first()',
  dj48r: 'list(Campaign(id=3, user_id=7).leads.filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)).values_list("id", "company"))',
  dj48p: 'Campaign(id=3, user_id=7).leads.filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)).filter(status="archived").count()',
  // Batch L: django/49 (Misago), django/50 (Nautobot).
  // get_default_read_time(): now - 40 days (the user is older than the cut-off).
  dj49a: 'Lead.objects.filter(campaign=Campaign(id=3, user_id=7), user=7).filter(created_at__gt=datetime.now(timezone.utc) - timedelta(days=40)).exists()',
  dj49b: 'set(AgentOutput.objects.filter(lead_id__in=[5], created_at__gt=datetime.now(timezone.utc) - timedelta(days=40)).values_list("lead_id", flat=True))',
  // First page (no ?after, no ?filter): limit + 1 rows.
  dj49c: 'list(AgentOutput.objects.filter(lead__user=7).select_related("lead").order_by("-id").order_by("-id")[:51])',
  dj49d: 'AgentOutput.objects.filter(lead__user=7, kind="draft")[:51].count()',
  // An UPDATE through a join: Django filters by `id IN (subquery)`.
  dj49e: 'AgentOutput.objects.filter(lead__user=7, kind="draft", created_at__gte=datetime.now(timezone.utc) - timedelta(days=40)).update(kind="seen")',
  dj49f: 'list(Lead.objects.filter(user=7, created_at__gte=datetime.now(timezone.utc) - timedelta(days=40)).order_by("-id").order_by("-id")[:31])',
  dj49p: 'Campaign.objects.filter(user=7).get(id=3)',
  dj49r: '[c.id for c in Campaign.objects.filter(user=7, archived=False).order_by("name")]',
  dj49g: 'list(Lead.objects.filter(campaign_id__in=[3]).exclude(status="archived").order_by("-id")[:31])',
  dj49h: 'list(Lead.objects.filter(campaign_id__in=[3], status="pinned", created_at__gte=datetime.now(timezone.utc) - timedelta(days=40)).order_by("-id"))',
  dj49m: 'Lead.objects.filter(user=7, campaign_id__in=["3"]).update(status="seen")',
  dj49n: 'Campaign.objects.filter(user=7, id__in=["3"]).update(archived=False)',
  dj49o: 'list(Lead.objects.filter(campaign_id__in=[3]).exclude(status="archived").filter(id__in={5}).select_related("campaign"))',
  dj49i: 'AgentOutput.objects.select_related("lead").get(id=9)',
  dj49j: 'for lead in Lead.objects.filter(campaign_id=3).select_related("user").iterator(chunk_size=32):\n    pass',
  dj49k: 'AgentOutput.objects.filter(created_at__lte=datetime.now(timezone.utc) - timedelta(days=40), kind="draft").delete()',
  dj49l: 'AgentOutput.objects.count()',
  // restrict() for an ordinary user: `pk__in` the constrained subquery (unconstrained outputs: all()).
  // The list (LimitOffsetPagination, no filters): the count, then the page.
  dj50a: 'qs = Lead.objects.select_related("campaign").filter(pk__in=Lead.objects.filter(Q(user=7)).values("pk"))\nqs.count()\nlist(qs[0:50])',
  dj50l: 'Lead.objects.select_related("campaign").filter(pk__in=Lead.objects.filter(Q(user=7)).values("pk")).get(pk=5)',
  dj50m: 'list(AgentOutput.objects.all().filter(lead=Lead(id=5, created_at=T1), created_at__gte=T1))',
  dj50b: `from django.db.models.functions import Coalesce\nqs = ${NAUTOBOT_CAMPAIGNS}.filter(pk__in=Campaign.objects.filter(Q(user=7)).values("pk"))\nqs.count()\nlist(qs[0:50])`,
  dj50c: 'qs = AgentOutput.objects.all().all().filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=7)).order_by("-created_at")\nqs.count()\nlist(qs[0:50])',
  dj50n: 'Lead.objects.all().filter(pk__in=Lead.objects.filter(Q(user=7)).values("pk")).get(pk=5)',
  dj50h: 'list(Lead(id=5, created_at=T1).outputs.filter(created_at__gte=T1).all().order_by("-created_at")[:50])',
  dj50g: `from django.db.models.functions import Coalesce\n${NAUTOBOT_CAMPAIGNS}.filter(pk__in=Campaign.objects.filter(Q(user=7)).values("pk")).get(pk=3)`,
  // composite_key="a@acme.test;2026-03-05T00:00:00+00:00" → the natural-key fields (email, created_at).
  dj50i: 'Lead.objects.all().get(email="a@acme.test", created_at="2026-03-05T00:00:00+00:00")',
  dj50j: 'Campaign.objects.get(name="Spring")',
  dj50d: 'for lead in Lead.objects.filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)).filter(status="won").iterator():\n    pass',
  dj50k: 'Lead.objects.filter(campaign=Campaign(id=3, user_id=7)).filter(created_at__lt=datetime.now(timezone.utc) - timedelta(days=180)).exclude(status="won").update(status="archived")',
  // LogsCleanup with the default max_age (90): _raw_delete of the restricted querysets (no CASCADE relations).
  dj50e: 'qs = AgentOutput.objects.all().filter(created_at__lt=datetime.now(timezone.utc) - timedelta(days=90))\nqs._raw_delete(qs.db)',
  dj50f: 'qs = Lead.objects.filter(pk__in=Lead.objects.filter(Q(user=7)).values("pk")).filter(created_at__lt=datetime.now(timezone.utc) - timedelta(days=90))\nqs._raw_delete(qs.db)',

  // Batch M (held out): django/51 (Wagtail), django/52 (Mayan EDMS).
  // purge_outputs without --days/--drafts/--finals.
  dj51a: 'for o in AgentOutput.objects.all().exclude(kind="pinned").iterator():\n    pass',
  dj51b: 'AgentOutput.objects.filter(lead_id=5).order_by("-created_at", "-id").first()',
  // Model.delete(): by `id` only.
  dj51c: 'AgentOutput(id=9, lead_id=5, kind="email", created_at=T1).delete()',
  // An ordinary user, no filters in the request.
  dj51d: 'list(AgentOutput.objects.filter(lead__user=7).order_by("-created_at")[:500])',
  dj51e: 'list(Lead.objects.exclude(status__in=["archived", "spam"]).filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)).order_by("-created_at")[:500])',
  // Django sends a union as `(SELECT …) UNION (SELECT …)` (run_django.py captures it).
  dj51l: 'from django.db.models import CharField, Value\nsince = datetime.now(timezone.utc) - timedelta(days=14)\nleads = Lead.objects.annotate(entry=Value("lead", output_field=CharField())).values("id", "created_at", "entry").filter(created_at__gte=since)\noutputs = AgentOutput.objects.annotate(entry=Value("output", output_field=CharField())).values("id", "created_at", "entry").filter(created_at__gte=since)\nlist(leads.union(outputs).order_by("-created_at")[:200])',
  // IndexView: Paginator count, then the page.
  dj51f: 'qs = Campaign.objects.all().filter(user=7).order_by("name")\nqs.count()\nlist(qs[0:20])',
  dj51g: 'qs = Lead.objects.all().order_by("-id")\nqs.count()\nlist(qs[0:50])',
  dj51o: 'Campaign.objects.get(pk=3, user=7)',
  // The registered construct_lead_listing_queryset hooks: the 90-day window, then spam hidden.
  dj51h: 'qs = Lead.objects.filter(campaign=Campaign(id=3, user_id=7)).order_by("-created_at").filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=90)).exclude(status="spam")\nqs.count()\nlist(qs[0:50])',
  dj51i: 'Lead.objects.exclude(status__in=["archived", "spam"]).get(pk=5)',
  dj51j: 'list(AgentOutput.objects.filter(lead_id=5).filter(created_at__gte=T1).order_by("-created_at")[:100])',
  dj51m: 'list(Lead.objects.exclude(status__in=["archived", "spam"]).filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=7)).order_by("-created_at")[:5])',
  dj51n: 'Campaign.objects.filter(user=7, archived=False).count()',
  dj51k: 'AgentOutput.objects.filter(lead_id=5, kind="draft").exclude(pk=9).update(kind="superseded")',
  // The ACL restriction of an ordinary user: the model's `_acl_user_field`. Lists: the count, then the page.
  dj52a: 'qs = Lead.objects.exclude(status="trashed").filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)).order_by("-created_at").all().filter(user=7)\nqs.count()\nlist(qs[0:20])',
  dj52b: 'qs = Lead.objects.filter(status="trashed").all().filter(user=7)\nqs.count()\nlist(qs[0:20])',
  dj52p: 'qs = Campaign.objects.all().filter(user=7)\nqs.count()\nlist(qs[0:20])',
  dj52c: 'Lead.objects.all().filter(user=7).get(pk=5)',
  // The subclass overrides get_queryset(): no ACL on the outputs.
  dj52d: 'qs = Lead(id=5, created_at=T1).outputs.all()\nqs.count()\nlist(qs[0:20])',
  dj52o: 'qs = AgentOutput.objects.exclude(lead__status="trashed").filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=7))\nqs.count()\nlist(qs[0:20])',
  dj52e: 'for l in Lead.objects.filter(status="stub", created_at__lt=datetime.now(timezone.utc) - timedelta(seconds=86400)):\n    pass',
  // delete(to_trash=False): Model.delete() by `id` only.
  dj52f: 'Lead(id=5, user_id=7, created_at=T1).delete()',
  dj52g: 'for c in Campaign.objects.all():\n    pass',
  dj52h: 'for l in Campaign(id=3, user_id=7).leads.filter(created_at__lt=datetime.now(timezone.utc) - timedelta(days=365)):\n    pass',
  // delete() to the trash: save(update_fields=["status"]) by `id` only.
  dj52i: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="new", created_at=T1)\nlead.status = "trashed"\nlead.save(update_fields=["status"])',
  // The trashing save inside the delete() override itself (the same statement as dj52i, where it runs).
  dj52r: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="new", created_at=T1)\nlead.status = "trashed"\nlead.save(update_fields=["status"])',
  dj52l: 'Lead.objects.filter(pk=5, created_at=T1).update(status="new")',
  dj52j: 'qs = Lead.objects.exclude(status="trashed").all().filter(user=7)\nqs.count()\nlist(qs[0:40])',
  dj52k: 'qs = Lead.objects.exclude(status="trashed").filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)).order_by("-created_at").all().filter(user=7)\nqs.count()\nlist(qs[0:40])',
  dj52m: 'Campaign.objects.all().filter(user=7).get(pk=3)',
  dj52n: 'qs = Campaign(id=3, user_id=7).leads.all().filter(user=7)\nqs.count()\nlist(qs[0:40])',
  dj52q: 'for l in Lead.objects.filter(status="trashed").all().filter(user=7).filter(pk__in=["5"]):\n    pass',
};

export const SQLALCHEMY_PY4: Record<string, string> = {
  // Batch K: sqlalchemy/46 (CTFd), sqlalchemy/47 (Zou).
  // utcnow(): a naive timestamp compared with timestamptz.
  sa46a: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.created_at >= datetime.utcnow() + timedelta(minutes=-1)).order_by(AgentOutput.id.asc()).all()',
  // No args in the query string; Flask-SQLAlchemy 3 paginate: the page, then the count.
  sa46b: 'q = session.query(AgentOutput).filter_by().filter()\nq.limit(20).offset(0).all()\nq.order_by(None).count()',
  sa46c: 'session.query(AgentOutput).filter_by(id=9).first()',
  sa46d: 'session.query(AgentOutput).filter_by(id=9).first()',
  // session.delete(output) + commit: the unit of work first lazy-loads the output's many-to-one `lead` (by id only), then DELETEs by (id, created_at).
  sa46e: 'o = session.get(AgentOutput, (9, T1))\nsession.delete(o)\nsession.flush()',
  sa46f: 'session.query(Lead).filter_by(id=5).first()',
  // FREEZE_AT unset: no upper bound.
  sa46g: 'lead = session.get(Lead, (5, T1))\nsession.query(AgentOutput).filter(AgentOutput.lead_id == lead.id, AgentOutput.created_at >= lead.created_at).order_by(AgentOutput.created_at.desc()).all()',
  sa46h: 'session.query(AgentOutput).with_entities(AgentOutput.kind, func.count(AgentOutput.kind)).group_by(AgentOutput.kind).all()',
  sa46i: 'session.query(Lead.status, func.count(Lead.id)).filter(Lead.created_at >= datetime.utcnow() - timedelta(days=7)).group_by(Lead.status).all()',
  sa46j: 'session.query(Campaign).filter_by(id=3).first()',
  sa46k: 'session.query(Campaign).filter_by(user_id=7).order_by(Campaign.name).all()',
  // Only the default `days` (30) in the args.
  sa46l: 'q = session.query(Lead).filter_by().filter(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=30))\nq.limit(50).offset(0).all()\nq.order_by(None).count()',
  sa46m: 'session.query(AgentOutput).filter_by(lead_id=5, kind="email").filter(AgentOutput.created_at >= T1).count()',
  sa46n: 'session.query(AgentOutput).filter_by(lead_id=5, kind="email").delete()',
  sa46o: 'session.query(Lead).filter_by(id=5).first()',
  sa46p: 'session.query(Lead).filter_by(id=5).order_by(Lead.created_at.desc()).first()',
  // The list resources without args nor page: all_entries() of the permission-filtered query.
  sa47b: 'session.query(Lead).filter(Lead.user_id == 7).all()',
  sa47c: 'session.query(Campaign).filter(Campaign.user_id == 7).all()',
  sa47n: 'session.query(AgentOutput).join(Lead, Lead.id == AgentOutput.lead_id).filter(Lead.user_id == 7).all()',
  sa47d: 'session.query(Lead).filter().filter_by(id=5).first()',
  // No after/before/kind args (the resource passes what the request has).
  sa47q: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5).order_by(AgentOutput.created_at.desc()).all()',
  sa47g: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.created_at >= T1).order_by(AgentOutput.created_at).all()',
  // `after` defaults to 30 days ago (an ISO string cast to the column type); the total, then the page.
  sa47h: 'after = (datetime.now(timezone.utc) - timedelta(days=30)).isoformat()\nq = session.query(AgentOutput).order_by(AgentOutput.created_at.desc()).filter(AgentOutput.created_at > func.cast(after, AgentOutput.created_at.type))\nq.order_by(None).with_entities(func.count(AgentOutput.id)).scalar()',
  sa47r: 'after = (datetime.now(timezone.utc) - timedelta(days=30)).isoformat()\nsession.query(AgentOutput).order_by(AgentOutput.created_at.desc()).filter(AgentOutput.created_at > func.cast(after, AgentOutput.created_at.type)).limit(50).offset(0).all()',
  sa47i: 'session.get(Campaign, (3, 7))',
  // Cursor pagination: the total counts the query without the cursor bound.
  sa47j: 'q = session.query(Lead).filter(Lead.campaign_id == 3)\nq.count()\nq.filter(Lead.created_at > "2025-07-01T00:00:00+00:00").order_by(Lead.created_at, Lead.id).limit(50).all()',
  sa47k: 'session.query(Lead).filter().filter_by(id=5, created_at="2026-03-05T00:00:00+00:00").first()',
  // lead.update(): the flush updates by the mapped primary key (id, created_at).
  sa47s: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(status="won"))',
  sa47l: 'session.query(AgentOutput).filter(AgentOutput.created_at < datetime.now(timezone.utc) - timedelta(days=90)).delete()',
  sa47a: 'session.query(Lead).filter().filter_by(id=5).first()',
  sa47m: 'session.query(AgentOutput).filter_by(lead_id=5).delete()',
  sa47o: 'session.query(Lead).filter_by(user_id=7, status="new").count()',
  sa47p: 'session.query(Campaign).filter_by(user_id=7, archived=False).order_by(Campaign.name).all()',
  // Batch L: sqlalchemy/48 (ihatemoney), sqlalchemy/49 (PowerDNS-Admin).
  sa48a: 'session.query(Lead).filter(Lead.campaign_id == 3).order_by(Lead.created_at.desc()).first()',
  sa48b: 'session.query(Lead).filter(Lead.campaign_id == 3).order_by(Lead.created_at.asc()).first()',
  sa48c: 'since = (datetime.now(timezone.utc) - timedelta(days=365)).replace(day=1, hour=0, minute=0, second=0, microsecond=0)\nsession.query(func.date_trunc("month", Lead.created_at), func.count(Lead.id)).filter(Lead.campaign_id == 3, Lead.created_at >= since).group_by(func.date_trunc("month", Lead.created_at)).all()',
  sa48d: 'session.query(Lead).filter(Lead.campaign_id == 3).count()',
  sa48n: 'for lead in session.query(Lead).filter(Lead.campaign_id == 3).order_by(Lead.created_at.desc()).order_by(Lead.id.desc()):\n    pass',
  sa48r: 'session.query(Campaign).filter(Campaign.name == "Spring").one()',
  sa48e: 'session.query(Campaign).filter(Campaign.id == 3, Campaign.user_id == 7).one_or_none()',
  // Flask-SQLAlchemy 3 paginate: the page, then the count.
  sa48g: 'q = session.query(Lead).filter(Lead.campaign_id == 3).order_by(Lead.created_at.desc()).order_by(Lead.id.desc())\nq.limit(100).offset(0).all()\nq.order_by(None).count()',
  sa48h: 'session.query(Lead).filter(Lead.campaign_id == 3).filter(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=30)).order_by(Lead.created_at.desc()).order_by(Lead.id.desc()).all()',
  sa48i: 'session.query(Lead).filter(Lead.campaign_id == 3).filter(Lead.id == 5).one_or_none()',
  // populate_obj + commit: the flush updates by the mapped primary key (id, created_at).
  sa48j: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(status="won"))',
  sa48m: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.created_at >= T1).order_by(AgentOutput.created_at.desc()).limit(20).all()',
  // The case's Lead maps no relationship: the flush deletes by (id, created_at) only.
  sa48l: 'session.execute(delete(Lead).where(Lead.id == 5, Lead.created_at == T1))',
  sa48o: 'session.query(Lead).filter(Lead.campaign_id == 3).order_by(Lead.created_at.desc()).order_by(Lead.id.desc()).all()',
  sa48q: 'for c in session.query(Campaign).filter(Campaign.user_id == 7).order_by(Campaign.name):\n    pass',
  sa49a: 'session.query(AgentOutput).delete()',
  // history_table with only kind_filter: the inline date bounds become TRUE.
  sa49b: 'from sqlalchemy import and_\nsession.query(AgentOutput).filter(and_(AgentOutput.kind == "email", True, True)).order_by(AgentOutput.created_at.desc()).limit(1000).all()',
  // The administrators-only branch: no ownership subquery; min=2026-03-05 → one day earlier.
  sa49c: 'from sqlalchemy import and_\nsession.query(AgentOutput).filter(and_(AgentOutput.created_at >= "2026-03-04 00:00:00", True, True)).order_by(AgentOutput.created_at.desc()).limit(1000).all()',
  sa49d: 'session.query(AgentOutput).order_by(AgentOutput.created_at.desc()).limit(1000).all()',
  sa49t: 'session.query(Lead).filter(Lead.id == 5, Lead.created_at == "2026-03-05T00:00:00+00:00").first()',
  sa49g: 'session.query(Lead).filter(Lead.id == 5, Lead.created_at == T1).update({"status": "won"})',
  sa49m: 'session.query(Lead).filter(Lead.user_id == 7).count()',
  sa49n: 'session.query(AgentOutput).filter(AgentOutput.created_at >= datetime.utcnow() - timedelta(days=1)).order_by(AgentOutput.created_at.desc()).limit(4).all()',
  sa49o: 'session.query(Campaign).filter(Campaign.user_id == 7).order_by(Campaign.name).all()',
  sa49p: 'session.query(Lead.campaign_id, func.count(Lead.id)).filter(Lead.campaign_id.in_([3]), Lead.created_at >= datetime.utcnow() - timedelta(days=30)).group_by(Lead.campaign_id).all()',
  sa49r: 'session.query(Lead).outerjoin(Campaign, Lead.campaign_id == Campaign.id).filter(or_(Lead.user_id == 7, Campaign.user_id == 7)).all()',
  sa49i: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.created_at >= T1).order_by(AgentOutput.created_at.desc()).all()',
  sa49h: 'session.query(Lead).filter(Lead.id == 5).first()',
  sa49j: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5).delete()',
  sa49k: 'session.execute(delete(Lead).where(Lead.id == 5, Lead.created_at == T1))',
  sa49e: 'session.query(Lead).filter(Lead.email == "a@acme.test").first()',
  // No `since` arg: the default (an ISO string 7 days ago).
  sa49q: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5, AgentOutput.created_at >= (datetime.utcnow() - timedelta(days=7)).isoformat()).all()',

  // Batch M (held out): sqlalchemy/50 (Indico), sqlalchemy/51 (FlaskBB).
  // Campaign.get_or_404((id, user id)): Query.get by the primary key.
  sa50a: 'session.get(Campaign, (3, 7))',
  // with_parent(campaign, Campaign.leads): leads.campaign_id = the campaign's id.
  sa50b: 'session.query(Lead).filter(Lead.campaign_id == 3).filter(Lead.id == 5, Lead.status != "deleted").one()',
  // No `since` arg: created_after(None) is true().
  sa50c: 'from sqlalchemy import true\nsession.query(Lead).filter(Lead.campaign_id == 3).filter(~Lead.status.in_(["deleted", "withdrawn"]), true()).order_by(Lead.created_at.desc()).all()',
  sa50d: 'session.query(Lead).filter(Lead.campaign_id == 3).filter(~Lead.status.in_(["deleted", "withdrawn"]), Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=7)).order_by(Lead.created_at.desc()).limit(50).all()',
  sa50e: 'for l in session.query(Lead).filter(Lead.campaign_id == 3).filter(Lead.user_id == 7, Lead.status != "deleted").join(AgentOutput, AgentOutput.lead_id == Lead.id).filter(AgentOutput.kind == "final"):\n    pass',
  sa50f: 'session.query(Lead).filter(Lead.campaign_id == 3).filter(Lead.status == "won", Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=90)).order_by(func.lower(Lead.company), Lead.id).all()',
  sa50g: 'session.query(Lead).filter(Lead.campaign_id == 3).filter(Lead.status != "won", Lead.status != "deleted").count()',
  // user.leads (lazy="dynamic"): leads.user_id = the user's id.
  sa50h: 'from sqlalchemy.orm import load_only\nfor l in session.query(Lead).filter(Lead.user_id == 7).options(load_only(Lead.campaign_id)).filter(~Lead.status.in_(["deleted", "withdrawn"]), Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=30)):\n    pass',
  sa50i: 'from sqlalchemy import true\nfrom sqlalchemy.orm import load_only\nfor l in session.query(Lead).filter(Lead.user_id == 7).options(load_only(Lead.campaign_id)).filter(~Lead.status.in_(["deleted", "withdrawn"]), true()):\n    pass',
  sa50j: 'session.query(AgentOutput).filter(AgentOutput.created_at < datetime.now(timezone.utc) - timedelta(days=365), AgentOutput.kind == "draft").delete(synchronize_session=False)',
  sa50k: 'session.query(Lead).filter(Lead.status == "deleted").delete(synchronize_session=False)',
  // The soft delete: the flush updates by the mapped primary key (id, created_at).
  sa50l: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(status="deleted"))',
  sa50m: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5).filter(AgentOutput.created_at >= T1).order_by(AgentOutput.created_at.desc()).limit(10).all()',
  sa50n: 'session.query(AgentOutput).filter(AgentOutput.lead_id == 5).filter_by(kind="final").all()',
  // hidden(): an ordinary user, the hidden leads filtered out. paginate(): the page, then the subquery count.
  sa51a: 'session.scalar(select(func.count(Lead.id)))',
  sa51b: 'session.scalar(select(func.count(AgentOutput.id)).where(AgentOutput.created_at >= datetime.now(timezone.utc) - timedelta(minutes=15)))',
  sa51c: 'session.scalar(select(Lead).order_by(Lead.id.desc()))',
  sa51d: 'list(session.execute(select(Campaign).where(Campaign.user_id == 7)).scalars())',
  sa51r: 'session.execute(select(func.count()).select_from(Lead).where(Lead.user_id == 7, Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=30))).scalar_one()',
  sa51e: 'session.execute(select(Lead).filter_by(id=5)).scalar()',
  sa51f: 'from sqlalchemy.orm import lazyload\nstmt = select(AgentOutput).where(AgentOutput.lead_id == 5, AgentOutput.created_at >= T1).order_by(AgentOutput.id.asc())\nsession.execute(stmt.limit(20).offset(0)).scalars().all()\nsession.execute(select(func.count()).select_from(stmt.options(lazyload("*")).order_by(None).subquery())).scalar()',
  sa51g: 'session.execute(select(AgentOutput).where(AgentOutput.id == 9)).scalar()',
  sa51h: 'session.execute(select(Lead).where(Lead.id == 5).where(Lead.status != "hidden")).scalar()',
  sa51i: 'session.execute(select(Lead).where(Lead.id == 5, Lead.created_at == "2026-03-05T00:00:00+00:00").where(Lead.status != "hidden")).scalar()',
  // populate_obj + save(): the flush updates by the mapped primary key (id, created_at).
  sa51j: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(company="Acme Corp"))',
  sa51m: 'session.execute(select(Campaign).where(Campaign.id == 3, Campaign.user_id == 7)).scalar()',
  sa51n: 'from sqlalchemy.orm import lazyload\nstmt = select(Lead).where(Lead.campaign_id == 3).order_by(Lead.created_at.desc()).where(Lead.status != "hidden")\nsession.execute(stmt.limit(30).offset(0)).scalars().all()\nsession.execute(select(func.count()).select_from(stmt.options(lazyload("*")).order_by(None).subquery())).scalar()',
  sa51k: 'session.execute(select(Lead).where(Lead.id.in_(["5"]))).scalars().all()',
  sa51l: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(status="hidden"))',
  sa51o: 'session.execute(delete(AgentOutput).filter_by(lead_id=5))',
  // The case maps no relationship on Lead: session.delete() deletes by (id, created_at).
  sa51p: 'session.execute(delete(Lead).where(Lead.id == 5, Lead.created_at == T1))',
  sa51q: 'session.execute(select(func.count()).select_from(AgentOutput).filter_by(lead_id=5)).scalar_one()',
};
