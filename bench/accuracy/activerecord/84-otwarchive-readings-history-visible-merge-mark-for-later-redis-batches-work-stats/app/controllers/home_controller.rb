class HomeController < ApplicationController
  NUMBER_OF_ITEMS_VISIBLE_ON_HOMEPAGE = 5

  def index
    return unless current_user

    @marked_for_later = Rails.cache.fetch("v1/home/index/#{current_user.id}/home_marked_for_later") do
      current_user.readings.visible.to_read.order("created_at DESC").limit(NUMBER_OF_ITEMS_VISIBLE_ON_HOMEPAGE).to_a # expect: scans-all [ar84q] cross
    end
    @recently_read = recently_read(current_user).to_a # expect: prunes [ar84r] cross
    @read_this_year = current_user.readings.where(created_at: Time.current.all_year).count # expect: prunes [ar84ac] cross
    @my_works = current_user.works.visible_to_registered_user.order(:name).limit(5).to_a # expect: prunes [ar84s] cross
  end

  private

  def recently_read(user)
    Lead.where(user_id: user.id).where(created_at: 1.month.ago..).order(created_at: :desc).limit(NUMBER_OF_ITEMS_VISIBLE_ON_HOMEPAGE)
  end
end
