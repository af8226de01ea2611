class CardsController < ApplicationController
  include CardScoped

  skip_before_action :set_card, only: :index

  def index
    @filter = Filter.new(filter_params.merge(creator: Current.user))
    @cards = @filter.cards.order(created_at: :desc).limit(50).to_a # expect: scans-all [ar85y] cross
    @total = @filter.cards.count # expect: scans-all [ar85z] cross
  end

  def show
    @events = @card.events.reverse_chronologically.limit(20).to_a # expect: scans-all [ar85aa] cross
    @recent_activity = @card.events.where(created_at: 1.week.ago..).count # expect: prunes [ar85af] cross
  end

  def destroy
    @card.destroy # expect: scans-all [ar85ab]
    redirect_to "/cards"
  end

  private

  def filter_params
    params.fetch(:filter, {}).permit(:indexed_by, :creation, board_ids: [], creator_ids: [], terms: [])
  end
end
