module Sortable
  extend ActiveSupport::Concern

  private

  def apply_sort_order(models)
    case session["order"]
    when "recent"
      models.order(created_at: :desc)
    else
      models.order(company: :asc)
    end
  end
end
