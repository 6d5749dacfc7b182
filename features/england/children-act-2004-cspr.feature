Feature: Child Safeguarding Practice Reviews - notifying the Panel, rapid reviews, local and national reviews
  From 29 June 2018 a local authority that knows or suspects a child has been abused or neglected
  must notify the Child Safeguarding Practice Review Panel if the child dies or is seriously harmed
  in its area, or outside England while normally resident there (Children Act 2004 s16C(1)). A rapid
  review follows every notification, within 15 working days: by the safeguarding partners, or by the
  LSCB until the area's arrangements operate (by default from 29 September 2019). Once they operate,
  the partners consider - never automatically - a local child safeguarding practice review. The
  Panel considers a national review.
  Deadlines run in working days: the day the local authority became aware is day 0, and weekends and
  England's bank holidays do not count.

  Background:
    Given a child
    And the case facts:
      | fact                                      | value        |
      | where it happened                         | in this area |
      | the child normally lives in this area     | yes          |
      | the date of the incident                  | 2026-11-01   |
      | the date the local authority became aware | 2026-11-02   |

  Rule: Serious child safeguarding cases - WT2018/2023: "Serious child safeguarding cases are those in which: abuse or neglect of a child is known or suspected and the child has died or been seriously harmed."

    @CSPR-SERIOUS-CHILD-SAFEGUARDING-CASE @CHILD-SERIOUSLY-HARMED @CSPR-THIS-AUTHORITY @CSPR-NOTIFY-PANEL-CRITERIA @PANEL-NOTIFICATION
    Scenario: A child is seriously harmed in the area and neglect is suspected: notify the Panel within five working days
      Given the facts:
        | fact             | value                           |
        | what happened    | the person was seriously harmed |
        | abuse or neglect | suspected                       |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "required"
      And "Notify the Child Safeguarding Practice Review Panel" is due on "2026-11-09"
      And "Notify the Child Safeguarding Practice Review Panel" says nothing of its deadline being unverified
      And "Notify the Child Safeguarding Practice Review Panel" cites "Children Act 2004" "s16C(1)"
      And "Notify the Child Safeguarding Practice Review Panel" goes to "safeguarding partners (the LSCB until the area's arrangements operate)"
      And there is no "Serious Case Review" determination
      And there is no "Safeguarding Adults Review" determination

    @CSPR-SERIOUS-CHILD-SAFEGUARDING-CASE @PANEL-NOTIFICATION
    Scenario: Abuse or neglect is not suspected and the family is not known to children's social care: no notification
      Given the facts:
        | fact                                                                                          | value           |
        | what happened                                                                                 | the person died |
        | abuse or neglect                                                                              | not suspected   |
        | the family is known to children's social care because of a recent incident or current concern | no              |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "not required"
      And "Rapid review" is "not required"

    @CSPR-SERIOUS-CHILD-SAFEGUARDING-CASE @PANEL-NOTIFICATION
    Scenario: Whether abuse or neglect is suspected is not yet known
      Given the facts:
        | fact          | value           |
        | what happened | the person died |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "undetermined", depending on "abuse or neglect", "the family is known to children's social care because of a recent incident or current concern"

  Rule: The meaning of serious harm - WT2018: "Serious harm includes (but is not limited to) serious and/or long-term impairment of a child's mental health or intellectual, emotional, social or behavioural development. It should also cover impairment of physical health. This is not an exhaustive list."

    @CHILD-SERIOUS-HARM-WT2018 @CHILD-SERIOUSLY-HARMED
    Scenario: Harm recorded as long-term impairment of development is serious harm
      Given the facts:
        | fact             | value                                                    |
        | what happened    | the person was harmed                                    |
        | the kind of harm | serious or long-term impairment of health or development |
        | abuse or neglect | known                                                    |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "required"

    @CHILD-SERIOUS-HARM-WT2018 @PANEL-NOTIFICATION @RAPID-REVIEW @LOCAL-CSPR-CONSIDER @NATIONAL-REVIEW-PANEL-CONSIDERS
    Scenario: A potentially life-threatening injury with suspected abuse is serious harm: notify the Panel
      Given the facts:
        | fact             | value                                 |
        | what happened    | the person was harmed                 |
        | the kind of harm | a potentially life-threatening injury |
        | abuse or neglect | suspected                             |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "required"
      And "Notify the Child Safeguarding Practice Review Panel" is due on "2026-11-09"
      And "Rapid review" is "required"
      And "Local child safeguarding practice review" is "to be considered"
      And "National child safeguarding practice review" is "to be considered"

    @CHILD-SERIOUS-HARM-JUDGED @CHILD-SERIOUS-HARM-WT2018
    Scenario: Harm of another kind is a judgement: the decision asks it, never answers "no"
      Given the facts:
        | fact             | value                 |
        | what happened    | the person was harmed |
        | the kind of harm | harm of another kind  |
        | abuse or neglect | known                 |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "undetermined", depending on "the harm is judged serious"
      And "Rapid review" is "undetermined", depending on "the harm is judged serious"

  Rule: Judgement - WT2018: "This is not an exhaustive list. When making decisions, judgment should be exercised in cases where impairment is likely to be long-term, even if this is not immediately certain. Even if a child recovers, including from a one-off incident, serious harm may still have occurred."

    @CHILD-SERIOUS-HARM-JUDGED @PANEL-NOTIFICATION
    Scenario: The local authority judges harm of another kind serious, though the child recovered: notify the Panel
      Given the facts:
        | fact                       | value                 |
        | what happened              | the person was harmed |
        | the kind of harm           | harm of another kind  |
        | the harm is judged serious | yes                   |
        | abuse or neglect           | known                 |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "required"

    @CHILD-SERIOUS-HARM-JUDGED @PANEL-NOTIFICATION
    Scenario: Harm judged not serious: the s16C(1) criteria are not met on that ground
      Given the facts:
        | fact                       | value                 |
        | what happened              | the person was harmed |
        | the kind of harm           | harm of another kind  |
        | the harm is judged serious | no                    |
        | abuse or neglect           | known                 |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "not required"

    @CHILD-SERIOUS-HARM-WT2018 @CHILD-SERIOUS-HARM-JUDGED
    Scenario: The child was harmed but how is not yet recorded
      Given the facts:
        | fact             | value                 |
        | what happened    | the person was harmed |
        | abuse or neglect | known                 |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "undetermined", depending on "the kind of harm", "the harm is judged serious"

  Rule: Which authority notifies - s16C(1): "(a) the child dies or is seriously harmed in the local authority's area, or (b) while normally resident in the local authority's area, the child dies or is seriously harmed outside England."

    @CSPR-THIS-AUTHORITY @PANEL-NOTIFICATION
    Scenario: A child normally resident here dies abroad with abuse suspected: this authority notifies
      Given the facts:
        | fact              | value           |
        | where it happened | outside England |
        | what happened     | the person died |
        | abuse or neglect  | suspected       |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "required"

    @CSPR-THIS-AUTHORITY @CSPR-NOTIFY-PANEL-CRITERIA
    Scenario: A child who does not normally live here dies abroad: not this authority's notification
      Given the facts:
        | fact                                  | value           |
        | where it happened                     | outside England |
        | the child normally lives in this area | no              |
        | what happened                         | the person died |
        | abuse or neglect                      | suspected       |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "not required"

    @PANEL-NOTIFICATION-OTHER-AREA
    Scenario: A child is seriously harmed elsewhere in England: the authority for that area notifies
      Given the facts:
        | fact              | value                           |
        | where it happened | elsewhere in England            |
        | what happened     | the person was seriously harmed |
        | abuse or neglect  | known                           |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "not required"

    @PANEL-NOTIFICATION-OTHER-AREA @CSPR-THIS-AUTHORITY
    Scenario: Where the incident happened is not yet known
      Given the facts:
        | fact              | value                           |
        | where it happened | not known                       |
        | what happened     | the person was seriously harmed |
        | abuse or neglect  | known                           |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "undetermined", depending on "where it happened"

  Rule: A judgement call - where the family is known to children's social care "and where there has been for example a suicide or unexplained death, professionals should also consider the incident as serious" (words seen only in a local protocol of 2023; whether they are Working Together 2023's or the Panel's 2022 guidance, and so the date they apply from, is UNVERIFIED: applied from Working Together 2023, 15 December 2023)

    @PANEL-NOTIFICATION-KNOWN-FAMILY
    Scenario: A suicide in a family known to children's social care, abuse not suspected: consider notifying
      Given the facts:
        | fact                                                                                          | value           |
        | what happened                                                                                 | the person died |
        | suicide is suspected                                                                          | yes             |
        | abuse or neglect                                                                              | not suspected   |
        | the family is known to children's social care because of a recent incident or current concern | yes             |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "to be considered"
      And "Notify the Child Safeguarding Practice Review Panel" is due on "2026-11-09"
      And "Notify the Child Safeguarding Practice Review Panel" cites "Working Together to Safeguard Children (2023), chapter 5" "notification, family known to children's social care (source document and date UNVERIFIED)"

    @PANEL-NOTIFICATION-KNOWN-FAMILY
    Scenario: The same death in a family not known to children's social care
      Given the facts:
        | fact                                                                                          | value           |
        | what happened                                                                                 | the person died |
        | suicide is suspected                                                                          | yes             |
        | abuse or neglect                                                                              | not suspected   |
        | the family is known to children's social care because of a recent incident or current concern | no              |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "not required"

    @PANEL-NOTIFICATION-KNOWN-FAMILY
    Scenario: In 2019, before either possible source of the words (the Panel's 2022 guidance or Working Together 2023), s16C(1) alone applies, and it needs abuse or neglect known or suspected
      Given the facts:
        | fact                                                                                          | value           |
        | the date of the incident                                                                      | 2019-01-09      |
        | the date the local authority became aware                                                     | 2019-01-10      |
        | what happened                                                                                 | the person died |
        | suicide is suspected                                                                          | yes             |
        | abuse or neglect                                                                              | not suspected   |
        | the family is known to children's social care because of a recent incident or current concern | yes             |
      When the case is assessed on "2019-01-20"
      Then "Notify the Child Safeguarding Practice Review Panel" is "not required"

  Rule: Deadlines in working days - "You must do this within 5 working days of becoming aware of the incident" (gov.uk); "A rapid review ... has to be completed within 15 working days of safeguarding partners becoming aware of the incident" (WT2018)

    @PANEL-NOTIFICATION
    Scenario Outline: On <aware> the local authority becomes aware of a child's death from suspected neglect: notify the Panel by <due> (<why>)
      Given the facts:
        | fact                                      | value           |
        | the date of the incident                  | <aware>         |
        | the date the local authority became aware | <aware>         |
        | what happened                             | the person died |
        | abuse or neglect                          | suspected       |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is due on "<due>"

      Examples:
        | aware      | due        | why                                                      |
        | 2020-05-04 | 2020-05-12 | VE Day bank holiday moved to Friday 8 May 2020           |
        | 2022-05-31 | 2022-06-09 | Spring bank holiday and Platinum Jubilee, 2 and 3 June   |
        | 2022-09-14 | 2022-09-22 | State Funeral of Queen Elizabeth II, Monday 19 September |
        | 2024-03-27 | 2024-04-05 | Good Friday and Easter Monday                            |
        | 2022-12-22 | 2023-01-03 | Christmas on a Sunday: substitute days 27 Dec and 2 Jan  |

    @RAPID-REVIEW
    Scenario Outline: Became aware on <aware>: the rapid review is due by <due> (<why>)
      Given the facts:
        | fact                                      | value           |
        | the date of the incident                  | <aware>         |
        | the date the local authority became aware | <aware>         |
        | what happened                             | the person died |
        | abuse or neglect                          | suspected       |
      When the case is assessed on "2026-11-21"
      Then "Rapid review" is "required"
      And "Rapid review" is due on "<due>"

      Examples:
        | aware      | due        | why                                                       |
        | 2022-12-20 | 2023-01-13 | Christmas, Boxing Day, the 27 Dec substitute and New Year |
        | 2020-12-21 | 2021-01-14 | Boxing Day observed on Monday 28 December 2020            |
        | 2026-11-02 | 2026-11-23 | an ordinary three weeks                                   |

  Rule: Rapid review - WT2018: "A rapid review into all serious child safeguarding cases has to be completed within 15 working days of safeguarding partners becoming aware of the incident."

    @RAPID-REVIEW @CSPR-NOTIFY-PANEL-CRITERIA
    Scenario: Every notification is followed by a rapid review
      Given the facts:
        | fact             | value                           |
        | what happened    | the person was seriously harmed |
        | abuse or neglect | known                           |
      When the case is assessed on "2026-11-21"
      Then "Rapid review" is "required"
      And "Rapid review" cites "Working Together to Safeguard Children (2018), chapter 4" "ch.4, rapid reviews (paragraph UNVERIFIED)"

    @RAPID-REVIEW @RAPID-REVIEW-NOT-A-SERIOUS-CASE
    Scenario: No notification, no rapid review
      Given the facts:
        | fact             | value                 |
        | what happened    | the person was harmed |
        | abuse or neglect | not suspected         |
      When the case is assessed on "2026-11-21"
      Then "Rapid review" is "not required"

  Rule: Rapid reviews follow every notification, in every era - the Panel's FAQ: "Once a Serious Incident Notification has been submitted, a rapid review is required unless it is subsequently determined that the case does not meet the criteria for a Serious Incident Notification."; its practice guidance (April 2019): "This practice guidance should be read by local safeguarding partners, Local Safeguarding Children Boards (LSCBs) and their partners."

    @RAPID-REVIEW @CSPR-NOTIFY-PANEL-CRITERIA
    Scenario: On 2019-09-27, before the area's arrangements operate, the LSCB carries out the rapid review of the case it notifies
      Given the facts:
        | fact                                      | value           |
        | the date of the incident                  | 2019-09-26      |
        | the date the local authority became aware | 2019-09-27      |
        | what happened                             | the person died |
        | abuse or neglect                          | suspected       |
      When the case is assessed on "2019-09-28"
      Then "Notify the Child Safeguarding Practice Review Panel" is "required"
      And "Rapid review" is "required"
      And "Rapid review" is due on "2019-10-18"
      And "Rapid review" is for "the LSCB until the area's arrangements operate" to do
      And "Rapid review" cites "Child Safeguarding Practice Review Panel, frequently asked questions" "rapid reviews"
      And "Serious Case Review" is "required"

    @RAPID-REVIEW-KNOWN-FAMILY @PANEL-NOTIFICATION-KNOWN-FAMILY
    Scenario: A notification to consider on the known-family ground: if it is made, a rapid review follows, so the rapid review is to be considered too
      Given the facts:
        | fact                                                                                          | value           |
        | what happened                                                                                 | the person died |
        | suicide is suspected                                                                          | yes             |
        | abuse or neglect                                                                              | not suspected   |
        | the family is known to children's social care because of a recent incident or current concern | yes             |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "to be considered"
      And "Rapid review" is "to be considered"
      And "Rapid review" was decided by the rule "A rapid review follows a notification made on the known-family ground"

    @RAPID-REVIEW-KNOWN-FAMILY
    Scenario: The same death in a family not known to children's social care: no notification, no rapid review
      Given the facts:
        | fact                                                                                          | value           |
        | what happened                                                                                 | the person died |
        | suicide is suspected                                                                          | yes             |
        | abuse or neglect                                                                              | not suspected   |
        | the family is known to children's social care because of a recent incident or current concern | no              |
      When the case is assessed on "2026-11-21"
      Then "Rapid review" is "not required"

  Rule: Each "no rapid review" gives the reason that applies - the Panel's FAQ: "a rapid review cannot be undertaken without the prior submission of a Serious Incident Notification"; "The responsibility to undertake the rapid review rests with the local authority of where the serious incident took place."

    @RAPID-REVIEW-NOT-A-SERIOUS-CASE @RAPID-REVIEW-OTHER-AREA
    Scenario: A child dies in the area and abuse or neglect is not suspected: no rapid review, because the case is not one to notify - not because another area reviews it
      Given the facts:
        | fact                                                                                          | value           |
        | what happened                                                                                 | the person died |
        | abuse or neglect                                                                              | not suspected   |
        | the family is known to children's social care because of a recent incident or current concern | no              |
      When the case is assessed on "2026-11-21"
      Then "Rapid review" is "not required"
      And "Rapid review" was decided by the rule "No rapid review where the case is not a serious child safeguarding case"

    @RAPID-REVIEW-OTHER-AREA @RAPID-REVIEW-NOT-A-SERIOUS-CASE
    Scenario: A child dies of suspected abuse elsewhere in England: the rapid review rests with the area where it happened
      Given the facts:
        | fact              | value                |
        | where it happened | elsewhere in England |
        | what happened     | the person died      |
        | abuse or neglect  | suspected            |
      When the case is assessed on "2026-11-21"
      Then "Rapid review" is "not required"
      And "Rapid review" was decided by the rule "No rapid review here of an incident elsewhere in England"
      And "Rapid review" cites "Child Safeguarding Practice Review Panel, frequently asked questions" "rapid reviews"

    @RAPID-REVIEW-ABROAD-OTHER-HOME
    Scenario: A child who does not live here dies abroad: the home authority notifies, and its area reviews
      Given the facts:
        | fact                                  | value           |
        | where it happened                     | outside England |
        | the child normally lives in this area | no              |
        | what happened                         | the person died |
        | abuse or neglect                      | suspected       |
      When the case is assessed on "2026-11-21"
      Then "Rapid review" is "not required"
      And "Rapid review" was decided by the rule "No rapid review here of a child harmed abroad who lives in another area"

    @RAPID-REVIEW-ABROAD-OTHER-HOME
    Scenario: A child who lives here dies abroad with abuse suspected: this area notifies and reviews
      Given the facts:
        | fact                                  | value           |
        | where it happened                     | outside England |
        | the child normally lives in this area | yes             |
        | what happened                         | the person died |
        | abuse or neglect                      | suspected       |
      When the case is assessed on "2026-11-21"
      Then "Rapid review" is "required"

  Rule: Local review - s16F and SI 2018/789 reg 11; WT2018: "Meeting the criteria does not mean that safeguarding partners must automatically carry out a local child safeguarding practice review."

    @LOCAL-CSPR-CONSIDER
    Scenario: A serious child safeguarding case: the partners consider a local review, never automatically
      Given the facts:
        | fact             | value           |
        | what happened    | the person died |
        | abuse or neglect | known           |
      When the case is assessed on "2026-11-21"
      Then "Local child safeguarding practice review" is "to be considered"
    @LOCAL-CSPR-CONSIDER
    Scenario: Not a serious child safeguarding case: no local review to consider
      Given the facts:
        | fact             | value           |
        | what happened    | the person died |
        | abuse or neglect | not suspected   |
      When the case is assessed on "2026-11-21"
      Then "Local child safeguarding practice review" is "not required"

    @LOCAL-CSPR-REG11-CRITERIA
    Scenario: The case highlights concerns about agencies working together (reg 11(c)): still "consider"
      Given the facts:
        | fact                                                | value           |
        | what happened                                       | the person died |
        | abuse or neglect                                    | known           |
        | there is concern about how agencies worked together | yes             |
      When the case is assessed on "2026-11-21"
      Then "Local child safeguarding practice review" is "to be considered"
      And "Local child safeguarding practice review" cites "Child Safeguarding Practice Review and Relevant Agency (England) Regulations 2018 (S.I. 2018/789)" "reg 11"

    @LOCAL-CSPR-REG11-CRITERIA
    Scenario: None of the reg 11 criteria is met
      Given the facts:
        | fact                                                       | value           |
        | what happened                                              | the person died |
        | abuse or neglect                                           | known           |
        | the case highlights improvements needed                    | no              |
        | the case highlights recurrent themes                       | no              |
        | there is concern about how agencies worked together        | no              |
        | the Panel concluded a local review may be more appropriate | no              |
      When the case is assessed on "2026-11-21"
      Then "Local child safeguarding practice review" is "to be considered"

    @LOCAL-CSPR-HAVE-REGARD
    Scenario: Concern about the actions of a single agency is a circumstance the partners have regard to
      Given the facts:
        | fact                                             | value                           |
        | what happened                                    | the person was seriously harmed |
        | abuse or neglect                                 | suspected                       |
        | there is concern about a single agency's actions | yes                             |
      When the case is assessed on "2026-11-21"
      Then "Local child safeguarding practice review" is "to be considered"

    @LOCAL-CSPR-HAVE-REGARD
    Scenario: No single-agency concern, no other areas, no institutional setting
      Given the facts:
        | fact                                                    | value                           |
        | what happened                                           | the person was seriously harmed |
        | abuse or neglect                                        | suspected                       |
        | there is concern about a single agency's actions        | no                              |
        | no agency was involved and that gives cause for concern | no                              |
        | more than one area is involved                          | no                              |
        | the case concerns an institutional setting              | no                              |
      When the case is assessed on "2026-11-21"
      Then "Local child safeguarding practice review" is "to be considered"

  Rule: Publication once a local review is decided - "Published reports or information must be publicly available for at least one year" (WT2018, secondary)

    @LOCAL-CSPR-PUBLICATION @LOCAL-CSPR-COMMISSIONED
    Scenario: The partners commissioned a local review: the review is required, and its publication follows it
      Given the facts:
        | fact                                     | value           |
        | what happened                            | the person died |
        | abuse or neglect                         | known           |
        | the partners commissioned a local review | yes             |
      When the case is assessed on "2026-11-21"
      Then "Local child safeguarding practice review" is "required"
      And "Publish the local child safeguarding practice review" is "required"
      And "Publish the local child safeguarding practice review" follows "Local child safeguarding practice review"
    @LOCAL-CSPR-COMMISSIONED
    Scenario: No local review is commissioned yet: the partners consider one, and no publication duty is listed
      Given the facts:
        | fact                                     | value           |
        | what happened                            | the person died |
        | abuse or neglect                         | known           |
        | the partners commissioned a local review | no              |
      When the case is assessed on "2026-11-21"
      Then there is no "Publish the local child safeguarding practice review" determination
      And "Local child safeguarding practice review" is "to be considered"

    @LOCAL-CSPR-COMMISSIONED
    Scenario: Whether the partners have commissioned a review is not recorded: it is not yet commissioned, so "consider"
      Given the facts:
        | fact             | value           |
        | what happened    | the person died |
        | abuse or neglect | known           |
      When the case is assessed on "2026-11-21"
      Then "Local child safeguarding practice review" is "to be considered"
      And no question asks "the partners commissioned a local review"

  Rule: National review - s16B(1): the Panel is "(a) to identify serious child safeguarding cases in England which raise issues that are complex or of national importance, and (b) where they consider it appropriate, to arrange for those cases to be reviewed under their supervision."

    @NATIONAL-REVIEW-PANEL-CONSIDERS @CSPR-CASE-IN-ENGLAND
    Scenario: Every notified case is considered by the Panel
      Given the facts:
        | fact             | value           |
        | what happened    | the person died |
        | abuse or neglect | known           |
      When the case is assessed on "2026-11-21"
      Then "National child safeguarding practice review" is "to be considered"

    @NATIONAL-REVIEW-PANEL-CONSIDERS @CSPR-CASE-IN-ENGLAND @PANEL-NOTIFICATION-OTHER-AREA
    Scenario: A death from suspected abuse elsewhere in England: another authority notifies, but the Panel still considers a national review
      Given the facts:
        | fact              | value                |
        | where it happened | elsewhere in England |
        | what happened     | the person died      |
        | abuse or neglect  | suspected            |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "not required"
      And "National child safeguarding practice review" is "to be considered"
      And "National child safeguarding practice review" cites "Children Act 2004" "s16B(1)"

    @CSPR-CASE-IN-ENGLAND @NATIONAL-REVIEW-PANEL-CONSIDERS
    Scenario: A child who lives elsewhere in England dies abroad: the home authority notifies, and the Panel considers a national review
      Given the facts:
        | fact                                  | value           |
        | where it happened                     | outside England |
        | the child normally lives in this area | no              |
        | the child normally lives in England   | yes             |
        | what happened                         | the person died |
        | abuse or neglect                      | suspected       |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "not required"
      And "National child safeguarding practice review" is "to be considered"

    @CSPR-CASE-IN-ENGLAND @NATIONAL-REVIEW-PANEL-CONSIDERS
    Scenario: A child who does not live here dies abroad and where the child lives is not known: asked, never answered "no"
      Given the facts:
        | fact                                  | value           |
        | where it happened                     | outside England |
        | the child normally lives in this area | no              |
        | what happened                         | the person died |
        | abuse or neglect                      | suspected       |
      When the case is assessed on "2026-11-21"
      Then "National child safeguarding practice review" is "undetermined", depending on "the child normally lives in England"

    @CSPR-CASE-IN-ENGLAND @NATIONAL-REVIEW-PANEL-CONSIDERS
    Scenario: A child who does not live in England is harmed abroad: not a case in England
      Given the facts:
        | fact                                  | value           |
        | where it happened                     | outside England |
        | the child normally lives in this area | no              |
        | the child normally lives in England   | no              |
        | what happened                         | the person died |
        | abuse or neglect                      | suspected       |
      When the case is assessed on "2026-11-21"
      Then "National child safeguarding practice review" is "not required"

    @NATIONAL-REVIEW-PANEL-CONSIDERS
    Scenario: Not a serious child safeguarding case, so no national review to consider
      Given the facts:
        | fact             | value           |
        | what happened    | the person died |
        | abuse or neglect | not suspected   |
      When the case is assessed on "2026-11-21"
      Then "National child safeguarding practice review" is "not required"

    @NATIONAL-REVIEW-REG3-CRITERIA
    Scenario: The case may raise issues requiring a change to guidance (reg 3(b))
      Given the facts:
        | fact                                          | value           |
        | what happened                                 | the person died |
        | abuse or neglect                              | known           |
        | the case may need a change to law or guidance | yes             |
      When the case is assessed on "2026-11-21"
      Then "National child safeguarding practice review" is "to be considered"

    @NATIONAL-REVIEW-REG3-CRITERIA
    Scenario: None of the reg 3 criteria is met
      Given the facts:
        | fact                                                            | value           |
        | what happened                                                   | the person died |
        | abuse or neglect                                                | known           |
        | the case highlights improvements needed                         | no              |
        | the case may need a change to law or guidance                   | no              |
        | the case highlights recurrent themes                            | no              |
        | the case raises complex issues or issues of national importance | no              |
      When the case is assessed on "2026-11-21"
      Then "National child safeguarding practice review" is "to be considered"

    @NATIONAL-REVIEW-COMPLEX-OR-NATIONAL
    Scenario: The case raises issues of national importance (s16B(1)(a), not a reg 3 criterion)
      Given the facts:
        | fact                                                            | value           |
        | what happened                                                   | the person died |
        | abuse or neglect                                                | known           |
        | the case raises complex issues or issues of national importance | yes             |
      When the case is assessed on "2026-11-21"
      Then "National child safeguarding practice review" is "to be considered"

    @NATIONAL-REVIEW-PUBLICATION @NATIONAL-REVIEW-ARRANGED
    Scenario: The Panel arranged a national review: it publishes the report unless inappropriate
      Given the facts:
        | fact                                 | value           |
        | what happened                        | the person died |
        | abuse or neglect                     | known           |
        | the Panel arranged a national review | yes             |
      When the case is assessed on "2026-11-21"
      Then "National child safeguarding practice review" is "required"
      And "Publish the national review report" is "required"
      And "Publish the national review report" follows "National child safeguarding practice review"
      And "Publish the national review report" cites "Children Act 2004" "s16B(4)-(5)"
