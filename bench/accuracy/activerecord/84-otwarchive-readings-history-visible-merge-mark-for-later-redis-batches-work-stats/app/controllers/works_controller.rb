class WorksController < ApplicationController
  before_action :load_work

  def show
    @readers_this_month = @work.readings.where(created_at: Time.current.all_month).count # expect: prunes [ar84n] cross
    @recent_readers = @work.readings.where(created_at: 30.days.ago..).order(created_at: :desc).limit(10).pluck(:user_id) # expect: prunes [ar84ab] cross
    @marked = current_user && @work.readings.to_read.where(user_id: current_user.id).exists? # expect: scans-all [ar84o] cross
  end

  def mark_for_later
    Lead.mark_to_read_later(@work, current_user, true) unless current_user.is_author_of?(@work)
    redirect_to "/works/#{@work.id}"
  end

  def mark_as_read
    Lead.mark_to_read_later(@work, current_user, false)
    redirect_to "/works/#{@work.id}"
  end

  private

  def load_work
    @work = Campaign.find(params[:id]) # expect: scans-all [ar84p]
  end
end
