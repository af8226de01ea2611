module ModelListable
  extend ActiveSupport::Concern

  included do
    include Filterable
    include Sortable
  end

  private

  def prepare_model_list
    @models = apply_sort_order(@models)

    page = params[:page] || 1
    @models = @models.page(page).per(helpers.pagination_settings["per_page"])

    # Load extra data
    @models = @models.includes(:campaign) # expect: scans-all [ar54a] cross
  end
end
