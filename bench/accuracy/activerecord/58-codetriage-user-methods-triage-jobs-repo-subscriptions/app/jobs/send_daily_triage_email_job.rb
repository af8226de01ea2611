class SendDailyTriageEmailJob < UserBasedJob
  def perform(user, force_send: false)
    return false if !force_send && reason_for_skip(user)

    send_daily_triage!(user)
  end

  private

  def reason_for_skip(user)
    return "No subscriptions" if user.campaigns.empty? # expect: prunes [ar58g]
    return "Email backoff" if user.days_since_last_email < 1

    false
  end

  def send_daily_triage!(user)
    assignments = user.issue_assignments_to_deliver
    subscriptions = user.campaigns.order(Arel.sql("RANDOM()")).load # expect: prunes [ar58e]
    assignment_ids = assignments.pluck(:id) # expect: scans-all [ar58b] cross
    return if assignment_ids.empty?

    UserMailer.send_daily_triage(user_id: user.id, assignment_ids: assignment_ids, repos: subscriptions.map(&:name)).deliver_later
    assignments.update_all(status: "delivered") # expect: scans-all [ar58c] cross
  end
end
