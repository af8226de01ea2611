# Snapshots the registration states every Sunday night.
class RegistrationDistributionJob < ApplicationJob
  def perform
    Campaign.write_registration_distribution
  end
end
