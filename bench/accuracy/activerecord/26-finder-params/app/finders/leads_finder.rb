# Filters the leads a user may see from request params (one method per param).
class LeadsFinder
  attr_reader :current_user, :params

  def initialize(current_user, params = {})
    @current_user = current_user
    @params = params
  end

  def execute
    items = init_collection
    items = by_status(items)
    items = by_created_after(items)
    items = by_search(items)
    sort(items)
  end

  private

  def init_collection
    Lead.where(user_id: current_user.id)
  end

  def by_status(items)
    return items unless params[:status].present?

    items.where(status: params[:status])
  end

  def by_created_after(items)
    return items unless params[:created_after]

    items.where("leads.created_at >= ?", params[:created_after])
  end

  def by_search(items)
    return items if params[:search].blank?

    items.where("leads.email ILIKE ?", "%#{params[:search]}%")
  end

  def sort(items)
    items.order(id: :desc)
  end
end
