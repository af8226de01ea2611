module Submissions
  module_function

  def search(submissions, keyword)
    return submissions if keyword.blank?

    submissions.where("leads.email ILIKE :q OR leads.company ILIKE :q", q: "%#{keyword}%")
  end

  def count_this_month(account)
    account.submissions.where(created_at: Time.current.beginning_of_month..).count # expect: prunes [ar79a]
  end

  def send_signature_requests(submissions)
    submissions.each do |submission|
      submission.submission_events.create!(kind: "send_email", created_at: Time.current)
      submission.update!(status: "pending") # expect: scans-all [ar79b]
    end
  end
end
