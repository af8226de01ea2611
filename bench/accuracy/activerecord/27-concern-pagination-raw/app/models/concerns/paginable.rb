# Keyset pagination by id, shared by the timeline models.
module Paginable
  extend ActiveSupport::Concern

  included do
    scope :paginate_by_max_id, ->(limit, max_id = nil, since_id = nil) {
      query = order(id: :desc).limit(limit)
      query = query.where(id: ...max_id) if max_id.present?
      query = query.where("#{table_name}.id > ?", since_id) if since_id.present?
      query
    }
  end
end
