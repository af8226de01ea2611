class Api::V1::AgentOutputsController < Api::V1::SnorlaxBase
  def index
    lead = current_user.leads.find_by!(id: params[:lead_id], created_at: params[:lead_created_at]) # expect: prunes [ar43h]
    self.collection = lead.agent_outputs.within(lead.created_at, params[:until]).replies.order(:created_at).to_a # expect: prunes [ar43f]
    self.collection_count = collection.size
    respond_with_collection
  end
end
