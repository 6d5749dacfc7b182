Feature: Child and Adult Practice Reviews in Wales, and the Single Unified Safeguarding Review
  Under regulation 4 of the Safeguarding Boards (Functions and Procedures) (Wales) Regulations 2015,
  in force from 6 April 2016, a regional Safeguarding Board must undertake a practice review where,
  within its area, abuse or neglect of a child or adult is known or suspected and the person has died,
  sustained a potentially life-threatening injury, or sustained serious and permanent impairment of
  health or development. The review is concise, or extended where in the 6 months before the child was
  on the child protection register or looked after (for an adult: a local authority had decided to
  take action to protect them). An adult practice review is for an adult at risk (s126(1) of the 2014
  Act). Since 1 October 2024 one Single Unified Safeguarding Review runs every review a case meets in
  Wales, and the chair of the Board decides whether it is held. Before 6 April 2016, child practice
  reviews were under regulation 4A of the 2006 Regulations (child-practice-reviews-before-2016.feature).

  Background:
    Given a child
    And the case facts:
      | fact                              | value        |
      | the nation the case is decided in | Wales        |
      | where it happened                 | in this area |
      | abuse or neglect                  | suspected    |

  Rule: Regulation 4(3): "Rhaid i Fwrdd gynnal adolygiad ymarfer cryno … pan fo'n hysbys neu pan amheuir, o fewn ardal y Bwrdd, fod plentyn neu oedolyn wedi ei gam-drin neu ei esgeuluso" (a Board must undertake a concise practice review where, within its area, abuse or neglect of a child or adult is known or suspected); as the 2012 Regulations put it, where the child has "(a)(i) died; or (ii) sustained potentially life threatening injury; or (iii) sustained serious and permanent impairment of health or development"

    @WALES-HARM-DIED @WALES-PRACTICE-REVIEW-CASE @WALES-CONCISE-CPR @WALES-EXTENDED-CPR-NOT-WHEN-UNKNOWN-TO-SERVICES
    Scenario: A child dies of suspected neglect, not known to services: a concise child practice review, run as a SUSR
      Given the facts:
        | fact                                                                               | value           |
        | what happened                                                                      | the person died |
        | the child was on the child protection register or looked after in the 6 months before | no           |
      When the case is assessed on "2026-11-21"
      Then "Concise child practice review (Wales)" is "required"
      And "Concise child practice review (Wales)" is for "Safeguarding Children Board" to do
      And "Extended child practice review (Wales)" is "not required"
      And "Concise child practice review (Wales)" rests on regulations
      And one Single Unified Safeguarding Review runs "Concise child practice review (Wales)"
      And there is no "Notify the Child Safeguarding Practice Review Panel" determination

    @WALES-HARM-LIFE-THREATENING-INJURY @WALES-EXTENDED-CPR @WALES-CONCISE-CPR-NOT-WHEN-KNOWN-TO-SERVICES
    Scenario: A looked after child suffers a potentially life-threatening injury: an extended child practice review
      Given the facts:
        | fact                                                                               | value                                 |
        | what happened                                                                      | the person was seriously harmed       |
        | the kind of harm                                                                   | a potentially life-threatening injury |
        | the child was on the child protection register or looked after in the 6 months before | yes                                |
      When the case is assessed on "2026-11-21"
      Then "Extended child practice review (Wales)" is "required"
      And "Concise child practice review (Wales)" is "not required"

    @WALES-HARM-PERMANENT-IMPAIRMENT @WALES-CONCISE-CPR
    Scenario: A serious impairment: whether it is permanent decides, and it is asked
      Given the facts:
        | fact                                                                               | value                                           |
        | what happened                                                                      | the person was seriously harmed                 |
        | the kind of harm                                                                   | serious or long-term impairment of health or development |
        | the child was on the child protection register or looked after in the 6 months before | no                                          |
      When the case is assessed on "2026-11-21"
      Then "Concise child practice review (Wales)" is "undetermined", depending on "the impairment is permanent"

    @WALES-HARM-PERMANENT-IMPAIRMENT @WALES-CONCISE-CPR
    Scenario: A serious and permanent impairment meets the test
      Given the facts:
        | fact                                                                               | value                                           |
        | what happened                                                                      | the person was seriously harmed                 |
        | the kind of harm                                                                   | serious or long-term impairment of health or development |
        | the impairment is permanent                                                        | yes                                             |
        | the child was on the child protection register or looked after in the 6 months before | no                                          |
      When the case is assessed on "2026-11-21"
      Then "Concise child practice review (Wales)" is "required"

    @WALES-PRACTICE-REVIEW-CASE @WALES-CONCISE-CPR @WALES-EXTENDED-CPR
    Scenario: Whether the child was on the register or looked after is not known: both kinds stay open
      Given the facts:
        | fact          | value           |
        | what happened | the person died |
      When the case is assessed on "2026-11-21"
      Then "Concise child practice review (Wales)" is "undetermined", depending on "the child was on the child protection register or looked after in the 6 months before"
      And "Extended child practice review (Wales)" is "undetermined", depending on "the child was on the child protection register or looked after in the 6 months before"

    @WALES-PRACTICE-REVIEW-CASE
    Scenario: It happened outside the Board's area to a child of another area: that area's Board reviews it
      Given the facts:
        | fact                                                                               | value                |
        | what happened                                                                      | the person died      |
        | where it happened                                                                  | elsewhere in England |
        | the child normally lives in this area                                              | no                   |
        | the child was on the child protection register or looked after in the 6 months before | no                |
      When the case is assessed on "2026-11-21"
      Then "Concise child practice review (Wales)" is "not required"

  Rule: Regulation 4(3): "pan fo'n hysbys neu pan amheuir, o fewn ardal y Bwrdd, fod plentyn neu oedolyn wedi ei gam-drin neu ei esgeuluso" (where, within the area of the Board, abuse or neglect of a child or adult is known or suspected): "within the area" may place the knowing or suspecting as naturally as the harm, so harm elsewhere to a person who normally lives in the area is the Board's to consider; harm elsewhere to a person of another area is not its review

    @WALES-CONCISE-CPR-CONSIDER-OUTSIDE-AREA @WALES-PRACTICE-REVIEW-OUTSIDE-AREA @WALES-CONCISE-CPR-NOT-OUTSIDE-AREA
    Scenario: A child of the area dies of suspected abuse outside it: the Board considers whether the abuse is known or suspected within its area, and decides
      Given the facts:
        | fact                                                                               | value                |
        | what happened                                                                      | the person died      |
        | where it happened                                                                  | elsewhere in England |
        | the child normally lives in this area                                              | yes                  |
        | the child was on the child protection register or looked after in the 6 months before | no                |
      When the case is assessed on "2026-11-21"
      Then "Concise child practice review (Wales)" is "to be considered"
      And "Concise child practice review (Wales)" was decided by the rule "The Board considers a concise child practice review where a child of its area was harmed outside it"
      And "Concise child practice review (Wales)" cites "Safeguarding Boards (Functions and Procedures) (Wales) Regulations 2015 (S.I. 2015/1466 (W. 160))" "reg 4(3)"
      And "Extended child practice review (Wales)" is "not required"

    @WALES-EXTENDED-CPR-CONSIDER-OUTSIDE-AREA @WALES-PRACTICE-REVIEW-OUTSIDE-AREA @WALES-EXTENDED-CPR-NOT-OUTSIDE-AREA
    Scenario: A child on the area's child protection register is killed abroad by a parent: the extended child practice review is the Board's to consider, not a silent no
      Given the facts:
        | fact                                                                               | value           |
        | what happened                                                                      | the person died |
        | abuse or neglect                                                                   | known           |
        | where it happened                                                                  | outside England |
        | the child normally lives in this area                                              | yes             |
        | the child was on the child protection register or looked after in the 6 months before | yes          |
      When the case is assessed on "2020-03-10"
      Then "Extended child practice review (Wales)" is "to be considered"
      And "Extended child practice review (Wales)" was decided by the rule "The Board considers an extended child practice review where a child of its area was harmed outside it"
      And "Concise child practice review (Wales)" is "not required"

    @WALES-CONCISE-CPR-CONSIDER-OUTSIDE-AREA @WALES-CONCISE-CPR-NOT-OUTSIDE-AREA
    Scenario: Harm outside the area, and whether the child normally lives in the area is not known: it is asked
      Given the facts:
        | fact                                                                               | value                |
        | what happened                                                                      | the person died      |
        | where it happened                                                                  | elsewhere in England |
        | the child was on the child protection register or looked after in the 6 months before | no                |
      When the case is assessed on "2026-11-21"
      Then "Concise child practice review (Wales)" is "undetermined", depending on "the child normally lives in this area"

    @WALES-PRACTICE-REVIEW-CASE @WALES-CONCISE-CPR
    Scenario: Where it happened is not known: the review turns on it, and it is asked
      Given the facts:
        | fact                                                                               | value           |
        | what happened                                                                      | the person died |
        | where it happened                                                                  | not known       |
        | the child normally lives in this area                                              | yes             |
        | the child was on the child protection register or looked after in the 6 months before | no           |
      When the case is assessed on "2026-11-21"
      Then "Concise child practice review (Wales)" is "undetermined", depending on "where it happened"

    @WALES-CONCISE-APR-NOT-OUTSIDE-AREA @WALES-EXTENDED-APR-NOT-OUTSIDE-AREA
    Scenario: An adult at risk of another area is seriously injured outside this area: not this Board's adult practice review
      Given an adult
      And the facts:
        | fact                                                                          | value                                 |
        | the nation the case is decided in                                             | Wales                                 |
        | where it happened                                                             | outside England                       |
        | the adult is in the area                                                      | yes                                   |
        | incident.normally_resident_in_area                                            | no                                    |
        | abuse or neglect                                                              | known                                 |
        | what happened                                                                 | the person was seriously harmed       |
        | the kind of harm                                                              | a potentially life-threatening injury |
        | the adult has needs for care and support                                      | yes                                   |
        | because of those needs the adult cannot protect themselves                    | yes                                   |
      When the case is assessed on "2026-11-21"
      Then "Concise adult practice review (Wales)" is "not required"
      And "Concise adult practice review (Wales)" was decided by the rule "Not a concise adult practice review of this Board where it happened outside the Board's area to an adult of another area"
      And "Extended adult practice review (Wales)" is "not required"
      And "Extended adult practice review (Wales)" was decided by the rule "Not an extended adult practice review of this Board where it happened outside the Board's area to an adult of another area"

    @WALES-EXTENDED-APR-CONSIDER-OUTSIDE-AREA @WALES-PRACTICE-REVIEW-OUTSIDE-AREA @WALES-EXTENDED-APR-NOT-OUTSIDE-AREA
    Scenario: An adult at risk who lives in the area is seriously injured while away from it: the Board considers the adult practice review
      Given an adult
      And the facts:
        | fact                                                                          | value                                 |
        | the nation the case is decided in                                             | Wales                                 |
        | where it happened                                                             | elsewhere in England                  |
        | incident.normally_resident_in_area                                            | yes                                   |
        | abuse or neglect                                                              | suspected                             |
        | what happened                                                                 | the person was seriously harmed       |
        | the kind of harm                                                              | a potentially life-threatening injury |
        | the adult has needs for care and support                                      | yes                                   |
        | because of those needs the adult cannot protect themselves                    | yes                                   |
        | a local authority decided to take action to protect the adult in the 6 months before | yes                            |
      When the case is assessed on "2026-11-21"
      Then "Extended adult practice review (Wales)" is "to be considered"
      And "Extended adult practice review (Wales)" was decided by the rule "The Board considers an extended adult practice review where an adult of its area was harmed outside it"
      And "Concise adult practice review (Wales)" is "not required"

    @WALES-CONCISE-APR-CONSIDER-OUTSIDE-AREA @WALES-PRACTICE-REVIEW-OUTSIDE-AREA @WALES-CONCISE-APR-NOT-OUTSIDE-AREA
    Scenario: An adult who lives in the area dies of suspected neglect in a care home in England: the Board considers the concise adult practice review
      Given an adult
      And the facts:
        | fact                                                                          | value                |
        | the nation the case is decided in                                             | Wales                |
        | where it happened                                                             | elsewhere in England |
        | incident.normally_resident_in_area                                            | yes                  |
        | abuse or neglect                                                              | suspected            |
        | what happened                                                                 | the person died      |
        | the adult has needs for care and support                                      | yes                  |
        | because of those needs the adult cannot protect themselves                    | yes                  |
        | a local authority decided to take action to protect the adult in the 6 months before | no            |
      When the case is assessed on "2026-11-21"
      Then "Concise adult practice review (Wales)" is "to be considered"
      And "Concise adult practice review (Wales)" was decided by the rule "The Board considers a concise adult practice review where an adult of its area was harmed outside it"
      And "Concise adult practice review (Wales)" cites "Safeguarding Boards (Functions and Procedures) (Wales) Regulations 2015 (S.I. 2015/1466 (W. 160))" "reg 4(3)"

  Rule: Regulation 4(4), as boards restate it: the extended child practice review reaches a child who was "on the child protection register and/or was a looked after child (including a person who has turned 18 but was a looked after child)" in the 6 months before

    @WALES-EXTENDED-CPR @WALES-HARM-DIED
    Scenario: A person who has turned 18 but was a looked after child in the 6 months before: the extended child practice review reaches them
      Given an adult
      And the facts:
        | fact                                                                          | value           |
        | the nation the case is decided in                                             | Wales           |
        | where it happened                                                             | in this area    |
        | abuse or neglect                                                              | suspected       |
        | what happened                                                                 | the person died |
        | the person's age                                                              | 18              |
        | the person was a looked after child in the 6 months before                    | yes             |
      When the case is assessed on "2026-11-21"
      Then "Extended child practice review (Wales)" is "required"

    @WALES-EXTENDED-CPR
    Scenario: A person who has turned 18 and was on the child protection register, but not looked after: not an extended child practice review
      Given an adult
      And the facts:
        | fact                                                                                  | value           |
        | the nation the case is decided in                                                     | Wales           |
        | where it happened                                                                     | in this area    |
        | abuse or neglect                                                                      | suspected       |
        | what happened                                                                         | the person died |
        | the person's age                                                                      | 18              |
        | the child was on the child protection register or looked after in the 6 months before | yes             |
        | the person was a looked after child in the 6 months before                            | no              |
      When the case is assessed on "2026-11-21"
      Then there is no "Extended child practice review (Wales)" determination

    @WALES-EXTENDED-CPR @WALES-CONCISE-CPR-NOT-WHEN-KNOWN-TO-SERVICES
    Scenario: A child known to have been looked after in the 6 months before dies: that answers whether the child was on the register or looked after, and it is not asked again
      Given the facts:
        | fact                                                       | value           |
        | what happened                                              | the person died |
        | the person was a looked after child in the 6 months before | yes             |
      When the case is assessed on "2026-11-21"
      Then "Extended child practice review (Wales)" is "required"
      And "Concise child practice review (Wales)" is "not required"
      And no question asks "the child was on the child protection register or looked after in the 6 months before"

    @WALES-CONCISE-CPR
    Scenario: Before the Single Unified Safeguarding Review went live, the practice review ran on its own
      Given the facts:
        | fact                                                                               | value           |
        | what happened                                                                      | the person died |
        | the child was on the child protection register or looked after in the 6 months before | no           |
      When the case is assessed on "2023-05-10"
      Then "Concise child practice review (Wales)" is "required"
      And no reviews are listed to run together

  Rule: Adults - regulation 4(3)(c): concise where the adult had not, in the 6 months before, been "yn berson y mae awdurdod lleol wedi penderfynu cymryd camau … i'w amddiffyn" (a person a local authority had decided to take action to protect); extended where they had

    @WALES-CONCISE-APR @WALES-HARM-DIED @WALES-EXTENDED-APR-NOT-WHEN-UNPROTECTED @WALES-ADULT-AT-RISK
    Scenario: An adult dies of suspected neglect in a care home: a concise adult practice review
      Given an adult
      And the facts:
        | fact                                                                          | value           |
        | the nation the case is decided in                                             | Wales           |
        | where it happened                                                             | in this area    |
        | abuse or neglect                                                              | suspected       |
        | what happened                                                                 | the person died |
        | a local authority decided to take action to protect the adult in the 6 months before | no       |
        | the adult has needs for care and support                                      | yes             |
        | because of those needs the adult cannot protect themselves                    | yes             |
        | that the death resulted from abuse or neglect                                 | suspected       |
        | who the violence, abuse or neglect was by                                     | someone else    |
        | suicide is suspected                                                          | no              |
      When the case is assessed on "2026-11-21"
      Then "Concise adult practice review (Wales)" is "required"
      And "Extended adult practice review (Wales)" is "not required"
      And "Domestic Homicide Review" is "not required"
      And one Single Unified Safeguarding Review runs "Concise adult practice review (Wales)"

    @WALES-EXTENDED-APR @WALES-CONCISE-APR-NOT-WHEN-PROTECTED @WALES-ADULT-AT-RISK
    Scenario: An adult the local authority had decided to protect is seriously injured: an extended adult practice review
      Given an adult
      And the facts:
        | fact                                                                          | value                                 |
        | the nation the case is decided in                                             | Wales                                 |
        | where it happened                                                             | in this area                          |
        | abuse or neglect                                                              | known                                 |
        | what happened                                                                 | the person was seriously harmed       |
        | the kind of harm                                                              | a potentially life-threatening injury |
        | a local authority decided to take action to protect the adult in the 6 months before | yes                           |
        | the adult has needs for care and support                                      | yes                                   |
        | because of those needs the adult cannot protect themselves                    | yes                                   |
      When the case is assessed on "2026-11-21"
      Then "Extended adult practice review (Wales)" is "required"
      And "Concise adult practice review (Wales)" is "not required"

  Rule: Regulation 4(3) reaches abuse or neglect of "plentyn neu oedolyn" (a child or adult), with no words limiting the adult to an adult at risk; the statutory guidance and several Boards restate it as "an adult at risk", whom s126(1) of the 2014 Act defines as an adult who "(a) is experiencing or is at risk of abuse or neglect, (b) has needs for care and support (whether or not the authority is meeting any of those needs), and (c) as a result of those needs is unable to protect himself or herself against the abuse or neglect or the risk of it": for an adult at risk the review is required; for any other adult the Board must consider it and decide

    @WALES-CONCISE-APR-CONSIDER-NOT-AT-RISK @WALES-ADULT-AT-RISK @WALES-CONCISE-APR
    Scenario: A woman with no needs for care and support is killed by her partner: the regulation's "a child or adult" reaches her, so the Board considers a concise adult practice review beside the domestic homicide review
      Given an adult
      And the facts:
        | fact                                                                          | value                                |
        | the nation the case is decided in                                             | Wales                                |
        | where it happened                                                             | in this area                         |
        | abuse or neglect                                                              | known                                |
        | what happened                                                                 | the person died                      |
        | the date of the incident                                                      | 2026-10-01                           |
        | the adult has needs for care and support                                      | no                                   |
        | a local authority decided to take action to protect the adult in the 6 months before | no                            |
        | that the death resulted from abuse or neglect                                 | known                                |
        | who the violence, abuse or neglect was by                                     | a current or former intimate partner |
      When the case is assessed on "2026-11-21"
      Then "Concise adult practice review (Wales)" is "to be considered"
      And "Concise adult practice review (Wales)" is for "Safeguarding Adults Board" to do
      And "Concise adult practice review (Wales)" was decided by the rule "The Board considers a concise adult practice review of an adult not shown to be an adult at risk"
      And "Concise adult practice review (Wales)" cites "Safeguarding Boards (Functions and Procedures) (Wales) Regulations 2015 (S.I. 2015/1466 (W. 160))" "reg 4(3)"
      And "Concise adult practice review (Wales)" cites "Social Services and Well-being (Wales) Act 2014" "s126(1)"
      And "Extended adult practice review (Wales)" is "not required"
      And "Domestic Homicide Review" is "to be considered"
      And one Single Unified Safeguarding Review runs "Concise adult practice review (Wales)" and "Domestic Homicide Review"

    @WALES-EXTENDED-APR-CONSIDER-NOT-AT-RISK @WALES-EXTENDED-APR
    Scenario: An adult the local authority had decided to protect, though able to protect themself, is seriously injured: the Board considers an extended adult practice review
      Given an adult
      And the facts:
        | fact                                                                          | value                                 |
        | the nation the case is decided in                                             | Wales                                 |
        | where it happened                                                             | in this area                          |
        | abuse or neglect                                                              | known                                 |
        | what happened                                                                 | the person was seriously harmed       |
        | the kind of harm                                                              | a potentially life-threatening injury |
        | a local authority decided to take action to protect the adult in the 6 months before | yes                           |
        | the adult has needs for care and support                                      | yes                                   |
        | because of those needs the adult cannot protect themselves                    | no                                    |
      When the case is assessed on "2026-11-21"
      Then "Extended adult practice review (Wales)" is "to be considered"
      And "Extended adult practice review (Wales)" was decided by the rule "The Board considers an extended adult practice review of an adult not shown to be an adult at risk"
      And "Concise adult practice review (Wales)" is "not required"

    @WALES-CONCISE-APR @WALES-ADULT-AT-RISK @WALES-CONCISE-APR-CONSIDER-NOT-AT-RISK
    Scenario: Whether the adult has needs for care and support is not known: it is asked, never read as "no", and the Board considers the review meanwhile
      Given an adult
      And the facts:
        | fact                                                                          | value           |
        | the nation the case is decided in                                             | Wales           |
        | where it happened                                                             | in this area    |
        | abuse or neglect                                                              | suspected       |
        | what happened                                                                 | the person died |
        | a local authority decided to take action to protect the adult in the 6 months before | no       |
      When the case is assessed on "2026-11-21"
      Then "Concise adult practice review (Wales)" is "undetermined", depending on "the adult has needs for care and support", "because of those needs the adult cannot protect themselves"
      And "Concise adult practice review (Wales)" is at least "to be considered"
