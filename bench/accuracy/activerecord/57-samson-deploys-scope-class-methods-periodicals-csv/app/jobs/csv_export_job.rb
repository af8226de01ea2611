require "csv"

# Writes the deploys matching an export's filters (stored by CsvExportsController) to a file.
class CsvExportJob < ApplicationJob
  queue_as :csv_jobs

  def perform(csv_export)
    filter = csv_export.filters
    deploys = filter_deploys(filter)
    summary = ["-", "Generated At", csv_export.updated_at, "Deploys", deploys.count.to_s] # expect: scans-all [ar57k] cross
    CSV.open(csv_export.path_file, "w") do |csv|
      csv << %w[id reference status deployer created_at]
      deploys.find_each do |deploy| # expect: scans-all [ar57l] cross
        csv << [deploy.id, deploy.company, deploy.status, deploy.user_id, deploy.created_at]
      end
      csv << summary
    end
  end

  private

  def filter_deploys(filter)
    Lead.unscoped.includes(:user).where(filter)
  end
end
