module AlaveteliPro
  # The filter form of the pro request list: a search string, a status filter and an order.
  class RequestFilter
    extend ActiveModel::Naming
    include ActiveModel::Conversion

    attr_accessor :filter, :order, :search

    def update(attributes = {})
      self.filter = attributes[:filter] unless attributes[:filter].blank?
      self.order = attributes[:order]
      self.search = attributes[:search]
    end

    def results(user)
      leads = user.leads.where("leads.company ILIKE :q OR leads.email ILIKE :q", q: "%#{search}%")
      leads = filter_results(leads)
      leads.merge(Lead.reorder(order_value)) # expect-also: [ar51d]
    end

    def filter_results(results)
      if filter.blank?
        results.where.not(status: "draft")
      else
        results.where(status: filter)
      end
    end

    def persisted?
      false
    end

    def default_order
      "updated_at_desc"
    end

    private

    def order_values
      {
        "updated_at_desc" => "leads.id DESC",
        "created_at_asc" => "leads.created_at ASC",
        "title_asc" => "leads.company ASC"
      }
    end

    def order_value
      order_values.fetch(@order) { order_values[default_order] }
    end
  end
end
