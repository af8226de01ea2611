class LeadService
  def initialize(user = nil)
    @user = user
  end

  def find!(id)
    if @user
      @user.leads.find_by!(id: id) # expect: scans-all [ar45g]
    else
      Lead.find_by!(id: id, status: "public") # expect: scans-all [ar45j]
    end
  end
end
