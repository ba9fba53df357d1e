export interface NumberCountersTable {
  centre_id: string;
  series: string;
  year: number;
  last_value: number;
}

export interface NumberingTables {
  number_counters: NumberCountersTable;
}
