Feature: Domestic Homicide Reviews - Domestic Violence, Crime and Victims Act 2004, section 9
  What section 9 describes is written once for England, Wales and Northern Ireland, where it extends;
  England and Wales's review is shown here, Northern Ireland's in its own feature.
  A domestic homicide review looks at the death of a person aged 16 or over that has, or appears to
  have, resulted from violence, abuse or neglect by a relative, a current or former intimate partner,
  or a member of the same household. The Community Safety Partnership decides whether to establish
  one, having regard to the Home Office's statutory guidance, and tells the Home Office; once it has,
  the review's report goes to the Domestic Abuse Commissioner. The same law runs in England and Wales.

  Background:
    Given an adult
    And the case facts:
      | fact                     | value           |
      | what happened            | the person died |
      | the date of the incident | 2026-10-01      |

  Rule: s9(1): "the death of a person aged 16 or over has, or appears to have, resulted from violence, abuse or neglect by— (a) a person to whom he was related or with whom he was or had been in an intimate personal relationship, or (b) a member of the same household as himself"

    @DHR-S9-DEATH @S9-DOMESTIC-DEATH @S9-AGED-16-OR-OVER
    Scenario: A woman is killed by her former partner: the Community Safety Partnership decides within a month of being told
      Given the facts:
        | fact                                                             | value                                |
        | that the death resulted from abuse or neglect                    | suspected                            |
        | who the violence, abuse or neglect was by                        | a current or former intimate partner |
        | the date the Community Safety Partnership was told of the death  | 2026-10-05                           |
      When the case is assessed on "2026-10-06"
      Then "Domestic Homicide Review" is "to be considered"
      And "Domestic Homicide Review" is for "Community Safety Partnership" to do
      And "Domestic Homicide Review" cites "Domestic Violence, Crime and Victims Act 2004" "s9(1)"
      And "Domestic Homicide Review" is due on "2026-11-05"
      And "Domestic Homicide Review" says its deadline's number is not yet verified
      And "Domestic Homicide Review" rests on an Act

    @DHR-S9-DEATH @DHR-NOT-BY-A-CONNECTED-PERSON
    Scenario: Who caused the death is not yet known: it is asked, never read as no
      Given the facts:
        | fact                                          | value     |
        | that the death resulted from abuse or neglect | suspected |
        | suicide is suspected                          | no        |
      When the case is assessed on "2026-10-06"
      Then "Domestic Homicide Review" is "undetermined", depending on "who the violence, abuse or neglect was by"

    @DHR-NOT-BY-A-CONNECTED-PERSON @DHR-S9-DEATH @S9-NOT-A-DOMESTIC-DEATH
    Scenario: A man is killed by a stranger in the street: not a domestic homicide, and whether it was a suicide is not asked
      Given the facts:
        | fact                                          | value        |
        | that the death resulted from abuse or neglect | known        |
        | who the violence, abuse or neglect was by     | someone else |
      When the case is assessed on "2026-10-06"
      Then "Domestic Homicide Review" is "not required"

    @DHR-S9-DEATH @S9-AGED-16-OR-OVER @S9-DOMESTIC-DEATH
    Scenario: A 16-year-old killed by her stepfather at home meets the review's age
      Given a child
      And the facts:
        | fact                                          | value                       |
        | what happened                                 | the person died             |
        | the person's age                              | 16                          |
        | the date of the incident                      | 2026-10-01                  |
        | that the death resulted from abuse or neglect | known                       |
        | who the violence, abuse or neglect was by     | a member of the same household |
      When the case is assessed on "2026-10-06"
      Then "Domestic Homicide Review" is "to be considered"

    Scenario: The death of a 15-year-old is reviewed as a child's, not as a domestic homicide
      Given a child
      And the facts:
        | fact                                          | value           |
        | what happened                                 | the person died |
        | the person's age                              | 15              |
        | that the death resulted from abuse or neglect | known           |
        | who the violence, abuse or neglect was by     | a relative      |
      When the case is assessed on "2026-10-06"
      Then there is no "Domestic Homicide Review" determination

    Scenario: A death before 13 April 2011 is before section 9 was in force
      Given the facts:
        | fact                                          | value      |
        | the date of the incident                      | 2011-01-10 |
        | that the death resulted from abuse or neglect | known      |
        | who the violence, abuse or neglect was by     | a relative |
      When the case is assessed on "2011-02-01"
      Then there is no "Domestic Homicide Review" determination

    Scenario: An adult at risk of abuse now is alive: no domestic homicide review is asked about
      Given the facts:
        | fact                                                     | value     |
        | what happened                                            | not known |
        | the person is experiencing or at risk of abuse or neglect | yes       |
      When the case is assessed on "2026-10-06"
      Then there is no "Domestic Homicide Review" determination

  Rule: Suicide - the 2016 statutory guidance (as local guidance reproduces it): "where a victim took their own life (suicide) and the circumstances give rise to concern, for example it emerges that there was coercive controlling behaviour in the relationship, a Review should be undertaken"

    @DHR-SUICIDE-AFTER-DOMESTIC-ABUSE @DHR-NOT-BY-A-CONNECTED-PERSON @S9-SUICIDE-AFTER-DOMESTIC-ABUSE
    Scenario: A woman takes her own life after years of coercive control by her husband
      Given the facts:
        | fact                                                      | value         |
        | suicide is suspected                                      | yes           |
        | the person had been subjected to domestic abuse before their death | yes  |
        | that the death resulted from abuse or neglect             | not suspected |
      When the case is assessed on "2026-10-06"
      Then "Domestic Homicide Review" is "to be considered"
      And "Domestic Homicide Review" was decided by the rule "The Community Safety Partnership considers a review of a suicide after domestic abuse"

    @DHR-SUICIDE-AFTER-DOMESTIC-ABUSE @DHR-NOT-BY-A-CONNECTED-PERSON @S9-SUICIDE-AFTER-DOMESTIC-ABUSE @S9-NOT-A-DOMESTIC-DEATH
    Scenario: A suicide where no domestic abuse is known of: not a domestic homicide review
      Given the facts:
        | fact                                                      | value         |
        | suicide is suspected                                      | yes           |
        | the person had been subjected to domestic abuse before their death | no   |
        | that the death resulted from abuse or neglect             | not suspected |
      When the case is assessed on "2026-10-06"
      Then "Domestic Homicide Review" is "not required"

  Rule: Once established - s9(3): bodies taking part "have regard to any guidance issued by the Secretary of State"; s9(3B)-(3C): the report goes to the Domestic Abuse Commissioner "as soon as reasonably practicable after the report is completed"

    @DHR-ESTABLISHED @DHR-REPORT-TO-COMMISSIONER
    Scenario: The Community Safety Partnership has established a review: its report goes to the Domestic Abuse Commissioner
      Given the facts:
        | fact                                                  | value                                |
        | that the death resulted from abuse or neglect         | known                                |
        | who the violence, abuse or neglect was by             | a current or former intimate partner |
        | the Community Safety Partnership has established a domestic homicide review | yes            |
      When the case is assessed on "2026-11-21"
      Then "Domestic Homicide Review" is "required"
      And "Send the domestic homicide review's report to the Domestic Abuse Commissioner" is "required"
      And "Send the domestic homicide review's report to the Domestic Abuse Commissioner" follows "Domestic Homicide Review"
      And "Send the domestic homicide review's report to the Domestic Abuse Commissioner" goes to "Domestic Abuse Commissioner"

    @DHR-ESTABLISHED @DHR-REPORT-TO-COMMISSIONER
    Scenario: Before the Domestic Abuse Commissioner existed, no report went to the Commissioner
      Given the facts:
        | fact                                                  | value      |
        | the date of the incident                              | 2019-03-01 |
        | that the death resulted from abuse or neglect         | known      |
        | who the violence, abuse or neglect was by             | a relative |
        | the Community Safety Partnership has established a domestic homicide review | yes  |
      When the case is assessed on "2019-06-01"
      Then "Domestic Homicide Review" is "required"
      And "Send the domestic homicide review's report to the Domestic Abuse Commissioner" is "not required"

    @DHR-S9-DEATH @DHR-ESTABLISHED
    Scenario: The same law in Wales: the Community Safety Partnership decides there too
      Given the facts:
        | fact                                          | value                                |
        | the nation the case is decided in             | Wales                                |
        | that the death resulted from abuse or neglect | suspected                            |
        | who the violence, abuse or neglect was by     | a current or former intimate partner |
      When the case is assessed on "2026-10-06"
      Then "Domestic Homicide Review" is "to be considered"
      And there is no "Safeguarding Adults Review" determination
