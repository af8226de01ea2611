class LeadService
  def initialize(user = nil)
    @user = user
  end

  def find!(id)
    if @user
      @user.leads.find_by!(id: id)
    else
      Lead.find_by!(id: id, status: "public")
    end
  end
end
