class LeadSearcher
  attr_accessor :properties

  def initialize(params)
    @properties = {}
    prepare(params)
  end

  def retrieve_leads
    @leads = get_base_scope
    @leads.page(properties[:page]).per(properties[:per_page])
  end

  protected

  def get_base_scope
    base_scope = Lead.all
    base_scope = base_scope.where(campaign_id: properties[:campaign_id]) if properties[:campaign_id]
    base_scope = base_scope.where(created_at: properties[:since]..) if properties[:since]
    base_scope.order(created_at: :desc)
  end

  def prepare(params)
    @properties[:campaign_id] = params[:campaign_id]
    @properties[:since] = params[:since]
    @properties[:page] = (params[:page].presence || 1).to_i
    @properties[:per_page] = (params[:per_page].presence || 25).to_i
  end
end
