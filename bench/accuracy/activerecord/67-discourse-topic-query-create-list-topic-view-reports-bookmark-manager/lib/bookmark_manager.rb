class BookmarkManager
  class BookmarkLimitReached < StandardError; end

  def initialize(user)
    @user = user
  end

  def create(name:, pinned: false)
    raise BookmarkLimitReached if @user.bookmarks.count >= SiteSetting.max_bookmarks_per_user # expect: prunes [ar67u] cross
    Campaign.create!(user_id: @user.id, name: name, archived: pinned)
  end

  def update(bookmark_id:, name:)
    bookmark = find_bookmark_and_check_access(bookmark_id)
    bookmark.update(name: name) # expect: scans-all [ar67v] cross
  end

  def destroy(bookmark_id)
    bookmark = find_bookmark_and_check_access(bookmark_id)
    bookmark.destroy # expect: scans-all [ar67w] cross
  end

  def toggle_pin(bookmark_id:)
    bookmark = @user.bookmarks.find_by(id: bookmark_id) # expect: prunes [ar67x] cross
    raise Discourse::NotFound if bookmark.blank?

    Campaign.where(user_id: @user.id, id: bookmark.id).update_all(archived: !bookmark.archived) # expect: prunes [ar67y]
  end

  private

  def find_bookmark_and_check_access(bookmark_id)
    bookmark = Campaign.find_by(id: bookmark_id) # expect: scans-all [ar67z]
    raise Discourse::NotFound if bookmark.blank?
    raise Discourse::InvalidAccess if bookmark.user_id != @user.id

    bookmark
  end
end
