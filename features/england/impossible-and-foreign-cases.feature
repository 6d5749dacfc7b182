Feature: Cases that cannot happen, and cases under another nation's law, are refused, never decided
  A decision on facts that contradict each other would be a wrong answer with the law quoted beside
  it. A child is "a person under the age of eighteen" (Children Act 2004 s65); no one becomes aware
  of an incident before it happens, notifies the Panel before becoming aware, or concludes a review
  before initiating it. Each refusal names the fields. A case also says where it is decided: the
  rulesets loaded are England's, so a case from Wales, Scotland or Northern Ireland is refused by
  name rather than decided under English law in silence.

  Rule: Children Act 2004 s65(1): "'child' means ... a person under the age of eighteen"

    Scenario: A "child" aged 18 is refused
      Given a child
      And the facts:
        | fact             | value |
        | the person's age | 18    |
      When the case is submitted on "2026-11-21"
      Then it is refused, naming "the person's age"

    Scenario: An "adult" aged 16 is refused
      Given an adult
      And the facts:
        | fact             | value |
        | the person's age | 16    |
      When the case is submitted on "2026-11-21"
      Then it is refused, naming "the person's age"

  Rule: Dates in their order - became aware, notified and reviewed only after the incident

    Scenario: Becoming aware before the incident happened is refused
      Given a child
      And the facts:
        | fact                                      | value      |
        | the date of the incident                  | 2026-11-02 |
        | the date the local authority became aware | 2026-11-01 |
      When the case is submitted on "2026-11-21"
      Then it is refused, naming "the date the local authority became aware is before the date of the incident"

    Scenario: Notifying the Panel before becoming aware is refused
      Given a child
      And the facts:
        | fact                                      | value      |
        | the date the local authority became aware | 2026-11-02 |
        | the date the Panel was notified           | 2026-11-01 |
      When the case is submitted on "2026-11-21"
      Then it is refused, naming "the date the Panel was notified is before the date the local authority became aware"

    Scenario: An SCR concluded before it was initiated is refused
      Given a child
      And the facts:
        | fact                                       | value      |
        | the date the Serious Case Review began     | 2017-05-01 |
        | the date the Serious Case Review concluded | 2017-04-01 |
      When the case is submitted on "2017-06-01"
      Then it is refused, naming "the date the Serious Case Review concluded is before the date the Serious Case Review began"

    Scenario: A review initiated before the incident is refused
      Given a child
      And the facts:
        | fact                                   | value      |
        | the date of the incident               | 2017-03-01 |
        | the date the Serious Case Review began | 2017-02-01 |
      When the case is submitted on "2017-06-01"
      Then it is refused, naming "the date the Serious Case Review began is before the date of the incident"

  Rule: Jurisdiction - each nation's own law; England's rulesets decide English cases only

    @WALES-CONCISE-CPR
    Scenario: A Welsh case is decided under Welsh law, and England's duties are not listed
      Given a child
      And the facts:
        | fact                                                                                        | value           |
        | the nation the case is decided in                                                           | Wales           |
        | what happened                                                                               | the person died |
        | where it happened                                                                           | in this area    |
        | abuse or neglect                                                                            | suspected       |
        | the child was on the child protection register or looked after in the 6 months before      | no              |
      When the case is assessed on "2026-11-21"
      Then "Concise child practice review (Wales)" is "required"
      And there is no "Notify the Child Safeguarding Practice Review Panel" determination
      And there is no "Rapid review" determination

    Scenario: A case that names no jurisdiction is decided in England
      Given a child
      And the facts:
        | fact                                      | value           |
        | where it happened                         | in this area    |
        | what happened                             | the person died |
        | abuse or neglect                          | suspected       |
        | the date the local authority became aware | 2026-11-02      |
      When the case is assessed on "2026-11-21"
      Then "Notify the Child Safeguarding Practice Review Panel" is "required"

    Scenario: In England an adult is 18 or over, so a 17-year-old adult is refused
      Given an adult
      And the facts:
        | fact             | value |
        | the person's age | 17    |
      When the case is submitted on "2026-11-21"
      Then it is refused, naming "an adult is 18 or over"
