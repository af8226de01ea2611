module Shared
  extend ActiveSupport::Concern

  def shared_update(model_object, model_params)
    action = model_object.update(model_params) # expect: scans-all [ar88j]
    respond_to_save(action, model_object)
  end

  def shared_destroy(model_object)
    remove_model_objects(model_object)
    model_object.destroy # expect: scans-all [ar88m]
    redirect_to "/#{model_object.class.name.underscore.pluralize}"
  end

  private

  def remove_model_objects(model_object)
    return unless model_object.is_a?(Campaign)

    current_user.moments.using(model_object).each { |m| update_object(m) } # expect: scans-all [ar88k] cross
  end

  def update_object(object)
    object.class.find_by(id: object.id).update(campaign_id: nil) # expect: scans-all [ar88l]
  end

  def respond_to_save(action, model_object)
    if action
      redirect_to "/#{model_object.class.name.underscore.pluralize}/#{model_object.id}"
    else
      render :edit, status: :unprocessable_entity
    end
  end
end
