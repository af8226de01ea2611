# Picks random open issues of each subscribed repo that the subscriber has not been sent yet.
class IssueAssigner
  attr_reader :user, :subscriptions

  def initialize(user, subscriptions)
    @user = user
    @subscriptions = subscriptions
  end

  def assign!
    subscriptions.each { |sub| assign_issues_for_sub(sub) }
    self
  end

  private

  def assign_issues_for_sub(sub)
    issues_for_sub(sub).each do |issue|
      sub.leads.create(user_id: user.id, company: issue.company, email: user.email, status: "new")
    end
  end

  def issues_for_sub(sub)
    sql = <<~SQL
      SELECT * FROM leads
      WHERE campaign_id = :sub_id AND status = :state
      ORDER BY random()
      LIMIT :email_limit
    SQL
    Lead.find_by_sql([sql, { sub_id: sub.id, state: "open", email_limit: 3 }]).first(3) # expect: scans-all [ar58q]
  end
end
