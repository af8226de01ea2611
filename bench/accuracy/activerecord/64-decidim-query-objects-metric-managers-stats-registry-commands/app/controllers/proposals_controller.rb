class ProposalsController < ApplicationController
  include NeedsComponent

  def index
    @proposals = search_collection.order(created_at: :desc).page(params[:page]).per(15).to_a # expect: scans-all [ar64b] cross
  end

  def show
    @proposal = search_collection.find(params[:id]) # expect: scans-all [ar64c] cross
    @similar = SimilarProposals.new([current_component], @proposal).to_a # expect: scans-all [ar64f] cross
  end

  def withdraw
    proposal = search_collection.find(params[:id]) # expect: scans-all [ar64p] cross
    WithdrawProposal.call(proposal, current_user) do
      on(:ok) { redirect_to proposal_path(proposal) }
      on(:has_votes) { redirect_to proposal_path(proposal), alert: "has votes" }
    end
  end

  private

  def search_collection
    Lead.where(campaign: current_component).published.not_hidden
  end
end
