class AlaveteliPro::InfoRequestsController < AlaveteliPro::BaseController
  def index
    @request_filter = AlaveteliPro::RequestFilter.new
    @request_filter.update(request_filter_params) if params[:alaveteli_pro_request_filter]
    @leads = @request_filter.results(current_user).paginate(page: params[:page], per_page: 10) # expect: scans-all [ar51d] cross
  end

  private

  def request_filter_params
    params.require(:alaveteli_pro_request_filter).permit(:filter, :order, :search)
  end
end
