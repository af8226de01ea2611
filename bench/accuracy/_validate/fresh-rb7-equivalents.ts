/**
 * The equivalent code of the labelled ActiveRecord sites of the held-out eighth Rails round (activerecord/65–68),
 * run like host-equivalents.ts by the ActiveRecord harness with the shared models of activerecord/01.
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

const LEAD = 'Lead.instantiate("id" => 5, "user_id" => 7, "campaign_id" => 3, "company" => "hello", "email" => "web", "status" => "public", "created_at" => T1)';
const CAMPAIGN = 'Campaign.instantiate("id" => 3, "user_id" => 7, "name" => "Agents::WebsiteAgent", "archived" => false)';
const OUTPUT = 'AgentOutput.instantiate("id" => 9, "lead_id" => 5, "kind" => "journal", "body" => "notes", "created_at" => T1)';
const USER = 'User.instantiate("id" => 7, "email" => "a@x", "created_at" => T1)';
// activerecord/65: the annual report's year and the admin measure's period.
const YEAR = 'Lead.where(user_id: 7).where(created_at: Time.utc(2026, 1, 1).all_year).reorder(nil)';
const PERIOD = 's = Date.new(2026, 3, 1).to_datetime; e = Date.new(2026, 3, 31).to_datetime; l = e - s';
const TIME_PERIOD = '(s.beginning_of_day..e.end_of_day)';
const PREVIOUS_PERIOD = '((s - l).beginning_of_day..(e - l).end_of_day)';
const NOTIFICATIONS = 'AgentOutput.joins(:lead).where(leads: { user_id: 7 })';
// activerecord/66: the visible issues of user 7 with the default "open" filter; the activity providers.
const VISIBLE = 'Lead.where(["leads.status <> \'private\' OR leads.user_id = ?", 7])';
const OPEN_STATEMENT = '"leads.status NOT IN (\'closed\',\'rejected\')"';
const JOURNAL_EVENTS = 'AgentOutput.where(kind: "journal").where.not(body: [nil, ""])';
const VISIBLE_QUERIES = 'Campaign.where("campaigns.archived = ? OR campaigns.user_id = ?", true, 7)';
// activerecord/67: the listable, visible topics; the report's dates.
const LISTABLE = 'Lead.where("leads.email <> ?", "private_message")';
const DEFAULT_RESULTS = `${LISTABLE}.where.not(status: "unlisted")`;
const REPORT_DATES = 'sd = Date.new(2026, 2, 1).to_time.beginning_of_day; ed = Date.new(2026, 3, 3).to_time.end_of_day';
const PUBLIC_POSTS = 'AgentOutput.joins(:lead).where("leads.email <> ?", "private_message")';
// activerecord/68: the user's agents (ordered by id) and events.
const AGENTS = 'User.instantiate("id" => 7).campaigns.order("campaigns.id DESC")';

export const ACTIVERECORD_RB7: Record<string, string> = {
  // activerecord/65. Mastodon: Paginable, AccountStatusesFilter, PublicFeed, annual report sources, admin measures.
  ar65a: 'Lead.where(campaign_id: 3).where.not(id: 5).order(:id).limit(40).to_a',
  ar65c: `${YEAR}.where.not(campaign_id: nil).count`,
  ar65d: `${YEAR}.where(campaign_id: nil).count`,
  ar65e: `${YEAR}.group(Arel.sql("date_trunc('month', created_at)")).count`,
  ar65f: `${YEAR}.group(:email).order(count_all: :desc).limit(10).count`,
  ar65g: `AgentOutput.where(lead_id: ${YEAR}.select(:id)).group(:kind).count`,
  ar65h: `${PERIOD}; Lead.where(created_at: ${TIME_PERIOD}).count`,
  ar65i: `${PERIOD}; Lead.where(created_at: ${PREVIOUS_PERIOD}).count`,
  ar65j: `${PERIOD}; Lead.where(created_at: ${TIME_PERIOD}).group(Arel.sql("date_trunc('day', created_at)")).count`,
  ar65k: `${PERIOD}; AgentOutput.where(kind: %w[favourite reblog mention]).where(created_at: ${TIME_PERIOD}).count`,
  ar65l: `${PERIOD}; AgentOutput.where(kind: %w[favourite reblog mention]).where(created_at: ${PREVIOUS_PERIOD}).count`,
  // to_a_paginated_by_id runs the page inside (every caller's relation scans): the public feed's, by max_id and by min_id.
  ar65m: 'Lead.where(status: "public").where(campaign_id: nil).order(id: :desc).limit(20).to_a',
  ar65n: 'Lead.where(user_id: 7).find(5)',
  ar65o: 'Lead.find(5)',
  ar65p: `${NOTIFICATIONS}.find(9)`,
  ar65q: `${NOTIFICATIONS}.delete_all`,
  ar65r: 'Lead.where(status: "public").where(campaign_id: nil).reorder(id: :asc).limit(20).where("id > ?", 5).to_a.reverse',
  ar65s: 'Campaign.where(user_id: 7).to_a',
  ar65t: `${CAMPAIGN}.update!(name: "friends")`,
  ar65u: `${CAMPAIGN}.destroy!`,
  ar65v: 'Campaign.where(user_id: 7).find(3)',
  ar65w: `s = ${LEAD}; s.company = "edited"; s.save!`,
  ar65x: `AgentOutput.where(lead_id: 5).delete_all; ${LEAD}.destroy!`,
  ar65y: 'AgentOutput.where(lead_id: 5).delete_all',
  ar65z: 'Lead.find(5)',
  ar65aa: 'Lead.find(5)',
  ar65ab: 'User.instantiate("id" => 7).leads.where(Lead.arel_table[:id].lteq((2.weeks.ago.to_i * 1000) << 16)).reorder(id: :asc).limit(50).each { |s| s }',
  ar65ac: 'AgentOutput.where(created_at: ...6.months.ago.beginning_of_month).where(kind: %w[favourite reblog]).in_batches(of: 1000).delete_all',
  ar65ad: 'Lead.where(status: "public").where(created_at: 1.day.ago..).order(id: :desc).limit(20).to_a',
  // activerecord/66. Redmine: IssueQuery and retrieve_query, find_* before_actions, the activity fetcher's providers, My page blocks.
  ar66a: `${LEAD}.agent_outputs.where(kind: "journal").reorder(:created_at, :id).to_a`,
  // destroy_all / find_each(&:destroy!): the select, then one DELETE by id for every record found (the seed matches none).
  ar66b: `AgentOutput.where("created_at < ?", Time.current - 1.day).where(kind: "attachment", body: nil).destroy_all; ${OUTPUT}.destroy`,
  ar66c: `${VISIBLE}.where(${OPEN_STATEMENT}).count`,
  ar66d: `${VISIBLE}.where(${OPEN_STATEMENT}).order(id: :desc).limit(25).offset(0).to_a`,
  ar66e: `AgentOutput.where(kind: "journal").joins(:lead).where(${OPEN_STATEMENT}).order("agent_outputs.id DESC").limit(25).to_a`,
  ar66f: 'Lead.find(5)',
  ar66g: 'Lead.where(id: ["5"]).preload(:user).to_a',
  ar66h: 'Campaign.find(3)',
  ar66i: `l = ${LEAD}; l.status = "closed"; l.save`,
  ar66j: `l = ${LEAD}; l.status = "closed"; l.save`,
  ar66k: `AgentOutput.where(lead_id: 5).each(&:destroy); ${LEAD}.destroy`,
  ar66l: `j = ${OUTPUT}; j.body = "edited"; j.save`,
  ar66m: `${OUTPUT}.lead`,
  ar66n: 'AgentOutput.where(kind: "journal").find(9)',
  ar66o: `Lead.preload(:user).reorder(Arel.sql("leads.created_at DESC")).limit(15).to_a; ${JOURNAL_EVENTS}.reorder(Arel.sql("agent_outputs.created_at DESC")).limit(15).to_a`,
  ar66p: `t = Time.zone.today + 1; f = t - 30; Lead.preload(:user).where("leads.created_at >= ?", f).where("leads.created_at <= ?", t).to_a; ${JOURNAL_EVENTS}.where("agent_outputs.created_at >= ?", f).where("agent_outputs.created_at <= ?", t).to_a`,
  ar66q: `Lead.preload(:user).where(user_id: 7).reorder(Arel.sql("leads.created_at DESC")).limit(10).to_a; ${JOURNAL_EVENTS}.reorder(Arel.sql("agent_outputs.created_at DESC")).limit(10).to_a`,
  ar66r: `${VISIBLE}.where(user_id: 7).count`,
  ar66s: `${VISIBLE_QUERIES}.count`,
  ar66t: `${VISIBLE_QUERIES}.order(:name).limit(25).offset(0).to_a`,
  ar66u: 'User.instantiate("id" => 7).campaigns.order(:name).to_a',
  ar66v: `q = ${CAMPAIGN}; q.name = "open bugs"; q.archived = true; q.save`,
  ar66w: `${CAMPAIGN}.destroy`,
  ar66x: 'Campaign.where(user_id: 7).find(3)',
  ar66y: 't = Time.zone.today; AgentOutput.where(kind: "time_entry", body: "a@x").where(created_at: (t - 6).beginning_of_day..t.end_of_day).order(created_at: :desc).to_a',
  ar66z: `${VISIBLE}.where.not(status: %w[closed rejected]).where(user_id: 7).order(created_at: :desc).limit(10).to_a`,
  // activerecord/67. Discourse: TopicQuery/create_list, TopicView, PostDestroyer, BookmarkManager, reports, about stats.
  ar67a: `${REPORT_DATES}; ${LISTABLE}.where("leads.created_at >= ? AND leads.created_at <= ?", sd, ed).group("date(leads.created_at)").order("date(leads.created_at)").count`,
  ar67b: 'ActiveRecord::Base.connection.execute(ActiveRecord::Base.sanitize_sql_array(["UPDATE leads SET status = CASE WHEN status = \'closed\' THEN \'closed\' ELSE \'open\' END WHERE id = :topic_id", { topic_id: 5 }]))',
  ar67c: `${REPORT_DATES}; ${PUBLIC_POSTS}.where("agent_outputs.created_at >= ? AND agent_outputs.created_at <= ?", sd, ed).group("date(agent_outputs.created_at)").order("date(agent_outputs.created_at)").count`,
  ar67d: `${LISTABLE}.count`,
  ar67e: `${PUBLIC_POSTS}.count`,
  ar67f: `${REPORT_DATES}; Lead.where("leads.created_at >= ? AND leads.created_at < ?", sd - 30.days, sd).count; AgentOutput.where("agent_outputs.created_at >= ? AND agent_outputs.created_at < ?", sd - 30.days, sd).count`,
  ar67g: `${LISTABLE}.count`,
  ar67h: `${LISTABLE}.where("leads.created_at > ?", 7.days.ago).count`,
  ar67i: `${LISTABLE}.where("leads.created_at > ?", 30.days.ago).count`,
  ar67j: 'AgentOutput.count',
  ar67k: 'AgentOutput.where("created_at > ?", 7.days.ago).count',
  ar67l: `${DEFAULT_RESULTS}.order(id: :desc).limit(30).offset(0).where.not(campaign_id: []).to_a`,
  ar67m: `${DEFAULT_RESULTS}.limit(30).offset(0).where("leads.created_at >= :created_at", created_at: 2.days.ago).where(status: "open").where.not(campaign_id: []).to_a`,
  ar67n: `${DEFAULT_RESULTS}.order(id: :desc).limit(30).offset(0).where(user_id: 7).to_a`,
  ar67o: `${DEFAULT_RESULTS}.limit(30).offset(0).where(campaign_id: 3).limit(30).pluck(:id)`,
  ar67p: `${LEAD}.agent_outputs.where.not(kind: "whisper").pluck(:id)`,
  ar67q: 'Lead.find_by(id: 5)',
  ar67r: `${LEAD}.agent_outputs.where.not(kind: "whisper").order(:id).offset(0).limit(20).to_a`,
  ar67s: `${OUTPUT}.lead`,
  ar67t: `${OUTPUT}.update_columns(kind: "deleted", body: nil)`,
  ar67u: `${USER}.campaigns.count`,
  ar67v: `${CAMPAIGN}.update(name: "later")`,
  ar67w: `${CAMPAIGN}.destroy`,
  ar67x: `${USER}.campaigns.find_by(id: 3)`,
  ar67y: 'Campaign.where(user_id: 7, id: 3).update_all(archived: true)',
  ar67z: 'Campaign.find_by(id: 3)',
  ar67aa: `${USER}.campaigns.order(archived: :desc, id: :desc).limit(20).to_a`,
  ar67ab: 'Lead.find_by(id: 5)',
  ar67ac: `${LEAD}.update!(status: "closed")`,
  ar67ad: 'AgentOutput.where(kind: "regular").where(created_at: 1.day.ago..).order(created_at: :desc).limit(50).to_a',
  ar67ae: 'AgentOutput.find_by(id: 9)',
  ar67af: 'Lead.find_by(id: 5)',
  ar67ag: `${LEAD}.update_columns(status: "closed")`,
  ar67ah: `AgentOutput.where(kind: "whisper").where("created_at < ?", 30.days.ago).find_each(&:destroy!); ${OUTPUT}.destroy!`,
  // activerecord/68. Huginn: current_user.agents/events, agent types, receive!/run_schedule/bulk_check, jobs, cleanup.
  // update_all on an association with an order: `WHERE id IN (SELECT id ... WHERE user_id = 7 ORDER BY ...)`.
  ar68a: `${AGENTS}.update_all(archived: true)`,
  ar68b: 'Lead.where("leads.created_at < ?", 30.days.ago).group(:campaign_id).pluck(:campaign_id)',
  ar68c: 'Lead.where("leads.created_at < ?", 30.days.ago).delete_all',
  ar68d: 'Campaign.where(archived: false).group(:name).pluck(:name)',
  ar68e: 'Campaign.where(name: "Agents::WebsiteAgent", archived: false).pluck(:id)',
  ar68f: 'Campaign.connection.select_rows(Campaign.select("campaigns.id AS receiver_agent_id, leads.id AS event_id").joins("JOIN leads ON leads.campaign_id = campaigns.id").where(archived: false).where("leads.id > ?", 0).to_sql)',
  ar68g: `${CAMPAIGN}.leads.where("leads.created_at > ?", 2.days.ago).exists?`,
  ar68h: 'Lead.where(campaign_id: [4]).reorder(id: :desc).limit(40).to_a',
  ar68i: `${AGENTS}.where.not(id: 3).pluck(:id)`,
  ar68j: `${AGENTS}.reorder("id" => :desc).limit(25).offset(0).to_a`,
  ar68k: `${AGENTS}.find(3)`,
  ar68l: `${AGENTS}.find(3)`,
  ar68m: `${CAMPAIGN}.update(name: "Agents::RssAgent")`,
  ar68n: `${AGENTS}.find(3)`,
  ar68o: `${AGENTS}.find(3)`,
  ar68p: 'Lead.where(campaign_id: 3).order("leads.id DESC").delete_all',
  ar68q: `${AGENTS}.find(3)`,
  ar68r: `Lead.where(campaign_id: 3).order("leads.id DESC").delete_all; ${CAMPAIGN}.destroy`,
  ar68s: `${AGENTS}.find_by!(id: 3, name: "Agents::DataOutputAgent")`,
  ar68t: `${AGENTS}.find_by(id: 3)`,
  ar68u: 'Lead.where(campaign_id: 3).order("leads.id DESC").limit(25).offset(0).to_a',
  ar68v: 'User.instantiate("id" => 7).leads.preload(:campaign).limit(25).offset(0).to_a',
  ar68w: `${LEAD}.destroy`,
  ar68x: 'User.instantiate("id" => 7).leads.find(5)',
  ar68y: 'User.instantiate("id" => 7).leads.select("COUNT(id) AS count", "MIN(id) AS min_id", "MAX(id) AS max_id").reorder(Arel.sql("min(created_at)")).first',
  ar68z: `Lead.where(user_id: 7).delete_all; ${AGENTS}.each(&:destroy)`,
  ar68aa: 'Campaign.find(3)',
  ar68ab: 'Campaign.find(3)',
  ar68ac: 'Lead.where(id: [5]).order(:id).to_a',
  ar68ad: `${LEAD}.campaign`,
};
