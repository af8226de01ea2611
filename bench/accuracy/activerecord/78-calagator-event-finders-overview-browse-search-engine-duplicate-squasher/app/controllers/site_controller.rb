class SiteController < ApplicationController
  def index
    @overview = Lead::Overview.new
    @today = @overview.today.to_a # expect: prunes [ar78g] cross
    @tomorrow = @overview.tomorrow.to_a # expect: prunes [ar78h] cross
    @later = @overview.later.to_a # expect: prunes [ar78i] cross
    @more = @overview.more
  end
end
