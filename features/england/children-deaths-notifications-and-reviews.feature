Feature: Deaths of looked after children and care leavers, and child death reviews
  The death of a looked after child is notified to the Secretary of State (and from 29 June 2018 to
  Ofsted) whether or not abuse or neglect is suspected. From 15 December 2023 the death of a care
  leaver up to and including the age of 24 is notified too. Every death of a child normally resident
  in an area is reviewed by its child death review partners, whatever the cause.

  Rule: Looked after children - WT2018: "The local authority must also notify the Secretary of State and Ofsted where a looked after child has died, whether or not abuse or neglect is known or suspected."; Children Act 1989 Sch.2 para 20(1)(a): "shall notify the Secretary of State"

    @LAC-DEATH-NOTIFY-SOS-AND-OFSTED
    Scenario: A looked after child dies of natural causes in 2026: notify the Secretary of State and Ofsted within five working days
      Given a child
      And the case facts:
        | fact                                           | value           |
        | the child is looked after by a local authority | yes             |
        | what happened                                  | the person died |
        | the date the local authority became aware      | 2026-11-02      |
        | abuse or neglect                               | not suspected   |
      When the case is assessed on "2026-11-03"
      Then "Notify the Secretary of State (and Ofsted) of the death of a looked after child" is "required"
      And "Notify the Secretary of State (and Ofsted) of the death of a looked after child" is due on "2026-11-09"
      And "Notify the Secretary of State (and Ofsted) of the death of a looked after child" cites "Children Act 1989" "Sch.2 para 20(1)(a)-(b)"
      And "Notify the Secretary of State (and Ofsted) of the death of a looked after child" goes to "Ofsted"

    @LAC-DEATH-NOTIFY-SOS-AND-OFSTED @LAC-DEATH-NOTIFY-SOS
    Scenario: A child who was not looked after
      Given a child
      And the case facts:
        | fact                                           | value           |
        | the child is looked after by a local authority | no              |
        | what happened                                  | the person died |
        | the date the local authority became aware      | 2026-11-02      |
      When the case is assessed on "2026-11-03"
      Then "Notify the Secretary of State (and Ofsted) of the death of a looked after child" is "not required"

    @LAC-DEATH-NOTIFY-SOS
    Scenario: Before 29 June 2018 the Act's notification to the Secretary of State applies, with no deadline of its own
      Given a child
      And the case facts:
        | fact                                           | value           |
        | the child is looked after by a local authority | yes             |
        | what happened                                  | the person died |
        | the date the local authority became aware      | 2017-04-12      |
      When the case is assessed on "2017-04-13"
      Then "Notify the Secretary of State (and Ofsted) of the death of a looked after child" is "required"
      And "Notify the Secretary of State (and Ofsted) of the death of a looked after child" cites "Children Act 1989" "Sch.2 para 20(1)"

    @LAC-DEATH-NOTIFY-SOS-AND-OFSTED
    Scenario: Whether the child was looked after is not known
      Given a child
      And the case facts:
        | fact                                      | value           |
        | what happened                             | the person died |
        | the date the local authority became aware | 2026-11-02      |
      When the case is assessed on "2026-11-03"
      Then "Notify the Secretary of State (and Ofsted) of the death of a looked after child" is "undetermined", depending on "the child is looked after by a local authority"

  Rule: The child's family is told too - Children Act 1989 Sch.2 para 20(1): the authority "(b) shall, so far as is reasonably practicable, notify the child's parents and every person who is not a parent of his but who has parental responsibility for him"

    @LAC-DEATH-NOTIFY-SOS-AND-OFSTED
    Scenario: A looked after child dies in 2026: the parents and everyone with parental responsibility are notified as well as the Secretary of State and Ofsted
      Given a child
      And the case facts:
        | fact                                           | value           |
        | the child is looked after by a local authority | yes             |
        | what happened                                  | the person died |
        | the date the local authority became aware      | 2026-11-02      |
      When the case is assessed on "2026-11-03"
      Then "Notify the Secretary of State (and Ofsted) of the death of a looked after child" is "required"
      And "Notify the Secretary of State (and Ofsted) of the death of a looked after child" goes to "the child's parents and anyone with parental responsibility"
      And "Notify the Secretary of State (and Ofsted) of the death of a looked after child" goes to "Secretary of State"
      And "Notify the Secretary of State (and Ofsted) of the death of a looked after child" cites "Children Act 1989" "Sch.2 para 20(1)(a)-(b)"

    @LAC-DEATH-NOTIFY-SOS
    Scenario: Before 29 June 2018 the parents and everyone with parental responsibility are notified too
      Given a child
      And the case facts:
        | fact                                           | value           |
        | the child is looked after by a local authority | yes             |
        | what happened                                  | the person died |
        | the date the local authority became aware      | 2017-04-12      |
      When the case is assessed on "2017-04-13"
      Then "Notify the Secretary of State (and Ofsted) of the death of a looked after child" goes to "the child's parents and anyone with parental responsibility"

  Rule: Care leavers - WT2023 ch.5 (wording UNVERIFIED): notify "the Secretary of State for Education and Ofsted of the death of a care leaver up to and including the age of 24"

    @CARE-LEAVER-DEATH
    Scenario: On 2023-12-15 a 24-year-old care leaver dies: notify within five working days; no child review applies
      Given an adult
      And the case facts:
        | fact                                      | value           |
        | the person's age                          | 24              |
        | the person is a care leaver               | yes             |
        | what happened                             | the person died |
        | the date the local authority became aware | 2023-12-15      |
        | the date of the incident                  | 2023-12-14      |
      When the case is assessed on "2023-12-15"
      Then "Notify the Secretary of State and Ofsted of the death of a care leaver" is "required"
      And "Notify the Secretary of State and Ofsted of the death of a care leaver" is due on "2023-12-22"
      And there is no "Notify the Child Safeguarding Practice Review Panel" determination
      And there is no "Serious Case Review" determination
      And there is no "Child death review" determination

    Scenario: On 2023-12-14, before Working Together 2023, the care leaver's death is not a notification this service lists
      Given an adult
      And the case facts:
        | fact                                      | value           |
        | the person's age                          | 24              |
        | the person is a care leaver               | yes             |
        | what happened                             | the person died |
        | the date the local authority became aware | 2023-12-14      |
      When the case is assessed on "2023-12-15"
      Then there is no "Notify the Secretary of State and Ofsted of the death of a care leaver" determination

    @CARE-LEAVER-AGED-25-OR-OVER @CARE-LEAVER-DEATH
    Scenario: A 25-year-old care leaver is beyond the age the notification covers
      Given an adult
      And the case facts:
        | fact                                      | value           |
        | the person's age                          | 25              |
        | the person is a care leaver               | yes             |
        | what happened                             | the person died |
        | the date the local authority became aware | 2026-11-02      |
      When the case is assessed on "2026-11-03"
      Then "Notify the Secretary of State and Ofsted of the death of a care leaver" is "not required"

    @CARE-LEAVER-AGED-25-OR-OVER @CARE-LEAVER-DEATH
    Scenario: A care leaver whose age is not known
      Given an adult
      And the case facts:
        | fact                                      | value           |
        | the person is a care leaver               | yes             |
        | what happened                             | the person died |
        | the date the local authority became aware | 2026-11-02      |
      When the case is assessed on "2026-11-03"
      Then "Notify the Secretary of State and Ofsted of the death of a care leaver" is "undetermined", depending on "the person's age"

    @CARE-LEAVER-DEATH
    Scenario: A 17-year-old care leaver dies: a child is within the age limit
      Given a child
      And the case facts:
        | fact                                           | value           |
        | the person's age                               | 17              |
        | the person is a care leaver                    | yes             |
        | the child is looked after by a local authority | no              |
        | what happened                                  | the person died |
        | the date of the incident                       | 2026-11-01      |
        | the date the local authority became aware      | 2026-11-02      |
      When the case is assessed on "2026-11-03"
      Then "Notify the Secretary of State and Ofsted of the death of a care leaver" is "required"

    Scenario: A five-year-old cannot be a care leaver, so the question is not asked
      Given a child
      And the case facts:
        | fact                                      | value           |
        | the person's age                          | 5               |
        | what happened                             | the person died |
        | the date the local authority became aware | 2026-11-02      |
      When the case is assessed on "2026-11-03"
      Then there is no "Notify the Secretary of State and Ofsted of the death of a care leaver" determination
      And no question asks "the person is a care leaver"

    Scenario: A child still looked after at death had not left care
      Given a child
      And the case facts:
        | fact                                           | value           |
        | the person's age                               | 16              |
        | the child is looked after by a local authority | yes             |
        | what happened                                  | the person died |
        | the date the local authority became aware      | 2026-11-02      |
      When the case is assessed on "2026-11-03"
      Then there is no "Notify the Secretary of State and Ofsted of the death of a care leaver" determination

  Rule: Child death review - s16M(1): "The child death review partners for a local authority area in England must make arrangements for the review of each death of a child normally resident in the area." (2): they "may also, if they consider it appropriate, make arrangements for the review of a death in their area of a child not normally resident there."

    @CDR-S16M-NORMALLY-RESIDENT
    Scenario: A child normally resident in the area dies of natural causes: the death is reviewed
      Given a child
      And the case facts:
        | fact                                  | value           |
        | what happened                         | the person died |
        | the child normally lives in this area | yes             |
        | the date of the incident              | 2026-10-30      |
        | abuse or neglect                      | not suspected   |
      When the case is assessed on "2026-11-03"
      Then "Child death review" is "required"
    @CDR-S16M-NORMALLY-RESIDENT @CDR-S16M-DIED-IN-AREA
    Scenario: A visiting child dies in the area: the partners may review it
      Given a child
      And the case facts:
        | fact                                  | value           |
        | what happened                         | the person died |
        | the child normally lives in this area | no              |
        | where it happened                     | in this area    |
        | the date of the incident              | 2026-10-30      |
      When the case is assessed on "2026-11-03"
      Then "Child death review" is "discretionary"

    @CDR-S16M-DIED-IN-AREA
    Scenario: A child who neither lived nor died in the area
      Given a child
      And the case facts:
        | fact                                  | value                |
        | what happened                         | the person died      |
        | the child normally lives in this area | no                   |
        | where it happened                     | elsewhere in England |
        | the date of the incident              | 2026-10-30           |
      When the case is assessed on "2026-11-03"
      Then "Child death review" is "not required"

  Rule: Before child death review partners - LSCB Regulations 2006 reg 6: "From 1st April 2008 each LSCB shall ... have the following functions in relation to the deaths of children normally resident in the area"; before then it "may carry out the functions"

    @CDR-LSCB-REG6
    Scenario: A child normally resident in the area died on 2015-06-01: the LSCB's child death functions apply
      Given a child
      And the case facts:
        | fact                                  | value           |
        | what happened                         | the person died |
        | the child normally lives in this area | yes             |
        | the date of the incident              | 2015-06-01      |
      When the case is assessed on "2015-06-02"
      Then "Child death review" is "required"
      Then "Child death review" is "required"
    @CDR-LSCB-REG6 @CDR-LSCB-REG6-PERMISSIVE
    Scenario: A death on 2007-06-01, while the LSCB's child death functions were permissive
      Given a child
      And the case facts:
        | fact                                  | value           |
        | what happened                         | the person died |
        | the child normally lives in this area | yes             |
        | the date of the incident              | 2007-06-01      |
      When the case is assessed on "2007-06-02"
      Then "Child death review" is "discretionary"

    @CDR-LSCB-REG6-PERMISSIVE
    Scenario: A death in 2015 is past the permissive period
      Given a child
      And the case facts:
        | fact                                  | value           |
        | what happened                         | the person died |
        | the child normally lives in this area | yes             |
        | the date of the incident              | 2015-06-01      |
      When the case is assessed on "2015-06-02"
      Then "Child death review" is "required"
