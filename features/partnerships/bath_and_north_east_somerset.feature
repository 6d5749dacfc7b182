Feature: Bath and North East Somerset - the Working Together 2015 principles for every review, and the Learning and Improvement Framework
  Bath and North East Somerset LSCB's page "8. Serious Case Reviews" quotes the principles Working
  Together 2015 (p74) says "should be applied by LSCBs and their partner organisations to all
  reviews", and its Learning and Improvement Framework (WT2015 p72). Here they are requirements
  attached to any SCR or CSPR decided in the area.

  Rule: WT2015 p74, as quoted on the page: reviews "should be led by individuals who are independent of the case under review and of the organisations whose actions are being reviewed"; "final reports of SCRs must be published, including the LSCB's response to the review findings"

    @BANES-REVIEW-PRINCIPLES
    Scenario: An SCR in 2017 carries the Working Together 2015 principles
      Given a child
      And the case is for the "bath_and_north_east_somerset" partnership
      And the case facts:
        | fact                     | value      |
        | incident.became_aware_on | 2017-03-02 |
        | incident.outcome         | died       |
        | abuse_or_neglect         | known      |
      When the case is assessed on "2017-03-03"
      Then "scr" is "required"
      And "bath_and_north_east_somerset.review_principles" is "required"
      And "bath_and_north_east_somerset.review_principles" requires "Proportionate to the scale and complexity of the issues examined."
      And "bath_and_north_east_somerset.review_principles" requires "Led by someone independent of the case and of the organisations whose actions are reviewed."
      And "bath_and_north_east_somerset.review_principles" requires "without fear of blame"
      And "bath_and_north_east_somerset.review_principles" requires "Families, including surviving children, invited to contribute"
      And "bath_and_north_east_somerset.review_principles" requires "Final report published with the Board's response to the findings."
      And "bath_and_north_east_somerset.review_principles" requires "Improvement sustained through regular monitoring and follow-up."
      And "bath_and_north_east_somerset.review_principles" requires "Learning and Improvement Framework"

    @BANES-REVIEW-PRINCIPLES
    Scenario: A CSPR commissioned in 2026 carries the same principles
      Given a child
      And the case is for the "bath_and_north_east_somerset" partnership
      And the case facts:
        | fact                           | value      |
        | incident.became_aware_on       | 2026-11-02 |
        | incident.location              | in_area    |
        | incident.outcome               | died       |
        | abuse_or_neglect               | known      |
        | review.local_cspr_commissioned | true       |
      When the case is assessed on "2026-11-03"
      Then "local_cspr" is "consider"
      And "bath_and_north_east_somerset.review_principles" is "required"

    @BANES-REVIEW-PRINCIPLES
    Scenario: No SCR, and no CSPR commissioned: no review to apply them to
      Given a child
      And the case is for the "bath_and_north_east_somerset" partnership
      And the case facts:
        | fact                           | value         |
        | incident.became_aware_on       | 2026-11-02    |
        | incident.outcome               | died          |
        | abuse_or_neglect               | not_suspected |
        | review.local_cspr_commissioned | false         |
      When the case is assessed on "2026-11-03"
      Then rule "BANES-REVIEW-PRINCIPLES" did not fire
      And "bath_and_north_east_somerset.review_principles" is "not_required"

    @BANES-REVIEW-PRINCIPLES
    Scenario: Whether the partners will commission a CSPR is not yet decided
      Given a child
      And the case is for the "bath_and_north_east_somerset" partnership
      And the case facts:
        | fact                     | value      |
        | incident.became_aware_on | 2026-11-02 |
        | incident.location        | in_area    |
        | incident.outcome         | died       |
        | abuse_or_neglect         | known      |
      When the case is assessed on "2026-11-03"
      Then rule "BANES-REVIEW-PRINCIPLES" is unknown
      And "bath_and_north_east_somerset.review_principles" is "undetermined", depending on "review.local_cspr_commissioned"
