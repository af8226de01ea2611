export enum Sort {
  DateNewestFirst,
  DateOldestFirst,
  CompanyAZ,
}

export interface LeadRequestQuery {
  sort: Sort;
  cursor?: bigint;
  status?: string;
  since?: Date;
  searchQueryString?: string;
  searchByCompany?: boolean;
  searchByEmail?: boolean;
}
