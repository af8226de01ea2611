class Api::V1::LeadsController < Api::V1::SnorlaxBase
  def index
    instantiate_collection do |collection|
      LeadQuery.filter(chain: collection, params: params)
    end
    respond_with_collection
  end

  def close
    service.close(lead: load_resource, actor: current_user)
    respond_with_resource
  end

  private

  def accessible_records
    LeadQuery.visible_to(user: current_user)
  end

  def valid_orders
    ["created_at", "created_at DESC"]
  end
end
