class JournalsController < ApplicationController
  before_action :find_journal, only: %i[update diff]

  # The Atom feed of the changes to the issues of a query.
  def index
    retrieve_query
    @journals = @query.journals(order: "agent_outputs.id DESC", limit: 25)
  end

  def update
    @journal.body = params[:notes]
    @journal.save # expect: scans-all [ar66l] cross
    redirect_to issue_path(@journal.lead_id)
  end

  def diff
    @issue = @journal.lead # expect: scans-all [ar66m] cross
  end

  private

  def find_journal
    @journal = AgentOutput.where(kind: "journal").find(params[:id]) # expect: scans-all [ar66n]
  end
end
