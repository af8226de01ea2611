const { SearchLead } = require('./models/SearchLead');

async function recent() {
  return SearchLead.query().recent(3); // expect: prunes [ob18a] cross
}

async function company(name) {
  return SearchLead.query().ofCompany(name).limit(20); // expect: scans-all [ob18b] cross
}

module.exports = { recent, company };
