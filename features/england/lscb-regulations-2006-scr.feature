Feature: Serious Case Reviews under the Local Safeguarding Children Boards Regulations 2006, reg 5
  Until an area's safeguarding-partner arrangements began to operate (by default 29 September 2019),
  its Local Safeguarding Children Board undertook reviews of serious cases. Working Together 2013 and
  2015 added suspected suicide, deaths in custody and secure settings, and a presumption for serious
  harm. The date that counts is when the local authority became aware.

  Background:
    Given a child
    And the case facts:
      | fact                                      | value        |
      | where it happened                         | in this area |
      | the child normally lives in this area     | yes          |
      | the date of the incident                  | 2017-03-01   |
      | the date the local authority became aware | 2017-03-02   |

  Rule: A serious case - reg 5(2): "a serious case is one where: (a) abuse or neglect of a child is known or suspected; and (b) either — (i) the child has died; or (ii) the child has been seriously harmed and there is cause for concern as to the way in which the authority, their Board partners or other relevant persons have worked together to safeguard the child."

    @SCR-REG5-DEATH @SCR-SERIOUS-CASE @SCR-LSCB-MUST-REVIEW @SCR-COMMISSION
    Scenario: In 2017 a child dies and neglect is suspected: the LSCB must carry out an SCR
      Given the facts:
        | fact             | value           |
        | what happened    | the person died |
        | abuse or neglect | suspected       |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "required"
      And "Serious Case Review" cites "Local Safeguarding Children Boards Regulations 2006 (S.I. 2006/90)" "reg 5(1)(e)"
      And there is no "Rapid review" determination
      And there is no "Notify the Child Safeguarding Practice Review Panel" determination

    @SCR-REG5-DEATH @SCR-COMMISSION
    Scenario: A child dies but abuse or neglect is not suspected: not a serious case
      Given the facts:
        | fact                 | value           |
        | what happened        | the person died |
        | abuse or neglect     | not suspected   |
        | where the child was  | at home         |
        | suicide is suspected | no              |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "not required"

    @SCR-REG5-SERIOUS-HARM @SCR-SERIOUS-HARM-PRESUMPTION
    Scenario: Serious harm with abuse known and concern about how agencies worked together
      Given the facts:
        | fact                                                | value                           |
        | what happened                                       | the person was seriously harmed |
        | abuse or neglect                                    | known                           |
        | there is concern about how agencies worked together | yes                             |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "required"

    @SCR-REG5-SERIOUS-HARM @SCR-SERIOUS-HARM-PRESUMPTION
    Scenario: Serious harm with abuse known and definitive evidence of no concern about joint working
      Given the facts:
        | fact                                                | value                           |
        | what happened                                       | the person was seriously harmed |
        | abuse or neglect                                    | known                           |
        | there is concern about how agencies worked together | no                              |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "not required"

  Rule: The serious-harm presumption - WT2015: "unless there is definitive evidence that there are no concerns about inter-agency working, the LSCB must commission an SCR."

    @SCR-SERIOUS-HARM-PRESUMPTION @SCR-REG5-SERIOUS-HARM
    Scenario: In 2017 concern about joint working is not yet known: an unknown concern does not hold the SCR up
      Given the facts:
        | fact             | value                           |
        | what happened    | the person was seriously harmed |
        | abuse or neglect | suspected                       |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "required"

    @SCR-REG5-SERIOUS-HARM
    Scenario: In 2014, before the WT2015 presumption, the same facts turn on the concern about joint working
      Given the facts:
        | fact                                      | value                           |
        | the date of the incident                  | 2014-06-02                      |
        | the date the local authority became aware | 2014-06-02                      |
        | what happened                             | the person was seriously harmed |
        | abuse or neglect                          | suspected                       |
      When the case is assessed on "2014-06-10"
      Then "Serious Case Review" is "undetermined", depending on "there is concern about how agencies worked together"

  Rule: The meaning of "seriously harmed" - WT2015: "includes, but is not limited to, cases where the child has sustained, as a result of abuse or neglect, any or all of the following: a potentially life-threatening injury; serious and/or likely long-term impairment of physical or mental health or physical, intellectual, emotional, social or behavioural development."

    @CHILD-SERIOUS-HARM-WT2015 @SCR-SERIOUS-HARM-PRESUMPTION
    Scenario: A potentially life-threatening injury from suspected abuse is serious harm
      Given the facts:
        | fact             | value                                 |
        | what happened    | the person was harmed                 |
        | the kind of harm | a potentially life-threatening injury |
        | abuse or neglect | suspected                             |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "required"

    @CHILD-SERIOUS-HARM-WT2015
    Scenario: Harm of another kind is not inferred to be serious: judged not serious, it is no serious case
      Given the facts:
        | fact                       | value                 |
        | what happened              | the person was harmed |
        | the kind of harm           | harm of another kind  |
        | the harm is judged serious | no                    |
        | abuse or neglect           | suspected             |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "not required"

    @CHILD-SERIOUS-HARM-JUDGED
    Scenario: Harm of another kind not yet judged: "This definition is not exhaustive", so the SCR turns on the judgement
      Given the facts:
        | fact                                                | value                 |
        | what happened                                       | the person was harmed |
        | the kind of harm                                    | harm of another kind  |
        | abuse or neglect                                    | suspected             |
        | there is concern about how agencies worked together | yes                   |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "undetermined", depending on "the harm is judged serious"

  Rule: Suspected suicide - WT2015: "Regulation 5(2)(b)(i) includes cases where a child died by suspected suicide."

    @SCR-REG5-DEATH
    Scenario: A child dies by suspected suicide and neglect is suspected: a death under reg 5(2)(b)(i)
      Given the facts:
        | fact                 | value           |
        | what happened        | the person died |
        | suicide is suspected | yes             |
        | abuse or neglect     | suspected       |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "required"

    @SCR-REG5-DEATH
    Scenario: A suspected suicide where abuse or neglect is not suspected is not a serious case under reg 5(2)(a)
      Given the facts:
        | fact                 | value           |
        | what happened        | the person died |
        | suicide is suspected | yes             |
        | where the child was  | at home         |
        | abuse or neglect     | not suspected   |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "not required"

  Rule: Who decides - WT2015: "The LSCB for the area in which the child is normally resident should decide whether an incident notified to them meets the criteria for an SCR."

    @SCR-OTHER-BOARD @SCR-LSCB-MUST-REVIEW
    Scenario: In 2016 a child who neither lived nor died in the area dies from suspected neglect: the SCR is the home board's decision
      Given the facts:
        | fact                                      | value                |
        | what happened                             | the person died      |
        | abuse or neglect                          | suspected            |
        | where it happened                         | elsewhere in England |
        | the child normally lives in this area     | no                   |
        | the date of the incident                  | 2016-05-02           |
        | the date the local authority became aware | 2016-05-03           |
      When the case is assessed on "2016-05-10"
      Then "Serious Case Review" is "not required"
      And "Serious Case Review" was decided by the rule "An SCR for a child who does not normally live in this area is for the LSCB where the child lives"
      And there is no "Publish the Serious Case Review report" determination

    @SCR-OTHER-BOARD @SCR-LSCB-MUST-REVIEW
    Scenario: A child visiting the area dies here from suspected neglect: still the home board's decision
      Given the facts:
        | fact                                  | value           |
        | what happened                         | the person died |
        | abuse or neglect                      | suspected       |
        | where it happened                     | in this area    |
        | the child normally lives in this area | no              |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "not required"
      And "Serious Case Review" was decided by the rule "An SCR for a child who does not normally live in this area is for the LSCB where the child lives"

    @SCR-LSCB-MUST-REVIEW
    Scenario: Where the child normally lives is not yet known: the question is asked, never answered "no"
      Given the facts:
        | fact                                  | value           |
        | what happened                         | the person died |
        | abuse or neglect                      | suspected       |
        | the child normally lives in this area | not known       |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "undetermined", depending on "the child normally lives in this area"
  Rule: Deaths in custody and detention - WT2015: "an SCR should always be carried out when a child dies in custody, in police custody, on remand or following sentencing, in a Young Offender Institution, in a secure training centre or a secure children's home, or where the child was detained under the Mental Health Act 2005."

    @SCR-CUSTODY-OR-DETENTION-DEATH
    Scenario: A child dies in a Young Offender Institution with no abuse or neglect suspected: an SCR all the same
      Given the facts:
        | fact                | value           |
        | what happened       | the person died |
        | where the child was | custody         |
        | abuse or neglect    | not suspected   |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "required"

    @SCR-CUSTODY-OR-DETENTION-DEATH
    Scenario: A child dies at home with no abuse or neglect suspected
      Given the facts:
        | fact                 | value           |
        | what happened        | the person died |
        | where the child was  | at home         |
        | suicide is suspected | no              |
        | abuse or neglect     | not suspected   |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "not required"

    @SCR-CUSTODY-OR-DETENTION-DEATH
    Scenario: In 2012, before Working Together 2013, a death in custody without suspected abuse is not an SCR by that rule
      Given the facts:
        | fact                                      | value           |
        | the date of the incident                  | 2012-05-01      |
        | the date the local authority became aware | 2012-05-01      |
        | what happened                             | the person died |
        | where the child was                       | custody         |
        | abuse or neglect                          | not suspected   |
      When the case is assessed on "2012-05-10"
      Then "Serious Case Review" is "not required"

  Rule: Follow-on duties once an SCR is to be carried out - WT2015: "This decision should normally be made within one month of notification of the incident."; a six-month completion target (wording UNVERIFIED); publication, "accessible on the LSCBs website for a minimum of 12 months"

    @SCR-DECISION-WITHIN-ONE-MONTH @SCR-COMPLETION-SIX-MONTHS @SCR-PUBLICATION
    Scenario: The SCR was initiated on 2017-03-20: decide by 2017-04-02, complete by 2017-09-20, publish
      Given the facts:
        | fact                                   | value           |
        | what happened                          | the person died |
        | abuse or neglect                       | known           |
        | the date the Serious Case Review began | 2017-03-20      |
      When the case is assessed on "2017-03-21"
      Then "LSCB decision whether the case meets the SCR criteria" is "required"
      And "LSCB decision whether the case meets the SCR criteria" is due on "2017-04-02"
      And "Complete the Serious Case Review" is "required"
      And "Complete the Serious Case Review" is due on "2017-09-20"
      And "Publish the Serious Case Review report" is "required"

    @SCR-DECISION-WITHIN-ONE-MONTH @SCR-COMPLETION-SIX-MONTHS @SCR-PUBLICATION
    Scenario: No SCR is to be carried out: no follow-on duties are listed
      Given the facts:
        | fact             | value                           |
        | what happened    | the person was seriously harmed |
        | abuse or neglect | not suspected                   |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "not required"
      And there is no "LSCB decision whether the case meets the SCR criteria" determination
      And there is no "Complete the Serious Case Review" determination
      And there is no "Publish the Serious Case Review report" determination

  Rule: Before the regulations - reg 1: "These Regulations may be cited as the Local Safeguarding Children Boards Regulations 2006 and come into force on 1st April 2006."

    @SCR-BEFORE-LSCB-REGULATIONS
    Scenario: On 2006-03-31 a child's death from suspected neglect predates every encoded regime, and the decision says so
      Given the facts:
        | fact                                      | value           |
        | the date of the incident                  | 2006-03-31      |
        | the date the local authority became aware | 2006-03-31      |
        | what happened                             | the person died |
        | abuse or neglect                          | suspected       |
      When the case is assessed on "2006-04-10"
      Then "Serious Case Review" is "not required"
      And "Serious Case Review" was decided by the rule "No Serious Case Review under reg 5 before the LSCB Regulations 2006 came into force"

    @SCR-BEFORE-LSCB-REGULATIONS @SCR-COMMISSION
    Scenario: On 2006-04-01 the same death is a serious case under reg 5
      Given the facts:
        | fact                                      | value           |
        | the date of the incident                  | 2006-04-01      |
        | the date the local authority became aware | 2006-04-01      |
        | what happened                             | the person died |
        | abuse or neglect                          | suspected       |
      When the case is assessed on "2006-04-10"
      Then "Serious Case Review" is "required"
