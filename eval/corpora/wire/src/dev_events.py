# Dev-half events (E01, E03, E05, E07, E09, E11, E13).
# Each article: k (local key), role, outlet, date, author, title, and either text
# (hand-written) or copy_of + ops (a light edit of the wire text, applied by build.py).
# ops: ("sub", old, new) exactly one occurrence; ("suball", old, new) one or more;
#      ("drop_para", substring); ("insert_after", substring_of_para, new_para).

SP_TRAILER = "© Stannard Press"

EVENTS = []

# ---------------------------------------------------------------- E01
EVENTS.append({
    "event": "E01", "split": "dev", "topic": "factory_fire", "wire": "Stannard Press",
    "summary": "Fire at the Halbrook Polymers plastics plant, Ferrand Road, Sellwick (Quarrington Province), late Sun Mar 8 2026; 3 workers hurt",
    "articles": [
        {"k": "w", "role": "wire", "outlet": "Stannard Press", "date": "2026-03-09", "author": "Elowen Reule",
         "title": "Three hurt as fire sweeps through Sellwick plastics plant",
         "text": """
SELLWICK, Quarrington Province (SP) — Three workers were injured, one of them seriously, when fire swept through a plastics factory on the edge of Sellwick late on Sunday, forcing the evacuation of the night shift and sending a column of black smoke over the town's eastern districts.

A total of 46 firefighters and 11 engines were sent to the Halbrook Polymers plant on Ferrand Road after the alarm was raised at 11:52 p.m., the Quarrington Fire and Rescue Service said. The blaze was brought under control shortly before 6 a.m. on Monday.

"Crews faced an extremely intense fire in a building full of raw resin, and they did remarkable work to stop it spreading to the neighbouring halls," Area Commander Siobhan Oltis told reporters at the scene.

About 90 employees on the night shift were evacuated. The seriously injured worker, a 52-year-old forklift operator, was taken to Quarrington Royal Infirmary with burns to his arms and back. Two other workers were treated for smoke inhalation and released, the hospital said.

Residents within 800 metres of the site were told to keep windows and doors closed through Monday morning. Provincial environment officials said air quality readings taken at 8 a.m. were within safe limits.

Halbrook Polymers, which makes plastic piping for the construction industry, said the fire had started in a resin storage hall and that production would be suspended "for at least two weeks."

"Our thoughts are with our injured colleagues and their families," managing director Leopold Achterby said in a statement. The cause of the fire is under investigation.

The plant employs about 310 people and opened in 1998. In 2023 the company was fined 40,000 marks by the Provincial Health and Safety Inspectorate over the storage of flammable materials at the same site.

© Stannard Press
"""},
        {"k": "c1", "role": "wire_copy", "copy_of": "w", "outlet": "Quarrington Evening Post", "date": "2026-03-09", "author": "",
         "title": "Night shift evacuated as fire rips through Sellwick pipe factory",
         "ops": [("sub", "SELLWICK, Quarrington Province (SP) — ", "SELLWICK (SP) — "),
                 ("sub", "late on Sunday,", "late on Sunday night,")]},
        {"k": "c2", "role": "wire_copy", "copy_of": "w", "outlet": "Kessary Today", "date": "2026-03-10", "author": "Stannard Press",
         "title": "Worker seriously burned in Halbrook Polymers fire",
         "ops": [("drop_para", "The plant employs about 310 people"),
                 ("sub", "neighbouring", "neighboring"),
                 ("sub", "800 metres", "800 meters"),
                 ("sub", "© Stannard Press", "— Stannard Press")]},
        {"k": "c3", "role": "wire_copy", "copy_of": "w", "outlet": "The Sandrith Star", "date": "2026-03-10", "author": "Elowen Reule, Stannard Press",
         "title": "Sellwick factory blaze: one worker in hospital with burns",
         "ops": [("sub", "SELLWICK, Quarrington Province (SP) — ", "SELLWICK, March 9 (SP) — "),
                 ("sub", " Provincial environment officials said air quality readings taken at 8 a.m. were within safe limits.", ""),
                 ("insert_after", "A total of 46 firefighters", "Ferrand Road, the main route into the industrial estate, remained closed to traffic on Monday afternoon."),
                 ("sub", "© Stannard Press", "© Stannard Press 2026. All rights reserved.")]},
        {"k": "r1", "role": "wire_rewrite", "outlet": "The Altmoor Courant", "date": "2026-03-09", "author": "Courant staff",
         "title": "Fire at Sellwick pipe factory leaves worker with serious burns",
         "text": """
A forklift operator suffered serious burns and two of his colleagues were treated for smoke inhalation after a fire broke out overnight at a plastics factory in Sellwick, Stannard Press reported on Monday.

The blaze began in a resin storage hall at the Halbrook Polymers site on Ferrand Road shortly before midnight on Sunday, according to the agency, and took firefighters roughly six hours to bring under control. The Quarrington Fire and Rescue Service committed 46 firefighters and 11 engines to the incident.

About 90 people working the night shift left the building safely. The injured man, 52, was being treated at Quarrington Royal Infirmary.

Halbrook Polymers told the agency that production would stop for at least two weeks while the damage is assessed. The company makes plastic piping used in housing and road construction.

The fire comes at a difficult moment for Kessary's building-materials suppliers, which have complained of rising resin prices since the autumn. "Any interruption at a plant of that size will be felt by contractors across the province," said Wilhelmina Sorrel, who chairs the Quarrington Builders' Federation, in a telephone interview with the Courant.

The cause has not been established. Residents living near the plant had been advised to keep their windows shut on Monday morning.
"""},
        {"k": "i1", "role": "independent", "outlet": "The Sellwick Clarion", "date": "2026-03-10", "author": "Mirren Vaunce",
         "title": "'The sky went orange': Ferrand Road neighbours describe night of the Halbrook fire",
         "text": """
Gwilym Pardoe was watching the late film when his kitchen window lit up. "The sky over Ferrand Road went orange, and then the smell came through the walls," said Pardoe, 67, whose terraced house on Kiln Street backs onto the Halbrook Polymers site. "I've lived here forty years and never seen anything like it."

The fire at the pipe manufacturer, which began just before midnight on Sunday, left three Halbrook employees injured. One, a forklift operator from the Cobb Rise estate, remained in Quarrington Royal Infirmary on Tuesday with burns that his union described as serious but not life-threatening.

Crews from four stations, including Wendle and Corrowfield, were still damping down hot spots on Tuesday morning. Station manager Ruaridh Tavish told the Clarion that more than 40 firefighters had been at the scene at the height of the blaze.

Tessa Blakemore, the site representative for the General and Industrial Workers' Union, said staff had raised concerns about the resin hall's sprinkler system "more than once" in the past year. "We want a full, independent investigation, not a company review," she said.

Halbrook's managing director, Leopold Achterby, told Stannard Press on Monday that production would be suspended "for at least two weeks."

The Clarion reported in 2023 that Halbrook had been fined 40,000 marks by the Provincial Health and Safety Inspectorate over the storage of flammable materials at Ferrand Road. The company did not respond to questions on Tuesday about whether the resin hall had been inspected since then.

Sellwick councillor Aled Hallowes said he would ask the council to review its emergency alert process, after several Kiln Street residents said they had learned of the advice to close their windows from social media rather than from official channels.
"""},
    ]})

# ---------------------------------------------------------------- E03
EVENTS.append({
    "event": "E03", "split": "dev", "topic": "factory_fire", "wire": "Stannard Press",
    "summary": "Fire at the Old Weir Mill (Aldous & Dunning textiles), Lockside Street, Corrowfield (Quarrington Province), Sat May 16 2026; roof lost, nobody inside hurt",
    "articles": [
        {"k": "w", "role": "wire", "outlet": "Stannard Press", "date": "2026-05-16", "author": "Corwin Abel",
         "title": "Fire destroys roof of historic Corrowfield textile mill",
         "text": """
CORROWFIELD, Quarrington Province (SP) — A fire tore through a 19th-century textile mill in Corrowfield on Saturday afternoon, bringing down part of its roof and sending smoke across the town centre, but all 35 people inside the building got out unharmed, fire officials said.

Around 60 firefighters and 14 engines from across the province were called to the Old Weir Mill on Lockside Street, home to the fabric maker Aldous & Dunning, after the first emergency call at 3:15 p.m. One firefighter was treated for heat exhaustion.

"The roof over the main weaving floor has gone, and the upper storeys are unsafe, so we will be here well into Sunday," said Group Commander Ewan Maclure of the Quarrington Fire and Rescue Service.

Police said they were treating the fire as suspicious and appealed for anyone who saw people near the mill's rear loading yard on Saturday afternoon to come forward.

The Corrowfield and Weir Canal was closed to boats along a 500-metre stretch beside the mill, and residents of nearby streets were told to keep their windows shut.

Aldous & Dunning, which employs 140 people at the site and makes upholstery fabrics, said it was "devastated." "This building has been the heart of Corrowfield for generations. We will do everything we can to keep our people in work," chief executive Philippa Aldous said.

The Old Weir Mill was built in 1871 and was designated a protected heritage building in 1994. Heritage officials said they would assess the damage once the fire service declared the site safe.

© Stannard Press
"""},
        {"k": "c1", "role": "wire_copy", "copy_of": "w", "outlet": "Quarrington Evening Post", "date": "2026-05-16", "author": "",
         "title": "Historic Corrowfield mill ablaze; 35 escape unhurt",
         "ops": [("sub", "CORROWFIELD, Quarrington Province (SP) — ", "CORROWFIELD (SP) — "),
                 ("sub", "on Saturday afternoon, bringing", "on Saturday, bringing")]},
        {"k": "c2", "role": "wire_copy", "copy_of": "w", "outlet": "Kessary Today", "date": "2026-05-17", "author": "",
         "title": "Suspicious fire wrecks roof of Corrowfield's Old Weir Mill",
         "ops": [("drop_para", "The Old Weir Mill was built in 1871"),
                 ("sub", "town centre", "town center"),
                 ("sub", "© Stannard Press", "— Stannard Press")]},
        {"k": "r1", "role": "wire_rewrite", "outlet": "KPB News", "date": "2026-05-17", "author": "KPB Newsdesk",
         "title": "Police treat Corrowfield mill fire as suspicious",
         "text": """
Police in Corrowfield are treating Saturday's fire at the Old Weir Mill as suspicious, according to Stannard Press.

The blaze, which started shortly after three in the afternoon, destroyed the roof above the mill's main weaving floor. The news agency said around 60 firefighters were involved at its height. Everyone inside the building — 35 people, most of them staff of the fabric company Aldous & Dunning — escaped without injury, although one firefighter needed treatment for heat exhaustion.

Officers have asked anyone who was near the rear loading yard on Saturday afternoon to get in touch.

The mill dates from 1871 and is a protected heritage building. Aldous & Dunning's chief executive, Philippa Aldous, told the agency the company would try to keep its 140 employees in work.

Speaking to KPB on Sunday morning, Corrowfield's mayor, Eamon Lisle, said the town would "stand behind" the firm. "People here measure their lives by the mill whistle. We are not going to let that building or those jobs go without a fight," he said.

Fire crews were expected to remain at the scene until Sunday evening. The canal beside the mill remains closed to boats.
"""},
        {"k": "i1", "role": "independent", "outlet": "Corrowfield Chronicle", "date": "2026-05-18", "author": "Niamh Cortell",
         "title": "Mill fire: staff tell of escape as investigators search the rubble",
         "text": """
Weaver Jolene Parry was halfway through a Saturday overtime shift when the fire alarm went. 'Somebody shouted from the stairwell, and by the time we reached the yard you could see smoke coming out under the eaves,' said Parry, who has worked at the Old Weir Mill for 22 years. 'Nobody panicked. We just walked out, and then we stood there and watched the roof go.'

Fire investigators and police forensic officers spent Monday sifting through the east wing of the Lockside Street mill, where the fire is believed to have started. Detective Sergeant Amos Kettleby said two people had been seen leaving the loading yard shortly before 3 p.m. and urged them to come forward. 'At this stage we are keeping an open mind,' he told the Chronicle.

Aldous & Dunning told staff on Monday that all 140 employees would be paid in full for at least a month while the company looks for temporary premises. Production of the firm's upholstery fabrics is expected to move partly to a warehouse on the Kelsall Road business park.

The Corrowfield Civic Society, which campaigned for the mill's protected status, said the building's 1871 chimney and engine house appeared to have survived. 'It is wounded, not lost,' said the society's chair, Beatrix Ormond, who viewed the site from the canal towpath on Sunday.

The Quarrington Fire and Rescue Service confirmed that one firefighter had been treated for heat exhaustion at the scene. Crews left the site on Sunday night.

A fundraising page set up by mill workers for colleagues on short-term contracts had raised more than 18,000 marks by Monday evening.
"""},
    ]})

# ---------------------------------------------------------------- E05
EW_TRAILER_IF = "(Reporting by Alaric Fallowe; Editing by Mara Penhaligon)"
EVENTS.append({
    "event": "E05", "split": "dev", "topic": "rate_decision", "wire": "Eastreach Wire",
    "summary": "Kessary Reserve Bank holds base rate at 3.25%, 5-2 vote (Rieck and Vennart for a cut), Thu Feb 12 2026",
    "articles": [
        {"k": "w", "role": "wire", "outlet": "Eastreach Wire", "date": "2026-02-12", "author": "Alaric Fallowe",
         "title": "Kessary central bank holds rates at 3.25%, two policymakers back cut",
         "text": """
ALTMOOR, Feb 12 (Eastreach Wire) - The Kessary Reserve Bank kept its base rate at 3.25 percent on Thursday for a third consecutive meeting, but two of its seven policymakers voted for a cut, a sign that the first reduction in borrowing costs since 2021 may be approaching.

The Monetary Policy Committee voted 5-2 to hold. Deputy Governor Konrad Rieck and external member Clodagh Vennart both preferred to lower the rate to 3.00 percent, the minutes showed.

"We have made good progress, but we need more evidence that inflation is returning to our 2 percent target in a lasting way," Governor Cassia Vandrell told a news conference. "The committee is not in a hurry, and it is not standing still either."

Consumer price inflation eased to 3.1 percent in January from 3.4 percent in December, according to the National Statistics Office, its lowest reading since the spring of 2025.

The bank also cut its forecast for economic growth this year to 1.1 percent from 1.4 percent, citing weak household spending and softer demand from Kessary's main export markets.

The mark slipped 0.4 percent against a basket of trading partners' currencies after the decision, as investors added to bets on a cut at the next meeting on March 26.

"The split vote is the clearest signal yet that the door to easing is open," said Edmund Pinto, chief economist at Altmoor Savings Bank. "March is now a live meeting."

The Reserve Bank raised rates seven times between 2022 and 2024 to tackle the worst inflation surge in three decades.

(Reporting by Alaric Fallowe; Editing by Mara Penhaligon)
"""},
        {"k": "c1", "role": "wire_copy", "copy_of": "w", "outlet": "The Altmoor Courant", "date": "2026-02-12", "author": "Eastreach Wire",
         "title": "Reserve Bank holds at 3.25% as two members vote to cut",
         "ops": [("suball", "percent", "per cent"),
                 ("sub", "ALTMOOR, Feb 12 (Eastreach Wire) - ", "ALTMOOR (Eastreach Wire) - ")]},
        {"k": "c2", "role": "wire_copy", "copy_of": "w", "outlet": "Ludden Valley Herald", "date": "2026-02-13", "author": "",
         "title": "Interest rates unchanged, but a cut could come in March",
         "ops": [("drop_para", "The Reserve Bank raised rates seven times"),
                 ("sub", "(Reporting by Alaric Fallowe; Editing by Mara Penhaligon)", "— Eastreach Wire"),
                 ("sub", ' "March is now a live meeting."', "")]},
        {"k": "r1", "role": "wire_rewrite", "outlet": "Kessary Today", "date": "2026-02-12", "author": "Kessary Today staff",
         "title": "What the Reserve Bank's decision means for your mortgage",
         "text": """
Homeowners hoping for relief on their mortgage bills will have to wait at least another six weeks after the Kessary Reserve Bank left its base rate at 3.25 percent on Thursday, Eastreach Wire reported.

But the decision was closer than many expected. According to the agency, two of the seven members of the bank's Monetary Policy Committee — Deputy Governor Konrad Rieck and Clodagh Vennart — wanted an immediate cut to 3.00 percent.

Governor Cassia Vandrell said the bank needed more evidence that inflation was falling back to its 2 percent target for good. Prices rose 3.1 percent in the year to January.

For a household with a 200,000-mark variable-rate mortgage over 25 years, a quarter-point cut would lower monthly repayments by about 26 marks, according to calculations by the consumer group Fair Money Kessary.

"It isn't life-changing, but after three years of rising bills, people will take anything," said Fair Money's director, Imelda Roscoe.

Markets now see a strong chance of a cut at the bank's next meeting, on March 26, Eastreach Wire said. Lenders typically adjust their variable rates within days of a change in the base rate.
"""},
        {"k": "i1", "role": "independent", "outlet": "Business Kessary", "date": "2026-02-13", "author": "Serafina Dahlquist",
         "title": "Behind the split: why two KRB members broke ranks",
         "text": """
The Kessary Reserve Bank's decision on Thursday to hold its base rate at 3.25% surprised few in the markets. The vote did.

For the first time since Cassia Vandrell became governor, the Monetary Policy Committee divided 5-2, with Deputy Governor Konrad Rieck and external member Clodagh Vennart arguing that borrowing costs should fall now. In a speech at the Quarrington Chamber of Commerce last month, Vennart warned that the bank risked "fighting yesterday's inflation with tomorrow's jobs".

Business Kessary spoke to a dozen economists and company finance chiefs after the decision. Most now expect a quarter-point reduction at the March 26 meeting; three said the bank could wait until May.

"The labour market is cooling faster than the bank's models assumed," said Thandiwe Okafor-Bell, an economist at the Institute for Kessarian Economic Research. Her institute's survey of 1,400 employers, published on Monday, found hiring intentions at their weakest since 2020.

Manufacturers are the loudest voice for cuts. Lorens Haugaard, finance director at the Wendle-based valve maker Pressgate Engineering, said the company had postponed a 12 million mark expansion until rates fall. "We are not asking for cheap money. We are asking for money that isn't punishing," he said.

At her news conference, Vandrell repeatedly declined to say whether March was "live". Asked whether the split vote was a signal, she replied: "Every member votes their own view. That is how the committee is meant to work."

The bank trimmed its growth forecast for this year to 1.1%, from 1.4%.
"""},
    ]})

# ---------------------------------------------------------------- E07
EVENTS.append({
    "event": "E07", "split": "dev", "topic": "rate_decision", "wire": "Eastreach Wire",
    "summary": "Kessary Reserve Bank cuts base rate to 3.00%, 6-1 vote (Quiring dissents), Thu Mar 26 2026",
    "articles": [
        {"k": "w", "role": "wire", "outlet": "Eastreach Wire", "date": "2026-03-26", "author": "Alaric Fallowe",
         "title": "Kessary central bank cuts rates for first time since 2021",
         "text": """
ALTMOOR, March 26 (Eastreach Wire) - The Kessary Reserve Bank cut its base rate by a quarter point to 3.00 percent on Thursday, its first reduction since 2021, saying inflation was now falling fast enough for it to begin easing pressure on households and businesses.

The Monetary Policy Committee voted 6-1 for the cut. Only external member Baltasar Quiring voted to keep the rate at 3.25 percent, citing continued strong wage growth.

"This is not the start of a rush to cheap money," Governor Cassia Vandrell told reporters. "Any further steps will be gradual and will depend on the data."

Annual consumer price inflation fell to 2.7 percent in February, the National Statistics Office said last week, down from 3.1 percent in January and the lowest rate in almost three years.

The decision was widely expected after two members backed a cut at the February meeting. Major lenders moved within hours: Altmoor Savings Bank and Crownmark Bank both said they would cut their standard variable mortgage rates by 0.25 percentage points from April 1.

The mark fell 0.2 percent against a basket of currencies, while the benchmark KX-40 share index rose 1.3 percent, led by housebuilders.

"The bank has given itself room to cut again in the summer without promising anything," said Sunniva Brightwell, senior economist at Caddon Capital. "We expect one more move, in June."

The Reserve Bank's next policy meeting is on May 7.

(Reporting by Alaric Fallowe and Kasia Wyndham; Editing by Mara Penhaligon)
"""},
        {"k": "c1", "role": "wire_copy", "copy_of": "w", "outlet": "Quarrington Evening Post", "date": "2026-03-26", "author": "",
         "title": "Interest rates cut to 3% in first reduction for five years",
         "ops": [("sub", "ALTMOOR, March 26 (Eastreach Wire) - ", "ALTMOOR (Eastreach Wire) - "),
                 ("drop_para", "The mark fell 0.2 percent")]},
        {"k": "c2", "role": "wire_copy", "copy_of": "w", "outlet": "Kessary Today", "date": "2026-03-27", "author": "Eastreach Wire",
         "title": "KRB cuts base rate to 3.00%; lenders follow",
         "ops": [("drop_para", "(Reporting by Alaric Fallowe and Kasia Wyndham"),
                 ("sub", "to 3.00 percent on Thursday,", "to 3.00 percent on Thursday, March 26,"),
                 ("insert_after", "The Reserve Bank's next policy meeting is on May 7.", "— Eastreach Wire")]},
        {"k": "r1", "role": "wire_rewrite", "outlet": "KPB News", "date": "2026-03-26", "author": "KPB Newsdesk",
         "title": "Reserve Bank lowers interest rates; borrowers welcome relief",
         "text": """
The Kessary Reserve Bank has cut interest rates for the first time since 2021, lowering its base rate from 3.25 to 3.00 percent, Eastreach Wire reports.

Six of the seven members of the bank's Monetary Policy Committee supported the move, the agency said. Governor Cassia Vandrell warned that any further reductions would come slowly and would depend on the data.

Inflation dropped to 2.7 percent in February, its lowest level in almost three years.

Two of the country's biggest lenders, Altmoor Savings Bank and Crownmark Bank, said they would pass the cut on to variable-rate mortgage holders from April 1.

In Quarrington, estate agent Margery Tullis told KPB the cut would help first-time buyers at the margin. "The people I see aren't being stopped by the rate, they're being stopped by the deposit. But a cut changes the mood, and the mood matters," she said.

Business groups also welcomed the decision. The Kessary Federation of Manufacturers called it "overdue" and urged the bank to follow up quickly.

The bank next sets rates on May 7.
"""},
        {"k": "i1", "role": "independent", "outlet": "Business Kessary", "date": "2026-03-27", "author": "Serafina Dahlquist",
         "title": "First cut since 2021: Vandrell's careful pivot",
         "text": """
Cassia Vandrell chose her words with care. Having spent three years telling Kessarians that rates would stay high for as long as it took, the Reserve Bank governor on Thursday oversaw the bank's first rate cut since 2021 — and immediately tried to lower expectations of more.

The quarter-point reduction takes the base rate to 3%. The minutes show that Baltasar Quiring, a former finance ministry official who joined the Monetary Policy Committee last year, was the lone dissenter, arguing that pay settlements running above 4% posed a risk.

Business Kessary surveyed 40 finance directors in the hours after the decision. Twenty-six said the cut would have no immediate effect on investment plans; nine said it would bring forward spending this year.

At Pressgate Engineering in Wendle, finance director Lorens Haugaard said the firm would revisit the 12 million mark expansion it shelved in January. "One cut doesn't build a factory. But it tells us the direction," he said.

Some economists think the bank has waited too long. "Inflation has been falling for nine months. The bank was following the data, not leading it," said Thandiwe Okafor-Bell of the Institute for Kessarian Economic Research.

Others warned against complacency. Services inflation, which tracks domestic price pressure, was still 4.2% in February, the National Statistics Office said.

The next rate decision is due on May 7. Futures markets put the chance of a second cut then at about one in three.
"""},
    ]})

# ---------------------------------------------------------------- E09
EVENTS.append({
    "event": "E09", "split": "dev", "topic": "aviation", "wire": "Pan-Littoral News Agency",
    "summary": "Larkspur Airways flight LK412 (Caddon Bay to Quarrington) makes emergency landing at Pellick after engine fire warning, Mon Jul 20 2026; 68 passengers, 4 crew",
    "articles": [
        {"k": "w", "role": "wire", "outlet": "Pan-Littoral News Agency", "date": "2026-07-20", "author": "Morwenna Cadwell",
         "title": "Passenger plane makes emergency landing at Pellick after engine fire warning",
         "text": """
PELLICK, Kestlin Province, July 20 (PLNA) — A regional airliner carrying 68 passengers and four crew made an emergency landing at Pellick airport on Monday morning after the pilots received a fire warning from one of its two engines, and everyone on board left the aircraft by the emergency slides, airport officials said.

Larkspur Airways flight LK412, a twin-engine turboprop, was about 25 minutes into its scheduled journey from Caddon Bay to Quarrington when the crew declared an emergency and turned back toward the coast, landing at Pellick at 8:41 a.m.

Five passengers were treated for minor injuries, mostly sprained ankles and grazes from the slides, and one was taken to Pellick General Hospital as a precaution, said Greer Marwood, duty manager of the airport's fire and rescue service. "The crew did exactly what they are trained to do, and the evacuation took less than two minutes," she said.

Airport firefighters sprayed foam on the left engine after the aircraft came to a stop. There was no sign of fire inside the cabin, according to Larkspur Airways.

"We are very sorry for the frightening experience our passengers went through," chief executive Fennimore Drake said. "The safety of our passengers and crew comes before everything."

The Kessary Air Accident Investigation Board said it had sent a team to Pellick. The airport's single runway was closed for nearly four hours, and six other flights were diverted or cancelled.

Larkspur Airways operates 11 turboprop aircraft on domestic routes and carried about 900,000 passengers last year.

— PLNA
"""},
        {"k": "c1", "role": "wire_copy", "copy_of": "w", "outlet": "Kestlin Gazette", "date": "2026-07-20", "author": "PLNA",
         "title": "All safe as Larkspur flight makes emergency landing at Pellick",
         "ops": [("sub", "PELLICK, Kestlin Province, July 20 (PLNA) — ", "PELLICK (PLNA) — "),
                 ("sub", " There was no sign of fire inside the cabin, according to Larkspur Airways.", "")]},
        {"k": "c2", "role": "wire_copy", "copy_of": "w", "outlet": "Kessary Today", "date": "2026-07-21", "author": "",
         "title": "Engine fire warning forces Larkspur plane down at Pellick",
         "ops": [("drop_para", "Larkspur Airways operates 11 turboprop"),
                 ("sub", "— PLNA", "(Pan-Littoral News Agency)"),
                 ("sub", "about 25 minutes into", "around 25 minutes into")]},
        {"k": "r1", "role": "wire_rewrite", "outlet": "The Altmoor Courant", "date": "2026-07-21", "author": "Courant staff",
         "title": "Larkspur emergency landing: investigators examine left engine",
         "text": """
Air accident investigators were examining the left engine of a Larkspur Airways turboprop on Tuesday after the aircraft made an emergency landing at Pellick with 72 people on board, the Pan-Littoral News Agency reported.

Flight LK412 had left Caddon Bay for Quarrington on Monday morning when the crew received a fire warning and turned back. According to the agency, the plane landed safely at 8:41 a.m. and everyone on board left by the emergency slides. Five passengers suffered minor injuries.

Larkspur's chief executive, Fennimore Drake, apologised to passengers. The Kessary Air Accident Investigation Board has sent a team to Pellick.

Aviation consultant Annika Vesterby told the Courant that engine fire warnings were "not rare, and most turn out to be sensor faults, but no crew can assume that." She said the speed of the evacuation suggested "a well-drilled crew and a lot of very cooperative passengers."

It was the second incident involving a Larkspur aircraft this year. In March, one of the airline's planes returned to Altmoor shortly after take-off when a crack was found in a cockpit window.

The runway at Pellick reopened on Monday afternoon.
"""},
        {"k": "i1", "role": "independent", "outlet": "Caddon Bay Mercury", "date": "2026-07-20", "author": "Joaquin Prewitt",
         "title": "'We saw the foam trucks waiting': Caddon Bay passengers describe emergency landing",
         "text": """
Passengers who boarded Larkspur Airways' early flight from Caddon Bay on Monday described a calm cabin, a sudden turn back toward the coast and a line of fire engines waiting beside the runway at Pellick.

"The captain came on and said, very calmly, that we had a warning light and were going to land at Pellick. Nobody screamed. I think we were all too surprised," said Anwen Talbot, 52, a physiotherapist from Caddon Bay who was travelling to a conference in Quarrington. "Then we came down the slides, and the smell of the foam was everywhere."

Flight LK412 was scheduled to leave Caddon Bay at 7:55 a.m. and took off a few minutes late, according to the airport's departures board.

Caddon Bay airport director Leif Petheridge told the Mercury that Larkspur had arranged two coaches to take passengers on from Pellick to Quarrington, and that the airline's other flights from Caddon Bay were operating normally by the afternoon.

At the Larkspur desk in the terminal, staff handed out a helpline number to relatives. "I heard it on the radio in the car park and came straight in," said Bernard Ashe, whose daughter was on board. "She rang twenty minutes later from the tarmac to say she'd lost a shoe, and that was all."

Larkspur runs four flights a day between Caddon Bay and Quarrington, a route popular with business travellers because the drive takes more than four hours.

The Kessary Air Accident Investigation Board said it would interview the crew on Tuesday.
"""},
        {"k": "i2", "role": "independent", "outlet": "Quarrington Evening Post", "date": "2026-07-20", "author": "Adaora Oyelowo",
         "title": "Shaken passengers reach Quarrington by coach after emergency landing",
         "text": """
The first coach carrying passengers from Larkspur Airways flight LK412 pulled into Quarrington airport shortly after 1:30 p.m. on Monday, nearly five hours after the aircraft made an emergency landing at Pellick.

The airline told the Post that 68 passengers and four crew had been on board the turboprop when the pilots received an engine fire warning over the Kestlin hills. All of them left the aircraft on the emergency slides.

"My knees are still shaking, but I'm fine. The cabin crew were incredible — they were shouting 'Come this way, leave everything' and it just worked," said Theo Marchant, 29, a software tester who lives in Quarrington's Harrowfield district.

Several passengers said they had been given water and sandwiches in a hangar at Pellick while they waited. Two said they had left bags and laptops on board and had been told they would be returned once investigators released the aircraft.

The Kessary Airline Pilots' Association said the crew had "performed exemplary work under pressure" and called for their names to be kept private while the investigation continues.

Larkspur Airways said passengers would receive a full refund and an additional 250 marks each. Its Quarrington-bound flights on Monday afternoon operated with a replacement aircraft.
"""},
    ]})

# ---------------------------------------------------------------- E11 (no wire story)
EVENTS.append({
    "event": "E11", "split": "dev", "topic": "archaeology", "wire": None,
    "summary": "Bronze Age hoard of 63 objects found by detectorist Ambrose Pennant at Ottery Farm near Lowmarsh; announced Mon Aug 3 2026; no wire story, four independent reports",
    "articles": [
        {"k": "i1", "role": "independent", "outlet": "Lowmarsh Observer", "date": "2026-08-04", "author": "Perpetua Finch",
         "title": "Retired postman's find at Ottery Farm is 'hoard of a lifetime'",
         "text": """
LOWMARSH — When Ambrose Pennant's metal detector gave a strong, steady signal in a barley field at Ottery Farm one evening in late June, he assumed he had found another piece of old plough.

"I dug down about a spade and a half and there was a green edge sticking out of the soil. Then another one next to it. I sat back on my heels and said out loud, 'That's an axe,'" said Pennant, 61, a retired postman who has been detecting around Lowmarsh for 23 years.

What he had found, provincial heritage officials announced on Monday, is a hoard of 63 bronze objects — axe heads, spearheads, bracelets and a sword fragment — buried in a clay pot around 1100 BC.

Pennant stopped digging, covered the hole and reported the find the next morning, as the law requires. A team from the Ludden Valley Provincial Heritage Service excavated the site over four days in early July.

"Mr Pennant did exactly the right thing, and because he did, we can see how the objects were placed in the pot. That tells us far more than the metal alone," said the provincial archaeologist, Dr Astrid Kervella.

The landowner, Winifred Whitlow, said she had no idea the field held anything of note. "My grandfather ploughed it with horses. Nobody ever found more than a button," she said.

The hoard will be valued by the provincial treasure panel. The Lowmarsh Heritage Centre has said it hopes to raise the money to buy it and put it on permanent display in the town.
"""},
        {"k": "i2", "role": "independent", "outlet": "Ludden Valley Herald", "date": "2026-08-04", "author": "Benedikt Harrower",
         "title": "Bronze Age hoard unearthed near Lowmarsh",
         "text": """
A hoard of 63 Bronze Age objects discovered by a metal detectorist on farmland near Lowmarsh is one of the most important finds of its kind in the Ludden Valley, the provincial heritage service said on Monday.

The objects, which include 21 axe heads, 14 spearheads and a set of bronze bracelets, were found in June by Ambrose Pennant, a detectorist from Lowmarsh, and excavated by provincial archaeologists in July.

Dr Astrid Kervella, the provincial archaeologist, said the hoard had been buried in a pottery vessel around 1100 BC and appeared to have been placed deliberately rather than lost. "Hoards like this were often offerings, or a store of value in uncertain times. We may never know which," she said.

Several of the axe heads still carry casting seams that would have been ground away before use, suggesting they were never used as tools.

Under provincial treasure law, finds of metal objects more than 300 years old must be reported within 14 days. If a museum acquires them, the finder and the landowner usually share a reward equal to the valuation.

Heritage officials said the exact location of the find would not be published, to protect the site from illegal digging.

The objects will go on temporary display at the Lowmarsh Heritage Centre from September 12.
"""},
        {"k": "i3", "role": "independent", "outlet": "KPB News", "date": "2026-08-05", "author": "KPB Newsdesk",
         "title": "Detectorist's Bronze Age find 'rewrites' Ludden Valley history",
         "text": """
A metal detectorist's discovery near the town of Lowmarsh could change what archaeologists know about the Bronze Age in the Ludden Valley, the province's archaeologist has told KPB.

Ambrose Pennant found the hoard of more than 60 bronze objects in a farm field in June. Dr Astrid Kervella said the objects were about 3,100 years old.

"Until now we had very little evidence of metalworking on this scale in the valley. Several of these axes came from the same mould, which suggests a workshop close by," Dr Kervella said.

Mr Pennant, who had been given permission to search the field in the spring, told KPB he still found it hard to believe. "You dream about this, but you never think it'll actually happen to you," he said.

He said that he and the landowner had agreed to share any reward equally, and that he intended to give part of his share to the Lowmarsh detecting club, which he helped to found in 2004.

Archaeologists will study the hoard at the provincial conservation laboratory in Ketterby before it goes on public display.
"""},
        {"k": "i4", "role": "independent", "outlet": "The Altmoor Courant", "date": "2026-08-06", "author": "Cosima Threlfall",
         "title": "What a pot of bronze from Lowmarsh tells us about Kessary 3,000 years ago",
         "text": """
When Ambrose Pennant lifted the first green-crusted axe head out of a field at Ottery Farm in June, he joined a small club. Only a handful of Bronze Age hoards of any size have been found in Kessary, and the 63 objects from Lowmarsh make it the largest ever recorded in the country, according to the National Museum in Altmoor.

"The previous record was the Brackwater hoard, found by drainage workers in 1957, with 41 pieces," said Dr Per Ekwall, the museum's curator of prehistory. "Lowmarsh is not just bigger. It is better recorded, because it was left in the ground for the archaeologists."

The hoard was buried about 3,100 years ago, at a time when bronze was both a practical material and a form of wealth. Several of the axes were never sharpened, suggesting they were made to be stored, traded or offered rather than used.

Ekwall said the mixture of tools, weapons and ornaments was typical of late Bronze Age hoards across the region. What is unusual, he said, is the pot. "Most vessels like this were smashed by ploughs centuries ago. This one survived almost whole."

The find is now with the Ludden Valley Provincial Heritage Service, whose archaeologist, Dr Astrid Kervella, led the excavation. A valuation by the provincial treasure panel is expected by the end of the year.

Lowmarsh, a market town of 9,000 people, hopes to keep the hoard. The Lowmarsh Heritage Centre has launched an appeal, and the town council has pledged 25,000 marks.

"It was found here, by someone from here. It should stay here," said the centre's manager, Rhiannon Vasey.
"""},
    ]})

# ---------------------------------------------------------------- E13
EVENTS.append({
    "event": "E13", "split": "dev", "topic": "drought", "wire": "Stannard Press",
    "summary": "Sandrith Water hosepipe ban for 180,000 customers from Fri Aug 21 2026; Hollin Reservoir at 34%; announced Tue Aug 18",
    "articles": [
        {"k": "w", "role": "wire", "outlet": "Stannard Press", "date": "2026-08-18", "author": "Piran Drayford",
         "title": "Sandrith imposes hosepipe ban as reservoir falls to 34%",
         "text": """
SANDRITH, Ludden Valley Province (SP) — Sandrith Water will ban the use of hosepipes and garden sprinklers from Friday for its 180,000 customers, the utility said on Tuesday, after the driest summer in the region since records began in 1911 left its main reservoir barely a third full.

Hollin Reservoir, which supplies about 80 percent of the town's water, was at 34 percent of capacity on Monday, compared with an average of 61 percent for mid-August, the company said.

"We do not take this step lightly, but every litre we save now is a litre we will have in October," operations director Rhoswen Garside said. "If people cut their use by even ten percent, we can avoid tougher measures."

Under the ban, which takes effect on August 21, customers may not use hosepipes to water gardens, wash cars or fill private swimming pools. Those caught breaking the rules face fines of up to 1,000 marks. Commercial farms and businesses are exempt.

Only 41 millimetres of rain fell on Sandrith between June 1 and August 16, less than a third of the long-term average, according to the Kessary Meteorological Service.

Sandrith Water said it was also bringing forward repairs to leaking mains and would start moving water from the Tolland wells by temporary pipeline next month. The company loses about 18 percent of the water it treats to leaks.

It is the first hosepipe ban in Sandrith since 2018.

© Stannard Press
"""},
        {"k": "c1", "role": "wire_copy", "copy_of": "w", "outlet": "Ludden Valley Herald", "date": "2026-08-18", "author": "",
         "title": "Hosepipe ban for Sandrith from Friday",
         "ops": [("sub", "SANDRITH, Ludden Valley Province (SP) — ", "SANDRITH (SP) — "),
                 ("sub", " The company loses about 18 percent of the water it treats to leaks.", "")]},
        {"k": "c2", "role": "wire_copy", "copy_of": "w", "outlet": "Kessary Today", "date": "2026-08-19", "author": "Stannard Press",
         "title": "Driest summer on record forces Sandrith hosepipe ban",
         "ops": [("suball", "litre", "liter"),
                 ("sub", "41 millimetres", "41 millimeters"),
                 ("drop_para", "It is the first hosepipe ban in Sandrith"),
                 ("sub", "© Stannard Press", "(Stannard Press)")]},
        {"k": "r1", "role": "wire_rewrite", "outlet": "The Altmoor Courant", "date": "2026-08-18", "author": "Courant staff",
         "title": "Sandrith households face 1,000-mark fines under hosepipe ban",
         "text": """
Households in Sandrith face fines of up to 1,000 marks if they water their gardens or wash their cars with a hosepipe once a ban comes into force on Friday, Stannard Press reported.

Sandrith Water, which serves 180,000 customers, said Hollin Reservoir had fallen to 34 percent of capacity after the driest summer since records began more than a century ago. The utility's operations director, Rhoswen Garside, told the agency that even a ten percent cut in household use could spare the town tougher restrictions.

The ban is the first in Sandrith since 2018. Businesses and commercial farms are not covered.

Water-saving campaigners said the company should share the blame. "Sandrith Water is asking families to give up their gardens while nearly a fifth of its water pours out of broken pipes," said Sian Mundell of the campaign group Every Drop. The company has said repairs to leaking mains are being brought forward.

Neighbouring utilities in the Ludden Valley said they had no plans for restrictions but urged customers to use water carefully.
"""},
        {"k": "r2", "role": "wire_rewrite", "outlet": "KPB News", "date": "2026-08-19", "author": "KPB Newsdesk",
         "title": "Sandrith hosepipe ban: what you can and can't do",
         "text": """
A hosepipe ban comes into force in Sandrith on Friday, August 21. Here is what it means, based on information from Sandrith Water and reporting by Stannard Press.

Who is affected? All 180,000 customers of Sandrith Water. Businesses and commercial farms are exempt.

What is banned? Using a hosepipe or sprinkler to water a garden, washing a car with a hose, and filling a private swimming pool with a hose. Watering cans and buckets are still allowed.

What happens if I break the rules? Sandrith Water says offenders can be fined up to 1,000 marks.

Why now? The company's main source, Hollin Reservoir, was just over a third full this week. Stannard Press reported that only 41 millimetres of rain fell on the town between the start of June and mid-August.

How long will it last? The company has not said. Operations director Rhoswen Garside told KPB the ban would stay "until the reservoir has recovered properly, not just until the first wet weekend."

Listeners in Sandrith told KPB they supported the ban but were frustrated by leaks. "There's been water running down Coppergate for three weeks," said retired teacher Emlyn Hask.
"""},
        {"k": "i1", "role": "independent", "outlet": "The Sandrith Star", "date": "2026-08-19", "author": "Lachlan Fairweather",
         "title": "Hollin Reservoir: cracked mud where the sailing club used to launch",
         "text": """
At the Hollin Sailing Club, the slipway now ends 70 metres short of the water. "We cancelled the regatta in July and we've hauled out most of the boats," said club commodore Rowena Esk, standing on a strip of cracked, pale mud that was underwater in May. "I've been sailing here since I was eight. I've never seen it like this."

Sandrith Water's hosepipe ban, announced on Tuesday, comes into force on Friday. The company told the Star that the reservoir stood at 34 percent of capacity on Monday.

Operations director Rhoswen Garside told the Star the company would review the ban every two weeks. Asked why leaks had not been fixed sooner, she said the company had replaced 22 kilometres of mains since 2024 "and there is more to do."

The Star's own check of Kessary Meteorological Service data shows that Sandrith's weather station recorded rain on just nine days between June 1 and mid-August.

Garden centres are already feeling the effect. At Brackenridge Nurseries on the Tolland Road, owner Alun Bevan said sales of bedding plants had halved since July. "People aren't buying what they can't water," he said.

Farmers, who are exempt from the ban, say they are struggling too. Dairy farmer Heledd Prys said she had been buying in feed since early August because her grazing had "burned off."

Sandrith's last hosepipe ban, in 2018, lasted eleven weeks.
"""},
    ]})

# ---------------------------------------------------------------- unrelated (dev)
UNRELATED = [
    {"event": "X01", "split": "dev", "wire": None, "summary": "Wendle library reopens (unrelated)",
     "article": {"k": "u", "role": "unrelated", "outlet": "The Wendle Record", "date": "2026-04-18", "author": "Ansel Brightmore",
      "title": "Wendle Library reopens after two-year refurbishment",
      "text": """
Wendle's central library reopened on Saturday after a two-year, 6.2 million mark refurbishment, with a queue of more than 200 people waiting on the steps of the Victoria Street building when the doors opened at 9 a.m.

The 1908 building now has a rooftop reading room, a children's floor with its own storytelling theatre, and a "makers' space" with 3D printers and sewing machines that residents can book free of charge.

"Libraries are the last indoor places where you can spend the whole day without being asked to buy anything," said head librarian Oksana Threlkeld. "We wanted to build something that honours that."

The refurbishment was paid for by the town council, a provincial heritage grant and 410,000 marks raised by the Friends of Wendle Library, whose members held book sales, quiz nights and a sponsored swim across the Wendle reservoir.

The library's local history collection, including parish records dating back to 1712, has moved from the basement to a climate-controlled archive room on the second floor. Researchers can now request documents online.

Among the first visitors was nine-year-old Esme Dunkerley, who had written to the council last year asking when the library would reopen. She was given the first new library card.

"I've read all my books at home twice," she said.

Opening hours will be extended to 8 p.m. on weekdays from May.
"""}},
    {"event": "X03", "split": "dev", "wire": None, "summary": "Corrowfield bakery centenary (unrelated)",
     "article": {"k": "u", "role": "unrelated", "outlet": "Corrowfield Chronicle", "date": "2026-09-03", "author": "Niamh Cortell",
      "title": "Pendry Bakery marks 100 years of bread on Lockside Street",
      "text": """
Four generations of the Pendry family gathered on Lockside Street on Wednesday to mark 100 years since Albert Pendry opened a one-room bakery there in September 1926 with a second-hand oven and a loan from his brother-in-law.

The bakery still makes its best-known product, the seeded "Corrowfield cob", to the original recipe, though the wood-fired oven was replaced by an electric one in 1971. It now sells about 1,500 loaves a week and employs 14 people.

"My great-grandfather used to say the secret was patience and cheap flour. We've kept the patience," said Marnie Pendry, 38, who took over the business from her father, Desmond, in 2019.

Customers queued from 6 a.m. for free slices of a centenary loaf baked in the shape of the number 100. Among them was Vera Tollemache, 94, who said she had bought bread at Pendry's every week since she was a girl. "The prices have changed. The bread hasn't," she said.

The bakery survived a flood in 1968 and a fire in its flour store in 1983. During the fuel shortages of the 1970s, the family kept the oven going with timber from the demolished railway goods shed.

Corrowfield's mayor, Eamon Lisle, presented the family with a framed photograph of the original shopfront, taken in 1931 and found in the town archive.

The bakery plans to publish a small book of family recipes in time for Christmas.
"""}},
]
