using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>caseOpened</c> event: the case is opened from a channel (ZF-WF-01), with the applicant's identity kept on the case and never published.</summary>
[Description("The case is opened from a channel (ZF-WF-01), with the applicant's identity kept on the case and never published.")]
public sealed record CaseOpenedDocument : CaseEventDocument
{
    /// <summary>The channel the case came by (ZF-WF-01).</summary>
    [Description("The channel the case came by (ZF-WF-01).")]
    public required IntakeChannel Channel { get; init; }

    /// <summary>The applicant: personal data kept on the case, masked in publication (PB-03).</summary>
    [Description("The applicant: personal data kept on the case, masked in publication (PB-03).")]
    public required CaseApplicantDocument Applicant { get; init; }

    /// <summary>The IANA time zone the case's working days are counted in, such as Asia/Shanghai.</summary>
    [Description("The IANA time zone the case's working days are counted in, such as Asia/Shanghai.")]
    public required string TimeZoneId { get; init; }
}
