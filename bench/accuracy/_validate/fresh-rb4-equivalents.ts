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
};
