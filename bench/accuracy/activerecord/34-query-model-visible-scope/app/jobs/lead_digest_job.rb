class LeadDigestJob < ApplicationJob
  queue_as :mailers

  def perform(user_id)
    user = User.find(user_id)
    query = LeadQuery.new(user, from: 1.day.ago)
    query.base_scope.find_each do |lead| # expect: prunes [ar34e] cross
      LeadMailer.digest(lead).deliver_later
    end
  end
end
