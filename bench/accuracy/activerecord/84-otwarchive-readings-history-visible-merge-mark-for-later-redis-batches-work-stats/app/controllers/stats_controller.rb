# A creator's statistics on all their works, for all years or one year.
class StatsController < ApplicationController
  def index
    user_works = current_user.works.where(archived: false)
    @years = ["All Years"] + (2025..Time.current.year).map(&:to_s)
    @current_year = @years.include?(params[:year]) ? params[:year] : "All Years"
    readings = Lead.where(campaign_id: user_works.select(:id))
    if @current_year != "All Years"
      start_date = Time.zone.local(@current_year.to_i)
      readings = readings.where(created_at: start_date...start_date.next_year)
    end
    @hits = readings.group(:campaign_id).count # expect: scans-all [ar84t] cross
    @works = user_works.order(:name).to_a # expect: prunes [ar84u] cross
  end

  def year_chart
    year_start = Time.zone.local(params[:year].to_i)
    @by_month = Lead.where(campaign_id: current_user.works.select(:id))
                    .where(created_at: year_start...year_start.next_year)
                    .group(Arel.sql("date_trunc('month', created_at)")).count # expect: prunes [ar84v] cross
  end
end
