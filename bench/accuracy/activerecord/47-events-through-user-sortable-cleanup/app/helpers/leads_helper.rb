module LeadsHelper
  def recent_output_count(lead)
    count = lead.agent_outputs.recent.count # expect: prunes [ar47j] cross
    count.zero? ? "none today" : pluralize(count, "output")
  end
end
