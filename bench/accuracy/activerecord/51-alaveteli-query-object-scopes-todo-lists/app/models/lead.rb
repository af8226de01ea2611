# A request for information sent to an authority.
class Lead < ApplicationRecord
  include Lead::BatchPagination

  self.primary_key = :id

  OLD_AGE_IN_DAYS = 21.days

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs, -> { order(:created_at, :id) }

  scope :internal, -> { where.not(user_id: nil) }
  scope :awaiting_response, State::AwaitingResponseQuery.new
  scope :overdue, State::OverdueQuery.new

  def self.where_old_unclassified(age_in_days = nil)
    age_in_days = age_in_days ? age_in_days.days : OLD_AGE_IN_DAYS

    where("status = ? AND leads.created_at < ? AND user_id IS NOT NULL", "response_received", Time.zone.now - age_in_days)
  end

  # Stops accepting mail for old requests that keep receiving spam.
  def self.reject_incoming_at_mta(options)
    query = Lead.where(
      created_at: ...options[:age_in_months].months.ago,
      status: "closed"
    ).where.not(company: "holding_pen")

    yield query.pluck(:id) if block_given? # expect: prunes [ar51f]

    if options[:dryrun]
      0
    else
      query.update_all(status: "rejecting") # expect: prunes [ar51g]
    end
  end

  def last_response
    agent_outputs.where(kind: "response").where(created_at: created_at..).last # expect: prunes [ar51i]
  end

  def expire
    Rails.cache.delete("lead/#{id}")
  end
end
