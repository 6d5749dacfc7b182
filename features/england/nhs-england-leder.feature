Feature: LeDeR - learning from the lives and deaths of people with a learning disability and autistic people
  NHS England's LeDeR programme asks that "All deaths of people with a learning disability should be
  notified", and reviews the deaths of autistic adults too. Integrated care systems review the deaths of
  adults (children's deaths are reviewed by child death review, which shares its data with LeDeR). It is
  guidance, not statute, and it works alongside a Safeguarding Adults Review rather than replacing it.

  Background:
    Given an adult
    And the case facts:
      | fact                     | value           |
      | what happened            | the person died |
      | the date of the incident | 2026-10-01      |

  Rule: "Integrated care systems (ICSs) of health and care providers complete LeDeR reviews looking at the health and social care received by people with a learning disability and autistic people who have died at age 18 and above"

    @LEDER-LEARNING-DISABILITY
    Scenario: A man with a learning disability dies in hospital of pneumonia: his death is notified to LeDeR
      Given the facts:
        | fact                                | value |
        | the person had a learning disability | yes  |
      When the case is assessed on "2026-10-03"
      Then "Notify the death to LeDeR (learning disability and autism)" is "required"
      And "Notify the death to LeDeR (learning disability and autism)" rests on guidance, not statute
      And "Notify the death to LeDeR (learning disability and autism)" goes to "LeDeR (NHS England), for a review by the integrated care system"

    @LEDER-LEARNING-DISABILITY
    Scenario: A man with a learning disability, recorded as at risk of abuse, dies: his death is still notified
      Given the facts:
        | fact                                                      | value |
        | the person had a learning disability                      | yes   |
        | the person is experiencing or at risk of abuse or neglect | yes   |
      When the case is assessed on "2026-10-03"
      Then "Notify the death to LeDeR (learning disability and autism)" is "required"

    @LEDER-AUTISTIC @LEDER-LEARNING-DISABILITY
    Scenario: An autistic woman without a learning disability dies: her death is notified too
      Given the facts:
        | fact                                 | value |
        | the person had a learning disability | no    |
        | the person was autistic              | yes   |
      When the case is assessed on "2026-10-03"
      Then "Notify the death to LeDeR (learning disability and autism)" is "required"

    @LEDER-NEITHER @LEDER-AUTISTIC
    Scenario: Neither a learning disability nor autism: no LeDeR notification
      Given the facts:
        | fact                                 | value |
        | the person had a learning disability | no    |
        | the person was autistic              | no    |
      When the case is assessed on "2026-10-03"
      Then "Notify the death to LeDeR (learning disability and autism)" is "not required"

    @LEDER-NEITHER
    Scenario: Whether the person had a learning disability or was autistic is not known: it is asked
      When the case is assessed on "2026-10-03"
      Then "Notify the death to LeDeR (learning disability and autism)" is "undetermined", depending on "the person had a learning disability", "the person was autistic"

    Scenario: A child's death is reviewed by child death review, not notified as an adult's
      Given a child
      And the facts:
        | fact                                 | value           |
        | what happened                        | the person died |
        | the person had a learning disability | yes             |
      When the case is assessed on "2026-10-03"
      Then there is no "Notify the death to LeDeR (learning disability and autism)" determination
