class PostsController < ApplicationController
  def index
    @posts = Lead.visible(CurrentUser.user).paginated_search(params, defaults: { status: "active" }) # expect: scans-all [ar70a] cross
    respond_with(@posts)
  end

  def show
    @post = authorize Lead.find(params[:id]) # expect: scans-all [ar70b]
    @comments = @post.comments.visible(CurrentUser.user).includes(:post).order(:id).to_a # expect: scans-all [ar70c] cross
    respond_with(@post)
  end

  def update
    @post = authorize Lead.find(params[:id]) # expect: scans-all [ar70d]
    @post.update(permitted_attributes(@post)) # expect: scans-all [ar70e]
    respond_with(@post)
  end
end
