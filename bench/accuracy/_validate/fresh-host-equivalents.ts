/**
 * The equivalent code of the labelled Ruby/Python sites of the fresh batches (cases written after
 * the first 209, modelled on public applications), run like host-equivalents.ts by the harnesses.
 */
import { ACTIVERECORD_RP, DJANGO_RP, SQLALCHEMY_RP } from './fresh-rp-equivalents';
import { ACTIVERECORD_RB3 } from './fresh-rb3-equivalents';
import { ACTIVERECORD_RB4 } from './fresh-rb4-equivalents';
import { ACTIVERECORD_RB4_HELD } from './fresh-rb4-held-equivalents';
import { ACTIVERECORD_RB5 } from './fresh-rb5-equivalents';
import { ACTIVERECORD_RB6 } from './fresh-rb6-equivalents';
import { ACTIVERECORD_RB7 } from './fresh-rb7-equivalents';
import { ACTIVERECORD_RB8 } from './fresh-rb8-equivalents';
import { ACTIVERECORD_RB9 } from './fresh-rb9-equivalents';
import { ACTIVERECORD_RB10 } from './fresh-rb10-equivalents';
import { ACTIVERECORD_RB11 } from './fresh-rb11-equivalents';
import { ACTIVERECORD_RB12 } from './fresh-rb12-equivalents';
import { DJANGO_PY3, SQLALCHEMY_PY3 } from './fresh-py3-equivalents';
import { DJANGO_PY4, SQLALCHEMY_PY4 } from './fresh-py4-equivalents';
import { DJANGO_PY5, SQLALCHEMY_PY5 } from './fresh-py5-equivalents';
import { DJANGO_PY6, SQLALCHEMY_PY6 } from './fresh-py6-equivalents';
import { DJANGO_PY7, SQLALCHEMY_PY7 } from './fresh-py7-equivalents';
import { DJANGO_PY8, SQLALCHEMY_PY8 } from './fresh-py8-equivalents';
import { DJANGO_PY9, SQLALCHEMY_PY9 } from './fresh-py9-equivalents';
import { DJANGO_PY10, SQLALCHEMY_PY10 } from './fresh-py10-equivalents';
import { DJANGO_PY11, SQLALCHEMY_PY11 } from './fresh-py11-equivalents';
import { DJANGO_PY12, SQLALCHEMY_PY12 } from './fresh-py12-equivalents';

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
  ar28a: 'l = Lead.instantiate("id" => 5, "created_at" => T1); l.agent_outputs.where(created_at: l.created_at..).order(created_at: :desc).to_a',
  // ActiveRecord 6.1 updates an instance by `id` only.
  ar28b: 'l = Lead.instantiate("id" => 5, "user_id" => 7, "created_at" => T1, "status" => "new", "company" => "Acme", "email" => "a@acme.test"); l.update(status: "won")',
  ar28c: 'l = Lead.instantiate("id" => 5, "user_id" => 7, "created_at" => T1, "status" => "new"); l.update_columns(status: "archived")',
  ar28d: 'User.instantiate("id" => 7).leads.find(5)',
  ar28e: 'User.instantiate("id" => 7).leads.find_by!(id: 5, created_at: T1)',
  ar28f: 'Campaign.instantiate("id" => 3, "user_id" => 7).leads.where(created_at: 30.days.ago..).order(:id).to_a',
  ar28g: 'Campaign.instantiate("id" => 3, "user_id" => 7).leads.where(status: "spam").delete_all',
  ar28h: 'User.instantiate("id" => 7).campaigns.find(3)',
  ar29a: 'Lead.where(created_at: Date.new(2026, 3, 1).all_month).where(status: "won").order(:id).to_a',
  ar29b: 'Lead.all.where("company ILIKE :t OR email ILIKE :t", t: "%ac%").limit(25).to_a',
  ar29c: 'Campaign.where(user_id: 7).joins(:leads).merge(Lead.where(created_at: 1.week.ago..)).distinct.to_a',
  ar29d: 'Lead.where(status: "flagged").or(Lead.where(company: "Acme")).where(created_at: 1.month.ago..).to_a',
  ar29e: 'Lead.where(created_at: 1.day.ago..).or(Lead.where(status: "vip")).to_a',
  ar29f: 'Lead.all.where(status: "new").where("leads.created_at < ?", 90.days.ago).update_all(status: "expired")',
  ar30a: 'Lead.where({ user_id: 7 }).order(:id).pluck(:id, :email)',
  ar30b: 'm = Date.new(2026, 3, 5); Lead.where({ user_id: 7, created_at: m.beginning_of_month...m.next_month.beginning_of_month }).pluck(:id, :email)',
  ar30c: 'ActiveRecord::Base.connection.select_all(ActiveRecord::Base.sanitize_sql_array(["SELECT company, count(*) AS n FROM leads WHERE user_id = ? GROUP BY company", 7])).to_a',
  ar30d: 'Lead.includes(:agent_outputs).where(created_at: 1.week.ago..).where(agent_outputs: { kind: "email" }).references(:agent_outputs).to_a',
  ar30e: 's = 1.week.ago; Lead.includes(:agent_outputs).where(created_at: s.., agent_outputs: { created_at: s.. }).to_a',
  ar31a: 'Lead.find_by!(id: 5, created_at: T1)',
  // destroy! with `dependent: :delete_all`: the outputs by lead_id, then the lead by id.
  ar31b: 'AgentOutput.where(lead_id: 5).delete_all; Lead.where(id: 5).delete_all',
  ar31c: 'Lead.where(created_at: Time.current.all_week).where(company: "Acme").count',
  ar31d: 'Lead.where(id: [5, 6]).find_each(batch_size: 100) { |l| l }',
  ar29g: 'Lead.all.where(status: "won").update_all(status: "new")',
  ar32a: 'Lead.where(user_id: 7).where(created_at: Time.current.all_month).to_a',
  ar32b: 'Lead.where(user_id: 7).order(:id).count',
  ar32c: 'Lead.where(user_id: 7).last',
  ar27g: 'Lead.find_by_sql(["SELECT status, count(*) AS n FROM leads WHERE user_id = ? AND created_at >= ? AND created_at < ? GROUP BY status", 7, Date.new(2026, 3, 1), Date.new(2026, 4, 1)]).to_a',
  ...ACTIVERECORD_RP,
  ...ACTIVERECORD_RB3,
  ...ACTIVERECORD_RB4,
  ...ACTIVERECORD_RB4_HELD,
  ...ACTIVERECORD_RB5,
  ...ACTIVERECORD_RB6,
  ...ACTIVERECORD_RB7,
  ...ACTIVERECORD_RB8,
  ...ACTIVERECORD_RB9,
  ...ACTIVERECORD_RB10,
  ...ACTIVERECORD_RB11,
  ...ACTIVERECORD_RB12,
};

export const DJANGO_FRESH: Record<string, string> = {
  dj24a: 'list(Lead.objects.all().filter(user=7))',
  dj24b: 'list(Lead.objects.all().filter(user=7).filter(created_at__gte=T1))',
  // paginate_queryset: the count, then the page.
  dj24c: 'qs = Lead.objects.all().filter(user=7).filter(status="won")\nqs.count()\nlist(qs[:25])',
  dj24d: 'AgentOutput.objects.all().filter(created_at__gte=T1, created_at__lt=T2).count()',
  dj24e: 'AgentOutput.objects.all().filter(kind="draft").delete()',
  dj26a: 'list(Lead.objects.filter(user=7).filter(created_at__gte=T1, created_at__lt=T2).order_by("-created_at")[:20])',
  dj26b: 'list(Lead.objects.filter(created_at__gte=T1, created_at__lt=T2).annotate(n_outputs=Count("outputs")))',
  dj26c: 'from django.db.models import Exists\nemails = AgentOutput.objects.filter(lead=OuterRef("pk"), kind="email")\nlist(Lead.objects.filter(user=7).annotate(has_email=Exists(emails)).values("id", "has_email"))',
  dj26d: 'Lead.objects.filter(user=7).filter(company="Acme").exclude(status="spam").count()',
  dj27a: 'Lead.objects.filter(created_at__lt=datetime.now(timezone.utc) - timedelta(days=60), status="new").update(status="expired")',
  dj27b: 'Lead.objects.select_for_update().filter(campaign_id=3).update(campaign_id=4)',
  dj27c: 'dict(AgentOutput.objects.filter(lead_id=5).values_list("kind").annotate(n=Count("id")))',
  dj27d: 'from django.db.models import F\nLead.objects.filter(created_at__gte=T1).exclude(company="").update(company=F("email"))',
  dj27e: 'list(Lead.objects.filter(pk__in=[5, 6]).only("id", "status"))',
  dj27f: 'lead = Lead(id=5, user_id=7, campaign_id=3, company="Acme", email="a@acme.test", status="new", created_at=T1)\nlead.status = "seen"\nlead.save(update_fields=["status"])',
  dj28a: 'list(Lead.objects.filter(**{"user": 7}).order_by("-id")[:100])',
  dj28b: 'list(Lead.objects.filter(**{"user": 7, "created_at__gte": T1, "created_at__lt": T2}))',
  dj28c: 'list(Lead.objects.filter(Q(company__icontains="ac") | Q(email__icontains="ac"), created_at__gte=T1))',
  dj28d: 'list(Lead.objects.filter(Q(company__icontains="ac") | Q(company__icontains="in")))',
  dj28e: 'with connection.cursor() as cursor:\n    cursor.execute("SELECT company, count(*) FROM leads WHERE user_id = %s GROUP BY company", [7])\n    cursor.fetchall()',
  dj29a: 'Lead.objects.get(pk=5)',
  dj29b: 'Lead.objects.filter(created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)).get(pk=5)',
  dj29c: 'Lead.objects.all().get(pk=5)',
  // ListView with paginate_by: a count, then the page.
  dj29d: 'qs = Lead.objects.filter(campaign_id=3, created_at__gte=datetime.now(timezone.utc) - timedelta(days=30)).order_by("-created_at")\nqs.count()\nlist(qs[:50])',
  dj30a: 'list(Lead.objects.filter(user=7).select_related("campaign").filter(created_at__range=(T1, T1 + timedelta(days=31))))',
  dj30b: 'list(Lead.objects.filter(user=7).select_related("campaign").values("status").annotate(n=Count("id")))',
  dj30c: 'Lead.objects.filter(user=7).select_related("campaign").filter(created_at__date=date(2026, 3, 5)).count()',
  dj25a: 'list(Lead.objects.filter(user=7).values_list("email", flat=True))',
  dj25b: 'Lead.objects.filter(user=7).filter(created_at__gte=T1).count()',
  dj25c: 'Lead.objects.filter(campaign_id__in=Campaign.objects.filter(user=7, archived=False).values_list("id", flat=True)).count()',
  dj25d: 'Lead.objects.get(pk=5, created_at=T1)',
  dj25e: 'lead = Lead(id=5, created_at=T1)\n[o.kind for o in AgentOutput.objects.filter(lead=lead, created_at__gte=lead.created_at)]',
  dj25f: 'Lead(id=5, created_at=T1).outputs.filter(kind="draft").count()',
  dj25g: 'Lead.objects.in_bulk([5, 6])',
  ...DJANGO_RP,
  ...DJANGO_PY3,
  ...DJANGO_PY4,
  ...DJANGO_PY5,
  ...DJANGO_PY6,
  ...DJANGO_PY7,
  ...DJANGO_PY8,
  ...DJANGO_PY9,
  ...DJANGO_PY10,
  ...DJANGO_PY11,
  ...DJANGO_PY12,
};

export const SQLALCHEMY_FRESH: Record<string, string> = {
  sa23a: 'session.scalars(select(Lead).order_by(Lead.id)).all()',
  sa23b: 'session.scalars(select(AgentOutput).where(AgentOutput.kind == "email", AgentOutput.created_at >= datetime.now(timezone.utc) - timedelta(hours=1)).limit(100).with_for_update(skip_locked=True)).all()',
  sa23c: 'session.execute(delete(AgentOutput).where(AgentOutput.lead_id.in_([5])))',
  sa23d: 'session.scalar(select(Lead.status).where(Lead.id == 5, Lead.created_at == T1))',
  sa25a: 'session.execute(text("SELECT date_trunc(\'day\', created_at) AS day, count(*) AS n FROM leads WHERE user_id = :user_id GROUP BY 1 ORDER BY 1"), {"user_id": 7}).all()',
  sa25b: 'session.execute(text("SELECT status, count(*) FROM leads WHERE user_id = :uid AND created_at >= :start AND created_at < :end GROUP BY status"), {"uid": 7, "start": T1, "end": T2}).all()',
  // selectinload: the leads, then the IN query for their outputs (the seeded lead 5 matches).
  sa25c: 'session.scalars(select(Lead).where(Lead.created_at >= T1).options(selectinload(Lead.outputs))).all()',
  sa25d: 'from sqlalchemy import exists\nhas_email = exists().where(AgentOutput.lead_id == Lead.id, AgentOutput.kind == "email", AgentOutput.created_at >= T1)\nsession.scalars(select(Lead).where(Lead.created_at >= T1, has_email)).all()',
  sa25e: 'from sqlalchemy import exists\nnone = ~exists().where(AgentOutput.lead_id == Lead.id)\nsession.scalars(select(Lead.id).where(Lead.created_at >= T1, none)).all()',
  sa26a: 'session.scalars(select(Lead).where(Lead.user_id == 7).order_by(Lead.id.desc()).limit(20).offset(0)).all()',
  sa26b: 'session.scalar(select(func.count()).select_from(Lead).where(Lead.user_id == 7))',
  sa26c: 'session.scalars(select(Lead).where(Lead.status == "won").where(Lead.created_at >= T1, Lead.created_at < T2)).all()',
  sa27a: 'from sqlalchemy import and_\nsession.scalars(select(Lead).where(and_(Lead.user_id == 7))).all()',
  sa27b: 'session.query(Lead).filter(Lead.created_at >= T1, Lead.created_at < T2).filter_by(status="new").all()',
  sa27c: 'session.query(Lead).filter_by(email="a@acme.test").first()',
  sa27d: 'session.execute(update(AgentOutput).where(AgentOutput.lead_id == 5, AgentOutput.created_at >= T1).values(kind="sent"))',
  sa28a: 'session.query(Lead).filter(Lead.id == 5).first()',
  sa28b: 'session.get(Lead, (5, T1))',
  // The lazy load of lead.outputs (by lead_id only) after the lead is loaded by its primary key.
  sa28c: 'lead = session.get(Lead, (5, T1))\n[o.kind for o in lead.outputs]',
  sa29a: 'session.scalars(select(Lead).where(Lead.user_id == 7).where(Lead.created_at.between(T1, T2))).all()',
  sa29b: 'session.scalars(select(Lead).where(Lead.user_id == 7).limit(10)).all()',
  sa29c: 'session.execute(select(Lead).where(Lead.user_id == 7).with_only_columns(func.count())).scalar_one()',
  sa24a: 'session.query(Lead).filter(Lead.id == 5).one_or_none()',
  sa24b: 'session.query(Lead).filter(Lead.id.in_([5, 6])).all()',
  sa24c: 'session.execute(select(Lead).where(Lead.user_id == 7).where(Lead.created_at.between(T1, T2))).scalars().all()',
  sa24d: 'session.scalars(select(Lead).where(Lead.user_id == 7).order_by(Lead.id.desc()).limit(20)).all()',
  sa24e: 'session.execute(select(Lead.id, Lead.email).where(Lead.status == "new", Lead.created_at >= T1)).all()',
  ...SQLALCHEMY_RP,
  ...SQLALCHEMY_PY3,
  ...SQLALCHEMY_PY4,
  ...SQLALCHEMY_PY5,
  ...SQLALCHEMY_PY6,
  ...SQLALCHEMY_PY7,
  ...SQLALCHEMY_PY8,
  ...SQLALCHEMY_PY9,
  ...SQLALCHEMY_PY10,
  ...SQLALCHEMY_PY11,
  ...SQLALCHEMY_PY12,
};
