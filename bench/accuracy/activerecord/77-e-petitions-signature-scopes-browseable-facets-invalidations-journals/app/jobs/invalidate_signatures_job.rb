# Runs an invalidation over the last week's signatures, the window the moderators agreed on.
class InvalidateSignaturesJob < ApplicationJob
  def perform(email)
    matcher = InvalidationMatcher.new(email: email, created_after: 7.days.ago)
    matcher.matching_signatures.update_all(status: "invalidated") # expect: prunes [ar77u] cross
  end
end
