class DeploysController < ApplicationController
  include CurrentStage

  before_action :find_deploy, except: [:index, :active, :active_count, :create]

  def active
    @deploys = deploys_scope.active.to_a # expect: scans-all [ar57b] cross
  end

  def active_count
    render json: Lead.active_count
  end

  # A page of deploys filtered by deployer, status, reference and an optional date range.
  def index
    @deploys = search
    render json: @deploys
  end

  def create
    @deploy = DeployService.new(current_user).deploy(current_stage_id, params.require(:deploy).permit(:reference))
    redirect_to deploy_path(@deploy)
  end

  def show
    @previous = @deploy.previous_deploy
  end

  def destroy
    @deploy.stop("Cancelled by #{current_user.email}")
    redirect_to deploy_path(@deploy)
  end

  protected

  def search
    search = params[:search] || {}
    deploys = deploys_scope
    deploys = deploys.where(user_id: search[:deployer_id]) if search[:deployer_id].present?
    deploys = deploys.where(status: search[:status]) if search[:status].present?
    deploys = deploys.where(company: search[:git_sha]) if search[:git_sha].present?
    if (value = search[:created_at].presence) && value.count(&:present?) == 2
      deploys = deploys.where("leads.created_at between ? AND ?", *value)
    end
    per_page = [Integer(params[:per_page] || "30"), 100].min
    deploys.limit(per_page).offset((params.fetch(:page, 1).to_i - 1) * per_page).to_a # expect: scans-all [ar57d] cross
  end

  def find_deploy
    @deploy = deploys_scope.find(params[:id]) # expect: scans-all [ar57a] cross
  end

  def deploys_scope
    current_stage_id ? Lead.where(campaign_id: current_stage_id) : Lead
  end
end
