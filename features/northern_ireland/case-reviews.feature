Feature: Northern Ireland - case management reviews and domestic homicide reviews
  The Safeguarding Board for Northern Ireland "must undertake such case management reviews as may be
  prescribed" (Safeguarding Board Act (Northern Ireland) 2011 s3(4)); regulation 17 of the 2012
  Regulations prescribes them. Domestic homicide reviews, under s9 of the 2004 Act, are run by the
  Department of Justice, which introduced them on 10 December 2020. Northern Ireland has no statutory
  adult review duty: an adult's death gets only the domestic homicide review.

  Rule: Regulation 17(2): "Where— (a) a child has died or been significantly harmed; (b) any of the following apply– (i) abuse or neglect of the child is known or suspected" (or the child or a sibling has been on the register or looked after) "and (c) the Safeguarding Board has concerns about the effectiveness in safeguarding and promoting the welfare of children of any of the persons or bodies represented on the Safeguarding Board"

    Background:
      Given a child
      And the case facts:
        | fact                              | value            |
        | the nation the case is decided in | Northern Ireland |

    @NI-CMR-DEATH-OR-SIGNIFICANT-HARM @NI-CMR-CONCERNS
    Scenario: A child dies of suspected abuse and the Board has concerns about a member body: a case management review
      Given the facts:
        | fact                                                                            | value           |
        | what happened                                                                   | the person died |
        | abuse or neglect                                                                | suspected       |
        | the Board has concerns about how effectively a body on it safeguarded the child | yes             |
      When the case is assessed on "2026-11-21"
      Then "Case management review (Safeguarding Board for Northern Ireland)" is "required"
      And "Case management review (Safeguarding Board for Northern Ireland)" cites "Safeguarding Board Act (Northern Ireland) 2011" "s3(4)"
      And "Case management review (Safeguarding Board for Northern Ireland)" rests on an Act

    @NI-CMR-CONCERNS @NI-CMR-NO-CONCERNS
    Scenario: A sibling was on the register, and whether the Board has concerns is not yet settled: it is asked
      Given the facts:
        | fact                                                                                        | value                           |
        | what happened                                                                               | the person was seriously harmed |
        | abuse or neglect                                                                            | not suspected                   |
        | the child or a sibling is or has been on the child protection register or looked after      | yes                             |
        | the bodies worked effectively and there is outstanding positive learning                    | no                              |
      When the case is assessed on "2026-11-21"
      Then "Case management review (Safeguarding Board for Northern Ireland)" is "undetermined", depending on "the Board has concerns about how effectively a body on it safeguarded the child"

    @NI-CMR-NO-CONCERNS @NI-CMR-CONCERNS @NI-CMR-GOOD-PRACTICE
    Scenario: No concerns about any member body and nothing outstanding to learn: no case management review
      Given the facts:
        | fact                                                                            | value           |
        | what happened                                                                   | the person died |
        | abuse or neglect                                                                | known           |
        | the Board has concerns about how effectively a body on it safeguarded the child | no              |
        | the bodies worked effectively and there is outstanding positive learning        | no              |
      When the case is assessed on "2026-11-21"
      Then "Case management review (Safeguarding Board for Northern Ireland)" is "not required"

    @NI-CMR-GOOD-PRACTICE
    Scenario: Bodies worked effectively and there is outstanding positive learning: regulation 17(3)
      Given the facts:
        | fact                                                                     | value                 |
        | what happened                                                            | the person was harmed |
        | the bodies worked effectively and there is outstanding positive learning | yes                   |
      When the case is assessed on "2026-11-21"
      Then "Case management review (Safeguarding Board for Northern Ireland)" is "required"

  Rule: Domestic homicide reviews - "A DHR may be considered within the following circumstances: • The deceased person is aged 16 or over; • The death has or appears to have resulted from violence, abuse or neglect" by a relative, partner or household member (Department of Justice, 10 December 2020)

    Background:
      Given an adult
      And the case facts:
        | fact                              | value            |
        | the nation the case is decided in | Northern Ireland |
        | what happened                     | the person died  |
        | the date of the incident          | 2026-10-01       |

    @NI-DHR-DEATH @NI-DHR-NOT-A-DOMESTIC-DEATH
    Scenario: A man is killed by his brother: the Department of Justice may consider a review
      Given the facts:
        | fact                                          | value      |
        | that the death resulted from abuse or neglect | known      |
        | who the violence, abuse or neglect was by     | a relative |
      When the case is assessed on "2026-11-21"
      Then "Domestic Homicide Review (Northern Ireland)" is "to be considered"
      And "Domestic Homicide Review (Northern Ireland)" is for "Department of Justice" to do
      And there is no "Domestic Homicide Review" determination
      And there is no "Safeguarding Adults Review" determination

    @NI-DHR-NOT-A-DOMESTIC-DEATH @NI-DHR-DEATH
    Scenario: Killed by someone outside the family and household: not a domestic homicide review
      Given the facts:
        | fact                                          | value        |
        | that the death resulted from abuse or neglect | known        |
        | who the violence, abuse or neglect was by     | someone else |
      When the case is assessed on "2026-11-21"
      Then "Domestic Homicide Review (Northern Ireland)" is "not required"


    @NI-DHR-DEATH
    Scenario: The date of death is not known: whether it falls after 10 December 2020 is asked
      Given the facts:
        | fact                                          | value      |
        | the date of the incident                      | not known  |
        | that the death resulted from abuse or neglect | known      |
        | who the violence, abuse or neglect was by     | a relative |
      When the case is assessed on "2026-11-21"
      Then "Domestic Homicide Review (Northern Ireland)" is "undetermined", depending on "the date of the incident", "suicide is suspected", "the person had been subjected to domestic abuse before their death"

    Scenario: A death before 10 December 2020, when the Department introduced the reviews
      Given the facts:
        | fact                                          | value      |
        | the date of the incident                      | 2020-06-01 |
        | that the death resulted from abuse or neglect | known      |
        | who the violence, abuse or neglect was by     | a relative |
      When the case is assessed on "2020-07-01"
      Then there is no "Domestic Homicide Review (Northern Ireland)" determination

  Rule: Suicide - the Department's published criteria (2020, restated in its notes of 2022) are a death that "has or appears to have resulted from violence, abuse or neglect, which has been caused by" a relative, partner or household member; they do not name suicide, and the Department has said suicides resulting from domestic abuse are to be included once its review of the process is complete

    Background:
      Given an adult
      And the case facts:
        | fact                              | value            |
        | the nation the case is decided in | Northern Ireland |
        | what happened                     | the person died  |
        | the date of the incident          | 2026-10-01       |

    @NI-DHR-DEATH @NI-DHR-SUICIDE-AFTER-DOMESTIC-ABUSE @NI-DHR-SUICIDE-NOT-FROM-THE-ABUSE
    Scenario: A suicide after domestic abuse, and whether the death resulted from the abuse is not yet settled: the law is open, so it is asked, never answered
      Given the facts:
        | fact                                                               | value |
        | suicide is suspected                                               | yes   |
        | the person had been subjected to domestic abuse before their death | yes   |
      When the case is assessed on "2026-11-21"
      Then "Domestic Homicide Review (Northern Ireland)" is "undetermined", depending on "that the death resulted from abuse or neglect", "who the violence, abuse or neglect was by"

    @NI-DHR-SUICIDE-AFTER-DOMESTIC-ABUSE @NI-DHR-SUICIDE-NOT-FROM-THE-ABUSE
    Scenario: A suicide that appears to have resulted from the partner's abuse meets the words of the published criteria: the Department may consider a review
      Given the facts:
        | fact                                                               | value                                  |
        | suicide is suspected                                               | yes                                    |
        | the person had been subjected to domestic abuse before their death | yes                                    |
        | that the death resulted from abuse or neglect                      | suspected                              |
        | who the violence, abuse or neglect was by                          | a current or former intimate partner   |
      When the case is assessed on "2026-11-21"
      Then "Domestic Homicide Review (Northern Ireland)" is "to be considered"
      And "Domestic Homicide Review (Northern Ireland)" was decided by the rule "A suicide that appears to have resulted from domestic abuse meets the words of the Department's published criteria"
      And "Domestic Homicide Review (Northern Ireland)" cites "Department of Justice (Northern Ireland), Conclusion of Domestic Homicide Review (8 November 2022), notes to editors" "note 2"

    @NI-DHR-SUICIDE-NOT-FROM-THE-ABUSE @NI-DHR-SUICIDE-AFTER-DOMESTIC-ABUSE
    Scenario: A suicide after domestic abuse that is not thought to have resulted from the abuse: outside the published criteria, which do not name suicide
      Given the facts:
        | fact                                                               | value         |
        | suicide is suspected                                               | yes           |
        | the person had been subjected to domestic abuse before their death | yes           |
        | that the death resulted from abuse or neglect                      | not suspected |
      When the case is assessed on "2026-11-21"
      Then "Domestic Homicide Review (Northern Ireland)" is "not required"
      And "Domestic Homicide Review (Northern Ireland)" was decided by the rule "No review of a suicide after domestic abuse that is not thought to have resulted from the abuse (suicides are not yet in the published criteria)"
