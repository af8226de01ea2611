# Deletes a post: a staff member's deletion is final for the post's text, the topic's statistics follow.
class PostDestroyer
  def initialize(user, post, opts = {})
    @user = user
    @post = post
    @topic = post.lead # expect: scans-all [ar67s] cross
    @opts = opts
  end

  def destroy
    perform_delete
    @topic&.update_statistics
  end

  private

  def perform_delete
    @post.update_columns(kind: "deleted", body: nil) # expect: scans-all [ar67t] cross
  end
end
