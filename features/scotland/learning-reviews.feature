Feature: Learning Reviews in Scotland - national guidance for child and adult protection committees
  In Scotland no statute requires a case review: Child Protection Committees and Adult Protection
  Committees follow the Scottish Government's national guidance on Learning Reviews (children from
  September 2021, updated 2024; adults from 26 May 2022), and each decision says it rests on guidance,
  not statute. Committees tell the Care Inspectorate their decision, and why if they do not proceed.
  The child guidance's criteria are not in the sources checked, so a child's death or significant
  harm is a review the committee must consider, never a silent no.

  Rule: Children - "it is the CPC, on behalf of the Chief Officers Group, that decides whether a Learning Review is warranted"; the guidance reaches cases "when a child or young person dies, is significantly harmed, or was at risk of death or significant harm or where there was effective practice"

    @SCOT-CHILD-LR-DEATH-OR-HARM
    Scenario: A child dies and neglect is suspected: the Child Protection Committee decides whether a Learning Review is warranted
      Given a child
      And the case facts:
        | fact                              | value           |
        | the nation the case is decided in | Scotland        |
        | what happened                     | the person died |
        | abuse or neglect                  | suspected       |
      When the case is assessed on "2026-11-21"
      Then "Learning Review (Child Protection Committee, Scotland)" is "to be considered"
      And "Learning Review (Child Protection Committee, Scotland)" rests on guidance, not statute
      And "Learning Review (Child Protection Committee, Scotland)" goes to "Care Inspectorate (the decision, and the outcome with an anonymised report)"
      And there is no "Notify the Child Safeguarding Practice Review Panel" determination

    @SCOT-CHILD-LR-DEATH-OR-HARM @SCOT-CHILD-LR-OUT-OF-SCOPE
    Scenario: A child is harmed and whether the harm is significant is not yet judged: it is asked
      Given a child
      And the case facts:
        | fact                              | value                 |
        | the nation the case is decided in | Scotland              |
        | what happened                     | the person was harmed |
      When the case is assessed on "2026-11-21"
      Then "Learning Review (Child Protection Committee, Scotland)" is "undetermined", depending on "the harm is judged serious", "the person is experiencing or at risk of abuse or neglect", "the bodies worked effectively and there is outstanding positive learning"

    @SCOT-CHILD-LR-RISK-OR-EFFECTIVE-PRACTICE
    Scenario: Effective practice kept a child safe: the committee may review it for its learning
      Given a child
      And the case facts:
        | fact                                                                       | value    |
        | the nation the case is decided in                                          | Scotland |
        | what happened                                                              | no harm  |
        | the bodies worked effectively and there is outstanding positive learning   | yes      |
      When the case is assessed on "2026-11-21"
      Then "Learning Review (Child Protection Committee, Scotland)" is "to be considered"

    @SCOT-CHILD-LR-RISK-OR-EFFECTIVE-PRACTICE
    Scenario: A child at risk of significant harm, though not yet harmed, is within the guidance
      Given a child
      And the case facts:
        | fact                                                     | value    |
        | the nation the case is decided in                        | Scotland |
        | what happened                                            | no harm  |
        | the person is experiencing or at risk of abuse or neglect | yes      |
      When the case is assessed on "2026-11-21"
      Then "Learning Review (Child Protection Committee, Scotland)" is "to be considered"

    @SCOT-CHILD-LR-OUT-OF-SCOPE @SCOT-CHILD-LR-RISK-OR-EFFECTIVE-PRACTICE
    Scenario: No harm, no risk and nothing to learn from: outside the guidance
      Given a child
      And the case facts:
        | fact                                                                       | value    |
        | the nation the case is decided in                                          | Scotland |
        | what happened                                                              | no harm  |
        | the person is experiencing or at risk of abuse or neglect                   | no       |
        | the bodies worked effectively and there is outstanding positive learning   | no       |
      When the case is assessed on "2026-11-21"
      Then "Learning Review (Child Protection Committee, Scotland)" is "not required"

  Rule: Adults - Annex 2, criterion 1: "Where the adult is, or was, subject to adult support and protection processes and the incident or accumulation of incidents gives rise for reasonable cause for concern about how professionals and services worked together to protect the adult from harm", and the adult dies (harm or neglect a factor; suicide or accidental death; alleged murder, culpable homicide, reckless conduct or violence) or "has not died but is believed to have experienced serious abuse or neglect"

    Background:
      Given an adult
      And the case facts:
        | fact                                                        | value    |
        | the nation the case is decided in                           | Scotland |
        | the adult is or was subject to adult support and protection processes | yes |
        | there is concern about how agencies worked together         | yes      |

    @SCOT-ASP-LR-DEATH
    Scenario: An adult under adult support and protection dies of suspected neglect: the committee will undertake a Learning Review
      Given the facts:
        | fact                                          | value           |
        | what happened                                 | the person died |
        | that the death resulted from abuse or neglect | suspected       |
      When the case is assessed on "2026-11-21"
      Then "Learning Review (Adult Protection Committee, Scotland)" is "required"
      And "Learning Review (Adult Protection Committee, Scotland)" rests on guidance, not statute
      And "Learning Review (Adult Protection Committee, Scotland)" requires "Chief Officers Group"
      And there is no "Safeguarding Adults Review" determination

    @SCOT-ASP-LR-DEATH @SCOT-ASP-LR-DEATH-OTHER-CAUSE
    Scenario: The death is neither from harm nor a suicide: the committee considers whether it was accidental or violent
      Given the facts:
        | fact                                          | value           |
        | what happened                                 | the person died |
        | that the death resulted from abuse or neglect | not suspected   |
        | suicide is suspected                          | no              |
      When the case is assessed on "2026-11-21"
      Then "Learning Review (Adult Protection Committee, Scotland)" is "to be considered"

    @SCOT-ASP-LR-SERIOUS-ABUSE
    Scenario: The adult survives serious abuse: criterion 1(ii)
      Given the facts:
        | fact                      | value                           |
        | what happened             | the person was seriously harmed |
        | serious abuse or neglect  | known                           |
      When the case is assessed on "2026-11-21"
      Then "Learning Review (Adult Protection Committee, Scotland)" is "required"

    @SCOT-ASP-LR-NO-CONCERN @SCOT-ASP-LR-DEATH
    Scenario: No concern about how services worked together: criterion 1 is not met
      Given the facts:
        | fact                                                  | value           |
        | what happened                                         | the person died |
        | that the death resulted from abuse or neglect         | known           |
        | there is concern about how agencies worked together   | no              |
      When the case is assessed on "2026-11-21"
      Then "Learning Review (Adult Protection Committee, Scotland)" is "not required"

    @SCOT-ASP-LR-NOT-UNDER-ASP @SCOT-ASP-LR-NO-CONCERN
    Scenario: An adult never under adult support and protection dies: criterion 2 is for the committee to consider
      Given the facts:
        | fact                                                        | value           |
        | the adult is or was subject to adult support and protection processes | no    |
        | what happened                                               | the person died |
      When the case is assessed on "2026-11-21"
      Then "Learning Review (Adult Protection Committee, Scotland)" is "to be considered"

    Scenario: Before the adult guidance of 26 May 2022 significant case reviews ran under the 2019 interim framework, which is not encoded: said so, never "not applicable"
      Given the facts:
        | fact                                          | value           |
        | what happened                                 | the person died |
        | that the death resulted from abuse or neglect | suspected       |
      When the case is assessed on "2021-11-01"
      Then "Learning Review (Adult Protection Committee, Scotland)" is "not encoded"

    @SCOT-ASP-LR-SERIOUS-ABUSE
    Scenario: In Scotland an adult is 16 or over: a 17-year-old under adult support and protection gets the adult Learning Review
      Given the facts:
        | fact                      | value                           |
        | the person's age          | 17                              |
        | what happened             | the person was seriously harmed |
        | serious abuse or neglect  | suspected                       |
      When the case is assessed on "2026-11-21"
      Then "Learning Review (Adult Protection Committee, Scotland)" is "required"

  Rule: The National Guidance for Child Protection in Scotland 2021 (Part 1, para 1.2) says "for the purposes of this Guidance, the protection of children and young people includes unborn babies, and children and young people under the age of 18 years": a young person of 16 or 17, an adult under the Adult Support and Protection (Scotland) Act 2007 (s53(1): '"adult" means an individual aged 16 or over'), is within the child protection committee's guidance too, however the case records them

    @SCOT-CHILD-LR-DEATH-OR-HARM @SCOT-ASP-LR-DEATH
    Scenario: A 16-year-old under adult support and protection, recorded as an adult, dies of suspected abuse: both committees' Learning Reviews are listed
      Given an adult
      And the case facts:
        | fact                                                                  | value           |
        | the nation the case is decided in                                     | Scotland        |
        | the person's age                                                      | 16              |
        | the adult is or was subject to adult support and protection processes | yes             |
        | there is concern about how agencies worked together                   | yes             |
        | what happened                                                         | the person died |
        | abuse or neglect                                                      | suspected       |
        | that the death resulted from abuse or neglect                         | suspected       |
      When the case is assessed on "2023-03-10"
      Then "Learning Review (Child Protection Committee, Scotland)" is "to be considered"
      And "Learning Review (Adult Protection Committee, Scotland)" is "required"

    @SCOT-CHILD-LR-DEATH-OR-HARM @SCOT-ASP-LR-DEATH
    Scenario: An adult of unknown age dies: the person may be 16 or 17, so the child Learning Review turns on the age, and it is asked
      Given an adult
      And the case facts:
        | fact                                                                  | value           |
        | the nation the case is decided in                                     | Scotland        |
        | the adult is or was subject to adult support and protection processes | yes             |
        | there is concern about how agencies worked together                   | yes             |
        | what happened                                                         | the person died |
        | that the death resulted from abuse or neglect                         | suspected       |
      When the case is assessed on "2023-03-10"
      Then "Learning Review (Child Protection Committee, Scotland)" is "undetermined", depending on "the person's age"
      And "Learning Review (Adult Protection Committee, Scotland)" is "required"

    @SCOT-ASP-LR-DEATH
    Scenario: An adult known to be 18 or over: the child Learning Review does not apply
      Given an adult
      And the case facts:
        | fact                                                                  | value           |
        | the nation the case is decided in                                     | Scotland        |
        | the person's age                                                      | 18              |
        | the adult is or was subject to adult support and protection processes | yes             |
        | there is concern about how agencies worked together                   | yes             |
        | what happened                                                         | the person died |
        | that the death resulted from abuse or neglect                         | suspected       |
      When the case is assessed on "2023-03-10"
      Then there is no "Learning Review (Child Protection Committee, Scotland)" determination
      And "Learning Review (Adult Protection Committee, Scotland)" is "required"
