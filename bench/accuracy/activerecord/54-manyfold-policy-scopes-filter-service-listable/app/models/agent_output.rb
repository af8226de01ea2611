# A file of a model: a mesh, an image, a converted render.
class AgentOutput < ApplicationRecord
  self.primary_key = :id

  belongs_to :lead

  scope :without_special, -> { where.not(kind: "special") }

  def image?
    kind == "image"
  end
end
