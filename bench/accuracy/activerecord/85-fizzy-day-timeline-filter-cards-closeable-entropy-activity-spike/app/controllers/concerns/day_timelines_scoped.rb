module DayTimelinesScoped
  extend ActiveSupport::Concern

  included do
    before_action :set_day_timeline
  end

  private

  def set_day_timeline
    @filter = Filter.new(creator: Current.user, actions: params[:actions])
    @day_timeline = Current.user.timeline_for(day, filter: @filter)
  end

  def day
    params[:day].present? ? Time.zone.parse(params[:day]) : Time.current
  rescue ArgumentError
    head :not_found
  end
end
