/**
 * The equivalent code of the labelled Ruby/Python sites of the fresh batches (cases written after
 * the first 209, modelled on public applications), run like host-equivalents.ts by the harnesses.
 */

export const ACTIVERECORD_FRESH: Record<string, string> = {
  // A finder applies each filter only when its param is present: the path without params runs too.
  ar26a: 'Lead.where(user_id: 7).order(id: :desc).limit(50).to_a',
  ar26b: 'm = Date.new(2026, 3, 5); AgentOutput.where(created_at: m.beginning_of_month...m.next_month.beginning_of_month).order(created_at: :desc).limit(100).to_a',
  ar26c: 'Lead.where(user_id: 7).where(status: "won").order(id: :desc).pluck(:email)',
  ar26d: 'Lead.where(user_id: 7).where(status: "new").where("leads.created_at >= ?", 1.week.ago).order(id: :desc).each { |l| l }',
  ar27a: 'Lead.where(company: "Acme").order(id: :desc).limit(20).to_a',
  ar27b: 'Lead.where(created_at: Date.new(2026, 3, 1).all_month).order(id: :desc).limit(20).to_a',
  ar27c: 'Lead.find_by!(id: 5, created_at: T1)',
  ar27d: 'AgentOutput.where(lead_id: 5).where(created_at: 7.days.ago..).where(kind: "email").to_a',
  ar27e: 'Lead.instantiate("id" => 5, "created_at" => T1).agent_outputs.order(id: :desc).limit(10).to_a',
  ar27f: 'Lead.find_by_sql(["SELECT date_trunc(\'day\', created_at) AS day, count(*) AS n FROM leads WHERE user_id = ? GROUP BY 1", 7]).to_a',
  ar27g: 'Lead.find_by_sql(["SELECT status, count(*) AS n FROM leads WHERE user_id = ? AND created_at >= ? AND created_at < ? GROUP BY status", 7, Date.new(2026, 3, 1), Date.new(2026, 4, 1)]).to_a',
};

export const DJANGO_FRESH: Record<string, string> = {
  dj24a: 'list(Lead.objects.all().filter(user=7))',
  dj24b: 'list(Lead.objects.all().filter(user=7).filter(created_at__gte=T1))',
  // paginate_queryset: the count, then the page.
  dj24c: 'qs = Lead.objects.all().filter(user=7).filter(status="won")\nqs.count()\nlist(qs[:25])',
  dj24d: 'AgentOutput.objects.all().filter(created_at__gte=T1, created_at__lt=T2).count()',
  dj24e: 'AgentOutput.objects.all().filter(kind="draft").delete()',
  dj25a: 'list(Lead.objects.filter(user=7).values_list("email", flat=True))',
  dj25b: 'Lead.objects.filter(user=7).filter(created_at__gte=T1).count()',
  dj25c: 'Lead.objects.filter(campaign_id__in=Campaign.objects.filter(user=7, archived=False).values_list("id", flat=True)).count()',
  dj25d: 'Lead.objects.get(pk=5, created_at=T1)',
  dj25e: 'lead = Lead(id=5, created_at=T1)\n[o.kind for o in AgentOutput.objects.filter(lead=lead, created_at__gte=lead.created_at)]',
  dj25f: 'Lead(id=5, created_at=T1).outputs.filter(kind="draft").count()',
  dj25g: 'Lead.objects.in_bulk([5, 6])',
};

export const SQLALCHEMY_FRESH: Record<string, string> = {
  sa23a: 'session.scalars(select(Lead).order_by(Lead.id)).all()',
  sa23b: 'session.scalars(select(AgentOutput).where(AgentOutput.kind == "email", AgentOutput.created_at >= datetime.now(timezone.utc) - timedelta(hours=1)).limit(100).with_for_update(skip_locked=True)).all()',
  sa23c: 'session.execute(delete(AgentOutput).where(AgentOutput.lead_id.in_([5])))',
  sa23d: 'session.scalar(select(Lead.status).where(Lead.id == 5, Lead.created_at == T1))',
  sa24a: 'session.query(Lead).filter(Lead.id == 5).one_or_none()',
  sa24b: 'session.query(Lead).filter(Lead.id.in_([5, 6])).all()',
  sa24c: 'session.execute(select(Lead).where(Lead.user_id == 7).where(Lead.created_at.between(T1, T2))).scalars().all()',
  sa24d: 'session.scalars(select(Lead).where(Lead.user_id == 7).order_by(Lead.id.desc()).limit(20)).all()',
  sa24e: 'session.execute(select(Lead.id, Lead.email).where(Lead.status == "new", Lead.created_at >= T1)).all()',
};
