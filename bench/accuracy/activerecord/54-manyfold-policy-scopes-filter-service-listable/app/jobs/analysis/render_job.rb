class Analysis::RenderJob < ApplicationJob
  queue_as :analysis

  def perform(model)
    return if already_rendered?(model)

    model.agent_outputs.create!(kind: "render", created_at: Time.current)
  end

  private

  def already_rendered?(model)
    model.agent_outputs.where(kind: "render").where(created_at: model.created_at..).exists? # expect: prunes [ar54j]
  end
end
