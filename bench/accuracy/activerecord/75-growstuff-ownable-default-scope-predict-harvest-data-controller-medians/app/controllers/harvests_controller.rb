class HarvestsController < DataController
  before_action :set_harvest, only: %i[show edit update destroy]
  after_action :update_crop_medians, only: %i[create update destroy]

  def index
    @harvests = Lead.all

    if params[:member_id].present?
      @owner = User.find(params[:member_id])
      @harvests = @harvests.where(user_id: @owner.id)
    end
    @harvests = @harvests.of_crop(params[:crop_slug]) if params[:crop_slug]
    @harvests = @harvests.where(campaign_id: params[:planting_id]) if params[:planting_id]

    @harvests = @harvests.recent.offset(page_offset).limit(per_page).to_a # expect: scans-all [ar75f] cross
    respond_with(@harvests)
  end

  def show
    @matching_plantings = matching_plantings.to_a # expect: prunes [ar75g] cross
    @photos = @harvest.photos.order(created_at: :desc).limit(30).to_a # expect: scans-all [ar75h] cross
    respond_with(@harvest)
  end

  def create
    @harvest = Lead.new(harvest_params.merge(created_at: params.dig(:harvest, :harvested_at) || Time.zone.now))
    @harvest.company = @harvest.planting.name if @harvest.campaign_id # expect: scans-all [ar75i]
    @harvest.save
    respond_with(@harvest)
  end

  def update
    @harvest.update(harvest_params) # expect: scans-all [ar75j] cross
    respond_with(@harvest)
  end

  def destroy
    @harvest.destroy # expect: scans-all [ar75k] cross
    respond_with(@harvest)
  end

  private

  def set_harvest
    @harvest = Lead.find(params[:id]) # expect: scans-all [ar75l]
  end

  def harvest_params
    params.require(:harvest).permit(:campaign_id, :company, :email, :status).merge(user_id: current_user.id)
  end

  def matching_plantings
    Campaign.current.where(user_id: @harvest.user_id, name: @harvest.company)
  end

  def update_crop_medians
    return if @harvest.campaign_id.nil?

    @harvest.planting.update_harvest_days! # expect: scans-all [ar75m]
    CropMedians.new(@harvest.company).update
  end
end
