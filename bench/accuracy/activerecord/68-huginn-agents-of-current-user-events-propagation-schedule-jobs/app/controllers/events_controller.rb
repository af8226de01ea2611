class EventsController < ApplicationController
  before_action :load_event, except: :index

  def index
    if params[:agent_id]
      @agent = current_user.agents.find_by(id: params[:agent_id]) # expect: prunes [ar68t] cross
      @events = @agent.events.page(params[:page]) # expect: scans-all [ar68u] cross
    else
      @events = current_user.events.preload(:agent).page(params[:page]) # expect: scans-all [ar68v] cross
    end
    respond_to do |format|
      format.html
      format.json { render json: @events }
    end
  end

  def show
    render json: @event
  end

  def reemit
    @event.reemit!
    redirect_back fallback_location: events_path
  end

  def destroy
    @event.destroy # expect: scans-all [ar68w] cross
    redirect_back fallback_location: events_path
  end

  private

  def load_event
    @event = current_user.events.find(params[:id]) # expect: scans-all [ar68x] cross
  end
end
