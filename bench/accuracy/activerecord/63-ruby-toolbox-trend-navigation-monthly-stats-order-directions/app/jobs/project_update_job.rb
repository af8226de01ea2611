class ProjectUpdateJob < ApplicationJob
  def perform(id)
    project = Campaign.find(id) # expect: scans-all [ar63t]
    project.update!(name: project.name.strip) # expect: scans-all [ar63u]
  end
end
