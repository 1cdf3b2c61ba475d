namespace DomainKit.Assistance;

/// <summary>Why a home visit must take place before approval (WF-05).</summary>
public enum HomeVisitCause
{
    /// <summary>The applicant is related to a member of staff.</summary>
    ConflictOfInterest = 1,

    /// <summary>Someone has complained about the application.</summary>
    Complaint = 2,
}
