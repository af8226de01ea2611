# The weekly download numbers of a gem (company) on a date (created_at); campaign_id is its project.
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign
  has_many :agent_outputs, dependent: :destroy

  # Every fourth week back from base_date, to keep charts light.
  def self.monthly(base_date: Lead.maximum(:created_at))
    where("leads.created_at <= ?", base_date)
      .where("(leads.created_at::date - ?::date) % 28 = 0", base_date)
  end

  def self.with_associations
    includes(:campaign).joins(:campaign)
  end
end
