Feature: Child Practice Reviews in Wales before 6 April 2016 (regulation 4A of the 2006 Regulations)
  Concise and extended child practice reviews did not begin with the 2015 Regulations. From January 2013
  regulation 4A of the Local Safeguarding Children Boards (Wales) Regulations 2006, inserted by the
  Local Safeguarding Children Boards (Wales) (Amendment) Regulations 2012, required a Local Safeguarding
  Children Board to undertake them where, within its area, abuse or neglect of a child was known or
  suspected and the child had died, sustained potentially life threatening injury, or sustained serious
  and permanent impairment of health or development. The review was concise, or extended where in the 6
  months before the child was on the child protection register or looked after. As under the 2015
  Regulations, the date the Board decides (the assessment date) selects the regime.

  Background:
    Given a child
    And the case facts:
      | fact                              | value        |
      | the nation the case is decided in | Wales        |
      | where it happened                 | in this area |
      | abuse or neglect                  | suspected    |

  Rule: Regulation 4A(3): "A Board must undertake a concise child practice review in any of the following cases where, within the area of the Board, abuse or neglect of a child is known or suspected and the child has— (a)(i) died; or (ii) sustained potentially life threatening injury; or (iii) sustained serious and permanent impairment of health or development; and, (b) the child was neither on the child protection register nor a looked after child on any date during the 6 months preceding—"

    @WALES-2012-HARM-DIED @WALES-2012-CPR-CASE @WALES-2012-CONCISE-CPR @WALES-2012-EXTENDED-CPR-NOT-WHEN-UNKNOWN-TO-SERVICES
    Scenario: A child not known to services dies of suspected abuse in November 2015: a concise child practice review
      Given the facts:
        | fact                                                                                  | value           |
        | what happened                                                                         | the person died |
        | the date of the incident                                                              | 2015-11-02      |
        | the child was on the child protection register or looked after in the 6 months before | no              |
      When the case is assessed on "2015-11-20"
      Then "Concise child practice review (Wales)" is "required"
      And "Concise child practice review (Wales)" is for "Local Safeguarding Children Board" to do
      And "Concise child practice review (Wales)" cites "Local Safeguarding Children Boards (Wales) (Amendment) Regulations 2012 (S.I. 2012/1712), reg 3 inserting reg 4A" "reg 3, inserting reg 4A(3) of the 2006 Regulations"
      And "Concise child practice review (Wales)" rests on regulations
      And "Extended child practice review (Wales)" is "not required"
      And no reviews are listed to run together

    @WALES-2012-HARM-PERMANENT-IMPAIRMENT @WALES-2012-CONCISE-CPR
    Scenario: A serious and permanent impairment of health or development in 2014 meets the test
      Given the facts:
        | fact                                                                                  | value                                                    |
        | what happened                                                                         | the person was seriously harmed                          |
        | the kind of harm                                                                      | serious or long-term impairment of health or development |
        | the impairment is permanent                                                           | yes                                                      |
        | the child was on the child protection register or looked after in the 6 months before | no                                                       |
      When the case is assessed on "2014-06-10"
      Then "Concise child practice review (Wales)" is "required"

    @WALES-2012-CPR-CASE @WALES-2012-CONCISE-CPR
    Scenario: Where it happened is not known: the review turns on it, and it is asked
      Given the facts:
        | fact                                                                                  | value           |
        | what happened                                                                         | the person died |
        | where it happened                                                                     | not known       |
        | the child was on the child protection register or looked after in the 6 months before | no              |
      When the case is assessed on "2015-11-20"
      Then "Concise child practice review (Wales)" is "undetermined", depending on "where it happened", "the child normally lives in this area"

  Rule: Regulation 4A(3) and (4) reach a case "where, within the area of the Board, abuse or neglect of a child is known or suspected": the words may place the knowing or suspecting as naturally as the harm, so harm elsewhere to a child who normally lives in the area is the Board's to consider; harm elsewhere to a child of another area is not its review

    @WALES-2012-CONCISE-CPR-CONSIDER-OUTSIDE-AREA @WALES-2012-CPR-OUTSIDE-AREA @WALES-2012-CONCISE-CPR-NOT-OUTSIDE-AREA
    Scenario: A child of the area harmed outside it: the Board considers whether the abuse is known or suspected within its area, and decides
      Given the facts:
        | fact                                                                                  | value                |
        | what happened                                                                         | the person died      |
        | where it happened                                                                     | elsewhere in England |
        | the child normally lives in this area                                                 | yes                  |
        | the child was on the child protection register or looked after in the 6 months before | no                   |
      When the case is assessed on "2015-11-20"
      Then "Concise child practice review (Wales)" is "to be considered"
      And "Concise child practice review (Wales)" was decided by the rule "Before 6 April 2016, the Board considers a concise child practice review where a child of its area was harmed outside it"
      And "Concise child practice review (Wales)" cites "Local Safeguarding Children Boards (Wales) (Amendment) Regulations 2012 (S.I. 2012/1712), reg 3 inserting reg 4A" "reg 3, inserting reg 4A(3) of the 2006 Regulations"
      And "Extended child practice review (Wales)" is "not required"

    @WALES-2012-EXTENDED-CPR-CONSIDER-OUTSIDE-AREA @WALES-2012-CPR-OUTSIDE-AREA @WALES-2012-EXTENDED-CPR-NOT-OUTSIDE-AREA
    Scenario: A looked after child of the area is seriously injured outside it in 2014: the Board considers the extended review
      Given the facts:
        | fact                                                                                  | value                                 |
        | what happened                                                                         | the person was seriously harmed       |
        | the kind of harm                                                                      | a potentially life-threatening injury |
        | abuse or neglect                                                                      | known                                 |
        | where it happened                                                                     | outside England                       |
        | the child normally lives in this area                                                 | yes                                   |
        | the child was on the child protection register or looked after in the 6 months before | yes                                   |
      When the case is assessed on "2014-03-12"
      Then "Extended child practice review (Wales)" is "to be considered"
      And "Extended child practice review (Wales)" was decided by the rule "Before 6 April 2016, the Board considers an extended child practice review where a child of its area was harmed outside it"

    @WALES-2012-CONCISE-CPR-NOT-OUTSIDE-AREA @WALES-2012-EXTENDED-CPR-NOT-OUTSIDE-AREA
    Scenario: A child of another area harmed outside this one: not this Board's review, and it says why
      Given the facts:
        | fact                                                                                  | value                |
        | what happened                                                                         | the person died      |
        | where it happened                                                                     | elsewhere in England |
        | the child normally lives in this area                                                 | no                   |
        | the child was on the child protection register or looked after in the 6 months before | no                   |
      When the case is assessed on "2015-11-20"
      Then "Concise child practice review (Wales)" is "not required"
      And "Concise child practice review (Wales)" was decided by the rule "Before 6 April 2016, not a concise child practice review of this Board where it happened outside the Board's area to a child of another area"
      And "Extended child practice review (Wales)" is "not required"
      And "Extended child practice review (Wales)" was decided by the rule "Before 6 April 2016, not an extended child practice review of this Board where it happened outside the Board's area to a child of another area"

    @WALES-2012-CONCISE-CPR-CONSIDER-OUTSIDE-AREA @WALES-2012-CONCISE-CPR-NOT-OUTSIDE-AREA
    Scenario: Harm outside the area, and whether the child normally lives in the area is not known: it is asked
      Given the facts:
        | fact                                                                                  | value                |
        | what happened                                                                         | the person died      |
        | where it happened                                                                     | elsewhere in England |
        | the child was on the child protection register or looked after in the 6 months before | no                   |
      When the case is assessed on "2015-11-20"
      Then "Concise child practice review (Wales)" is "undetermined", depending on "the child normally lives in this area"

  Rule: Regulation 4A(4): "A Board must undertake an extended child practice review in any of the following cases where, within the area of the Board, abuse of a child is known or suspected, and the child has—" died or suffered the same harm, and (as a board restates it) "the child was on the child protection register and/or was a looked after child (including a person who has turned 18 but was a looked after child)" in the 6 months before

    @WALES-2012-HARM-LIFE-THREATENING-INJURY @WALES-2012-EXTENDED-CPR @WALES-2012-CONCISE-CPR-NOT-WHEN-KNOWN-TO-SERVICES
    Scenario: A looked after child suffers a potentially life-threatening injury in 2014: an extended child practice review
      Given the facts:
        | fact                                                                                  | value                                 |
        | what happened                                                                         | the person was seriously harmed       |
        | the kind of harm                                                                      | a potentially life-threatening injury |
        | abuse or neglect                                                                      | known                                 |
        | the child was on the child protection register or looked after in the 6 months before | yes                                   |
      When the case is assessed on "2014-03-12"
      Then "Extended child practice review (Wales)" is "required"
      And "Extended child practice review (Wales)" is for "Local Safeguarding Children Board" to do
      And "Concise child practice review (Wales)" is "not required"

    @WALES-2012-EXTENDED-CPR @WALES-2012-CONCISE-CPR-NOT-WHEN-KNOWN-TO-SERVICES
    Scenario: A child known to have been looked after in the 6 months before dies in 2015: that answers whether the child was on the register or looked after
      Given the facts:
        | fact                                                       | value           |
        | what happened                                              | the person died |
        | the person was a looked after child in the 6 months before | yes             |
      When the case is assessed on "2015-11-20"
      Then "Extended child practice review (Wales)" is "required"
      And "Concise child practice review (Wales)" is "not required"
      And no question asks "the child was on the child protection register or looked after in the 6 months before"

    @WALES-2012-EXTENDED-CPR
    Scenario: A person who has turned 18 but was a looked after child in the 6 months before: an extended child practice review
      Given an adult
      And the facts:
        | fact                                                                 | value           |
        | the nation the case is decided in                                    | Wales           |
        | where it happened                                                    | in this area    |
        | abuse or neglect                                                     | suspected       |
        | what happened                                                        | the person died |
        | the person's age                                                     | 18              |
        | the person was a looked after child in the 6 months before           | yes             |
      When the case is assessed on "2015-09-01"
      Then "Extended child practice review (Wales)" is "required"

  Rule: What the rulesets do not encode is said, never answered "not required": before regulation 4A (January 2013) a Welsh Board's serious case reviews ran under the 2006 Regulations as first made, which are not encoded

    Scenario: A child dies of suspected abuse in 2011: the review's law for that date is not encoded, and the decision says which periods are
      Given the facts:
        | fact                                                                                  | value           |
        | what happened                                                                         | the person died |
        | the date of the incident                                                              | 2011-11-02      |
        | the child was on the child protection register or looked after in the 6 months before | no              |
      When the case is assessed on "2011-11-20"
      Then "Concise child practice review (Wales)" is "not encoded"
      And "Extended child practice review (Wales)" is "not encoded"
