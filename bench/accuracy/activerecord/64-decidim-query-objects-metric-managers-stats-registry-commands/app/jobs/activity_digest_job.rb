# The daily digest e-mail: what was published in the organization during the last day.
class ActivityDigestJob < ApplicationJob
  def perform(organization)
    logs = AgentOutput.where(kind: "publish").where(created_at: time_frame).order(created_at: :desc).limit(100).to_a # expect: prunes [ar64o] cross
    DigestMailer.with(organization: organization, logs: logs).daily.deliver_later
  end

  private

  def time_frame
    1.day.ago..Time.current
  end
end
