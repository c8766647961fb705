// The built-in demo workspace (Kestrel Freight, a fictional logistics company), compiled into the
// binary so that `tandem` works without any files. `tandem init DIR` writes these files out.
enum DemoFiles {
    static let files: [String: String] = [
        "tandem.toml": #"""
        # Kestrel Freight: the built-in demo workspace for Tandem.
        # A fictional regional 3PL (14 depots across Ohio, Indiana and Kentucky, about 2,300 staff)
        # halfway through replacing its warehouse management system. Default thresholds throughout.
        [organization]
        name = "Kestrel Freight"
        as_of = 2026-11-20

        [leaders]
        cio = "Priya Raman"
        coo = "José Almeida"
        """#,
        "kpis.csv": #"""
        id,name,owner,direction,target,warn,baseline,unit,domain,frequency,pair,description
        WMSUP,WMS availability,cio,higher,99.9,99.5,,%,system,monthly,PICK,Warehouse system up during shift hours
        TRKUP,Tracking portal uptime,cio,higher,99.5,99.0,,%,system,monthly,WISMO,"Customer shipment tracking site, \#
        24x7"
        RTLAT,Routing API p95 latency,cio,lower,400,600,,ms,system,weekly,OTD,Route plan requests from dispatch
        PATCH,Critical patches in 14 days,cio,higher,95,90,,%,system,monthly,,Servers and handhelds patched on time
        MTTR,Mean time to restore,cio,lower,60,,110,minutes,system,monthly,,"P1 and P2 incidents, open to service \#
        restored"
        EDIERR,EDI message error rate,cio,lower,0.5,1.0,,%,system,monthly,DSO,Carrier and customer EDI messages rejected
        PHISH,Phishing click rate,cio,lower,4,6,,%,system,monthly,,Staff who click in the monthly simulation
        OTD,On-time delivery,coo,higher,96,93,91,%,operational,weekly,RTLAT,Deliveries inside the promised window
        PICK,Same-day pick rate,coo,higher,98,95,,%,operational,monthly,WMSUP,Orders in by 2pm picked the same day
        DOCK,Dock-to-stock time,coo,lower,90,,,minutes,operational,monthly,,"Inbound pallet received to put away, \#
        median"
        FLEET,Fleet utilization,coo,higher,85,,,%,operational,monthly,,Truck hours loaded over hours available
        YARD,Trailer yard wait,coo,lower,35,,,minutes,operational,daily,,"Gate-in to door, median across depots"
        FUEL,Line-haul fuel economy,coo,higher,7.0,6.5,,mpg,operational,monthly,,"Tractor miles per gallon, from \#
        telematics"
        CO2,CO2 per delivery,joint,lower,1.2,,,kg,operational,monthly,,"Depot energy plus fleet fuel, per drop"
        WISMO,Where-is-my-order calls,joint,lower,12,15,,calls/1k,customer,weekly,TRKUP,"Calls per 1,000 shipments \#
        delivered"
        NPS,Customer NPS,joint,higher,45,35,,points,customer,quarterly,,"B2B shippers, quarterly survey"
        EPOD,Proof of delivery in 1 hour,joint,higher,95,90,,%,customer,monthly,,Signed ePOD visible to the customer \#
        within an hour
        CPS,Cost per shipment,coo,lower,14.5,15.2,,$,financial,monthly,,Fully loaded operating cost per shipment
        DSO,Days sales outstanding,joint,lower,42,,51,days,financial,monthly,,"Invoice to cash, 90-day rolling"
        ITCOST,IT run cost per shipment,cio,lower,0.85,,,$,financial,monthly,,IT operating spend over shipments
        """#,
        "measurements.csv": #"""
        kpi,period,value,note
        WMSUP,2025-05,99.72,
        WMSUP,2025-06,99.81,
        WMSUP,2025-07,99.78,
        WMSUP,2025-08,99.85,
        WMSUP,2025-09,99.69,
        WMSUP,2025-10,99.74,
        WMSUP,2025-11,99.88,
        WMSUP,2025-12,99.83,
        WMSUP,2026-01,99.79,
        WMSUP,2026-02,99.86,
        WMSUP,2026-03,99.91,
        WMSUP,2026-04,99.84,
        WMSUP,2026-05,99.8,
        WMSUP,2026-06,99.87,
        WMSUP,2026-07,99.62,Storage array firmware fault
        WMSUP,2026-08,99.71,
        WMSUP,2026-09,99.38,Wave 1 cutover weekend
        WMSUP,2026-10,99.64,
        TRKUP,2025-08,99.71,
        TRKUP,2025-09,99.64,
        TRKUP,2025-10,99.82,
        TRKUP,2025-11,99.77,
        TRKUP,2025-12,99.85,
        TRKUP,2026-01,99.79,
        TRKUP,2026-02,99.88,
        TRKUP,2026-03,99.83,
        TRKUP,2026-04,99.9,
        TRKUP,2026-05,99.76,
        TRKUP,2026-06,99.86,
        TRKUP,2026-07,99.81,
        TRKUP,2026-08,99.89,
        TRKUP,2026-09,99.84,
        TRKUP,2026-10,99.82,
        RTLAT,2026-08-02,410,
        RTLAT,2026-08-09,395,
        RTLAT,2026-08-16,430,New routing engine in pilot
        RTLAT,2026-08-23,520,
        RTLAT,2026-08-30,610,
        RTLAT,2026-09-06,690,Peak: vendor capacity limit
        RTLAT,2026-09-13,720,
        RTLAT,2026-09-20,650,Cache layer added
        RTLAT,2026-09-27,580,
        RTLAT,2026-10-04,520,
        RTLAT,2026-10-11,470,
        RTLAT,2026-10-18,440,
        RTLAT,2026-10-25,415,
        RTLAT,2026-11-01,402,
        RTLAT,2026-11-08,392,
        RTLAT,2026-11-15,384,
        PATCH,2024-11,88,
        PATCH,2024-12,90,
        PATCH,2025-01,91,
        PATCH,2025-02,89,
        PATCH,2025-03,92,
        PATCH,2025-04,93,
        PATCH,2025-05,94,
        PATCH,2025-06,92,
        PATCH,2025-07,95,
        PATCH,2025-08,96,
        PATCH,2025-09,94,
        PATCH,2025-10,95,
        PATCH,2025-11,96,
        PATCH,2025-12,97,
        PATCH,2026-01,95,
        PATCH,2026-02,96,
        PATCH,2026-03,97,
        PATCH,2026-04,96,
        PATCH,2026-05,95,
        PATCH,2026-06,97,
        PATCH,2026-07,96,
        PATCH,2026-08,98,
        PATCH,2026-09,96,
        PATCH,2026-10,97,
        MTTR,2025-09,104,
        MTTR,2025-10,112,
        MTTR,2025-11,98,
        MTTR,2025-12,121,Two long storage outages
        MTTR,2026-01,108,
        MTTR,2026-02,95,
        MTTR,2026-03,92,24x7 on-call rota started
        MTTR,2026-04,86,
        MTTR,2026-05,81,
        MTTR,2026-06,74,
        MTTR,2026-07,69,
        MTTR,2026-08,66,
        MTTR,2026-09,61,
        MTTR,2026-10,57,
        EDIERR,2025-07,1.4,
        EDIERR,2025-08,1.3,
        EDIERR,2025-09,1.5,
        EDIERR,2025-10,1.2,
        EDIERR,2025-11,1.3,
        EDIERR,2025-12,1.1,
        EDIERR,2026-01,1.2,
        EDIERR,2026-02,1,
        EDIERR,2026-03,1.1,
        EDIERR,2026-04,0.95,
        EDIERR,2026-05,0.9,
        EDIERR,2026-06,0.92,
        EDIERR,2026-07,0.85,
        EDIERR,2026-08,0.88,
        EDIERR,2026-09,0.81,
        EDIERR,2026-10,0.78,
        PHISH,2025-11,4.8,
        PHISH,2025-12,4.1,
        PHISH,2026-01,3.9,
        PHISH,2026-02,3.6,
        PHISH,2026-03,3.4,
        PHISH,2026-04,3.2,
        PHISH,2026-05,3.3,
        PHISH,2026-06,3.1,
        PHISH,2026-07,3.2,
        PHISH,2026-08,3.1,
        PHISH,2026-09,3.3,
        PHISH,2026-10,3.2,
        OTD,2026-07-05,95.8,
        OTD,2026-07-12,96.2,
        OTD,2026-07-19,95.9,
        OTD,2026-07-26,96.4,
        OTD,2026-08-02,95.1,
        OTD,2026-08-09,93.8,
        OTD,2026-08-16,92.6,"Routing engine pilot, two depots"
        OTD,2026-08-23,92.1,"Storm week, I-70 closures"
        OTD,2026-08-30,92.9,
        OTD,2026-09-06,93.4,
        OTD,2026-09-13,93.1,
        OTD,2026-09-20,93.9,
        OTD,2026-09-27,94.2,
        OTD,2026-10-04,94,
        OTD,2026-10-11,94.6,
        OTD,2026-10-18,94.3,
        OTD,2026-10-25,94.8,
        OTD,2026-11-01,95,
        OTD,2026-11-08,94.7,
        OTD,2026-11-15,95.2,
        PICK,2025-05,98.4,
        PICK,2025-06,98.6,
        PICK,2025-07,98.2,
        PICK,2025-08,98.7,
        PICK,2025-09,98.9,
        PICK,2025-10,98.5,
        PICK,2025-11,98.8,
        PICK,2025-12,98.6,
        PICK,2026-01,98.3,
        PICK,2026-02,98.7,
        PICK,2026-03,98.9,
        PICK,2026-04,98.4,
        PICK,2026-05,98.6,
        PICK,2026-06,98.5,
        PICK,2026-07,98.1,
        PICK,2026-08,97.6,
        PICK,2026-09,95.8,"Wave 1 cutover, Columbus and Dayton"
        PICK,2026-10,96.3,
        DOCK,2025-05,88,
        DOCK,2025-06,86,
        DOCK,2025-07,91,
        DOCK,2025-08,87,
        DOCK,2025-09,85,
        DOCK,2025-10,89,
        DOCK,2025-11,84,
        DOCK,2025-12,86,
        DOCK,2026-01,88,
        DOCK,2026-02,83,
        DOCK,2026-03,85,
        DOCK,2026-04,87,
        DOCK,2026-05,86,
        DOCK,2026-06,88,
        DOCK,2026-07,90,
        DOCK,2026-08,94,
        DOCK,2026-09,106,
        DOCK,2026-10,112,Putaway backlog after cutover
        FLEET,2025-08,82,
        FLEET,2025-09,83,
        FLEET,2025-10,84,
        FLEET,2025-11,85,
        FLEET,2025-12,86,
        FLEET,2026-01,84,
        FLEET,2026-02,85,
        FLEET,2026-03,87,
        FLEET,2026-04,86,
        FLEET,2026-05,86,
        FLEET,2026-06,87,
        FLEET,2026-07,88,
        FLEET,2026-08,86,
        FLEET,2026-09,87,
        FLEET,2026-10,86.5,
        YARD,2026-10-31,33,
        YARD,2026-11-01,31,
        YARD,2026-11-02,34,
        YARD,2026-11-03,32,
        YARD,2026-11-04,30,
        YARD,2026-11-05,29,
        YARD,2026-11-06,33,
        YARD,2026-11-07,35,
        YARD,2026-11-08,32,
        YARD,2026-11-09,31,
        YARD,2026-11-10,34,
        YARD,2026-11-11,33,
        YARD,2026-11-12,32,
        YARD,2026-11-13,31,
        YARD,2026-11-14,33,
        YARD,2026-11-15,32,
        YARD,2026-11-16,34,
        YARD,2026-11-17,31,
        YARD,2026-11-18,33,
        YARD,2026-11-19,32,
        YARD,2026-11-20,31,
        FUEL,2025-08,6.62,
        FUEL,2025-09,6.7,
        FUEL,2025-10,6.55,
        FUEL,2025-11,6.48,
        FUEL,2025-12,6.41,
        FUEL,2026-01,6.58,
        FUEL,2026-02,6.74,
        FUEL,2026-03,6.81,
        FUEL,2026-04,6.86,
        FUEL,2026-05,6.79,
        FUEL,2026-06,6.9,
        FUEL,2026-07,6.95,
        FUEL,2026-08,7.02,Last reading before the telematics feed paused
        CO2,2026-08,,Depot meters not live yet
        CO2,2026-09,,Depot meters not live yet
        CO2,2026-10,,First readings due in December
        WISMO,2026-08-02,11.2,
        WISMO,2026-08-09,11.5,
        WISMO,2026-08-16,11,
        WISMO,2026-08-23,11.8,
        WISMO,2026-08-30,12.4,
        WISMO,2026-09-06,13.1,
        WISMO,2026-09-13,13.6,Cutover: tracking events delayed
        WISMO,2026-09-20,13.3,
        WISMO,2026-09-27,14,
        WISMO,2026-10-04,14.2,
        WISMO,2026-10-11,14.6,
        WISMO,2026-10-18,14.4,
        WISMO,2026-10-25,14.9,
        WISMO,2026-11-01,15.3,
        WISMO,2026-11-08,15.8,
        WISMO,2026-11-15,16.4,Peak season volume
        NPS,2023-Q4,31,
        NPS,2024-Q1,33,
        NPS,2024-Q2,34,
        NPS,2024-Q3,36,
        NPS,2024-Q4,38,
        NPS,2025-Q1,37,
        NPS,2025-Q2,40,
        NPS,2025-Q3,42,
        NPS,2025-Q4,44,
        NPS,2026-Q1,46,
        NPS,2026-Q2,43,
        NPS,2026-Q3,41,"Late deliveries cited, esp. Dayton"
        EPOD,2025-09,88.5,
        EPOD,2025-10,89.2,
        EPOD,2025-11,90.1,
        EPOD,2025-12,90.8,
        EPOD,2026-01,91.5,
        EPOD,2026-02,92.4,
        EPOD,2026-03,93,
        EPOD,2026-04,93.8,
        EPOD,2026-05,94.6,
        EPOD,2026-06,95.1,
        EPOD,2026-07,95.6,
        EPOD,2026-08,95.9,
        EPOD,2026-09,96.2,
        EPOD,2026-10,96.5,
        CPS,2024-11,14.62,
        CPS,2024-12,14.55,
        CPS,2025-01,14.71,
        CPS,2025-02,14.48,
        CPS,2025-03,14.4,
        CPS,2025-04,14.36,
        CPS,2025-05,14.44,
        CPS,2025-06,14.39,
        CPS,2025-07,14.31,
        CPS,2025-08,14.28,
        CPS,2025-09,14.35,
        CPS,2025-10,14.3,
        CPS,2025-11,14.26,
        CPS,2025-12,14.33,
        CPS,2026-01,14.29,
        CPS,2026-02,14.38,
        CPS,2026-03,14.41,
        CPS,2026-04,14.47,
        CPS,2026-05,14.52,
        CPS,2026-06,14.58,
        CPS,2026-07,14.66,
        CPS,2026-08,14.71,
        CPS,2026-09,14.84,Agency labor during cutover
        CPS,2026-10,14.97,Diesel up 6%
        DSO,2025-05,51,
        DSO,2025-06,50.5,
        DSO,2025-07,49.8,
        DSO,2025-08,50.2,
        DSO,2025-09,48.9,
        DSO,2025-10,48.1,
        DSO,2025-11,47.6,
        DSO,2025-12,46.8,
        DSO,2026-01,46.2,
        DSO,2026-02,45.5,
        DSO,2026-03,44.9,
        DSO,2026-04,44.1,
        DSO,2026-05,43.6,
        DSO,2026-06,43,
        DSO,2026-07,42.4,
        DSO,2026-08,42.8,
        DSO,2026-09,41.9,
        DSO,2026-10,41.6,
        ITCOST,2025-11,0.83,
        ITCOST,2025-12,0.84,
        ITCOST,2026-01,0.82,
        ITCOST,2026-02,0.83,
        ITCOST,2026-03,0.84,
        ITCOST,2026-04,0.83,
        ITCOST,2026-05,0.82,
        ITCOST,2026-06,0.83,
        ITCOST,2026-07,0.84,
        ITCOST,2026-08,0.83,
        ITCOST,2026-09,0.83,
        ITCOST,2026-10,0.82,
        """#,
        "risks.csv": #"""
        id,title,category,owner,likelihood,impact,residual_likelihood,residual_impact,status,technical_mitigation,\#
        procedural_mitigation,last_reviewed,description
        R01,Ransomware halts WMS and dispatch,cyber,cio,4,5,3,5,mitigating,"Immutable backups, EDR on all servers",\#
        Manual dispatch runbook drilled quarterly,2026-10-14,Depots cannot pick or route for days.
        R02,Customer contact data misused,privacy,joint,3,4,2,4,open,Consent flags in the alert service,Quarterly \#
        access review,2026-03-02,Delivery alerts hold consignee phone numbers.
        R03,Customs filing errors at border,compliance,coo,3,4,3,3,mitigating,Broker API validates tariff codes,\#
        Second-person check on filings,2026-09-10,Canada lanes; fines and held freight.
        R04,"Single TMS vendor, no exit plan",vendor,cio,3,5,3,4,open,,Annual vendor performance review,2026-06-22,\#
        Contract renews in 2027 with a 40% uplift.
        R05,Peak season driver shortfall,operational,coo,4,4,4,4,open,Labor forecasting in the WFM tool,"Agency \#
        framework, cross-trained yard staff",2026-11-03,Short 60 drivers for the holiday peak.
        R06,WMS cutover disrupts picking,change,joint,4,4,3,4,mitigating,Parallel run with rollback plan,Floor \#
        walkers on every shift at cutover,2026-11-12,Waves 2 and 3 still to go.
        R07,Phishing leads to payment fraud,cyber,cio,3,4,2,3,mitigating,Mail filtering and MFA,Call-back check on \#
        bank detail changes,2026-05-28,
        R08,Unpatched handhelds on depot Wi-Fi,cyber,cio,4,3,,,open,Segment depot Wi-Fi from core network,,,Older \#
        scanners cannot take the new OS.
        R09,Hours-of-service violations,compliance,coo,3,5,2,5,mitigating,ELD alerts before drive limits,Weekly log \#
        audits by the safety team,2026-08-01,
        R10,Top client consolidates carriers,strategic,joint,2,5,2,5,accepted,Shared visibility dashboard for the \#
        client,Quarterly business reviews,2026-07-15,18% of revenue is one retailer.
        R11,Cloud region outage,vendor,cio,2,4,1,4,accepted,Warm standby in a second region,Annual failover test,\#
        2025-12-01,
        R12,Fuel card skimming at stations,operational,coo,2,3,1,3,open,Chip-only fuel cards,Monthly card statement \#
        review,2025-10-10,
        R13,Billing system key-person risk,operational,cio,4,3,3,3,mitigating,Batch jobs documented in the runbook,\#
        Second analyst paired on month-end,2026-09-01,One developer knows the AS/400 billing code.
        R14,Lithium battery fire in a depot,operational,coo,2,5,1,,open,Heat detection in charging bays,Charging \#
        rules and fire drills,2026-06-15,Forklift and scanner charging areas.
        R15,Legacy VPN out of support,cyber,cio,3,4,1,2,closed,Replaced by zero-trust access,All VPN accounts revoked,\#
        2026-09-30,
        """#,
        "initiatives.csv": #"""
        id,name,sponsor,lead,stage,start,due,progress,budget,spent,forecast,adoption,kpis,risks,depends_on,\#
        capabilities,description
        I-WMS,WMS replacement,joint,Grace Whitfield,active,2025-09-01,2027-03-31,68,4200000,3050000,4450000,,WMSUP;\#
        PICK;DOCK,R06;R01,,wms;inventory,"Replace the 2009 WMS in 14 depots, in three waves."
        I-ROUTE,Dynamic route optimization,cio,Marcus Bell,active,2026-03-02,2027-02-26,74,900000,610000,,61,RTLAT;\#
        OTD,,,routing;telematics,Cloud routing engine that re-plans around traffic.
        I-DISP,Depot dispatch playbook,coo,Ruth Okonjo,active,2026-05-04,2027-01-29,66,250000,140000,235000,,OTD,R05,\#
        I-ROUTE,routing;dispatch,"Standard dispatch routines, load planning and handovers."
        I-ALERT,Proactive delivery alerts,joint,Dev Sharma,active,2026-01-12,2026-12-04,88,380000,341000,372000,38,\#
        WISMO;TRKUP,R02,,notifications;customer-portal,Text and email alerts with live ETA to consignees.
        I-EDI,Carrier EDI onboarding,cio,Hannah Cole,active,2026-03-02,2026-12-18,72,520000,430000,,,EDIERR;DSO,R04,,\#
        edi;billing,Self-service EDI setup and testing for partner carriers.
        I-ZT,Zero trust for depots,cio,Owen Price,active,2026-07-06,2027-06-30,36,1100000,330000,1060000,,PATCH,R01;\#
        R07;R08,,identity;network,Identity-based access for depot staff and devices.
        I-DATA,Operations data platform,cio,Lena Fischer,active,2026-06-01,2027-05-28,46,650000,280000,,,,,I-WMS,\#
        data-platform;reporting,"One warehouse of depot, fleet and billing data."
        I-EV,Electric van trial,coo,Carlos Mendes,proposed,2027-02-01,2027-10-29,0,,,,,FUEL;CO2,,,fleet;\#
        sustainability,Ten electric vans on Columbus city routes.
        I-PAY,Driver payroll consolidation,joint,Maria Lopez,paused,2026-02-02,2027-01-29,30,300000,95000,,,CPS,R09,,\#
        payroll;hr,Paused for peak; one payroll for drivers and yard staff.
        I-SCAN,Handheld scanner refresh,cio,Tariq Hassan,done,2025-11-03,2026-06-30,100,750000,712000,712000,94,PICK,\#
        R08,,devices,"1,200 new rugged scanners for all depots."
        I-BOT,Customer service chatbot,cio,Nina Park,cancelled,2026-02-02,2026-10-30,15,200000,42000,,,WISMO,,,\#
        customer-portal,Stopped in May; delivery alerts expected to cut more calls.
        """#,
        "milestones.csv": #"""
        initiative,name,due,done,key
        I-WMS,Design sign-off,2025-12-19,2025-12-17,yes
        I-WMS,"Wave 1 live: Columbus, Dayton",2026-09-07,2026-09-14,yes
        I-WMS,Wave 2 live: five depots,2026-11-09,,yes
        I-WMS,Wave 3 live and old WMS off,2027-03-19,,yes
        I-ROUTE,Engine vendor selected,2026-04-17,2026-04-15,yes
        I-ROUTE,Two-depot pilot,2026-08-14,2026-08-21,yes
        I-ROUTE,Driver app integration,2026-12-11,,no
        I-ROUTE,All depots on new engine,2027-02-12,,yes
        I-DISP,Pilot at Columbus depot,2026-08-28,2026-08-26,yes
        I-DISP,"Dispatcher training, all sites",2026-10-30,,no
        I-DISP,Playbook v1 signed off,2027-01-22,,yes
        I-ALERT,Text provider contracted,2026-03-20,2026-03-18,yes
        I-ALERT,Alerts live for all B2C,2026-09-25,2026-10-02,yes
        I-ALERT,Retire legacy email alerts,2026-12-01,,no
        I-EDI,Partner self-service portal,2026-06-30,2026-07-08,yes
        I-EDI,Test harness for carriers,2026-08-28,2026-09-04,no
        I-EDI,Top 20 carriers migrated,2026-12-11,,yes
        I-ZT,MFA for all admin accounts,2026-09-30,2026-09-24,yes
        I-ZT,Depot Wi-Fi segmented,2026-12-18,,yes
        I-ZT,Device posture checks,2027-03-31,,no
        I-DATA,Cloud landing zone,2026-08-14,2026-08-14,yes
        I-DATA,First depot dashboards,2026-12-11,,no
        I-DATA,Billing data onboarded,2027-03-26,,yes
        I-EV,Business case approved,2027-01-15,,yes
        I-EV,Ten vans in service,2027-05-28,,yes
        I-PAY,Payroll vendor selected,2026-04-17,2026-04-21,yes
        I-PAY,Parallel payroll run,2027-01-08,,yes
        I-SCAN,Device pilot at Dayton,2026-01-30,2026-02-03,no
        I-SCAN,All depots issued,2026-06-19,2026-06-19,yes
        I-BOT,Vendor proof of concept,2026-04-10,2026-04-10,yes
        I-BOT,Go/no-go decision,2026-05-15,2026-05-13,yes
        """#,
    ]
}
