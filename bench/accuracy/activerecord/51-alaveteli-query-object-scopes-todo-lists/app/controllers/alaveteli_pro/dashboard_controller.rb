class AlaveteliPro::DashboardController < AlaveteliPro::BaseController
  def index
    @user = current_user
    @to_do_list = AlaveteliPro::ToDoList::List.new(@user)
    @page = (params[:page] || "1").to_i
    @page = 1 if @page < 1
    @per_page = 10
    @activity_list = AlaveteliPro::ActivityList::List.new(@user, @page, @per_page)
  end
end
