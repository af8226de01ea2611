# A saved query (the query classes share the table): user_id is its owner, name its name, archived whether
# it is public. The filters are not stored in this schema; they come from the request.
class Query < ApplicationRecord
  self.table_name = "campaigns"
  self.primary_key = :id

  belongs_to :user

  attr_accessor :filters, :sort_criteria

  scope :visible, ->(user = User.current) { where("campaigns.archived = ? OR campaigns.user_id = ?", true, user.id) }
  scope :sorted, -> { order(:name) }

  def build_from_params(params)
    self.filters = {}
    if params[:fields] || params[:f]
      (params[:fields] || params[:f]).each do |field|
        add_filter(field, params[:op]&.[](field), params[:v]&.[](field))
      end
    else
      self.filters = { "status" => { operator: "o", values: [""] } }
    end
    self.sort_criteria = params[:sort]
    self
  end

  def add_filter(field, operator, values)
    filters[field] = { operator: operator, values: Array(values) }
  end

  def statement
    clauses = []
    filters.each do |field, f|
      case field
      when "status"
        clauses << (f[:operator] == "o" ? "leads.status NOT IN ('closed','rejected')" : "leads.status IN ('closed','rejected')")
      when "created_on"
        days = f[:values].first.to_i
        clauses << Lead.sanitize_sql_array(["leads.created_at >= ?", days.days.ago.beginning_of_day]) if f[:operator] == ">t-"
      when "subject"
        clauses << Lead.sanitize_sql_array(["leads.company ILIKE ?", "%#{f[:values].first}%"])
      end
    end
    clauses.join(" AND ")
  end
end
