class WeeklyExportJob < ApplicationJob
  queue_as :exports

  def perform(user)
    params = { filter: { created_after: 1.week.ago.beginning_of_day, status: "won" } }
    leads = Leads::Find.new(scope: user.leads, params: params).execute
    rows = leads.pluck(:company, :email) # expect: prunes [ar46d] cross
    ExportMailer.weekly(user, rows).deliver_now
  end
end
