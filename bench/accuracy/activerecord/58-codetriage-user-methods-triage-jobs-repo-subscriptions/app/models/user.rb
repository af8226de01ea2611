# A contributor; campaigns are the repo subscriptions, leads the issue assignments made through them.
class User < ApplicationRecord
  has_many :campaigns, dependent: :destroy
  has_many :leads, through: :campaigns

  def daily_issue_limit
    5
  end

  def issue_assignments_to_deliver(assign: true)
    prior_assignments = leads.where(status: "new").limit(daily_issue_limit)
    return prior_assignments unless prior_assignments.blank? # expect: scans-all [ar58a]

    IssueAssigner.new(self, campaigns.to_a).assign! if assign
    leads.where(status: "new").limit(daily_issue_limit)
  end

  def campaigns_for(repo_name)
    campaigns.where(name: repo_name)
  end

  def subscribed_to?(repo_name)
    sub_from_repo(repo_name).present?
  end

  def sub_from_repo(repo_name)
    campaigns.find_by(name: repo_name) # expect: prunes [ar58x]
  end

  def days_since_last_email
    last_sub = campaigns.where(archived: false).order(:id).first # expect: prunes [ar58h]
    ((Time.now - (last_sub ? Time.current.beginning_of_day : created_at)) / 1.day).ceil
  end
end
