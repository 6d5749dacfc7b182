Feature: Safeguarding Adults Reviews under the Care Act 2014, section 44
  A Safeguarding Adults Board (SAB) must arrange a review in the cases section 44(1) to (3)
  describe, and may arrange one in any other case of an adult in its area with needs for care
  and support (section 44(4)). All SARs are statutory: the difference is between mandatory and
  discretionary reviews. Section 44 came into force on 1 April 2015; whether its duty reaches a death
  or abuse before that day is not settled by the commencement or transitional orders, so the SAB
  decides it. Unknown facts are never taken as "no": where the answer
  turns on one, the decision says so and names it; what the case already says is never asked again.

  Background:
    Given an adult
    And the case facts:
      | fact                                     | value      |
      | the adult has needs for care and support | yes        |
      | the adult is in the area                 | yes        |
      | the date of the incident                 | 2026-10-01 |

  Rule: Condition 1 - s44(2): "Condition 1 is met if— (a) the adult has died, and (b) the SAB knows or suspects that the death resulted from abuse or neglect (whether or not it knew about or suspected the abuse or neglect before the adult died)."

    @SAR-S44-CONDITION-1 @SAR-S44-MANDATORY
    Scenario: An adult dies, neglect is suspected to have caused the death, and agencies' joint working is in question
      Given the facts:
        | fact                                                | value           |
        | what happened                                       | the person died |
        | that the death resulted from abuse or neglect       | suspected       |
        | there is concern about how agencies worked together | yes             |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "required"
      And "Safeguarding Adults Review" was decided by the rule "The SAB must arrange a SAR"
      And "Safeguarding Adults Review" cites "Care Act 2014" "s44(1)"
    @SAR-S44-CONDITION-1 @SAR-S44-MANDATORY
    Scenario: A death from self-neglect meets condition 1, since self-neglect is a kind of abuse or neglect
      Given the facts:
        | fact                                                | value           |
        | what happened                                       | the person died |
        | that the death resulted from abuse or neglect       | known           |
        | the concern is self-neglect                         | yes             |
        | there is concern about how agencies worked together | yes             |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "required"
    @SAR-S44-CONDITION-1
    Scenario: Abuse or neglect is not suspected to have caused the death, so condition 1 is not met
      Given the facts:
        | fact                                                | value           |
        | what happened                                       | the person died |
        | that the death resulted from abuse or neglect       | not suspected   |
        | there is concern about how agencies worked together | yes             |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "discretionary"

    @SAR-S44-CONDITION-1
    Scenario: Whether the death resulted from abuse or neglect is not yet known
      Given the facts:
        | fact                                                | value           |
        | what happened                                       | the person died |
        | there is concern about how agencies worked together | yes             |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "undetermined", depending on "that the death resulted from abuse or neglect"
      And "Safeguarding Adults Review" is at least "discretionary"

  Rule: Condition 2 - s44(3): "Condition 2 is met if— (a) the adult is still alive, and (b) the SAB knows or suspects that the adult has experienced serious abuse or neglect."

    @SAR-S44-SERIOUS-KNOWN-OR-SUSPECTED @SAR-S44-CONDITION-2 @SAR-S44-MANDATORY
    Scenario: A living adult is known to have experienced serious abuse, and joint working is in question
      Given the facts:
        | fact                                                | value                           |
        | what happened                                       | the person was seriously harmed |
        | serious abuse or neglect                            | known                           |
        | there is concern about how agencies worked together | yes                             |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "required"
      And "Safeguarding Adults Review" cites "Care Act 2014" "s44(1)(a)-(b)"
    @SAR-S44-SERIOUS-KNOWN-OR-SUSPECTED @SAR-S44-CONDITION-2
    Scenario: Abuse is suspected but not serious abuse, and no guidance example of "serious" applies
      Given the facts:
        | fact                                                | value                 |
        | what happened                                       | the person was harmed |
        | abuse or neglect                                    | suspected             |
        | serious abuse or neglect                            | not suspected         |
        | what the serious abuse or neglect did               | harm of another kind  |
        | there is concern about how agencies worked together | yes                   |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "discretionary"

    @SAR-S44-CONDITION-2
    Scenario: Serious abuse is suspected but it is not known whether the adult is alive
      Given the facts:
        | fact                                                | value     |
        | serious abuse or neglect                            | suspected |
        | there is concern about how agencies worked together | yes       |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "undetermined", depending on "what happened", "that the death resulted from abuse or neglect", "the person is experiencing or at risk of abuse or neglect"

    @SAR-S44-CONDITION-2 @SAR-S44-MANDATORY
    Scenario: Serious abuse is known and the adult is at risk of abuse now, so alive: condition 2 is met without asking
      Given the facts:
        | fact                                                      | value |
        | serious abuse or neglect                                  | known |
        | the person is experiencing or at risk of abuse or neglect | yes   |
        | there is concern about how agencies worked together       | yes   |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "required"
      And no question asks "what happened"

    @SAR-S44-CONDITION-2 @SAR-SERIOUS-BY-GUIDANCE-EXAMPLE @SAR-S44-DISCRETIONARY
    Scenario: A living adult, and serious abuse or neglect is not suspected: s44(3) is not met, so s44(4) applies
      Given the facts:
        | fact                                                | value                 |
        | what happened                                       | the person was harmed |
        | abuse or neglect                                    | suspected             |
        | serious abuse or neglect                            | not suspected         |
        | there is concern about how agencies worked together | yes                   |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "discretionary"
      And "Safeguarding Adults Review" cites "Care Act 2014" "s44(4)"

  Rule: The meaning of "serious" - CSSG ch.14 (secondary; paragraph UNVERIFIED): "In the context of SARs, something can be considered serious abuse or neglect where, for example the individual would have been likely to have died but for an intervention, or has suffered permanent harm or has reduced capacity or quality of life (whether because of physical or psychological effects) as a result of the abuse or neglect." An example makes serious abuse likely, not certain: whether the SAB knows or suspects serious abuse (s44(3)(b)) is its judgement

    @SAR-SERIOUS-BY-GUIDANCE-EXAMPLE @SAR-S44-DISCRETIONARY @SAR-S44-MANDATORY
    Scenario: Suspected abuse left the adult with permanent harm, an example of serious in the guidance: the SAR waits on the SAB's judgement
      Given the facts:
        | fact                                                | value                             |
        | what happened                                       | the person was harmed             |
        | abuse or neglect                                    | suspected                         |
        | what the serious abuse or neglect did               | the adult suffered permanent harm |
        | there is concern about how agencies worked together | yes                               |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "undetermined", depending on "serious abuse or neglect"
      And "Safeguarding Adults Review" is at least "discretionary"
      And "Safeguarding Adults Review" was decided by the rule "The harm is one the guidance gives as an example of serious abuse or neglect - the SAB judges whether it is serious"

    @SAR-SERIOUS-BY-GUIDANCE-EXAMPLE @SAR-S44-SERIOUS-KNOWN-OR-SUSPECTED @SAR-S44-MANDATORY
    Scenario: The SAB suspects serious abuse of an adult who would likely have died but for an intervention: condition 2 is met
      Given the facts:
        | fact                                                | value                                                    |
        | what happened                                       | the person was seriously harmed                          |
        | abuse or neglect                                    | suspected                                                |
        | serious abuse or neglect                            | suspected                                                |
        | what the serious abuse or neglect did               | the adult would likely have died but for an intervention |
        | there is concern about how agencies worked together | yes                                                      |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "required"

    @SAR-SERIOUS-BY-GUIDANCE-EXAMPLE @SAR-NO-CARE-AND-SUPPORT-NEEDS
    Scenario: A guidance example of serious harm does not bring in an adult without needs for care and support
      Given the facts:
        | fact                                                | value                                             |
        | the adult has needs for care and support            | no                                                |
        | what happened                                       | the person was harmed                             |
        | abuse or neglect                                    | known                                             |
        | what the serious abuse or neglect did               | the adult has reduced capacity or quality of life |
        | there is concern about how agencies worked together | yes                                               |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "not required"

    @SAR-SERIOUS-BY-GUIDANCE-EXAMPLE
    Scenario: Harm of a kind the guidance does not list is left to the SAB's judgement, never inferred
      Given the facts:
        | fact                                                | value                 |
        | what happened                                       | the person was harmed |
        | abuse or neglect                                    | suspected             |
        | what the serious abuse or neglect did               | harm of another kind  |
        | there is concern about how agencies worked together | yes                   |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "undetermined", depending on "serious abuse or neglect"
      And "Safeguarding Adults Review" is at least "discretionary"

  Rule: The duty - s44(1): "An SAB must arrange for there to be a review of a case involving an adult in its area with needs for care and support (whether or not the local authority has been meeting any of those needs) if— (a) there is reasonable cause for concern about how the SAB, members of it or other persons with relevant functions worked together to safeguard the adult, and (b) condition 1 or 2 is met."

    @SAR-S44-MANDATORY
    Scenario: Condition 1 is met but there is no concern about how agencies worked together
      Given the facts:
        | fact                                                | value           |
        | what happened                                       | the person died |
        | that the death resulted from abuse or neglect       | known           |
        | there is concern about how agencies worked together | no              |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "discretionary"

    @SAR-S44-MANDATORY
    Scenario: Condition 1 is met and concern about joint working is not yet known
      Given the facts:
        | fact                                          | value           |
        | what happened                                 | the person died |
        | that the death resulted from abuse or neglect | known           |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "undetermined", depending on "there is concern about how agencies worked together"
      And "Safeguarding Adults Review" is at least "discretionary"

    @SAR-S44-MANDATORY
    Scenario: Whether the adult has needs for care and support is not known
      Given the facts:
        | fact                                                | value           |
        | the adult has needs for care and support            | not known       |
        | what happened                                       | the person died |
        | that the death resulted from abuse or neglect       | suspected       |
        | there is concern about how agencies worked together | yes             |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "undetermined", depending on "the adult has needs for care and support"

  Rule: The power - s44(4): "An SAB may arrange for there to be a review of any other case involving an adult in its area with needs for care and support (whether or not the local authority has been meeting any of those needs)."

    @SAR-S44-DISCRETIONARY
    Scenario: An adult with care and support needs, no harm, and no concern: the SAB may still review
      Given the facts:
        | fact                                                | value         |
        | what happened                                       | no harm       |
        | abuse or neglect                                    | not suspected |
        | serious abuse or neglect                            | not suspected |
        | there is concern about how agencies worked together | no            |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "discretionary"
      And "Safeguarding Adults Review" cites "Care Act 2014" "s44(4)"
    @SAR-S44-DISCRETIONARY @SAR-NOT-IN-AREA @ADULT-IN-AREA-STATED
    Scenario: The adult is not in the board's area, so neither the duty nor the power is this board's
      Given the facts:
        | fact                                                | value                |
        | the adult is in the area                            | no                   |
        | where it happened                                   | elsewhere in England |
        | what happened                                       | the person died      |
        | that the death resulted from abuse or neglect       | known                |
        | there is concern about how agencies worked together | yes                  |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "not required"

    @SAR-NOT-IN-AREA @ADULT-IN-AREA-BY-INCIDENT
    Scenario: Whether the adult is in the board's area is not known, nor where the incident happened
      Given the facts:
        | fact                                                | value           |
        | the adult is in the area                            | not known       |
        | what happened                                       | the person died |
        | that the death resulted from abuse or neglect       | known           |
        | there is concern about how agencies worked together | yes             |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "undetermined", depending on "the adult is in the area", "where it happened"

  Rule: An adult in its area - s44(1) "a case involving an adult in its area": an adult whose death, abuse or neglect happened in the area was in the area

    @ADULT-IN-AREA-BY-INCIDENT @SAR-S44-MANDATORY
    Scenario: The adult died in the area: the case already says the adult was in the area, so it is not asked
      Given the facts:
        | fact                                                | value           |
        | the adult is in the area                            | not known       |
        | where it happened                                   | in this area    |
        | what happened                                       | the person died |
        | that the death resulted from abuse or neglect       | suspected       |
        | there is concern about how agencies worked together | yes             |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "required"
      And no question asks "the adult is in the area"

  Rule: No needs for care and support, no SAR - s44(1) and (4) both concern "a review of a case involving an adult in its area with needs for care and support"

    @SAR-NO-CARE-AND-SUPPORT-NEEDS
    Scenario: An adult without care and support needs dies from suspected abuse: no SAR under s44
      Given the facts:
        | fact                                                | value           |
        | the adult has needs for care and support            | no              |
        | what happened                                       | the person died |
        | that the death resulted from abuse or neglect       | suspected       |
        | there is concern about how agencies worked together | yes             |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "not required"

    @SAR-NO-CARE-AND-SUPPORT-NEEDS
    Scenario: Needs met or unmet make no difference: "whether or not the local authority has been meeting any of those needs"
      Given the facts:
        | fact                                                | value   |
        | what happened                                       | no harm |
        | there is concern about how agencies worked together | no      |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "discretionary"

  Rule: Dates - S.I. 2015/993 art. 2(o): "1st April 2015 is the day appointed for the coming into force of ... sections 44 (safeguarding adults reviews) to 47"; it makes no provision for a death or abuse before that day, nor does S.I. 2015/995 art. 2, which keeps people already receiving services under the old law until their case is reviewed (1 April 2016 at the latest)

    @SAR-DEATH-OR-ABUSE-BEFORE-S44 @SAR-S44-MANDATORY
    Scenario: A death in 2009, with concern about how agencies worked together, put to the SAB now: whether the s44(1) duty reaches it is for the SAB to decide
      Given the facts:
        | fact                                                | value           |
        | the date of the incident                            | 2009-06-15      |
        | what happened                                       | the person died |
        | that the death resulted from abuse or neglect       | suspected       |
        | there is concern about how agencies worked together | yes             |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "to be considered"
      And "Safeguarding Adults Review" cites "Care Act 2014 commencement order (S.I. 2015/993)" "art. 2(o)"

    @SAR-DEATH-OR-ABUSE-BEFORE-S44 @SAR-S44-MANDATORY @SAR-BEFORE-CARE-ACT
    Scenario: A death in March 2015 considered by the SAB in April 2015: s44 is in force, but the death came before it
      Given the facts:
        | fact                                                | value           |
        | the date of the incident                            | 2015-03-20      |
        | what happened                                       | the person died |
        | that the death resulted from abuse or neglect       | suspected       |
        | there is concern about how agencies worked together | yes             |
      When the case is assessed on "2015-04-10"
      Then "Safeguarding Adults Review" is "to be considered"

    @SAR-DEATH-OR-ABUSE-BEFORE-S44 @SAR-S44-MANDATORY
    Scenario: A death on 1 April 2015, the day s44 came into force, falls under the duty
      Given the facts:
        | fact                                                | value           |
        | the date of the incident                            | 2015-04-01      |
        | what happened                                       | the person died |
        | that the death resulted from abuse or neglect       | suspected       |
        | there is concern about how agencies worked together | yes             |
      When the case is assessed on "2015-04-10"
      Then "Safeguarding Adults Review" is "required"

    @SAR-DEATH-OR-ABUSE-BEFORE-S44 @SAR-S44-DISCRETIONARY
    Scenario: Abuse before 1 April 2015 with no concern about how agencies worked together: the power in s44(4) remains
      Given the facts:
        | fact                                                | value                           |
        | the date of the incident                            | 2014-11-03                      |
        | what happened                                       | the person was seriously harmed |
        | serious abuse or neglect                            | known                           |
        | there is concern about how agencies worked together | no                              |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "discretionary"

    @SAR-BEFORE-CARE-ACT
    Scenario: On 2015-03-31, before s44 came into force, a board deciding had no statutory SAR duty or power
      Given the facts:
        | fact                                                | value           |
        | the date of the incident                            | 2015-03-01      |
        | what happened                                       | the person died |
        | that the death resulted from abuse or neglect       | suspected       |
        | there is concern about how agencies worked together | yes             |
      When the case is assessed on "2015-03-31"
      Then "Safeguarding Adults Review" is "not required"
      And "Safeguarding Adults Review" cites "Care Act 2014 commencement order (S.I. 2015/993)" "art. 2(o)"

    @SAR-S44-MANDATORY @SAR-DEATH-OR-ABUSE-BEFORE-S44
    Scenario: When the death happened is not known: it decides whether the death came before s44 was in force
      Given the facts:
        | fact                                                | value           |
        | the date of the incident                            | not known       |
        | what happened                                       | the person died |
        | that the death resulted from abuse or neglect       | suspected       |
        | there is concern about how agencies worked together | yes             |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "undetermined", depending on "the date of the incident"
      And "Safeguarding Adults Review" is at least "discretionary"

  Rule: SARs are about adults

    Scenario: A child's case gets no SAR determination
      Given a child
      And the facts:
        | fact                     | value           |
        | what happened            | the person died |
        | the date of the incident | 2026-10-01      |
      When the case is assessed on "2026-11-21"
      Then there is no "Safeguarding Adults Review" determination
