/**
 * The equivalent code of the labelled ActiveRecord, Django and SQLAlchemy sites of the fresh batches
 * D–G (cases modelled on Chatwoot, Redmine, Maybe, Saleor, Healthchecks, DRF apps, Flask-SQLAlchemy,
 * Polar-style async repositories, CKAN…), run like host-equivalents.ts by the harnesses.
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

export const ACTIVERECORD_RP: Record<string, string> = {
  // Batch D
  ar33a: 'User.instantiate("id" => 7).leads.where(created_at: 30.days.ago...Time.current).count',
  ar33b: 'User.instantiate("id" => 7).leads.where(created_at: 30.days.ago...Time.current).where(status: "won").count',
  ar33c: 'AgentOutput.where(lead_id: User.instantiate("id" => 7).leads.select(:id)).count',
  ar33d: 'User.instantiate("id" => 7).leads.group(:status).count',
  ar33e: 'User.instantiate("id" => 7).campaigns.where(archived: false).order(:name).limit(5).pluck(:id, :name)',
  ar34a: 'Lead.where(user_id: 7).order(created_at: :desc).limit(25).offset(0).to_a',
  ar34b: 'Lead.where(user_id: 7).find(5)',
  ar34c: 'Lead.instantiate("id" => 5, "created_at" => T1).agent_outputs.order(created_at: :desc).limit(10).to_a',
  ar34d: 'Lead.where(user_id: 7).where(created_at: 1.month.ago..).exists?(email: "a@acme.test")',
  ar34e: 'Lead.where(user_id: 7).where(created_at: 1.day.ago..).find_each { |l| l }',
  // pagy: a count(:all), then the page.
  ar35a: 's = User.instantiate("id" => 7).leads.all.order(created_at: :desc, id: :desc); s.count(:all); s.offset(0).limit(50).to_a',
  ar35b: 'User.instantiate("id" => 7).leads.all.group(:status).count',
  ar35c: 'User.instantiate("id" => 7).leads.where(created_at: 30.days.ago.to_date..Date.current).count',
  ar35d: 'User.instantiate("id" => 7).leads.all.where(created_at: 30.days.ago.to_date..).where(created_at: ..Date.current).pluck(:company).tally',
  // Batch E
  ar36a: 'AgentOutput.where(lead_id: 5).where(created_at: T1..).where(kind: "email").to_a',
  ar36b: 'Lead.where(id: [5, 6]).pluck(:id, :status)',
  ar36c: 'Lead.where(user_id: 7).where(Lead.arel_table[:created_at].gteq(1.week.ago)).order(:id).to_a',
  // belongs_to: the lead by its id only.
  ar36d: 'AgentOutput.instantiate("id" => 9, "lead_id" => 5, "created_at" => T1).lead',
  ar36e: 'Lead.where(id: Lead.where(user_id: 7).select(:id)).update_all(status: "archived")',
  ar36f: 'Lead.where(user_id: 7).find_by!(id: 5, created_at: T1)',
  ar36g: 'AgentOutput.find_by!(id: 9, created_at: T1)',
  ar37a: 'User.instantiate("id" => 7).leads.order(created_at: :desc).limit(30).offset(0).to_a',
  ar37b: 'User.instantiate("id" => 7).leads.where(created_at: Time.current.beginning_of_day..).order(created_at: :desc).limit(30).offset(0).to_a',
  ar37c: 'User.instantiate("id" => 7, "created_at" => T1).leads.where(created_at: T1..).order(created_at: :desc).limit(100).offset(0).each { |l| l }',
  ar37d: 'ApplicationRecord.transaction { Lead.where(company: "Acme").distinct.count(:user_id) }',
  ar37e: 'User.instantiate("id" => 7).campaigns.joins(:leads).where(leads: { status: "won" }).distinct.count',
  // The after_create_commit callback: loads the lead by id, then updates it by id (the seeded lead is "new").
  ar38a: 'o = AgentOutput.instantiate("id" => 9, "lead_id" => 5, "created_at" => T1); l = o.lead; l.update!(status: "contacted") if l.status == "new"',
  // Kaminari page(1).per(25).
  ar38b: 'Lead.all.order(created_at: :desc).limit(25).offset(0).to_a',
  ar38c: 'Lead.where(created_at: Time.current.beginning_of_month..).where(status: "won").to_a',
  ar38d: 'Lead.where(created_at: Time.current.beginning_of_month..).where(status: "won").group(:campaign_id).count',
  ar38e: 'Lead.all.where(created_at: 1.week.ago..).order(created_at: :desc).limit(10).offset(0).to_a',
  // Batch F (held out)
  ar39a: 'Lead.where(user_id: 7).where.not(status: "archived").order(id: :desc).offset(0).limit(26).to_a',
  ar39b: 'Lead.where(user_id: 7).where.not(status: "archived").where("leads.created_at >= ?", 2.days.ago).order(id: :desc).offset(0).limit(26).to_a',
  ar39c: 'Lead.where(user_id: 7).where(created_at: Date.current.all_year).pluck(:status).tally',
  // find_by e-mail, then the lead's outputs by lead_id (the seeded lead matches).
  ar39d: 'Lead.find_by(email: "a@acme.test")&.agent_outputs&.pluck(:kind)',
  ar39e: 'Lead.where.not(created_at: nil).count',
  ar40a: 'User.instantiate("id" => 7).leads.where(created_at: 1.week.ago.beginning_of_day..).order(:created_at).to_a',
  ar40b: 'User.instantiate("id" => 7).leads.where(status: "new").limit(5).to_a',
  ar40c: 'Lead.where(status: "expired").in_batches(of: 1000) { |batch| batch.delete_all }',
  ar40d: 'Lead.where(created_at: ..1.year.ago).in_batches(of: 1000, &:delete_all)',
  ar40e: 'Lead.connection.select_rows(Lead.sanitize_sql(["SELECT kind, count(*) FROM agent_outputs WHERE lead_id = ? AND created_at >= ? GROUP BY kind", 5, T1])).to_h',
  ar40f: 'Lead.connection.select_value(Lead.sanitize_sql(["SELECT max(created_at) FROM leads WHERE user_id = ?", 7]))',
  // Batch G (held out). The list's relation runs in the view (status given or not: no key either way).
  ar41a: 'Lead.where(user_id: 7).where(status: "new").order(created_at: :desc).limit(30).to_a',
  ar41b: 'Lead.where(user_id: 7).where("leads.created_at >= ?", 7.days.ago).order(created_at: :desc).limit(30).to_a',
  ar41c: 'Lead.where("leads.created_at > ?", 1.day.ago).group(:status).count',
  ar41d: 'Lead.where(user_id: 7).where("date(leads.created_at) = ?", Date.current).count',
  ar42a: 'User.instantiate("id" => 7).leads.merge(Lead.where(created_at: ...90.days.ago)).reorder(id: :asc).limit(100).to_a',
  ar42b: 'User.instantiate("id" => 7).leads.merge(Lead.where(created_at: ...90.days.ago)).merge(Lead.where.not(id: AgentOutput.where(kind: "reply").select(:lead_id))).reorder(id: :asc).limit(100).pluck(:id)',
  // destroy! of a loaded lead: DELETE by the model's primary key (id) only.
  ar42c: 'Lead.instantiate("id" => 5, "user_id" => 7, "created_at" => T1).destroy!',
  ar42d: 'User.instantiate("id" => 7).leads.reorder(id: :asc).pick(:id)',
  ar42e: 'AgentOutput.where(lead_id: 5, created_at: T1..).delete_all',
};

export const DJANGO_RP: Record<string, string> = {
  // Batch D
  dj31a: 'list(Lead.objects.filter(user=7).filter(created_at__date__gte=date(2026, 3, 5)).filter(created_at__date__lte=date(2026, 3, 5)).values("id", "email"))',
  dj31b: 'list(Lead.objects.filter(user=7).filter(created_at__gte=T1).filter(created_at__lte=T2).values("id", "email"))',
  dj31c: 'Lead.objects.all().count()',
  dj31d: 'Lead.objects.filter(user=7, created_at__year=2026).count()',
  dj31e: 'Lead.objects.filter(user=7, created_at__month=3).count()',
  dj32a: 'Lead.objects.filter(status="new", created_at__lt=datetime.now(timezone.utc) - timedelta(days=90)).update(status="expired")',
  dj32b: 'for lead in Lead.objects.filter(status="expired", created_at__lt=datetime.now(timezone.utc) - timedelta(days=90)).iterator(chunk_size=500):\n    pass',
  dj32c: 'Lead(id=5, created_at=T1).outputs.filter(kind="draft").delete()',
  dj32d: 'Lead.objects.filter(user=7).get(pk=5)',
  dj32e: 'list(Lead(id=5, created_at=T1).outputs.order_by("-created_at")[:20])',
  dj32f: 'Lead(id=5, created_at=T1).outputs.filter(created_at__gte=T1).count()',
  dj33a: 'list(Lead.objects.all().filter(user=7).filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=7)))',
  dj33b: 'list(Lead.objects.all().filter(user=7).values("status").annotate(n=Count("id")))',
  dj33c: 'Lead.objects.all().filter(user=7).get(pk=5)',
  // PageNumberPagination: the count, then the page.
  dj33d: 'qs = Lead(id=5, created_at=T1).outputs.filter(created_at__gte=T1).order_by("-created_at")\nqs.count()\nlist(qs[:20])',
  dj33e: 'Lead(id=5, created_at=T1).outputs.count()',
  // The viewset's list action (run by DRF): the class queryset refined by the mixin.
  dj33f: 'list(Lead.objects.all().filter(user=7))',
  // Batch E (psycopg2.sql SQL objects are run as the same plain SQL strings).
  dj34a: 'with connection.cursor() as cursor:\n    cursor.execute("UPDATE leads SET status = %(status)s WHERE user_id = %(user_id)s AND created_at >= %(since)s AND status = \'new\'", {"status": "seen", "user_id": 7, "since": T1})',
  dj34b: 'with connection.cursor() as cursor:\n    cursor.execute(\'SELECT count(*) FROM "leads" WHERE user_id = %s\', [7])\n    cursor.fetchone()',
  dj34c: 'list(Lead.objects.filter(user=7, created_at__gte=T1, company="Acme"))',
  dj34d: 'leads = [Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="new", created_at=T1)]\nleads[0].company = "Acme Inc"\nLead.objects.bulk_update(leads, ["company"], batch_size=500)',
  dj34e: '{lead.id: lead for lead in Lead.objects.filter(id__in=[5, 6])}',
  dj34f: 'from django.db.models import Exists\nlist(Lead.objects.filter(user=7, created_at__gte=T1).filter(Exists(AgentOutput.objects.filter(lead=OuterRef("pk"), created_at__gte=T1))))',
  dj35a: 'list(Lead.objects.filter(status="new").order_by("pk")[:500])',
  dj35b: 'list(Lead.objects.filter(status="expired", created_at__lt=datetime.now(timezone.utc) - timedelta(days=180)).order_by("pk")[:1000])',
  dj35c: 'Lead.objects.get(id=5)',
  dj35d: 'Lead.objects.get(id=5, created_at=T1.isoformat())',
  dj35e: 'list(Lead.objects.filter(user_id=7, created_at__gte=T1).values("status").annotate(n=Count("id")).order_by())',
  dj35f: 'AgentOutput.objects.filter(lead__user_id=7, lead__created_at__gte=T1).count()',
  // ListView with paginate_by: the count, then the page (and the prefetch of the page's outputs).
  dj36a: 'qs = Lead.objects.filter(user=7).prefetch_related(Prefetch("outputs", queryset=AgentOutput.objects.filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)), to_attr="recent_outputs"))\nqs.count()\nlist(qs[:50])',
  dj36b: 'Lead.objects.filter(user=7).filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)).count()',
  dj36c: 'since = T1\nqs = Lead.objects.filter(user=7).prefetch_related(Prefetch("outputs", queryset=AgentOutput.objects.filter(created_at__gte=since), to_attr="recent_outputs")).filter(created_at__gte=since)\nqs.count()\nlist(qs[:50])',
  // DetailView.get_object: the queryset filtered by pk, then get().
  dj36d: 'Lead.objects.filter(user=7).filter(pk=5).get()',
  dj36e: 'Lead(id=5, created_at=T1).outputs.filter(kind="email").count()',
  dj36f: 'list(Campaign.objects.filter(user=7, archived=False))',
  // Batch F (held out)
  dj37a: 'Lead.objects.filter(user=7).filter(created_at__gte=T1, created_at__lt=T2).count()',
  dj37b: 'Lead.objects.filter(user=7).filter(status="won").latest("created_at")',
  dj37c: '[d.strftime("%Y-%m") for d in Lead.objects.filter(user=7).dates("created_at", "month")]',
  dj37d: 'Lead.objects.filter(created_at__gte=T1, created_at__lt=T2).filter(outputs__kind="email").distinct().count()',
  dj37e: 'Lead.objects.filter(user=7).filter(created_at__gte=T1, created_at__lt=T2).aggregate(last=Max("created_at"))',
  dj38a: 'Lead.objects.filter(pk=5, status="new").update(status="contacted")',
  dj38b: 'Lead.objects.filter(pk=5, status="new").filter(created_at__lte=T1).update(status="contacted")',
  // The admin changelist's queryset (get_queryset), then an action on the selected rows.
  dj38c: 'qs = Lead.objects.all().filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=90))\nqs.count()\nlist(qs.order_by("-pk")[:100])',
  dj38d: 'Lead.objects.all().filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=90)).filter(pk__in=[5]).update(status="won")',
  dj38e: 'AgentOutput.objects.filter(lead_id=5).delete()',
  // Batch G (held out)
  dj39a: 'Lead.objects.select_related("campaign").get(id=5, user=7)',
  dj39b: 'list(AgentOutput.objects.filter(lead_id=5, id__lte=100).filter(created_at__gte=T1).order_by("-id")[:50])',
  dj39c: 'list(AgentOutput.objects.filter(lead_id=5, id__lte=100).order_by("-id")[:20])',
  dj39d: 'AgentOutput.objects.filter(lead_id=5, id__in=[9], created_at__gte=T1).update(kind="read")',
  dj39e: 'Lead.objects.filter(user=7).aggregate(Max("id"))["id__max"]',
  dj40a: 'Lead.objects.filter(user=7).order_by("-created_at").get(email="a@acme.test")',
  // ListView with paginate_by (no valid form, or a form without dates): the count, then the page.
  dj40b: 'qs = Lead.objects.filter(user=7).order_by("-created_at").filter(status="new")\nqs.count()\nlist(qs[:25])',
  dj40c: 'for lead in Lead.objects.filter(user=7).order_by("-created_at").filter(id__in=["5"]).iterator():\n    pass',
  dj40d: 'Lead.objects.filter(user=7).filter(created_at__gte=T1).filter(created_at__lt=T2 + timedelta(days=1)).count()',
  dj40e: 'Lead.objects.filter(user=7, created_at__gte=datetime.now(timezone.utc) - timedelta(hours=24)).aggregate(n=Count("id"), last=Max("created_at"))',
};

export const SQLALCHEMY_RP: Record<string, string> = {
  // Batch D. Flask-SQLAlchemy's db.paginate: the page, then a count over the unordered statement.
  sa30a: 'stmt = select(Lead).filter_by(user_id=7).order_by(Lead.created_at.desc())\nsession.execute(stmt.limit(50).offset(0)).unique().scalars().all()\nsession.execute(select(func.count()).select_from(stmt.order_by(None).subquery())).scalar()',
  sa30b: 'session.scalars(select(Lead).where(Lead.user_id == 7, Lead.created_at >= date(2026, 12, 1), Lead.created_at < date(2027, 1, 1))).all()',
  sa30c: 'session.query(Lead).filter_by(id=5).first()',
  sa30d: 'session.execute(select(func.count(AgentOutput.id)).where(AgentOutput.lead_id == 5, AgentOutput.created_at >= T1)).scalar()',
  sa30e: 'stmt = select(Lead).filter_by(user_id=7).order_by(Lead.created_at.desc()).where(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=7))\nsession.execute(stmt.limit(20).offset(0)).unique().scalars().all()\nsession.execute(select(func.count()).select_from(stmt.order_by(None).subquery())).scalar()',
  sa31a: 'session.execute(select(Lead).where(Lead.user_id == 7).where(Lead.created_at >= T1).order_by(Lead.created_at.desc())).scalars().unique().all()',
  sa31b: 'session.execute(select(Lead).where(Lead.user_id == 7).where(Lead.email == "a@acme.test")).scalars().unique().one_or_none()',
  sa31c: 'session.execute(select(AgentOutput).where(AgentOutput.lead_id == 5).order_by(AgentOutput.id)).scalars().unique().all()',
  sa31d: 'session.scalar(select(func.count()).select_from(Lead).where(Lead.user_id == 7, Lead.created_at >= T1))',
  sa31e: 'session.execute(update(Lead).where(Lead.id.in_([5, 6])).values(status="archived"))',
  sa32a: 'session.query(Lead).filter(Lead.user_id == 7).count()',
  sa32b: 'session.query(Lead).filter(Lead.user_id == 7).filter(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=30)).order_by(Lead.created_at.desc()).limit(20).all()',
  sa32c: 'session.query(Lead).filter(or_(Lead.email == "a@acme.test", Lead.company == "a@acme.test")).first()',
  sa32d: 'session.query(AgentOutput).join(Lead, AgentOutput.lead_id == Lead.id).filter(Lead.user_id == 7, Lead.created_at >= T1, AgentOutput.created_at >= T1).all()',
  sa32e: 'session.query(Lead).filter(Lead.id.in_([5, 6])).update({Lead.status: "deleted"}, synchronize_session=False)',
  // Batch E
  sa33a: 'session.execute(select(func.count()).select_from(Lead).where(Lead.user_id == 7)).scalars().one()',
  sa33b: 'session.execute(select(Lead).where(Lead.user_id == 7).offset(0).limit(100)).scalars().all()',
  sa33c: 'session.execute(select(Lead).where(Lead.user_id == 7).where(Lead.created_at >= T1).order_by(Lead.created_at.desc())).scalars().all()',
  sa33d: 'session.get(Lead, (5, T1))',
  sa33e: 'session.execute(select(Lead).where(Lead.id == 5, Lead.user_id == 7)).scalars().first()',
  // session.delete(lead) + commit on a model with no relationships: DELETE by the whole primary key.
  sa33f: 'session.execute(delete(Lead).where(Lead.id == 5, Lead.created_at == T1))',
  sa34a: 'session.scalars(select(Lead).where(Lead.user_id == 7).where(Lead.status == "new").order_by(Lead.created_at)).all()',
  sa34b: 'session.scalars(select(Lead).where(Lead.user_id == 7).where(Lead.created_at >= T1).where(Lead.created_at <= T2).order_by(Lead.created_at)).all()',
  sa34c: 'session.scalars(select(AgentOutput).where(AgentOutput.kind == "queued").limit(100).with_for_update(of=AgentOutput, skip_locked=True)).all()',
  sa34d: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(status="done").execution_options(synchronize_session=False))',
  sa34e: 'from sqlalchemy import tuple_\nsession.scalars(select(Lead).where(tuple_(Lead.id, Lead.created_at).in_([(5, T1), (6, T2)]))).all()',
  // paginate(): the count, then the page.
  sa35a: 'q = session.query(Lead).filter(Lead.user_id == 7, Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=30)).order_by(Lead.created_at.desc())\nq.count()\nq.offset(0).limit(25).all()',
  sa35b: 'session.query(Lead).filter(Lead.id == 5, Lead.user_id == 7).one()',
  sa35c: 'session.query(Lead).filter(Lead.user_id == 7, or_(Lead.company.ilike("%ac%"), Lead.email.ilike("%ac%"))).limit(20).all()',
  sa35d: 'session.query(AgentOutput).filter(AgentOutput.kind == "draft", AgentOutput.created_at < datetime.now(timezone.utc) - timedelta(days=30)).delete(synchronize_session=False)',
  sa35e: 'session.query(AgentOutput).filter(AgentOutput.kind == "draft").delete(synchronize_session=False)',
  // Batch F (held out). selectinload: the leads, then their outputs by lead_id (the seeded lead matches).
  sa36a: 'session.scalars(select(Lead).options(selectinload(Lead.outputs)).where(Lead.user_id == 7, Lead.created_at >= T1)).all()',
  sa36b: 'session.execute(select(AgentOutput).options(joinedload(AgentOutput.lead)).where(AgentOutput.created_at >= T1)).scalars().all()',
  sa36c: 'session.execute(select(Lead.status, func.count()).where(Lead.user_id == 7, Lead.created_at.between(T1, T2)).group_by(Lead.status)).all()',
  sa36d: 'session.get(Lead, (5, T1))',
  sa36e: 'session.execute(delete(AgentOutput).where(AgentOutput.lead_id == 5, AgentOutput.created_at >= T1))',
  sa37a: 'from sqlalchemy import MetaData, Table\nleads = Table("leads", MetaData(), autoload_with=conn)\n[r.id for r in conn.execute(leads.select().with_only_columns(leads.c.id).where(leads.c.user_id == 7))]',
  sa37b: 'from sqlalchemy import MetaData, Table\nleads = Table("leads", MetaData(), autoload_with=conn)\nconn.execute(leads.update().where(leads.c.id == 5).values(status="won"))',
  sa37c: 'from sqlalchemy import MetaData, Table\nleads = Table("leads", MetaData(), autoload_with=conn)\nconn.execute(select(func.count()).select_from(leads).where(leads.c.created_at >= T1)).scalar_one()',
  sa37d: 'conn.execute(text("SELECT count(*) FROM agent_outputs WHERE created_at >= :since").bindparams(since=T1)).scalar()',
  sa37e: 'from sqlalchemy import MetaData, Table\nmd = MetaData()\nleads = Table("leads", md, autoload_with=conn)\nouts = Table("agent_outputs", md, autoload_with=conn)\nconn.execute(select(outs).where(outs.c.lead_id.in_(select(leads.c.id).where(leads.c.user_id == 7, leads.c.created_at >= T1)))).fetchall()',
  // Batch G (held out). The DAO's base filter (90 days) applies unless skipped.
  sa38a: 'session.query(Lead).filter(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=90)).filter(Lead.id == 5).one_or_none()',
  sa38b: 'session.query(Lead).filter(Lead.id == 5).one_or_none()',
  sa38c: 'session.query(AgentOutput).filter(AgentOutput.id.in_([9])).all()',
  // session.delete(lead) + commit: DELETE by the mapped primary key (id, created_at).
  sa38d: 'session.execute(delete(Lead).where(Lead.id == 5, Lead.created_at == T1))',
  sa38e: 'session.query(AgentOutput).filter(AgentOutput.lead_id.in_([5])).delete(synchronize_session=False)',
  sa38f: 'session.query(Lead).filter(Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=90)).filter(Lead.id.in_([5])).all()',
  // The attribute change flushed at commit: UPDATE by the mapped primary key.
  sa38g: 'session.execute(update(Lead).where(Lead.id == 5, Lead.created_at == T1).values(status="won"))',
  sa39a: 'session.query(Lead).filter(Lead.id == 5).one_or_none()',
  sa39b: 'session.query(Lead).filter(Lead.user_id == 7, Lead.email == "a@acme.test").first()',
  sa39c: 'session.query(Lead).filter(Lead.status == "new", Lead.created_at >= datetime.now(timezone.utc) - timedelta(days=30)).all()',
  sa39d: 'session.execute(delete(AgentOutput).where(AgentOutput.lead_id == 5))',
  sa39e: 'session.scalar(select(func.count(AgentOutput.id)).where(AgentOutput.lead_id == 5, AgentOutput.created_at >= T1))',
};
