Feature: Northamptonshire - a 7 Minute Briefing after every Serious Case Review
  Northamptonshire Safeguarding Children Board's bulletin of January 2016: seven minute briefings will
  now be produced after the conclusion of every SCR, for team meetings, on the learning, how the
  recommendations affect each team's work, and what the team will do (paraphrased).

  Rule: Bulletin, "7 Minute Briefings" - produced following the conclusion of all SCRs, from January 2016

    @NORTHAMPTONSHIRE-SEVEN-MINUTE-BRIEFING
    Scenario: An SCR concluded on 2017-06-30: produce a 7 Minute Briefing for team meetings
      Given a child
      And the case is for the "northamptonshire" partnership
      And the case facts:
        | fact                     | value      |
        | incident.became_aware_on | 2016-09-01 |
        | incident.outcome         | died       |
        | abuse_or_neglect         | known      |
        | review.scr_concluded_on  | 2017-06-30 |
      When the case is assessed on "2017-07-01"
      Then "northamptonshire.seven_minute_briefing" is "required"
      And "northamptonshire.seven_minute_briefing" requires "The learning from the Serious Case Review."
      And "northamptonshire.seven_minute_briefing" requires "How the SCR's recommendations affect the way the team works."
      And "northamptonshire.seven_minute_briefing" requires "What the team will do to address the issues and change practice where necessary."
      And "northamptonshire.seven_minute_briefing" goes to "teams working with children in Northamptonshire"

    @NORTHAMPTONSHIRE-SEVEN-MINUTE-BRIEFING
    Scenario: An SCR that concluded in December 2015, before the briefings began
      Given a child
      And the case is for the "northamptonshire" partnership
      And the case facts:
        | fact                     | value      |
        | incident.became_aware_on | 2015-01-05 |
        | incident.outcome         | died       |
        | abuse_or_neglect         | known      |
        | review.scr_concluded_on  | 2015-12-31 |
      When the case is assessed on "2016-01-05"
      Then rule "NORTHAMPTONSHIRE-SEVEN-MINUTE-BRIEFING" did not fire
      And there is no "northamptonshire.seven_minute_briefing" determination

    Scenario: The SCR has not concluded yet: no briefing is listed
      Given a child
      And the case is for the "northamptonshire" partnership
      And the case facts:
        | fact                     | value      |
        | incident.became_aware_on | 2017-03-02 |
        | incident.outcome         | died       |
        | abuse_or_neglect         | known      |
      When the case is assessed on "2017-03-03"
      Then "scr" is "required"
      And there is no "northamptonshire.seven_minute_briefing" determination
