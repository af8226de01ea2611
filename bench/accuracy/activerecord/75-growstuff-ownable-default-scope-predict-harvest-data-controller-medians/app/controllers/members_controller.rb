class MembersController < ApplicationController
  def show
    @member = User.find(params[:id])
    @harvests = @member.harvests.recent.limit(16).to_a # expect: scans-all [ar75s] cross
    @plantings = @member.plantings.current.limit(16).to_a # expect: prunes [ar75t] cross
    @harvests_this_year = @member.harvests.harvested_this_year.count # expect: prunes [ar75u] cross
  end
end
