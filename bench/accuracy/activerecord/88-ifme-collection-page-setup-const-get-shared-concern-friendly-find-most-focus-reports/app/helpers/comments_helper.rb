module CommentsHelper
  def show_with_comments(subject)
    @comments = comments_for(subject).to_a # expect: scans-all [ar88q] cross
    @no_hide_page = true
  end

  private

  def comments_for(subject)
    kinds = subject.user_id == current_user.id ? %w[all private] : %w[all]
    AgentOutput.where(lead_id: subject.id).where(kind: kinds).order(created_at: :desc)
  end
end
