class PipelineController < ApplicationController
  def index
    @leads = Leads::Finder.call(user: current_user, range: 1.week.ago..Time.current).limit(100).to_a # expect: prunes [ar14a] cross
    @company_count = Leads::Finder.for_company(params[:company]).count # expect: scans-all [ar14b] cross
  end
end
