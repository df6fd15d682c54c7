// A mandatory scheme extrapolated past documented practice, for the debrief's side-by-side replay: everyone
// enrolled, heavier deductions, smaller rewards, higher bars, the court list shuts every door. Imports only the model.

import { EVERYTHING_COUNTS, type Regime } from '../regime.ts';

const DEBTORS = ['court_debtors'] as const;

export const strictMandatory: Regime = {
  id: 'strict_mandatory',
  base: 1000,
  range: { min: 0, max: 1300 },
  // Every floor sits above Lanmen's; everyone starts ten points above A, so one real deduction drops you to B.
  tierFloors: { AAA: 1070, AA: 1040, A: 990, B: 920, C: 750 },
  events: {
    bill_paid_on_time: { delta: 2 },
    utility_bill_late: { delta: -40 },
    loan_payment_late: { delta: -30 },
    loan_repaid: { delta: 2 },
    mortgage_repayment_on_time: { delta: 2 },
    crossed_on_red: { delta: -50 },
    // An upheld appeal gives back what the camera took, no more.
    camera_appeal_upheld: { delta: 50 },
    fare_evaded: { delta: -30 },
    post_flagged_rumour: { delta: -80 },
    post_deleted_on_request: { delta: 5 },
    // Enrolment is compulsory; linking a platform account adds little, withdrawing it reads as non-cooperation.
    trust_perks_joined: { delta: 5 },
    trust_perks_left: { delta: -30 },
    contact_listed: { delta: -30 },
    volunteered: { delta: 5 },
    neighbour_reported: { delta: 5 },
    report_declined: { delta: -20 },
    blood_donated: { delta: 5 },
    fraud_reported: { delta: 5 },
    late_to_work: { delta: -10 },
    employer_commendation: { delta: 5 },
    guarantee_signed: { delta: 0 },
    guarantee_called: { delta: -50 },
    commercial_fraud: { delta: -100 },
    court_judgment_unpaid: { delta: -150, lists: DEBTORS },
    // Paying lifts the listing; the points lost stay lost.
    court_judgment_settled: { delta: 0, clears: DEBTORS },
    appeal_filed: { delta: 0 },
    // A rejected appeal is counted as a groundless complaint.
    appeal_rejected: { delta: -30 },
    worship_registered: { delta: 0 },
    worship_unregistered: { delta: -100 },
    venue_records_refused: { delta: -100 },
    civility_award: { delta: 10 },
    liaison_joined: { delta: 20 },
    assessment_filed: { delta: 3 },
    collective_appeal_signed: { delta: -50 },
    collective_appeal_upheld: { delta: 20 },
  },
  gates: {
    loan_small: { tier: 'A', blockedBy: DEBTORS },
    mortgage: { tier: 'AA', blockedBy: DEBTORS },
    rail_highspeed: { tier: 'B', blockedBy: DEBTORS },
    flight_domestic: { tier: 'A', blockedBy: DEBTORS },
    travel_abroad: { tier: 'AAA', blockedBy: DEBTORS },
    job_public_sector: { tier: 'AAA', blockedBy: DEBTORS },
    job_private_screening: { tier: 'A', blockedBy: DEBTORS },
    school_place: { tier: 'AA', blockedBy: DEBTORS },
    services_fast_lane: { tier: 'AA', blockedBy: DEBTORS },
  },
  ...EVERYTHING_COUNTS,
};
