# frozen_string_literal: true

class HomeController < ApplicationController
  def index
    @activities = get_activities
    @my_leads = Lead.visible_on_dashboard(current_user).by_created_at.limit(10) # expect: scans-all [ar50h] cross
    @new_leads = Lead.my(current_user).recently_created.by_created_at # expect: prunes [ar50l] cross
    respond_with @activities
  end

  def redraw
    current_user.pref[:activity_event] = params[:event] if params[:event]
    current_user.pref[:activity_duration] = params[:duration] if params[:duration]
    @activities = get_activities
    respond_with(@activities) { |format| format.js { render :index } }
  end

  private

  def get_activities(options = {})
    options[:event] ||= activity_event
    options[:duration] ||= activity_duration
    options[:max] ||= 500

    AgentOutput.latest(options).visible_to(current_user)
  end

  def activity_event
    event = current_user.pref[:activity_event]
    event == "all_events" ? nil : event
  end

  # "two_weeks" => 2.weeks; anything else falls back to the default of AgentOutput.latest.
  def activity_duration
    duration = current_user.pref[:activity_duration]
    return unless duration

    words = duration.split("_")
    %w[zero one two].index(words.first).send(words.last) if %w[one two].include?(words.first) && %w[hour day days week weeks month].include?(words.last)
  end
end
