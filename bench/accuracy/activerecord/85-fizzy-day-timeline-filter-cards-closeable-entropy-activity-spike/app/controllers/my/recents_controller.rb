# "My recent cards": the last thirty days of cards, and what was closed this week.
class My::RecentsController < ApplicationController
  def show
    recent = Filter.new(creator: Current.user, creation: "last_30_days")
    @recent = recent.cards.order(created_at: :desc).limit(20).to_a # expect: prunes [ar85ac] cross
    @closed_this_week = Filter.new(creator: Current.user, creation: "this_week", indexed_by: "closed").cards.count # expect: prunes [ar85ad] cross
    @drafts = Current.user.drafts_count
  end
end
