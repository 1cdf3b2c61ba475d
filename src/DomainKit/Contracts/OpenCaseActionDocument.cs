using System.ComponentModel;
using DomainKit.Assistance;

namespace DomainKit.Contracts;

/// <summary>The <c>open</c> command: opens a case from a channel with its applicant (ZF-WF-01); sent to the cases collection with expectedVersion 0.</summary>
[Description("Opens a case from a channel with its applicant (ZF-WF-01); sent to the cases collection with expectedVersion 0.")]
public sealed record OpenCaseActionDocument : CaseActionDocument
{
    /// <summary>The new case's opaque ID, 1 to 64 characters.</summary>
    [Description("The new case's opaque ID, 1 to 64 characters.")]
    public required string CaseId { get; init; }

    /// <summary>The channel the case came by (ZF-WF-01).</summary>
    [Description("The channel the case came by (ZF-WF-01).")]
    public required IntakeChannel Channel { get; init; }

    /// <summary>The applicant: personal data kept on the case, masked in publication (PB-03).</summary>
    [Description("The applicant: personal data kept on the case, masked in publication (PB-03).")]
    public required CaseApplicantDocument Applicant { get; init; }

    /// <summary>The IANA time zone the case's dates are read in; Asia/Shanghai when left out.</summary>
    [Description("The IANA time zone the case's dates are read in; Asia/Shanghai when left out.")]
    public string? TimeZoneId { get; init; }
}
