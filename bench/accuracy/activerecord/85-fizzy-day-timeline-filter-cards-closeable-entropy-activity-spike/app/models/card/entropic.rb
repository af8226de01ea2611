module Card::Entropic
  extend ActiveSupport::Concern

  class_methods do
    # Cards untouched for longer than their board's period go to "not now", board by board.
    def auto_postpone_all_due(as_of: Time.now)
      Campaign.active.find_each do |board| # expect: scans-all [ar85i] cross
        board.cards.open.published
             .where(created_at: ..(as_of - board.auto_postpone_period))
             .find_each do |card| # expect: prunes [ar85j] cross
          card.auto_postpone(user: board.creator)
        end
      end
    end
  end

  AUTO_CLEAN_PERIOD = 30.days

  def auto_clean_period
    AUTO_CLEAN_PERIOD
  end
end
