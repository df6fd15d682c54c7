// The vocabulary the story and the rules share: every event, gate, list and source id.
// Ids are checked against these tables at build and test time. Imports nothing.

/** Who reported an event to the score. Every ledger line names one. */
export const SOURCES = [
  'bank',
  'court',
  'camera',
  'platform',
  'employer',
  'neighbourhood',
  'utility',
  'transport',
  'agency',
] as const;
export type SourceId = (typeof SOURCES)[number];

/** Lists a person can be put on. A list blocks gates regardless of score. */
export const LISTS = ['court_debtors'] as const;
export type ListId = (typeof LISTS)[number];

/** Everything the story can record. The regime decides what each one is worth. */
export const EVENTS = {
  bill_paid_on_time: { source: 'utility' },
  utility_bill_late: { source: 'utility' },
  loan_payment_late: { source: 'bank' },
  loan_repaid: { source: 'bank' },
  crossed_on_red: { source: 'camera' },
  camera_appeal_upheld: { source: 'camera' },
  fare_evaded: { source: 'transport' },
  post_flagged_rumour: { source: 'platform' },
  trust_perks_joined: { source: 'platform' },
  trust_perks_left: { source: 'platform' },
  contact_listed: { source: 'platform' },
  volunteered: { source: 'neighbourhood' },
  neighbour_reported: { source: 'neighbourhood' },
  report_declined: { source: 'neighbourhood' },
  blood_donated: { source: 'agency' },
  fraud_reported: { source: 'agency' },
  late_to_work: { source: 'employer' },
  employer_commendation: { source: 'employer' },
  guarantee_called: { source: 'bank' },
  commercial_fraud: { source: 'bank' },
  court_judgment_unpaid: { source: 'court' },
  court_judgment_settled: { source: 'court' },
  appeal_filed: { source: 'camera' },
  appeal_rejected: { source: 'camera' },
  guarantee_signed: { source: 'bank' },
  mortgage_repayment_on_time: { source: 'bank' },
  worship_registered: { source: 'neighbourhood' },
  worship_unregistered: { source: 'neighbourhood' },
  venue_records_refused: { source: 'neighbourhood' },
  civility_award: { source: 'neighbourhood' },
  liaison_joined: { source: 'agency' },
  assessment_filed: { source: 'agency' },
  collective_appeal_signed: { source: 'platform' },
  collective_appeal_upheld: { source: 'camera' },
  post_deleted_on_request: { source: 'platform' },
} as const satisfies Record<string, { source: SourceId }>;
export type EventId = keyof typeof EVENTS;

/** Doors the score opens or closes. */
export const GATES = [
  'loan_small',
  'mortgage',
  'rail_highspeed',
  'flight_domestic',
  'travel_abroad',
  'job_public_sector',
  'job_private_screening',
  'school_place',
  'services_fast_lane',
] as const;
export type GateId = (typeof GATES)[number];

export function isEventId(id: string): id is EventId {
  return Object.hasOwn(EVENTS, id);
}

export function isGateId(id: string): id is GateId {
  return (GATES as readonly string[]).includes(id);
}
