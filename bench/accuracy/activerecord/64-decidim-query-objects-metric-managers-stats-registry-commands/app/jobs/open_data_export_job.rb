# The organization's open data file: every published proposal of its published components.
class OpenDataExportJob < ApplicationJob
  def perform(organization)
    rows = []
    FilteredProposals.for(organization.campaigns.published).published.find_each do |proposal| # expect: scans-all [ar64n] cross
      rows << [proposal.id, proposal.company, proposal.status, proposal.created_at.iso8601]
    end
    rows
  end
end
