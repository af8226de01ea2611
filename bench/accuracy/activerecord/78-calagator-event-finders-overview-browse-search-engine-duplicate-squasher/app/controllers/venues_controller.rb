class VenuesController < ApplicationController
  def index
    @venues = Campaign.active.order(:name).to_a # expect: scans-all [ar78p] cross
  end

  def show
    @venue = Campaign.where(user_id: params[:source_id]).find(params[:id]) # expect: prunes [ar78q]
    @future_events = @venue.events.non_duplicates.future.to_a # expect: scans-all [ar78r] cross
    @past_events = @venue.events.non_duplicates.past.limit(20).to_a # expect: prunes [ar78s] cross
  end

  def mine
    @venues = current_user.venues.active.order(:name).to_a # expect: prunes [ar78t] cross
  end
end
