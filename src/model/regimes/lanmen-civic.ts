// The municipal points scheme the story is set under, modelled on Rongcheng-style pilots:
// a 1,000-point start, A/AA/AAA grades, deductions for arrears and violations. Imports only the model.

import type { Regime } from '../regime';

const DEBTORS = ['court_debtors'] as const;

export const lanmenCivic: Regime = {
  id: 'lanmen_civic',
  base: 1000,
  range: { min: 0, max: 1300 },
  tierFloors: { AAA: 1050, AA: 1030, A: 960, B: 850, C: 600 },
  events: {
    bill_paid_on_time: { delta: 5 },
    utility_bill_late: { delta: -20 },
    loan_payment_late: { delta: -10 },
    loan_repaid: { delta: 5 },
    crossed_on_red: { delta: -20 },
    camera_appeal_upheld: { delta: 20 },
    fare_evaded: { delta: -10 },
    post_flagged_rumour: { delta: -30 },
    trust_perks_joined: { delta: 20 },
    trust_perks_left: { delta: -20 },
    contact_listed: { delta: -10 },
    volunteered: { delta: 10 },
    neighbour_reported: { delta: 5 },
    report_declined: { delta: -5 },
    blood_donated: { delta: 10 },
    fraud_reported: { delta: 10 },
    late_to_work: { delta: -5 },
    employer_commendation: { delta: 10 },
    guarantee_called: { delta: -20 },
    commercial_fraud: { delta: -30 },
    court_judgment_unpaid: { delta: -50, lists: DEBTORS },
    court_judgment_settled: { delta: 10, clears: DEBTORS },
  },
  gates: {
    loan_small: { tier: 'A', blockedBy: DEBTORS },
    mortgage: { tier: 'A', blockedBy: DEBTORS },
    rail_highspeed: { tier: 'B', blockedBy: DEBTORS },
    flight_domestic: { tier: 'A', blockedBy: DEBTORS },
    travel_abroad: { tier: 'AA', blockedBy: DEBTORS },
    job_public_sector: { tier: 'AA', blockedBy: DEBTORS },
    job_private_screening: { tier: 'A', blockedBy: DEBTORS },
    school_place: { tier: 'A', blockedBy: DEBTORS },
    services_fast_lane: { tier: 'AA', blockedBy: [] },
  },
};
