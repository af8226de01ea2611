class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs

  scope :won, -> { where(status: "won") }
  scope :halfyear_active, -> { where("leads.created_at > ?", 6.months.ago) }

  # A page of a stream: the leads created before `max_time`, newest first.
  def self.for_a_stream(max_time, user = nil)
    scope = where("leads.created_at < ?", max_time).order("leads.created_at DESC").limit(15)
    scope = scope.where.not(status: "spam") if user
    scope
  end

  def expire!
    partition_scope.update_all(status: "expired") # expect: prunes [ar45d] cross
  end

  private

  # The row itself, addressed with its partition key so the UPDATE touches one partition.
  def partition_scope
    self.class.where(id: id, created_at: created_at)
  end
end
