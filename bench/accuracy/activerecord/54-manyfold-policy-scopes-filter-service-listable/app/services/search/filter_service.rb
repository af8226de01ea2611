class Search::FilterService
  attr_reader :collection

  # List filters from the URL.
  def initialize(params)
    params = ActionController::Parameters.new(params) if params.is_a?(Hash)
    @filters = params.permit(:collection, :q, :owner, :status)
    @collection = Campaign.find_param(parameter(:collection)) if parameter(:collection).present? # expect: scans-all [ar54n] cross
  end

  def any?
    !@filters.empty?
  end

  def filtering_by?(key)
    parameter(key).present?
  end

  def parameter(key)
    @filters[key]
  end

  def models(scope)
    scope = scope.all
    scope = filter_by_owner(scope)
    scope = filter_by_collection(scope)
    scope = filter_by_status(scope)
    filter_by_search(scope, "leads.company")
  end

  def collections(scope)
    scope = filter_by_owner(scope)
    filter_by_search(scope, "campaigns.name")
  end

  private

  def filter_by_owner(scope)
    filtering_by?(:owner) ? scope.where(user_id: parameter(:owner)) : scope
  end

  def filter_by_collection(scope)
    case parameter(:collection)
    when nil
      scope
    when ""
      scope.where(campaign_id: nil)
    else
      scope.where(campaign_id: @collection.id)
    end
  end

  def filter_by_status(scope)
    filtering_by?(:status) ? scope.where(status: parameter(:status)) : scope
  end

  def filter_by_search(scope, column)
    filtering_by?(:q) ? scope.where("#{column} ILIKE ?", "%#{parameter(:q)}%") : scope
  end
end
