class DailySubmissionsDigestJob < ApplicationJob
  def perform
    Lead.created_today.only_public.group(:campaign_id).count # expect: prunes [ar74w] cross
  end
end
