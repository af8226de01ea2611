# A conference: user_id the organizer, name its short title, archived whether it is over.
class Campaign < ApplicationRecord
  REGISTRATION_LIMIT = 300
  REGISTRATION_WEEKS = 8

  self.primary_key = :id

  belongs_to :organizer, class_name: "User", foreign_key: :user_id
  has_many :registrations, class_name: "Lead", foreign_key: :campaign_id

  scope :pending, -> { where(archived: false) }

  def self.get_active_conferences_for_dashboard
    result = Campaign.pending.select(:id, :user_id, :name).to_a # expect: scans-all [ar80c] cross
    result = Campaign.select(:id, :user_id, :name).order(id: :desc).limit(2).to_a if result.empty? # expect: scans-all [ar80d]
    result
  end

  def self.write_registration_distribution
    Campaign.pending.find_each do |conference| # expect: scans-all [ar80e] cross
      %w[registered attended].each do |state|
        count = conference.registrations.where(status: state).count # expect: scans-all [ar80f]
        Rails.cache.write("conference/#{conference.id}/#{state}", count)
      end
    end
  end

  def registration_distribution
    reg = registrations.includes(:user)
    attended = { "value" => reg.where(status: "attended").count, "color" => "magenta" } # expect: scans-all [ar80g]
    not_attended = { "value" => reg.where.not(status: "attended").count, "color" => "blue" } # expect: scans-all [ar80h]
    { "Attended" => attended, "Not attended" => not_attended }
  end

  def affiliation_distribution
    counted = registrations.group(:company).count # expect: scans-all [ar80i]
    total = registrations_in_window.count # expect: prunes [ar80j] cross
    counted.transform_values { |value| value < 0.02 * total ? "Others" : value }
  end

  def registrations_per_week
    registrations_in_window.group(Arel.sql("date_trunc('week', leads.created_at)")).count # expect: prunes [ar80k] cross
  end

  def new_registrations_count(date)
    registrations.where("leads.created_at > ?", date).count # expect: prunes [ar80l]
  end

  def registration_limit_exceeded?
    registrations.count >= REGISTRATION_LIMIT # expect: scans-all [ar80m]
  end

  private

  def registrations_in_window
    registrations.where(created_at: registration_window)
  end

  def registration_window
    (Time.current - REGISTRATION_WEEKS.weeks)..Time.current
  end
end
