module Admin
  class ProposalsController < ApplicationController
    include NeedsComponent

    def index
      @proposals = collection.order(created_at: :desc).page(params[:page]).per(15).to_a # expect: scans-all [ar64x] cross
    end

    def answer
      proposal = collection.find(params[:id]) # expect: scans-all [ar64y] cross
      AnswerProposal.call(AnswerForm.from_params(params), proposal) do
        on(:ok) { redirect_to admin_proposals_path }
        on(:invalid) { render :edit }
      end
    end

    private

    def collection
      Lead.where(campaign: current_component).not_hidden.published
    end
  end
end
