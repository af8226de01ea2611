module AuthorizeViewSubmissions
  include ActiveSupport::Concern

  def authorized?
    return false if current_user.blank? || submission.blank?

    submission.user_id == current_user.id || current_user.courses.exists?(id: submission.campaign_id) # expect: prunes [ar87m]
  end
end
