SELECT * FROM leads WHERE company = 'Microsoft';
SELECT * FROM campaigns WHERE user_id = 42;
