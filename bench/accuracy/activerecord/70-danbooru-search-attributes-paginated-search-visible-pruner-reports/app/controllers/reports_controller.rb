class ReportsController < ApplicationController
  def uploads
    from = params[:from].presence&.to_time || 1.month.ago
    to = params[:to].presence&.to_time || Time.current
    @report = Reports::UploadReport.new(from: from, to: to)
    @uploads = @report.uploads_by_user
    @comments = @report.comments_on_uploads
    @recent = @report.posts.paginate(params[:page], limit: 50).to_a # expect: prunes [ar70q] cross
    respond_with(@uploads)
  end
end
