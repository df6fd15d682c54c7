// Chapter 7: The Ceremony (week eight). The city's first Trustworthy Families ceremony in the
// Heping New Village courtyard: the collective appeal's verdict, Deng at the gate, Officer Guo's
// question about the back room, Auntie Fang's speech, and where Xu Ming stands when the names
// are read. The final choice offers only what the whole road has made possible; six endings.

// Is Xu Ming's tier high enough for the civility award?
=== function ch7_high() ===
~ return tier() == "AA" || tier() == "AAA"

// The collective appeal is upheld with enough names behind it: the door-to-door round in
// chapter 6, or Xu Ming's own upheld camera appeal from chapter 2 as precedent.
=== function ch7_upheld() ===
~ return ch6_collective && (ch6_camera.door > 0 || ch2_appealed == "won")

// Has Xu Ming reported or assessed anyone, anywhere on the road?
=== function ch7_named() ===
~ return ch1_reported || ch2_lookalike.photographed > 0 || ch4_first_assessment.rated_c > 0 || ch4_first_assessment.rated_b > 0 || ch3_mosque == "listed_names" || ch3_mosque == "reported" || ch5_reported_liu || ch6_camera.assessed > 0 || ch7_guo.told > 0

=== chapter_7 ===
# chapter: 7
# scene: street
Saturday, week eight. The basketball court is a hall without walls: a red carpet, a stage under the lanterns, and a screen where the estate's average score has climbed since September.

Gold signs on the front rows for the two top tiers, a plain one behind them for the next, then none. By the gate, a red rope: RESIDENTS SUBJECT TO ENFORCEMENT ARE WELCOME TO OBSERVE.

In the second row sits Zhou Hui with her father, in the suit he retired in.

On the noticeboard, {chapter_6.number:Tingting's gold number is already out of date.|among forty gold numbers, one heron on one leg.}
{ ch6_collective:
    -> ch7_verdict
}
-> ch7_seat

// The Singapore thread: a passport applied for, or the post held till spring by a player now in
// tier A or above. Not for anyone on the court list, whose exit is barred.
=== function ch7_leaving() ===
~ return not ch6_listed && (ch6_abroad == "applied" || (ch6_abroad == "locked" && (ch7_high() || tier() == "A")))

// A renewed passport whose clearance still holds: the flight on Monday.
=== function ch7_flight() ===
~ return ch6_abroad == "applied" && gate("travel_abroad")

=== ch7_verdict ===
At twenty past nine phones chime all over the courtyard, like small birds landing.
{ ch7_upheld():
    ~ record("collective_appeal_upheld")
    # sfx: approval_chime
    COLLECTIVE APPEAL, HEPING ROAD GANTRY, SEPTEMBER 3 TO 14: UPHELD. PENALTIES WITHDRAWN. SCORE NOW {score()}.
    {ch6_camera.door:Two hundred and six names did it, in pencil.|The letter cites "a prior upheld appeal concerning the same device": yours, from week two, which Granny Lu stapled to the front of her folder.} In the back rows Granny Lu reads it, folds her glasses, and sits up very straight.
- else:
    # sfx: denial_tone
    COLLECTIVE APPEAL, HEPING ROAD GANTRY: NOT ACCEPTED. INSUFFICIENT AFFECTED RESIDENTS (59 OF 100). {worth("collective_appeal_signed"):The {points("collective_appeal_signed")} stay where they went.|} Granny Lu reads it twice, then takes out her pencil and begins again to count.
}
-> ch7_seat

=== ch7_seat ===
{ch6_face && not ch1_perks:At the gate the volunteer's tablet finds your face twice: here, and on a delivery shift in Dongcheng since seven this morning. He looks from the screen to you, decides it is his tablet that is wrong, and waves you in.}
{ ch6_listed:
    At the gate the volunteer's tablet went red for your face, and he was very sorry. You stand at the rope with Tingting.
    -> ch7_gate
}
{ not (ch7_high() || tier() == "A"):
    A volunteer shows you to the back rows, with Granny Lu and half of Stairwell B.
    -> ch7_gate
}
A volunteer shows you to the {ch7_high():second row, where a gold sign and your own name are waiting on a chair|fourth row, under a sign that says A}.
* [Sit where the sign puts you]
    You sit. {ch7_high():Zhou Hui reaches back and squeezes your hand.|Tingting swings her legs and counts the gold signs in front of her.}
* (back) [Sit at the back with Granny Lu and Stairwell B]
    Granny Lu moves her bag off the chair beside her. "Best seats," she says. "From here you can see who's watching."
-
-> ch7_gate

=== ch7_gate ===
At ten the food arrives: fifty boxes of beef noodles from Ma's, strapped to a scooter, and Deng riding it.
{ ch6_listed:
    -> both
}
{ deng_listed():
    -> stopped
}
-> welcome

= stopped
The boy at the gate holds a tablet up to every face, like a butterfly net. Green, green, green. For Deng it goes red.
"Sorry, uncle. You can leave the boxes."
Deng sets them on the low wall by the rope one at a time, as carefully as he once set out durians on Binhai Road.
* (carried) [Go to the gate and carry the boxes in with him #stance: conscience]
    ~ record("contact_listed")
    # sfx: notification
    You take half the stack. The tablet sees the two of you together and thinks about it. CONTACT WITH A LISTED PERSON. SCORE NOW {score()}. The boy looks at his shoes and lets the boxes through; Deng goes back to the rope alone.
    "You didn't need to," he says. #speaker: deng_qiang
    "I know."
* [Stay in your seat #stance: comply]
    Deng squares the last box and stands at the rope, since he is welcome to observe.
-
-> ch7_guo

= both
For Deng it goes red too, and he comes to stand beside you at the rope: the two names from Stairwell B. The boy carries the noodles in.
Auntie Fang comes down the carpet. "Tingting can sit with the children at the front. They sing at the end. It isn't her fault, Xiao Xu." #speaker: fang_lihua
* (sent) [Let Tingting go and sit with the children]
    Tingting looks back once (she never does) and then runs to the front, plaits bouncing.
* [Keep her with you at the rope]
    "We'll watch from here." Deng lifts her onto his shoulders, and from up there she can see better than anyone in the front row.
-
-> ch7_guo

= welcome
The boy at the gate holds up his tablet, and for Deng it goes green. Deng stops in the gateway and looks at it, as if it might change its mind.
"First gate that's said yes to me with the whole estate watching," he says. #speaker: deng_qiang
He is in a borrowed shirt: a man who will ride nights for years to keep that light green, and who {ch6_called.judgment.settled:owes Zhou Hui now, pays her to the day, and still cannot look at her|{ch6_called.iou.tear:still leaves fifteen hundred under your door each month, whatever you do with it|has paid you, so far, to the day}}.
* (beside) [Wave him over to the chair beside you #stance: conscience]
    {ch7_seat.back || not (ch7_high() || tier() == "A"):He sits, and Granny Lu passes him a sunflower seed, and that is that.|He has barely sat down when a volunteer comes, very sorry: these rows are by tier. Deng is already up. You go with him to the back, and nobody says anything, and everybody sees.}
* [Let him find a chair at the back #stance: comply]
    He lifts his chin at you, as at Ma's counter in the first week, and takes a chair at the back.
-
-> ch7_guo

=== ch7_guo ===
Old Ma has come too, with a soup urn, and shakes Officer Guo's hand like a man he has known for twenty years. He has.

Guo finds you by the urn: fifty, tired round the eyes. "The back room at Ma's," he says, low. "Still used? Every noon, I hear, since the mosque gate got its face reader. I'm not asking for names. Only whether the room is used, so I can close it with a letter before someone above me closes it with a van." #speaker: guo_wen

"Last year I closed a 'temple' in a garage that had taken a widow's flat. The year before, I registered a church that had met in a school hall for thirty years. On my list they count the same. That is the trouble with my job." #speaker: guo_wen

{ch3_mosque == "reported":In week three it was you who told him about the back room, so that he could register it. It never was.|}{ch3_mosque == "listed_names":In week three you copied the regulars' names onto the committee's form, in your neat bookkeeper's hand. The back room filled up the Friday after.|}{ch3_mosque == "refused_form":In week three you helped Old Ma send the form back with the names left blank. Guo has not forgotten; that he asks you anyway is a kind of respect.|}{ch3_mosque == "kept_away" && not ch3_prayed:In week three you kept away from all of it. It has come to find you.|}{ch3_prayed: You have sat at the back of that room yourself, shoes off, while the old men prayed.|}

Old Ma ladles soup without looking up. "He isn't a bad man. He's a man with a target. Nobody asked God for a copy of the register." #speaker: ma_zhiqiang

# poll: the_back_room
* (told) [Tell him yes: at noon, most days #stance: comply #road: room_confirmed]
    ~ record("neighbour_reported")
    Guo thanks you as if you had done him a kindness. By his lights, you have. Old Ma gives you extra beef, as always, and does not meet your eye.
* [Tell him you count noodles, not prayers #stance: conscience #road: room_not_confirmed]
    ~ record("report_declined")
    "Then I'll count them myself," Guo says, without anger, and his phone logs that you declined. Old Ma sets down your bowl with extra beef and rests a hand on your shoulder.
-
-> ch7_fang

=== ch7_fang ===
At half past ten Auntie Fang takes the microphone. "This autumn: {ch1_reported:three batteries off three landings, and no fire|batteries off our landings, and one fire, in Block 6, that a little boy is still coughing from}. A fraud ring, caught, because people in this courtyard pressed REPORT. Mr Qiu in the front row, because somebody noticed his milk. Yes, I keep a list. It's the list of everyone I would break a door down for." #speaker: fang_lihua

Zhou Hui turns to find you. "Today my father is told he's trustworthy, after forty years of being it for nothing. Let him have it, Ming." #speaker: zhou_hui
-> ch7_names

=== ch7_names ===
Then the names: each family walks the carpet to shake Officer Guo's hand and take a red folder.
{ ch6_listed:
    At the end, for ten seconds, the screen shows the estate's residents subject to enforcement: yours and Deng's, given names starred out. Zhou Hui comes to the rope with her phone already open. "It's one tap, Ming. Still." #speaker: zhou_hui
- else:
    {ch7_high():"Xu Ming and family," Auntie Fang reads, and the screen shows {score()}.|{tier() == "A":"And now every family in good standing," Auntie Fang calls, "come up for the photograph!" Half the courtyard rises.|Your name is not read. A volunteer leaves a card on every chair in the back rows: WORKING TOWARDS GOOD STANDING. MY FAMILY'S PLEDGE.}}
}
{ ch7_leaving():
    {ch7_flight():In your pocket is the renewed passport, its clearance valid while your tier holds. The flight to Singapore is on Monday.|{ch6_abroad == "applied":This morning the app withdrew the passport's clearance: TIER {needs("travel_abroad")} REQUIRED.|Tan Pei Ling's post is still on the latch.}}
}
Beyond the gate Old Ma is walking back to Jiefang Street with his empty urn. It is nearly noon.
# ledger: 7
# poll: where_you_stand
* (went_up) {not ch6_listed && ch4_role != "liaison" && (ch7_high() || tier() == "A")} [Go up when Auntie Fang calls you #stance: comply #road: went_up]
    { ch7_high():
        ~ record("civility_award")
    }
    -> ch7_end_model
* (pledged) {not ch6_listed && ch4_role != "liaison" && not (ch7_high() || tier() == "A")} [Sign the pledge card, and clap for the families who go up #stance: comply #road: pledged]
    -> ch7_end_model
* {ch4_role == "liaison" && not ch6_listed} [Take your place with the liaisons beside the stage, tablet in hand #stance: comply #road: stood_with_liaisons]
    -> ch7_end_assessor
* (bought) {ch6_listed} [Let Zhou Hui make the one tap, and walk up the carpet beside her #stance: comply #road: bought_off]
    ~ record("court_judgment_settled")
    -> ch7_end_model
* {ch6_listed} [Stay at the rope, with your name on the screen #stance: refuse #road: stayed_at_rope]
    -> ch7_end_list
* {ch7_gate.stopped.carried && ch6_face} [Step over the rope and stand with Deng #stance: conscience #road: stood_with_deng]
    -> ch7_end_list
* {ch7_leaving() && ch7_flight()} [Take Tingting's hand and leave before the photograph #gate: travel_abroad #road: left_for_abroad]
    -> ch7_end_abroad
* {ch7_leaving() && not ch7_flight()} [Leave before the photograph, and write to Tan Pei Ling tonight: yes #road: left_in_spring]
    -> ch7_end_abroad
* {ch6_collective && not ch6_listed} [Stand up, with the neighbours who signed #stance: conscience #road: stood_together]
    -> ch7_end_together
* {not ch6_listed && not ch7_guo.told && (ch3_prayed || not ch6_collective)} [Slip out after Old Ma to Jiefang Street, for the noon prayer #stance: conscience #road: went_to_pray]
    -> ch7_end_faith
* {not ch6_listed && ch7_guo.told && (ch3_prayed || not ch6_collective)} [Go after Old Ma, and tell him yourself what you told Guo #stance: conscience #road: went_to_confess]
    -> ch7_end_faith

=== ch7_end_model ===
{
- ch7_names.bought:
    Zhou Hui taps once. By the time you reach the stage the screen has taken your name down: JUDGMENT PERFORMED, 11:52. {score()}. Deng's name has gone from the screen with yours, and Deng has gone from the rope.
- ch7_names.pledged:
    You sign the card on your knee: I WILL PAY ON TIME, KEEP MY WORD, AND REPORT WHAT ENDANGERS MY NEIGHBOURS.
- ch7_high():
    Twelve steps up the red carpet. {ch7_seat.back || ch7_gate.welcome.beside:You walked up from the back rows, past Granny Lu, who did not clap and did not look away.|Tingting, in the front row, claps with her hands over her head.}
- else:
    You go up with the crowd and stand in the back row of the photograph, behind the gold signs. The photographer tells everyone to say qiezi. You say it.
}

The screen does not show how the number was made. You know. {ch7_named():{ch1_reported:A battery on Deng's landing. }{ch2_lookalike.photographed:A stranger's face at the crossing. }{ch3_mosque == "listed_names":The Friday regulars' names, in your neat hand. }{ch3_mosque == "reported" || ch7_guo.told:The back room at Ma's. }{ch4_first_assessment.rated_c || ch4_first_assessment.rated_b:Deng's quarterly rating. }{ch5_reported_liu:The Lius' homework room. }{ch6_camera.assessed:A three for Granny Lu. }Each one true, and each one counted.|You never pressed REPORT on anyone. It was {ch1_bill_paid:bills on time, |}{ch1_volunteered:a Saturday with gloves, |}a great many small silences, and it honours you the same.}

What it bought is real too. {ch4_school == "no2":A desk for Tingting across the canal. |}{ch4_role == "port":A state pension. |}{ch4_role == "desk":Eight hundred a month. |}{ch4_enrolment.viewing && not ch6_listed:A balcony on Canal Street, if you sign. |}{ch1_money == "loan":Three thousand yuan in forty seconds when Mother needed it. |}{deng_listed():And Deng watches from the rope.|And Deng, off the list because {ch6_called.judgment.settled || ch7_names.bought:Zhou Hui paid|you paid}, is somewhere behind you, still paying.}

"You see?" Zhou Hui says, holding her father's folder like a newborn. "It works." #speaker: zhou_hui

For him, today, it does.

Tingting takes your hand on the way down. "Are we a trustworthy family now?" #speaker: tingting

{ch7_names.pledged:"Next year," you say, because that is what the card is for, and you find that you want it to be enough.|"Yes," you say, because the folder says so, and you find that you want it to be enough.}
# ending: model_citizen
-> END

=== ch7_end_list ===
{ ch6_listed:
    "No," you say.
    Zhou Hui closes the app the way you close a door you are trying not to slam. "Ming." Then she goes back to her father. #speaker: zhou_hui
- else:
    ~ record("contact_listed")
    # sfx: notification
    You step over the rope and stand beside Deng. CONTACT WITH A LISTED PERSON. SCORE NOW {score()}. The volunteer opens his mouth and shuts it. In the second row Zhou Hui turns, sees where you are, and turns back.
}

The ceremony goes on without you, which is what the rope is for. The children sing{ch7_gate.both.sent:, Tingting among them, searching for you over the heads| and Tingting sings with them from Deng's shoulders, louder than the front row}. {ch6_listed:Two names, one rope.|One name on the screen, two people at the rope.}{ch1_reported: He has never asked who reported his battery. Standing here, you think he knows, and that today it does not matter.|}

{ ch6_listed:
    You know what the list takes; you have counted it. {ch4_school == "no2":Tingting's desk at No. 2, withdrawn on Friday.|The good school across the canal, for as long as you stay on.} The G-train: on Thursday it will be the K-train to Jinxi{ch1_journey == "slow_train":, the old hall you already know|}. The loan tablet, the airport, {ch4_role == "none":any job that screens|the work you had earned}.
    What it has not taken is the reason. You signed for a friend, and when the bank came {ch6_called.refused:you told it the risk had been its own, and meant it|you would not pretend the signature had been a mistake}. The list says you did not pay. It has no column for why.
- else:
    "You're in my file now," Deng says. "Next to the sixty-one hours." #speaker: deng_qiang
    You have been in it since the first morning you lent him your face.
}

"Are we dishonest now?" Tingting asks on the way home. #speaker: tingting

{ch6_listed:"No. We're on a list."|"No. Uncle Deng is on a list. We stood next to it."}

She thinks about it for a whole block. "What's the difference?" #speaker: tingting

Deng laughs for the first time in weeks. "Three years I copied your homework," he says. "Never once your stubbornness." #speaker: deng_qiang

At the corner the public screen runs its loop of yesterday's offenders. You stand under it a while, holding Tingting's hand, and let it look.
# ending: on_the_list
-> END

=== ch7_end_abroad ===
You leave during the Zhous' applause, Tingting's hand in yours, and nobody turns round but Granny Lu.
{ not ch7_flight():
    -> spring
}

On Sunday Mother comes by G-train, and at the barrier she says "Go," and this time you know exactly which way she means it, and you go anyway. #speaker: mother

# scene: airport
On Monday at Lanmen Airport a gate of smoked glass considers your face for half a second. Green, your name, {tier()}. It slides open.

The number stays behind like a coat on a hook: {score()}, waiting for you to step back into it. {ch7_named():You have not forgotten what you paid in: {ch1_reported:a battery, |}{ch2_lookalike.photographed:a stranger's face, |}{ch3_mosque == "listed_names":a list of names, |}{ch3_mosque == "reported" || ch7_guo.told:a back room, |}{ch4_first_assessment.rated_c || ch4_first_assessment.rated_b:a friend's rating, |}{ch5_reported_liu:the Lius' homework room, |}{ch6_camera.assessed:a three for Granny Lu, |}and the people behind each, who are not leaving.|You paid in bills and silences and kept your thumb off every report, and it is still a kind of luck to be able to leave.} {deng_listed():Deng is still on the list, loading containers under the cranes you are flying over.|Deng will go on paying off a debt that is {ch6_called.judgment.settled:Zhou Hui's|yours} now, into an account you will check from across the water.}
-> water

= spring
That night you write to Tan Pei Ling: yes{gate("travel_abroad"):, and the passport form goes in the same night|, in spring, whatever it takes}. "Then I'll hold it," she answers. "Things change."

What it takes is a winter. Bills on the first of the month. Saturdays with gloves. Your thumb on nothing that costs a point, and on nothing, either, that would cost someone else one. For the sake of leaving, you become exactly the resident the number asks for, and you watch yourself do it.

# scene: airport
{gate("travel_abroad"):In January,|In March the passport button turns blue, and a week later,} at Lanmen Airport a gate of smoked glass considers your face for half a second, and slides open. The number stays behind like a coat on a hook. {deng_listed():Deng is still on the list, loading containers under the cranes you are flying over.|Deng is still paying, into an account you will check from across the water.}
-> water

= water
Singapore has cameras too, Tan Pei Ling warned you, and fines for things Lanmen has not thought of yet. But nobody there adds it all into one number with your name on it.

The plane climbs out over the port. The cranes stand bent in the haze like herons. {chapter_6.number:Tingting presses her face to the window, looking for Block 3.|Tingting has her poster rolled up in her bag, the bird on one leg.} Somewhere in the grid of six grey blocks, Auntie Fang is stacking chairs.
# ending: across_the_water
-> END

=== ch7_end_assessor ===
~ record("assessment_filed")
The liaisons stand in a row beside the stage in red tabards, tablets held against their chests like hymn books. "Our eyes and ears," Auntie Fang tells the microphone, and the estate applauds you.

Afterwards the families file out past you, and the blue tablet asks for each one: ATTENDED. CONDUCT, ONE TO FIVE. {ch6_camera.assessed:Granny Lu passes, whom you gave a three for social harmony, and nods to you anyway.|Granny Lu passes with her folder, and you give her a four, and she will never know.} {deng_listed():Deng's card comes up red from the rope, HIGH RISK, with no box for who he is.|Deng's card comes up amber, and you remember whose money turned it.}

"People call it spying," Auntie Fang says, unpinning her microphone. "It's noticing. Noticing is what neighbours did, before everyone had three locks on the door." She believes it, and half of it is true: Mr Qiu is alive. #speaker: fang_lihua

Your own card is on the tablet too, if you look: {score()}, {tier()}, filed by somebody you will never meet. This afternoon there are forty more households.

"Do you give everyone points now?" Tingting asks, swinging on your arm. #speaker: tingting

"Some."

"Can you give Uncle Deng some?" #speaker: tingting

The tablet has no box for that. You look for one anyway.
# ending: the_assessor
-> END

=== ch7_end_together ===
You stand up. Nobody planned it. Granny Lu stands at the end of her row; then a courier the camera put on Heping Road while she was asleep after a night shift; then {ch6_camera.door:the people whose doors you knocked on, all over the courtyard|others, scattered, whose names went in after your old appeal was stapled to the folder}, until a crowd is on its feet while Auntie Fang reads names.

She stops. Then, because she is Auntie Fang, she says, "{ch7_upheld():And our neighbours who got the crossing mended|And our neighbours who are still counting}," and claps, and the front rows, uncertain, clap too. #speaker: fang_lihua

# scene: crossing
{ch7_upheld():The countdown has been fixed: thirty-seven seconds, each one lit.|The countdown is still dark.} You wait for the green, a crowd of you, and cross, and the eight lenses watch, and for once there is nothing to record.

{ch7_upheld():The number came back: {score()}. Enough people wrote their names in pencil. That is rare.|The number did not come back: {score()}. Not enough names, this time.} {ch7_named():You know, too, what you have given it. {ch1_reported:Deng's battery. |}{ch2_lookalike.photographed:A stranger's face. |}{ch3_mosque == "listed_names":The regulars' names. |}{ch3_mosque == "reported" || ch7_guo.told:The back room. |}{ch4_first_assessment.rated_c || ch4_first_assessment.rated_b:Deng's rating. |}{ch5_reported_liu:The Lius' room. |}{ch6_camera.assessed:A three for Granny Lu. |}Standing up today unsays none of it.|}

"The camera stays," Granny Lu says on the far kerb. "Good. That boy's hip was real." She pats the gantry's pole like a horse's neck. "{ch7_upheld():Now it's honest|Next year it'll be honest}."
# ending: standing_together
-> END

=== ch7_end_faith ===
# scene: place_of_worship
{ ch7_guo.told:
    -> confess
}
Through the kitchen is the back room: a carpet, a strip of tape pointing west towards Mecca, and six old men in a row, Old Bai at the end, Old Ma in front.

You take off your shoes and sit in the kitchen doorway on a folded mat, {ch3_prayed:as you did in week three|for the first time}: not to pray their prayer, but so that they are not the only ones who know they came.

It is the quiet prayer: only the rustle of sleeves, foreheads to the carpet, and Old Ma's voice at each movement, God is greatest, addressed to Someone who keeps no register.

~ record("worship_unregistered")
# sfx: notification
ATTENDANCE AT AN UNREGISTERED RELIGIOUS GATHERING. SCORE NOW {score()}.

{ch6_abroad == "applied":Somewhere a passport clearance for Singapore checks your tier again. |}{ch7_high():In the courtyard a red folder with your name on it is going to nobody. |}You turn the phone face down on the carpet.

Afterwards Old Ma pours tea. "You didn't have to come." #speaker: ma_zhiqiang

"I know."{ch3_mosque == "listed_names": A pause. "I wrote their names down for the form."|}{ch3_mosque == "reported": A pause. "I told Guo about this room."|}

{
- ch3_mosque == "reported":
    "I know that too." He does not push the cup towards you; he leaves it where it is, between you. "They closed this room for three weeks. Old Bai prayed alone in his kitchen, on his bad knees, and told nobody why." He drinks his own tea. "You came today. God keeps the accounts. I only keep the shop." #speaker: ma_zhiqiang
- ch3_mosque == "listed_names":
    "I know that too." He pushes the cup towards you. "Three of those names stopped coming to the mosque after the form. They pray here now, or nowhere." A pause. "God keeps the accounts. I only keep the shop." #speaker: ma_zhiqiang
- else:
    "Guo isn't wrong that people get robbed in God's name," he says. "He's wrong that a list will stop it. A list only tells you who was brave enough to be on it." #speaker: ma_zhiqiang
}

You think of Mother in Jinxi with her three sticks of incense, and what she said in the first week: the Bodhisattva doesn't need a telephone. The number face down on the carpet is exactly as true, and exactly as beside the point, as it was an hour ago.
# ending: keeping_faith
-> END

= confess
The shutter at Ma's is half down. You knock on it, and Old Ma comes out wiping his hands, his cap already on for the prayer.

You tell him: Guo asked, and you said yes, at noon, most days. He listens to the end, the way he listens to an order.

"I know," he says. "Guo told me he would ask you before he asked." He looks back through the kitchen, where six old men are taking off their shoes. "Not today, Xu Ming. Today go home. Come for noodles on Monday, and we will see what the letter says." #speaker: ma_zhiqiang

The shutter comes down the rest of the way. You sit on the step outside with your back to the metal, and through it you hear his voice at each movement, God is greatest, and then nothing, and then the rustle of sleeves.
# ending: keeping_faith
-> END
