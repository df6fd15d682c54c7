// Chapter 6: The List (weeks six and seven). Deng's loan guarantee is called, or, for those who
// never signed it, Deng's listing reaches into Xu Ming's life another way; the neighbours'
// collective appeal against the Heping Road camera; a job in Singapore behind the travel gate.
// Sets ch6_listed, ch6_collective, ch6_abroad. Reads ch1_* to ch5_*, declared by earlier chapters.

VAR ch6_listed = false
VAR ch6_collective = false
VAR ch6_abroad = "refused"
// Lent Deng your face for his delivery shifts.
VAR ch6_face = false

=== chapter_6 ===
# chapter: 6
# scene: home
Week six.

Tingting is at the counter with felt pens and red card: every child in her class is making a poster for the Trustworthy Families ceremony, two Saturdays from now.

"Lili's says {floor("AA")}. In gold. Her mum says they only just made it." Tingting uncaps the gold pen. "What's ours?" #speaker: tingting

The phone on the counter says {score()}, tier {tier()}.

* (number) [Help her write the number]
    You pencil {score()} on the card and she goes over it in gold, tongue between her teeth, and adds a border of small stars. It looks like a prize.
* (heron) [Help her draw the bird from the fridge instead]
    "Nobody else will have a heron," you say.
    She draws it on one leg in the canal, and underneath, in her best characters: MY FAMILY. "Everyone else's will have numbers," she says, not minding yet. #speaker: tingting
-
{
- not ch5_reported_liu:
    On Tuesday evening an ambulance stands in the courtyard with its doors open. In 601 a chair caught the heater's cable and the two bars went over; Xiaoyu's sleeve caught, and Liu Yan put it out with her hands. Xiaoyu has a burn from wrist to elbow. By Thursday there is a paper seal across the door of 601 after all, and a fine. {ch4_school == "heping":Tingting was on the landing below, saying her nine-times table.|Tingting hears it from Lili, at No. 2.}
- ch5_liu == "fire_only":
    601 has been cold since the heater went with the fire officer. The children do their sums in coats, and Liu Yan is still looking for a second door.
- else:
    On Tuesday you pass Xiaoyu's mother at the gate, in her port overalls at the wrong hour. Since the seal on 601 she has given up her night shifts; Xiaoyu comes with her to a warehouse office on the days she cannot.
}
{ chapter_5.statement:
    On Thursday Zhou Hui forwards a message from the police: the calls copied in week five held a second number, the one the ring had moved to, and it was cut off the same week. Mrs Yao in Block 2, {chapter_2.appeal:the woman in the knitted hat from the service centre|a widow who keeps her late husband's bicycle in the hall}, had one call from it. The app had marked it before she picked up.
- else:
    On Thursday Zhou Hui rings, not crying this time. The ring had a second number the police never matched, and it ran for three more weeks. One of the people it called was Mrs Yao in Block 2, {chapter_2.appeal:the woman in the knitted hat from the service centre|a widow who keeps her late husband's bicycle in the hall}: she gave her husband's death grant, twenty-three thousand yuan, to a voice that said it was the pension bureau. "Dad gave his statement," Zhou Hui says. "Half the people they called didn't." #speaker: zhou_hui
}
{ ch2_guarantor:
    -> ch6_called
}
-> ch6_borrowed_name

=== ch6_called ===
# scene: office
On Wednesday the phone shivers on your desk at Haixing.
~ record("guarantee_called")
# sfx: notification
LANMEN RURAL COMMERCIAL BANK. FRESH START LOAN, BORROWER DENG QIANG: REPAYMENT MISSED. UNDER CLAUSE 9 THE BALANCE FALLS DUE. AS JOINT GUARANTOR YOU ARE LIABLE FOR 62,180 YUAN WITHIN TEN DAYS. SCORE NOW {score()}.

# scene: home
That night Deng is on your landing, his helmet held in both hands like a hat at a funeral.

Off the list, it turns out, is not back where you were. The dispatcher's job at Gangkou wanted tier {needs("job_private_screening")}, and his score still carries the scar.

"I'll pay it. Every fen, to you instead of them." He studies the doormat. "I didn't come to ask. I came so you'd hear it from me." #speaker: deng_qiang

Sixty-two thousand. Deng has twelve thousand in a biscuit tin. Your savings are nine. {ch1_money == "loan":Tingting's deposit is still whole, twenty thousand.|Seventeen thousand is left of Tingting's deposit since the night of Mother's knee.} Add it up as often as you like; it does not reach.

# poll: deng_guarantee
* (by_loan) [Take a Trust-Easy loan for thirty thousand, and close Tingting's deposit for the rest #gate: loan_small #stance: comply #road: paid_by_loan]
    # scene: bank
    The tablet by the bank door takes fifty seconds. APPROVED. 30,000 YUAN. THIRTY-SIX MONTHS. {ch1_money == "loan":The machine that asked you nothing in week one asks nothing now.|It does not ask what the money is for.} By Friday the bank has its money; you have three years of repayments, and Tingting a deposit book with a line through it.
    -> iou
* (by_family) [Close Tingting's deposit, and ask Zhou Hui for the rest #road: paid_by_family]
    Zhou Hui sends the rest before you have finished asking, out of her father's returned savings. Then she rings.
    "That's for you and Tingting. Not for him. And Ming: no more signatures. Promise me." #speaker: zhou_hui
    You promise. The deposit opened the week Tingting was born closes with a bright two-note chime.
    -> iou
* (refused) [Refuse. The bank lent to him with its eyes open #stance: refuse #road: guarantee_refused]
    You write to the bank that the debt is Deng's and the risk was theirs. A form letter answers within the hour: the guarantee was joint; the matter has passed to enforcement.
    You tell Deng on the landing. He nods as if you had told him the time. "The bank will manage," he says, and goes down the stairs, and the stairs take a long time. #speaker: deng_qiang
    -> judgment
* (asked_time) [Go with Deng to the bank and ask for time #stance: conscience #road: asked_for_time]
    # scene: bank
    You take a number together and sit side by side on plastic chairs. The clerk is young and kind, and turns her screen to show there is no box on it for time. "On day eleven it goes to enforcement by itself," she says. "I can't type mercy."
    Outside, Deng says only, "You came, though." #speaker: deng_qiang
    -> judgment

= iou
On Sunday an envelope comes under your door: an IOU in Deng's careful schoolboy hand, fifteen hundred a month, with a red thumbprint and the first fifteen hundred clipped to the front. His name stays off the list; you saw to that.
* (keep) [Keep the IOU and the money]
    You put the IOU in the drawer with Tingting's birth certificate. It is the first debt of his that anyone has been willing to hold.
* (tear) [Tear up the IOU and slide the money back under his door]
    In the morning the money is back under yours, with a note in the same careful hand: STILL NOT YOUR CHARITY.
-
-> ch6_camera

= judgment
# scene: courthouse
Eleven days later the District Court's judgment arrives as a link from its online filing system. There was no hearing; the guarantee had a clause for that, in grey. DENG QIANG AND XU MING, JOINTLY LIABLE.
~ record("court_judgment_unpaid")
~ ch6_listed = true
# sfx: denial_tone
PERSON SUBJECT TO ENFORCEMENT FOR DISHONESTY. SCORE NOW {score()}.

The list is not a number. It is every door at once. The G-trains to Jinxi go grey in the railway app. {ch4_school == "no2":No. 2 Experimental writes that Tingting's place is "under review pending parental eligibility".|The enrolment office writes that any transfer to No. 2 is now "suspended pending parental eligibility".} {ch4_role == "liaison":Auntie Fang takes back the blue liaison tablet, very gently.|{ch4_role == "none":At Haixing the monthly screening marks your file in red.|Zhou Hui has to take you off the {ch4_role == "port":Port Group secondment|client-funds desk}.}}

# scene: home
That evening Zhou Hui comes up the stairs, her banking app open. "I can pay it tonight. Dad's money came back for something. You'd be off by Monday, and him too. I won't have Tingting lose her school over a fruit shop." #speaker: zhou_hui
* (settled) [Let her pay it, and come off the list #stance: comply]
    ~ record("court_judgment_settled")
    ~ ch6_listed = false
    # sfx: approval_chime
    Three taps. JUDGMENT PERFORMED. ENFORCEMENT CLOSED. SCORE NOW {score()}. That easy, when you have the money; that impossible, when you don't. Deng comes off with you.
* [Tell her no. You will not be bought off a list you chose #stance: refuse]
    "It isn't yours to pay, and it isn't mine to take."
    She looks at you a long time. "Pride is the one luxury they don't put a number on," she says. At the door she turns back. "The offer stays open. I'm not them." #speaker: zhou_hui
-
-> ch6_camera

=== ch6_borrowed_name ===
# scene: street
On Wednesday evening Deng is waiting at the foot of Stairwell B, astride his silent scooter.

"SwiftRun re-screened everyone. From Monday nobody on the court list rides. Half the riders on Jiefang Street ride on somebody else's name. The app checks a face once, at the start of the shift." He shows you the login screen, the empty oval where a face goes. "Yours is clean. Seven every morning, one look. Whatever it costs you, I'll make good." #speaker: deng_qiang

# poll: lend_your_name
* [Lend him your face, seven every morning #stance: conscience #road: face_lent]
    ~ ch6_face = true
    { ch1_perks:
        ~ record("commercial_fraud")
        # sfx: denial_tone
        It lasts six days. TrustPerks knows where your phone sleeps and works, and on the seventh morning the bank that pays SwiftRun's riders compares notes with it. XU MING: DELIVERING IN DONGCHENG AT 11:40 WHILE AT HAIXING LOGISTICS. ACCOUNT MISUSE. SCORE NOW {score()}. The rider account closes for good. Deng comes up to say it is his fault, and you say it is not, and neither of you believes the other.
    - else:
        Each morning at seven you stand on the landing in your slippers and look into his phone, and it says GOOD MORNING, XU MING, and he rides away as you. Neither of you says the word for what you are doing.
    }
* [Lend him five thousand towards the judgment instead #road: money_lent]
    ~ record("contact_listed")
    # sfx: notification
    The transfer goes through, and the yellow triangle with it: A CONTACT IN YOUR NETWORK IS LISTED. SCORE NOW {score()}. "Three months of the court," Deng says, counting on his fingers. "Three months I don't have to find." #speaker: deng_qiang
    He loads containers for cash now, where nobody checks a face.
* [Tell him no #stance: comply #road: face_refused]
    "I can't, Deng."
    He looks at you a long moment, then at the stairwell, as if it had said something. He starts the engine for nothing, to give his hands something to do. By Friday he is loading containers at the port for cash, where nobody checks a face. #speaker: deng_qiang
-
-> ch6_camera

=== ch6_camera ===
# scene: crossing
On Saturday a card table stands under the Heping Road gantry, ten metres from Auntie Fang's ceremony leaflets. Behind it sits the grandmother with the shopping trolley from the offenders' screen: Lu Guiying, seventy-three, with a folder.

"Twelve days in September the countdown was dark. Three hundred and eight people logged. Forty-one weren't even the person in the picture: someone who was in Jinxi that night, me at my sister's." She taps the folder. "One appeal is a complaint. A hundred is evidence."

{ch2_appealed == "won":You know. Your own appeal cost a morning and a train ticket, and was upheld.|{ch2_appealed == "lost":You know. Your own appeal, with the train ticket stapled to it, was rejected in a paragraph.|You know. You never appealed the camera's mistake; a morning off work cost more than the points.}} The platform marks every signature: PARTICIPATION IN COLLECTIVE ACTION{worth("collective_appeal_signed"):, {points("collective_appeal_signed")}, held until the appeal is decided|, noted}.

Auntie Fang comes over. "Two winters ago I held a boy's hand here, his hip smashed, till the ambulance came. Since the gantry, nobody. Not one." "If three hundred people can sign away a camera, the next three hundred sign away the next one." #speaker: fang_lihua

# poll: collective_appeal
* [Sign #stance: conscience #road: appeal_signed]
    ~ ch6_collective = true
    ~ record("collective_appeal_signed")
    Your thumb, the chime, {score()}. Granny Lu writes your flat number in the folder in pencil, because she does not trust the platform either.
    -> counter
* (door) [Sign, and take the form round all six blocks tonight #stance: conscience #road: appeal_door_to_door]
    ~ ch6_collective = true
    ~ record("collective_appeal_signed")
    You knock on doors until ten. {ch1_volunteered:The canal crew from your first Saturday sign in one go, in Mr Qiu's kitchen. |}A hundred and forty-seven more names, in pencil.
    -> counter
* (assessed) {ch4_role == "liaison" && not ch6_listed} [Open the assessment queued on your liaison tablet: Lu Guiying, "organiser of collective action" #stance: comply #road: organiser_assessed]
    ~ record("assessment_filed")
    The form wants a rating from one to five for social harmony. You give her a three. It feels like mercy. It is not. Ten metres away Granny Lu goes on writing names.
    -> lanterns
* [Walk on to Auntie Fang's table #stance: comply #road: walked_on]
    "Good," Auntie Fang says quietly. "Somebody has to trust it." #speaker: fang_lihua
    -> lanterns

= counter
# scene: community_office
On Monday the paper copy must reach the District Service Centre by nine, and Granny Lu's hip will not stand a queue.
* [Take it through the fast-lane counter #gate: services_fast_lane]
    Four minutes under the white orchid; a red stamp, RECEIVED. "So that's what it's for," Granny Lu says from her bench. "Good. Use it on them."
* [Queue with her, and be late for work]
    ~ record("late_to_work")
    Ninety minutes on plastic chairs while she tells you about her husband, a shipyard welder who helped build the cranes you see from your kitchen. Zhou Hui logs you in at 10:05. {worth("late_to_work"):"{points("late_to_work")}," she says. "It's nothing."|"It doesn't count," she says. "Not yet."} #speaker: zhou_hui
-
-> ch6_offer

= lanterns
# scene: street
At dusk Auntie Fang is up a stepladder, stringing red lanterns across the courtyard for the ceremony.
* [Hold the ladder, and let her put you down as a volunteer #stance: comply]
    ~ record("volunteered")
    She talks the whole time: the batteries, old Mr Qiu, the fraud ring. {worth("volunteered"):"{points("volunteered")}," she says, "and I'll tell everyone."|"No points for ladders," she says, "but I'll tell everyone."} #speaker: fang_lihua
* [Go up to Tingting and her bath]
    From the fourth floor you watch the lanterns go up one by one, small red moons, and the ladder wobble, and someone else come to hold it.
-
-> ch6_offer

=== ch6_offer ===
# scene: office
In week seven an email comes from Singapore. Tan Pei Ling, once of Kallang Freight, sent you pineapple tarts for finding forty thousand dollars her auditors had missed.

"A senior accounts post from January. A two-year pass, a flat in Toa Payoh, a school with a place for Tingting. Say yes and I'll do the paperwork on my side. Your side, I'm told, has its own."

Your side: since the pilot, the passport office reads the app, and the app wants {needs("travel_abroad")}.{ch5_post == "kept": The renewal form has a line of its own: UNVERIFIED POST, WEEK FIVE, STILL PUBLISHED. EXPLAIN.|}{ch5_post == "deleted": The renewal form has a line of its own: POST REMOVED ON REQUEST. NO FURTHER ACTION.|} {gate("travel_abroad"):The button is blue. Nothing stands between you and the sea but your own yes.|{ch6_listed:The button is grey, and under it: EXIT RESTRICTED BY COURT ORDER: PERSON SUBJECT TO ENFORCEMENT.|The button is grey, and under it: TIER {needs("travel_abroad")} REQUIRED. YOUR TIER: {tier()}.}}

That evening you tell Mother. "Singapore is hot," she says. "Go." For once you cannot tell which way she means it. #speaker: mother

# poll: singapore_offer
* [Apply to renew your passport and write back yes #gate: travel_abroad #road: passport_renewed]
    ~ ch6_abroad = "applied"
    # sfx: approval_chime
    APPLICATION RECEIVED. DECISION WITHIN FIVE WORKING DAYS. Tingting finds Singapore in her atlas and is disappointed that it is so small.
* {not gate("travel_abroad")} [Write back that you want it, and ask her to hold it till spring #road: post_held]
    ~ ch6_abroad = "locked"
    "I'll hold it as long as I can," she writes. "Things change." You look at the grey button and add up, {ch6_listed:yuan by yuan|point by point}, what it would take.
* [Write back no: not with Mother's knee, not this year #road: offer_declined]
    ~ ch6_abroad = "refused"
    You thank her for the tarts as well. She answers in one line: "The door stays on the latch."
-
-> ch6_end

=== ch6_end ===
# scene: street
On the last Sunday of week seven the stage goes up in the courtyard and the noticeboard fills with children's posters. Above them Auntie Fang pins the estate's Trustworthy Families, the two top tiers, in gold.
{ ch6_listed:
    Your name is on another list, the one the court publishes, with half your identity number starred out.
- else:
    {tier() == "AA" || tier() == "AAA":Your name is on it, fourth from the top. Tingting touches it with one finger.|Your name is not on it. Tingting reads the list twice, to be sure, moving her lips.}
}
# ledger: 6
-> chapter_7
