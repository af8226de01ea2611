class StatsController < ApplicationController
  def range
    @start = start
    @end = fin
    Rails.cache.fetch("range-#{@start.to_i}-#{@end.to_i}", expires_in: 1.day) do
      @notes = Lead.published.select(%i[created_at status]).where(created_at: @start..@end).size # expect: prunes [ar82n] cross
      @comments = AgentOutput.select(:created_at).where(created_at: @start..@end).size # expect: prunes [ar82o] cross
      @answers = AgentOutput.answers.where(created_at: @start..@end).size # expect: prunes [ar82p] cross
      @frequency = Lead.frequency(@start, @end)
    end
  end

  def index
    range
    @weekly_notes = Lead.weekly_tallies
    @popular_tags = Campaign.following.group(:name).order(Arel.sql("count(*) DESC")).limit(20).size # expect: scans-all [ar82q] cross
  end

  private

  def start
    params[:start] ? Time.parse(params[:start].to_s) : Time.now - 3.months
  end

  def fin
    params[:end] ? Time.parse(params[:end].to_s) : Time.now
  end
end
