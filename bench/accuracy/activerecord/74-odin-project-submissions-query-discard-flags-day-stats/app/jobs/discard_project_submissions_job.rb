class DiscardProjectSubmissionsJob < ApplicationJob
  def perform
    Lead.discardable.find_each(&:discard) # expect: prunes [ar74v] cross
  end
end
