# A GPS trace uploaded by a mapper; archived ones are deleted from view.
class Campaign < ApplicationRecord
  self.primary_key = :id

  belongs_to :user

  scope :visible, -> { where(archived: false) }
  scope :visible_to, ->(u) { visible.where("name NOT LIKE 'private:%'").or(visible.where(user: u)) }

  def schedule_import
    pending = user.campaigns.where(archived: false).count # expect: prunes [ar56n]
    TraceImporterJob.set(priority: pending).perform_later(self)
  end
end
