// The debrief's questions in English: the source document's own two, then prompts the debrief picks by what the player did.
// Prompts are keyed by condition ids the debrief evaluates from a playthrough; open questions only. Imports nothing.

export interface QuestionsText {
  /** The source document's two questions, as it asks them. */
  seed: string[];
  /** One open question (or two) per condition id. */
  prompts: Record<string, string>;
}

export const questionsEn: QuestionsText = {
  seed: [
    'Is this system compatible with the personal freedom of the individual?',
    'Is it compatible with religious freedom and with a person’s bond with the Creator?',
  ],
  prompts: {
    joined_perks:
      'You linked your accounts to TrustPerks in return for its perks. What did that bargain buy you, and would you make the same bargain with your own phone?',
    reported_neighbour:
      'You reported a neighbour when you were asked to. Who was safer for it, who paid for it, and how would you feel if the same report had been made about you?',
    declined_to_report:
      'You declined to report a neighbour, and the form recorded that you declined. What were you protecting, and what risk, if any, did you leave in place?',
    appealed:
      'You contested a record the system made about you. What did contesting it cost, and who should carry that cost when a record might be wrong?',
    listed_as_debtor:
      'You ended up on the court’s list of dishonest debtors. Which of the doors it shut seem to you a fair way to make people pay what a court says they owe, and which do not?',
    worshipped_registered:
      'You sat at prayers in the registered mosque, and the scheme counted it. Does it change anything about a prayer for it to be counted, for or against the one who prays?',
    worshipped_unregistered:
      'You sat with the old men in the back room, where the scheme could not approve. What is a city entitled to know about where and with whom a person prays, and what might it have good reason to ask?',
    refused_records:
      'You helped refuse to hand over the mosque’s attendance records. What did the refusal protect, and how else could an officer who remembers the fake temple’s victims have kept people safe?',
    became_liaison:
      'You took the liaison post and began to assess your neighbours. Did knowing them make you a fairer judge than a camera or a stranger, or a less free one?',
    filed_assessment:
      'You filed an assessment of another resident. What did the form ask you to know about them, and what did you know that it had no box for?',
    signed_collective_appeal:
      'You signed the neighbours’ collective appeal and it cost you points at once. What can people do together about a record that one person cannot, and what is it fair to ask each of them to risk?',
    high_tier_end:
      'You ended at AA or above. Which of the choices that earned it would you make again with no score watching, and did your standing cost anyone else anything?',
    low_tier_end:
      'You ended at B or below. Which of the points you lost would you take back if you could, and which would you choose to lose again?',
    locked_out:
      'You met a door that was shut to you. Could you understand the reason on the screen, contest it or change it, and how much should that matter?',
    every_door_open:
      'Every door you tried opened for you. Would you have noticed the scheme at all without meeting a shut one, and who in the story did notice it?',
  },
};
