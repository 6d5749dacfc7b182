Feature: Bath and North East Somerset - the Working Together 2015 principles for every review, and the Learning and Improvement Framework
  Bath and North East Somerset LSCB's page "8. Serious Case Reviews" quotes the principles Working
  Together 2015 (p74) says "should be applied by LSCBs and their partner organisations to all
  reviews", and its Learning and Improvement Framework (WT2015 p72). Here they are requirements
  attached to every SCR the LSCB carries out. The page describes the LSCB's practice under Working
  Together 2015, so nothing carries them past the LSCB: once the area's safeguarding-partner
  arrangements operate, they are not listed.

  Rule: WT2015 p74, as quoted on the page: reviews "should be led by individuals who are independent of the case under review and of the organisations whose actions are being reviewed"; "final reports of SCRs must be published, including the LSCB's response to the review findings"

    @BANES-REVIEW-PRINCIPLES
    Scenario: An SCR in 2017 carries the Working Together 2015 principles
      Given a child
      And the case is for the "bath_and_north_east_somerset" partnership
      And the case facts:
        | fact                                      | value           |
        | the date the local authority became aware | 2017-03-02      |
        | the child normally lives in this area     | yes             |
        | what happened                             | the person died |
        | abuse or neglect                          | known           |
      When the case is assessed on "2017-03-03"
      Then "Serious Case Review" is "required"
      And "Conduct the review by the Working Together 2015 principles (Bath and North East Somerset)" is "required"
      And "Conduct the review by the Working Together 2015 principles (Bath and North East Somerset)" follows "Serious Case Review"
      And "Conduct the review by the Working Together 2015 principles (Bath and North East Somerset)" requires "Proportionate to the scale and complexity of the issues examined."
      And "Conduct the review by the Working Together 2015 principles (Bath and North East Somerset)" requires "Led by someone independent of the case and of the organisations whose actions are reviewed."
      And "Conduct the review by the Working Together 2015 principles (Bath and North East Somerset)" requires "without fear of blame"
      And "Conduct the review by the Working Together 2015 principles (Bath and North East Somerset)" requires "Families, including surviving children, invited to contribute"
      And "Conduct the review by the Working Together 2015 principles (Bath and North East Somerset)" requires "Final report published with the Board's response to the findings."
      And "Conduct the review by the Working Together 2015 principles (Bath and North East Somerset)" requires "Improvement sustained through regular monitoring and follow-up."
      And "Conduct the review by the Working Together 2015 principles (Bath and North East Somerset)" requires "Learning and Improvement Framework"

  Rule: The page's era - an LSCB's page quoting Working Together 2015: its principles hold while the LSCB operated

    Scenario: An SCR the LSCB became aware of in 2012, before the principles entered Working Together, does not list them
      Given a child
      And the case is for the "bath_and_north_east_somerset" partnership
      And the case facts:
        | fact                                      | value           |
        | the date of the incident                  | 2012-05-01      |
        | the date the local authority became aware | 2012-05-02      |
        | the child normally lives in this area     | yes             |
        | what happened                             | the person died |
        | abuse or neglect                          | known           |
      When the case is assessed on "2012-05-10"
      Then "Serious Case Review" is "required"
      And no "bath_and_north_east_somerset" pathway is listed

    Scenario: A CSPR commissioned in 2024 does not carry the LSCB's Working Together 2015 principles
      Given a child
      And the case is for the "bath_and_north_east_somerset" partnership
      And the case facts:
        | fact                                      | value           |
        | the date of the incident                  | 2024-03-01      |
        | the date the local authority became aware | 2024-03-04      |
        | where it happened                         | in this area    |
        | the child normally lives in this area     | yes             |
        | what happened                             | the person died |
        | abuse or neglect                          | known           |
        | the partners commissioned a local review  | yes             |
      When the case is assessed on "2024-03-05"
      Then "Local child safeguarding practice review" is "required"
      And no "bath_and_north_east_somerset" pathway is listed

    @BANES-REVIEW-PRINCIPLES
    Scenario: In 2017 abuse or neglect is not suspected: no SCR, so no review to apply the principles to
      Given a child
      And the case is for the "bath_and_north_east_somerset" partnership
      And the case facts:
        | fact                                      | value           |
        | the date the local authority became aware | 2017-03-02      |
        | the child normally lives in this area     | yes             |
        | what happened                             | the person died |
        | where the child was                       | at home         |
        | abuse or neglect                          | not suspected   |
      When the case is assessed on "2017-03-03"
      Then "Serious Case Review" is "not required"
      And there is no "Conduct the review by the Working Together 2015 principles (Bath and North East Somerset)" determination

    @BANES-REVIEW-PRINCIPLES
    Scenario: Where the child normally lives is not yet known: the SCR is open, and the principles follow only once it is required
      Given a child
      And the case is for the "bath_and_north_east_somerset" partnership
      And the case facts:
        | fact                                      | value           |
        | the date the local authority became aware | 2017-03-02      |
        | what happened                             | the person died |
        | abuse or neglect                          | known           |
      When the case is assessed on "2017-03-03"
      Then "Serious Case Review" is "undetermined", depending on "the child normally lives in this area"
      And there is no "Conduct the review by the Working Together 2015 principles (Bath and North East Somerset)" determination
