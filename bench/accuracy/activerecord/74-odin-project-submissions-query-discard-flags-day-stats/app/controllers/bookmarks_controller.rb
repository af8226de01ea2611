class BookmarksController < ApplicationController
  def create
    bookmark = current_user.bookmarks.find_by(name: params[:lesson]) # expect: prunes [ar74o]
    bookmark ||= current_user.bookmarks.create!(name: params[:lesson])
    render json: bookmark
  end

  def destroy
    bookmark = current_user.bookmarks.find(params[:id]) # expect: prunes [ar74p]
    bookmark.update!(archived: true) # expect: scans-all [ar74q]
    head :no_content
  end
end
