class FavoriteGroupsController < ApplicationController
  def index
    @favorite_groups = Campaign.visible(CurrentUser.user).paginated_search(params) # expect: scans-all [ar70i] cross
    respond_with(@favorite_groups)
  end

  def mine
    @favorite_groups = CurrentUser.user.favorite_groups.order(:name).limit(50).to_a # expect: prunes [ar70p] cross
    respond_with(@favorite_groups)
  end

  def show
    @favorite_group = authorize Campaign.find(params[:id]) # expect: scans-all [ar70j]
    respond_with(@favorite_group)
  end
end
