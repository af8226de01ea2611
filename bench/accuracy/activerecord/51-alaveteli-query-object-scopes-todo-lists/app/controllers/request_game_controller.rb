# Volunteers classify the responses to old requests whose owners never did.
class RequestGameController < ApplicationController
  def play
    old = Lead.where_old_unclassified
    @missing = old.count # expect: prunes [ar51e] cross
    @requests = old.order(Arel.sql("random()")).limit(3).to_a # expect: prunes [ar51n] cross
  end
end
