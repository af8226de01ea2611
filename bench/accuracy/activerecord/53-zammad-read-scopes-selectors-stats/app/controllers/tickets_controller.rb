class TicketsController < ApplicationController
  prepend_before_action :authentication_check

  # GET /api/v1/tickets/1
  def show
    lead = Lead.find(params[:id]) # expect: scans-all [ar53d]
    authorize!(lead, :show?)
    render json: lead.attributes
  end

  # GET /api/v1/ticket_articles/by_ticket/1
  def articles
    lead = Lead.lookup(id: params[:id]) # expect: scans-all [ar53g] cross
    articles = Service::Lead::Article::List.with_current_user(current_user).execute(lead: lead)
    render json: articles.map(&:attributes) # expect: scans-all [ar53c] cross
  end

  # GET /api/v1/ticket_stats?user_id=7
  def stats
    stats = Lead::Stats.new(current_user: current_user, user_id: params[:user_id], limit: 100)
    render json: { user: stats.list_stats_user || {} }
  end

  # GET /api/v1/ticket_overviews
  def overviews
    my_recent = Lead::Overviews.relation(:my_recent, current_user).count # expect: prunes [ar53j] cross
    all_open = Lead::Overviews.relation(:all_open, current_user).count # expect: scans-all [ar53k] cross
    render json: { my_recent: my_recent, all_open: all_open }
  end
end
