module Admin
  class WorkshopsController < ApplicationController
    before_action :set_workshop, only: %i[show invite destroy]

    def index
      @chapter = current_user.organised_chapters.find(params[:chapter_id]) # expect: prunes [ar81z] cross
      @workshops = @chapter.workshops.to_a # expect: scans-all [ar81aa] cross
    end

    def show
      @students = @workshop.invitations.to_students.accepted.to_a # expect: scans-all [ar81ab] cross
      @waiting = @workshop.waiting_list_count_for("Student")
      @coaches_attending = @workshop.attending_count("Coach")
    end

    def invite
      InvitationManager.new(@workshop).send_workshop_emails(User.where(id: params[:member_ids]), params[:role])
      redirect_to admin_workshop_path(@workshop)
    end

    def destroy
      @workshop.destroy # expect: scans-all [ar81ac] cross
      redirect_to admin_root_path
    end

    private

    def set_workshop
      @workshop = Lead.where(created_at: Time.zone.parse(params[:date]).all_day).find(params[:id]) # expect: prunes [ar81ad]
    end
  end
end
