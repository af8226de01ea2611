/**
 * The equivalent code of the labelled ActiveRecord sites of the fourth Rails round (batches K–L,
 * cases modelled on Lago, Fat Free CRM and other public Rails applications), run like
 * host-equivalents.ts by the ActiveRecord harness with the shared models of activerecord/01.
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

export const ACTIVERECORD_RB4: Record<string, string> = {
  // Batch K. activerecord/49: the leads query object without time filters (Kaminari page + total_count).
  ar49a: 's = Lead.where(user_id: 7).order(created_at: :desc).order(id: :asc); s.limit(20).offset(0).to_a; s.count',
  // The same query object with created_from merged by the action.
  ar49b: 's = Lead.where(user_id: 7).order(created_at: :desc).order(id: :asc).where(created_at: 1.day.ago..); s.limit(20).offset(0).to_a; s.count',
  ar49c: 'Lead.find_by(user_id: 7, id: "5")',
  // The store of an archived campaign drops the lower boundary; the upper one stays.
  ar49d: 'Lead.where(campaign_id: 3).where(user_id: 7).where("leads.created_at <= ?", Time.current.end_of_month).count',
  ar49e: 'Lead.where(campaign_id: 3).where(user_id: 7).order(created_at: :asc).where("leads.created_at <= ?", Time.current.end_of_month).last',
  // include_all_history: a range with a nil begin (created_at <= the period end) and the leads subquery.
  ar49f: 'e = Time.current.end_of_month; AgentOutput.where(lead_id: Lead.where(campaign_id: 3).where(user_id: 7).where("leads.created_at <= ?", e).select(:id)).where(created_at: nil..e).group(:kind).pluck(:kind, Arel.sql("MAX(agent_outputs.created_at)"))',
  ar49g: 'Lead.where(user_id: 7, campaign_id: 3).where("leads.created_at <= ?", Time.current).in_batches.update_all(status: "deleted")',
  ar49h: 'User.instantiate("id" => 7).campaigns.where(id: 3).where(archived: false).first',
  ar49i: 'AgentOutput.where(lead_id: 5).where(kind: "enriched").exists?',
  ar49j: 'Lead.instantiate("id" => 5, "created_at" => T1).agent_outputs.count',
  ar49k: 'User.instantiate("id" => 7).leads.where(email: "a@acme.test").where.not(id: 5).order(created_at: :desc).first',
  ar49l: 'User.instantiate("id" => 7).campaigns.find_by(id: "3")',
  // An instance update: by its primary key (id) only.
  ar49m: 'cp = Campaign.instantiate("id" => 3, "user_id" => 7, "name" => "Spring", "archived" => false); cp.update!(archived: true)',
  // activerecord/50. The generic list of the entities controller (no session filter, no query):
  // its size, then the will_paginate page the view renders with the campaigns preloaded.
  ar50a: 's = Lead.where(user_id: 7).order("created_at DESC"); s.size; s.limit(20).offset(0).includes(:campaign).to_a',
  ar50b: 'Lead.where(user_id: 7).count',
  ar50d: 'Campaign.where(user_id: 7).order("name").to_a',
  ar50e: 'Lead.where(user_id: 7).find_by_id(5)',
  ar50f: 'l = Lead.instantiate("id" => 5, "user_id" => 7, "campaign_id" => 3, "created_at" => T1, "status" => "new", "company" => "Acme", "email" => "a@acme.test"); l.update_attribute(:status, "converted")',
  // No duration preference: the two-day default of AgentOutput.latest; no event filter.
  ar50g: 'AgentOutput.where(nil).where(nil).where("agent_outputs.created_at >= ?", Time.zone.now - 2.days).limit(500).order("agent_outputs.created_at DESC").to_a',
  ar50h: 'Lead.where("leads.user_id = :id AND leads.status <> \'converted\'", id: 7).order("leads.created_at DESC").limit(10).to_a',
  ar50i: 'Lead.instantiate("id" => 5, "created_at" => T1).agent_outputs.where(kind: %w[comment email]).order(created_at: :desc).to_a',
  ar50j: 'Campaign.where(user_id: 7).find("3")',
  ar50k: 'Campaign.instantiate("id" => 3, "user_id" => 7).leads.where(created_at: Time.current.all_month).count',
  ar50l: 'Lead.where(user_id: 7).where("leads.created_at >= ?", Time.zone.now - 2.weeks).order("leads.created_at DESC").to_a',
  // destroy with `dependent: :destroy`: the outputs by lead_id, each by id, then the lead by id.
  ar50m: 'l = Lead.instantiate("id" => 5, "user_id" => 7, "created_at" => T1); l.agent_outputs.each(&:destroy); l.destroy',
  ar50n: 'Lead.where(user_id: 7).find_by!(id: "5", created_at: T1.iso8601)',
  // Batch L. activerecord/51: the pro activity list (events through the user's requests), a will_paginate page.
  ar51a: 'AgentOutput.joins(:lead).where(leads: { user_id: 7 }).where(kind: %w[sent response comment]).limit(10).offset(0).to_a',
  // A scope whose body is a query object (`scope :overdue, State::OverdueQuery.new`), on the user's requests.
  ar51b: 'Lead.where(user_id: 7).where(status: ["awaiting_response"]).where("leads.created_at < ?", 20.days.ago.to_date).where("leads.created_at >= ?", 40.days.ago.to_date).count',
  ar51c: 'Lead.where(user_id: 7).where(status: %w[awaiting_response response_received]).count',
  // The filter form without params: an empty search, every status but draft, the default order.
  ar51d: 'Lead.where(user_id: 7).where("leads.company ILIKE :q OR leads.email ILIKE :q", q: "%%").where.not(status: "draft").reorder("leads.id DESC").limit(10).offset(0).to_a',
  ar51e: 'Lead.where("status = ? AND leads.created_at < ? AND user_id IS NOT NULL", "response_received", Time.zone.now - 21.days).count',
  ar51n: 'Lead.where("status = ? AND leads.created_at < ? AND user_id IS NOT NULL", "response_received", Time.zone.now - 21.days).order(Arel.sql("random()")).limit(3).to_a',
  ar51f: 'Lead.where(created_at: ...6.months.ago, status: "closed").where.not(company: "holding_pen").pluck(:id)',
  ar51g: 'Lead.where(created_at: ...6.months.ago, status: "closed").where.not(company: "holding_pen").update_all(status: "rejecting")',
  ar51h: 'Lead.find("5")',
  ar51i: 'l = Lead.instantiate("id" => 5, "created_at" => T1); l.agent_outputs.where(kind: "response").where(created_at: l.created_at..).order(:created_at, :id).last',
  ar51j: 'User.instantiate("id" => 7).campaigns.find("3")',
  ar51k: 'Campaign.instantiate("id" => 3, "user_id" => 7).leads.reorder(id: :asc).pluck(:id).index(5)',
  ar51l: 'sib = Campaign.instantiate("id" => 3, "user_id" => 7).leads.reorder(id: :asc); sib[sib.pluck(:id).index(5) + 1]',
  ar51o: 'Campaign.instantiate("id" => 3, "user_id" => 7).leads.to_a',
  ar51p: 'Campaign.instantiate("id" => 3, "user_id" => 7).leads.reorder(id: :asc).first',
  ar51m: 'Lead.all.find_each { |r| r }',
  // activerecord/52. The order search of a (non-admin) manager without params, as pagy pages it.
  ar52a: 'm = Lead.where(campaign_id: Campaign.where(user_id: 7).select(:id)).where.not(status: "canceled"); s = m.where.not(status: "cart").or(m.where(status: "complete")).includes(:campaign).order(created_at: :desc); s.count(:all); s.limit(20).offset(0).to_a',
  // The report's default period (last month to tomorrow) reaches the permissions object as its search params.
  ar52b: 'Lead.where(campaign_id: Campaign.where(user_id: 7).select(:id)).where(status: "complete").where(created_at: 1.month.ago.beginning_of_day..Date.tomorrow.beginning_of_day).where(status: "complete").order(:created_at).to_a',
  ar52c: 'Lead.where(campaign_id: Campaign.where(user_id: 7).select(:id)).left_joins(:agent_outputs).group("leads.id", "leads.created_at").select("leads.*", "COUNT(agent_outputs.id) AS payments_count").order(created_at: :desc).limit(50).to_a',
  ar52d: 'Campaign.where(user_id: 7).where(archived: false).order(:name).to_a',
  ar52e: 'Lead.where(email: "a@acme.test").includes(:agent_outputs).first!',
  ar52f: 'l = Lead.instantiate("id" => 5, "user_id" => 7, "campaign_id" => 3, "created_at" => T1, "status" => "new", "company" => "Acme", "email" => "a@acme.test"); l.update!(status: "complete")',
  ar52g: 'Lead.where(campaign_id: Campaign.where(user_id: 7).select(:id)).where.not(status: "canceled").where(id: ["5"]).find_each { |o| o.update_column(:status, "canceled") }',
  ar52h: 'Lead.where(status: "cart").where(created_at: ...30.days.ago).delete_all',
  ar52i: 'Lead.instantiate("id" => 5, "created_at" => T1).agent_outputs.where(kind: "payment").count',
  ar52j: 'Lead.where(campaign_id: Campaign.where(user_id: 7).select(:id)).where(created_at: 1.week.ago..Time.current).to_a',
  ar52k: 'Campaign.where(user_id: 7).order(:name).to_a',
  // belongs_to: the distributor by id only.
  ar52l: 'Lead.instantiate("id" => 5, "campaign_id" => 3, "created_at" => T1).campaign',
};
