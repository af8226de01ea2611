class MomentsController < ApplicationController
  include CollectionPageSetupConcern
  include MomentsStatsHelper
  include CommentsHelper
  include Shared

  before_action :set_moment, only: %i[show update destroy]

  def index
    page_collection("@moments", "lead", filters: { "drafts" => { status: "draft" }, "crisis" => { status: "crisis" } })
    render json: { data: @moments.map { |m| { id: m.id, name: m.company, slug: m.email } }, stats: moments_stats } # expect: scans-all [ar88c] cross
  end

  def show
    show_with_comments(@moment)
  end

  def new
    @strategies = current_user.strategies.is_visible.order(:name).pluck(:id, :name) # expect: prunes [ar88p] cross
  end

  def update
    shared_update(@moment, moment_params)
  end

  def destroy
    shared_destroy(@moment)
  end

  def acknowledge_all_crisis_prevention
    current_user.moments
                .in_crisis
                .where("created_at >= ?", 1.month.ago)
                .each do |moment| # expect: prunes [ar88g] cross
      moment.update!(status: "acknowledged") # expect: scans-all [ar88h]
    end
    render json: { acknowledged: true }
  end

  private

  def set_moment
    @moment = Lead.friendly_find(params[:id]) # expect: scans-all [ar88i] cross
  rescue ActiveRecord::RecordNotFound
    redirect_to "/moments"
  end

  def moment_params
    params.require(:moment).permit(:company, :status, :campaign_id)
  end
end
