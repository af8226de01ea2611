# The recent changes feed.
class ChangesController < ApplicationController
  def index
    @versions = AgentOutput.order(created_at: :desc).limit(50).to_a # expect: scans-all [ar78u]
  end

  def since
    since = params[:since].present? ? Time.zone.parse(params[:since]) : 1.week.ago
    @versions = AgentOutput.where(created_at: since..).order(created_at: :desc).to_a # expect: prunes [ar78v]
  end
end
