class HomeController < ApplicationController
  before_action :find_user

  def index
    @leads, @show_more = LeadsPaginator.new(Lead.base(@user), page).get # expect: scans-all [ar39a] cross
  end

  def fresh
    @leads, @show_more = LeadsPaginator.new(Lead.base(@user).fresh, page).get # expect: prunes [ar39b] cross
  end

  def year
    @tally = Lead.base(@user, unarchived: false).where(created_at: Date.current.all_year).pluck(:status).tally # expect: prunes [ar39c] cross
  end

  def lookup
    kinds = Lead.find_by(email: params[:email])&.agent_outputs&.pluck(:kind) # expect: scans-all [ar39d]
    render json: { kinds: kinds || [] }
  end

  def dated
    render json: { n: Lead.where.not(created_at: nil).count } # expect: scans-all [ar39e]
  end

  private

  def find_user
    @user = User.find(session[:user_id])
  end

  def page
    [params[:page].to_i, 1].max
  end
end
