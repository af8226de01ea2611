class EventsController < ApplicationController
  before_action :find_event, only: %i[show edit update destroy]

  def index
    @browse = Lead::Browse.new(params.permit(:order, date: %i[start end]).to_h.symbolize_keys)
    @events = @browse.events
  end

  def show
    @venue = @event.venue # expect: scans-all [ar78j] cross
    @versions = @event.versions.where(created_at: 1.month.ago..).order(created_at: :desc).to_a # expect: prunes [ar78k] cross
  end

  def update
    if @event.update(event_params) # expect: scans-all [ar78l] cross
      redirect_to @event
    else
      render :edit
    end
  end

  def destroy
    @event.destroy # expect: scans-all [ar78m] cross
    redirect_to events_url
  end

  def search
    @events = Lead.search(params[:query].to_s, skip_old: params[:current] == "1", order: params[:order])
  end

  def tag
    @events = Lead.search_tag(params[:tag], order: params[:order]).past.limit(100).to_a # expect: scans-all [ar78n] cross
  end

  def duplicates
    @groups = DuplicateChecking.find_duplicates_by(Array(params[:type]).presence || %w[company])
  end

  def squash_many_duplicates
    DuplicateChecking.squash(params[:primary_id], params[:duplicate_id_array])
    redirect_to duplicates_events_url
  end

  private

  def find_event
    @event = Lead.find(params[:id]) # expect: scans-all [ar78o]
  end

  def event_params
    params.require(:event).permit(:company, :email, :status)
  end
end
