/**
 * The equivalent code of the labelled ActiveRecord sites of the held-out sixth Rails round, run like
 * host-equivalents.ts by the ActiveRecord harness with the shared models of activerecord/01.
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

const ARTICLE = 'Lead.instantiate("id" => 5, "user_id" => 1, "campaign_id" => 3, "company" => "hello", "email" => "b", "status" => "published", "created_at" => T1)';
const SERVER = 'Campaign.instantiate("id" => 3, "user_id" => 7, "name" => "main", "archived" => false)';
const MESSAGE = 'Lead.instantiate("id" => 5, "user_id" => 7, "campaign_id" => 3, "company" => "to@x", "email" => "from@y", "status" => "Held", "created_at" => T1)';
const REQUEST = 'AgentOutput.instantiate("id" => 9, "lead_id" => 5, "kind" => "MessageSent", "body" => "worker-1", "created_at" => T1)';
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
  // activerecord/62. Postal: servers within the organization, the message DB options hash, webhook worker, scheduled tasks.
  ar62a: 'User.instantiate("id" => 7).campaigns.where(archived: false).find_by!(name: "main")',
  ar62b: 'User.instantiate("id" => 7).campaigns.where(archived: false).order(:name).to_a',
  ar62c: `${SERVER}.update(name: "b")`,
  ar62d: `${SERVER}.update!(archived: true)`,
  ar62e: 'Lead.where(campaign_id: 3).where(status: "outgoing").count; Lead.where(campaign_id: 3).where(status: "outgoing").order(created_at: :desc).limit(30).offset(0).to_a',
  ar62f: 'Lead.where(campaign_id: 3).where(status: "Held").count; Lead.where(campaign_id: 3).where(status: "Held").limit(30).offset(0).to_a',
  ar62g: 'Lead.where(campaign_id: 3).find(5)',
  ar62h: `${MESSAGE}.update!(status: "HoldCancelled")`,
  ar62i: 'AgentOutput.where(body: nil).where(kind: %w[MessageSent MessageBounced MessageHeld]).limit(1).update_all(body: "worker-1")',
  ar62j: 'AgentOutput.where(body: "worker-1").each { |r| r }',
  ar62k: 'Lead.where(campaign_id: 3).where("created_at < ?", 60.days.ago).delete_all',
  ar62l: 'Lead.where(campaign_id: 3).where(status: "Held").count',
  ar62m: 'Lead.where(campaign_id: 3).where(status: "outgoing").where("created_at > ?", 1.hour.ago).count',
  ar62n: 'Lead.where(campaign_id: 3).where("created_at > ?", 30.days.ago).count',
  ar62o: 'Lead.where(campaign_id: 3).where(status: "Bounced").where("created_at > ?", 30.days.ago).count',
  ar62p: `${MESSAGE}.agent_outputs.where(kind: %w[delivery bounce]).order(:created_at).to_a`,
  ar62q: `${REQUEST}.destroy`,
  ar62r: 'AgentOutput.where(lead_id: Lead.where(campaign_id: 3).select(:id)).where("created_at < ?", 10.days.ago).delete_all',
  ar62s: 'Campaign.find(3)',
  ar62t: 'Lead.where(campaign_id: 3).order(id: :desc).limit(6).to_a',
  ar62u: 'Lead.where(campaign_id: 3).where("created_at > ?", 60.minutes.ago).count',
  ar62v: 'User.instantiate("id" => 7).campaigns.where(archived: false).find_by!(name: "main")',
  ar62w: 'User.instantiate("id" => 7).campaigns.where(archived: false).find_by!(name: "main")',
  ar62x: 'AgentOutput.where(lead_id: Lead.where(campaign_id: 3).select(:id)).order(created_at: :desc).limit(30).offset(0).to_a',
  ar62y: `${REQUEST}.update!(body: nil, kind: "MessageDelayed")`,
  ar62z: 'Campaign.all.each { |s| s }',
  ar62aa: 'Lead.where(campaign_id: 3).where(status: "Held").where("created_at < ?", 7.days.ago).to_a',
  ar62ab: 'Campaign.where(archived: false).find_each { |s| s }',
  ar62ac: 'Campaign.where(archived: true).each { |s| s }',
  ar62ad: `Lead.where(campaign_id: 3).to_a; ${SERVER}.destroy`,
  ar62ae: 'User.instantiate("id" => 7).campaigns.where(archived: false).order(:name).to_a',
  ar62af: 'Lead.where(campaign_id: 3).where("created_at > ?", 1.day.ago).count',
};
