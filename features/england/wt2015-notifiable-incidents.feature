Feature: Notifiable incidents to Ofsted and the LSCB (Working Together 2015)
  From 26 March 2015 until notifications went to the Child Safeguarding Practice Review Panel on
  29 June 2018, the local authority reported notifiable incidents to Ofsted and the relevant LSCB
  within five working days of becoming aware. Every case meeting the SCR criteria is a notifiable
  incident; not every notifiable incident becomes an SCR.

  Background:
    Given a child
    And the case facts:
      | fact                                      | value        |
      | where it happened                         | in this area |
      | the child normally lives in this area     | yes          |
      | the date the local authority became aware | 2017-04-12   |

  Rule: WT2015: "A notifiable incident is an incident involving the care of a child which meets any of the following criteria: a child has died (including cases of suspected suicide), and abuse or neglect is known or suspected; a child has been seriously harmed and abuse or neglect is known or suspected; a looked after child has died (including cases where abuse or neglect is not known or suspected); or a child in a regulated setting or service has died (including cases where abuse or neglect is not known or suspected)."

    @NI-CHILD-DIED-ABUSE-OR-NEGLECT @NI-REPORT-TO-OFSTED-AND-LSCB
    Scenario: Became aware on 2017-04-12 of a child's death with neglect suspected: report by 2017-04-21, across Easter
      Given the facts:
        | fact             | value           |
        | what happened    | the person died |
        | abuse or neglect | suspected       |
      When the case is assessed on "2017-04-13"
      Then "Notify Ofsted and the LSCB of a notifiable incident" is "required"
      And "Notify Ofsted and the LSCB of a notifiable incident" is due on "2017-04-21"
    @NI-CHILD-DIED-ABUSE-OR-NEGLECT @NI-LOOKED-AFTER-CHILD-DIED @NI-REGULATED-SETTING-DEATH @NI-REPORT-TO-OFSTED-AND-LSCB
    Scenario: A child who was not looked after dies at home with no abuse or neglect suspected: not notifiable
      Given the facts:
        | fact                                           | value           |
        | what happened                                  | the person died |
        | abuse or neglect                               | not suspected   |
        | the child is looked after by a local authority | no              |
        | where the child was                            | at home         |
      When the case is assessed on "2017-04-13"
      Then "Notify Ofsted and the LSCB of a notifiable incident" is "not required"

    @NI-CHILD-SERIOUSLY-HARMED
    Scenario: A child seriously harmed with abuse known is notifiable even without concern about joint working
      Given the facts:
        | fact                                                | value                           |
        | what happened                                       | the person was seriously harmed |
        | abuse or neglect                                    | known                           |
        | there is concern about how agencies worked together | no                              |
      When the case is assessed on "2017-04-13"
      Then "Notify Ofsted and the LSCB of a notifiable incident" is "required"
      And "Serious Case Review" is "not required"

    @NI-CHILD-SERIOUSLY-HARMED
    Scenario: Harm that was not serious is not notifiable on this ground
      Given the facts:
        | fact                       | value                 |
        | what happened              | the person was harmed |
        | the kind of harm           | harm of another kind  |
        | the harm is judged serious | no                    |
        | abuse or neglect           | known                 |
      When the case is assessed on "2017-04-13"
      Then "Notify Ofsted and the LSCB of a notifiable incident" is "not required"

    @NI-LOOKED-AFTER-CHILD-DIED
    Scenario: A looked after child dies of natural causes: still a notifiable incident
      Given the facts:
        | fact                                           | value           |
        | what happened                                  | the person died |
        | abuse or neglect                               | not suspected   |
        | the child is looked after by a local authority | yes             |
        | where the child was                            | at home         |
      When the case is assessed on "2017-04-13"
      Then "Notify Ofsted and the LSCB of a notifiable incident" is "required"

    @NI-REGULATED-SETTING-DEATH
    Scenario: A child dies in a children's home with no abuse suspected: notifiable
      Given the facts:
        | fact                                           | value             |
        | what happened                                  | the person died   |
        | abuse or neglect                               | not suspected     |
        | the child is looked after by a local authority | no                |
        | where the child was                            | a children's home |
      When the case is assessed on "2017-04-13"
      Then "Notify Ofsted and the LSCB of a notifiable incident" is "required"

    @NI-REGULATED-SETTING-DEATH @NI-LOOKED-AFTER-CHILD-DIED
    Scenario: Where the child died and whether they were looked after are not yet known
      Given the facts:
        | fact             | value           |
        | what happened    | the person died |
        | abuse or neglect | not suspected   |
      When the case is assessed on "2017-04-13"
      Then "Notify Ofsted and the LSCB of a notifiable incident" is "undetermined", depending on "the child is looked after by a local authority", "where the child was"

  Rule: Deaths in custody and detention - WT2015: "For the avoidance of doubt, if an incident meets the criteria for a Serious Case Review then it will also meet the criteria for a notifiable incident (above)." and "an SCR should always be carried out when a child dies in custody, ... or where the child was detained under the Mental Health Act"; whether that SCR rule is one of "the criteria" is not said, so the local authority considers notifying

    @NI-CUSTODY-OR-DETENTION-DEATH
    Scenario: A child dies in custody with no abuse or neglect suspected: an SCR, and notifying Ofsted is to be considered, never "not required"
      Given the facts:
        | fact                                           | value           |
        | what happened                                  | the person died |
        | abuse or neglect                               | not suspected   |
        | the child is looked after by a local authority | no              |
        | where the child was                            | custody         |
      When the case is assessed on "2017-04-13"
      Then "Serious Case Review" is "required"
      And "Notify Ofsted and the LSCB of a notifiable incident" is "to be considered"
      And "Notify Ofsted and the LSCB of a notifiable incident" is due on "2017-04-21"
      And "Notify Ofsted and the LSCB of a notifiable incident" was decided by the rule "A child died in custody or detained under mental health law, with no other criterion met - for the local authority to consider notifying"

  Rule: Dates - notifications went to the Panel from 29 June 2018

    @NI-REPORT-TO-OFSTED-AND-LSCB
    Scenario: Became aware on 2018-06-28: a notifiable incident to Ofsted and the LSCB, and no Panel notification
      Given the facts:
        | fact                                      | value           |
        | the date the local authority became aware | 2018-06-28      |
        | what happened                             | the person died |
        | abuse or neglect                          | suspected       |
      When the case is assessed on "2018-06-28"
      Then "Notify Ofsted and the LSCB of a notifiable incident" is "required"
      And "Notify Ofsted and the LSCB of a notifiable incident" is due on "2018-07-05"
      And there is no "Notify the Child Safeguarding Practice Review Panel" determination

    Scenario: Became aware on 2018-06-29: the Panel is notified instead, and the LSCB still decides on an SCR
      Given the facts:
        | fact                                      | value           |
        | the date the local authority became aware | 2018-06-29      |
        | what happened                             | the person died |
        | abuse or neglect                          | suspected       |
      When the case is assessed on "2018-06-29"
      Then there is no "Notify Ofsted and the LSCB of a notifiable incident" determination
      And "Notify the Child Safeguarding Practice Review Panel" is "required"
      And "Notify the Child Safeguarding Practice Review Panel" is due on "2018-07-06"
      And "Serious Case Review" is "required"
      And "Rapid review" is "required"
