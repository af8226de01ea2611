/**
 * The equivalent code of the labelled ActiveRecord sites of the held-out ninth Rails round (activerecord/69–72),
 * run like host-equivalents.ts by the ActiveRecord harness with the shared models of activerecord/01.
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

const LEAD = 'Lead.instantiate("id" => 5, "user_id" => 7, "campaign_id" => 3, "company" => "hello", "email" => "web", "status" => "active", "created_at" => T1)';
const CAMPAIGN = 'Campaign.instantiate("id" => 3, "user_id" => 7, "name" => "ruby", "archived" => false)';
const ARCHIVED_CAMPAIGN = 'Campaign.instantiate("id" => 3, "user_id" => 7, "name" => "ruby", "archived" => true)';
const OUTPUT = 'AgentOutput.instantiate("id" => 9, "lead_id" => 5, "kind" => "comment", "body" => "notes", "created_at" => T1)';
// activerecord/69: a room's messages, before / after a message posted at T1.
const ROOM = 'Lead.where(campaign_id: 3)';
const BEFORE = `${ROOM}.where("created_at < ?", T1).order(:created_at).last(40)`;
const AFTER = `${ROOM}.where("created_at > ?", T1).order(:created_at).first(40)`;
const REACHABLE = 'Lead.joins(:campaign).where(campaigns: { user_id: 7 })';
// activerecord/70: the report's month; the default post search.
const MONTH = '(1.month.ago..Time.current)';
const ACTIVE_POSTS = 'Lead.where.not(status: "deleted").where(status: "active")';
// activerecord/71: the solutions started in the last week / 30 days.
const WEEK = 'Lead.where(user_id: 7).where("leads.created_at >= ?", 1.week.ago)';
const RECENT = 'Lead.where(user_id: 7).where("leads.created_at >= ?", 30.days.ago)';
// activerecord/72: the summary's default 30 days; the seller's successful sales.
const SUMMARY = 'd = Time.zone.today; r = (d - 29).beginning_of_day..d.end_of_day';
const SALES = 'Lead.where(user_id: 7).where(status: "successful")';

export const ACTIVERECORD_RB8: Record<string, string> = {
  // activerecord/69. Campfire: set_room, Message::Pagination, find_paged_messages, reachable messages, boosts.
  ar69a: 'Campaign.where(user_id: 7).find(3)',
  ar69b: `(${ROOM}.find(5) rescue nil); ${ROOM}.preload(:user).where("created_at < ?", T1).order(:created_at).last(40)`,
  ar69d: `(${ROOM}.find(5) rescue nil); ${ROOM}.preload(:user).where("created_at > ?", T1).order(:created_at).first(40)`,
  ar69f: `${ROOM}.preload(:user).order(:created_at).last(40)`,
  ar69g: `${ROOM}.find(5)`,
  ar69h: `m = ${LEAD}; m.company = "edited"; m.save!`,
  // destroy with dependent: :destroy boosts: the boosts' select (and one DELETE each), then the message's DELETE by id.
  ar69i: `AgentOutput.where(lead_id: 5).each(&:destroy); ${LEAD}.destroy`,
  ar69j: `${BEFORE} + ${AFTER}`,
  ar69k: `${ROOM}.find_by(id: 5)`,
  ar69l: `${ROOM}.preload(:user).order(:created_at).last(40)`,
  ar69m: AFTER,
  ar69n: `${REACHABLE}.where("leads.company ILIKE ?", "%hello%").order(:created_at).last(100)`,
  ar69o: `${REACHABLE}.find(5)`,
  ar69p: `(AgentOutput.where(lead_id: 5).find(9) rescue nil); ${OUTPUT}.destroy!`,
  ar69q: 'Campaign.where(user_id: 7).where(archived: false).update_all(archived: true)',
  ar69r: 'Campaign.where(user_id: 7).where(archived: false).order(Arel.sql("LOWER(name)")).to_a',
  ar69s: 'AgentOutput.where(lead_id: 5).order(:created_at).to_a',
  // activerecord/70. Danbooru: search_attributes / paginated_search, visible(user), PostPruner, reports, explore.
  ar70a: `${ACTIVE_POSTS}.order(id: :desc).offset(0).limit(20).to_a`,
  ar70b: 'Lead.find(5)',
  ar70c: 'AgentOutput.where(lead_id: 5).where.not(kind: "deleted").includes(:lead).order(:id).to_a',
  ar70d: 'Lead.find(5)',
  ar70e: `l = ${LEAD}; l.company = "edited"; l.save`,
  ar70f: 'AgentOutput.where.not(kind: "deleted").order(id: :desc).offset(0).limit(20).includes(:lead).to_a',
  ar70g: 'AgentOutput.find(9)',
  ar70h: `g = ${OUTPUT}; g.kind = "deleted"; g.save`,
  ar70i: 'Campaign.where(archived: false).or(Campaign.where(user_id: 7)).order(id: :desc).offset(0).limit(20).to_a',
  ar70j: 'Campaign.find(3)',
  ar70k: 'Lead.where(status: "pending").where("created_at < ?", 3.days.ago).find_each { |p| p }',
  ar70l: `${LEAD}.update_columns(status: "deleted")`,
  ar70m: 'AgentOutput.where(kind: "deleted").where("created_at < ?", 1.year.ago).delete_all',
  ar70n: `Lead.where(created_at: ${MONTH}).group(:user_id).count`,
  ar70o: `AgentOutput.where(lead_id: Lead.where(created_at: ${MONTH}).select(:id)).count`,
  ar70p: 'Campaign.where(user_id: 7).order(:name).limit(50).to_a',
  ar70q: `Lead.where(created_at: ${MONTH}).order(id: :desc).offset(0).limit(50).to_a`,
  ar70r: `d = Time.zone.today; ${ACTIVE_POSTS}.where(created_at: d.beginning_of_day..d.end_of_day).order(id: :desc).offset(0).limit(20).to_a`,
  // activerecord/71. Exercism: Mandate commands, assemblers and SerializePaginatedCollection, Publish, ActivitySummary.
  // The page, then Kaminari's total_count.
  ar71a: 'Lead.where(user_id: 7).order(id: :desc).limit(25).offset(0).to_a; Lead.where(user_id: 7).count',
  ar71b: `${WEEK}.order(id: :desc).limit(5).offset(0).to_a; ${WEEK}.count`,
  ar71c: 'Lead.where(user_id: 7).count',
  ar71d: 'Lead.where(user_id: 7).find_by!(email: "web")',
  ar71e: `${LEAD}.lock!`,
  ar71f: 'AgentOutput.where(lead_id: 5).where.not(kind: "deleted").order(:id).last',
  ar71g: 'AgentOutput.where(lead_id: 5).find(9)',
  ar71h: `l = ${LEAD}; l.update!(status: "published")`,
  ar71i: `${RECENT}.group(:status).count`,
  ar71j: 'AgentOutput.joins(:lead).where(leads: { user_id: 7 }).where("agent_outputs.created_at >= ?", 30.days.ago).count',
  ar71k: `AgentOutput.where("agent_outputs.created_at >= ?", 30.days.ago).where(lead_id: ${RECENT}.select(:id)).count`,
  ar71l: 'AgentOutput.find(9)',
  ar71m: `${OUTPUT}.lead`,
  ar71n: `o = ${OUTPUT}; o.update!(kind: "tested")`,
  ar71o: 'Campaign.find_by!(user_id: 7, name: "ruby")',
  ar71p: `l = ${LEAD}; l.update!(status: "iterated")`,
  ar71q: `g = ${CAMPAIGN}; g.update!(archived: true)`,
  ar71r: 'Lead.where(user_id: 7, campaign_id: 3).delete_all',
  ar71s: 'Lead.where(status: "published").where(created_at: Time.current.all_day).count',
  ar71t: `g = ${ARCHIVED_CAMPAIGN}; g.update!(archived: false)`,
  // activerecord/72. Gumroad: filter_sales, find_by_external_id, SalesSummary, exports, refunds, jobs.
  ar72a: 'Lead.where(user_id: 7).order(created_at: :desc, id: :desc).limit(11).offset(0).to_a',
  ar72b: 'Lead.where(user_id: 7).find_by(id: 5)',
  ar72c: `${SUMMARY}; ${SALES}.where(created_at: r).count`,
  ar72d: `${SUMMARY}; ${SALES}.where(created_at: r).group(:campaign_id).count`,
  ar72e: `${SUMMARY}; AgentOutput.joins(:lead).where(leads: { user_id: 7 }).where(created_at: r).count`,
  ar72f: `l = ${LEAD}; l.update!(status: "refunded")`,
  ar72g: 'Lead.where(status: "successful").where(created_at: Date.yesterday.all_day).group(:user_id).count',
  ar72h: 'Lead.where(user_id: 7).find_by(id: 5)',
  ar72i: `${SALES}.find_each(batch_size: 500) { |p| p }`,
  ar72j: `m = 1.month.ago; ${SALES}.where("created_at >= ?", m.beginning_of_month.beginning_of_day).where("created_at <= ?", m.end_of_month.end_of_day).find_each(batch_size: 500) { |p| p }`,
  ar72k: 'Lead.where(user_id: 7).find_by(id: 5)',
  ar72l: 'Campaign.where(user_id: 7).where(archived: false).order(:id).to_a',
  ar72m: 'Campaign.where(user_id: 7).find_by(id: 3)',
  ar72n: 'Lead.find_by!(id: 5)',
  ar72o: 'Lead.where(campaign_id: 3).where(status: "successful").count',
  ar72p: `g = ${CAMPAIGN}; g.update!(archived: true)`,
  ar72q: 'Lead.find(5)',
  ar72r: `${LEAD}.campaign`,
  ar72s: 'AgentOutput.where(lead_id: 5).order(:id).to_a',
  ar72t: 'Lead.where(status: "successful").where("created_at > ?", 1.day.ago).order(created_at: :desc).limit(100).to_a',
};
