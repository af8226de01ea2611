/**
 * The equivalent code of the labelled ActiveRecord, Django and SQLAlchemy sites of the fresh batches
 * D–F (cases modelled on Chatwoot, Redmine, Maybe, Saleor, Healthchecks, DRF apps, Flask-SQLAlchemy,
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
};
