module ModerateActions
  extend ActiveSupport::Concern

  def index
    @resources = @resources.send(@current_filter)
                           .send("sort_by_#{@current_order}")
                           .page(params[:page])
                           .per(50) # expect: scans-all [ar44b] cross
  end

  def moderate
    @resources = @resources.where(id: params[:resource_ids])

    if params[:hide_resources].present?
      @resources.each { |resource| hide_resource(resource) } # expect: scans-all [ar44c] cross
    end

    redirect_to request.query_parameters.merge(action: :index)
  end

  private

  def load_resources
    @resources = resource_model.where(user_id: current_user.id)
  end

  def hide_resource(resource)
    resource.hide
    Rails.logger.info("#{current_user.id} hid #{resource_model.name} #{resource.id}")
  end
end
