# The bookmarks page of a user: pinned first, then newest.
class BookmarkQuery
  def initialize(user:, params: {})
    @user = user
    @params = params
    @limit = (params[:limit] || 20).to_i
  end

  def list_all
    results = @user.bookmarks.order(archived: :desc, id: :desc)
    results = results.where("name ILIKE ?", "%#{@params[:q]}%") if @params[:q].present?
    results = results.where("id < ?", @params[:before_id]) if @params[:before_id].present?
    results.limit(@limit).to_a # expect: prunes [ar67aa] cross
  end
end
