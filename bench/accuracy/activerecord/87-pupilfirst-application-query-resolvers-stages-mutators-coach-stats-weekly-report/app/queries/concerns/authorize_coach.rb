module AuthorizeCoach
  include ActiveSupport::Concern

  def authorized?
    return false if current_user.blank? || course.blank?

    current_user.courses.exists?(id: course.id) # expect: prunes [ar87a]
  end
end
