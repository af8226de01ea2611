class HomeController < ApplicationController
  def index
    @harvests = Lead.homepage_records(6).to_a # expect: prunes [ar75v] cross
    @crops_this_year = Lead.harvested_this_year.distinct.count(:company) # expect: prunes [ar75w] cross
  end
end
