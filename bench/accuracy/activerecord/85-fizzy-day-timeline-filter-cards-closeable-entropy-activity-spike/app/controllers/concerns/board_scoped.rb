module BoardScoped
  extend ActiveSupport::Concern

  included do
    before_action :set_board
  end

  private

  def set_board
    @board = Current.user.boards.find(params[:board_id]) # expect: prunes [ar85q]
  end
end
