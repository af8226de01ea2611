class BookmarksController < ApplicationController
  def index
    render json: BookmarkQuery.new(user: current_user, params: params).list_all
  end

  def create
    bookmark = BookmarkManager.new(current_user).create(name: params[:name], pinned: params[:pinned] == "true")
    render json: bookmark
  end

  def update
    BookmarkManager.new(current_user).update(bookmark_id: params[:id], name: params[:name])
    render json: { success: "OK" }
  end

  def destroy
    BookmarkManager.new(current_user).destroy(params[:id])
    render json: { success: "OK" }
  end

  def toggle_pin
    BookmarkManager.new(current_user).toggle_pin(bookmark_id: params[:bookmark_id])
    render json: { success: "OK" }
  end
end
