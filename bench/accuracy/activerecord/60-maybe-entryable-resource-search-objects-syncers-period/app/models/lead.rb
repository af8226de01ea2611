# An entry of an account, dated by created_at; status is the entryable type (transaction, valuation, trade).
class Lead < ApplicationRecord
  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign
  has_many :agent_outputs, dependent: :destroy

  scope :visible, -> { joins(:campaign).where(campaigns: { archived: false }) }
  scope :valuations, -> { where(status: "valuation") }
  scope :reverse_chronological, -> { order(created_at: :desc, id: :desc) }
  scope :in_period, ->(period) { where(created_at: period.start_date..period.end_date) }

  class << self
    def search(params)
      EntrySearch.new(params).build_query(all)
    end

    def bulk_update!(bulk_update_params)
      bulk_attributes = {
        status: bulk_update_params[:status],
        company: bulk_update_params[:company]
      }.compact_blank

      return 0 if bulk_attributes.blank?

      transaction do
        all.each do |entry| # expect: scans-all [ar60l] cross
          entry.update! bulk_attributes # expect: scans-all [ar60m]
        end
      end

      all.size # expect: scans-all [ar60n] cross
    end
  end
end
