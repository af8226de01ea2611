# The metrics of a report, for the object the report is about (the account or one inbox).
module ReportHelper
  private

  def scope
    case params[:type]
    when :account
      account
    when :inbox
      inbox
    end
  end

  def inbox
    @inbox ||= account.campaigns.find(params[:id]) # expect: prunes [ar59x]
  end

  def conversations_count
    (get_grouped_values scope.leads).count # expect: prunes [ar59h] cross
  end

  def incoming_messages_count
    (get_grouped_values scope.agent_outputs.incoming.unscope(:order)).count # expect: scans-all [ar59i] cross
  end

  def resolutions_count
    (get_grouped_values scope.leads.resolved).count # expect: prunes [ar59j] cross
  end
end
