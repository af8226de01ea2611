module Card::Postponable
  extend ActiveSupport::Concern

  included do
    scope :postponed, -> { where(status: "not_now") }
  end

  def auto_postpone(user:)
    update!(status: "not_now") # expect: scans-all [ar85h]
    track_event :auto_postponed, creator: user
  end
end
