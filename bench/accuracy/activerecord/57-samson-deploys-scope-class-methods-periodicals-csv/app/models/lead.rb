# A deploy of a reference to a stage (campaign_id is the stage id, user_id the deployer, status its job's status).
class Lead < ApplicationRecord
  ACTIVE_STATUSES = %w[pending running cancelling].freeze

  self.primary_key = :id

  belongs_to :user
  has_many :agent_outputs

  default_scope { order(id: :desc) }

  def self.active
    where(status: ACTIVE_STATUSES)
  end

  def self.active_count
    Rails.cache.fetch("deploy_active_count", expires_in: 10.seconds) do
      active.count # expect: scans-all [ar57c] cross
    end
  end

  def self.pending
    where(status: "pending")
  end

  def self.succeeded
    where(status: "succeeded")
  end

  def self.prior_to(deploy)
    deploy.persisted? ? where("#{table_name}.id < ?", deploy.id) : all
  end

  # Deploys still waiting for a buddy after the time limit; they started at most that long ago.
  def self.expired
    threshold = BuddyCheck.time_limit.ago
    stale = pending.where(email: nil).where("leads.created_at < ?", threshold)
    stale.select(&:waiting_for_buddy?) # expect: prunes [ar57h] cross
  end

  def previous_deploy
    Lead.where(campaign_id: campaign_id).prior_to(self).first # expect: scans-all [ar57f] cross
  end

  def waiting_for_buddy?
    status == "pending" && email.nil?
  end

  def stop(reason)
    update(status: "cancelled", company: reason) # expect: scans-all [ar57i]
  end
end
