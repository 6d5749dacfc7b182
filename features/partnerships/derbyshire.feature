Feature: Derbyshire - Serious Incident Learning Reviews
  Derbyshire Safeguarding Children Board's page "Serious case reviews" describes a local pathway below
  the SCR threshold. Each rule below is traced to the sentence of that page it encodes (paraphrased:
  local pages are not Crown copyright, so only statute and statutory guidance are quoted).

  Background:
    Given a child
    And the case is for the "derbyshire" partnership
    And the case facts:
      | fact                                      | value        |
      | where it happened                         | in this area |
      | the child normally lives in this area     | yes          |
      | the date the local authority became aware | 2017-03-02   |

  Rule: Page, paragraph 3 - in Derbyshire a SILR takes place when, after an initial review, it is decided that there are lessons to be learnt but the SCR threshold is not met

    @DERBYSHIRE-SILR @DERBYSHIRE-SILR-MEETING @DERBYSHIRE-SILR-SUMMARY
    Scenario: Serious harm without concern about joint working, but lessons to learn: a SILR, not an SCR
      Given the facts:
        | fact                                                | value                           |
        | what happened                                       | the person was seriously harmed |
        | abuse or neglect                                    | suspected                       |
        | there is concern about how agencies worked together | no                              |
        | there are lessons to be learnt                      | yes                             |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "not required"
      And "Serious Incident Learning Review (Derbyshire)" is "required"
      And "Publish a summary of the SILR (Derbyshire)" is "required"
      And "Publish a summary of the SILR (Derbyshire)" follows "Serious Incident Learning Review (Derbyshire)"

    @DERBYSHIRE-SILR @DERBYSHIRE-SILR-MEETING
    Scenario: The SCR threshold is met: an SCR, not a SILR
      Given the facts:
        | fact                           | value           |
        | what happened                  | the person died |
        | abuse or neglect               | suspected       |
        | there are lessons to be learnt | yes             |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "required"
      And "Serious Incident Learning Review (Derbyshire)" is "not required"
      And there is no "Publish a summary of the SILR (Derbyshire)" determination

    @DERBYSHIRE-SILR
    Scenario: Below the SCR threshold and whether there are lessons to learn is not yet decided
      Given the facts:
        | fact             | value                 |
        | what happened    | the person was harmed |
        | the kind of harm | harm of another kind  |
        | abuse or neglect | not suspected         |
      When the case is assessed on "2017-03-10"
      Then "Serious Incident Learning Review (Derbyshire)" is "undetermined", depending on "there are lessons to be learnt"

    @DERBYSHIRE-SILR
    Scenario: No incident harmed the child: lessons may be learnt, but there is no serious incident to review
      Given the facts:
        | fact                           | value         |
        | what happened                  | no harm       |
        | where the child was            | at home       |
        | abuse or neglect               | not suspected |
        | there are lessons to be learnt | yes           |
      When the case is assessed on "2017-06-01"
      Then "Serious Incident Learning Review (Derbyshire)" is "not required"

  Rule: Page, paragraph 4 - the learning review is professionals from each agency involved meeting, usually for a day, to share information and identify good practice and missed opportunities

    @DERBYSHIRE-SILR-MEETING
    Scenario: What the SILR consists of
      Given the facts:
        | fact                                                | value                           |
        | what happened                                       | the person was seriously harmed |
        | abuse or neglect                                    | known                           |
        | there is concern about how agencies worked together | no                              |
        | there are lessons to be learnt                      | yes                             |
      When the case is assessed on "2017-03-10"
      Then "Serious Incident Learning Review (Derbyshire)" requires "Professionals from each agency involved with the child or family meet, usually for a day."
      And "Serious Incident Learning Review (Derbyshire)" requires "identify good practice and missed opportunities"

  Rule: Page, section "SCRs and SILRs in Derbyshire" - summaries of SILRs are published

    @DERBYSHIRE-SILR-SUMMARY
    Scenario: No SILR takes place: no summary to publish
      Given the facts:
        | fact                                                | value                           |
        | what happened                                       | the person was seriously harmed |
        | abuse or neglect                                    | known                           |
        | there is concern about how agencies worked together | no                              |
        | there are lessons to be learnt                      | no                              |
      When the case is assessed on "2017-03-10"
      Then there is no "Publish a summary of the SILR (Derbyshire)" determination

  Rule: The page's era - a Local Safeguarding Children Board's page: its SILR and the summary of it hold while the LSCB operated

    Scenario: In 2024, long after the LSCB ended, the same facts get no SILR and no SILR summary
      Given the facts:
        | fact                                                | value                           |
        | the date of the incident                            | 2024-03-01                      |
        | the date the local authority became aware           | 2024-03-04                      |
        | what happened                                       | the person was seriously harmed |
        | abuse or neglect                                    | suspected                       |
        | there is concern about how agencies worked together | no                              |
        | there are lessons to be learnt                      | yes                             |
      When the case is assessed on "2024-03-10"
      Then "Notify the Child Safeguarding Practice Review Panel" is "required"
      And no "derbyshire" pathway is listed

  Rule: A partnership's pathways apply only to its own cases

    Scenario: The same case without a partnership gets the national determinations only
      Given a child
      And the case facts:
        | fact                                                | value                           |
        | the date the local authority became aware           | 2017-03-02                      |
        | what happened                                       | the person was seriously harmed |
        | abuse or neglect                                    | known                           |
        | there is concern about how agencies worked together | no                              |
        | there are lessons to be learnt                      | yes                             |
      When the case is assessed on "2017-03-10"
      Then "Serious Case Review" is "not required"
      And no "derbyshire" pathway is listed
