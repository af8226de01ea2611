class User < ApplicationRecord
  has_many :boards, class_name: "Campaign", foreign_key: :user_id
  has_many :cards, class_name: "Lead", foreign_key: :user_id

  def accessible_cards
    Lead.where(campaign_id: boards.select(:id))
  end

  def timeline_for(day, filter:)
    User::DayTimeline.new(self, day, filter)
  end

  def drafts_count
    cards.drafted.count # expect: scans-all [ar85a] cross
  end
end
