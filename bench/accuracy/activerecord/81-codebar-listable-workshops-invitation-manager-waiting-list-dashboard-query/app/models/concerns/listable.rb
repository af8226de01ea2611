# Time scopes shared by everything that happens on a date (workshops here).
module Listable
  NUMBER_OF_RECENT_WORKSHOPS_TO_RETRIEVE = 10

  extend ActiveSupport::Concern

  included do
    scope :today_and_upcoming, -> { where("created_at >= ?", Time.zone.today).reorder(created_at: :asc) }
    scope :upcoming, -> { where(created_at: Time.zone.now..).reorder(created_at: :asc) }
    scope :past, -> { where("created_at < ?", Time.zone.now).order(:created_at) }
    scope :recent, lambda {
      where("created_at < ?", Time.zone.now)
        .order(created_at: :desc)
        .limit(NUMBER_OF_RECENT_WORKSHOPS_TO_RETRIEVE)
    }
    scope :completed_since_yesterday, lambda {
      where("created_at < ? and created_at > ?", Time.zone.now, Time.zone.now - 24.hours).order(:created_at)
    }
  end

  module ClassMethods
    def next
      unscoped.upcoming.load.first # expect: prunes [ar81b] cross
    end

    def most_recent
      past.includes(:host).load.first # expect: prunes [ar81c] cross
    end
  end
end
