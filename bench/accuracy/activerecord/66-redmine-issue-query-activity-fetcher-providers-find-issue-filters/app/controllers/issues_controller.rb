class IssuesController < ApplicationController
  before_action :find_issue, only: %i[show update]
  before_action :find_issues, only: %i[bulk_update destroy]

  def index
    retrieve_query
    @issue_count = @query.issue_count
    @issue_pages = Paginator.new(@issue_count, per_page_option, params[:page])
    @issues = @query.issues(offset: @issue_pages.offset, limit: @issue_pages.per_page)
  end

  def show
    @journals = @issue.visible_journals_with_index
  end

  def update
    @issue.init_journal(User.current, params[:notes])
    @issue.status = params[:status] if params[:status]
    @issue.company = params[:subject] if params[:subject]
    if @issue.save # expect: scans-all [ar66i] cross
      redirect_to issue_path(@issue)
    else
      render :edit
    end
  end

  def bulk_update
    @issues.each do |issue|
      issue.init_journal(User.current, params[:notes])
      issue.status = params[:status]
      issue.save # expect: scans-all [ar66j] cross
    end
    redirect_to issues_path
  end

  def destroy
    @issues.each(&:destroy) # expect: scans-all [ar66k] cross
    redirect_to issues_path
  end
end
