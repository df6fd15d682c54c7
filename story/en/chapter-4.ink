// Chapter 4, "Offers": the fourth week. The doors a score opens all arrive in the same week: the
// job result (the Port Group secondment or the client-funds desk), Auntie Fang's paid post as a
// credit liaison who assesses the neighbours from the pooled records on her tablet, and a transfer
// place for Tingting at Lanmen No. 2 Experimental Primary. Sets ch4_role and ch4_school; reads
// ch1_*, ch2_* and ch3_* variables.

VAR ch4_role = "none"
VAR ch4_school = "heping"

=== chapter_4 ===
# chapter: 4
# scene: home
Monday, week four: a cream envelope on the doormat, heavy as a wedding invitation. LANMEN No. 2 EXPERIMENTAL PRIMARY, above a heron in open water.

Forty transfer places in Year One, "for the children of residents in tier {needs("school_place")} or above at the time of confirmation". Confirm online by Friday at five. Heping Road Primary has cracked concrete and Teacher Wu, who is kind, and has thirty-eight children.

Tingting is drawing birds at the counter.

"Lili's going to the school with the pool. Her mum's got gold letters. Have we got gold letters?" #speaker: tingting

* (shown) [Show her the letter]
    She finds the word POOL; Lili taught her that one. Then she is standing on the stool.
    "Lili and me can sit together! Can we?" #speaker: tingting
    "If the number's still right on Friday."
    "Then be good till Friday," she says sternly, and goes back to her birds. #speaker: tingting
* [Put the letter in the drawer until Friday]
    "A little more," you say, and slide the envelope into the drawer where things go to wait.
    "Then we're nearly gold," Tingting says, satisfied, and gives her bird a fish. #speaker: tingting
-
-> ch4_office

=== ch4_office ===
# scene: office
On Tuesday Zhou Hui calls you into the windowless room for difficult conversations.
{ ch1_job == "port":
    -> ch4_port_letter
}
{ ch1_job == "desk":
    -> ch4_desk_letter
}
-> ch4_desk_again

= ch4_port_letter
"The Port Group wrote. They'll take you from the first of next month, if you're still tier {needs("job_public_sector")} the day you sign. They checked credit, conduct, connections." Her fingernail rests on the last word. "Amber. {deng_listed():That's Deng.|That's the loan you signed for Deng.} On its own it won't stop you." #speaker: zhou_hui
{score()}, tier {tier()}. {gate("job_public_sector"):On the portal the signature box is white and waiting.|On the portal the signature box is grey: TIER {needs("job_public_sector")} REQUIRED AT SIGNATURE.}
"If it doesn't work, Mr Lin will still give you the client-funds desk." #speaker: zhou_hui
* [Sign for the Port Group #gate: job_public_sector #stance: comply]
    ~ ch4_role = "port"
    # sfx: approval_chime
    You sign with a fingertip, and the portal says WELCOME, as if you had arrived somewhere.
* [Take the client-funds desk instead #gate: job_private_screening]
    ~ ch4_role = "desk"
    Mr Lin initials the form in pencil without reading it. "They screen you every month," he says. "Don't give them a reason." #speaker: lin_guowei
* [Stay in Accounts as you are #stance: refuse]
    ~ ch4_role = "none"
    "Ming." Zhou Hui looks at you as if you had dropped something off the ninth floor. "They don't ask twice." #speaker: zhou_hui
- -> ch4_circle

= ch4_desk_letter
"Your screening's back." Credit, conduct, connections: three boxes, the last one amber. "{deng_listed():That's Deng.|That's your guarantee for Deng.} The desk allows amber. Eight hundred a month more from Monday, and a screening every month." #speaker: zhou_hui
{score()}, tier {tier()}. {gate("job_private_screening"):The contract is on the table with a pen lying on it.|The printout has a second page: TIER {needs("job_private_screening")} REQUIRED. The desk will go to Chen Jing from Payables, who has never crossed on red in her life.}
* [Sign for the client-funds desk #gate: job_private_screening #stance: comply]
    ~ ch4_role = "desk"
    Mr Lin initials the contract in pencil without reading it. "Every month," he says. "Don't give them a reason." #speaker: lin_guowei
* [Tell her to give it to Chen Jing #stance: refuse]
    ~ ch4_role = "none"
    {gate("job_private_screening"):"You earned it, Ming." "Then it's mine to give away." She writes Chen Jing's name very neatly, as if neatness could make it make sense.|"It isn't your fault," Zhou Hui says, which is kind, and not quite true, and not quite false.}
- -> ch4_circle

= ch4_desk_again
"The client-funds desk is still empty. Two people failed the screening, and Mr Lin would rather have someone who can count." She almost smiles. "He asked me to ask you again. Eight hundred a month more, and a screening every month." #speaker: zhou_hui
{score()}, tier {tier()}. {gate("job_private_screening"):Enough, this time.|Still not enough. The small grey padlock from the first week sits beside the desk's name.}
* [Take the desk #gate: job_private_screening #stance: comply]
    ~ ch4_role = "desk"
    Mr Lin initials the form in pencil without reading it. "Every month," he says. "Don't give them a reason." #speaker: lin_guowei
* [Say no again #stance: refuse]
    ~ ch4_role = "none"
    "Ming." Zhou Hui closes the folder. "Nobody will ask a third time." #speaker: zhou_hui
- -> ch4_circle

=== ch4_circle ===
At lunch the app has a new page. CIRCLE HEALTH: ONE CONTACT IN YOUR CIRCLE {deng_listed():IS A LISTED DISHONEST JUDGMENT DEBTOR|WAS DELISTED LESS THAN A YEAR AGO}. CIRCLES ARE CONSIDERED IN SCREENING. One button: REMOVE FROM CIRCLE.
{ch1_perks:TrustPerks has had your contacts since the first morning.|You never gave the app your contacts. It has them anyway; the terms call the phone company a partner.} Deng's photograph is his own choice: a durian held up like a trophy outside his old shop.
"It doesn't block him," Zhou Hui says over your shoulder. "It's only the circle." #speaker: zhou_hui
* (removed) [Remove him from your circle #stance: comply]
    REMOVED. THE CONTACT WILL NOT BE NOTIFIED. The durian goes grey, then goes. His number is still in your phone; you would rather not ring it this afternoon.
* {ch1_perks} [Leave TrustPerks instead #stance: refuse]
    ~ ch1_perks = false
    ~ record("trust_perks_left")
    # sfx: notification
    LEAVING TRUSTPERKS: YOUR BENEFITS END TODAY. The clinic's priority queue goes, and the bikes want their deposit again{worth("trust_perks_left"):, and {points("trust_perks_left")} go with them|}. Deng's durian stays where it is.
* [Leave him where he is #stance: conscience]
    You have known him since you were nine. That is a record too, twenty-five years long, and nobody scores it. You lock the phone.
- -> ch4_fang

=== ch4_fang ===
# scene: community_office
The community office is a ground-floor flat in Block 1 with the walls knocked through: folding chairs, a banner, GRID IN HAND, PEACE IN HEART, and by the door the red plaque of a Party members' service station. On Wednesday evening Auntie Fang has made tea in paper cups. It is serious, then.

"The district is paying liaisons now, one per block. Eighteen hundred a month for two evenings and a Saturday, and {points("liaison_joined")} for joining." She pushes the pink tablet across. "I'm sixty-one, Xiao Xu. You take Block 3. You know them, you're careful, and {ch1_reported:you did right by the stairwell when it mattered|you count other people's money all day and never lose a fen}." #speaker: fang_lihua
{ ch4_role == "port" || ch4_role == "desk":
    "One thing. Liaisons can't hold a state post or handle client money. For once I agree with the rules." #speaker: fang_lihua
}
On the screen the estate is tiles, green, amber, red. Touch one and it slides open like a drawer.
"Go on. Look someone up. That's the job." #speaker: fang_lihua
* (saw_deng) [Open Deng's tile in Stairwell B]
    DENG QIANG, B3-201. COURT: {deng_listed():LISTED. JUDGMENT 86,000; 19 MONTHLY PAYMENTS OF 1,500, NEVER LATE; OUTSTANDING 57,500, OR 61,400 WITH INTEREST FOR LATE PERFORMANCE|JUDGMENT PERFORMED, DELISTED. BANK: FRESH START LOAN 61,400, 36 MONTHLY PAYMENTS OF 1,950}. SWIFTRUN: 4.93 STARS, 61 HOURS LAST WEEK. NEIGHBOURHOOD: {ch1_reported:UNSAFE CHARGING, RESIDENT REPORT, FINED 500|UNSAFE CHARGING, WARNING, RESOLVED}.{ch2_guarantor: LOAN GUARANTOR: XU MING, B3-402.}{ch4_circle.removed: REMOVED FROM 1 CIRCLE, TUESDAY.}
    Sixty-one hours. He never told you sixty-one hours. {ch4_circle.removed:And there is your Tuesday, filed in his drawer, although the contact will not be notified.|{ch2_guarantor:And there you are, in his drawer, holding him up.}}
* (saw_ma) [Search for Old Ma]
    MA ZHIQIANG. MA'S LANZHOU BEEF NOODLES, JIEFANG ST. CIVILISED MERCHANT. HYGIENE A. 4.8 STARS FROM 2,116 RATINGS. SHOP LOAN REPAID 2021. JIEFANG STREET MOSQUE, COMMITTEE: {ch3_mosque == "listed_names":ATTENDANCE RECORDS SUBMITTED|{ch3_mosque == "refused_form":VENUE RECORDS REFUSED. RISK: AMBER|{ch3_mosque == "reported":RESIDENT REPORT, UNREGISTERED GATHERING, SHOP BACK ROOM, FRIDAYS. SOURCE: B3-402|VENUE RECORDS UNDER REVIEW}}}. DAUGHTER: MA LING, LANMEN CITY DATA PLATFORM.
    {ch3_mosque == "listed_names":You know those names. You helped put them in order.|{ch3_mosque == "refused_form":Amber, for a man who has not got an order wrong in fourteen years.|{ch3_mosque == "reported":Your own flat number looks back at you out of his file.|Under review. Everything about him fits on one screen, except Fridays.}}}
    "His girl builds these screens," Auntie Fang says. "Funny world." #speaker: fang_lihua
* (saw_self) [Open your own tile, Flat 402]
    XU MING, B3-402. {score()}, TIER {tier()}. {ch1_red:CROSSED ON RED, HEPING RD, 07:52. |}CROSSED ON RED, HEPING RD, THURSDAY EVENING: {ch2_appealed == "won":APPEAL UPHELD|{ch2_appealed == "lost":APPEAL REJECTED|NOT APPEALED}}.{ch3_prayed: WORSHIP AT AN UNREGISTERED VENUE, JIEFANG ST, FRIDAY.}{ch2_guarantor: GUARANTOR FOR A LISTED PERSON.} LANFENG SUPERMARKET: {ch1_perks:MOST FREQUENT PURCHASE, STRAWBERRY YOGHURT|NO PARTNER DATA}.
    {ch1_perks:It knows about the yoghurt. Of course it knows about the yoghurt.|No partner data. The yoghurt, at least, is still your own.}
* [Hand the tablet back without looking #stance: refuse]
    You slide it back across the table. "I don't want to know what I'd know."
    "Nobody does, at first," Auntie Fang says. "Then you find it's easier than not knowing." #speaker: fang_lihua
-
"Well? Better you knock than somebody who doesn't know them." #speaker: fang_lihua

# poll: liaison_post
* [Take the post{ch4_role == "port": and let the Port Group go}{ch4_role == "desk": and give up the client-funds desk} #stance: comply #road: liaison_taken]
    {ch4_role == "port" || ch4_role == "desk":Tomorrow you will have to tell Zhou Hui, and you will not be able to explain that the money is not the reason.}
    ~ ch4_role = "liaison"
    ~ record("liaison_joined")
    # sfx: approval_chime
    She pins the red enamel badge, LIAISON, to your coat herself, and hands you a tablet in a blue case. {score()}{worth("liaison_joined"):: {points("liaison_joined")} for one yes|}.
    -> ch4_first_assessment
* [Say no #stance: refuse #road: liaison_declined]
    "I count money, Auntie. Not people."
    "Everyone counts people," she says. "I only write it down." #speaker: fang_lihua
    -> ch4_own_assessment

=== ch4_first_assessment ===
The first task: QUARTERLY HOUSEHOLD ASSESSMENT, B3-201. Deng's flat. A rating from A to D, two hundred characters for remarks.
"Start with the one you know best," Auntie Fang says. "It's how you learn to be fair." #speaker: fang_lihua
{ch4_fang.saw_deng:You have read this drawer once tonight.|The drawer opens: {deng_listed():the court list, nineteen months of payments never late|a judgment only just performed, a new loan}, sixty-one hours on the scooter last week{ch2_guarantor:, and your own name as his guarantor}.} From the data the form suggests a rating: C.
* (rated_c) [Accept the suggested C #stance: comply]
    ~ record("assessment_filed")
    # sfx: approval_chime
    One tap. You agreed with the data. That is what the data is for. Somewhere in the district an average moves by a hair.
* (rated_b) [Change it to B and fill in the box #stance: conscience]
    ~ record("assessment_filed")
    # sfx: approval_chime
    You type: Pays on time every month. Works 61 hrs a week. Carried our rice up four floors in the lockdown. It accepts the B with a yellow triangle: RATING DIFFERS FROM DATA. A SUPERVISOR MAY REVIEW.
    "They read the box," Auntie Fang says. "Sometimes." #speaker: fang_lihua
* [Tell her you can't assess a friend #stance: refuse]
    "Not him. Anyone but him."
    She takes the tablet without argument. "Conflict of interest. There's a box for that too." She rates him C herself and hands it back. "Next quarter you'll get strangers. It's easier, and it's worse." #speaker: fang_lihua
- -> ch4_enrolment

=== ch4_own_assessment ===
She does not argue. She opens a tile you know. "Since you're here. Yours is due this quarter." She reads in her form-filling voice. "Household, two. Lodgers, none. Contact with listed persons?" She looks up. "Religious activity in the household?" #speaker: fang_lihua
{ch3_prayed:She knows about Friday; you watched her scroll past it. She wants to hear what you'll say.|{ch2_guarantor:She knows about the guarantee; you watched her scroll past it. She wants to hear what you'll say.|Whatever there is, it is on the screen already. She wants to hear what you'll say.}}
* (truthful) [Answer everything truthfully #stance: comply]
    "Deng Qiang, since we were nine.{ch2_guarantor: I signed his loan.}{ch3_prayed: And I sat with Old Ma at Friday prayers.} My mother goes to the temple in Jinxi on the first and the fifteenth."
    She types it with one finger. "Honesty isn't scored, Xiao Xu. But I notice it." #speaker: fang_lihua
* (declined) [Tell her it's nobody's business #stance: refuse]
    "Then I write DECLINED TO ANSWER." She writes it. "That's an answer too. And the next liaison for Block 3 won't be me." #speaker: fang_lihua
* (smoothed) [Give the answers that look best]
    "No. And no."
    She types it without looking up. Two lines above is what she already knew. Neither of you mentions it.
- -> ch4_enrolment

=== ch4_enrolment ===
# scene: school
Friday, half past four: you wait at the gate of Heping Road Primary among grandmothers and scooters, the confirmation page open. Twenty-eight minutes left.
{gate("school_place"):CONFIRM PLACE, it says, on a green button the size of a sweet. Your tier this afternoon: {tier()}.|CONFIRMATION REQUIRES TIER {needs("school_place")}. YOUR TIER: {tier()}. The button is grey.}{ch4_role == "liaison": Wednesday's yes is in that tier somewhere. You cannot tell which point opens which door.}
{ chapter_4.shown:
    Tingting comes out at a run and hits you at the knees. "Is it Friday? Did the number stay?" #speaker: tingting
- else:
    Tingting comes out hand in hand with Lili, who is explaining the swimming pool with both arms.
}
* [Confirm the place at No. 2 #gate: school_place #stance: comply]
    ~ ch4_school = "no2"
    # sfx: approval_chime
    PLACE CONFIRMED. STARTS MONDAY. {chapter_4.shown:She shrieks, and Lili shrieks, and two grandmothers smile, and one does not.|You tell her on the walk home, and she stops in the middle of the pavement to jump.} At the gate Teacher Wu lifts a hand to you, as if a screen has already told her.
* [Keep her at Heping Road #stance: refuse]
    ~ ch4_school = "heping"
    {gate("school_place"):You let the twenty-eight minutes run out. You would rather nothing of hers depended on your number.|The button stays grey until five o'clock, and then the page thanks you for your interest.}
    {chapter_4.shown:{gate("school_place"):"But you were good all week," she says, and cries into your coat all the way to the canal.|She looks at your face and understands before you speak. "I wasn't good enough," she says, and you tell her it is not her number, it is yours. That is worse.}|She never knew there was a letter. On Monday Lili will tell her, and you will have to decide what to say.}
-
On the walk home a message from Lanfeng Homes: a two-room flat on Canal Street, inside the No. 2 catchment, a balcony facing the water. LANMEN RURAL COMMERCIAL BANK PRE-APPROVES MORTGAGES FOR TIER {needs("mortgage")} AND ABOVE IN ONE HOUR.
* (viewing) [Book a viewing and let the bank pre-approve you #gate: mortgage #stance: comply]
    You tick the consent box, and the bank reads you the way the app does. Before you reach the canal: PRE-APPROVED, 1,180,000 YUAN OVER THIRTY YEARS. Thirty years of on-time repayments, each one counted.
* [Delete the message]
    You delete it. {gate("mortgage"):The flat will go to someone whose number is no better than yours and whose nerve is.|The button would have been grey anyway; you would rather not see it grey.}
-
That night the app sends its Friday summary, in calm blue: {score()}, tier {tier()}.{viewing: Under it, in gold: VIEWING SATURDAY 10:00, CANAL STREET.} {ch4_role == "liaison":Under it, a new line: ASSESSMENTS DUE, BLOCK 3: 47.|{ch4_role == "port":Under it: EMPLOYER UPDATED: LANMEN PORT GROUP.|{ch4_role == "desk":Under it: NEXT SCREENING IN 30 DAYS.|Under it, nothing new at all: its own kind of news.}}}
# ledger: 4
-> chapter_5
