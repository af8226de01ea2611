class LessonProjectSubmissionsQuery
  def initialize(lesson_id:, current_user:, limit: nil)
    @lesson_id = lesson_id
    @current_user = current_user
    @limit = limit
  end

  def current_user_submission
    return if current_user.nil?

    current_user.project_submissions.not_removed_by_admin.find_by(campaign_id: lesson_id) # expect: scans-all [ar74f] cross
  end

  def public_submissions
    Lead.where(campaign_id: lesson_id)
        .only_public
        .where.not(user_id: current_user&.id)
        .includes(:user)
        .order(created_at: :desc)
        .limit(limit)
  end

  private

  attr_reader :lesson_id, :limit, :current_user
end
