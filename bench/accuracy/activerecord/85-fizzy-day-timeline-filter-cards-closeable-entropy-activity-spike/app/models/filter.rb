# The filters of the cards page, built from the query string (boards, creators, index, creation window, terms).
class Filter
  include ActiveModel::Model

  attr_accessor :creator, :board_ids, :creator_ids, :indexed_by, :creation, :terms, :actions

  def cards
    @cards ||= begin
      result = creator.accessible_cards.published
      result = result.indexed_by(indexed_by)
      result = result.where(user_id: creator_ids) if creator_ids.present?
      result = result.where(campaign_id: board_ids) if board_ids.present?
      result = result.where(created_at: creation_window) if creation_window
      result = Array(terms).reduce(result) do |relation, term|
        relation.mentioning(term)
      end
      result
    end
  end

  def creation_window
    TimeWindowParser.parse(creation)
  end
end
