class HomeController < ApplicationController
  def index
    @ordergroup = current_user
    @ordergroup.update_stats!
    @apples_warning = @ordergroup.not_enough_apples?
    @last_transaction = @ordergroup.last_transaction
  end
end
