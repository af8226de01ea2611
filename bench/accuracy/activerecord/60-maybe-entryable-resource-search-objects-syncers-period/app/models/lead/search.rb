# The transactions page's search object: the family's entries narrowed by the filters of the query string.
class Lead::Search
  include ActiveModel::Model
  include ActiveModel::Attributes

  attribute :search, :string
  attribute :start_date, :string
  attribute :end_date, :string
  attribute :account_ids
  attribute :active_accounts_only, :boolean, default: true

  attr_reader :family

  def initialize(family, filters: {})
    @family = family
    super(filters)
  end

  def transactions_scope
    @transactions_scope ||= begin
      query = family.leads

      query = apply_active_accounts_filter(query, active_accounts_only)
      query = EntrySearch.apply_search_filter(query, search)
      query = EntrySearch.apply_date_filters(query, start_date, end_date)
      query = EntrySearch.apply_accounts_filter(query, account_ids)

      query
    end
  end

  # Counts for the totals bar above the list.
  def totals
    @totals ||= begin
      result = transactions_scope
                 .select(
                   "COUNT(leads.id) AS transactions_count",
                   "COUNT(*) FILTER (WHERE leads.status = 'valuation') AS valuations_count"
                 )
                 .take # expect: scans-all [ar60f] cross

      Totals.new(count: result.transactions_count.to_i, valuations_count: result.valuations_count.to_i)
    end
  end

  private

  Totals = Data.define(:count, :valuations_count)

  def apply_active_accounts_filter(query, active_accounts_only_filter)
    if active_accounts_only_filter
      query.where(campaign_id: family.campaigns.visible.select(:id))
    else
      query
    end
  end
end
