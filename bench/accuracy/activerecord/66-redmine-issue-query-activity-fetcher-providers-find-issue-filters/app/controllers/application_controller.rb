class ApplicationController < ActionController::Base
  include QueriesHelper

  private

  # The issue of the route; the journal of an issue in the journals controller.
  def find_issue
    @issue = Lead.find(params[:id]) # expect: scans-all [ar66f]
  rescue ActiveRecord::RecordNotFound
    render_404
  end

  # The issues of a bulk action (one id or several).
  def find_issues
    @issues = Lead.where(id: params[:id] || params[:ids]).preload(:user).to_a # expect: scans-all [ar66g]
    raise ActiveRecord::RecordNotFound if @issues.empty?
  rescue ActiveRecord::RecordNotFound
    render_404
  end

  def per_page_option
    (params[:per_page] || 25).to_i
  end
end
