class AlaveteliPro::InfoRequestBatchesController < AlaveteliPro::BaseController
  def show
    @info_request_batch = current_user.campaigns.find(params[:id]) # expect: prunes [ar51j]
    @leads = @info_request_batch.leads # expect: scans-all [ar51o]
  end
end
