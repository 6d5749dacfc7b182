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
        | fact                                       | value           |
        | the date of the incident                   | 2016-08-30      |
        | the date the local authority became aware  | 2016-09-01      |
        | the child normally lives in this area      | yes             |
        | what happened                              | the person died |
        | abuse or neglect                           | known           |
        | the date the Serious Case Review concluded | 2017-06-30      |
      When the case is assessed on "2017-07-01"
      Then "Produce a 7 Minute Briefing on the SCR for team meetings (Northamptonshire)" is "required"
      And "Produce a 7 Minute Briefing on the SCR for team meetings (Northamptonshire)" follows "Serious Case Review"
      And "Produce a 7 Minute Briefing on the SCR for team meetings (Northamptonshire)" requires "The learning from the Serious Case Review."
      And "Produce a 7 Minute Briefing on the SCR for team meetings (Northamptonshire)" requires "How the SCR's recommendations affect the way the team works."
      And "Produce a 7 Minute Briefing on the SCR for team meetings (Northamptonshire)" requires "What the team will do to address the issues and change practice where necessary."
      And "Produce a 7 Minute Briefing on the SCR for team meetings (Northamptonshire)" goes to "teams working with children in Northamptonshire"

  Rule: From January 2016 - the briefings follow SCRs concluded from then on

    @NORTHAMPTONSHIRE-SEVEN-MINUTE-BRIEFING
    Scenario: An SCR concluded in March 2016 gets a briefing
      Given a child
      And the case is for the "northamptonshire" partnership
      And the case facts:
        | fact                                       | value           |
        | the date of the incident                   | 2015-06-01      |
        | the date the local authority became aware  | 2015-06-02      |
        | the child normally lives in this area      | yes             |
        | what happened                              | the person died |
        | abuse or neglect                           | known           |
        | the date the Serious Case Review began     | 2015-07-01      |
        | the date the Serious Case Review concluded | 2016-03-01      |
      When the case is assessed on "2016-03-10"
      Then "Produce a 7 Minute Briefing on the SCR for team meetings (Northamptonshire)" is "required"

    @NORTHAMPTONSHIRE-SEVEN-MINUTE-BRIEFING
    Scenario: An SCR that concluded in November 2015, before the briefings began, gets none
      Given a child
      And the case is for the "northamptonshire" partnership
      And the case facts:
        | fact                                       | value           |
        | the date of the incident                   | 2015-01-01      |
        | the date the local authority became aware  | 2015-01-02      |
        | the child normally lives in this area      | yes             |
        | what happened                              | the person died |
        | abuse or neglect                           | known           |
        | the date the Serious Case Review concluded | 2015-11-30      |
      When the case is assessed on "2017-03-10"
      Then "Produce a 7 Minute Briefing on the SCR for team meetings (Northamptonshire)" is "not required"

  Rule: One way for every follow-on duty - listed as soon as the SCR it follows is required, before the SCR concludes

    @NORTHAMPTONSHIRE-SEVEN-MINUTE-BRIEFING
    Scenario: The SCR is required but has not concluded yet: the briefing is already on the pathway ahead
      Given a child
      And the case is for the "northamptonshire" partnership
      And the case facts:
        | fact                                      | value           |
        | the date the local authority became aware | 2017-03-02      |
        | the child normally lives in this area     | yes             |
        | what happened                             | the person died |
        | abuse or neglect                          | known           |
      When the case is assessed on "2017-03-03"
      Then "Serious Case Review" is "required"
      And "Publish the Serious Case Review report" is "required"
      And "Publish the Serious Case Review report" follows "Serious Case Review"
      And "Complete the Serious Case Review" has no due date until "the date the Serious Case Review began" is known
      And "Produce a 7 Minute Briefing on the SCR for team meetings (Northamptonshire)" is "required"
      And "Produce a 7 Minute Briefing on the SCR for team meetings (Northamptonshire)" follows "Serious Case Review"

    @NORTHAMPTONSHIRE-SEVEN-MINUTE-BRIEFING
    Scenario: Abuse or neglect is not suspected: no SCR, so no briefing is listed
      Given a child
      And the case is for the "northamptonshire" partnership
      And the case facts:
        | fact                                      | value           |
        | the date the local authority became aware | 2017-03-02      |
        | the child normally lives in this area     | yes             |
        | what happened                             | the person died |
        | where the child was                       | at home         |
        | abuse or neglect                          | not suspected   |
      When the case is assessed on "2017-03-03"
      Then "Serious Case Review" is "not required"
      And there is no "Produce a 7 Minute Briefing on the SCR for team meetings (Northamptonshire)" determination

  Rule: The page's era - a Local Safeguarding Children Board's bulletin: nothing carries it past the LSCB

    Scenario: A CSPR commissioned in 2024 gets no LSCB briefing
      Given a child
      And the case is for the "northamptonshire" partnership
      And the case facts:
        | fact                                      | value           |
        | the date the local authority became aware | 2024-03-04      |
        | where it happened                         | in this area    |
        | the child normally lives in this area     | yes             |
        | what happened                             | the person died |
        | abuse or neglect                          | known           |
        | the partners commissioned a local review  | yes             |
      When the case is assessed on "2024-03-05"
      Then "Local child safeguarding practice review" is "required"
      And "Publish the local child safeguarding practice review" follows "Local child safeguarding practice review"
      And no "northamptonshire" pathway is listed
