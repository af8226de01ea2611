class SubmissionsDashboardController < ApplicationController
  PER_PAGE = 20

  def index
    submissions = Submissions::Filter.call(current_account.submissions.active, current_account, params)
    submissions = Submissions.search(submissions, params[:q])
    @total = submissions.count # expect: scans-all [ar79i] cross
    @submissions = submissions.order(id: :desc).offset(page_offset).limit(PER_PAGE).to_a # expect: scans-all [ar79j] cross
    @usage = Submissions.count_this_month(current_account)
  end

  private

  def page_offset
    ([params[:page].to_i, 1].max - 1) * PER_PAGE
  end
end
