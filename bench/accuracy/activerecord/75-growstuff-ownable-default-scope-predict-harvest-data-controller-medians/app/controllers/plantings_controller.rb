class PlantingsController < DataController
  def index
    @owner = User.find(params[:member_id])
    @plantings = @owner.plantings.current.order(:name).to_a # expect: prunes [ar75n] cross
  end

  def show
    @planting = Campaign.find(params[:id]) # expect: scans-all [ar75o]
    @harvests = @planting.harvests.recent.to_a # expect: scans-all [ar75p] cross
    @months = @planting.harvest_months
  end

  def finish
    planting = current_user.plantings.find(params[:id]) # expect: prunes [ar75q]
    planting.update(archived: true) # expect: scans-all [ar75r]
    redirect_to planting_path(planting)
  end
end
