class Card::ActivitySpike::DetectionJob < ApplicationJob
  def perform(card_id)
    card = Lead.find_by(id: card_id) # expect: scans-all [ar85n]
    Card::ActivitySpike::Detector.new(card).detect if card
  end
end
