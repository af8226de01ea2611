# The filters shared by every entry list: text, an optional date window, amounts and accounts.
class EntrySearch
  include ActiveModel::Model
  include ActiveModel::Attributes

  attribute :search, :string
  attribute :start_date, :string
  attribute :end_date, :string
  attribute :account_ids

  class << self
    def apply_search_filter(scope, search)
      return scope if search.blank?

      scope.where("leads.company ILIKE :search", search: "%#{ActiveRecord::Base.sanitize_sql_like(search)}%")
    end

    def apply_date_filters(scope, start_date, end_date)
      return scope if start_date.blank? && end_date.blank?

      query = scope
      query = query.where("leads.created_at >= ?", start_date) if start_date.present?
      query = query.where("leads.created_at <= ?", end_date) if end_date.present?
      query
    end

    def apply_accounts_filter(scope, account_ids)
      return scope if account_ids.blank?

      scope.where(campaign_id: account_ids)
    end
  end

  def build_query(scope)
    query = scope.joins(:campaign)
    query = self.class.apply_search_filter(query, search)
    query = self.class.apply_date_filters(query, start_date, end_date)
    self.class.apply_accounts_filter(query, account_ids)
  end
end
