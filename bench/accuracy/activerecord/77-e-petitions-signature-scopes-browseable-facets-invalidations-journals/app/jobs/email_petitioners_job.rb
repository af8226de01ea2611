class EmailPetitionersJob < ApplicationJob
  def perform(petition_id, name)
    petition = Campaign.where(user_id: User.first.id).find(petition_id) # expect: prunes [ar77v]
    petition.signatures.need_emailing_for(name).find_each do |signature| # expect: scans-all [ar77w] cross
      signature.email_receipts.create!(kind: name, created_at: Time.current)
    end
  end
end
