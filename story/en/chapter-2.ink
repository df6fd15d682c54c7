// Chapter 2: The Appeal. Week 2. A camera logs Xu Ming crossing on red on Thursday evening,
// while Xu Ming was in Jinxi. Appealing costs a morning and evidence; the fast lane needs AA.
// Then Deng asks Xu Ming to sign as guarantor for the loan that would take him off the court list.

VAR ch2_appealed = "none"
VAR ch2_guarantor = false

// Is Deng on the court list now? The guarantor's Fresh Start loan takes him off in week two; a
// called guarantee that nobody pays puts him back on, beside Xu Ming, until someone pays.
=== function deng_listed() ===
~ return (not ch2_guarantor) || (ch6_listed && ch7_names.bought == 0)

=== chapter_2 ===
# chapter: 2
# scene: home
Monday breakfast, week two: the phone lays a grey envelope on the table.

NOTICE OF VIOLATION. HEPING RD / JIEFANG ST. THURSDAY, 19:48. CROSSED AGAINST THE SIGNAL. FACE MATCH 91%. {worth("crossed_on_red"):MINUS {worth("crossed_on_red")} POINTS IN SEVEN DAYS UNLESS APPEALED.|FINE PAYABLE IN SEVEN DAYS UNLESS APPEALED.}
# sfx: notification
Under it, a photograph: a figure mid-stride, grey padded coat, collar up, face turned away. Your coat; Lanfeng sold half of Lanmen that coat last winter.

At 19:48 on Thursday you were on Ward 6 in Jinxi, cutting your mother's toenails past the new knee, {ch1_journey == "slow_train":while Tingting drew birds on the back of a menu|with Tingting on speakerphone from Zhou Hui's sofa}.

{ch1_appealed:
    ~ record("appeal_rejected")
}
{ch1_red:SCORE {score()}, FOR NOW. SECOND VIOLATION AT THIS LOCATION. The first was yours: the dead countdown, the flash on your cheek. The camera learned your coat from you.{ch1_appealed: Under it, at last, the answer to the appeal you typed on the bus: COUNTDOWN FAULT NOT FOUND IN MAINTENANCE LOG. APPEAL REJECTED.{worth("appeal_rejected"): Asking cost you {points("appeal_rejected")} more.|}|}|SCORE {score()}, FOR NOW. Years at that corner, and the first time it catches you, you were two hours inland.}

"That's not you," Tingting says, through her congee. "Yours has a toggle missing." #speaker: tingting

APPEALS IN PERSON, DISTRICT SERVICE CENTRE. BRING EVIDENCE.

* (appeal) [Appeal it]
    ~ record("appeal_filed")
    APPOINTMENT: WEDNESDAY MORNING.
    -> ch2_evidence
* [Let it go: it is not a life #stance: comply]
    ~ record("crossed_on_red")
    An appeal costs a morning, evidence and hope; {worth("crossed_on_red"):{points("crossed_on_red")} cost exactly {points("crossed_on_red")}|a notice that counts for nothing costs nothing}. You are a bookkeeper.
    -> ch2_crossing

=== ch2_evidence ===
That night you empty the Jinxi bag onto the bed. {ch1_journey == "flight":The boarding pass for the 21:50|{ch1_journey == "dawn":The ticket for the 6:10 G-train|The pink ticket for the overnight K-train}} proves Monday, not Thursday. At the bottom: the hospital canteen's receipt, Thursday, 19:31, two millet congees and a tea egg. No name.

{ch1_packed == "papers":In the folder of receipts, where it has no business being, is the ward's visitor pass for Thursday: your name, your ID number, 18:52, stamped.|Sister Gao on Ward 6 could write a stamped note, the kind of paper offices like. But to ask her, you would have to ask your mother.}

* [Take the receipt and leave your mother in peace]
    It proves somebody in Jinxi was hungry at 19:31. It will have to do.
* (asked_mother) [Ring your mother]
    "A note? For the police?" #speaker: mother
    "For a camera, Ma."
    On Tuesday cousin Lan sends a photograph: your mother on her walking frame, holding up a stamped sheet like a school prize.
-
-> ch2_crossing

=== ch2_crossing ===
# scene: crossing
On Wednesday, walking Tingting to school, you pass the crossing. The screen runs yesterday's offenders: a courier, a grandmother, then the grey coat, with your name under it. XU *.

Tingting stops dead. "They put your name on somebody else." #speaker: tingting

* [Tell her the camera made a mistake]
    "The camera made a mistake."
    "Cameras make mistakes?" She looks up at the gantry with alarmed respect, as if it had turned out to be a person. #speaker: tingting
* [Tell her it's nothing, and hurry her along]
    "It's nothing. Come on, Teacher Wu counts the late ones."
    She lets herself be towed, looking back at the screen twice: Tingting, who never looks back.
-
Under the screen a blood bus has its door open: GIVE BLOOD, GIVE TRUST.{worth("blood_donated"): TRUSTWORTHY DONORS +{worth("blood_donated")}.|}
{chapter_2.appeal:The fast lane opens at tier {needs("services_fast_lane")}. You are at {score()}.|{worth("blood_donated") && worth("crossed_on_red"):You do the sum without wanting to: {points("blood_donated")} back, against Thursday's {points("crossed_on_red")}.|You do the sum without wanting to, and it comes to nothing either way.}}

* [Give blood]
    ~ record("blood_donated")
    # sfx: approval_chime
    Four hundred millilitres, sweet milk, a red card. "They count it now," the nurse says, almost apologising. You have given blood twice before, for nothing. It felt different then.
* [Walk on]
    You have given blood twice before, for nothing. Today the bus wants to pay you back, and that keeps you walking.
-
{chapter_2.appeal:-> ch2_service_centre|-> ch2_lookalike}

=== ch2_service_centre ===
# scene: community_office
The District Service Centre: forty counters and a velvet rope. Counter 1, FAST LANE, {needs("services_fast_lane")} AND ABOVE, has a bowl of mandarins and nobody waiting.

By the machine an old woman in a knitted hat jabs at the appeal screen. "Points off my husband," she tells the hall. "He's been dead since April. So they took them off me."

* [Show your tier at the fast-lane counter #gate: services_fast_lane]
    -> fast
* [Take a number #stance: refuse]
    -> queue

= fast
The clerk at counter 1 reads your case, glances at your {ch2_evidence.asked_mother:stamped note|{ch1_packed == "papers":visitor pass|receipt}}, and rings Jinxi People's Hospital herself. Sister Gao remembers your mother, and therefore you. Ten minutes and a mandarin.

Behind the rope the woman in the hat still argues with the machine.

* [Ask the clerk to see the old woman too #stance: conscience]
    "The fast lane is for {needs("services_fast_lane")}." The clerk looks at the queue, then at the hat. "Bring her. Quickly, before my supervisor finishes his tea."
    The old woman crosses the velvet rope on your arm as if it were a river. Mrs Yao, she says, twice.
* [Thank her and go to work]
    At the door you hold it open for the woman in the hat, leaving too, her form unfiled.
-
-> ch2_upheld

= queue
B412. A plastic chair. At nine the minute hand takes you off the employer feed.
~ record("late_to_work")
{score()}. Beside you the woman in the hat has got her husband's ID number in, and now the form wants his signature.

* [Help her with the form #stance: conscience]
    Mrs Yao, she's called. You find DECEASED, hidden under OTHER. B412 is called, and called again, and gone. Your new number reaches counter 27 at 11:50.
* [Keep your eyes on the board]
    You watch the numbers. At 10:55 B412 lights up. Behind you Mrs Yao is pressing OTHER, OTHER, OTHER.
-
{ ch2_evidence.asked_mother || ch1_packed == "papers":
    The clerk reads {ch2_evidence.asked_mother:Sister Gao's note|the visitor pass} twice and types. {ch1_red:"You've a real one here too, from the week before," he says. "Same corner, same coat. Don't make me wrong."|"Jinxi," he says. "Long way to come to cross a road."}
    -> ch2_upheld
- else:
    The clerk holds your receipt to the light. "This says somebody bought congee in Jinxi."
    "It says I was in Jinxi."
    "It doesn't say you." He turns his screen round: ninety-one per cent. {ch1_red:"And a confirmed violation at the same corner the week before. Same coat."|"Receipts go anywhere."}
    -> ch2_rejected
}

=== ch2_upheld ===
~ ch2_appealed = "won"
# sfx: approval_chime
APPEAL UPHELD. NO DEDUCTION. SCORE {score()}. The photograph leaves your record as it came, untouched by human hands. There is no box for sorry, so nobody says it.
-> ch2_deng

=== ch2_rejected ===
~ ch2_appealed = "lost"
~ record("crossed_on_red")
~ record("appeal_rejected")
# sfx: denial_tone
APPEAL REJECTED. EVIDENCE INSUFFICIENT. SCORE NOW {score()}.{worth("appeal_rejected"): {points("crossed_on_red")} for the crossing, and {points("appeal_rejected")} more for asking.|} Review by the District Court: two hundred yuan.
-> ch2_deng

=== ch2_lookalike ===
# scene: street
That evening, walking back from the pool with Tingting, you see the coat.

Its owner steps into Jiefang Street against the red at 19:47, easy as crossing a kitchen, and the gantry flashes.

Tingting grips your hand. "It's the other you," she whispers. #speaker: tingting

* (photographed) [Photograph the stranger and send it to the camera office #stance: comply]
    ~ record("neighbour_reported")
    # sfx: approval_chime
    Your phone catches the coat, face and all. THANK YOU FOR HELPING KEEP LANMEN SAFE. In smaller type: REPORTS DO NOT ALTER DECISIONS ALREADY ACCEPTED. You have given away a stranger's face for {points("neighbour_reported")}, and Thursday stays on your record.
* [Catch the stranger up at the kerb]
    The coat belongs to a night guard at the Pearl Hotel, late for his shift. You explain. He looks at your coat, then down at his own, and laughs.
    "So you've been paying for my shortcut. I'll wait for the green from now on. For your sake, not theirs."
    Tingting waves until the coat is out of sight.
-
-> ch2_deng

=== ch2_deng ===
# scene: home
On Thursday evening comes Deng's knock, two and then one. He is back from Jinxi with a net bag of persimmons.

"From your mother. On my knees all the way, like eggs." #speaker: deng_qiang

{ch1_reported:A fire officer's fine sticks out of his top pocket: five hundred yuan. "Somebody reported the battery," he says, to the stairwell rather than to you.|"Battery lives indoors now," he says. "Auntie Fang gave me a sticker."} #speaker: deng_qiang

Behind you Tingting, in pyjamas, holds up her drawing.

* (inside) [Ask him in]
    He perches on the sofa as if it might charge him. Tingting shows him the heron; he says crane; she says heron; he gives in.
    { ch1_perks:
        ~ record("contact_listed")
        # sfx: notification
        TRUSTPERKS: A LISTED PERSON HAS BEEN AT YOUR ADDRESS FOR 20 MINUTES. SCORE NOW {score()}. You never told it who sits on your sofa.
    - else:
        Your phone stays quiet; you never gave it the right to count who sits on your sofa.
    }
* [Step out onto the landing with him]
    Auntie Fang comes up the stairs and says good evening to you and then, after a pause exactly long enough to be noticed, to him.
-
"SwiftRun has a dispatcher's job. Six thousand eight a month. A chair. A heater." He says heater the way other people say villa. "It needs the screening. The screening needs me off the list. The list needs sixty-one thousand four hundred." #speaker: deng_qiang

He unfolds a bank leaflet. FRESH START LOAN FOR JUDGMENT DEBTORS. OFF THE LIST IN THREE DAYS. 36 MONTHS AT 1,950 YUAN. ONE GUARANTOR, TIER {needs("loan_small")} OR ABOVE. And in grey: THE GUARANTOR IS JOINTLY LIABLE AND SHARES THE STANDING OF THE LOAN.

{
- ch1_deng == "refused":
    "Once you told me to keep my money. Now I'm asking for your name." #speaker: deng_qiang
- ch1_deng == "cash":
    "You asked me for cash because my payment code scared you. So I know what I'm asking." #speaker: deng_qiang
- else:
    "Taking my three hundred cost you {points("contact_listed")}. I saw your face. This costs nothing, the bank says. Until it does." #speaker: deng_qiang
}

Zhou Hui's family-dinner rule: those who sign for friends end up on the list beside them. {ch1_money == "loan":You already owe this bank three thousand. }In the spring the good school across the canal takes tier {needs("school_place")} families.

{gate("loan_small"):You are tier {tier()}. Your name is good enough for the bank. That is the whole problem.|You check, though you know. Tier {tier()}. The bank will not take your name. Deng understands before you do.}

# poll: sign_for_deng
* [Sign as his guarantor #gate: loan_small #stance: conscience #road: guarantee_signed]
    ~ ch2_guarantor = true
    ~ record("guarantee_signed")
    # scene: bank
    On Friday at nine you press your thumb where the loans clerk points. GUARANTEE REGISTERED: 61,400 YUAN. It costs nothing, yet.
    On the steps outside Deng holds his helmet and does not put it on. "Off by Tuesday. Then the G-train home, like a person." #speaker: deng_qiang
* [Tell him you can't, not with Tingting's school in the spring #stance: comply #road: guarantee_declined]
    "I can't, Qiang. Not this spring."
    He folds the leaflet along its creases. "No," he says. "You can't." He says it kindly. That is worse. {ch1_invited:At the door he turns. "Still friends. I'm not that proud."|He is gone down the stairs before you have found anything else to say.} #speaker: deng_qiang
* [Offer him two thousand of your own, but not your name #stance: refuse #road: gift_not_name]
    "Two thousand. Not a loan. It's what I can spare."
    { ch1_deng == "refused":
        He almost laughs. "Again? I told you once. I'm not your charity, Xu Ming." He leaves the money on the table. #speaker: deng_qiang
    - else:
        He looks at the number. "Two thousand doesn't take me off the list. It's two months of the court." He takes it, and hates taking it, and thanks you. #speaker: deng_qiang
    }
-
# scene: home
On Saturday your mother rings. "Did you help Deng's boy? His mother and I have climbed Xishan together for thirty years." #speaker: mother

* [Tell her exactly what you did]
    You tell her. {ch2_guarantor:"Good," she says. Then: "And if he can't pay, it's you." A silence. "Good," she says again, as if the word had got heavier.|She listens without interrupting, which is new. "You have a child," she says at last. "His mother would understand." She does not say whether she does.} #speaker: mother
* [Tell her it's all in hand]
    "It's in hand, Ma."
    "Hm," says your mother, who has known you thirty-four years, and talks about persimmons. #speaker: mother
-
{ch2_deng.inside:The bird on the fridge has a crane's neck now; Deng's work. Tingting has decided to allow it.|The persimmons ripen on the windowsill one by one, orange as a countdown.} {ch2_appealed == "won":In the city's records, Thursday evening is back on Ward 6.|In the city's records you are still crossing Jiefang Street on Thursday evening, in your own coat.}
# ledger: 2
-> chapter_3
