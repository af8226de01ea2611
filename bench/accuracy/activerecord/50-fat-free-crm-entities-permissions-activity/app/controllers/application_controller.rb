# frozen_string_literal: true

class ApplicationController < ActionController::Base
  before_action :authenticate_user!

  helper_method :current_user, :klass

  protected

  def current_user
    @current_user ||= User.find(session[:user_id])
  end

  # The model class this controller is about: Lead for LeadsController.
  def klass
    @klass ||= controller_name.classify.constantize
  end

  def current_page=(page)
    p = page.to_i
    @current_page = session[:"#{controller_name}_current_page"] = (p.zero? ? 1 : p)
  end

  def current_page
    page = params[:page] || session[:"#{controller_name}_current_page"] || 1
    @current_page = page.to_i
  end

  def page_param
    params[:page].to_i if params[:page]
  end

  def called_from_index_page?(controller = controller_name)
    request.referer =~ %r{/#{controller}$}
  end

  # The comments and emails of an asset, newest first.
  def timeline(asset)
    asset.agent_outputs.where(kind: %w[comment email]).order(created_at: :desc).to_a # expect: scans-all [ar50i]
  end

  def detect_previous_id
    params[:previous].to_s.sub("crm.find_lead(", "").to_i if params[:previous]
  end

  private

  def authenticate_user!
    redirect_to "/login" unless session[:user_id]
  end
end
