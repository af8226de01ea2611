# The CSV export of a month's submissions, the month the user picks.
class ExportController < ApplicationController
  def submissions
    month = params[:month].present? ? Date.parse(params[:month]) : Date.current
    filters = { "created_at_from" => month.beginning_of_month.to_s, "created_at_to" => month.end_of_month.to_s,
                "status" => params[:status] }
    rows = Submissions::Filter.call(current_account.submissions, current_account, filters).to_a # expect: prunes [ar79r] cross
    send_data rows.map { |row| [row.id, row.email, row.status].join(",") }.join("\n"), filename: "submissions.csv"
  end
end
