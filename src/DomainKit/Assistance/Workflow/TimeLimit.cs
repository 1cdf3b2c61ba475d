namespace DomainKit.Assistance;

/// <summary>The time limits of case handling (policy-spec WF-01 to WF-07, VR-04, PB-02).</summary>
public enum TimeLimit
{
    /// <summary>WF-01: the dibao decision, in working days from acceptance.</summary>
    DibaoDecision = 1,

    /// <summary>WF-01: the dibao decision in special cases, in working days from acceptance.</summary>
    DibaoDecisionSpecial = 2,

    /// <summary>WF-02: the county's confirmation, in working days from receiving the township's file.</summary>
    CountyConfirmation = 3,

    /// <summary>WF-03: the written rejection with reasons, in working days from the decision.</summary>
    RejectionNotice = 4,

    /// <summary>VR-04: the start of the investigation, in working days from acceptance.</summary>
    InvestigationStart = 5,

    /// <summary>VR-04: the data check, in working days from acceptance.</summary>
    DataCheck = 6,

    /// <summary>WF-07: the review of a temporary or medical assistance request, in working days from acceptance.</summary>
    TemporaryOrMedicalReview = 7,

    /// <summary>WF-07: the approval of a temporary or medical assistance request, in working days from the review.</summary>
    TemporaryOrMedicalApproval = 8,

    /// <summary>PB-02: the public notice before approval, in calendar days from its posting.</summary>
    PublicNotice = 9,

    /// <summary>ZF-TA-01: completing the paperwork after aid was paid first through the green channel.</summary>
    GreenChannelPaperwork = 10,
}
