// Chapter 5, "A Smooth City": the fifth week. The scheme's best case, shown: the fraud ring
// caught, Zhou Hui's father's money home, a fire inspection that finds what it was looking for,
// a fast lane that works, a train on time. And the other side: a post flagged as rumour, and a
// request to report the Liu family's homework room. Sets ch5_reported_liu and ch5_post; reads
// ch1_* to ch4_* variables.

VAR ch5_reported_liu = false
VAR ch5_post = "none"
// What became of the Lius' room after a report: "sealed", "fire_only" (the heater taken, the room open), or "".
VAR ch5_liu = ""

=== chapter_5 ===
# chapter: 5
# scene: home
Zhou Hui phones at twenty to seven on Monday, in tears.

"They got them, Ming. The Shanghai number. Dad's last seventy-eight thousand went through their accounts. He's walking round the flat in his good shirt." #speaker: zhou_hui

"The reports did it. The police want statements from everyone called; they copy your phone, it's standard. Come at lunch." #speaker: zhou_hui

* (statement) [Go with her and give a statement #stance: comply]
    ~ record("fraud_reported")
    # scene: community_office
    At the District Service Centre an officer copies ninety days of your calls into a grey box. {score()}.
* [Say you'd rather keep your phone to yourself #stance: refuse]
    "Ninety days of my calls, Hui. Mother's doctors. Deng."
    "They caught them, Ming." She goes alone and sends a photograph: the map of red pins. Under it: Dad's street, and a heart. #speaker: zhou_hui
-
# scene: home
That evening the district posts: ONE YEAR OF THE HEPING ROAD GANTRY. ZERO INJURIES. 99.7% DETECTION ACCURACY. A mother in Block 6 writes that her son walks to school alone now.

You think of the Thursday it caught you on red while you were in Jinxi{ch2_appealed == "won":, and the morning it cost to prove it|{ch2_appealed == "lost":, and the appeal they turned down|, and the appeal you never had a morning to file}}.
* (posted) [Reply: "I was the 0.3 per cent." #stance: conscience]
    You write it plainly: the date, the hospital, someone else in a coat like yours. A dozen thumbs by midnight. One is Deng's.
* [Leave it. Ninety-nine point seven is a good number]
    You close the app. The point three is nobody's business but yours.
-
-> ch5_inspection

=== ch5_inspection ===
# scene: street
{ ch1_reported:
    On Tuesday the two fire officers your thumb brought to Deng's landing in week one come back with a thermal camera. That first time they walked every stairwell, and under the stairs of Block 6 they found a battery fat at the seams, with the Chens and sixteen others asleep above it. Auntie Fang leads them round again{ch4_role == "liaison":, you behind her with the blue tablet}.
    Today they find one more, wrapped in a towel "to keep it warm". "Quiet estate," the officer says.
- else:
    On Sunday night at three the stairwell of Block 6 filled with smoke: a scooter battery under the stairs, fat at the seams, had begun to burn. The Chens carried their boy Xiaobao down through it. He is in the People's Hospital with his lungs, two nights so far.
    By Tuesday seven residents' reports have brought two fire officers with a thermal camera. Auntie Fang leads them round{ch4_role == "liaison":, you behind her with the blue tablet}. They find one more battery, wrapped in a towel "to keep it warm".
    "When we come for one, we walk every stairwell," the officer says. "Nobody called us this autumn. Not until Sunday."
}

Deng's landing is bare; {ch1_reported:since the fine he charges at the depot and barely says good morning|{ch1_journey == "flight":since Auntie Fang's warning he charges inside|since the night you knocked he charges inside}}. With the spare key from your hook the officers find his battery unplugged on a steel tray under a new smoke alarm, price sticker still on. "Better than most," one says.
-> ch5_physio

=== ch5_physio ===
On Wednesday Jinxi hospital rings: your mother's knee needs physiotherapy before it stiffens. The standard list: five weeks. The fast lane, tier {needs("services_fast_lane")} and above: Thursday. A private clinic: two thousand six hundred yuan.

"The woman in the next bed waited three months," your mother says. "Now she walks like a crab. Don't spend money on me." #speaker: mother

{gate("services_fast_lane"):The fast-lane button is blue.|Beside the fast lane: REQUIRES TIER {needs("services_fast_lane")}. YOUR TIER: {tier()}.}
* (fast) [Book the fast lane #gate: services_fast_lane #stance: comply]
    # sfx: approval_chime
    BOOKED: THURSDAY 09:00, in eight seconds. The five-week list gets no longer, and no shorter.
* (private) [Pay the private clinic]
    There goes the month's margin, and Tingting's winter coat. It can wait.
    "Don't spend money on me," your mother says again, after it is spent. #speaker: mother
* [Take the five-week date and post her the exercises #stance: refuse]
    Twelve printed pages: a woman in a leotard, bending. Your mother says the woman is very thin, but she will do her best.
-
-> ch5_homework_room

=== ch5_homework_room ===
# scene: school
{ch4_school == "heping":Twice a week, after the school club shuts, Tingting goes up to the Lius' on the sixth floor. On Wednesday you collect her.|Tingting stays at No. 2 until seven now, but on Wednesday you climb to the Lius' sixth floor for her library book.}

Flat 601: two folding tables, eleven children, one door, a two-bar heater, the nine-times table on a whiteboard. Liu Yan taught English until her tutoring centre closed. Twenty yuan an evening; for night-shift parents at the port, the only alternative to an empty flat.

"Xiaoyu's mum is on nights," she says, over a small bent head. #speaker: liu_yan
* (warned) [Tell her Auntie Fang is asking about the room]
    She looks tired. "A licence needs a second exit. Sixth floor. You find me a second door. If they close me, Xiaoyu sleeps on sacks in a warehouse office." #speaker: liu_yan
* (asked) [Ask her about the heater and the door]
    She shows you without offence: an extinguisher under the sink, dated last month; the heater on a timer. "I'm not careless. I'm unlicensed. They're different things." #speaker: liu_yan
* [Say nothing, and go]
    The heads bend over the exercise books. The heater ticks. The only door closes behind you.
-
{ chapter_5.posted:
    -> ch5_flagged
}
-> ch5_report

=== ch5_flagged ===
# scene: noodle_shop
# sfx: notification
On Thursday at Old Ma's your phone buzzes: YOUR POST HAS BEEN FLAGGED AS A POSSIBLE RUMOUR: IT CONTRADICTS THE PUBLIC RECORD.
~ record("post_flagged_rumour")
{score()}. In a grey box: DELETE WITHIN 24 HOURS{worth("post_deleted_on_request"): AND {worth("post_deleted_on_request")} POINTS WILL BE RESTORED|}.

"It doesn't know you were in Jinxi. It knows the camera's log. A claim against the record is a rumour until the record changes.{ch2_appealed == "won": Your appeal fixed your score, not the camera's log. I've raised it.}" #speaker: ma_ling

"Last typhoon someone posted that the Xiaoqing dam had burst. Four thousand people ran onto the ring road, and a man was crushed in the underpass. The model catches that in ten minutes now. It catches you too. I built that part." #speaker: ma_ling

{ ch3_mosque == "refused_form":
    Old Ma sets down pickles. "Amber, like me," he says. "Welcome." #speaker: ma_zhiqiang
- else:
    "Everything gets a number now," Old Ma tells the dough. "Even what you say." #speaker: ma_zhiqiang
}
* [Delete the post #stance: comply]
    ~ ch5_post = "deleted"
    ~ record("post_deleted_on_request")
    # sfx: approval_chime
    POST REMOVED. THANK YOU FOR KEEPING LANMEN'S INFORMATION CLEAN. Ma Ling looks at her bowl, relieved or ashamed; you cannot tell.
* [Leave it up #stance: refuse]
    ~ ch5_post = "kept"
    A label appears under your post: UNVERIFIED. By evening two thumbs are withdrawn. Deng's stays.
- -> ch5_report

=== ch5_report ===
# scene: home
{ch4_role == "liaison":On Friday the blue tablet shows a task: UNREGISTERED EDUCATION ACTIVITY, B3-601. LIAISON TO CONFIRM. Auntie Fang rings.|On Friday evening Auntie Fang knocks with the pink tablet.}

"A confirmation brings the fire officer and the education office. They'll fine the Lius and shut the room until it's licensed, which in a flat is never. You saw that battery. I've seen Dongcheng." #speaker: fang_lihua
{ch5_homework_room.warned:You hear Liu Yan: you find me a second door.|{ch5_homework_room.asked:You think of the extinguisher under her sink.|You think of the only door, closing.}}
{ ch4_own_assessment.smoothed:
    "You told me no and no," she says. "It was on the screen two lines up. I wrote down what you said." #speaker: fang_lihua
}
{ ch4_own_assessment.truthful:
    "You were straight with me about Deng," she says. "Be straight now." #speaker: fang_lihua
}

# poll: report_the_homework_room
* [Confirm the report #stance: comply #road: room_reported]
    ~ ch5_reported_liu = true
    ~ ch5_liu = "sealed"
    ~ record("neighbour_reported")
    { ch4_role == "liaison":
        ~ record("assessment_filed")
    }
    # sfx: approval_chime
    By Tuesday there will be a paper seal across the door of 601, and the children somewhere else. Nobody will be hurt up there.
* [Report only the fire risk #road: fire_risk_only]
    ~ ch5_reported_liu = true
    ~ ch5_liu = "fire_only"
    ~ record("neighbour_reported")
    You tick FIRE SAFETY and leave EDUCATION blank. "Both offices read the same box," Auntie Fang says gently, but she sends it as you wrote it. #speaker: fang_lihua
    On Tuesday the fire officer comes alone. He carries the heater away, fines Liu Yan eight hundred yuan, and writes SECOND EXIT REQUIRED on a form she cannot fill. The education office does not come. Not this month.
* [Decline #stance: conscience #road: room_declined]
    ~ record("report_declined")
    "I'd rather knock on her door than seal it."
    "I have to mark it." She does: {score()}. "If anything happens up there, we'll both know." #speaker: fang_lihua
-
-> ch5_train

=== ch5_train ===
# scene: station
On Saturday you take Tingting to Jinxi. Deng is going home too, on the 7:05 K-train{not deng_listed():, though off the list he could take the G-train now: the K-train is a hundred yuan cheaper, and he has a loan to pay}.
* [Take the 8:10 G-train as planned]
    {gate("rail_highspeed"):It arrives at 10:12, to the minute. You are in Jinxi before Deng is halfway.|The gate will not open for you; you take the K-train after all, and arrive when it arrives.}
* [Take the K-train with Deng #stance: conscience]
    Seven hours forty on a hard seat. Deng teaches Tingting a card game that is mostly slapping{ch1_reported:, and does not mention the fine, and neither do you|}, and at Fuqiao buys tea eggs for all three.
-
{ ch5_physio.fast:
    Your mother meets you at the hospital gate with a stick she hardly leans on. "Two sessions," she says. "The girl says I'm her best." #speaker: mother
- else:
    { ch5_physio.private:
        Your mother meets you at the gate with a stick and the clinic's receipt in her purse. "Money walks better than I do," she says. #speaker: mother
    - else:
        Your mother opens the door holding the back of a chair, the twelve pages on the table, four of them ticked. "Slowly," she says. "The thin woman is very patient." #speaker: mother
    }
}
{ch3_mother.scan:Her phone calls her a REGISTERED DEVOTEE, XISHAN GUANYIN TEMPLE now. This week the temple's volunteer rang to ask why she missed the fifteenth. "My knee," she told him. "They write down the knee too," she says.|She still climbs to Xishan on the first and fifteenth, slowly, and scans nothing. Mrs Hu has stopped going at all.}
{ch5_liu == "sealed":That night Tingting asks whether Teacher Liu will be there on Monday. You say you don't know. It is not quite true.|}

On Sunday, at Jinxi station, Deng is at the far end of the platform, phone to his ear, free hand flat on his head. When he sees you he pockets the phone and waves, too brightly.
# ledger: 5
-> chapter_6
