class Card::ActivitySpike::Detector
  attr_reader :card

  def initialize(card)
    @card = card
  end

  def detect
    return false unless multiple_people_commented? || card_was_just_reopened?

    register_activity_spike
    true
  end

  private

  def register_activity_spike
    card.events.where(kind: "card_activity_spike").delete_all # expect: scans-all [ar85m]
    card.track_event :activity_spike, creator: card.creator
  end

  def multiple_people_commented?(minimum_comments: 3)
    card.events
        .where(kind: "comment_created")
        .where(created_at: recent_period.ago..)
        .group(:lead_id)
        .having("COUNT(*) >= ?", minimum_comments)
        .exists? # expect: prunes [ar85k]
  end

  def recent_period
    card.auto_clean_period * 0.33
  end

  def card_was_just_reopened?
    last_event&.kind == "card_reopened" && last_event.created_at > 1.minute.ago
  end

  def last_event
    @last_event ||= card.events.order(:created_at).last # expect: scans-all [ar85l]
  end
end
