/**
 * The equivalent code of the labelled ActiveRecord sites of the held-out batch M of the fourth
 * Rails round (cases modelled on Zammad and Manyfold), run like host-equivalents.ts by the
 * ActiveRecord harness with the shared models of activerecord/01.
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

/** Twelve COUNT(*) FILTER columns, one per month: the bounds sit in the select list, not in WHERE. */
const MONTHLY = '(0..11).map { |n| d = n.months.ago; ActiveRecord::Base.sanitize_sql_array(["COUNT(*) FILTER (WHERE leads.created_at BETWEEN :a AND :b) AS c#{n}", { a: d.beginning_of_month, b: d.end_of_month }]) }.join(", ")';

export const ACTIVERECORD_RB4_HELD: Record<string, string> = {
  // activerecord/53. The read scope of a customer (no agent groups): tickets by user_id only.
  ar53a: `Lead.where("leads.user_id = ?", 7).where("leads.user_id" => 7).select(${MONTHLY}).take`,
  ar53b: 'Lead.where("leads.user_id = ?", 7).where("leads.status" => %w[closed merged], "leads.user_id" => 7).order("created_at" => "desc").limit(100).to_a.map(&:id)',
  ar53c: 'AgentOutput.where(lead_id: 5).where.not(kind: "internal_note").reorder(:id).map(&:attributes)',
  ar53d: 'Lead.find("5")',
  ar53e: 'Lead.where(user_id: 7, status: %w[closed merged]).count',
  // destroy_all loads the old drafts (bounded above), then deletes each by id only.
  ar53f: 'AgentOutput.where(kind: "draft").where("agent_outputs.created_at < ?", 1.day.ago).to_a; AgentOutput.instantiate("id" => 9, "lead_id" => 5, "kind" => "draft", "created_at" => T1).destroy',
  ar53g: 'Lead.find_by(id: "5")',
  ar53h: 'User.instantiate("id" => 7).campaigns.where(archived: false).pluck(:id)',
  ar53i: 's = Time.zone.local(2026, 1, 1); Lead.where(created_at: s...(s + 1.month)).where({}).count',
  // The selector of the overview: status IN (...) AND created_at >= now - 7 days.
  ar53j: 'Lead.where("leads.user_id = ?", 7).where("leads.status IN (?) AND leads.created_at >= ?", %w[new open pending_reminder], Time.zone.now - 7.days).order(created_at: :desc).count',
  ar53k: 'Lead.where("leads.user_id = ?", 7).where("leads.status IN (?)", %w[new open pending_reminder]).order(id: :asc).count',
  ar53l: 's = Time.zone.local(2026, 1, 1); AgentOutput.where(kind: "email").where("agent_outputs.created_at >= ? AND agent_outputs.created_at < ?", s, s + 1.month).count',
  ar53m: 'AgentOutput.where(kind: "typing").where(created_at: ...1.hour.ago).delete_all',
  // activerecord/54. The model list of a non-administrator without filters (Kaminari page + count).
  ar54a: 's = Lead.where(user_id: 7).order(company: :asc); s.limit(25).offset(0).includes(:campaign).to_a; s.count',
  ar54b: 'Lead.where(user_id: 7).find_by!(email: "a@acme.test")',
  ar54c: 'l = Lead.instantiate("id" => 5, "user_id" => 7, "created_at" => T1); l.agent_outputs.where.not(kind: "special").count - l.agent_outputs.where.not(kind: "special").count',
  ar54d: 'Lead.where(user_id: 7).order(id: :desc).limit(20).to_a + Campaign.where(user_id: 7).order(id: :desc).limit(20).to_a',
  ar54e: 's = Campaign.where(user_id: 7).order(:name); s.limit(25).offset(0).to_a; s.count',
  ar54f: 'Lead.find_each { |m| m }',
  ar54g: 'Lead.find(5)',
  ar54h: 'Lead.where(user_id: 7).where(created_at: 1.week.ago..).count',
  ar54i: 'Lead.where(created_at: (Time.current - 1.day)..).find_each { |m| m }',
  ar54j: 'l = Lead.instantiate("id" => 5, "created_at" => T1); l.agent_outputs.where(kind: "render").where(created_at: l.created_at..).exists?',
  ar54k: 'Campaign.where(user_id: 7).find_by!(id: "3")',
  ar54l: 'l = Lead.instantiate("id" => 5, "user_id" => 7, "created_at" => T1, "status" => "new"); l.update_column(:status, "deleted")',
  // The model's files loaded for the image list (`files.select(&:image?)` on the policy scope of the association).
  ar54o: 'l = Lead.instantiate("id" => 5, "user_id" => 7, "created_at" => T1); l.agent_outputs.where.not(kind: "special").to_a',
  ar54m: 'Lead.where(user_id: 7).where(campaign_id: 3).where(created_at: 1.year.ago..).to_a',
  ar54n: 'Campaign.find_by!(id: "3")',
};
