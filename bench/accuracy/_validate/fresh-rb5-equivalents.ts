/**
 * The equivalent code of the labelled ActiveRecord sites of the held-out batches N and O of the fifth
 * Rails round, run like host-equivalents.ts by the ActiveRecord harness with the shared models of
 * activerecord/01 (ActiveRecord 6.1 there: `in_order_of` is written as the `WHERE id IN` it sends).
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

const LEADS_LIST = 'select(:id, :campaign_id, :company, :email, :status, :created_at)';
/** The issue assignments of a user through the user's repo subscriptions (has_many :leads, through: :campaigns). */
const THROUGH = 'Lead.joins("INNER JOIN campaigns ON leads.campaign_id = campaigns.id").where(campaigns: { user_id: 7 })';
const CAMPAIGN = 'Campaign.instantiate("id" => 3, "user_id" => 7, "name" => "a", "archived" => false)';

export const ACTIVERECORD_RB5: Record<string, string> = {
  // activerecord/55. Feedbin: subscriptions per reader, entries by id lists and feeds.
  ar55a: 'User.instantiate("id" => 7).campaigns.where(id: "3").exists?',
  ar55b: 'Lead.where(user_id: 7).where(campaign_id: "3", status: "new").order(Arel.sql("created_at DESC, id DESC")).limit(100).pluck(:id, :created_at)',
  ar55c: `Lead.where(id: [5, 6]).includes(:campaign).${LEADS_LIST}.to_a`,
  ar55d: 'User.instantiate("id" => 7).campaigns.where(archived: false).pluck(:id)',
  ar55e: `Lead.where(id: [5, 6]).includes(:campaign).${LEADS_LIST}.to_a`,
  ar55h: 'AgentOutput.where(kind: "unread", lead_id: User.instantiate("id" => 7).leads.where(campaign_id: "3").select(:id)).delete_all',
  ar55i: 'User.instantiate("id" => 7).campaigns.where(id: "3").take!',
  ar55j: 'Lead.where(campaign_id: User.instantiate("id" => 7).campaigns.select(:id)).order(created_at: :desc).limit(100).offset(0).pluck(:id)',
  ar55k: 'Lead.where(campaign_id: [3, 4]).where(created_at: 2.weeks.ago..).order("created_at DESC").limit(500).pluck(:id)',
  ar55m: 'Lead.where(campaign_id: 3).where(created_at: 3.months.ago..).order("created_at DESC").limit(400).pluck("leads.id")',
  ar55n: 'Lead.where(campaign_id: 3).where.not(id: [5, 6]).delete_all',
  ar55p: `Lead.where(campaign_id: "3").order(created_at: :desc).limit(100).offset(0).pluck(:id); Lead.where(id: [5, 6]).includes(:campaign).${LEADS_LIST}.to_a`,
  ar55q: 'Lead.find("5")',
  ar55r: 'Campaign.where(user: User.instantiate("id" => 7), id: 3).first',
  ar55s: `Lead.where(id: [5, 6]).includes(:campaign).${LEADS_LIST}.to_a`,
  ar55v: 'User.instantiate("id" => 7).campaigns.find("3")',
  ar55w: `${CAMPAIGN}.update(name: "b")`,
  ar55x: 'User.instantiate("id" => 7).campaigns.find("3")',
  ar55y: `${CAMPAIGN}.leads.includes(:campaign).order("created_at DESC").${LEADS_LIST}.to_a`,
  ar55z: `${CAMPAIGN}.update_column(:archived, true)`,
  // activerecord/56. OpenStreetMap: changesets by mapper (no time key unless asked), traces per mapper.
  ar56a: 'Lead.where.not(status: "empty").reorder(id: :desc).limit(20).includes(:user).to_a',
  ar56b: 'Lead.where.not(status: "empty").exists?(["leads.id > ?", 5])',
  ar56c: 'Lead.where.not(status: "empty").exists?(["leads.id < ?", 5])',
  ar56d: 'Lead.find("5")',
  ar56e: 'User.instantiate("id" => 7).leads.where.not(status: "empty").where("id > ?", 5).reorder(id: :asc).first',
  ar56f: 'User.instantiate("id" => 7).leads.where.not(status: "empty").where(id: ...5).reorder(id: :desc).first',
  ar56g: 'Lead.all.order(created_at: :desc).limit(100).preload(:user).to_a',
  ar56i: 'AgentOutput.includes(:lead).where(kind: "comment").order(created_at: :desc).limit(100).to_a',
  ar56j: 'Campaign.where(archived: false).find("3")',
  ar56k: 'Lead.where(user_id: 7).where(created_at: 1.year.ago.beginning_of_day..Time.zone.now.end_of_day).where.not(status: "empty").group("date_trunc(\'day\', created_at)").select("date_trunc(\'day\', created_at) AS date, COUNT(*) AS total_changes, MAX(id) AS max_id").order("date").to_a',
  ar56l: 'User.instantiate("id" => 7).leads.where(created_at: (Time.now.utc - 1.hour)..).count',
  ar56m: 'User.instantiate("id" => 7).campaigns.where(archived: false).count',
  ar56n: 'User.instantiate("id" => 7).campaigns.where(archived: false).count',
  ar56o: 'User.instantiate("id" => 7).campaigns.reload.to_a',
  ar56q: 'User.instantiate("id" => 7).leads.limit(200).count',
  // open_now: status open, opened within the last day (changesets close after a day).
  ar56r: 'User.instantiate("id" => 7).leads.where(status: "open").where(created_at: 1.day.ago..).count',
  ar56s: 'User.instantiate("id" => 7).leads.where(status: "open").where(created_at: 1.day.ago..).find("5")',
  ar56t: 'Lead.instantiate("id" => 5, "user_id" => 7, "company" => "a", "email" => "a@b", "status" => "open", "created_at" => T1).update(status: "closed")',
  ar56u: 'AgentOutput.where(lead_id: 5).where(kind: "comment").order(:created_at).to_a',
  // activerecord/57. Samson: deploys by stage/id/status (default_scope order by id), expiry and build windows, stars.
  ar57a: 'Lead.find("5")',
  ar57b: 'Lead.where(status: %w[pending running cancelling]).order(id: :desc).to_a',
  ar57c: 'Lead.where(status: %w[pending running cancelling]).order(id: :desc).count',
  ar57d: 'Lead.order(id: :desc).limit(30).offset(0).to_a',
  ar57f: 'Lead.where(campaign_id: 3).where("leads.id < ?", 5).order(id: :desc).first',
  ar57g: 'Lead.where(company: "abc", campaign_id: 3).where("email IS NOT NULL AND created_at > ?", 4.hours.ago).order(id: :desc).reorder("created_at desc").to_a',
  ar57h: 'Lead.where(status: "pending").where(email: nil).where("leads.created_at < ?", 20.minutes.ago).order(id: :desc).to_a',
  ar57i: 'Lead.instantiate("id" => 5, "user_id" => 7, "company" => "a", "email" => "a@b", "status" => "pending", "created_at" => T1).update(status: "cancelled", company: "Expired")',
  ar57j: 'AgentOutput.where(kind: %w[pending running]).where("created_at < ?", 3600.seconds.ago).update_all(kind: "cancelled")',
  ar57k: 'Lead.includes(:user).where({}).count',
  ar57l: 'Lead.includes(:user).where({}).find_each { |d| d }',
  // destroy_all loads the user's stars (pruned), then deletes each by id alone.
  ar57m: 'User.instantiate("id" => 7).campaigns.where(name: "p").to_a; Campaign.instantiate("id" => 3, "user_id" => 7, "name" => "p", "archived" => false).destroy',
  ar57n: 'User.instantiate("id" => 7).campaigns.where(archived: false).order(:name).pluck(:name)',
  ar57o: 'User.instantiate("id" => 7).campaigns.where(name: "p", archived: false).exists?',
  ar57p: 'l = Lead.instantiate("id" => 5, "user_id" => 7, "company" => "a", "email" => nil, "status" => "pending", "created_at" => T1); l.email = "b@c"; l.save!',
  ar57r: 'User.instantiate("id" => 7).campaigns.find_or_create_by!(name: "p")',
  // activerecord/58. CodeTriage: repo subscriptions per user (pruned), assignments through them (leads by join only).
  ar58a: `${THROUGH}.where(status: "new").limit(5).to_a`,
  ar58b: `${THROUGH}.where(status: "new").limit(5).pluck(:id)`,
  ar58c: `${THROUGH}.where(status: "new").limit(5).update_all(status: "delivered")`,
  ar58e: 'User.instantiate("id" => 7).campaigns.order(Arel.sql("RANDOM()")).load',
  ar58g: 'User.instantiate("id" => 7).campaigns.empty?',
  ar58h: 'User.instantiate("id" => 7).campaigns.where(archived: false).order(:id).first',
  ar58i: 'Lead.find("5")',
  ar58j: 'Lead.instantiate("id" => 5, "user_id" => 7, "campaign_id" => 3, "company" => "rails/rails#1", "email" => "a@b", "status" => "delivered", "created_at" => T1).update(status: "clicked")',
  ar58k: 'User.instantiate("id" => 7).campaigns.find("3")',
  ar58l: 'User.instantiate("id" => 7).campaigns.find("3")',
  ar58m: `${CAMPAIGN}.destroy`,
  ar58n: 'User.instantiate("id" => 7).campaigns.find("3")',
  ar58o: `${CAMPAIGN}.update(archived: true)`,
  ar58p: 'Campaign.includes(:user).find("3")',
  ar58q: 'Lead.find_by_sql(["SELECT * FROM leads WHERE campaign_id = :sub_id AND status = :state ORDER BY random() LIMIT :email_limit", { sub_id: 3, state: "open", email_limit: 3 }]).first(3)',
  ar58r: `${THROUGH}.order(:created_at).where(campaigns: { name: "rails/rails" }).last`,
  ar58s: 'Lead.instantiate("id" => 5, "user_id" => 7, "campaign_id" => 3, "company" => "rails/rails#1", "email" => "a@b", "status" => "new", "created_at" => T1).update!(status: "delivered")',
  ar58t: 'Lead.where("status = ? and created_at < ?", "new", 24.hours.ago).update_all(status: "expired")',
  ar58u: 'User.instantiate("id" => 7).campaigns.where(name: "rails/rails").first',
  ar58v: 'User.instantiate("id" => 7).campaigns.limit(50).offset(0).to_a',
  ar58w: `${CAMPAIGN}.leads.where(status: "new").select(:id, :company, :created_at).limit(10).order(:id).to_a`,
  ar58x: 'User.instantiate("id" => 7).campaigns.find_by(name: "rails/rails")',
};
