module Admin
  class LeadsController < Admin::BaseController
    def index
      @searcher = LeadSearcher.new(params.permit(:campaign_id, :since, :page, :per_page))
      @leads = @searcher.retrieve_leads # expect: scans-all [ar38b] cross
    end

    def this_week
      @leads = LeadSearcher.new(since: 1.week.ago, per_page: 10).retrieve_leads.to_a # expect: prunes [ar38e] cross
    end
  end
end
