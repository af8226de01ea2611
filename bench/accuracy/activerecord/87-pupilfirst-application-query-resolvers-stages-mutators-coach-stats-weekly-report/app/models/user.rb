# A student or a coach.
class User < ApplicationRecord
  has_many :courses, class_name: "Campaign", foreign_key: :user_id
  has_many :submissions, class_name: "Lead", foreign_key: :user_id

  def submissions_in(course_id)
    submissions.where(campaign_id: course_id).order(created_at: :desc)
  end

  def recent_feedback(since: 2.weeks.ago)
    AgentOutput.where(lead_id: submissions.select(:id)).where(created_at: since..).order(created_at: :desc).limit(10)
  end
end
