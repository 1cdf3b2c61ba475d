namespace DomainKit.Assistance;

/// <summary>How the decision stage ended a review.</summary>
public enum CaseResolution
{
    /// <summary>Aid is approved for a programme and an amount.</summary>
    Approved = 1,

    /// <summary>Aid is refused; the household is told in writing with reasons (WF-03).</summary>
    Rejected = 2,

    /// <summary>The need is sent to another department or to charity.</summary>
    Referred = 3,
}
