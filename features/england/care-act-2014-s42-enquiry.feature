Feature: Safeguarding enquiries under the Care Act 2014, section 42
  A local authority must make (or cause to be made) the enquiries it thinks necessary where it has
  reasonable cause to suspect that an adult in its area has needs for care and support, is
  experiencing or at risk of abuse or neglect, and as a result of those needs cannot protect
  themselves. Suspicion is enough. Eligibility for services is not relevant. s42 turns on what the
  authority suspects now, so the assessment date chooses the regime.

  Background:
    Given an adult
    And the case facts:
      | fact                                                       | value                 |
      | the adult has needs for care and support                   | yes                   |
      | the adult is in the area                                   | yes                   |
      | because of those needs the adult cannot protect themselves | yes                   |
      | what happened                                              | the person was harmed |

  Rule: The duty - s42(1)-(2): "This section applies where a local authority has reasonable cause to suspect that an adult in its area (whether or not ordinarily resident there)— (a) has needs for care and support ..., (b) is experiencing, or is at risk of, abuse or neglect, and (c) as a result of those needs is unable to protect himself or herself against the abuse or neglect or the risk of it." "The local authority must make (or cause to be made) whatever enquiries it thinks necessary ..."

    @S42-DUTY-TO-ENQUIRE
    Scenario: Suspected financial abuse of an adult who cannot protect themselves
      Given the facts:
        | fact                        | value     |
        | abuse or neglect            | suspected |
        | the concern is self-neglect | no        |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding enquiry (s42)" is "required"
      And "Safeguarding enquiry (s42)" cites "Care Act 2014" "s42(2)"
    @S42-DUTY-TO-ENQUIRE
    Scenario: No abuse yet, but the adult is at risk of it
      Given the facts:
        | fact                                                     | value         |
        | abuse or neglect                                         | not suspected |
        | the person is experiencing or at risk of abuse or neglect | yes           |
        | the concern is self-neglect                              | no            |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding enquiry (s42)" is "required"

    @S42-DUTY-TO-ENQUIRE @S42-ABLE-TO-PROTECT-SELF
    Scenario: The adult can protect themselves, so s42(1)(c) is not met
      Given the facts:
        | fact                                                       | value     |
        | because of those needs the adult cannot protect themselves | no        |
        | abuse or neglect                                           | suspected |
        | the concern is self-neglect                                | no        |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding enquiry (s42)" is "not required"

    @S42-ABLE-TO-PROTECT-SELF
    Scenario: Whether the adult can protect themselves is not known
      Given the facts:
        | fact                                                       | value     |
        | because of those needs the adult cannot protect themselves | not known |
        | abuse or neglect                                           | suspected |
        | the concern is self-neglect                                | no        |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding enquiry (s42)" is "undetermined", depending on "because of those needs the adult cannot protect themselves"

    @S42-NO-ABUSE-OR-RISK
    Scenario: Abuse or neglect is neither suspected nor a risk
      Given the facts:
        | fact                                                     | value         |
        | abuse or neglect                                         | not suspected |
        | the person is experiencing or at risk of abuse or neglect | no            |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding enquiry (s42)" is "not required"

    @S42-NO-ABUSE-OR-RISK @S42-DUTY-TO-ENQUIRE
    Scenario: Abuse is not suspected and the risk of it is not yet known
      Given the facts:
        | fact                        | value         |
        | abuse or neglect            | not suspected |
        | the concern is self-neglect | no            |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding enquiry (s42)" is "undetermined", depending on "the person is experiencing or at risk of abuse or neglect"

  Rule: Self-neglect - s42(2): "The local authority must make (or cause to be made) whatever enquiries it thinks necessary ..." once the three s42(1) conditions are met, self-neglect included; CSSG ch.14 (secondary; para 14.17 as cited, UNVERIFIED): "It should be noted that self-neglect may not prompt a section 42 enquiry. An assessment should be made on a case by case basis. A decision on whether a response is required under safeguarding will depend on the adult's ability to protect themselves by controlling their own behaviour."

    @S42-DUTY-TO-ENQUIRE @S42-SELF-NEGLECT
    Scenario: The concern is self-neglect and the adult, because of their needs, cannot protect themselves: the local authority must enquire
      Given the facts:
        | fact                        | value |
        | abuse or neglect            | known |
        | the concern is self-neglect | yes   |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding enquiry (s42)" is "required"
      And "Safeguarding enquiry (s42)" cites "Care Act 2014" "s42(2)"

    @S42-DUTY-TO-ENQUIRE
    Scenario: Whether the concern is self-neglect is not known: it does not matter, since s42(1) is met either way
      Given the facts:
        | fact             | value |
        | abuse or neglect | known |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding enquiry (s42)" is "required"
      And no question asks "the concern is self-neglect"

    @S42-SELF-NEGLECT @S42-DUTY-TO-ENQUIRE
    Scenario: Self-neglect, and whether the adult can protect themselves is not yet known: the authority assesses the case, and it turns on that
      Given the facts:
        | fact                                                       | value     |
        | because of those needs the adult cannot protect themselves | not known |
        | abuse or neglect                                           | suspected |
        | the concern is self-neglect                                | yes       |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding enquiry (s42)" is "undetermined", depending on "because of those needs the adult cannot protect themselves"
      And "Safeguarding enquiry (s42)" is at least "to be considered"

    @S42-SELF-NEGLECT @S42-ABLE-TO-PROTECT-SELF
    Scenario: Self-neglect by an adult who can protect themselves by controlling their own behaviour: s42(1)(c) is not met
      Given the facts:
        | fact                                                       | value     |
        | because of those needs the adult cannot protect themselves | no        |
        | abuse or neglect                                           | suspected |
        | the concern is self-neglect                                | yes       |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding enquiry (s42)" is "not required"

  Rule: No needs for care and support - s42(1)(a): "(a) has needs for care and support"

    @S42-NO-CARE-AND-SUPPORT-NEEDS
    Scenario: An adult without care and support needs is not the subject of a s42 enquiry
      Given the facts:
        | fact                                     | value     |
        | the adult has needs for care and support | no        |
        | abuse or neglect                         | suspected |
        | the concern is self-neglect              | no        |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding enquiry (s42)" is "not required"

    @S42-NO-CARE-AND-SUPPORT-NEEDS
    Scenario: Needs for care and support are not known
      Given the facts:
        | fact                                     | value     |
        | the adult has needs for care and support | not known |
        | abuse or neglect                         | suspected |
        | the concern is self-neglect              | no        |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding enquiry (s42)" is "undetermined", depending on "the adult has needs for care and support"

  Rule: In its area - s42(1): "an adult in its area (whether or not ordinarily resident there)"

    @S42-NOT-IN-AREA
    Scenario: The adult is not in the authority's area
      Given the facts:
        | fact                        | value                |
        | the adult is in the area    | no                   |
        | where it happened           | elsewhere in England |
        | abuse or neglect            | suspected            |
        | the concern is self-neglect | no                   |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding enquiry (s42)" is "not required"

    @S42-NOT-IN-AREA
    Scenario: An adult in the area but ordinarily resident elsewhere is still the authority's to enquire about
      Given the facts:
        | fact                                  | value     |
        | the child normally lives in this area | no        |
        | abuse or neglect                      | suspected |
        | the concern is self-neglect           | no        |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding enquiry (s42)" is "required"

  Rule: After a death - s42(1)(b) is written in the present tense: "(b) is experiencing, or is at risk of, abuse or neglect"

    @S42-ADULT-HAS-DIED
    Scenario: The adult has died: no s42 enquiry into their case (a SAR is the route to learning)
      Given the facts:
        | fact                        | value           |
        | what happened               | the person died |
        | abuse or neglect            | suspected       |
        | the concern is self-neglect | no              |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding enquiry (s42)" is "not required"

    @S42-ADULT-HAS-DIED
    Scenario: No incident is recorded: an adult described as at risk is alive, and s42 needs no incident
      Given the facts:
        | fact                                                     | value     |
        | what happened                                            | not known |
        | the person is experiencing or at risk of abuse or neglect | yes       |
        | the concern is self-neglect                              | no        |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding enquiry (s42)" is "required"

  Rule: An adult in its area - s42(1): "an adult in its area (whether or not ordinarily resident there)"; an adult abused in the area was in the area

    @ADULT-IN-AREA-BY-INCIDENT @S42-DUTY-TO-ENQUIRE
    Scenario: Abuse in the area of an adult the case does not otherwise place: the authority must enquire, without asking
      Given the facts:
        | fact                        | value        |
        | the adult is in the area    | not known    |
        | where it happened           | in this area |
        | abuse or neglect            | suspected    |
        | the concern is self-neglect | no           |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding enquiry (s42)" is "required"
      And no question asks "the adult is in the area"

  Rule: Dates - S.I. 2015/993 art. 2(m): "1st April 2015 is the day appointed for the coming into force of ... sections 40 (disputes about ordinary residence or continuity of care) to 42 (enquiry by local authority)"

    @S42-BEFORE-CARE-ACT
    Scenario: Assessed on 2015-03-31, before s42 was in force
      Given the facts:
        | fact                        | value     |
        | abuse or neglect            | suspected |
        | the concern is self-neglect | no        |
      When the case is assessed on "2015-03-31"
      Then "Safeguarding enquiry (s42)" is "not required"

    @S42-BEFORE-CARE-ACT @S42-DUTY-TO-ENQUIRE
    Scenario: Assessed on 2015-04-01, the first day of the duty
      Given the facts:
        | fact                        | value     |
        | abuse or neglect            | suspected |
        | the concern is self-neglect | no        |
      When the case is assessed on "2015-04-01"
      Then "Safeguarding enquiry (s42)" is "required"

  Rule: Enquiries under s42 are about adults

    Scenario: A child's case gets no s42 determination
      Given a child
      When the case is assessed on "2026-11-21"
      Then there is no "Safeguarding enquiry (s42)" determination
