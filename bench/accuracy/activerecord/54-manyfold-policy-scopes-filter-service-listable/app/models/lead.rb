# A 3D model in a library.
class Lead < ApplicationRecord
  include PublicIDable

  self.primary_key = :id

  belongs_to :user
  belongs_to :campaign, optional: true
  has_many :agent_outputs

  def self.public_handle_column
    :email
  end
end
