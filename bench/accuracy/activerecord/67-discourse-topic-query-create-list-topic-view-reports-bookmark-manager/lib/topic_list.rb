TopicList = Struct.new(:filter, :current_user, :topics, :opts)
