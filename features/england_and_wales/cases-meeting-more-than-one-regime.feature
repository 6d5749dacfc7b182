Feature: Cases that meet more than one regime
  A partnership's hardest cases rarely sit in one regime. Each regime is decided on its own, every
  review the case meets is listed with its own duty-holder, and the decision says when guidance opens a
  joint review to them: in England the bodies may dovetail their reviews or run them jointly, and no
  law makes one of them lead; in Wales one Single Unified Safeguarding Review runs them all. Each
  scenario is one of the interface cases of the project's domain reference (section 6); each person is
  assessed on their own case.

  Rule: England - the Safeguarding Adults Board should "consider how the process can dovetail with any other relevant investigations that are running parallel" (Care and Support Statutory Guidance, as a local board reproduces it); each body keeps its own duty

    @SAR-S44-MANDATORY @DHR-S9-DEATH
    Scenario: An adult with care and support needs is killed by her partner, with concern about how agencies worked together
      Given an adult
      And the case facts:
        | fact                                                | value                                |
        | the adult has needs for care and support            | yes                                  |
        | the adult is in the area                            | yes                                  |
        | what happened                                       | the person died                      |
        | the date of the incident                            | 2026-10-01                           |
        | that the death resulted from abuse or neglect       | known                                |
        | who the violence, abuse or neglect was by           | a current or former intimate partner |
        | there is concern about how agencies worked together | yes                                  |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "required"
      And "Domestic Homicide Review" is "to be considered"
      And "Safeguarding Adults Review" and "Domestic Homicide Review" may be run together, each by its own body

    @DHR-S9-DEATH @RAPID-REVIEW
    Scenario: A 17-year-old is killed at home by her mother's partner: the child review duties and the domestic homicide review both apply
      Given a child
      And the case facts:
        | fact                                          | value                          |
        | the person's age                              | 17                             |
        | what happened                                 | the person died                |
        | the date of the incident                      | 2026-11-01                     |
        | the date the local authority became aware     | 2026-11-02                     |
        | where it happened                             | in this area                   |
        | the child normally lives in this area         | yes                            |
        | abuse or neglect                              | known                          |
        | that the death resulted from abuse or neglect | known                          |
        | who the violence, abuse or neglect was by     | a member of the same household |
      When the case is assessed on "2026-11-03"
      Then "Notify the Child Safeguarding Practice Review Panel" is "required"
      And "Rapid review" is "required"
      And "Domestic Homicide Review" is "to be considered"
      And "Domestic Homicide Review" and "Rapid review" may be run together, each by its own body

    @CARE-LEAVER-DEATH @DHR-S9-DEATH
    Scenario: A care leaver aged 20 is killed by his partner: an adult's case, so no child safeguarding review, but the care leaver notification and a domestic homicide review
      Given an adult
      And the case facts:
        | fact                                          | value                                |
        | the person's age                              | 20                                   |
        | the person is a care leaver                   | yes                                  |
        | what happened                                 | the person died                      |
        | the date of the incident                      | 2026-10-01                           |
        | the date the local authority became aware     | 2026-10-02                           |
        | that the death resulted from abuse or neglect | known                                |
        | who the violence, abuse or neglect was by     | a current or former intimate partner |
      When the case is assessed on "2026-10-05"
      Then "Notify the Secretary of State and Ofsted of the death of a care leaver" is "required"
      And "Domestic Homicide Review" is "to be considered"
      And there is no "Notify the Child Safeguarding Practice Review Panel" determination

    @PANEL-NOTIFICATION
    Scenario: A mother and her child are harmed by the same man: the child's case is assessed on its own, under the child duties
      Given a child
      And the case facts:
        | fact                                      | value                                 |
        | the person's age                          | 9                                     |
        | what happened                             | the person was seriously harmed       |
        | the kind of harm                          | a potentially life-threatening injury |
        | the date of the incident                  | 2026-11-01                            |
        | the date the local authority became aware | 2026-11-02                            |
        | where it happened                         | in this area                          |
        | the child normally lives in this area     | yes                                   |
        | abuse or neglect                          | known                                 |
      When the case is assessed on "2026-11-03"
      Then "Notify the Child Safeguarding Practice Review Panel" is "required"
      And there is no "Domestic Homicide Review" determination
      And no reviews are listed to run together

    @SAR-S44-MANDATORY @LEDER-LEARNING-DISABILITY
    Scenario: An adult with a learning disability dies of suspected neglect: a Safeguarding Adults Review, and the LeDeR review works with it
      Given an adult
      And the case facts:
        | fact                                                | value           |
        | the adult has needs for care and support            | yes             |
        | the adult is in the area                            | yes             |
        | the person had a learning disability                | yes             |
        | what happened                                       | the person died |
        | the date of the incident                            | 2026-10-01      |
        | that the death resulted from abuse or neglect       | suspected       |
        | who the violence, abuse or neglect was by           | someone else    |
        | there is concern about how agencies worked together | yes             |
      When the case is assessed on "2026-11-21"
      Then "Safeguarding Adults Review" is "required"
      And "Notify the death to LeDeR (learning disability and autism)" is "required"
      And "Domestic Homicide Review" is "not required"
      And "Safeguarding Adults Review" and "Notify the death to LeDeR (learning disability and autism)" may be run together, each by its own body

    @DHR-S9-DEATH
    Scenario: A man is stabbed by his partner: a domestic homicide review (which an offensive weapons homicide review would give way to; those are not encoded)
      Given an adult
      And the case facts:
        | fact                                          | value                                |
        | what happened                                 | the person died                      |
        | the date of the incident                      | 2026-10-01                           |
        | that the death resulted from abuse or neglect | known                                |
        | who the violence, abuse or neglect was by     | a current or former intimate partner |
      When the case is assessed on "2026-11-21"
      Then "Domestic Homicide Review" is "to be considered"

    @DHR-SUICIDE-AFTER-DOMESTIC-ABUSE @SAR-S44-MANDATORY
    Scenario: An adult with care and support needs takes her own life after coercive control by her husband
      Given an adult
      And the case facts:
        | fact                                                               | value           |
        | the adult has needs for care and support                           | yes             |
        | the adult is in the area                                           | yes             |
        | what happened                                                      | the person died |
        | the date of the incident                                           | 2026-10-01      |
        | suicide is suspected                                               | yes             |
        | the person had been subjected to domestic abuse before their death | yes             |
        | that the death resulted from abuse or neglect                      | suspected       |
        | there is concern about how agencies worked together                | yes             |
      When the case is assessed on "2026-11-21"
      Then "Domestic Homicide Review" is "to be considered"
      And "Safeguarding Adults Review" is "required"
      And "Safeguarding Adults Review" and "Domestic Homicide Review" may be run together, each by its own body

  Rule: Wales - "The Single Unified Safeguarding Review (SUSR) is a single review process incorporating all reviews in Wales"; "The chair of the board decides whether a SUSR will occur"

    @WALES-EXTENDED-CPR @DHR-S9-DEATH
    Scenario: A looked after 17-year-old is killed by her foster carer's partner in Wales: one review runs the child practice review and the domestic homicide review
      Given a child
      And the case facts:
        | fact                                                                                   | value                          |
        | the nation the case is decided in                                                      | Wales                          |
        | the person's age                                                                       | 17                             |
        | what happened                                                                          | the person died                |
        | the date of the incident                                                               | 2026-10-01                     |
        | where it happened                                                                      | in this area                   |
        | abuse or neglect                                                                       | known                          |
        | the child was on the child protection register or looked after in the 6 months before | yes                            |
        | that the death resulted from abuse or neglect                                          | known                          |
        | who the violence, abuse or neglect was by                                              | a member of the same household |
      When the case is assessed on "2026-11-21"
      Then "Extended child practice review (Wales)" is "required"
      And "Domestic Homicide Review" is "to be considered"
      And one Single Unified Safeguarding Review runs "Extended child practice review (Wales)" and "Domestic Homicide Review"

    @WALES-EXTENDED-CPR @WALES-CONCISE-APR
    Scenario: A young man in Wales who turned 18 after leaving care dies of suspected neglect: the extended child practice review reaches him, and one SUSR runs it with the adult review
      Given an adult
      And the case facts:
        | fact                                                                                   | value           |
        | the nation the case is decided in                                                      | Wales           |
        | the person's age                                                                       | 18              |
        | what happened                                                                          | the person died |
        | where it happened                                                                      | in this area    |
        | abuse or neglect                                                                       | suspected       |
        | the person was a looked after child in the 6 months before                             | yes             |
        | the adult has needs for care and support                                               | yes             |
        | because of those needs the adult cannot protect themselves                             | yes             |
        | a local authority decided to take action to protect the adult in the 6 months before   | no              |
      When the case is assessed on "2026-11-21"
      Then "Extended child practice review (Wales)" is "required"
      And "Concise adult practice review (Wales)" is "required"
      And one Single Unified Safeguarding Review runs "Extended child practice review (Wales)" and "Concise adult practice review (Wales)"

  Rule: Northern Ireland - no statutory adult review: an adult's death from domestic abuse gets the Department of Justice's domestic homicide review

    @NI-DHR-DEATH
    Scenario: An adult is killed by her husband in Northern Ireland
      Given an adult
      And the case facts:
        | fact                                          | value                                |
        | the nation the case is decided in             | Northern Ireland                     |
        | what happened                                 | the person died                      |
        | the date of the incident                      | 2026-10-01                           |
        | that the death resulted from abuse or neglect | known                                |
        | who the violence, abuse or neglect was by     | a current or former intimate partner |
      When the case is assessed on "2026-11-21"
      Then "Domestic Homicide Review (Northern Ireland)" is "to be considered"
      And there is no "Safeguarding Adults Review" determination
      And no reviews are listed to run together
