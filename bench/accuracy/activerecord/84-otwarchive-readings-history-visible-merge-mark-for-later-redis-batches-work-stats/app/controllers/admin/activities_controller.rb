module Admin
  class ActivitiesController < ApplicationController
    def index
      @busiest_works = Lead.where(created_at: 1.hour.ago..).group(:campaign_id).order("count_all DESC").limit(20).count # expect: prunes [ar84w]
      @views_today = Lead.where(created_at: Time.current.all_day).count # expect: prunes [ar84aa]
      @hidden_works = Campaign.where(archived: true).order(id: :desc).limit(50).to_a # expect: scans-all [ar84x]
    end

    def hide_work
      work = Campaign.find(params[:id]) # expect: scans-all [ar84y]
      work.update!(archived: true) # expect: scans-all [ar84z]
      redirect_to "/admin/activities"
    end
  end
end
