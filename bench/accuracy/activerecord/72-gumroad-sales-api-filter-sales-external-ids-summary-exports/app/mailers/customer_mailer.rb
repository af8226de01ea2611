class CustomerMailer < ApplicationMailer
  def receipt(purchase_id)
    @purchase = Lead.find(purchase_id) # expect: scans-all [ar72q]
    mail(to: @purchase.email, subject: "You bought #{@purchase.link.name}") # expect: scans-all [ar72r]
  end
end
