module Courses
  class DailyDigestJob < ApplicationJob
    def perform
      Campaign.live.find_each do |course| # expect: scans-all [ar87w] cross
        count = course.submissions.pending_review.where(created_at: 1.day.ago..).count # expect: prunes [ar87x] cross
        CoachMailer.with(course: course, count: count).daily_digest.deliver_later if count.positive?
      end
    end
  end
end
