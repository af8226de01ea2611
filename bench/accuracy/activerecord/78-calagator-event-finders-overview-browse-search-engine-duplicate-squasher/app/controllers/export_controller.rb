# The iCalendar feed of the next three months.
class ExportController < ApplicationController
  def ical
    @events = Lead.non_duplicates.within_dates(Time.zone.today, Time.zone.today + 3.months).to_a # expect: prunes [ar78w] cross
    render plain: @events.map(&:company).join("\n")
  end

  def venue_ical
    @events = Lead.where(campaign_id: params[:venue_id]).future.to_a # expect: scans-all [ar78x] cross
    render plain: @events.map(&:company).join("\n")
  end
end
