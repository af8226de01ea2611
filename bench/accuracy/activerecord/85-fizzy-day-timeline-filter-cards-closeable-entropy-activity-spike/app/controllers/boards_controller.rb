class BoardsController < ApplicationController
  include BoardScoped

  skip_before_action :set_board, only: :index

  def index
    @boards = Current.user.boards.active.alphabetically.to_a # expect: prunes [ar85s] cross
  end

  def show
    @cards = @board.cards.published.open.order(created_at: :desc).limit(25).to_a # expect: scans-all [ar85t] cross
    @closed_this_week = @board.cards.closed.where(created_at: Time.current.all_week).count # expect: prunes [ar85u] cross
  end

  def update
    @board.update!(name: params.require(:board)[:name]) # expect: scans-all [ar85v]
    redirect_to "/boards/#{@board.id}"
  end

  def archive
    Current.user.boards.where(id: params[:board_id]).update_all(archived: true) # expect: prunes [ar85w]
    redirect_to "/boards"
  end
end
