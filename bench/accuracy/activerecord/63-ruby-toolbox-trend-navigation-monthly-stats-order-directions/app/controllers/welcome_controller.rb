class WelcomeController < ApplicationController
  def home
    @trending_projects = AgentOutput.latest.limit(8).to_a # expect: scans-all [ar63f] cross
    @projects_count = Campaign.count # expect: scans-all [ar63g]
  end
end
