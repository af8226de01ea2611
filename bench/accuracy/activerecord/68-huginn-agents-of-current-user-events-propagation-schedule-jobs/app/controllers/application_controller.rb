class ApplicationController < ActionController::Base
  before_action :authenticate_user!

  protected

  def table_sort
    { (params[:sort].presence_in(%w[name id]) || "id") => (params[:direction] == "asc" ? :asc : :desc) }
  end
end
