# The ticket statistics of a customer shown in the sidebar of a ticket.
class Lead::Stats
  attr_accessor :user_id, :current_user, :limit

  def initialize(current_user:, user_id: nil, limit: 100)
    @user_id = user_id
    @current_user = current_user
    @limit = limit
  end

  def list_stats_user
    user = User.lookup(id: user_id)
    return if !user

    result = {}
    conditions = {
      closed_ids: { "leads.status" => Lead.states_by_category(:closed), "leads.user_id" => user.id },
      open_ids: { "leads.status" => Lead.states_by_category(:open), "leads.user_id" => user.id }
    }
    conditions.each do |key, local_condition|
      result[key] = search_stats(local_condition)
    end

    result[:volume_by_year] = Service::Lead::Stats::Monthly.with_current_user(current_user).execute(conditions: { "leads.user_id" => user.id })
    result
  end

  def search_stats(condition)
    leads = Lead.search(limit: limit, condition: condition, current_user: current_user, sort_by: "created_at", order_by: "desc")
    ids_of_leads(leads)
  end

  private

  def ids_of_leads(leads)
    Array.wrap(leads).map(&:id) # expect: scans-all [ar53b] cross
  end
end
