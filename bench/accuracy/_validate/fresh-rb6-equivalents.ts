/**
 * The equivalent code of the labelled ActiveRecord sites of the held-out sixth Rails round, run like
 * host-equivalents.ts by the ActiveRecord harness with the shared models of activerecord/01.
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

const ARTICLE = 'Lead.instantiate("id" => 5, "user_id" => 1, "campaign_id" => 3, "company" => "hello", "email" => "b", "status" => "published", "created_at" => T1)';
const TODAY = 'Time.zone.now.strftime("%Y-%m-%d 00:00")';

export const ACTIVERECORD_RB6: Record<string, string> = {
  // activerecord/61. Publify: archive dates through PublifyTime, search_with, dashboard counts, feedback admin.
  ar61a: 'Lead.where(user_id: 1).where(status: "published").order(created_at: :desc).limit(10).offset(0).to_a',
  ar61b: 'Lead.where(user_id: 1).where(status: "published").order(created_at: :desc).where(created_at: Time.utc(2026, 3, 1)..Time.utc(2026, 3, 1).end_of_month).to_a',
  ar61c: 'Lead.where(status: "published").where("LOWER(email) LIKE ? OR LOWER(company) LIKE ?", "%a%", "%a%").limit(10).offset(0).to_a',
  ar61d: 'Lead.where(status: "published").order(created_at: :desc).find_by(company: "hello")',
  ar61e: 'Lead.select(:created_at).where.not(created_at: nil).where(status: "published").to_a',
  ar61f: `Lead.where("created_at > ?", ${ARTICLE}.created_at).order(:created_at).first`,
  ar61g: `Lead.where(created_at: ...${ARTICLE}.created_at).order(created_at: :desc).first`,
  ar61h: `${ARTICLE}.agent_outputs.where(kind: %w[presumed_ham ham]).order(:created_at).to_a`,
  ar61i: 'Lead.where(user_id: 1).where(status: "published").order(created_at: :desc).limit(20).offset(0).to_a',
  ar61j: 'User.instantiate("id" => 1).campaigns.find_by!(name: "ruby")',
  ar61k: 'Campaign.instantiate("id" => 3, "user_id" => 1, "name" => "ruby", "archived" => false).leads.where(status: "published").order(created_at: :desc).limit(10).offset(0).to_a',
  ar61l: 'Lead.where(status: "published").order(created_at: :desc).where("created_at > ?", 1.week.ago).count',
  ar61m: 'AgentOutput.where(kind: %w[presumed_ham ham]).where("created_at > ?", 1.week.ago).count',
  ar61n: `Lead.where(status: "published").order(created_at: :desc).where("created_at > ?", ${TODAY}).count`,
  ar61o: `Lead.where(status: "published").order(created_at: :desc).where("created_at > ?", ${TODAY}).where(user_id: 1).count`,
  ar61p: `AgentOutput.where(kind: "presumed_spam").where("created_at > ?", ${TODAY}).count`,
  ar61q: 'Lead.where(status: "draft").order(id: :desc).where(user_id: 1).limit(5).to_a',
  ar61r: 'AgentOutput.where(kind: "spam").count',
  ar61s: 'AgentOutput.order(created_at: :desc).limit(25).offset(0).to_a',
  ar61t: 'AgentOutput.find("5")',
  ar61u: 'AgentOutput.instantiate("id" => 5, "lead_id" => 5, "kind" => "spam", "created_at" => T1).destroy',
  ar61v: 'AgentOutput.where(kind: "spam").delete_all',
  ar61w: 'Lead.unscoped.order(created_at: :desc).limit(25).offset(0).to_a',
  ar61x: 'Lead.where(created_at: Time.utc(2026, 3, 1)..Time.utc(2026, 3, 1).end_of_month).count',
  ar61y: 'User.instantiate("id" => 1).leads.find("5")',
  ar61z: `AgentOutput.where(lead_id: 5).to_a; ${ARTICLE}.destroy`,
};
