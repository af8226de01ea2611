class ReindexJob < ApplicationJob
  def perform(term)
    Lead.matching(term).find_each { |lead| SearchIndex.push(lead) } # expect: scans-all [ar21a] cross
    Lead.matching_since(term, 1.day.ago).find_each { |lead| SearchIndex.push(lead) } # expect: prunes [ar21b] cross
  end
end
