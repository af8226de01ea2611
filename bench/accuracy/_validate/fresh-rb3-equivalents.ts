/**
 * The equivalent code of the labelled ActiveRecord sites of the third Rails round (batches H–J,
 * cases modelled on Loomio, Consul Democracy and other public Rails applications), run like
 * host-equivalents.ts by the ActiveRecord harness with the shared models of activerecord/01.
 * Conditional filters: the path without the key filter (the one the site's own arguments allow).
 */

export const ACTIVERECORD_RB3: Record<string, string> = {
  // Batch H. activerecord/43: the collection of the generic API controller (no since/until params, no status).
  ar43a: 'Lead.includes(:user).where(user_id: 7).count',
  ar43b: 'Lead.includes(:user).where(user_id: 7).offset(0).limit(50).to_a',
  // The timeframe concern's BETWEEN with its far-past default as the lower bound.
  ar43c: 'Lead.where("leads.created_at BETWEEN ? AND ?", 100.years.ago, 90.days.ago).where(status: %w[new contacted]).update_all(status: "expired")',
  ar43d: 'Lead.includes(:user).where(user_id: 7).where("leads.created_at > ?", 7.days.ago).limit(20).to_a',
  // The model found from the controller's name: Lead.find by id.
  ar43e: 'Lead.find(5)',
  ar43f: 'Lead.instantiate("id" => 5, "created_at" => T1).agent_outputs.where("agent_outputs.created_at BETWEEN ? AND ?", T1, 100.years.from_now).where(kind: "reply").order(:created_at).to_a',
  // Updating a loaded record: by its primary key (id) only.
  ar43g: 'l = Lead.instantiate("id" => 5, "user_id" => 7, "created_at" => T1, "status" => "new", "company" => "Acme", "email" => "a@acme.test"); l.update(status: "closed")',
  ar43h: 'User.instantiate("id" => 7).leads.find_by!(id: 5, created_at: T1.iso8601)',
  // activerecord/44. Kaminari's page (the view also counts for `paginate`); no advanced filters.
  ar44a: 's = Lead.all.order(created_at: :desc); s.limit(25).offset(0).to_a; s.count',
  // The first valid filter (pending_review) and order (created_at).
  ar44b: 's = Lead.where(user_id: 7).where(status: "new").reorder(created_at: :desc); s.limit(50).offset(0).to_a; s.count',
  ar44c: 'Lead.where(user_id: 7).where(id: ["5"]).to_a',
  ar44d: 'Lead.instantiate("id" => 5, "user_id" => 7, "created_at" => T1, "status" => "new").update_column(:status, "hidden")',
  ar44e: 'AgentOutput.where(lead_id: 5).where(created_at: T1.to_date.beginning_of_day..Date.current.end_of_day).group("date(agent_outputs.created_at)").count',
  ar44f: 'User.instantiate("id" => 7).leads.find("5")',
  ar44g: 'Campaign.instantiate("id" => 3, "user_id" => 7).leads.count',
  ar44h: 'Campaign.instantiate("id" => 3, "user_id" => 7).leads.where(created_at: 12.months.ago.beginning_of_month..Time.current).group("date_trunc(\'month\', leads.created_at)").count',
  ar44i: 'Lead.all.where(created_at: 1.month.ago.beginning_of_month..Time.current).where(user_id: 7).count',
  ar44j: 'User.instantiate("id" => 7).campaigns.find("3")',
  // Batch I. activerecord/45: the stream page (before max_time, default now + 1 s) of Stream::Won, then the replies of its leads.
  ar45a: 'Lead.where(user_id: 7).where(status: "won").where("leads.created_at < ?", Time.now + 1).order("leads.created_at DESC").limit(15).where.not(status: "spam").map(&:id)',
  ar45b: 'AgentOutput.where(lead_id: [5], kind: "reply").distinct.pluck(:lead_id)',
  ar45c: 'User.instantiate("id" => 7).leads.where(status: "new").find_each(batch_size: 200) { |l| l }',
  ar45d: 'Lead.where(id: 5, created_at: T1).update_all(status: "expired")',
  ar45e: 'Lead.where("leads.created_at > ?", 6.months.ago).count',
  ar45f: 'Lead.where.not(status: "spam").count',
  ar45g: 'User.instantiate("id" => 7).leads.find_by!(id: "5")',
  ar45h: 'User.instantiate("id" => 7).campaigns.find("3")',
  ar45j: 'Lead.find_by!(id: "5", status: "public")',
  ar45i: 'User.instantiate("id" => 7).leads.find_by!(id: "5", created_at: T1.iso8601)',
  // activerecord/46. The admin list without q[created_at_gt] (status_eq defaults to "new"): Kaminari page + count.
  ar46a: 's = User.instantiate("id" => 7).leads.includes(:campaign).where(Lead.arel_table[:status].eq("new")).order(created_at: :desc); s.limit(25).offset(0).to_a; s.count',
  ar46b: 'Lead.where(status: %w[contacted won]).where(Lead.arel_table[:created_at].gt(Time.current.beginning_of_month)).each { |l| l }',
  // The finder without filters, a page of it serialized.
  ar46c: 'User.instantiate("id" => 7).leads.order(created_at: :desc).limit(25).offset(0).to_a',
  ar46d: 'User.instantiate("id" => 7).leads.where(status: ["won"]).where(created_at: 1.week.ago.beginning_of_day..).order(created_at: :desc).pluck(:company, :email)',
  ar46e: 'User.instantiate("id" => 7).campaigns.where(archived: false).order(:name).to_a',
  ar46f: 'Campaign.find("3")',
  ar46g: 'Campaign.instantiate("id" => 3, "user_id" => 7).leads.where(created_at: Time.current.all_month).count',
  // Batch J (held out). activerecord/47: the lead's outputs association is ordered by id desc; Kaminari page + count.
  ar47a: 'User.instantiate("id" => 7).leads.find("5")',
  ar47b: 's = Lead.instantiate("id" => 5, "created_at" => T1).agent_outputs.order("agent_outputs.id desc"); s.limit(25).offset(0).to_a; s.count',
  // has_many :agent_outputs, through: :leads (the JOIN it builds), sorted by the default table sort.
  ar47c: 's = AgentOutput.joins(:lead).where(leads: { user_id: 7 }).preload(:lead).reorder(created_at: :desc); s.limit(25).offset(0).to_a; s.count',
  ar47d: 'AgentOutput.joins(:lead).where(leads: { user_id: 7 }).find("9")',
  ar47e: 'AgentOutput.instantiate("id" => 9, "lead_id" => 5, "kind" => "email", "created_at" => T1).destroy',
  ar47f: 'AgentOutput.joins(:lead).where(leads: { user_id: 7 }).select("COUNT(agent_outputs.id) AS count", "MIN(agent_outputs.id) AS min_id", "MAX(agent_outputs.id) AS max_id").reorder(Arel.sql("min(agent_outputs.created_at)")).first',
  ar47g: 'AgentOutput.where("agent_outputs.created_at < ?", 30.days.ago).group("lead_id").pluck(:lead_id)',
  ar47h: 'AgentOutput.where("agent_outputs.created_at < ?", 30.days.ago).delete_all',
  ar47i: 'Lead.where(id: [5]).update_all("status = \'pruned\'")',
  ar47j: 'Lead.instantiate("id" => 5, "created_at" => T1).agent_outputs.where("agent_outputs.created_at > ?", 24.hours.ago).count',
  // activerecord/48. The Pundit scope of an admin (scope.all; a non-admin adds user_id only).
  ar48a: 's = Lead.all.order(created_at: :desc); s.limit(30).offset(0).to_a; s.count',
  ar48b: 'Lead.find_by!(id: "5", created_at: T1.iso8601)',
  // The policy of a lead someone else created: its campaign through belongs_to (by id).
  ar48c: 'l = Lead.instantiate("id" => 5, "user_id" => 8, "campaign_id" => 3, "created_at" => T1); l.campaign.present? && l.campaign.user_id == 7',
  ar48d: 'Campaign.where(user_id: 7).find("3")',
  ar48e: 'Campaign.instantiate("id" => 3, "user_id" => 7).leads.order(created_at: :desc).first',
  ar48f: 'Lead.where("leads.campaign_id IN (SELECT campaign_id FROM leads GROUP BY campaign_id HAVING COUNT(id) = 1)").order(created_at: :desc).limit(50).to_a',
  ar48g: 'Lead.where("leads.created_at >= ?", 1.day.ago).order(created_at: :desc).limit(50).map(&:attributes)',
  ar48h: 'Lead.where(created_at: Date.yesterday.all_day).group(:campaign_id).count',
  ar48i: 'Campaign.where(id: [3]).pluck(:id, :name).to_h',
  ar48j: 's = Campaign.instantiate("id" => 3, "user_id" => 7).leads.where(created_at: 90.days.ago..).order(created_at: :desc); s.limit(50).offset(0).to_a; s.count',
};
