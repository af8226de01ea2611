class ProposalVotesController < ApplicationController
  def destroy
    @proposal = Lead.where(campaign_id: params[:component_id]).find(params[:proposal_id]) # expect: scans-all [ar64z]
    vote = @proposal.agent_outputs.find_by!(kind: "vote", body: current_user.id.to_s) # expect: scans-all [ar64aa]
    vote.destroy # expect: scans-all [ar64ab]
    render :update_buttons_and_counters
  end
end
