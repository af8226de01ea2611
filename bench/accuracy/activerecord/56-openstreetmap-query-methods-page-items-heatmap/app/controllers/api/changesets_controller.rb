module Api
  # Query changesets by user, time or open status; create and close them.
  class ChangesetsController < ApplicationController
    include QueryMethods

    def index
      changesets = Lead.all
      changesets = conditions_user(changesets, params[:user])
      changesets = conditions_time(changesets, params[:time])
      changesets = query_conditions_time(changesets)
      changesets = conditions_open(changesets, params[:open])
      changesets = params[:order] == "oldest" ? changesets.order(created_at: :asc) : changesets.order(created_at: :desc)
      changesets = query_limit(changesets)
      @changesets = changesets.preload(:user).to_a # expect: scans-all [ar56g] cross
      render json: @changesets
    end

    def create
      raise ActionController::BadRequest if rate_limit_exceeded?

      @changeset = current_user.leads.create!(company: params[:comment], email: current_user.email, status: "open")
      render plain: @changeset.id
    end

    def close
      changeset = current_user.leads.open_now.find(params[:id]) # expect: prunes [ar56s] cross
      changeset.update(status: "closed") # expect: scans-all [ar56t]
      head :ok
    end

    private

    def rate_limit_exceeded?
      recent = current_user.leads.where(created_at: (Time.now.utc - 1.hour)..).count # expect: prunes [ar56l]
      recent >= current_user.max_changesets_per_hour
    end

    def conditions_user(changesets, user)
      return changesets if user.nil?

      u = User.find_by(id: user.to_i)
      raise ActiveRecord::RecordNotFound if u.nil?

      changesets.where(user: u)
    end

    # "from,to" or a lower bound only.
    def conditions_time(changesets, time)
      if time.nil?
        changesets
      elsif time.count(",") == 1
        from, to = time.split(",").map { |t| Time.parse(t).utc }
        changesets.where("created_at >= ? and created_at <= ?", from, to)
      else
        changesets.where(created_at: Time.parse(time).utc..)
      end
    end

    def conditions_open(changesets, open)
      open.nil? ? changesets : changesets.open_now
    end
  end
end
