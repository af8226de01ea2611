class Boards::Columns::ClosedsController < ApplicationController
  include BoardScoped

  PAGE_SIZE = 20

  def show
    @page = @board.cards.recently_closed_first.limit(PAGE_SIZE).offset(page_offset).to_a # expect: scans-all [ar85x] cross
  end

  private

  def page_offset
    [params[:page].to_i - 1, 0].max * PAGE_SIZE
  end
end
