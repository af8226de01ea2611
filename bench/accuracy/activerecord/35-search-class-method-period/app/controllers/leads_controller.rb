class LeadsController < ApplicationController
  include Pagy::Backend

  def index
    @q = search_params
    search = Current.user.leads.search(@q)
    @pagy, @leads = pagy(search.reverse_chronological, limit: 50) # expect: scans-all [ar35a] cross
    @status_counts = search.group(:status).count # expect: scans-all [ar35b] cross
    @insights = Lead::Insights.new(Current.user)
  end

  private

  def search_params
    params.fetch(:q, {}).permit(:search, :start_date, :end_date, statuses: [])
  end
end
