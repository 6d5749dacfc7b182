Feature: Which children's regime applies, by date
  Serious Case Reviews under the LSCB Regulations 2006 continued in an area until its
  safeguarding-partner arrangements began to operate; from then, local reviews are Child
  Safeguarding Practice Reviews. A rapid review follows every notification to the Panel in either
  regime. Each area's date is a setting: by default the statutory
  deadline for implementing the new arrangements, 29 September 2019. Notifications went to the
  Panel from 29 June 2018 whatever the area's arrangements. The date that counts is when the local
  authority became aware.

  Background:
    Given a child
    And the case facts:
      | fact                                  | value           |
      | where it happened                     | in this area    |
      | the child normally lives in this area | yes             |
      | what happened                         | the person died |
      | abuse or neglect                      | suspected       |

  Rule: Transitional guidance: "Safeguarding Children Boards must continue to carry out all their statutory functions, including commissioning SCRs, until the point at which safeguarding partnership arrangements begin to operate in a local area." The Panel's practice guidance (April 2019) "should be read by local safeguarding partners, Local Safeguarding Children Boards (LSCBs) and their partners": a rapid review follows every notification, whichever body carries it out.

    @CHILD-PARTNER-ARRANGEMENTS-IN-PLACE @SCR-COMMISSION @RAPID-REVIEW
    Scenario: On 2019-09-28 the area's LSCB still decides: an SCR, a notification to the Panel, and the rapid review that follows every notification
      Given the facts:
        | fact                                      | value      |
        | the date the local authority became aware | 2019-09-27 |
      When the case is assessed on "2019-09-28"
      Then "Serious Case Review" is "required"
      And "Notify the Child Safeguarding Practice Review Panel" is "required"
      And "Notify the Child Safeguarding Practice Review Panel" is due on "2019-10-04"
      And "Rapid review" is "required"
      And "Rapid review" is for "the LSCB until the area's arrangements operate" to do
      And there is no "Local child safeguarding practice review" determination

    @CHILD-PARTNER-ARRANGEMENTS-IN-PLACE @RAPID-REVIEW @LOCAL-CSPR-CONSIDER
    Scenario: On 2019-09-29 the default implementation date has passed: a rapid review and a local review to consider, no SCR
      Given the facts:
        | fact                                      | value      |
        | the date the local authority became aware | 2019-09-29 |
      When the case is assessed on "2019-09-30"
      Then there is no "Serious Case Review" determination
      And "Rapid review" is "required"
      And "Rapid review" is due on "2019-10-18"
      And "Local child safeguarding practice review" is "to be considered"

    @CHILD-PARTNER-ARRANGEMENTS-IN-PLACE
    Scenario: When the local authority became aware is not known, so neither regime can be chosen
      Given the facts:
        | fact                                      | value     |
        | the date the local authority became aware | not known |
      When the case is assessed on "2026-11-21"
      Then "Serious Case Review" is "undetermined", depending on "the date the local authority became aware", "where the child was"
      And "Rapid review" is "undetermined", depending on "the date the local authority became aware"

  Rule: Working Together 2023 from 15 December 2023 adds care leavers; children's decisions are otherwise unchanged

    Scenario Outline: Became aware on <aware>: a child's death with suspected neglect is notified to the Panel by <due>
      Given the facts:
        | fact                                      | value   |
        | the date the local authority became aware | <aware> |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "required"
      And "Notify the Child Safeguarding Practice Review Panel" is due on "<due>"
      And "Rapid review" is "required"

      Examples:
        | aware      | due        |
        | 2023-12-14 | 2023-12-21 |
        | 2023-12-15 | 2023-12-22 |

  Rule: The dates a case leaves unknown are still bounded - the authority became aware after the incident and by the day it assesses

    @NI-REPORT-TO-OFSTED-AND-LSCB @SCR-COMMISSION
    Scenario: Assessed in June 2016 without the awareness date: only the 2016 regimes apply, and they decide
      Given the facts:
        | fact                                           | value           |
        | the person's age                               | 4               |
        | the child is looked after by a local authority | no              |
        | abuse or neglect                               | known           |
        | what happened                                  | the person died |
        | the date of the incident                       | 2016-05-01      |
        | the date the local authority became aware      | not known       |
        | where it happened                              | in this area    |
        | the child normally lives in this area          | yes             |
      When the case is assessed on "2016-06-01"
      Then "Serious Case Review" is "required"
      And "Notify Ofsted and the LSCB of a notifiable incident" is "required"
      And there is no "Notify the Child Safeguarding Practice Review Panel" determination
      And there is no "Notify the Secretary of State and Ofsted of the death of a care leaver" determination
      And no question asks "the date the local authority became aware"

    Scenario: A case assessed before the authority became aware of it is refused
      Given the facts:
        | fact                                      | value      |
        | the date of the incident                  | 2024-05-01 |
        | the date the local authority became aware | 2024-05-02 |
      When the case is submitted on "2015-01-01"
      Then it is refused, naming "the date of the assessment is before the date the local authority became aware"
