# Test-half events (E02, E04, E06, E08, E10, E12, E14). Same format as dev_events.py.

EVENTS = []

# ---------------------------------------------------------------- E02
EVENTS.append({
    "event": "E02", "split": "test", "topic": "strike", "wire": "Eastreach Wire",
    "summary": "72-hour strike by about 1,150 KPMU dockworkers at Caddon Bay container terminal (Kestlin Container Terminals), from Mon Mar 16 2026; 3.5% offer vs 7% demand",
    "articles": [
        {"k": "w", "role": "wire", "outlet": "Eastreach Wire", "date": "2026-03-16", "author": "Kasia Wyndham",
         "title": "Caddon Bay dockworkers launch 72-hour strike over pay",
         "text": """
CADDON BAY, March 16 (Eastreach Wire) - About 1,150 dockworkers at Caddon Bay, Kessary's busiest container port, walked out on Monday at the start of a 72-hour strike over pay, leaving ships queuing offshore and halting most cargo handling at the main terminal.

The Kessary Port and Maritime Union (KPMU) said its members had rejected a 3.5 percent pay offer from terminal operator Kestlin Container Terminals (KCT) and were seeking 7 percent, arguing that wages had fallen behind inflation for three years.

"Our members kept this port running through every crisis of the last decade. All they are asking for is a wage that keeps up with the rent," the union's regional secretary, Odile Branscombe, told a rally at the port gates.

KCT said 14 vessels were waiting at anchor by Monday afternoon and warned that delays would spread to retailers and manufacturers within days. Container trucks were turned away at the terminal gates. Chief operating officer Crispin Trevanion called the strike "deeply damaging" and said the company's offer was "fair and affordable."

Both sides have agreed to meet at the National Conciliation Service in Altmoor on Thursday, the day the strike is due to end.

Caddon Bay handles about 40 percent of Kessary's container traffic. Shipping lines said some vessels could be diverted to the smaller port of Pellick.

The last strike at the port, in 2019, lasted nine days.

(Reporting by Kasia Wyndham; Editing by Mara Penhaligon)
"""},
        {"k": "c1", "role": "wire_copy", "copy_of": "w", "outlet": "The Altmoor Courant", "date": "2026-03-16", "author": "Eastreach Wire",
         "title": "Dockers strike at Caddon Bay as 14 ships wait offshore",
         "ops": [("suball", "percent", "per cent"),
                 ("sub", "CADDON BAY, March 16 (Eastreach Wire) - ", "CADDON BAY (Eastreach Wire) - ")]},
        {"k": "c2", "role": "wire_copy", "copy_of": "w", "outlet": "Kestlin Gazette", "date": "2026-03-16", "author": "",
         "title": "Port at a standstill as 1,150 dockworkers walk out",
         "ops": [("drop_para", "The last strike at the port"),
                 ("sub", "(Reporting by Kasia Wyndham; Editing by Mara Penhaligon)", "— Eastreach Wire")]},
        {"k": "c3", "role": "wire_copy", "copy_of": "w", "outlet": "Business Kessary", "date": "2026-03-17", "author": "Kasia Wyndham, Eastreach Wire",
         "title": "Caddon Bay strike: 72-hour stoppage hits container traffic",
         "ops": [("sub", " Container trucks were turned away at the terminal gates.", ""),
                 ("sub", "could be diverted to the smaller port of Pellick.", "could be diverted to the smaller port of Pellick. Shares in the logistics group Tern Freight fell 2.1 percent in Altmoor trading.")]},
        {"k": "r1", "role": "wire_rewrite", "outlet": "KPB News", "date": "2026-03-16", "author": "KPB Newsdesk",
         "title": "Caddon Bay dockers walk out; ships queue offshore",
         "text": """
Most cargo handling at Caddon Bay has stopped after dockworkers began a three-day strike on Monday, according to Eastreach Wire.

The agency reported that around 1,150 members of the Kessary Port and Maritime Union walked out after rejecting a 3.5 percent pay offer from the terminal operator, Kestlin Container Terminals. By the afternoon, 14 ships were waiting at anchor outside the port.

Union regional secretary Odile Branscombe told strikers that wages at the port had not kept pace with rents. The company described the action as deeply damaging.

Hauliers say the effects are already being felt inland. "I've got eleven drivers sitting in a lay-by on the Pellick road with empty trailers," said Rhodri Lusk, who runs a 30-truck firm in Marrowby. "Every day of this costs me money I won't get back."

Caddon Bay, which handles around 40 percent of the country's containers, is the gateway for most of Kessary's imported consumer goods. Some shipping lines are considering diverting vessels to Pellick.

Talks between the two sides are scheduled for Thursday at the National Conciliation Service in Altmoor.
"""},
        {"k": "i1", "role": "independent", "outlet": "Caddon Bay Mercury", "date": "2026-03-17", "author": "Joaquin Prewitt",
         "title": "On the picket line: 'We're not asking for the moon'",
         "text": """
By 6 a.m. on Monday the brazier outside Gate 4 of the Caddon Bay container terminal was already burning, and the line of strikers in orange union jackets stretched back along Dockside Road to the swing bridge.

"We're not asking for the moon. We're asking to be able to live in the town we work in," said crane driver Leontyne Sharrock, 41, who has worked at the port for 17 years. She said the rent on her two-bedroom flat in the Old Harbour district had risen by almost a third since 2023.

The Kessary Port and Maritime Union says more than 1,100 of its members at the terminal joined the stoppage, which is due to end at 6 a.m. on Thursday. The union wants a 7 percent rise; Kestlin Container Terminals has offered 3.5 percent.

Trade was thin in the cafés and shops that depend on the port. "Monday is normally my busiest morning, with the night shift coming off," said Pilar Moncrieff, who runs the Capstan Café opposite the terminal. "Today I've sold tea to pickets and that's it."

At the harbour office, deputy harbourmaster Kenrick Vail told the Mercury that vessels had been asked to remain at the outer anchorage off Gannet Point. "They are safe where they are. The question is how long the shipping lines will wait," he said.

Older dockers recalled the 2019 dispute, which lasted nine days and ended with a two-year pay deal. "Nobody wants nine days again," said union steward Benedek Ferrier. "But nobody is going back for 3.5 either."

The company and the union are due to meet at the National Conciliation Service in Altmoor on Thursday.
"""},
    ]})

# ---------------------------------------------------------------- E04
EVENTS.append({
    "event": "E04", "split": "test", "topic": "strike", "wire": "Stannard Press",
    "summary": "24-hour strike by about 420 TWF tram drivers in Quarrington over assaults and rosters, Mon Apr 13 2026; all six lines shut; second strike called for Apr 27",
    "articles": [
        {"k": "w", "role": "wire", "outlet": "Stannard Press", "date": "2026-04-13", "author": "Elowen Reule",
         "title": "Quarrington tram drivers strike after assaults on staff",
         "text": """
QUARRINGTON (SP) — Trams across Quarrington stood still on Monday as drivers staged a 24-hour strike over assaults on staff and changes to shift patterns, forcing tens of thousands of commuters onto crowded buses and roads.

All six of the city's tram lines were shut from the start of service at 5 a.m. after about 420 drivers, members of the Transport Workers' Federation (TWF), walked out. The network normally carries around 110,000 passenger journeys on a weekday.

The union says its members have been assaulted 37 times on the network since January and wants a second member of staff on late-evening services, along with the withdrawal of new rosters that it says cut rest breaks.

"Our drivers are being spat at, punched and threatened, and the company's answer is to make their shifts longer," TWF branch chair Ivo Strachan said on a picket line at the Tannery Road depot.

Quarrington Tramways, the city-owned operator, described the strike as "unnecessary and disappointing" and said it had offered to put security officers on two of the busiest lines at night. Managing director Perrin Loxley said the new rosters complied with all legal rest requirements.

Mayor Rosamund Keel urged both sides to return to talks. "The people of this city should not be the casualties of this dispute," she said.

The union has said drivers will strike again on April 27 if no agreement is reached.

© Stannard Press
"""},
        {"k": "c1", "role": "wire_copy", "copy_of": "w", "outlet": "Kessary Today", "date": "2026-04-13", "author": "",
         "title": "Quarrington trams halted by 24-hour drivers' strike",
         "ops": [("drop_para", "Mayor Rosamund Keel urged both sides"),
                 ("sub", "© Stannard Press", "— Stannard Press")]},
        {"k": "c2", "role": "wire_copy", "copy_of": "w", "outlet": "The Wendle Record", "date": "2026-04-14", "author": "Stannard Press",
         "title": "Quarrington tram network shut as drivers walk out",
         "ops": [("drop_para", "The union has said drivers will strike again"),
                 ("insert_after", "forcing tens of thousands of commuters", "Services on the Wendle line, which links the town with Quarrington city centre, were also suspended."),
                 ("sub", "QUARRINGTON (SP) — ", "QUARRINGTON, April 13 (SP) — ")]},
        {"k": "r1", "role": "wire_rewrite", "outlet": "The Altmoor Courant", "date": "2026-04-13", "author": "Courant staff",
         "title": "Quarrington tram strike: drivers cite 37 assaults since January",
         "text": """
Quarrington's tram network was shut down on Monday by a 24-hour strike that the drivers' union says is about safety first and pay second, Stannard Press reported.

According to the agency, some 420 drivers belonging to the Transport Workers' Federation stayed away, closing all six lines in a city where trams carry about 110,000 journeys on a typical weekday. The union says there have been 37 assaults on its members on the network since the start of the year.

It is asking for a second member of staff on late-evening trams and for the withdrawal of new rosters it says eat into rest breaks. Quarrington Tramways, which is owned by the city, told the agency it had offered night-time security officers on its two busiest lines.

The dispute is the first on the network since the city took the operator back into public ownership in 2022.

"Nobody wants to see a driver hurt, but the answer cannot be to shut the whole city down," Olwen Dace of the Quarrington Commuters' Association told the Courant.

Further action is planned for April 27 if talks fail.
"""},
        {"k": "r2", "role": "wire_rewrite", "outlet": "KPB News", "date": "2026-04-14", "author": "KPB Newsdesk",
         "title": "Quarrington trams back after strike, but dispute unresolved",
         "text": """
Trams were running normally across Quarrington on Tuesday morning after a 24-hour strike by drivers ended, but the dispute behind it remains unresolved.

On Monday, all six lines were closed when around 420 drivers in the Transport Workers' Federation walked out, Stannard Press reported. The union is demanding a second staff member on late-evening services after what it says has been a series of assaults on drivers, and it wants new rosters withdrawn.

Traffic on the city's inner ring road was heavier than usual on Monday, with some commuters reporting journeys of more than an hour.

Quarrington Tramways said on Tuesday that 98 percent of scheduled services had run by 9 a.m. It repeated its offer of security officers on two lines at night and said it was ready to meet the union "at any time."

Union branch chair Ivo Strachan told Stannard Press on Monday that drivers were being "spat at, punched and threatened."

Mayor Rosamund Keel has urged both sides to get back round the table. A second strike has been called for Monday, April 27.
"""},
        {"k": "i1", "role": "independent", "outlet": "Quarrington Evening Post", "date": "2026-04-13", "author": "Adaora Oyelowo",
         "title": "Strike day: long queues, packed buses and a city on foot",
         "text": """
The queue for the number 12 bus at Harrowfield Cross stretched past the pharmacy and round the corner before 7 a.m. on Monday, as Quarrington woke up to its first day without trams in four years.

"I left an hour early and I'm still going to be late," said Noor Abernethy, a nurse at Quarrington Royal Infirmary, who normally takes Line 3 from Harrowfield. "I support the drivers, honestly. I just wish I didn't have to walk the last three kilometres."

Drivers from the Transport Workers' Federation picketed all three tram depots. At Tannery Road, where about 60 strikers gathered, driver Caoimhe Redmayne described being punched by a passenger at the Old Market stop in February. "He walked off, the tram was full of people and nobody did anything. I drove the rest of my shift because there was nobody to replace me," she said.

Union records seen by the Post list 37 reported assaults on tram staff since January 1, including eleven on Line 5 after 9 p.m.

Perrin Loxley, managing director of Quarrington Tramways, told Stannard Press the new rosters complied with all legal rest requirements. The company did not respond to the Post's requests for an interview on Monday.

City traffic cameras showed congestion on the inner ring road running at more than twice normal levels at 8 a.m., the council said. Cycle-hire docks in the city centre were empty by 7:30.

The union has warned of a second strike on April 27 if there is no agreement.
"""},
    ]})

# ---------------------------------------------------------------- E06
EVENTS.append({
    "event": "E06", "split": "test", "topic": "storm", "wire": "Pan-Littoral News Agency",
    "summary": "Storm Aveline hits the Kestlin coast overnight Mon Nov 2 to Tue Nov 3 2026: gusts 142 km/h at Pellick Head, one man killed in Marrowby, 38,000 homes without power",
    "articles": [
        {"k": "w", "role": "wire", "outlet": "Pan-Littoral News Agency", "date": "2026-11-03", "author": "Morwenna Cadwell",
         "title": "Storm Aveline kills one, leaves 38,000 homes without power on Kestlin coast",
         "text": """
PELLICK, Kestlin Province, Nov. 3 (PLNA) — Storm Aveline battered the Kestlin coast overnight with gusts of up to 142 km/h, killing a man in Marrowby and leaving about 38,000 homes without electricity on Tuesday morning, officials said.

The 58-year-old man was struck by a falling tree while clearing debris outside a house on Flintcroft Lane shortly after 2 a.m., Kestlin Provincial Police said. He died at the scene. His name has not been released.

The strongest gust, 142 km/h, was recorded at the Pellick Head lighthouse, according to the Kessary Meteorological Service, which had issued a red wind warning for the coast on Monday afternoon.

Kestlin Power Networks said crews had restored supply to about 11,000 customers by midday but warned that some rural properties could be without power until Thursday. "We have more than 200 separate faults, many of them on lines brought down by trees," a company spokesman said.

All ferry sailings from Caddon Bay were cancelled on Tuesday, and the coastal railway between Pellick and Marrowby was closed after a section of track was blocked by fallen trees. Schools in 14 districts stayed shut.

"This was one of the most severe storms to hit this coast in a generation," provincial governor Annelise Tormund said after visiting Marrowby. She said the province would set up an emergency fund for uninsured households.

Forecasters expect the wind to ease by Wednesday but warned that more unsettled weather was likely later in the month.

— PLNA
"""},
        {"k": "c1", "role": "wire_copy", "copy_of": "w", "outlet": "Kestlin Gazette", "date": "2026-11-03", "author": "PLNA",
         "title": "Aveline: man killed in Marrowby as storm cuts power to 38,000",
         "ops": [("sub", "PELLICK, Kestlin Province, Nov. 3 (PLNA) — ", "PELLICK (PLNA) — "),
                 ("suball", "km/h", "kph"),
                 ("sub", " Schools in 14 districts stayed shut.", "")]},
        {"k": "c2", "role": "wire_copy", "copy_of": "w", "outlet": "Kessary Today", "date": "2026-11-03", "author": "",
         "title": "Storm Aveline: one dead as 142 km/h gusts hit coast",
         "ops": [("drop_para", "Forecasters expect the wind to ease"),
                 ("sub", "PELLICK, Kestlin Province, Nov. 3 (PLNA) — ", "PELLICK, Kestlin Province (PLNA) — "),
                 ("sub", "— PLNA", "Pan-Littoral News Agency")]},
        {"k": "r1", "role": "wire_rewrite", "outlet": "The Altmoor Courant", "date": "2026-11-04", "author": "Courant staff",
         "title": "Kestlin counts the cost after Storm Aveline",
         "text": """
Thousands of homes on the Kestlin coast were still without electricity on Tuesday night after Storm Aveline, which killed a man in Marrowby and brought gusts of up to 142 km/h, the Pan-Littoral News Agency reported.

About 38,000 homes lost power at the height of the storm, according to the agency. Kestlin Power Networks said some rural customers might not be reconnected until Thursday.

The man who died, aged 58, was hit by a falling tree in the early hours of Tuesday. Police have not named him.

Provincial governor Annelise Tormund said the province would create an emergency fund for households without insurance, the agency reported. The Kessary Association of Insurers said it expected thousands of claims. "Our members have staff on the ground in Pellick and Marrowby from this morning, and we would urge anyone with damage to photograph it before clearing up," the association's director, Benedikta Soames, said in a statement to the Courant.

Rail services between Pellick and Marrowby were suspended, and ferries from Caddon Bay were cancelled. The Kessary Meteorological Service had issued a red warning for the coast on Monday.
"""},
        {"k": "i1", "role": "independent", "outlet": "Kestlin Gazette", "date": "2026-11-04", "author": "Bryony Talfryn",
         "title": "Marrowby mourns Emrys Penwarden, killed as he cleared a neighbour's drive",
         "text": """
The man killed during Storm Aveline was Emrys Penwarden, a 58-year-old bus mechanic who had gone out at the height of the storm to clear branches from a neighbour's drive on Flintcroft Lane, his family said on Wednesday.

"That was him all over. Somebody needed help, so he went," his sister, Marjorie Abbott, told the Gazette. "We begged him to wait until morning."

Neighbours said an ash tree on the corner of Flintcroft Lane and Kiln Row came down shortly after 2 a.m. Paramedics were at the scene within 15 minutes, but he could not be saved.

Across the province, the clean-up continued on Wednesday. Kestlin Power Networks told the Gazette that about 38,000 homes had lost power at the height of the storm and that just under 9,000 were still disconnected on Wednesday afternoon, most of them in the hill villages north of Marrowby.

In Pellick, volunteers from the Sea Cadets helped shopkeepers board up broken windows along the Esplanade, where the storm ripped the roof from the bandstand. The council said the bandstand, built in 1906, would be rebuilt.

The Gazette understands that at least 60 homes in the province suffered structural damage. Insurers say the final bill could run into tens of millions of marks.

Marrowby council has opened a book of condolence at the town hall.
"""},
        {"k": "i2", "role": "independent", "outlet": "Caddon Bay Mercury", "date": "2026-11-03", "author": "Joaquin Prewitt",
         "title": "Three fishing boats sink at their moorings as Aveline lashes Caddon Bay harbour",
         "text": """
Three fishing boats sank at their moorings in Caddon Bay's inner harbour overnight and a fourth was thrown onto the slipway, as Storm Aveline drove waves over the harbour wall.

"I've been fishing out of here for thirty years and I've never seen the inner basin like that. It was boiling," said skipper Colm Murrow, whose 11-metre crabber Sea Pink was among the boats lost. "She's on the bottom with all my pots on board."

Harbourmaster Morag Tregarth said the sunken vessels posed no pollution risk but that divers would need calm water to assess them. The harbour would stay closed to leisure craft until further notice, she told the Mercury.

On the seafront, the storm tore slates from roofs along Marine Parade and brought down the scaffolding around the old customs house. Police closed the road for most of Tuesday morning.

Ferry sailings to the Inchmarra Islands were cancelled for the day. The container terminal suspended crane operations overnight, resuming at 10 a.m. once wind speeds fell below the safety limit.

The Kessary Meteorological Service said gusts in Caddon Bay peaked at 121 km/h shortly after 1 a.m. — well below the strongest readings further along the coast, but enough to cause damage across the town.

Volunteers are collecting donations for the skippers at the Fishermen's Mission on Quay Street.
"""},
    ]})

# ---------------------------------------------------------------- E08
EVENTS.append({
    "event": "E08", "split": "test", "topic": "storm", "wire": "Pan-Littoral News Agency",
    "summary": "Storm Brisa floods about 140 homes in Marrowby, 17 rescued by boat, 21,000 without power, gusts 118 km/h at Pellick Head; overnight Mon Nov 16 to Tue Nov 17 2026",
    "articles": [
        {"k": "w", "role": "wire", "outlet": "Pan-Littoral News Agency", "date": "2026-11-17", "author": "Morwenna Cadwell",
         "title": "Storm Brisa floods homes in Marrowby, cuts power to 21,000",
         "text": """
MARROWBY, Kestlin Province, Nov. 17 (PLNA) — Storm Brisa brought torrential rain and gales to the Kestlin coast overnight, flooding about 140 homes in Marrowby and cutting power to 21,000 properties, two weeks after Storm Aveline struck the same stretch of coast.

The Marrow River burst its banks shortly before 4 a.m. on Tuesday after 96 millimetres of rain fell in 24 hours, the Kessary Meteorological Service said. Firefighters used boats to rescue 17 people from homes on Weaver's Row and Millbrook Road.

"We had barely finished clearing up after Aveline, and now the water is in people's living rooms," Marrowby mayor Dorcas Tremain said at an evacuation centre set up in the town's sports hall.

Gusts reached 118 km/h at Pellick Head, lower than during Aveline but strong enough to bring down power lines across the province, Kestlin Power Networks said. It expected to reconnect most customers by Wednesday evening.

No deaths or serious injuries were reported.

The coastal railway between Pellick and Marrowby, which reopened only last week, was closed again because of flooding at Marrowby station. Ferry services from Caddon Bay to the Inchmarra Islands were suspended.

The meteorological service had issued an amber warning for rain on Monday. Provincial governor Annelise Tormund said the emergency fund set up after Aveline would be extended to households affected by Brisa.

— PLNA
"""},
        {"k": "c1", "role": "wire_copy", "copy_of": "w", "outlet": "Kessary Today", "date": "2026-11-17", "author": "",
         "title": "Storm Brisa: 17 rescued by boat as Marrow River floods",
         "ops": [("sub", "MARROWBY, Kestlin Province, Nov. 17 (PLNA) — ", "MARROWBY (PLNA) — "),
                 ("sub", "— PLNA", "Copyright PLNA 2026")]},
        {"k": "c2", "role": "wire_copy", "copy_of": "w", "outlet": "Kestlin Gazette", "date": "2026-11-17", "author": "PLNA",
         "title": "Second storm in a fortnight floods Marrowby",
         "ops": [("drop_para", "The meteorological service had issued an amber warning"),
                 ("sub", "evacuation centre", "evacuation center"),
                 ("sub", "— PLNA", "PLNA")]},
        {"k": "c3", "role": "wire_copy", "copy_of": "w", "outlet": "Ludden Valley Herald", "date": "2026-11-18", "author": "Pan-Littoral News Agency",
         "title": "Brisa brings floods to Kestlin coast",
         "ops": [("drop_para", "No deaths or serious injuries were reported."),
                 ("insert_after", "Firefighters used boats to rescue", "The Ludden Valley escaped the worst of the storm, with no major flooding reported in Ketterby or Lowmarsh."),
                 ("sub", "MARROWBY, Kestlin Province, Nov. 17 (PLNA) — ", "MARROWBY, Nov. 17 (PLNA) — ")]},
        {"k": "r1", "role": "wire_rewrite", "outlet": "KPB News", "date": "2026-11-17", "author": "KPB Newsdesk",
         "title": "Marrowby flooded as Storm Brisa hits, two weeks after Aveline",
         "text": """
Firefighters in boats have rescued 17 people from flooded homes in Marrowby after the Marrow River burst its banks during Storm Brisa, the Pan-Littoral News Agency reports.

About 140 homes were flooded early on Tuesday, according to the agency, after 96 millimetres of rain fell in 24 hours. Around 21,000 properties across Kestlin Province lost power.

It is the second storm to hit the coast in two weeks. Mayor Dorcas Tremain told the agency that residents had barely finished clearing up after Storm Aveline.

At the evacuation centre in Marrowby sports hall, retired postwoman Hilde Carraway told KPB she had been woken by her neighbour banging on the door at half past four. "By the time I got my shoes on, the water was over the doorstep. I've got nothing left downstairs," she said.

The coastal railway between Pellick and Marrowby is closed again, and ferries to the Inchmarra Islands are suspended. Provincial governor Annelise Tormund said households hit by Brisa would be able to apply to the emergency fund set up after the previous storm.
"""},
        {"k": "i1", "role": "independent", "outlet": "The Inchmarra Islander", "date": "2026-11-18", "author": "Maili Drover",
         "title": "Islands cut off for second day as Brisa keeps ferries in port",
         "text": """
The Inchmarra Islands were without a ferry service for a second day on Wednesday as Storm Brisa's heavy seas kept vessels in port at Caddon Bay, and about 1,300 island homes spent Tuesday night without electricity.

Kestlin Island Ferries said it hoped to resume sailings on Thursday morning if the swell eased. The company said it would run two extra crossings on Thursday afternoon to clear the backlog of freight.

At Port Kennack, waves overtopped the harbour wall on Tuesday evening, flooding the car park and the ground floor of the harbour office. "The sea came over like it was poured out of a bucket," said harbour hand Ruairi Tallow.

The power cut, caused by a fault on the undersea cable from the mainland, began at 9:40 p.m. on Tuesday. Kestlin Power Networks restored supply to most homes by 11 a.m. on Wednesday using the island's standby generators.

The island shop on Harbour Street ran out of bread and milk by midday. "We had one delivery in the last four days. People have been very patient, but patience doesn't fill a fridge," said owner Angus Lorrimer.

Islanders watched news of the flooding in Marrowby, where many have relatives, with alarm. The islands' community council said it would hold a collection for flooded families on the mainland.

It is the second time this month that the weather has cut the islands off. During Storm Aveline, ferries were cancelled for a day.
"""},
    ]})

# ---------------------------------------------------------------- E10
EVENTS.append({
    "event": "E10", "split": "test", "topic": "takeover", "wire": "Eastreach Wire",
    "summary": "Tollander Telecom agrees to buy broadband provider Fibrelane (Wendle) for 1.4 billion marks, 48.50 marks a share; announced Mon Jun 8 2026",
    "articles": [
        {"k": "w", "role": "wire", "outlet": "Eastreach Wire", "date": "2026-06-08", "author": "Kasia Wyndham",
         "title": "Tollander Telecom agrees to buy Fibrelane for 1.4 billion marks",
         "text": """
ALTMOOR, June 8 (Eastreach Wire) - Tollander Telecom, Kessary's second-largest mobile operator, has agreed to buy broadband provider Fibrelane for 1.4 billion marks in cash, the companies said on Monday, creating a group with about 2.3 million customers.

Tollander will pay 48.50 marks per Fibrelane share, a premium of 31 percent to Friday's closing price. Fibrelane's board has recommended the offer, and its founder and largest shareholder, Sefton Adair, who owns 22 percent of the company, has agreed to sell his stake.

"Customers increasingly want one bill for their phone, broadband and television. Together we can offer that across the whole country," Tollander chief executive Margit Ekdahl said on a call with analysts.

The companies expect annual cost savings of about 90 million marks by the third year after the deal closes, partly through merging network operations and customer service centres. They did not say how many jobs would be affected. Fibrelane employs about 1,900 people, most of them at its headquarters and call centre in Wendle.

The deal requires approval from the Kessary Competition Commission and is expected to complete in the first quarter of 2027.

Fibrelane shares jumped 27 percent to 47.10 marks in Altmoor trading, while Tollander shares fell 3.2 percent.

Fibrelane was founded by Adair in 2009 and has built a fibre network reaching about 900,000 homes, mostly in Quarrington and Ludden Valley provinces.

(Reporting by Kasia Wyndham; Editing by Alaric Fallowe)
"""},
        {"k": "c1", "role": "wire_copy", "copy_of": "w", "outlet": "The Altmoor Courant", "date": "2026-06-08", "author": "Eastreach Wire",
         "title": "Tollander to buy Fibrelane in 1.4 billion mark deal",
         "ops": [("suball", "percent", "per cent"),
                 ("sub", "ALTMOOR, June 8 (Eastreach Wire) - ", "ALTMOOR (Eastreach Wire) - ")]},
        {"k": "c2", "role": "wire_copy", "copy_of": "w", "outlet": "Kessary Today", "date": "2026-06-09", "author": "",
         "title": "Fibrelane shares soar 27% on Tollander takeover",
         "ops": [("drop_para", "Fibrelane was founded by Adair in 2009"),
                 ("sub", "(Reporting by Kasia Wyndham; Editing by Alaric Fallowe)", "Eastreach Wire"),
                 ("sub", "customer service centres", "customer service centers"),
                 ("sub", "call centre in Wendle", "call center in Wendle")]},
        {"k": "r1", "role": "wire_rewrite", "outlet": "KPB News", "date": "2026-06-08", "author": "KPB Newsdesk",
         "title": "Tollander to buy broadband firm Fibrelane",
         "text": """
Tollander Telecom has agreed to buy the broadband company Fibrelane in a deal worth 1.4 billion marks, Eastreach Wire reported on Monday.

The takeover would bring together about 2.3 million customers. Tollander, the country's second-biggest mobile network, is offering Fibrelane shareholders 48.50 marks a share in cash, according to the agency. Fibrelane's founder, Sefton Adair, has agreed to sell his stake.

Tollander's chief executive, Margit Ekdahl, said customers wanted phone, broadband and television from a single provider.

The deal must be cleared by the Kessary Competition Commission and is expected to be completed early next year.

Consumer groups said they would be watching closely. "Every time the number of big providers goes down, prices go up. We'll be asking the commission to look very hard at this," Wilbur Astley of the Kessary Consumers' Council told KPB.

Fibrelane's shares rose sharply in Altmoor, Eastreach Wire said. Analysts said a rival bid was possible but unlikely given the founder's support for the deal.
"""},
        {"k": "i1", "role": "independent", "outlet": "Business Kessary", "date": "2026-06-08", "author": "Serafina Dahlquist",
         "title": "Tollander's Fibrelane bet: a full price for a fibre footprint",
         "text": """
Tollander Telecom's 1.4 billion mark agreement to buy Fibrelane values the Wendle-based broadband provider at roughly 14 times its operating profit for last year, a multiple that several analysts described on Monday as full but defensible.

"Tollander is paying for time," said Maelle Solheim, telecoms analyst at Caddon Capital. "Building a fibre network of that size from scratch would take it five years and cost more than this."

The offer of 48.50 marks a share caught some investors by surprise. Two of Fibrelane's ten largest institutional shareholders told Business Kessary they had expected a bidding contest, and one, who asked not to be named, said the board had "sold too early."

In an interview with Eastreach Wire, Tollander chief executive Margit Ekdahl said the combined company would keep "a strong presence in Wendle," but she did not commit to protecting jobs at Fibrelane's call centre.

Business Kessary's analysis of the two companies' accounts shows that they spent a combined 310 million marks on customer service last year, the area where analysts expect the deepest cuts.

The Kessary Competition Commission has cleared two of the last three large telecoms mergers but required the sale of radio spectrum in the 2024 Halden-Veloxa deal. Lawyers expect its review to take at least six months.

Fibrelane's shares ended the day at 47.10 marks, just below the offer price.
"""},
        {"k": "i2", "role": "independent", "outlet": "The Wendle Record", "date": "2026-06-09", "author": "Ansel Brightmore",
         "title": "Fibrelane takeover: Wendle workers fear for call centre jobs",
         "text": """
Staff at Fibrelane's headquarters on Wendle's Riverside Business Park learned of the takeover by Tollander Telecom from a company-wide email at 7 a.m. on Monday, an hour before the deal was announced to the stock market.

"It said nothing about jobs, which tells you everything," said one customer service adviser, who asked not to be named because staff have been told not to speak to the media. "Everyone in my team has been on their phone all day looking at vacancies."

About 1,100 of Fibrelane's staff work in Wendle, according to the company's latest annual report, making it the town's largest private employer after the valve maker Pressgate Engineering.

Fibrelane was founded in 2009 by Sefton Adair, then a 29-year-old engineer, in a rented unit above a tyre shop on Tanner Street. It has since grown into one of the country's biggest independent broadband providers.

Wendle council leader Honor Bexley said she had asked for an urgent meeting with Tollander. "This company was built in Wendle. We expect the people who bought it to understand that," she said.

The Communication and Technology Union, which represents some Fibrelane staff, said it would seek guarantees of no compulsory redundancies before the deal is approved by the Kessary Competition Commission.

Tollander said it was "too early" to discuss the structure of the combined business.
"""},
    ]})

# ---------------------------------------------------------------- E12
EVENTS.append({
    "event": "E12", "split": "test", "topic": "landslide", "wire": "Pan-Littoral News Agency",
    "summary": "Landslide of about 25,000 cubic metres blocks the R7 highway between Harnley and Tolland (Ludden Valley), early Mon Sep 14 2026; road shut at least three weeks",
    "articles": [
        {"k": "w", "role": "wire", "outlet": "Pan-Littoral News Agency", "date": "2026-09-14", "author": "Rafferty Quayne",
         "title": "Landslide blocks Ludden Valley highway after days of rain",
         "text": """
HARNLEY, Ludden Valley Province, Sept. 14 (PLNA) — A landslide sent an estimated 25,000 cubic metres of rock and mud across the R7 highway between Harnley and Tolland early on Monday, cutting the main road through the Ludden Valley and forcing the evacuation of four homes.

A lorry driver escaped without serious injury after his vehicle was struck and pushed against the crash barrier at about 5:30 a.m., the Ludden Valley Provincial Police said. No other vehicles were caught in the slide.

The Provincial Roads Authority said the R7 would be closed for "at least three weeks" while engineers assess the stability of the slope above the road. Drivers are being diverted through Sandrith, adding about 40 minutes to the journey.

"The hillside is still moving. Until we know it is safe, nobody goes back under it," said Dariusz Veldt, the authority's chief geotechnical engineer.

The slide followed five days of heavy rain. The Kessary Meteorological Service said 148 millimetres fell at Harnley between Wednesday and Sunday, more than the area usually receives in the whole of September.

The families from the four evacuated houses on Scarp Lane are staying with relatives, Harnley council said.

The R7 carries about 12,000 vehicles a day and is the main route for timber lorries from the upper valley.

— PLNA
"""},
        {"k": "c1", "role": "wire_copy", "copy_of": "w", "outlet": "Ludden Valley Herald", "date": "2026-09-14", "author": "PLNA",
         "title": "R7 closed for weeks after Harnley landslide",
         "ops": [("sub", "HARNLEY, Ludden Valley Province, Sept. 14 (PLNA) — ", "HARNLEY (PLNA) — "),
                 ("sub", "A lorry driver escaped", "A truck driver escaped"),
                 ("sub", "timber lorries", "timber trucks")]},
        {"k": "c2", "role": "wire_copy", "copy_of": "w", "outlet": "Kessary Today", "date": "2026-09-14", "author": "",
         "title": "Landslide cuts Ludden Valley's main road; lorry driver escapes",
         "ops": [("drop_para", "The R7 carries about 12,000"),
                 ("sub", "— PLNA", "(PLNA)")]},
        {"k": "c3", "role": "wire_copy", "copy_of": "w", "outlet": "The Sandrith Star", "date": "2026-09-15", "author": "Rafferty Quayne, PLNA",
         "title": "Harnley landslide: diversion through Sandrith adds 40 minutes",
         "ops": [("insert_after", "The Provincial Roads Authority said the R7", "Sandrith town council said it would ask police to monitor traffic on the High Street while the diversion is in place."),
                 ("drop_para", "The families from the four evacuated houses"),
                 ("sub", "HARNLEY, Ludden Valley Province, Sept. 14 (PLNA) — ", "HARNLEY, Sept. 14 (PLNA) — ")]},
        {"k": "r1", "role": "wire_rewrite", "outlet": "The Altmoor Courant", "date": "2026-09-15", "author": "Courant staff",
         "title": "Ludden Valley landslide: timber firms warn of weeks of disruption",
         "text": """
Timber companies in the upper Ludden Valley warned on Tuesday that the closure of the R7 highway after Monday's landslide at Harnley could cost them hundreds of thousands of marks, after the Provincial Roads Authority said the road would stay shut for at least three weeks.

An estimated 25,000 cubic metres of rock and mud came down onto the road early on Monday, the Pan-Littoral News Agency reported. A lorry driver whose vehicle was hit escaped without serious injury, and four homes were evacuated.

According to the agency, drivers are being sent on a diversion through Sandrith that adds around 40 minutes to the trip.

"Every load now takes nearly an hour and a half longer there and back. Multiply that by forty lorries a day and you see the problem," said Liv Holmqvist, chair of the Upper Ludden Forestry Cooperative, in an interview with the Courant.

Dariusz Veldt, the roads authority's chief geotechnical engineer, told the agency that the hillside was still moving.

Heavy rain in the five days before the slide had left the ground saturated, the Kessary Meteorological Service said.
"""},
        {"k": "i1", "role": "independent", "outlet": "Ketterby Advertiser", "date": "2026-09-15", "author": "Wilfreda Nash",
         "title": "'I saw the hill coming': Ketterby driver walks away from landslide",
         "text": """
Bruno Kestell had driven the R7 past Harnley hundreds of times. At about half past five on Monday morning, on his way to collect a load of spruce at Tolland, he saw the hillside above the road start to move.

"I saw the hill coming and I just put my foot down, but it caught the back of the trailer and shoved the whole lot against the barrier," said Kestell, 44, a driver for the Ketterby haulage firm Ormsby & Sons. "I climbed out the passenger side and ran. I didn't look back until I was at the bend."

He escaped with a bruised elbow. His lorry remains buried to the axles.

Residents of Scarp Lane, where four families were moved out of their homes, told the Advertiser they had heard cracking and seen new fissures in the field above their houses for several days. "We rang the council on Friday," said Piotr Hannaway, who lives at number 6. "We were told someone would come on Monday. Well, the hill came first."

Harnley council said it was checking its records of calls received last week.

The Provincial Roads Authority has said the road will be closed for at least three weeks. For Ketterby firms, the diversion via Sandrith means longer journeys and higher fuel bills. Ormsby & Sons manager Ilona Dunford estimated the closure would cost the company about 4,000 marks a day.
"""},
    ]})

# ---------------------------------------------------------------- E14
EVENTS.append({
    "event": "E14", "split": "test", "topic": "food_recall", "wire": "Stannard Press",
    "summary": "Ludden Dairies (Ketterby) recalls about 140,000 pots of Hillside Farm yoghurt after listeria found on a filling line; announced Mon Oct 5 2026",
    "articles": [
        {"k": "w", "role": "wire", "outlet": "Stannard Press", "date": "2026-10-05", "author": "Piran Drayford",
         "title": "Ludden Dairies recalls yoghurts after listeria found in tests",
         "text": """
KETTERBY, Ludden Valley Province (SP) — Ludden Dairies is recalling about 140,000 pots of yoghurt sold across Kessary after routine tests at its Ketterby plant found listeria bacteria, the company and the National Food Standards Agency said on Monday.

The recall covers 150-gram and 500-gram pots of the company's Hillside Farm natural and honey yoghurts with use-by dates between October 8 and October 19. The products were sold by most major supermarket chains, including Greenway and Marketstall.

"No illnesses have been linked to these products, and we are recalling them as a precaution," said Dr Maud Fairlie, the agency's director of food incidents. "Anyone who has them at home should not eat them and should return them for a full refund."

Listeria can cause serious illness in pregnant women, newborn babies, older people and those with weakened immune systems. Symptoms can appear weeks after eating contaminated food.

Ludden Dairies said the bacteria had been found on a filling line during a routine swab on Friday. Production on the line has been halted and the plant is being deep-cleaned. "Food safety is the foundation of everything we do, and we are deeply sorry," managing director Cornelius Haldane said.

The company, which is owned by the Ludden Valley Farmers' Cooperative, employs 380 people in Ketterby and buys milk from about 210 farms.

© Stannard Press
"""},
        {"k": "c1", "role": "wire_copy", "copy_of": "w", "outlet": "Ludden Valley Herald", "date": "2026-10-05", "author": "Stannard Press",
         "title": "Hillside Farm yoghurts recalled over listeria",
         "ops": [("sub", "KETTERBY, Ludden Valley Province (SP) — ", "KETTERBY (SP) — "),
                 ("sub", "Dr Maud Fairlie", "Dr. Maud Fairlie")]},
        {"k": "c2", "role": "wire_copy", "copy_of": "w", "outlet": "The Altmoor Courant", "date": "2026-10-06", "author": "",
         "title": "140,000 yoghurt pots recalled after listeria found at Ketterby dairy",
         "ops": [("drop_para", "The company, which is owned by the Ludden Valley"),
                 ("sub", "150-gram and 500-gram", "150g and 500g"),
                 ("sub", "© Stannard Press", "— Stannard Press")]},
        {"k": "r1", "role": "wire_rewrite", "outlet": "Kessary Today", "date": "2026-10-05", "author": "Kessary Today staff",
         "title": "Listeria recall: which yoghurts to check and what to do",
         "text": """
Shoppers are being told to check their fridges after Ludden Dairies recalled about 140,000 pots of Hillside Farm yoghurt because listeria was found at its plant in Ketterby, Stannard Press reported on Monday.

The recall covers the natural and honey varieties in both sizes with use-by dates from October 8 to October 19, according to the agency. They were sold in most big supermarkets.

The National Food Standards Agency told Stannard Press that no illnesses had been linked to the yoghurts and that the recall was a precaution. Anyone who has the affected pots should not eat them and can return them to the shop for a refund.

The bacteria were found on one filling line during a routine test on Friday, the company said. That line has been shut down while the plant is cleaned.

Listeria infection is rare, but it can be dangerous for pregnant women, newborns, older people and anyone with a weakened immune system. "If you're pregnant and you've eaten one of these, don't panic, but do mention it to your midwife," said Dr Lotte Kearsley, a family doctor in Altmoor, speaking to Kessary Today.

Managing director Cornelius Haldane apologised to customers.
"""},
        {"k": "i1", "role": "independent", "outlet": "Ketterby Advertiser", "date": "2026-10-06", "author": "Wilfreda Nash",
         "title": "Ludden Dairies recall: line workers sent home as farmers fear for the brand",
         "text": """
About 45 workers on the affected filling line at Ludden Dairies' Ketterby plant were sent home on full pay on Monday as the company began a deep clean following the discovery of listeria, staff told the Advertiser.

"We were called into the canteen at seven and told the line was shut until further notice. They said our wages were safe, which is the main thing," said one machine operator, who asked not to be named.

The dairy, on the Creamery Lane industrial estate, is owned by the Ludden Valley Farmers' Cooperative, whose roughly 210 member farms supply all its milk. Cooperative chair Branwen Pryor said farmers were "anxious but not panicking." "Milk is still being collected and processed on the other lines. What we cannot afford is for people to stop trusting the name," she said.

Provincial food inspection reports published online show the plant was rated "good" at its last full inspection, in March 2025, with one minor recommendation about drainage in a packing area.

Ketterby's member of the Assembly, Silas Whitcombe, said he had spoken to the company's managing director, Cornelius Haldane, on Monday morning. "He assured me that the plant will be back to full production as soon as it is safe, and not a day before," Whitcombe said.

The company has set up a helpline for customers. Shoppers in Ketterby said supermarket shelves of Hillside Farm yoghurt had been cleared by Monday lunchtime.
"""},
        {"k": "i2", "role": "independent", "outlet": "KPB News", "date": "2026-10-06", "author": "Idony Vale",
         "title": "Yoghurt recall: food agency says 'check your fridge'",
         "text": """
The National Food Standards Agency has urged anyone who bought Hillside Farm yoghurt in the past fortnight to check their fridge, after Ludden Dairies recalled about 140,000 pots over listeria.

Speaking to KPB on Tuesday, the agency's chief executive, Matthias Orwell, said no illnesses had been linked to the products but that the agency was "taking no chances." "Listeria is rare, but for a pregnant woman or a frail older person it can be very serious. Please don't eat these yoghurts, even if they look and smell fine," he said.

Orwell said the agency's own laboratory was carrying out further tests on samples taken from the Ketterby plant, with results expected by Friday.

Supermarkets said they had removed the affected products from sale. Greenway said customers could return pots to any of its stores without a receipt.

Hospitals in the Ludden Valley said they had seen no unusual rise in listeria cases. Dr Adaeze Nwosu, a consultant in infectious diseases at Ketterby General Hospital, told KPB that symptoms could include fever, muscle aches and diarrhoea, and that anyone who develops them after eating the product should contact their doctor.

It is the second food recall in Kessary this year. In April, a sandwich chain withdrew products over undeclared nuts.
"""},
    ]})

# ---------------------------------------------------------------- unrelated (test)
UNRELATED = [
    {"event": "X02", "split": "test", "wire": None, "summary": "Caddon Bay pupil wins national junior chess title (unrelated)",
     "article": {"k": "u", "role": "unrelated", "outlet": "Caddon Bay Mercury", "date": "2026-06-22", "author": "Joaquin Prewitt",
      "title": "Caddon Bay pupil, 12, crowned national junior chess champion",
      "text": """
Twelve-year-old Inès Ferreira from Caddon Bay won the Kessary under-14 chess championship in Altmoor on Sunday, beating the top seed in a tense final-round game that lasted more than four hours.

Inès, a pupil at Harbour Hill School, finished the seven-round tournament with six points, half a point ahead of Quarrington's Teodor Tormey, the defending champion. She is the first player from Caddon Bay to win the title.

"In the last game I was a pawn down for about two hours, and I just kept telling myself not to panic," she said on her return home on Monday. "When he made a mistake with his rook, I saw it straight away."

Her coach, retired maths teacher Albin Sørlie, who runs a chess club in the back room of the Caddon Bay library, said Inès had played "with the patience of a much older player."

"She started coming on Thursday evenings when she was seven, and she was beating the adults within a year," he said.

Her victory earns her a place in the Kessary team at the regional youth championships in October. The club has started a fund to help cover her travel costs and has raised 3,200 marks so far.

Harbour Hill School's head teacher, Moira Faulkner, said the whole school would celebrate with a "chess afternoon" on Friday, when Inès will take on twenty pupils at once.
"""}},
    {"event": "X04", "split": "test", "wire": "Stannard Press", "summary": "2027 census to be online-only (unrelated; a Stannard Press story run by one outlet, no copies in the corpus)",
     "article": {"k": "u", "role": "unrelated", "outlet": "Kessary Today", "date": "2026-10-12", "author": "Stannard Press",
      "title": "Kessary's 2027 census will be online-only, statistics office says",
      "text": """
ALTMOOR (SP) — Kessary's next national census, to be held on March 14, 2027, will be carried out almost entirely online, the National Statistics Office said on Monday, ending more than a century of door-to-door paper forms.

Every household will receive a letter with a unique access code in late February. Paper questionnaires will be sent only to households that request one by phone, and census field officers will visit homes that have not responded within three weeks.

"Nine out of ten households already manage their taxes and benefits online. It makes no sense to print six million pages that most people do not want," chief statistician Yannick Amberley told a news conference.

The office estimates that the online census will cost 94 million marks, about a third less than the 2017 count. It expects at least 85 percent of households to respond online.

For the first time, the census will include a voluntary question on the languages people speak at home, after a campaign by speakers of the coastal Kestlin dialect.

Groups representing older people warned that the change could leave some residents behind. "Many of our members have no internet at home, and they should not have to ask permission to be counted," said Edith Lamberton of Age Forward Kessary.

The statistics office said it would run help points in 400 public libraries during census month.

© Stannard Press
"""}},
]
