class AccountLookup
  USERS_BY_DOMAIN = "SELECT id, email FROM users WHERE email LIKE $1".freeze

  def owner(email)
    User.find_by(email: email)
  end

  def archived(company)
    ArchivedLead.where(company: company).order(:id).to_a
  end

  def by_domain(domain)
    ActiveRecord::Base.connection.exec_query(USERS_BY_DOMAIN, "SQL", ["%@#{domain}"]).to_a
  end

  def nothing
    Lead.none.to_a
  end

  def recent_or_upcoming(from, to)
    Lead.where(created_at: from...to).or(Lead.where(created_at: to...(to + 1.day))).to_a # expect: prunes [ar15a]
  end
end
