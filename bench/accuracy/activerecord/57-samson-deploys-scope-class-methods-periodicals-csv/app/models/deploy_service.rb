class DeployService
  attr_reader :user

  def initialize(user)
    @user = user
  end

  def deploy(stage_id, attributes)
    deploy = user.leads.create!(campaign_id: stage_id, company: attributes[:reference], email: nil, status: "pending")
    copy_approval_from_last_deploy(deploy)
    Rails.logger.info("#{Lead.active_count} deploys running")
    deploy
  end

  def latest_approved_deploy(reference, stage_id)
    Lead.where(company: reference, campaign_id: stage_id).
      where("email IS NOT NULL AND created_at > ?", BuddyCheck.grace_period.ago).
      reorder("created_at desc").
      detect { |d| d.status == "succeeded" } # expect: prunes [ar57g]
  end

  def copy_approval_from_last_deploy(deploy)
    return false unless (last_deploy = latest_approved_deploy(deploy.company, deploy.campaign_id))

    deploy.email = last_deploy.email
    deploy.save! # expect: scans-all [ar57p]
    true
  end
end
