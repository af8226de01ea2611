class Lead < ApplicationRecord
end
