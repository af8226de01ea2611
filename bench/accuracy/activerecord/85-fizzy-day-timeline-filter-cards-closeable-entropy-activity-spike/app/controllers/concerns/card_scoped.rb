module CardScoped
  extend ActiveSupport::Concern

  included do
    before_action :set_card
  end

  private

  def set_card
    @card = Current.user.accessible_cards.find(params[:card_id]) # expect: scans-all [ar85r] cross
  end
end
