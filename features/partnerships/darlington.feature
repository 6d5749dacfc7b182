Feature: Darlington - referrals, notification procedures, publication, SAR referral and the Lessons Learnt Research Digest
  Two pages: Darlington Safeguarding Children Board's "Case Reviews" (LSCB era, Working Together 2015)
  and Darlington Safeguarding Partnership's "Reviews" (partnership era, Working Together 2018). Each rule
  below is traced to the sentence it encodes (paraphrased: local pages are not quoted).

  Rule: DSCB page, paragraph 4 - any professional or agency may refer a case to the DSCB if they believe there are important lessons to be learnt; DSP page - the same, to the Statutory Safeguarding Partners

    @DARLINGTON-REFERRAL-TO-DSCB @DARLINGTON-REFERRAL-TO-PARTNERS
    Scenario: In 2017 a professional believes there are lessons to learn: they may refer to the DSCB
      Given a child
      And the case is for the "darlington" partnership
      And the facts:
        | fact                                      | value      |
        | the date the local authority became aware | 2017-03-02 |
        | there are lessons to be learnt            | yes        |
      When the case is assessed on "2017-03-10"
      Then "Refer the case for review (Darlington)" is "discretionary"
      And "Refer the case for review (Darlington)" goes to "Darlington Safeguarding Children Board"
    @DARLINGTON-REFERRAL-TO-PARTNERS @DARLINGTON-REFERRAL-TO-DSCB
    Scenario: In 2026 the referral goes to the Statutory Safeguarding Partners
      Given a child
      And the case is for the "darlington" partnership
      And the facts:
        | fact                                      | value      |
        | the date the local authority became aware | 2026-11-02 |
        | there are lessons to be learnt            | yes        |
      When the case is assessed on "2026-11-10"
      Then "Refer the case for review (Darlington)" is "discretionary"
      And "Refer the case for review (Darlington)" goes to "Darlington's statutory safeguarding partners"
  Rule: DSCB page, documents - the Notifiable Incident Procedure and Practice Guidance and the Notifiable Incident Form (LSCB era)

    @DARLINGTON-NOTIFIABLE-INCIDENT-PROCEDURE
    Scenario: A looked after child dies in 2017: use the Notifiable Incident Procedure and form
      Given a child
      And the case is for the "darlington" partnership
      And the facts:
        | fact                                           | value           |
        | the date the local authority became aware      | 2017-03-02      |
        | what happened                                  | the person died |
        | the child is looked after by a local authority | yes             |
      When the case is assessed on "2017-03-03"
      Then "Notify Ofsted and the LSCB of a notifiable incident" is "required"
      And "Darlington Notifiable Incident Procedure and form" is "required"
      And "Darlington Notifiable Incident Procedure and form" is due on "2017-03-09"
      And "Darlington Notifiable Incident Procedure and form" goes to "Ofsted"

    @DARLINGTON-NOTIFIABLE-INCIDENT-PROCEDURE
    Scenario: An incident that is not notifiable
      Given a child
      And the case is for the "darlington" partnership
      And the facts:
        | fact                                      | value                 |
        | the date the local authority became aware | 2017-03-02            |
        | what happened                             | the person was harmed |
        | the kind of harm                          | harm of another kind  |
        | abuse or neglect                          | not suspected         |
      When the case is assessed on "2017-03-03"
      Then "Darlington Notifiable Incident Procedure and form" is "not required"

  Rule: DSP page, documents - the Serious Child Safeguarding Incident Procedure and the Serious Child Safeguarding Notification Form (partnership era)

    @DARLINGTON-SERIOUS-INCIDENT-PROCEDURE
    Scenario: A child dies in 2026 with neglect suspected: notify the Panel through Darlington's procedure and form
      Given a child
      And the case is for the "darlington" partnership
      And the facts:
        | fact                                      | value           |
        | the date the local authority became aware | 2026-11-02      |
        | where it happened                         | in this area    |
        | what happened                             | the person died |
        | abuse or neglect                          | suspected       |
      When the case is assessed on "2026-11-03"
      Then "Notify the Child Safeguarding Practice Review Panel" is "required"
      And "Darlington Serious Child Safeguarding Incident Procedure and notification form" is "required"
      And "Darlington Serious Child Safeguarding Incident Procedure and notification form" is due on "2026-11-09"
      And there is no "Darlington Notifiable Incident Procedure and form" determination

    @DARLINGTON-SERIOUS-INCIDENT-PROCEDURE
    Scenario: Not an incident to notify to the Panel
      Given a child
      And the case is for the "darlington" partnership
      And the facts:
        | fact                                                                                          | value           |
        | the date the local authority became aware                                                     | 2026-11-02      |
        | what happened                                                                                 | the person died |
        | abuse or neglect                                                                              | not suspected   |
        | the family is known to children's social care because of a recent incident or current concern | no              |
      When the case is assessed on "2026-11-03"
      Then "Darlington Serious Child Safeguarding Incident Procedure and notification form" is "not required"

  Rule: DSP page, "Published Child Safeguarding Practice Reviews" - Working Together 2018: "safeguarding partners must publish the report ... The name of the reviewer(s) should be included. Published reports or information must be publicly available for at least one year."

    @DARLINGTON-CSPR-PUBLICATION
    Scenario: The partners commissioned a CSPR: publish it naming the reviewer, for at least a year
      Given a child
      And the case is for the "darlington" partnership
      And the facts:
        | fact                                      | value           |
        | the date the local authority became aware | 2026-11-02      |
        | what happened                             | the person died |
        | abuse or neglect                          | suspected       |
        | the partners commissioned a local review  | yes             |
      When the case is assessed on "2026-11-03"
      Then "Publish the CSPR on the Darlington Safeguarding Partnership's site" is "required"
      And "Publish the CSPR on the Darlington Safeguarding Partnership's site" requires "Include the name of the reviewer or reviewers."
      And "Publish the CSPR on the Darlington Safeguarding Partnership's site" requires "at least one year"
    @DARLINGTON-CSPR-PUBLICATION
    Scenario: No CSPR commissioned: nothing to publish
      Given a child
      And the case is for the "darlington" partnership
      And the facts:
        | fact                                      | value      |
        | the date the local authority became aware | 2026-11-02 |
        | the partners commissioned a local review  | no         |
      When the case is assessed on "2026-11-03"
      Then there is no "Publish the CSPR on the Darlington Safeguarding Partnership's site" determination

  Rule: DSP page, SAR section - a SAR Policy and Practice Guidance document and a SAR Referral Form

    @DARLINGTON-SAR-REFERRAL
    Scenario: An adult with care and support needs: a SAR referral may be made with Darlington's form
      Given an adult
      And the case is for the "darlington" partnership
      And the facts:
        | fact                                     | value      |
        | the adult has needs for care and support | yes        |
        | the adult is in the area                 | yes        |
        | the date of the incident                 | 2026-10-01 |
      When the case is assessed on "2026-11-03"
      Then "Refer for a Safeguarding Adults Review with Darlington's SAR referral form" is "discretionary"
      And "Refer for a Safeguarding Adults Review with Darlington's SAR referral form" goes to "Darlington Safeguarding Partnership"
      And there is no "Refer the case for review (Darlington)" determination

    @DARLINGTON-SAR-REFERRAL
    Scenario: An adult without care and support needs
      Given an adult
      And the case is for the "darlington" partnership
      And the facts:
        | fact                                     | value |
        | the adult has needs for care and support | no    |
      When the case is assessed on "2026-11-03"
      Then "Refer for a Safeguarding Adults Review with Darlington's SAR referral form" is "not required"

    @DARLINGTON-SAR-REFERRAL
    Scenario: An adult with needs who is not in Darlington's area: the referral is for that area's board
      Given an adult
      And the case is for the "darlington" partnership
      And the facts:
        | fact                                     | value                |
        | the adult has needs for care and support | yes                  |
        | the adult is in the area                 | no                   |
        | where it happened                        | elsewhere in England |
      When the case is assessed on "2026-11-03"
      Then "Refer for a Safeguarding Adults Review with Darlington's SAR referral form" is "not required"
      And "Safeguarding Adults Review" is "not required"

  Rule: The pages' eras - the partnership's procedure once its arrangements operate; from 29 June 2018 until then the Panel is notified under the national rules

    Scenario: In January 2019 the DSCB still operates: the Panel is notified, but not through the partnership's procedure
      Given a child
      And the case is for the "darlington" partnership
      And the facts:
        | fact                                      | value                           |
        | the date of the incident                  | 2019-01-09                      |
        | the date the local authority became aware | 2019-01-10                      |
        | where it happened                         | in this area                    |
        | the child normally lives in this area     | yes                             |
        | what happened                             | the person was seriously harmed |
        | abuse or neglect                          | known                           |
      When the case is assessed on "2019-01-20"
      Then "Notify the Child Safeguarding Practice Review Panel" is "required"
      And there is no "Darlington Serious Child Safeguarding Incident Procedure and notification form" determination

  Rule: DSCB and DSP pages, "Lessons Learnt Research Digest" - messages from recently published reviews are shared across agencies

    @DARLINGTON-LESSONS-LEARNT-DIGEST
    Scenario: An SCR is carried out in 2017: its messages go into the Lessons Learnt Research Digest
      Given a child
      And the case is for the "darlington" partnership
      And the facts:
        | fact                                      | value           |
        | the date the local authority became aware | 2017-03-02      |
        | the child normally lives in this area     | yes             |
        | what happened                             | the person died |
        | abuse or neglect                          | known           |
      When the case is assessed on "2017-03-03"
      Then "Share the review's lessons in the Lessons Learnt Research Digest" is "required"
      And "Share the review's lessons in the Lessons Learnt Research Digest" follows "Serious Case Review"

    @DARLINGTON-LESSONS-LEARNT-DIGEST @SCR-LSCB-MUST-REVIEW
    Scenario: No SCR and no CSPR: nothing for the digest
      Given a child
      And the case is for the "darlington" partnership
      And the facts:
        | fact                                      | value                 |
        | the date the local authority became aware | 2017-03-02            |
        | what happened                             | the person was harmed |
        | the kind of harm                          | harm of another kind  |
        | abuse or neglect                          | not suspected         |
        | the partners commissioned a local review  | no                    |
      When the case is assessed on "2017-03-03"
      Then there is no "Share the review's lessons in the Lessons Learnt Research Digest" determination
