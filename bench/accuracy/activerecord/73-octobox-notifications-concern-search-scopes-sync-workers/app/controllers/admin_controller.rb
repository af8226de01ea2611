class AdminController < ApplicationController
  def index
    @by_status = Lead.group(:status).count # expect: scans-all [ar73o]
    @last_day = Lead.since(24.hours.ago).count # expect: prunes [ar73p] cross
    @repositories = Campaign.active.where(user_id: current_user.id).order(:name).to_a # expect: prunes [ar73q] cross
  end
end
