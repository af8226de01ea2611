class WeeklyDigestJob < ApplicationJob
  def perform
    User.find_each do |user|
      notes = DigestService.new(user).notes_for(user.followed_tags).to_a # expect: prunes [ar82ag] cross
      Rails.logger.info("digest #{user.id}: #{notes.size}")
    end
    Lead.where(status: "4").where("created_at < ?", 1.month.ago).update_all(status: "0") # expect: prunes [ar82ah]
  end
end
