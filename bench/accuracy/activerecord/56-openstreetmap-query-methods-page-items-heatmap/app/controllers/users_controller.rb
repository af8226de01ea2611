class UsersController < ApplicationController
  def show
    @user = User.find(params[:id])
    @open_changesets = @user.leads.open_now.count # expect: prunes [ar56r] cross
  end
end
