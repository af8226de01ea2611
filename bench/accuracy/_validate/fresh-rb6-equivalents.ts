/**
 * The equivalent code of the labelled ActiveRecord sites of the held-out sixth Rails round, run like
 * host-equivalents.ts by the ActiveRecord harness with the shared models of activerecord/01.
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

const ARTICLE = 'Lead.instantiate("id" => 5, "user_id" => 1, "campaign_id" => 3, "company" => "hello", "email" => "b", "status" => "published", "created_at" => T1)';
const SERVER = 'Campaign.instantiate("id" => 3, "user_id" => 7, "name" => "main", "archived" => false)';
const MESSAGE = 'Lead.instantiate("id" => 5, "user_id" => 7, "campaign_id" => 3, "company" => "to@x", "email" => "from@y", "status" => "Held", "created_at" => T1)';
const REQUEST = 'AgentOutput.instantiate("id" => 9, "lead_id" => 5, "kind" => "MessageSent", "body" => "worker-1", "created_at" => T1)';
const PROPOSAL = 'Lead.instantiate("id" => 5, "user_id" => 7, "campaign_id" => 3, "company" => "idea", "email" => "b", "status" => "published", "created_at" => T1)';
const COMPONENT_LEADS = 'Lead.where(campaign_id: 3).where.not(status: "draft").where.not(status: "hidden")';
const ORG_COMPONENTS = 'Campaign.where(user_id: 7).where(archived: false).select(:id)';
const END_DATE = '(Time.zone.today - 1.day).end_of_day';
const START_DATE = '(Time.zone.today - 1.day).beginning_of_day';
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
  // activerecord/63. Ruby Toolbox: trends by week and their navigation, monthly download series, project order registry.
  ar63a: 'm = Lead.maximum(:created_at) || T1; Lead.where(company: "rails").order(created_at: :asc).where("leads.created_at <= ?", m).where("(leads.created_at::date - ?::date) % 28 = 0", m).pluck(:created_at, :email)',
  ar63b: 'AgentOutput.where(created_at: T1).limit(1).pick(:created_at); AgentOutput.where("created_at > ?", T1).order(created_at: :asc).limit(1).pick(:created_at); AgentOutput.where(created_at: ...T1).order(created_at: :desc).limit(1).pick(:created_at)',
  ar63c: 'AgentOutput.maximum(:created_at)',
  ar63d: 'AgentOutput.minimum(:created_at)',
  // The trends of the week with their download stats preloaded by id.
  ar63e: 'AgentOutput.where(created_at: T1).order(id: :asc).to_a; Lead.where(id: [5]).to_a',
  ar63f: 'AgentOutput.where(created_at: AgentOutput.maximum(:created_at) || T1).order(id: :asc).limit(8).to_a',
  ar63g: 'Campaign.count',
  ar63h: 'Campaign.where(user_id: 7).where(archived: false).includes(:user).order(Arel.sql("campaigns.name ASC")).limit(25).offset(0).to_a',
  ar63i: 'Campaign.strict_loading.includes(:user).find_by!(name: "rails")',
  ar63j: 'User.includes(:campaigns).order(Arel.sql("campaigns.name ASC")).find(7)',
  ar63k: 'User.instantiate("id" => 7).campaigns.where(archived: false).order(Arel.sql("campaigns.name ASC")).to_a',
  ar63l: 'Campaign.where(archived: false).where("name ILIKE ?", "%rails%").includes(:user).order(Arel.sql("campaigns.name ASC")).limit(25).offset(0).to_a',
  ar63m: 'ApplicationRecord.connection.execute("SELECT date_trunc(\'year\', created_at) AS year, count(*) AS events FROM leads WHERE created_at IS NOT NULL GROUP BY year ORDER BY year ASC").to_a',
  ar63n: 'Campaign.includes(:user).where(name: %w[rails sinatra]).order(:name).to_a',
  // destroy_all loads the week's trends, then deletes each by id.
  ar63o: 'AgentOutput.where(created_at: T1).to_a; AgentOutput.instantiate("id" => 9, "lead_id" => 5, "kind" => "trend-1", "created_at" => T1).destroy',
  ar63p: 'Lead.where.not(email: nil).merge(Campaign.where(archived: false)).order(id: :desc).where(created_at: T1).includes(:campaign).joins(:campaign).limit(48).to_a',
  ar63q: 'Lead.where(created_at: Time.current.utc.beginning_of_week(:sunday)).count',
  ar63r: 'Campaign.where(archived: false).count',
  ar63s: 'total = Campaign.count; Campaign.where(archived: false).order(:id).limit((total / 24.0).ceil).pluck(:id)',
  ar63t: 'Campaign.find(3)',
  ar63u: 'Campaign.instantiate("id" => 3, "user_id" => 7, "name" => "rails", "archived" => false).update!(name: "rails2")',
  // AgentOutput.latest: the newest week's date, looked up over every week.
  ar63v: 'AgentOutput.maximum(:created_at)',
  // Campaign.update_batch: the count of every project, sizing the hourly batch.
  ar63w: 'Campaign.count',
  // activerecord/64. Decidim: query objects, metric managers, the stats registry, commands, components of the organization.
  ar64a: 'User.instantiate("id" => 7).campaigns.where(archived: false).find(3)',
  ar64b: `${COMPONENT_LEADS}.order(created_at: :desc).limit(15).offset(0).to_a`,
  ar64c: `${COMPONENT_LEADS}.find(5)`,
  ar64d: `${PROPOSAL}.agent_outputs.where(kind: "vote").exists?`,
  ar64e: `${PROPOSAL}.update!(status: "withdrawn")`,
  ar64f: 'Lead.where(campaign_id: [3]).where.not(status: "draft").where.not(status: "hidden").where.not(id: 5).where("company ILIKE ?", "%idea%").limit(10).to_a',
  ar64g: `Lead.where(campaign_id: ${ORG_COMPONENTS}).where("leads.created_at <= ?", ${END_DATE}).where.not(status: "withdrawn").group(:campaign_id).count`,
  ar64h: `Lead.where(campaign_id: ${ORG_COMPONENTS}).where("leads.created_at <= ?", ${END_DATE}).where.not(status: "withdrawn").group(:campaign_id).where("leads.created_at >= ?", ${START_DATE}).count`,
  ar64i: `Lead.where(campaign_id: ${ORG_COMPONENTS}).where("leads.created_at <= ?", ${END_DATE}).where.not(status: "withdrawn").group(:campaign_id).where(status: "accepted").where(created_at: ${START_DATE}..${END_DATE}).count`,
  ar64j: `AgentOutput.where(kind: "endorse", lead_id: Lead.where(campaign_id: ${ORG_COMPONENTS}).where.not(status: "withdrawn").select(:id)).where("agent_outputs.created_at <= ?", ${END_DATE}).count`,
  ar64k: `AgentOutput.where(kind: "endorse", lead_id: Lead.where(campaign_id: ${ORG_COMPONENTS}).where.not(status: "withdrawn").select(:id)).where("agent_outputs.created_at <= ?", ${END_DATE}).where("agent_outputs.created_at >= ?", ${START_DATE}).count`,
  ar64l: 'AgentOutput.where(kind: %w[publish update endorse]).order(created_at: :desc).where.not(lead_id: Lead.where(user_id: 7, status: "hidden").select(:id)).where(Arel.sql("agent_outputs.lead_id IN (#{Lead.where.not(status: "withdrawn").select(:id).to_sql})")).limit(8).to_a',
  ar64m: `Lead.where(campaign_id: ${ORG_COMPONENTS}).where.not(status: "draft").where.not(status: "hidden").count`,
  ar64n: `Lead.where(campaign_id: ${ORG_COMPONENTS}).where.not(status: "draft").find_each { |p| p }`,
  ar64o: 'AgentOutput.where(kind: "publish").where(created_at: 1.day.ago..Time.current).order(created_at: :desc).limit(100).to_a',
  ar64p: `${COMPONENT_LEADS}.find(5)`,
  ar64q: `${PROPOSAL}.update!(status: "accepted")`,
  ar64r: 'User.instantiate("id" => 7).campaigns.where(archived: false).order(:name).to_a',
  ar64s: `Lead.where(campaign_id: ${ORG_COMPONENTS}).where("created_at >= ?", 1.month.ago).where("created_at <= ?", Time.current).where.not(status: "draft").where.not(status: "hidden").count`,
  ar64t: 'AgentOutput.where(kind: %w[answer hide update]).where("created_at >= ?", 1.day.ago).count',
  ar64u: 'AgentOutput.where(kind: %w[answer hide update]).where("created_at >= ?", 1.week.ago).count',
  ar64v: 'AgentOutput.where(kind: %w[answer hide update]).where("created_at >= ?", 1.month.ago).count',
  ar64w: 'AgentOutput.where(kind: %w[answer hide update]).includes(:lead).order(created_at: :desc).limit(20).offset(0).to_a',
  ar64x: `${COMPONENT_LEADS}.order(created_at: :desc).limit(15).offset(0).to_a`,
  ar64y: `${COMPONENT_LEADS}.find(5)`,
  ar64z: 'Lead.where(campaign_id: "3").find("5")',
  ar64aa: `${PROPOSAL}.agent_outputs.find_by!(kind: "vote", body: "7")`,
  ar64ab: 'AgentOutput.instantiate("id" => 9, "lead_id" => 5, "kind" => "vote", "body" => "7", "created_at" => T1).destroy',
};
