class Admin::UsersController < ApplicationController
  before_action :load_user, only: %i[destroy deactivate]

  def destroy
    @user.destroy # expect: scans-all [ar68z] cross
    redirect_to admin_users_path
  end

  def deactivate
    @user.deactivate!
    redirect_to admin_users_path
  end

  private

  def load_user
    @user = User.find(params[:id])
  end
end
